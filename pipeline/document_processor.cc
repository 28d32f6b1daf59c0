#include "pipeline/document_processor.h"

#include <string>
#include <utility>

#include "pipeline/decision_stages.h"
#include "pipeline/document_analyzer.h"
#include "pipeline/document_state.h"
#include "pipeline/ingest_stages.h"
#include "pipeline/redaction_stages.h"

namespace wenshu {

DocumentProcessor::DocumentProcessor(const Policy& policy,
                                     const DetectorSet& detectors,
                                     CaseTermsBook case_terms,
                                     RequestIndex requests,
                                     const WorkCalendar& calendar)
    : policy_(policy),
      detectors_(detectors),
      repeats_(detectors),
      pass_(policy),
      people_(policy.people()),
      health_(policy.health()),
      decider_(policy.publication(), policy.party_block()),
      requests_(std::move(requests)),
      calendar_(calendar),
      verifier_(detectors, pass_),
      case_terms_(std::move(case_terms)) {}

ProcessedDocument DocumentProcessor::ProcessRecord(
    const InputRecord& record, const CaseFamilies* families) const {
  DocumentState state(record);
  const SpanSources sources{detectors_, repeats_, people_, health_};
  StageOutcome outcome = StageOutcome::Next();
  const auto then = [&](auto stage) {
    if (outcome.goes_on()) outcome = stage();
  };
  then([&] { return ReadRecord(state); });
  then([&] { return NormalizeRecord(state); });
  then([&] { return AnalyzeDocument(DocumentAnalyzer::Instance(), state); });
  then([&] { return ListCaseTerms(case_terms_, state); });
  then([&] { return ComputeDueDate(calendar_, state); });
  then([&] { return DecidePublication(decider_, requests_, state); });
  then([&] {
    return GatherCaseFamily(policy_.people().share_across_case_family, families,
                            state);
  });
  then([&] { return FindSpans(sources, state); });
  then([&] { return Rewrite(pass_, state); });
  then([&] { return Verify(verifier_, state); });
  then([&] { return Publish(state); });
  if (outcome.holds())
    state.doc = HeldDocument(std::move(state.doc), outcome.reason());
  VerifyOutputFields(verifier_, state);
  return std::move(state.doc);
}

ProcessedDocument DocumentProcessor::ProcessJsonLine(
    std::string_view line, size_t line_number,
    const CaseFamilies* families) const {
  ParsedLine parsed = ParseInputLine(line);
  if (!parsed.record.ok()) {
    ProcessedDocument doc;
    doc.id = parsed.id;
    doc.line_number = line_number;
    doc.input_bytes = line.size();
    // What the parser quotes of a line it could not read goes through the
    // same verify as every other field.
    const InputRecord none;
    DocumentState state(none);
    state.doc = HeldDocument(std::move(doc),
                             "line " + std::to_string(line_number) + ": " +
                                 parsed.record.status().message());
    VerifyOutputFields(verifier_, state);
    return std::move(state.doc);
  }
  ProcessedDocument doc = ProcessRecord(parsed.record.value(), families);
  doc.line_number = line_number;
  return doc;
}

}  // namespace wenshu
