#include "core/span.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace wenshu {
namespace {

struct CategoryCase {
  Category category;
  const char* name;
};

class CategoryNames : public ::testing::TestWithParam<CategoryCase> {};

TEST_P(CategoryNames, NameAndBack) {
  EXPECT_EQ(CategoryName(GetParam().category), GetParam().name);
  EXPECT_EQ(CategoryFromName(GetParam().name), GetParam().category);
}

INSTANTIATE_TEST_SUITE_P(
    Every, CategoryNames,
    ::testing::Values(
        CategoryCase{Category::kIdNumber, "id_number"},
        CategoryCase{Category::kPhone, "phone"},
        CategoryCase{Category::kEmail, "email"},
        CategoryCase{Category::kImAccount, "im_account"},
        CategoryCase{Category::kBankAccount, "bank_account"},
        CategoryCase{Category::kPlate, "plate"},
        CategoryCase{Category::kPropertyCertificate, "property_certificate"},
        CategoryCase{Category::kTravelDocument, "travel_document"},
        CategoryCase{Category::kPersonName, "person_name"},
        CategoryCase{Category::kAddress, "address"},
        CategoryCase{Category::kHealth, "health"},
        CategoryCase{Category::kVehicleId, "vehicle_id"},
        CategoryCase{Category::kCaseSpecific, "case_specific"},
        CategoryCase{Category::kProtected, "protected"}));

TEST(Category, CountCoversEveryDistinctName) {
  std::set<std::string_view> names;
  for (int i = 0; i < kCategoryCount; ++i)
    names.insert(CategoryName(static_cast<Category>(i)));
  EXPECT_EQ(names.size(), static_cast<size_t>(kCategoryCount));
}

TEST(Category, UnknownOrMisspelledNamesAreRefused) {
  for (const char* name :
       {"", "ID_NUMBER", "id-number", "idnumber", "name", "phone ", "person"}) {
    EXPECT_FALSE(CategoryFromName(name).has_value()) << name;
  }
}

TEST(Action, Names) {
  EXPECT_EQ(ActionName(Action::kDelete), "delete");
  EXPECT_EQ(ActionName(Action::kMask), "mask");
  EXPECT_EQ(ActionName(Action::kReplace), "replace");
  EXPECT_EQ(ActionName(Action::kPseudonym), "pseudonym");
}

TEST(Span, SizeIsEndMinusBegin) {
  Span s;
  EXPECT_EQ(s.size(), 0u);
  s.begin = 6;
  s.end = 24;
  EXPECT_EQ(s.size(), 18u);
  EXPECT_EQ(s.category, Category::kProtected);
  EXPECT_FALSE(s.removable);
}

}  // namespace
}  // namespace wenshu
