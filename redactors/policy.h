// Policy: what the redaction pass does with each category of identifier.
//
// Policy is data: the national defaults (rules §5) live in
// redactors/default_policy.json, compiled into the binary and parsed at
// start-up through the same loader a court's own file goes through. A policy
// is validated completely when loaded; an unknown key, a wrong type or a bad
// value fails with a message naming the file and the key. Immutable after
// loading and safe to share between threads.
#ifndef WENSHU_REDACTORS_POLICY_H_
#define WENSHU_REDACTORS_POLICY_H_

#include <array>
#include <string>
#include <string_view>

#include <vector>

#include "pipeline/status.h"
#include "redactors/person_names.h"
#include "redactors/span.h"

namespace wenshu {

enum class Action {
  // Remove the identifier with its label and the punctuation before it when
  // it forms a clause of its own; otherwise mask it (rules §5: "where plain
  // deletion would make the text hard to understand").
  kDelete,
  kMask,     // replace characters with the mask character, keeping some
  kReplace,  // replace with the category's label
  // Replace with the span's own replacement: the person's pseudonym.
  kPseudonym,
};

std::string_view ActionName(Action action);

struct CategoryPolicy {
  Action action = Action::kDelete;
  int keep_leading = 0;   // characters left unmasked at the start
  int keep_trailing = 0;  // ... and at the end
  std::string label;      // the replacement text for kReplace
};

// Who is anonymized and how (rules §3-4). Role names are those of
// RoleKind: party, defendant, victim, civil_plaintiff, witness, appraiser,
// statutory_representative, agent, legal_representative.
struct PeoplePolicy {
  bool enabled = true;
  PseudonymStyle style = PseudonymStyle::kPerChar;
  PseudonymScript script = PseudonymScript::kHan;
  // Causes of action of marriage-family and inheritance disputes.
  std::vector<std::string> family_causes;
  std::vector<std::string> family_roles;    // anonymized in those cases
  std::vector<std::string> criminal_roles;  // anonymized in criminal cases
  // Statutory representatives follow the person they represent.
  bool minors = true;  // anonymize minors and their representatives
  int adult_age = 18;
  // Body cues: a name right after one of these is that role's (criminal
  // cases); a name right after a kinship cue is a relative's (criminal and
  // family cases).
  std::vector<std::string> criminal_cues;
  std::vector<std::string> kinship_cues;
  // Share decisions and pseudonyms across documents of one case family.
  bool share_across_case_family = true;
};

class Policy {
 public:
  // Parses and validates a policy document. `source` names it in errors.
  static Result<Policy> FromJson(std::string_view json,
                                 std::string_view source);
  // The built-in national defaults. Aborts if the built-in file is invalid
  // (a build defect, caught by the tests).
  static const Policy& NationalDefault();

  const std::string& version() const { return version_; }
  const std::string& mask_character() const { return mask_character_; }
  const std::string& overlap_policy() const { return overlap_policy_; }
  const PeoplePolicy& people() const { return people_; }
  // Returns a copy with the pseudonym script replaced (the --pseudonyms
  // flag).
  Policy WithPseudonymScript(PseudonymScript script) const {
    Policy p = *this;
    p.people_.script = script;
    return p;
  }
  const CategoryPolicy& For(Category category) const {
    return categories_[static_cast<int>(category)];
  }
  // Lower wins when two identifier spans cover the same text.
  int Priority(Category category) const {
    return priority_[static_cast<int>(category)];
  }

 private:
  Policy() = default;
  std::string version_;
  std::string mask_character_ = "×";
  std::string overlap_policy_;
  std::array<CategoryPolicy, kCategoryCount> categories_{};
  std::array<int, kCategoryCount> priority_{};
  PeoplePolicy people_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_POLICY_H_
