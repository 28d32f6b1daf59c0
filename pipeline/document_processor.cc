#include "pipeline/document_processor.h"

#include "pipeline/normalized_text.h"

namespace wenshu {
namespace {

ProcessedDocument Held(ProcessedDocument doc, std::string reason) {
  doc.status = PublicationStatus::kHeld;
  doc.error = std::move(reason);
  doc.public_text.clear();
  doc.redactions.clear();
  return doc;
}

// The header's offsets, moved from the normalized view to the input text.
DocumentHeader ToOriginal(DocumentHeader h, const OffsetMap& map) {
  for (ZoneSpan& z : h.zones) {
    z.begin = map.ToOriginalBegin(z.begin);
    z.end = map.ToOriginalEnd(z.end);
  }
  if (h.case_number) {
    h.case_number->begin = map.ToOriginalBegin(h.case_number->begin);
    h.case_number->end = map.ToOriginalEnd(h.case_number->end);
  }
  return h;
}

}  // namespace

std::string_view PublicationStatusName(PublicationStatus status) {
  switch (status) {
    case PublicationStatus::kPublished:
      return "published";
    case PublicationStatus::kWithheld:
      return "withheld";
    case PublicationStatus::kHeld:
      return "held";
  }
  return "held";
}

DocumentProcessor::DocumentProcessor(const Policy& policy,
                                     const DetectorSet& detectors)
    : policy_(policy),
      detectors_(detectors),
      pass_(policy),
      verifier_(detectors, pass_) {}

ProcessedDocument DocumentProcessor::ProcessRecord(
    const InputRecord& record) const {
  ProcessedDocument doc;
  doc.id = record.id;
  doc.input_bytes = record.text.size();
  if (Status s = ValidateText(record.text); !s.ok())
    return Held(std::move(doc), s.message());
  if (record.text.empty()) return Held(std::move(doc), "text is empty");

  Result<NormalizedText> normalized =
      NormalizedText::NormalizeValidUtf8(record.text);
  if (!normalized.ok())
    return Held(std::move(doc), "normalize: " + normalized.status().message());
  const NormalizedText& view = normalized.value();

  DocumentHeader header = DocumentAnalyzer::Instance().Analyze(view.text());
  if (record.meta.case_number && !record.meta.case_number->empty()) {
    // Metadata names the case authoritatively; the text may abbreviate it.
    Result<NormalizedText> meta_number =
        NormalizedText::Normalize(*record.meta.case_number);
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
  if (record.meta.court && !record.meta.court->empty())
    header.court = *record.meta.court;
  if (record.meta.doc_type && !record.meta.doc_type->empty())
    header.doc_type = *record.meta.doc_type;
  if (record.meta.cause && !record.meta.cause->empty())
    header.cause = *record.meta.cause;
  if (record.meta.decision_date && !record.meta.decision_date->empty()) {
    std::optional<CalendarDate> date = ParseIsoDate(*record.meta.decision_date);
    if (!date) date = ParseChineseDate(*record.meta.decision_date);
    if (!date) {
      return Held(std::move(doc),
                  "meta.decision_date \"" + *record.meta.decision_date +
                      "\" is not a date (2023-06-01 or 二〇二三年六月一日)");
    }
    header.decision_date = date;
  }
  doc.header = ToOriginal(std::move(header), view.offsets());

  Result<std::vector<Span>> spans =
      detectors_.Detect(view.text(), Strictness::kStandard);
  if (!spans.ok())
    return Held(std::move(doc), "detect: " + spans.status().message());

  RedactionResult redacted = pass_.Run(record.text, view, spans.value());
  if (Status s = verifier_.Check(redacted.text); !s.ok()) {
    return Held(std::move(doc), s.message());
  }
  doc.status = PublicationStatus::kPublished;
  doc.public_text = std::move(redacted.text);
  doc.redactions = std::move(redacted.redactions);
  return doc;
}

ProcessedDocument DocumentProcessor::ProcessJsonLine(std::string_view line,
                                                     size_t line_number) const {
  ParsedLine parsed = ParseInputLine(line);
  if (!parsed.record.ok()) {
    ProcessedDocument doc;
    doc.id = parsed.id;
    doc.line_number = line_number;
    doc.input_bytes = line.size();
    return Held(std::move(doc), "line " + std::to_string(line_number) + ": " +
                                    parsed.record.status().message());
  }
  ProcessedDocument doc = ProcessRecord(parsed.record.value());
  doc.line_number = line_number;
  return doc;
}

}  // namespace wenshu
