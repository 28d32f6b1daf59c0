// DocumentState: one document on its way through the stage chain of
// DocumentProcessor, and StageOutcome, what each stage tells the chain.
//
// Data flows one way: each stage reads what the stages before it filled in
// and fills in its own fields (see each field for the stage that sets it);
// no stage reads a field set by a later one. `doc` is the result as it
// builds up and what the chain returns. A stage either lets the chain go
// on, or stops it: holding the document with a reason (fail closed), or
// finishing it early (a withheld document needs no redaction).
//
// A state belongs to one document and one thread; not synchronized. It
// views the InputRecord it was made from, which must outlive it; `document`
// views the normalized text the state owns, so a state is neither copied
// nor moved.
#ifndef WENSHU_PIPELINE_DOCUMENT_STATE_H_
#define WENSHU_PIPELINE_DOCUMENT_STATE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/document.h"
#include "core/input_record.h"
#include "core/normalized_text.h"
#include "core/work_deadline.h"
#include "pipeline/request_register.h"
#include "redactors/case_terms.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"
#include "redactors/span_source.h"

namespace wenshu {

struct DocumentState {
  explicit DocumentState(const InputRecord& input) : record(input) {}
  DocumentState(const DocumentState&) = delete;
  DocumentState& operator=(const DocumentState&) = delete;

  const InputRecord& record;
  // When the work on the document must stop (DocumentProcessor sets it
  // from its budget; stages that loop check it, see work_deadline.h).
  WorkDeadline deadline;
  ProcessedDocument doc;  // every stage: the result as it builds up
  // NormalizeRecord; released by Rewrite, which keeps the one flag Verify
  // needs of it in source_has_numeral_runs.
  std::optional<NormalizedText> normalized;
  bool source_has_numeral_runs = false;
  // What the span sources read: the normalized text (NormalizeRecord), its
  // header (AnalyzeDocument; the cause DecidePublication may infer) and the
  // people the case family already anonymized (GatherCaseFamily).
  Document document;
  CaseTerms case_terms;  // ListCaseTerms; DecidePublication adds granted ones
  // The party requests of this case (DecidePublication), or nullptr.
  const CaseRequests* requests = nullptr;
  SpanSink spans;  // FindSpans (its spans released by Rewrite)
  RedactionResult redacted;  // Rewrite
  // The identifier values in `spans`, prepared for the verify pass, which
  // looks for them in the public text and in every output field: taken at
  // its first use (SetWhatVerifyReads), when no stage adds values any
  // more, from the find-spans stage, which prepared the same values to
  // look for their mentions (or prepared then if it did not).
  std::shared_ptr<const ValueMentions> values_to_verify;
};

class StageOutcome {
 public:
  // The chain goes on to the next stage.
  static StageOutcome Next() { return StageOutcome(Kind::kNext, {}); }
  // The document is held with `reason`; the chain stops.
  static StageOutcome Hold(std::string reason) {
    return StageOutcome(Kind::kHold, std::move(reason));
  }
  // The document is complete as it stands (withheld); the chain stops.
  static StageOutcome Finish() { return StageOutcome(Kind::kFinish, {}); }

  bool goes_on() const { return kind_ == Kind::kNext; }
  bool holds() const { return kind_ == Kind::kHold; }
  const std::string& reason() const { return reason_; }  // when held

 private:
  enum class Kind { kNext, kHold, kFinish };
  StageOutcome(Kind kind, std::string reason)
      : kind_(kind), reason_(std::move(reason)) {}
  Kind kind_;
  std::string reason_;
};

// `doc` held with `reason`: whatever a stage had made public is dropped.
ProcessedDocument HeldDocument(ProcessedDocument doc, std::string reason);

// The hold of a document whose deadline expired before `where` (a stage,
// or a span source within one): "document ran past the 10 s budget
// (--max-document-seconds) before people".
StageOutcome OutOfTime(const DocumentState& state, std::string_view where);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_DOCUMENT_STATE_H_
