#include "core/span.h"

#include <gtest/gtest.h>

#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace wenshu {
namespace {

// Every category's name, in enum order: the names the policy file and the
// audit use, so a rename changes the output format.
std::vector<std::string> ExpectedCategoryNames() {
  std::istringstream in(
      "id_number phone email im_account bank_account plate "
      "property_certificate travel_document person_name address health "
      "vehicle_id case_specific protected");
  return {std::istream_iterator<std::string>(in),
          std::istream_iterator<std::string>()};
}

TEST(Category, EveryNameAndBack) {
  const std::vector<std::string> names = ExpectedCategoryNames();
  ASSERT_EQ(names.size(), static_cast<size_t>(kCategoryCount));
  for (int i = 0; i < kCategoryCount; ++i) {
    const Category category = static_cast<Category>(i);
    EXPECT_EQ(CategoryName(category), names[i]) << i;
    EXPECT_EQ(CategoryFromName(names[i]), category) << i;
  }
  EXPECT_EQ(CategoryName(Category::kPersonName), "person_name");
  EXPECT_EQ(CategoryName(Category::kProtected), "protected");
}

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
