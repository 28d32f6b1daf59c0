// Pseudonyms: the people stage's third step (rules §4) — the pseudonym of
// every person to anonymize, in order of first appearance.
//
// The base form comes from the name model and the policy's style and script
// (张三 → 张某). Persons sharing a base form are numbered in order of first
// appearance (张某1, 张某2), as is a lone person whose base form the text
// already holds as a token of its own (张某 written by the court) or the
// case family already gave; a number the text or the family already uses
// is skipped. Pseudonyms the case family gave (`fixed`, by name) are kept
// as they are. Stateless and thread-safe; the result holds copies.
#ifndef WENSHU_REDACTORS_PSEUDONYMS_H_
#define WENSHU_REDACTORS_PSEUDONYMS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "redactors/people_decisions.h"
#include "redactors/policy.h"

namespace wenshu {

struct PseudonymAssignment {
  // The persons in order of first appearance in the text (those the text
  // does not mention last), each with name, pseudonym and reason.
  std::vector<PersonRecord> people;
  // The declared aliases of people[k], in the same order.
  std::vector<std::vector<std::string>> aliases;
};

PseudonymAssignment AssignPseudonyms(
    std::string_view text, const std::vector<PersonCandidate>& candidates,
    const std::unordered_map<std::string, std::string>& fixed,
    const PeoplePolicy& policy);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PSEUDONYMS_H_
