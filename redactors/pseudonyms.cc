#include "redactors/pseudonyms.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

// True when `token` occurs in `text` as an anonymized token of its own: not
// followed by another 某, a digit or 甲乙丙丁 (张某 inside 张某某 or 张某1 does
// not count).
bool OccursAsToken(std::string_view text, std::string_view token) {
  for (size_t at = FindText(text, token); at != std::string_view::npos;
       at = FindText(text, token, at + 1)) {
    const char32_t next = CodePointAt(text, at + token.size());
    if (next == U'某' || (next >= U'0' && next <= U'9') || next == U'甲' ||
        next == U'乙' || next == U'丙' || next == U'丁' || next == U'X')
      continue;
    return true;
  }
  return false;
}

}  // namespace

PseudonymAssignment AssignPseudonyms(
    std::string_view text, const std::vector<PersonCandidate>& candidates,
    const std::unordered_map<std::string, std::string>& fixed,
    const PeoplePolicy& policy) {
  const NameModel& model = NameModel::Instance();
  std::vector<std::pair<size_t, size_t>> order;  // first offset, index
  for (size_t i = 0; i < candidates.size(); ++i) {
    const size_t first = FindText(text, candidates[i].name);
    order.push_back({first == std::string_view::npos ? text.size() : first, i});
  }
  std::sort(order.begin(), order.end());
  std::map<std::string, std::vector<size_t>> by_base;  // base → indexes
  for (auto [first, i] : order) {
    const PersonCandidate& c = candidates[i];
    by_base[model.Pseudonym(c.name, model.Analyze(c.name, c.no_surname_hint),
                            policy.style, policy.script)]
        .push_back(i);
  }
  std::set<std::string> used;
  for (const auto& [name, pseudonym] : fixed) used.insert(pseudonym);
  std::vector<std::string> pseudonym(candidates.size());
  for (auto& [base, members] : by_base) {
    const bool numbered =
        members.size() > 1 || used.count(base) > 0 || OccursAsToken(text, base);
    int next = 1;
    for (size_t i : members) {
      auto it = fixed.find(candidates[i].name);
      if (it != fixed.end()) {
        pseudonym[i] = it->second;
        continue;
      }
      if (!numbered) {
        pseudonym[i] = base;
      } else {
        std::string p;
        do {
          p = base + std::to_string(next++);
        } while (used.count(p) || OccursAsToken(text, p));
        pseudonym[i] = p;
      }
      used.insert(pseudonym[i]);
    }
  }
  PseudonymAssignment out;
  for (auto [first, i] : order) {
    out.people.push_back(
        {candidates[i].name, pseudonym[i], candidates[i].reason});
    out.aliases.push_back(candidates[i].aliases);
  }
  return out;
}

}  // namespace wenshu
