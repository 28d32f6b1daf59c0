#include "redactors/people_decisions.h"

#include <algorithm>
#include <utility>

#include "redactors/person_names.h"

namespace wenshu {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

void PeopleDecisions::Anonymize(PersonCandidate c) {
  for (PersonCandidate& existing : anonymize_) {
    if (existing.name == c.name) {
      existing.strong |= c.strong;
      for (std::string& a : c.aliases) existing.aliases.push_back(a);
      return;
    }
  }
  anonymize_.push_back(std::move(c));
}

void PeopleDecisions::Keep(std::string_view name, bool in_party_block) {
  kept_.emplace_back(name);
  if (in_party_block) kept_in_block_.emplace_back(name);
}

bool PeopleDecisions::IsKept(std::string_view name) const {
  return Contains(kept_, name);
}

void PeopleDecisions::KeepCoOffender(std::string_view name) {
  if (!Contains(co_offenders_, name)) co_offenders_.emplace_back(name);
}

bool PeopleDecisions::IsCoOffender(std::string_view name) const {
  return Contains(co_offenders_, name);
}

std::unordered_map<std::string, std::string> PeopleDecisions::AdoptPrior(
    std::string_view text, const std::vector<PersonRecord>& prior) {
  std::unordered_map<std::string, std::string> fixed;
  for (const PersonRecord& r : prior) {
    if (FindText(text, r.name) == std::string_view::npos) continue;
    if (!r.pseudonym.empty()) fixed[r.name] = r.pseudonym;
    Anonymize(PersonCandidate{r.name, r.reason, false, {}, false});
    std::erase(kept_, r.name);
    std::erase(kept_in_block_, r.name);
  }
  return fixed;
}

std::string PeopleDecisions::SettleConflicts() {
  for (const PersonCandidate& c : anonymize_) {
    if (c.strong && Contains(kept_, c.name) &&
        Contains(kept_in_block_, c.name)) {
      return "a " + c.reason +
             " to anonymize has the same name as a participant who keeps "
             "it; review who is who";
    }
  }
  std::erase_if(anonymize_, [this](const PersonCandidate& c) {
    return Contains(kept_, c.name);
  });
  for (const std::string& name : co_offenders_) {
    const bool anonymized =
        std::any_of(anonymize_.begin(), anonymize_.end(),
                    [&](const PersonCandidate& c) { return c.name == name; });
    if (!anonymized && !Contains(kept_, name)) kept_.push_back(name);
  }
  return "";
}

}  // namespace wenshu
