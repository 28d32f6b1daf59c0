// DocumentProcessor: one document through the chain of stages, in order:
//
//   read → normalize → analyze → case terms → due date → decide →
//   case family → find spans → rewrite (one pass) → verify → publish
//
// (ingest_stages.h, decision_stages.h, redaction_stages.h). The processor
// holds no stage logic: it builds the sources once, then runs the stages
// over a per-document DocumentState (document_state.h) and stops at the
// first that holds or finishes the document.
//
// The terms listed for the case (the record's meta.case_terms and, by case
// number, the side file's CaseTermsBook) are searched after the detectors
// and removed at every occurrence; the verify pass holds the document if
// one survives.
//
// Every document runs under a budget (DocumentBudget): a text (or JSON
// line) larger than its size budget is held without being processed, and
// one whose work runs past its time budget is held where the chain stops —
// the deadline (core/work_deadline.h) is checked before every stage and
// between the span sources of FindSpans. A document under both budgets
// comes out exactly as it would without them; one near the time budget may
// be held on one run and published on another (the machine's speed decides).
//
// Any failure of any stage holds the document with the reason (fail closed);
// nothing a stage could not finish is ever published. A document depends on
// others only through its case family (CaseFamilies): given the same
// earlier documents, the result is the same on one thread or many.
// Immutable after construction; Process* are thread-safe. The policy and
// the detector set given to the constructor must outlive the processor.
#ifndef WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_
#define WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/deadline.h"
#include "core/document.h"
#include "core/input_record.h"
#include "core/work_deadline.h"
#include "pipeline/case_family.h"
#include "pipeline/publication_decision.h"
#include "pipeline/redaction_stages.h"
#include "pipeline/request_register.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/health.h"
#include "redactors/people.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"
#include "redactors/verifier.h"

namespace wenshu {

// What one document may cost (--max-document-mb, --max-document-seconds).
struct DocumentBudget {
  static constexpr size_t kDefaultMegabytes = 20;
  static constexpr double kDefaultSeconds = 10;

  // The input text of a document (for JSON Lines, its whole line), bytes.
  size_t max_bytes = kDefaultMegabytes << 20;
  // Wall time from the start of the document's work; zero or less is
  // expired from the start.
  std::chrono::steady_clock::duration max_time =
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
          std::chrono::duration<double>(kDefaultSeconds));
  // Where the time is read from (tests pass their own clock).
  WorkDeadline::NowFunction now = &WorkDeadline::Clock::now;

  // "document is 52.1 MB, over the 20 MB budget (--max-document-mb)" when
  // `bytes` is over the size budget; empty otherwise. MB are 2^20 bytes.
  std::string OverSize(size_t bytes) const;
};

// What a reader knows of a JSON line besides its bytes.
struct JsonLineExtent {
  // The line's size when the reader dropped its bytes for being over the
  // size budget (the line given is then empty); 0 otherwise.
  size_t dropped_bytes = 0;
  // Bytes after the line in memory that may be read (a std::string's spare
  // capacity): with JsonObject::kReadPadding of them the line is parsed
  // without a copy.
  size_t readable_padding = 0;
};

class DocumentProcessor {
 public:
  // `case_terms`: the terms listed per case number in a side file, added to
  // those a record lists itself.
  // `requests`: the party requests granted or pending per case (rules §6),
  // loaded from the register before the run.
  DocumentProcessor(const Policy& policy, const DetectorSet& detectors,
                    CaseTermsBook case_terms = CaseTermsBook(),
                    RequestIndex requests = RequestIndex(),
                    const WorkCalendar& calendar = WorkCalendar::China(),
                    DocumentBudget budget = DocumentBudget());

  // `families`, when given, supplies what earlier documents of the same
  // case decided about people (see case_family.h).
  // `writer`, when given, writes a published document back in the format
  // it came in (public_file), and the written file is verified once more
  // in every part (redaction_stages.h, WriteFile); a document it cannot
  // write is held.
  ProcessedDocument ProcessRecord(
      const InputRecord& record, const CaseFamilies* families = nullptr,
      const PublicFileWriter* writer = nullptr) const;
  // Parses one JSON Lines record first; a malformed line is held with its
  // line number and what is wrong.
  ProcessedDocument ProcessJsonLine(
      std::string_view line, size_t line_number,
      const CaseFamilies* families = nullptr,
      JsonLineExtent extent = JsonLineExtent()) const;

  const Policy& policy() const { return policy_; }
  const DocumentBudget& budget() const { return budget_; }

  // Whether each ProcessedDocument carries its input text (original_text),
  // for the review report of `wenshu publish`. Off by default: the text is
  // a second copy of every document in flight. Set before processing.
  void KeepOriginalText(bool keep) { keep_original_text_ = keep; }

 private:
  const Policy& policy_;
  const DetectorSet& detectors_;
  RepeatedIdentifierFinder repeats_;
  RedactionPass pass_;
  PeopleFinder people_;
  HealthFinder health_;
  WordPass words_;  // the three sources' words in one pass
  PublicationDecider decider_;
  RequestIndex requests_;
  const WorkCalendar& calendar_;
  Verifier verifier_;
  CaseTermsBook case_terms_;
  DocumentBudget budget_;
  bool keep_original_text_ = false;

  ProcessedDocument Process(const InputRecord& record,
                            const CaseFamilies* families,
                            const PublicFileWriter* writer,
                            WorkDeadline deadline) const;
  // A document held before it was read, with `reason`.
  ProcessedDocument HeldUnread(std::optional<std::string> id,
                               size_t line_number, size_t bytes,
                               std::string reason) const;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_
