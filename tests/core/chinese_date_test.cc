#include "core/chinese_date.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/regex.h"

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

TEST(ChineseDate, TheLastNumeralDateIsWhatAPlainSearchFinds) {
  // The search tries only where a 年 allows a date to start: on texts made
  // of a date's pieces in any order, it finds what searching every byte
  // for the same pattern finds (each match read as ParseChineseDate reads
  // it, the last valid one kept).
  const Regex plain(
      R"(([〇○零一二三四五六七八九Oo]{4})\s?年\s?([一二三四五六七八九十]{1,3})\s?月\s?([一二三四五六七八九十]{1,4})\s?日)");
  const std::vector<std::string> pieces = {"二", "〇", "○", "零", "一", "九",
                                           "十", "O",  "o", " ",  "年", "月",
                                           "日", "x",  "2", "号", "\n"};
  std::mt19937 random(11);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = 4 + static_cast<int>(random() % 40);
    for (int k = 0; k < length; ++k) {
      // Whole dates now and then, with spaces or without.
      if (random() % 8 == 0) {
        // The 年 from 9 to 13 bytes after the date's start.
        static const char* const kDates[] = {
            "二〇二三年六月一日", "二O二O 年 二月 二十九 日",
            "一九九九 年十二月三十一日", "二〇二四 年 二月 二十九 日"};
        text += kDates[random() % 4];
        continue;
      }
      text += pieces[random() % pieces.size()];
    }
    std::optional<Date> expected;
    RegexMatch m;
    for (size_t pos = 0; plain.Search(text, pos, &m);) {
      if (std::optional<Date> d = ParseChineseDate(m.groups[0])) expected = d;
      pos = m.groups[0].data() - text.data() + m.groups[0].size();
    }
    ASSERT_EQ(FindLastChineseNumeralDate(text, 0), expected) << text;
  }
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
