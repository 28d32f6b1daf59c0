#include "redactors/people.h"

#include <utility>

#include "redactors/body_name_shape.h"
#include "redactors/party_block.h"
#include "redactors/party_roles.h"
#include "redactors/people_decisions.h"
#include "redactors/pseudonyms.h"

namespace wenshu {

PeopleFinder::PeopleFinder(const PeoplePolicy& policy)
    : policy_(policy), body_(policy) {}

std::string PeopleFinder::Run(std::string_view text,
                              const DocumentHeader& header,
                              const std::vector<PersonRecord>& prior,
                              const KeepText& keep,
                              std::vector<PersonRecord>* anonymized,
                              std::vector<std::string>* kept,
                              std::vector<Span>* spans) const {
  if (!policy_.enabled) return "";
  const PeopleCase kind = PeopleCaseOf(header, text.size(), policy_);
  PeopleDecisions decisions;
  DecidePartyRoles(text,
                   ParsePartyBlock(text, kind.parties, policy_.party_block),
                   header, kind, policy_, &decisions);
  OccurrenceCounter counter(text);
  body_.Find(text, kind, counter, &decisions);
  const std::unordered_map<std::string, std::string> fixed =
      decisions.AdoptPrior(text, prior);
  if (std::string conflict = decisions.SettleConflicts(); !conflict.empty())
    return conflict;
  PseudonymAssignment assigned =
      AssignPseudonyms(text, decisions.anonymized(), fixed, policy_);
  *spans = FindPersonMentions(text, kind.tail.begin, assigned, decisions.kept(),
                              policy_, keep);
  *anonymized = std::move(assigned.people);
  *kept = decisions.kept();
  return "";
}

Status PeopleFinder::Find(const Document& doc, ScanContext& /*scan*/,
                          SpanSink& sink) const {
  std::vector<Span> spans;
  const std::string conflict = Run(
      doc.text, doc.header, doc.prior_people,
      [&sink](std::string s) { return sink.Keep(std::move(s)); },
      &sink.anonymized(), &sink.kept_names(), &spans);
  if (!conflict.empty()) return Status::InvalidInput(conflict);
  sink.Append(spans);
  return Status::Ok();
}

}  // namespace wenshu
