#include "pipeline/decision_stages.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/case_number.h"
#include "core/date.h"

namespace wenshu {
namespace {

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

// Request ids as a reason's value: "3, 7".
std::string IdList(const std::vector<int64_t>& list) {
  std::string out;
  for (int64_t id : list) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}

}  // namespace

StageOutcome ComputeDueDate(const WorkCalendar& calendar,
                            DocumentState& state) {
  const InputMeta& meta = state.record.meta;
  ProcessedDocument& doc = state.doc;
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
  due.effective = date_of(meta.effective_date, "effective_date");
  due.appealed = meta.appealed;
  due.second_instance_effective = date_of(meta.second_instance_effective_date,
                                          "second_instance_effective_date");
  if (!readable) return StageOutcome::Next();
  Result<Date> date = PublicationDueDate(due, calendar);
  if (!date.ok()) {
    doc.due_note = date.status().message();
    return StageOutcome::Next();
  }
  doc.due_date = date.value().Iso();
  const Date& from =
      due.appealed ? *due.second_instance_effective : *due.effective;
  if (std::optional<int> year =
          calendar.FirstUncoveredYear(from, date.value())) {
    doc.due_note = "the holiday calendar (" +
                   (calendar.source().empty() ? std::string("--holidays")
                                              : calendar.source()) +
                   ") has no holidays for " + std::to_string(*year) +
                   ": only weekends were skipped";
  }
  return StageOutcome::Next();
}

StageOutcome DecidePublication(const PublicationDecider& decider,
                               const RequestIndex& requests,
                               DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  DocumentHeader& header = state.document.header;
  PublicationDecision decision =
      decider.Decide(state.document.text, header, state.record.meta);
  doc.decision_reasons = std::move(decision.reasons);
  doc.decision_inferred = decision.inferred;
  doc.decision_signals = std::move(decision.signals);
  if (decision.inferred_cause) {
    header.cause = *decision.inferred_cause;
    doc.cause_inferred = true;
  }
  doc.header = ToOriginal(header, state.normalized->offsets());
  // Rules §6: what the court granted a party for this case, and what it has
  // yet to decide.
  state.requests =
      header.case_number ? requests.For(header.case_number->text) : nullptr;
  if (const CaseRequests* requested = state.requests) {
    if (requested->withheld()) {
      decision.grounds.push_back("party_request");
      doc.decision_reasons.push_back(
          {"party_request", "request", IdList(requested->non_publication)});
      doc.decision_signals.push_back("request:" +
                                     IdList(requested->non_publication));
      if (decision.outcome != PublicationDecision::Outcome::kHold)
        decision.outcome = PublicationDecision::Outcome::kWithhold;
    } else if (requested->has_pending() &&
               decision.outcome == PublicationDecision::Outcome::kPublish) {
      doc.decision_reasons.push_back(
          {"hold", "request", IdList(requested->pending)});
      doc.decision_signals.push_back("request:" +
                                     IdList(requested->pending) + " (pending)");
      return StageOutcome::Hold(
          "decision: a party request for this case is pending (request " +
          IdList(requested->pending) + ")");
    }
    if (!requested->redaction_terms.empty()) {
      Result<CaseTerms> granted =
          CaseTerms::Compile(requested->TermTexts(), "request register");
      if (!granted.ok()) return StageOutcome::Hold(granted.status().message());
      state.case_terms.Add(granted.value());
    }
  }
  switch (decision.outcome) {
    case PublicationDecision::Outcome::kHold:
      return StageOutcome::Hold("decision: " + decision.hold_reason);
    case PublicationDecision::Outcome::kWithhold:
      doc.status = PublicationStatus::kWithheld;
      doc.grounds = std::move(decision.grounds);
      doc.stub_withheld = decision.stub_withheld;
      return StageOutcome::Finish();
    case PublicationDecision::Outcome::kPublish:
      break;
  }
  return StageOutcome::Next();
}

StageOutcome GatherCaseFamily(bool share_across_case_family,
                              const CaseFamilies* families,
                              DocumentState& state) {
  ProcessedDocument& doc = state.doc;
  const DocumentHeader& header = state.document.header;
  // The case family: this document's number and the numbers it cites
  // before the holding (an appeal cites the first instance).
  if (share_across_case_family) {
    if (header.case_number) doc.family_keys.push_back(header.case_number->text);
    const std::string_view text = state.document.text;
    size_t cited_end = text.size();
    for (const ZoneSpan& z : header.zones) {
      if (z.zone == Zone::kHolding) cited_end = z.begin;
    }
    size_t from = header.case_number ? header.case_number->end : 0;
    while (std::optional<CaseNumber> n =
               FindCaseNumber(text, from, cited_end)) {
      from = n->end;
      if (std::find(doc.family_keys.begin(), doc.family_keys.end(), n->text) ==
          doc.family_keys.end())
        doc.family_keys.push_back(n->text);
    }
  }
  std::vector<PersonRecord>& prior = state.document.prior_people;
  if (families && !doc.family_keys.empty()) {
    CaseFamilies::Snapshot snapshot =
        families->Lookup(doc.family_keys, state.document.text);
    // Fail closed: who the family protected cannot be known.
    if (!snapshot.status.ok())
      return StageOutcome::Hold("case-family registry: " +
                                snapshot.status.message());
    prior = std::move(snapshot.people);
    doc.family_version = snapshot.version;
  }
  if (state.requests) {
    for (const CaseRequests::Granted& person :
         state.requests->anonymized_persons)
      prior.push_back({person.text, "", "party_request"});
  }
  return StageOutcome::Next();
}

}  // namespace wenshu
