#include "core/case_number.h"

#include <gtest/gtest.h>

namespace wenshu {
namespace {

struct Case {
  const char* name;
  const char* text;
  int year;
  const char* court_code;
  const char* type_code;
  const char* sequence;
};

class CaseNumberTest : public ::testing::TestWithParam<Case> {};

TEST_P(CaseNumberTest, Parses) {
  const Case& c = GetParam();
  std::optional<CaseNumber> n = ParseCaseNumber(c.text);
  ASSERT_TRUE(n.has_value()) << c.text;
  EXPECT_EQ(n->year, c.year);
  EXPECT_EQ(n->court_code, c.court_code);
  EXPECT_EQ(n->type_code, c.type_code);
  EXPECT_EQ(n->sequence, c.sequence);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, CaseNumberTest,
    ::testing::Values(Case{"CivilFirstInstance", "(2023)京0105民初12345号",
                           2023, "京0105", "民初", "12345"},
                      Case{"CriminalAppeal", "(2019)沪01刑终7号", 2019, "沪01",
                           "刑终", "7"},
                      Case{"SupremeCourt", "(2021)最高法民申1234号", 2021,
                           "最高法", "民申", "1234"},
                      Case{"EnforcementResumed", "(2022)粤0304执恢88号", 2022,
                           "粤0304", "执恢", "88"},
                      Case{"ProvincialHighCourt", "(2020)苏民再45号", 2020,
                           "苏", "民再", "45"},
                      Case{"SubNumber", "(2023)京0105民初12345号之一", 2023,
                           "京0105", "民初", "12345之一"},
                      Case{"OldFormWithZiDi", "(2012)朝民初字第01234号", 2012,
                           "", "朝民初", "01234"},
                      Case{"SpacesInside", "(2023) 京0105 民初 12345 号", 2023,
                           "京0105", "民初", "12345"},
                      Case{"PreservationType", "(2023)京0105财保9号", 2023,
                           "京0105", "财保", "9"}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(CaseNumber, FindsTheFirstInText) {
  const std::string text =
      "上诉人不服北京市朝阳区人民法院(2022)"
      "京0105民初1号民事判决，向本院提起上诉。";
  std::optional<CaseNumber> n = FindCaseNumber(text, 0, text.size());
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->text, "(2022)京0105民初1号");
  EXPECT_EQ(text.substr(n->begin, n->end - n->begin), "(2022)京0105民初1号");
}

TEST(CaseNumber, RejectsWhatIsNotOne) {
  EXPECT_FALSE(ParseCaseNumber("2023京0105民初12345号").has_value());
  EXPECT_FALSE(ParseCaseNumber("(2023)").has_value());
  EXPECT_FALSE(ParseCaseNumber("(2023)京0105民初12345号 extra").has_value());
  // A property certificate: 第 without 字.
  EXPECT_FALSE(ParseCaseNumber("(2020)朝阳区不动产权第0054321号").has_value());
  const std::string text =
      "不动产权证号：京(2020)朝阳区不动产权第0054321号，见(2019)京0105民初7号";
  std::optional<CaseNumber> n = FindCaseNumber(text, 0, text.size());
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->text, "(2019)京0105民初7号");
}

// The case type is a run of one to eight ideographs: eight are read, nine
// are not, whichever way the rest of the number could be read.
TEST(CaseNumber, TakesACaseTypeOfAtMostEightIdeographs) {
  std::optional<CaseNumber> n =
      ParseCaseNumber("(2023)京0105甲乙丙丁戊己庚辛12号");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->court_code, "京0105");
  EXPECT_EQ(n->type_code, "甲乙丙丁戊己庚辛");
  EXPECT_FALSE(ParseCaseNumber("(2023)京0105甲乙丙丁戊己庚辛壬12号"));
  // Without a court code, the province's character is part of the run.
  EXPECT_TRUE(ParseCaseNumber("(2023)京乙丙丁戊己庚辛12号"));
  EXPECT_FALSE(ParseCaseNumber("(2023)京甲乙丙丁戊己庚辛壬12号"));
  const std::string text = "见(2023)京甲乙丙丁戊己庚辛壬12号及(2022)京民终3号";
  n = FindCaseNumber(text, 0, text.size());
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->text, "(2022)京民终3号");
}

}  // namespace
}  // namespace wenshu
