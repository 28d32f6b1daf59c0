#include "core/date.h"

#include <gtest/gtest.h>

#include <chrono>

namespace wenshu {
namespace {

TEST(Date, ParsesIso) {
  EXPECT_EQ(Date::ParseIso("2024-09-27"), (Date{2024, 9, 27}));
  EXPECT_EQ(Date::ParseIso("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_EQ(Date::ParseIso("2000-02-29"), (Date{2000, 2, 29}));
}

TEST(Date, RejectsMalformedAndImpossibleIso) {
  for (const char* text :
       {"2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10",
        "2024-04-31", "2024-9-27", "2024/09/27", "20240927", " 2024-09-27",
        "2024-09-27 ", "", "二〇二四年九月二十七日"}) {
    EXPECT_FALSE(Date::ParseIso(text).has_value()) << text;
  }
}

TEST(Date, FormatsIsoZeroPadded) {
  EXPECT_EQ((Date{2024, 1, 5}).Iso(), "2024-01-05");
  EXPECT_EQ((Date{2024, 2, 30}).Iso(), "2024-02-30");  // even when invalid
}

TEST(Date, IsValidKnowsLeapYears) {
  EXPECT_TRUE((Date{2024, 2, 29}).IsValid());
  EXPECT_TRUE((Date{2000, 2, 29}).IsValid());
  EXPECT_FALSE((Date{2023, 2, 29}).IsValid());
  EXPECT_FALSE((Date{1900, 2, 29}).IsValid());
  EXPECT_FALSE((Date{2024, 2, 30}).IsValid());
  EXPECT_FALSE((Date{}).IsValid());
  EXPECT_FALSE((Date{2024, -1, 1}).IsValid());
  EXPECT_FALSE((Date{2024, 1, 32}).IsValid());
}

TEST(Date, ComparesChronologically) {
  EXPECT_LT((Date{2023, 12, 31}), (Date{2024, 1, 1}));
  EXPECT_LT((Date{2024, 1, 31}), (Date{2024, 2, 1}));
  EXPECT_LT((Date{2024, 2, 1}), (Date{2024, 2, 2}));
  EXPECT_GT((Date{2025, 1, 1}), (Date{2024, 12, 31}));
  EXPECT_EQ((Date{2024, 9, 27}), (Date{2024, 9, 27}));
  EXPECT_NE((Date{2024, 9, 27}), (Date{2024, 9, 28}));
}

struct AddDaysCase {
  Date from;
  int days;
  Date want;
};

class DateAddDays : public ::testing::TestWithParam<AddDaysCase> {};

TEST_P(DateAddDays, Adds) {
  EXPECT_EQ(GetParam().from.AddDays(GetParam().days), GetParam().want)
      << GetParam().from.Iso() << " + " << GetParam().days;
}

INSTANTIATE_TEST_SUITE_P(
    Edges, DateAddDays,
    ::testing::Values(
        AddDaysCase{{2024, 2, 28}, 1, {2024, 2, 29}},  // leap day
        AddDaysCase{{2024, 2, 28}, 2, {2024, 3, 1}},
        AddDaysCase{{2023, 2, 28}, 1, {2023, 3, 1}},   // no leap day
        AddDaysCase{{1900, 2, 28}, 1, {1900, 3, 1}},   // century, not leap
        AddDaysCase{{2000, 2, 28}, 1, {2000, 2, 29}},  // 400th year, leap
        AddDaysCase{{2024, 12, 31}, 1, {2025, 1, 1}},  // year boundary
        AddDaysCase{{2025, 1, 1}, -1, {2024, 12, 31}},
        AddDaysCase{{2024, 3, 1}, -1, {2024, 2, 29}},
        AddDaysCase{{2024, 1, 1}, 366, {2025, 1, 1}},
        AddDaysCase{{2023, 1, 1}, 365, {2024, 1, 1}},
        AddDaysCase{{2024, 9, 27}, 0, {2024, 9, 27}}));

TEST(Date, Weekday) {
  EXPECT_EQ((Date{2024, 9, 27}).Weekday(), std::chrono::Friday);
  EXPECT_EQ((Date{2024, 2, 29}).Weekday(), std::chrono::Thursday);
  EXPECT_EQ((Date{2025, 1, 1}).Weekday(), std::chrono::Wednesday);
}

struct ValidDateCase {
  int year, month, day;
  bool valid;
};

class IsValidDateRange : public ::testing::TestWithParam<ValidDateCase> {};

TEST_P(IsValidDateRange, KeepsToTheYearsAJudgmentCanCarry) {
  const ValidDateCase& c = GetParam();
  EXPECT_EQ(IsValidDate(c.year, c.month, c.day), c.valid)
      << c.year << "-" << c.month << "-" << c.day;
}

INSTANTIATE_TEST_SUITE_P(
    Edges, IsValidDateRange,
    ::testing::Values(ValidDateCase{1870, 1, 1, true},
                      ValidDateCase{1869, 12, 31, false},  // before the range
                      ValidDateCase{2100, 12, 31, true},
                      ValidDateCase{2101, 1, 1, false},  // after the range
                      ValidDateCase{2024, 4, 30, true},
                      ValidDateCase{2024, 4, 31, false},  // 30-day month
                      ValidDateCase{2024, 12, 31, true},
                      ValidDateCase{2024, 0, 1, false},
                      ValidDateCase{2024, 1, 0, false}));

TEST(Date, SysDaysRoundTrip) {
  for (const Date d : {Date{1970, 1, 1}, Date{2024, 2, 29}, Date{1999, 12, 31},
                       Date{2100, 12, 31}}) {
    EXPECT_EQ(Date::FromSysDays(d.ToSysDays()), d) << d.Iso();
  }
  EXPECT_EQ((Date{1970, 1, 2}).ToSysDays().time_since_epoch().count(), 1);
  EXPECT_EQ(Date::FromSysDays(std::chrono::sys_days{std::chrono::days{-1}}),
            (Date{1969, 12, 31}));
}

TEST(Date, ParseIsoIsTheInverseOfIso) {
  for (const char* text : {"2024-09-27", "1870-01-01", "2100-12-31"}) {
    std::optional<Date> d = Date::ParseIso(text);
    ASSERT_TRUE(d.has_value()) << text;
    EXPECT_EQ(d->Iso(), text);
  }
}

}  // namespace
}  // namespace wenshu
