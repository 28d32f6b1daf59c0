#include "redactors/pseudonyms.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/utf8.h"
#include "redactors/literal_automaton.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

// Where a pseudonym base (张某某) already stands in the text as a token of
// its own: bare (not followed by another 某, a digit or 甲乙丙丁/X: 张某 inside
// 张某某 or 张某1 does not count), or numbered (张某某12, the digits not
// followed by such a letter). Found for every base in one search.
struct TokensInText {
  bool bare = false;
  std::set<std::string> numbers;  // "12" for 张某某12
};

bool ContinuesAToken(char32_t next) {
  return next == U'某' || next == U'甲' || next == U'乙' || next == U'丙' ||
         next == U'丁' || next == U'X';
}

std::map<std::string_view, TokensInText> TokensOf(
    std::string_view text, const std::vector<std::string_view>& bases) {
  std::map<std::string_view, TokensInText> out;
  for (const auto& [k, at] : FindEveryOccurrence(text, bases)) {
    size_t end = at + bases[k].size();
    size_t digits = end;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
      ++digits;
    const char32_t next = CodePointAt(text, digits);
    if (ContinuesAToken(next)) continue;
    TokensInText& tokens = out[bases[k]];
    if (digits == end)
      tokens.bare = true;
    else
      tokens.numbers.emplace(text.substr(end, digits - end));
  }
  return out;
}

}  // namespace

PseudonymAssignment AssignPseudonyms(
    std::string_view text, const std::vector<PersonCandidate>& candidates,
    const std::unordered_map<std::string, std::string>& fixed,
    const PeoplePolicy& policy) {
  const NameModel& model = NameModel::Instance();
  // Each candidate's first mention, all found in one search.
  std::vector<std::string_view> names;
  names.reserve(candidates.size());
  for (const PersonCandidate& c : candidates) names.push_back(c.name);
  std::vector<size_t> first(candidates.size(), text.size());
  for (const auto& [i, at] : FindEveryOccurrence(text, names))
    first[i] = std::min(first[i], at);
  std::vector<std::pair<size_t, size_t>> order;  // first offset, index
  for (size_t i = 0; i < candidates.size(); ++i) order.push_back({first[i], i});
  std::sort(order.begin(), order.end());
  std::map<std::string, std::vector<size_t>> by_base;  // base → indexes
  for (auto [first, i] : order) {
    const PersonCandidate& c = candidates[i];
    by_base[model.Pseudonym(c.name, model.Analyze(c.name, c.no_surname_hint),
                            policy.style, policy.script)]
        .push_back(i);
  }
  std::vector<std::string_view> bases;
  for (const auto& [base, members] : by_base) bases.push_back(base);
  const std::map<std::string_view, TokensInText> in_text =
      TokensOf(text, bases);
  auto tokens_of = [&](const std::string& base) -> const TokensInText& {
    static const TokensInText kNone;
    auto it = in_text.find(base);
    return it == in_text.end() ? kNone : it->second;
  };
  std::set<std::string> used;
  for (const auto& [name, pseudonym] : fixed) used.insert(pseudonym);
  std::vector<std::string> pseudonym(candidates.size());
  for (auto& [base, members] : by_base) {
    const TokensInText& tokens = tokens_of(base);
    const bool numbered =
        members.size() > 1 || used.count(base) > 0 || tokens.bare;
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
        std::string number;
        do {
          number = std::to_string(next++);
          p = base + number;
        } while (used.count(p) || tokens.numbers.count(number));
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
