#include "pipeline/redaction_stages.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/utf8.h"

namespace wenshu {

StageOutcome FindSpans(const SpanSources& sources, DocumentState& state) {
  const Document& doc = state.document;
  SpanSink& sink = state.spans;
  ScanContext scan(doc.text, Strictness::kStandard);
  // The time budget is checked between the sources: each is linear in the
  // text, so no single one runs long on a text under the size budget.
  const auto out_of_time = [&](std::string_view source) {
    return state.deadline.expired()
               ? std::optional<StageOutcome>(OutOfTime(state, source))
               : std::nullopt;
  };
  if (Status s = sources.detectors.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  if (auto over = out_of_time("repeated identifiers")) return *over;
  // One value found once goes at every mention, in any width or spacing.
  if (Status s = sources.repeats.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("detect: " + s.message());
  if (auto over = out_of_time("people")) return *over;
  if (Status s = sources.people.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("people: " + s.message());
  if (auto over = out_of_time("health")) return *over;
  // Rules §5: the health status of natural persons (masked by the pass).
  if (Status s = sources.health.Find(doc, scan, sink); !s.ok())
    return StageOutcome::Hold("health: " + s.message());
  if (auto over = out_of_time("case terms")) return *over;
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
  // Of the normalized view (as large as the input) and the spans, the later
  // stages need one flag: both go before the verify pass, whose own
  // buffers would otherwise come on top of them.
  state.source_has_numeral_runs = state.normalized->has_numeral_runs();
  state.document.text = {};
  state.normalized.reset();
  std::vector<Span>().swap(state.spans.mutable_spans());
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
  scan.set_source_has_numeral_runs(state.normalized
                                       ? state.normalized->has_numeral_runs()
                                       : state.source_has_numeral_runs);
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

namespace {

// How a field is read. A key (the record's id) is an opaque string of the
// court's system: digits and letters in it are no phone or plate by
// themselves (a UUID holds runs like 08053114), so only what identifies a
// person whatever its context counts there: a checked ID number or bank
// card, a protected person's name, a term listed for the case, and a value
// this document itself had removed.
enum class FieldKind { kText, kKey };

bool CountsIn(FieldKind kind, const Span& residual) {
  if (kind == FieldKind::kText) return true;
  switch (residual.category) {
    case Category::kIdNumber:
    case Category::kBankAccount:
    case Category::kPersonName:
    case Category::kCaseSpecific:
      return true;
    default:
      return residual.rule == RepeatedIdentifierFinder::kRule;
  }
}

// True when `value` may go out: well-formed and nothing the verify pass
// reports in it, with the document's own people, terms and values.
bool FieldIsClean(const Verifier& verifier, const DocumentState& state,
                  std::string_view value, FieldKind kind = FieldKind::kText) {
  if (value.empty()) return true;
  if (!IsWellFormedUtf8(value)) return false;
  // A field stands alone: scanned as a line of its own, so that the
  // detectors see its edges as they see a line's.
  const std::string line = "\n" + std::string(value) + "\n";
  const Document field{line, {}, {}};
  ScanContext scan(field.text, Strictness::kWidest);
  scan.set_people(&state.spans.anonymized(), &state.spans.kept_names());
  scan.set_case_terms(&state.case_terms);
  scan.set_identifier_values(&state.spans.identifier_values());
  SpanSink residual;
  if (!verifier.Find(field, scan, residual).ok()) return false;
  for (const Span& s : residual.spans()) {
    if (CountsIn(kind, s)) return false;
  }
  return true;
}

}  // namespace

void VerifyOutputFields(const Verifier& verifier, DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  std::vector<std::string> fields;  // the names of the fields emptied
  const auto check = [&](std::string_view name, std::string& value) {
    if (FieldIsClean(verifier, state, value)) return;
    value.clear();
    fields.emplace_back(name);
  };
  if (doc.id && !FieldIsClean(verifier, state, *doc.id, FieldKind::kKey)) {
    doc.id.reset();
    fields.emplace_back("id");
  }
  if (doc.header) {
    check("header.court", doc.header->court);
    check("header.doc_type", doc.header->doc_type);
    check("header.cause", doc.header->cause);
    if (doc.header->case_number &&
        !FieldIsClean(verifier, state, doc.header->case_number->text)) {
      doc.header->case_number.reset();
      fields.emplace_back("header.case_number");
    }
  }
  if (!FieldIsClean(verifier, state, doc.error)) {
    doc.error = "the reason for holding quoted a value from the input that "
                "may not be published; see the input record";
  }
  if (fields.empty()) return;
  std::string reason = "verify: meta field " + fields[0];
  for (size_t k = 1; k < fields.size(); ++k) reason += ", " + fields[k];
  reason += fields.size() == 1 ? " carries" : " carry";
  reason += " a protected value";
  if (doc.status == PublicationStatus::kHeld && !doc.error.empty())
    reason += "; and " + doc.error;
  doc = HeldDocument(std::move(doc), std::move(reason));
}

}  // namespace wenshu
