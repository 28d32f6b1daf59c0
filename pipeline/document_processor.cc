#include "pipeline/document_processor.h"

#include <algorithm>

#include "core/normalized_text.h"

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

DocumentProcessor::DocumentProcessor(const Policy& policy,
                                     const DetectorSet& detectors,
                                     CaseTermsBook case_terms,
                                     RequestIndex requests,
                                     const WorkCalendar& calendar)
    : policy_(policy),
      detectors_(detectors),
      pass_(policy),
      people_(policy.people()),
      health_(policy.health()),
      decider_(policy.publication()),
      requests_(std::move(requests)),
      calendar_(calendar),
      verifier_(detectors, pass_),
      case_terms_(std::move(case_terms)) {}

ProcessedDocument DocumentProcessor::ProcessRecord(
    const InputRecord& record, const CaseFamilies* families) const {
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
    std::optional<Date> date = Date::ParseIso(*record.meta.decision_date);
    if (!date) date = ParseChineseDate(*record.meta.decision_date);
    if (!date) {
      return Held(std::move(doc),
                  "meta.decision_date \"" + *record.meta.decision_date +
                      "\" is not a date (2023-06-01 or 二〇二三年六月一日)");
    }
    header.decision_date = date;
  }
  // The terms listed for this case: in the record, and in the side file
  // under the case number the header settled on.
  CaseTerms case_terms;
  if (!record.meta.case_terms.empty()) {
    Result<CaseTerms> listed =
        CaseTerms::Compile(record.meta.case_terms, "meta.case_terms");
    if (!listed.ok()) return Held(std::move(doc), listed.status().message());
    case_terms = std::move(listed).value();
  }
  if (header.case_number) {
    if (const CaseTerms* listed = case_terms_.For(header.case_number->text))
      case_terms.Add(*listed);
  }

  // Rules Art. 7: when it is due online (also for a withheld document's
  // stub).
  {
    DeadlineInput due;
    bool readable = true;
    auto date_of = [&](const std::optional<std::string>& field,
                       std::string_view key) -> std::optional<Date> {
      if (!field || field->empty()) return std::nullopt;
      std::optional<Date> d = Date::ParseIso(*field);
      if (!d) {
        readable = false;
        doc.due_note = "meta." + std::string(key) + " \"" + *field +
                       "\" is not a date (2024-03-01)";
      }
      return d;
    };
    due.effective = date_of(record.meta.effective_date, "effective_date");
    due.appealed = record.meta.appealed;
    due.second_instance_effective =
        date_of(record.meta.second_instance_effective_date,
                "second_instance_effective_date");
    if (readable) {
      Result<Date> date = PublicationDueDate(due, calendar_);
      if (date.ok()) {
        doc.due_date = date.value().Iso();
        const Date& from =
            due.appealed ? *due.second_instance_effective : *due.effective;
        if (std::optional<int> year =
                calendar_.FirstUncoveredYear(from, date.value())) {
          doc.due_note = "the holiday calendar (" +
                         (calendar_.source().empty() ? std::string("--holidays")
                                                     : calendar_.source()) +
                         ") has no holidays for " + std::to_string(*year) +
                         ": only weekends were skipped";
        }
      } else {
        doc.due_note = date.status().message();
      }
    }
  }

  // Rules §1-2: whether the document goes online at all.
  PublicationDecision decision =
      decider_.Decide(view.text(), header, record.meta);
  doc.decision_reasons = std::move(decision.reasons);
  if (decision.inferred_cause) {
    header.cause = *decision.inferred_cause;
    doc.cause_inferred = true;
  }
  doc.header = ToOriginal(header, view.offsets());
  // Rules §6: what the court granted a party for this case, and what it has
  // yet to decide.
  const CaseRequests* requested =
      header.case_number ? requests_.For(header.case_number->text) : nullptr;
  if (requested) {
    auto ids = [](const std::vector<int64_t>& list) {
      std::string out;
      for (int64_t id : list)
        out += (out.empty() ? "" : ", ") + std::to_string(id);
      return out;
    };
    if (requested->withheld()) {
      decision.grounds.push_back("party_request");
      doc.decision_reasons.push_back(
          {"party_request", "request", ids(requested->non_publication)});
      if (decision.outcome != PublicationDecision::Outcome::kHold)
        decision.outcome = PublicationDecision::Outcome::kWithhold;
    } else if (requested->has_pending() &&
               decision.outcome == PublicationDecision::Outcome::kPublish) {
      doc.decision_reasons.push_back(
          {"hold", "request", ids(requested->pending)});
      return Held(std::move(doc),
                  "decision: a party request for this case "
                  "is pending (request " +
                      ids(requested->pending) + ")");
    }
    if (!requested->redaction_terms.empty()) {
      Result<CaseTerms> granted =
          CaseTerms::Compile(requested->TermTexts(), "request register");
      if (!granted.ok())
        return Held(std::move(doc), granted.status().message());
      case_terms.Add(granted.value());
    }
  }
  switch (decision.outcome) {
    case PublicationDecision::Outcome::kHold:
      return Held(std::move(doc), "decision: " + decision.hold_reason);
    case PublicationDecision::Outcome::kWithhold:
      doc.status = PublicationStatus::kWithheld;
      doc.grounds = std::move(decision.grounds);
      doc.stub_withheld = decision.stub_withheld;
      return doc;
    case PublicationDecision::Outcome::kPublish:
      break;
  }

  // The case family: this document's number and the numbers it cites
  // before the holding (an appeal cites the first instance).
  if (policy_.people().share_across_case_family) {
    if (header.case_number) doc.family_keys.push_back(header.case_number->text);
    size_t cited_end = view.text().size();
    for (const ZoneSpan& z : header.zones) {
      if (z.zone == Zone::kHolding) cited_end = z.begin;
    }
    size_t from = header.case_number ? header.case_number->end : 0;
    while (std::optional<CaseNumber> n =
               FindCaseNumber(view.text(), from, cited_end)) {
      from = n->end;
      if (std::find(doc.family_keys.begin(), doc.family_keys.end(), n->text) ==
          doc.family_keys.end())
        doc.family_keys.push_back(n->text);
    }
  }
  CaseFamilies::Snapshot prior;
  if (families && !doc.family_keys.empty()) {
    prior = families->Lookup(doc.family_keys);
    doc.family_version = prior.version;
  }
  if (requested) {
    for (const CaseRequests::Granted& person : requested->anonymized_persons)
      prior.people.push_back({person.text, "", "party_request"});
  }

  Result<std::vector<Span>> spans =
      detectors_.Detect(view.text(), Strictness::kStandard);
  if (!spans.ok())
    return Held(std::move(doc), "detect: " + spans.status().message());
  PeopleResult people = people_.Find(view.text(), header, prior.people);
  if (!people.conflict.empty())
    return Held(std::move(doc), "people: " + people.conflict);
  spans.value().insert(spans.value().end(), people.spans.begin(),
                       people.spans.end());
  // Rules §5: the health status of natural persons (masked by the pass).
  const std::vector<Span> health = health_.Find(view.text(), header);
  spans.value().insert(spans.value().end(), health.begin(), health.end());
  if (!case_terms.empty()) {
    const std::vector<Span> listed = case_terms.Find(view.text());
    spans.value().insert(spans.value().end(), listed.begin(), listed.end());
    // The court's list overrides the keep rules (a listed amount or date).
    CarveCaseTermsOutOfProtected(&spans.value());
  }

  RedactionResult redacted = pass_.Run(record.text, view, spans.value());
  if (Status s = verifier_.Check(redacted.text, people.anonymized, people.kept,
                                 case_terms);
      !s.ok()) {
    return Held(std::move(doc), s.message());
  }
  doc.people = std::move(people.anonymized);
  doc.status = PublicationStatus::kPublished;
  doc.public_text = std::move(redacted.text);
  doc.redactions = std::move(redacted.redactions);
  return doc;
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
    return Held(std::move(doc), "line " + std::to_string(line_number) + ": " +
                                    parsed.record.status().message());
  }
  ProcessedDocument doc = ProcessRecord(parsed.record.value(), families);
  doc.line_number = line_number;
  return doc;
}

}  // namespace wenshu
