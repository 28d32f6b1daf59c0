#include "pipeline/document_processor.h"

#include <cstdio>
#include <string>
#include <utility>

#include "pipeline/decision_stages.h"
#include "pipeline/document_analyzer.h"
#include "pipeline/document_state.h"
#include "pipeline/ingest_stages.h"
#include "pipeline/redaction_stages.h"

namespace wenshu {

std::string DocumentBudget::OverSize(size_t bytes) const {
  if (bytes <= max_bytes) return "";
  char text[160];
  std::snprintf(text, sizeof text,
                "document is %.1f MB, over the %zu MB budget "
                "(--max-document-mb)",
                bytes / 1048576.0, max_bytes >> 20);
  // A budget that is not a whole number of MB (tests) is given in bytes.
  if ((max_bytes & ((1u << 20) - 1)) != 0) {
    std::snprintf(text, sizeof text,
                  "document is %zu bytes, over the %zu byte budget "
                  "(--max-document-mb)",
                  bytes, max_bytes);
  }
  return text;
}

DocumentProcessor::DocumentProcessor(const Policy& policy,
                                     const DetectorSet& detectors,
                                     CaseTermsBook case_terms,
                                     RequestIndex requests,
                                     const WorkCalendar& calendar,
                                     DocumentBudget budget)
    : policy_(policy),
      detectors_(detectors),
      repeats_(detectors),
      pass_(policy),
      people_(policy.people()),
      health_(policy.health()),
      words_(SourceWords(detectors_, people_, health_)),
      decider_(policy.publication(), policy.party_block()),
      requests_(std::move(requests)),
      calendar_(calendar),
      verifier_(detectors, pass_),
      case_terms_(std::move(case_terms)),
      budget_(budget) {}

ProcessedDocument DocumentProcessor::ProcessRecord(
    const InputRecord& record, const CaseFamilies* families,
    const PublicFileWriter* writer) const {
  return Process(record, families, writer,
                 WorkDeadline::After(budget_.max_time, budget_.now));
}

ProcessedDocument DocumentProcessor::Process(const InputRecord& record,
                                             const CaseFamilies* families,
                                             const PublicFileWriter* writer,
                                             WorkDeadline deadline) const {
  DocumentState state(record);
  state.deadline = deadline;
  const SpanSources sources{detectors_, repeats_, people_, health_, &words_};
  StageOutcome outcome = StageOutcome::Next();
  // Each stage runs when the chain goes on and the time budget is not
  // spent; a stage past the deadline holds the document, naming the stage.
  const auto then = [&](std::string_view name, auto stage) {
    if (!outcome.goes_on()) return;
    if (state.deadline.expired()) {
      outcome = OutOfTime(state, name);
      return;
    }
    outcome = stage();
  };
  // The size budget comes before any work (ProcessJsonLine has checked
  // the line already).
  if (std::string over = budget_.OverSize(record.text.size()); !over.empty())
    outcome = StageOutcome::Hold(std::move(over));
  then("read", [&] { return ReadRecord(state); });
  then("normalize", [&] { return NormalizeRecord(state); });
  then("analyze",
       [&] { return AnalyzeDocument(DocumentAnalyzer::Instance(), state); });
  then("case terms", [&] { return ListCaseTerms(case_terms_, state); });
  then("due date", [&] { return ComputeDueDate(calendar_, state); });
  then("decide",
       [&] { return DecidePublication(decider_, requests_, state); });
  then("case family", [&] {
    return GatherCaseFamily(policy_.people().share_across_case_family, families,
                            state);
  });
  then("find spans", [&] { return FindSpans(sources, state); });
  then("rewrite", [&] { return Rewrite(pass_, state); });
  then("verify", [&] { return Verify(verifier_, state); });
  then("publish", [&] { return Publish(state); });
  if (writer != nullptr) {
    then("write file",
         [&] { return WritePublicFile(verifier_, *writer, state); });
  }
  if (outcome.holds() && state.doc.input_bytes == 0) {
    // Held before ReadRecord ran (over the size budget).
    state.doc.id = record.id;
    state.doc.input_bytes = record.text.size();
  }
  if (outcome.holds())
    state.doc = HeldDocument(std::move(state.doc), outcome.reason());
  VerifyOutputFields(verifier_, state);
  if (keep_original_text_) state.doc.original_text = record.text;
  return std::move(state.doc);
}

ProcessedDocument DocumentProcessor::HeldUnread(std::optional<std::string> id,
                                                size_t line_number,
                                                size_t bytes,
                                                std::string reason) const {
  ProcessedDocument doc;
  doc.id = std::move(id);
  doc.line_number = line_number;
  doc.input_bytes = bytes;
  // What the parser quotes of a line it could not read goes through the
  // same verify as every other field.
  const InputRecord none;
  DocumentState state(none);
  state.doc = HeldDocument(std::move(doc), std::move(reason));
  VerifyOutputFields(verifier_, state);
  return std::move(state.doc);
}

ProcessedDocument DocumentProcessor::ProcessJsonLine(
    std::string_view line, size_t line_number, const CaseFamilies* families,
    JsonLineExtent extent) const {
  const size_t line_bytes =
      extent.dropped_bytes > 0 ? extent.dropped_bytes : line.size();
  // Over the size budget: held unread (the reader may have kept none of it).
  if (std::string over = budget_.OverSize(line_bytes); !over.empty()) {
    return HeldUnread(std::nullopt, line_number, line_bytes,
                      "line " + std::to_string(line_number) + ": " + over);
  }
  // The time budget counts from here: parsing is part of the work.
  const WorkDeadline deadline =
      WorkDeadline::After(budget_.max_time, budget_.now);
  ParsedLine parsed = ParseInputLine(line, extent.readable_padding);
  if (!parsed.record.ok()) {
    return HeldUnread(parsed.id, line_number, line.size(),
                      "line " + std::to_string(line_number) + ": " +
                          parsed.record.status().message());
  }
  ProcessedDocument doc = Process(parsed.record.value(), families, nullptr, deadline);
  doc.line_number = line_number;
  return doc;
}

}  // namespace wenshu
