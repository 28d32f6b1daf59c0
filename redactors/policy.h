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

#include "pipeline/status.h"
#include "redactors/span.h"

namespace wenshu {

enum class Action {
  // Remove the identifier with its label and the punctuation before it when
  // it forms a clause of its own; otherwise mask it (rules §5: "where plain
  // deletion would make the text hard to understand").
  kDelete,
  kMask,     // replace characters with the mask character, keeping some
  kReplace,  // replace with the category's label
};

std::string_view ActionName(Action action);

struct CategoryPolicy {
  Action action = Action::kDelete;
  int keep_leading = 0;   // characters left unmasked at the start
  int keep_trailing = 0;  // ... and at the end
  std::string label;      // the replacement text for kReplace
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
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_POLICY_H_
