// The one batch loop of every command that processes documents (`wenshu
// redact` over JSON Lines, over files or over one text on standard input,
// and `wenshu check`): a DocumentSource says what a document is and how it
// is read, a BatchOutput says what is written for it, and RunBatch does the
// rest the same way for all of them — documents through the
// DocumentProcessor on N threads with the memory bound (runner.h), results
// written in input order, the case families (case_family.h), the progress
// line and the counts the summary reports.
//
// Threading: a source's Next and an output's Write/EndBatch/Flush are each
// called from one thread at a time; Process and Format run on the worker
// threads and must be thread-safe (const, no shared mutable state). Output
// bytes do not depend on the number of threads. Nothing here fails: a
// document that cannot be read or processed is held (fail closed) and the
// batch goes on; writing errors are the output's to record and report.
#ifndef WENSHU_PIPELINE_BATCH_H_
#define WENSHU_PIPELINE_BATCH_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "pipeline/case_family.h"
#include "pipeline/cli_options.h"
#include "pipeline/document_processor.h"
#include "pipeline/line_reader.h"
#include "pipeline/progress.h"

namespace wenshu {

// One document as its source reads it: a JSON Lines record and its line
// number, a file's path, or a whole text.
struct SourceDocument {
  std::string input;
  size_t number = 0;
  // The document's size when its source dropped it unread for being over
  // the size budget (`input` is then empty); 0 otherwise.
  size_t dropped_bytes = 0;
};

// The documents that travel to a worker together.
struct SourceBatch {
  std::vector<SourceDocument> documents;
  size_t input_bytes = 0;  // what the memory bound counts for the batch
  size_t bytes() const { return input_bytes; }
};

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // Replaces `batch` with the next documents, at least one; false at the
  // end of the input.
  virtual bool Next(SourceBatch* batch) = 0;
  // Runs one document through the processor; `families` holds what earlier
  // documents of its case decided. Thread-safe.
  virtual ProcessedDocument Process(const SourceDocument& document,
                                    const CaseFamilies* families) const = 0;
  // The bytes the progress line counts for the document. Thread-safe.
  virtual size_t ProgressBytes(const SourceDocument& document,
                               const ProcessedDocument& processed) const = 0;
};

// What the writer gets of one processed document.
struct FormattedDocument {
  PublicationStatus status = PublicationStatus::kHeld;  // set by RunBatch
  std::string error;  // why it is held (set by RunBatch)
  // Set by the output's Format, each as the output needs.
  std::string name;         // how messages name the document
  std::string record;       // its line in the output (JSON, check row...)
  std::string public_text;  // its public text
  // Anything else the output's Write needs, made by its Format (the output
  // knows the type).
  std::shared_ptr<void> payload;
};

class BatchOutput {
 public:
  virtual ~BatchOutput() = default;
  // Turns a processed document into what Write needs (on a worker thread,
  // so that formatting runs in parallel). Thread-safe.
  virtual void Format(const SourceDocument& source,
                      const ProcessedDocument& document,
                      FormattedDocument* formatted) const = 0;
  // Writes one document; called in input order.
  virtual void Write(FormattedDocument&& document) = 0;
  // After the documents of each batch, and once after the last.
  virtual void EndBatch() {}
  virtual void Flush() {}
};

struct BatchCounts {
  size_t published = 0;
  size_t withheld = 0;
  size_t held = 0;
  // Records whose id an earlier record of the run had (held ones included
  // in the three counts above).
  size_t duplicate_ids = 0;

  void Add(PublicationStatus status);
  size_t total() const { return published + withheld + held; }
};

// The ids a run has seen, as 64-bit hashes (FNV-1a): 8 bytes an id in a
// table kept at most half full, so a million records take 16 MB whatever
// their ids' length. Two distinct ids whose hashes agree count as one (for
// a million ids the odds that any two do are about 3 in 100 million), so a
// duplicate may be reported that is not one, never the other way round;
// under --strict-ids such a record is held, which fails closed. Not
// thread-safe.
class SeenIds {
 public:
  // Whether `id` was seen before; records it.
  bool Insert(std::string_view id);
  size_t size() const { return size_; }

 private:
  void Grow();
  std::vector<uint64_t> slots_;  // 0: empty
  size_t size_ = 0;
};

struct BatchRunOptions {
  int threads = 0;  // 0: one per core
  size_t max_inflight_bytes = 32u << 20;
  size_t max_case_families = 200000;
  ProgressLine::Mode progress = ProgressLine::Mode::kAuto;
  // What the run holds, when known (0: unknown), for "done/total" and the
  // ETA; and whether a run whose standard error is not a terminal prints a
  // plain progress line this often (zero: none).
  size_t total_documents = 0;
  size_t total_bytes = 0;
  std::chrono::steady_clock::duration plain_progress_every{};
  // The case families of earlier runs (family_store.h); none when null.
  // Must outlive RunBatch.
  FamilyRegistry* family_registry = nullptr;
  // A record whose id an earlier record had is held ("duplicate id")
  // instead of only counted. Each input is then kept until its record is
  // written, which about doubles the memory of the documents in flight.
  bool strict_ids = false;
};

// --threads, --max-inflight-mb, --max-case-families, --progress and
// --strict-ids.
BatchRunOptions RunOptionsFor(const BatchOptions& options);

// Reads every document of `source`, processes it and hands it to `output`
// in input order; a document whose case family changed while it was in
// flight is processed again first. Ids are compared in input order (the
// id as output, after verify; a record without one is not counted): the
// second and later records of an id are counted as duplicates and, under
// strict_ids, held with "duplicate id: an earlier record of this run has
// the same id (--strict-ids)". Ends with output.Flush() and the final
// progress line. Returns how many documents were published, withheld and
// held.
BatchCounts RunBatch(DocumentSource& source, BatchOutput& output,
                     const BatchRunOptions& options);

// "wenshu: N documents: P published, W withheld, H held" (and "; D
// duplicate ids" when there were any) and the peak memory, on standard
// error.
void PrintBatchSummary(const BatchCounts& counts);

// JSON Lines on `in`, one document per line, numbered from 1. A line that
// is not a record is held with its number and what is wrong.
class JsonLinesSource : public DocumentSource {
 public:
  // A line over the processor's size budget is dropped as it is read and
  // held unread.
  JsonLinesSource(std::istream& in, const DocumentProcessor& processor)
      : reader_(in, LineBatchReader::kDefaultBatchBytes,
                processor.budget().max_bytes),
        processor_(processor) {}

  bool Next(SourceBatch* batch) override;
  ProcessedDocument Process(const SourceDocument& document,
                            const CaseFamilies* families) const override;
  size_t ProgressBytes(const SourceDocument& document,
                       const ProcessedDocument& processed) const override;

 private:
  LineBatchReader reader_;
  LineBatch lines_;
  const DocumentProcessor& processor_;
};

// One record per document on `out` in input order, each formatted by
// `format` (which must be thread-safe), a batch's records in one write.
// Stops writing at the first failed write.
class JsonLinesOutput : public BatchOutput {
 public:
  using Formatter = std::function<std::string(const ProcessedDocument&)>;
  JsonLinesOutput(std::ostream& out, Formatter format)
      : out_(out), format_(std::move(format)) {}

  void Format(const SourceDocument& source, const ProcessedDocument& document,
              FormattedDocument* formatted) const override;
  void Write(FormattedDocument&& document) override;
  void EndBatch() override;
  void Flush() override;

  bool write_failed() const { return write_failed_ || !out_; }
  // Why the first failed write failed, as the system said it (the errno
  // text, e.g. "No space left on device"), caught when it happened.
  const std::string& write_error() const { return write_error_; }

 private:
  void NoteFailure();

  std::ostream& out_;
  const Formatter format_;
  std::string records_;
  bool write_failed_ = false;
  std::string write_error_;
};

// A whole JSON Lines run: `header` first, then RunBatch over JsonLinesSource
// into JsonLinesOutput. Returns the exit status: 0, or 1 when writing `out`
// failed (said on standard error instead of the summary). Given std::cin
// and std::cout, unsynchronizes them from C stdio first.
int RunJsonLinesBatch(std::istream& in, std::ostream& out,
                      const std::string& header,
                      const DocumentProcessor& processor,
                      const JsonLinesOutput::Formatter& format,
                      const BatchRunOptions& options);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_BATCH_H_
