#include "pipeline/ingest_stages.h"

#include <optional>
#include <string>
#include <utility>

#include "core/case_number.h"
#include "core/chinese_date.h"
#include "core/date.h"

namespace wenshu {

StageOutcome ReadRecord(DocumentState& state) {
  const InputRecord& record = state.record;
  state.doc.id = record.id;
  state.doc.input_bytes = record.text.size();
  if (Status s = ValidateText(record.text, record.text_is_utf8); !s.ok())
    return StageOutcome::Hold(s.message());
  if (record.text.empty()) return StageOutcome::Hold("text is empty");
  return StageOutcome::Next();
}

StageOutcome NormalizeRecord(DocumentState& state) {
  Result<NormalizedText> normalized =
      NormalizedText::NormalizeValidUtf8(state.record.text);
  if (!normalized.ok())
    return StageOutcome::Hold("normalize: " + normalized.status().message());
  state.normalized.emplace(std::move(normalized).value());
  state.document.text = state.normalized->text();
  return StageOutcome::Next();
}

StageOutcome AnalyzeDocument(const DocumentAnalyzer& analyzer,
                             DocumentState& state) {
  const InputMeta& meta = state.record.meta;
  DocumentHeader& header = state.document.header;
  header = analyzer.Analyze(state.document.text);
  if (meta.case_number && !meta.case_number->empty()) {
    // Metadata names the case authoritatively; the text may abbreviate it.
    Result<NormalizedText> meta_number =
        NormalizedText::Normalize(*meta.case_number);
    std::optional<CaseNumber> parsed =
        meta_number.ok() ? ParseCaseNumber(meta_number.value().text())
                         : std::nullopt;
    if (parsed) {
      parsed->begin = parsed->end = 0;
      if (header.case_number) {
        parsed->begin = header.case_number->begin;
        parsed->end = header.case_number->end;
      }
      header.case_number = parsed;
    }
  }
  if (meta.court && !meta.court->empty()) header.court = *meta.court;
  if (meta.doc_type && !meta.doc_type->empty())
    header.doc_type = *meta.doc_type;
  if (meta.cause && !meta.cause->empty()) header.cause = *meta.cause;
  if (meta.decision_date && !meta.decision_date->empty()) {
    std::optional<Date> date = Date::ParseIso(*meta.decision_date);
    if (!date) date = ParseChineseDate(*meta.decision_date);
    if (!date) {
      return StageOutcome::Hold(
          "meta.decision_date \"" + *meta.decision_date +
          "\" is not a date (2023-06-01 or 二〇二三年六月一日)");
    }
    header.decision_date = date;
  }
  return StageOutcome::Next();
}

StageOutcome ListCaseTerms(const CaseTermsBook& book, DocumentState& state) {
  const std::vector<std::string>& listed_in_record =
      state.record.meta.case_terms;
  if (!listed_in_record.empty()) {
    Result<CaseTerms> listed =
        CaseTerms::Compile(listed_in_record, "meta.case_terms");
    if (!listed.ok()) return StageOutcome::Hold(listed.status().message());
    state.case_terms = std::move(listed).value();
  }
  const std::optional<CaseNumber>& number = state.document.header.case_number;
  if (number) {
    if (const CaseTerms* listed = book.For(number->text))
      state.case_terms.Add(*listed);
  }
  return StageOutcome::Next();
}

}  // namespace wenshu
