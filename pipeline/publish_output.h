// PublishOutput: what `wenshu publish` writes for each document, and the
// files it rebuilds from the publication registry after the run
// (docs/publish-design.md has the tree and the rules).
//
// Per document, on the worker threads (Format): its registry key (the case
// number's permanent folder, plus the document type unless it is a
// judgment: "2023/京0105民初12345/", "2023/京0105民初12345/民事裁定书/";
// without a readable case number "doc/<16 hex of SHA-256 of its id>/"), its
// published title, its corpus record, its review page and its audit line.
// Then, in input order on one thread (Write): the registry records the
// outcome in the run (nothing committed yet), and the document's own files
// are written — its page (judgment, or the stub of a withheld one), the page
// of a version it supersedes, its state record and its review page.
// Finish commits the registry run, rebuilds every file that is a function
// of the registry (indexes, search, corpus, feed, withdrawal notices),
// removes what an earlier run wrote that is no longer derived, writes the
// review index, scans every public file for the identifiers this run
// removed, and moves audit.jsonl into place last. A published document
// that shows a name, home or listed term another document of its case
// family protects is withdrawn in the registry (as by staff) before the
// rebuild, so it leaves the site until someone reviews and reinstates it.
//
// Every file goes through OutputFiles (temporary name, rename, unchanged
// bytes not written). Nothing written holds the wall clock or depends on
// the thread count: a run over the same inputs on the same --as-of date
// writes the same bytes, and a rerun after a kill at any moment ends with
// the bytes of an uninterrupted run.
//
// Not thread-safe except Format (const). Errors: a document that cannot be
// written is held in the summary with the reason; a failed registry commit
// or write fails the run (Finish returns 1).
#ifndef WENSHU_PIPELINE_PUBLISH_OUTPUT_H_
#define WENSHU_PIPELINE_PUBLISH_OUTPUT_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "pipeline/batch.h"
#include "pipeline/output_files.h"
#include "pipeline/publication_registry.h"
#include "publishers/review_pages.h"
#include "redactors/policy.h"

namespace wenshu {

struct PublishOptions {
  Date as_of;                               // the run's logical date
  std::optional<std::string> corpus_key;    // --corpus-key bytes
  size_t per_page = 50;                     // index entries per page
  std::string generator;                    // "wenshu 0.1.0"
};

// The registry key of a processed document, or "" when it has none (held
// before it was read, without an id).
std::string PublicationKey(const ProcessedDocument& doc);

// What the run did, for the summary.
struct PublishCounts {
  size_t published = 0, withheld = 0, held = 0;
  std::map<std::string, size_t> withheld_by_ground;
  std::map<std::string, size_t> held_by_reason;  // the reason's first words
  std::map<std::string, size_t> redactions;      // by category
  size_t new_ = 0, changed = 0, unchanged = 0, withdrawn = 0;
  size_t still_withdrawn = 0, stubs = 0;
  size_t input_bytes = 0;
  size_t leaks = 0;  // removed values the final scan found in public files
  // Published documents the final scan withdrew: they show a value another
  // document of their case family protects.
  size_t family_conflicts = 0;
};

class PublishOutput : public BatchOutput {
 public:
  PublishOutput(OutputFiles& files, PublicationRegistry& registry,
                const Policy& policy, PublishOptions options);
  ~PublishOutput() override;

  // Starts the audit. False (said on standard error) when it cannot.
  bool Open();

  void Format(const SourceDocument& source, const ProcessedDocument& document,
              FormattedDocument* formatted) const override;
  void Write(FormattedDocument&& document) override;

  // Commits and rebuilds (see the file comment). Returns 0, or 1 when
  // writing or the registry failed (said on standard error).
  int Finish();

  const PublishCounts& counts() const { return counts_; }

 private:
  struct Pending;
  struct ReviewRow {
    ReviewIndexEntry entry;
  };
  // The document's own files after its registry outcome is known.
  Status WriteDocumentFiles(const Pending& doc, const RecordResult& result);
  Status RebuildFromRegistry();
  Status WriteReview();
  Status ScanPublicFiles();
  Status WithdrawFamilyConflicts();
  Status RemoveStale(const std::string& list_path,
                     const std::set<std::string>& now);
  void Fail(const std::string& message);

  OutputFiles& files_;
  PublicationRegistry& registry_;
  const Policy& policy_;
  const PublishOptions options_;
  std::unique_ptr<RegistryRun> run_;
  std::map<std::string, std::string> keys_;  // key -> first document's name
  std::vector<ReviewRow> review_rows_;
  std::set<std::string> review_pages_;
  // Values this run removed (for the final scan), by value; the category
  // and document named when one is found.
  std::map<std::string, std::pair<std::string, std::string>> removed_;
  // Names removed, by case family key; the published documents of the run
  // with their family keys (WithdrawFamilyConflicts).
  std::map<std::string, std::set<std::string>> names_by_family_;
  std::vector<std::pair<std::string, std::vector<std::string>>>
      published_families_;
  std::string audit_path_;
  std::FILE* audit_ = nullptr;
  PublishCounts counts_;
  bool failed_ = false;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLISH_OUTPUT_H_
