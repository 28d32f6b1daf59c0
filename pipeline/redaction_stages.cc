#include "pipeline/redaction_stages.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace wenshu {

StageOutcome FindSpans(const SpanSources& sources, DocumentState& state) {
  const Document& doc = state.document;
  SpanSink& sink = state.spans;
  ScanContext scan(doc.text, Strictness::kStandard);
  if (Status s = sources.detectors.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  // One value found once goes at every mention, in any width or spacing.
  if (Status s = sources.repeats.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  if (Status s = sources.people.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("people: " + s.message());
  // Rules §5: the health status of natural persons (masked by the pass).
  if (Status s = sources.health.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("health: " + s.message());
  if (!state.case_terms.empty()) {
    if (Status s = state.case_terms.Find(doc, scan, sink); !s.ok())
      return StageOutcome::Hold("case terms: " + s.message());
    // The court's list overrides the keep rules (a listed amount or date).
    CarveCaseTermsOutOfProtected(&sink.mutable_spans());
  }
  return StageOutcome::Next();
}

StageOutcome Rewrite(const RedactionPass& pass, DocumentState& state) {
  state.redacted =
      pass.Run(state.record.text, *state.normalized, state.spans.spans());
  // Rules Art. 11: a kept name wins every conflict, whole; where its
  // winning leaves a value the rules delete, or the same words are both
  // kept and protected, the document is not published on a guess.
  for (const KeptConflict& c : state.redacted.kept_conflicts) {
    if (!Unresolved(c)) continue;
    return StageOutcome::Hold(
        "kept name conflict: the " + std::string(CategoryName(c.category)) +
        " span (" + c.rule + ") at bytes " + std::to_string(c.begin) + "-" +
        std::to_string(c.end) + " reaches into a kept name at bytes " +
        std::to_string(c.kept_begin) + "-" + std::to_string(c.kept_end));
  }
  return StageOutcome::Next();
}

StageOutcome Verify(const Verifier& verifier, DocumentState& state) {
  const Document public_doc{state.redacted.text, {}, {}};
  ScanContext scan(public_doc.text, Strictness::kWidest);
  scan.set_people(&state.spans.anonymized(), &state.spans.kept_names());
  scan.set_case_terms(&state.case_terms);
  scan.set_identifier_values(&state.spans.identifier_values());
  SpanSink residual;
  if (Status s = verifier.Find(public_doc, scan, residual); !s.ok())
    return StageOutcome::Hold(s.message());
  if (!residual.spans().empty())
    return StageOutcome::Hold(Verifier::Describe(residual.spans()));
  return StageOutcome::Next();
}

StageOutcome Publish(DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  doc.people = std::move(state.spans.anonymized());
  doc.status = PublicationStatus::kPublished;
  doc.public_text = std::move(state.redacted.text);
  doc.redactions = std::move(state.redacted.redactions);
  doc.kept_conflicts = std::move(state.redacted.kept_conflicts);
  return StageOutcome::Next();
}

}  // namespace wenshu
