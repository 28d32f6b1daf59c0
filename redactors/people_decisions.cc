#include "redactors/people_decisions.h"

#include <algorithm>
#include <utility>

#include "redactors/literal_automaton.h"
#include "redactors/person_names.h"

namespace wenshu {

void PeopleDecisions::Anonymize(PersonCandidate c) {
  if (auto it = anonymize_at_.find(c.name); it != anonymize_at_.end()) {
    PersonCandidate& existing = anonymize_[it->second];
    existing.strong |= c.strong;
    for (std::string& a : c.aliases) existing.aliases.push_back(a);
    return;
  }
  anonymize_at_.emplace(c.name, anonymize_.size());
  anonymize_.push_back(std::move(c));
}

void PeopleDecisions::Keep(std::string_view name, bool in_party_block) {
  kept_.emplace_back(name);
  kept_set_.emplace(name);
  if (in_party_block) {
    kept_in_block_.emplace_back(name);
    kept_in_block_set_.emplace(name);
  }
}

bool PeopleDecisions::IsKept(std::string_view name) const {
  return kept_set_.count(std::string(name)) > 0;
}

void PeopleDecisions::KeepCoOffender(std::string_view name) {
  if (co_offender_set_.emplace(name).second) co_offenders_.emplace_back(name);
}

bool PeopleDecisions::IsCoOffender(std::string_view name) const {
  return co_offender_set_.count(std::string(name)) > 0;
}

std::unordered_map<std::string, std::string> PeopleDecisions::AdoptPrior(
    std::string_view text, const std::vector<PersonRecord>& prior) {
  // Which earlier persons this text mentions, found in one search.
  std::vector<std::string_view> names;
  names.reserve(prior.size());
  for (const PersonRecord& r : prior) names.push_back(r.name);
  std::vector<bool> mentioned(prior.size(), false);
  for (const auto& [k, at] : FindEveryOccurrence(text, names))
    mentioned[k] = true;
  std::unordered_map<std::string, std::string> fixed;
  for (size_t k = 0; k < prior.size(); ++k) {
    if (!mentioned[k]) continue;
    const PersonRecord& r = prior[k];
    if (!r.pseudonym.empty()) fixed[r.name] = r.pseudonym;
    Anonymize(PersonCandidate{r.name, r.reason, false, {}, false});
    if (kept_set_.erase(r.name) > 0) std::erase(kept_, r.name);
    if (kept_in_block_set_.erase(r.name) > 0) std::erase(kept_in_block_, r.name);
  }
  return fixed;
}

std::string PeopleDecisions::SettleConflicts() {
  for (const PersonCandidate& c : anonymize_) {
    if (c.strong && kept_set_.count(c.name) && kept_in_block_set_.count(c.name)) {
      return "a " + c.reason +
             " to anonymize has the same name as a participant who keeps "
             "it; review who is who";
    }
  }
  std::erase_if(anonymize_, [this](const PersonCandidate& c) {
    return kept_set_.count(c.name) > 0;
  });
  anonymize_at_.clear();
  for (size_t k = 0; k < anonymize_.size(); ++k)
    anonymize_at_.emplace(anonymize_[k].name, k);
  for (const std::string& name : co_offenders_) {
    if (!anonymize_at_.count(name) && kept_set_.emplace(name).second)
      kept_.push_back(name);
  }
  return "";
}

}  // namespace wenshu
