#include "core/chinese_date.h"

#include <gtest/gtest.h>

namespace wenshu {
namespace {

struct Case {
  const char* text;
  int year, month, day;
};

class ChineseDateTest : public ::testing::TestWithParam<Case> {};

TEST_P(ChineseDateTest, Parses) {
  std::optional<Date> d = ParseChineseDate(GetParam().text);
  ASSERT_TRUE(d.has_value()) << GetParam().text;
  EXPECT_EQ(*d,
            (Date{GetParam().year, GetParam().month, GetParam().day}));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ChineseDateTest,
    ::testing::Values(Case{"二〇二三年六月一日", 2023, 6, 1},
                      Case{"二○二三年十二月三十一日", 2023, 12, 31},
                      Case{"二零一九年十月十日", 2019, 10, 10},
                      Case{"二O一八年二月二十日", 2018, 2, 20},
                      Case{"二〇二〇年二月二十九日", 2020, 2, 29},
                      Case{"2023年6月1日", 2023, 6, 1},
                      Case{"二〇二三 年 六 月 一 日", 2023, 6, 1}));

TEST(ChineseDate, RejectsImpossibleDates) {
  EXPECT_FALSE(ParseChineseDate("二〇二三年二月二十九日").has_value());
  EXPECT_FALSE(ParseChineseDate("二〇二三年十三月一日").has_value());
  EXPECT_FALSE(ParseChineseDate("二〇二三年六月").has_value());
}

TEST(ChineseDate, ParsesIsoDates) {
  EXPECT_EQ(Date::ParseIso("2023-06-01"), (Date{2023, 6, 1}));
  EXPECT_FALSE(Date::ParseIso("2023-02-30").has_value());
  EXPECT_FALSE(Date::ParseIso("2023-6-1").has_value());
  EXPECT_FALSE(Date::ParseIso("20230601").has_value());
}

TEST(ChineseDate, FindsTheLastNumeralDate) {
  const std::string text =
      "本院于2023年3月1日立案。二〇二三年五月四日开庭。 审判员 王五 "
      "二〇二三年六月一日 书记员 赵六";
  std::optional<Date> d = FindLastChineseNumeralDate(text, 0);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->Iso(), "2023-06-01");
}

TEST(ChineseDate, IsValidDateKnowsLeapYearsAndTheRange) {
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 4, 31));
  EXPECT_TRUE(IsValidDate(2023, 12, 31));
  EXPECT_FALSE(IsValidDate(2023, 0, 1));
  EXPECT_FALSE(IsValidDate(2023, 1, 0));
  EXPECT_FALSE(IsValidDate(1800, 1, 1));
}

}  // namespace
}  // namespace wenshu
