#include "redactors/people.h"

#include <algorithm>
#include <utility>

#include "redactors/body_name_shape.h"
#include "redactors/party_block.h"
#include "redactors/party_roles.h"
#include "redactors/people_decisions.h"
#include "redactors/pseudonyms.h"

namespace wenshu {
namespace {

// True for the categories whose finders read a span from its context (a
// name, an address, a condition): one that runs into a kept name read too
// far and is dropped by the pass. The others are values validated on their
// own (an id number, a phone): dropping one would publish it.
bool YieldsToKeptName(Category c) {
  return c == Category::kPersonName || c == Category::kAddress ||
         c == Category::kHealth || c == Category::kProtected;
}

}  // namespace

std::string KeptNameConflict(std::string_view text,
                             const std::vector<Span>& found,
                             const std::vector<Span>& people) {
  std::vector<ByteRange> kept;  // by position, disjoint
  kept.reserve(people.size());  // allocated once
  for (const Span& s : people)
    if (s.inviolable) kept.push_back({s.begin, s.end});
  for (const Span& s : found) {
    if (YieldsToKeptName(s.category) || s.end <= s.begin) continue;
    auto next = std::lower_bound(
        kept.begin(), kept.end(), s.end,
        [](const ByteRange& k, size_t at) { return k.begin < at; });
    if (next == kept.begin() || std::prev(next)->end <= s.begin) continue;
    const ByteRange k = *std::prev(next);
    return "a " + std::string(CategoryName(s.category)) +
           " span reaches into the kept name " +
           std::string(text.substr(k.begin, k.end - k.begin)) +
           "; review which is right";
  }
  return "";
}

PeopleFinder::PeopleFinder(const PeoplePolicy& policy)
    : policy_(policy), party_block_(policy.party_block), body_(policy) {}

std::string PeopleFinder::Run(std::string_view text,
                              const DocumentHeader& header,
                              const std::vector<PersonRecord>& prior,
                              const KeepText& keep,
                              std::vector<PersonRecord>* anonymized,
                              std::vector<std::string>* kept,
                              std::vector<Span>* spans,
                              const std::vector<WordHit>* cue_hits) const {
  if (!policy_.enabled) return "";
  const PeopleCase kind = PeopleCaseOf(header, text.size(), policy_);
  PeopleDecisions decisions;
  DecidePartyRoles(text, party_block_.Parse(text, kind.parties), header, kind,
                   policy_, &decisions);
  OccurrenceCounter counter(text);
  body_.Find(text, kind, counter, &decisions, cue_hits);
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

Status PeopleFinder::Find(const Document& doc, ScanContext& scan,
                          SpanSink& sink) const {
  const LiteralAutomaton* cues = body_.cue_automaton();
  const bool same_text = scan.text().data() == doc.text.data() &&
                         scan.text().size() == doc.text.size();
  const std::vector<WordHit>* cue_hits =
      policy_.enabled && cues != nullptr && same_text ? &scan.WordHits(*cues)
                                                      : nullptr;
  std::vector<Span> spans;
  const std::string conflict = Run(
      doc.text, doc.header, doc.prior_people,
      [&sink](std::string s) { return sink.Keep(std::move(s)); },
      &sink.anonymized(), &sink.kept_names(), &spans, cue_hits);
  if (!conflict.empty()) return Status::InvalidInput(conflict);
  if (std::string held = KeptNameConflict(doc.text, sink.spans(), spans);
      !held.empty())
    return Status::InvalidInput(held);
  sink.Append(spans);
  return Status::Ok();
}

}  // namespace wenshu
