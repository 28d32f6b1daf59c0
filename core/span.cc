#include "core/span.h"

namespace wenshu {
namespace {

constexpr std::string_view kNames[kCategoryCount] = {"id_number",
                                                     "phone",
                                                     "email",
                                                     "im_account",
                                                     "bank_account",
                                                     "plate",
                                                     "property_certificate",
                                                     "travel_document",
                                                     "person_name",
                                                     "address",
                                                     "health",
                                                     "vehicle_id",
                                                     "case_specific",
                                                     "protected"};

}  // namespace

std::string_view CategoryName(Category category) {
  return kNames[static_cast<int>(category)];
}

std::optional<Category> CategoryFromName(std::string_view name) {
  for (int i = 0; i < kCategoryCount; ++i) {
    if (kNames[i] == name) return static_cast<Category>(i);
  }
  return std::nullopt;
}

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kDelete:
      return "delete";
    case Action::kMask:
      return "mask";
    case Action::kReplace:
      return "replace";
    case Action::kPseudonym:
      return "pseudonym";
  }
  return "unknown";
}

}  // namespace wenshu
