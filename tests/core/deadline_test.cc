#include "core/deadline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace wenshu {
namespace {

// The built-in PRC calendar (the chinese-days package the build embeds).
const WorkCalendar& China() { return WorkCalendar::China(); }

Date Iso(std::string_view text) {
  std::optional<Date> d = Date::ParseIso(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Date{});
}

// ---- WorkCalendar ----

TEST(WorkCalendar, DefaultHasWeekendsOnly) {
  const WorkCalendar weekends;
  EXPECT_TRUE(weekends.IsWorkingDay(Date{2024, 9, 27}));   // Friday
  EXPECT_FALSE(weekends.IsWorkingDay(Date{2024, 9, 28}));  // Saturday
  EXPECT_FALSE(weekends.IsWorkingDay(Date{2024, 9, 29}));  // Sunday
  EXPECT_TRUE(weekends.IsWorkingDay(Date{2024, 10, 1}));   // no holidays
  EXPECT_EQ(weekends.AddWorkingDays(Date{2024, 9, 27}, 1), (Date{2024, 9, 30}));
  EXPECT_EQ(weekends.AddWorkingDays(Date{2024, 9, 27}, 7), (Date{2024, 10, 8}));
}

TEST(WorkCalendar, HolidaysAreOffAndMakeUpWeekendsAreWorking) {
  Result<WorkCalendar> c = WorkCalendar::FromJson(
      R"({"holidays": ["2024-10-01", "2024-10-02", "2024-10-03",
                       "2024-10-04", "2024-10-05", "2024-10-06",
                       "2024-10-07"],
          "workdays": ["2024-09-29", "2024-10-12"]})",
      "inline");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c.value().source().empty());
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2024, 9, 29}));   // make-up Sunday
  EXPECT_FALSE(c.value().IsWorkingDay(Date{2024, 10, 1}));  // Tuesday off
  EXPECT_FALSE(c.value().IsWorkingDay(Date{2024, 10, 5}));  // Saturday off
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2024, 10, 8}));
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2024, 10, 12}));   // make-up Saturday
  EXPECT_FALSE(c.value().IsWorkingDay(Date{2024, 10, 13}));  // plain Sunday
  EXPECT_EQ(c.value().AddWorkingDays(Date{2024, 9, 27}, 7),
            (Date{2024, 10, 12}));
}

TEST(WorkCalendar, AddWorkingDaysDoesNotCountTheStart) {
  const WorkCalendar& cn = China();
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 9, 27}, 0), (Date{2024, 9, 27}));
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 9, 27}, -3), (Date{2024, 9, 27}));
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 3, 4}, 1), (Date{2024, 3, 5}));
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 3, 1}, 1), (Date{2024, 3, 4}));
  // A start on a holiday or a make-up day is not counted either.
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 10, 3}, 1), (Date{2024, 10, 8}));
  EXPECT_EQ(cn.AddWorkingDays(Date{2024, 9, 29}, 1), (Date{2024, 9, 30}));
}

TEST(WorkCalendar, BuiltInCalendarNamesItsPackageAndCoversItsYears) {
  EXPECT_EQ(China().source().rfind("chinese-days ", 0), 0u) << China().source();
  EXPECT_EQ(China().FirstUncoveredYear(Date{2004, 1, 1}, Date{2026, 12, 31}),
            std::nullopt);
  const std::optional<int> after =
      China().FirstUncoveredYear(Date{2026, 12, 1}, Date{2099, 1, 1});
  ASSERT_TRUE(after.has_value());
  EXPECT_GT(*after, 2026);
  EXPECT_EQ(China().FirstUncoveredYear(Date{2003, 12, 1}, Date{2004, 1, 1}),
            2003);
}

TEST(WorkCalendar, ACalendarCoversTheYearsOfItsHolidays) {
  Result<WorkCalendar> c = WorkCalendar::FromJson(
      R"({"holidays": ["2024-10-01"], "workdays": ["2025-01-26"]})", "inline");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c.value().FirstUncoveredYear(Date{2024, 9, 30}, Date{2024, 10, 9}),
            std::nullopt);
  // A make-up day alone does not make a year covered.
  EXPECT_EQ(c.value().FirstUncoveredYear(Date{2024, 12, 30}, Date{2025, 1, 9}),
            2025);
  EXPECT_EQ(
      WorkCalendar().FirstUncoveredYear(Date{2024, 1, 2}, Date{2024, 1, 9}),
      2024);
}

TEST(CalendarFromJson, AcceptsTheLabelledFormOfChineseDays) {
  Result<WorkCalendar> c = WorkCalendar::FromJson(
      R"({"holidays": {"2026-02-16": "Spring Festival,春节,4",
                       "2026-02-23": "Spring Festival,春节,4"},
          "workdays": {"2026-02-14": "Spring Festival,春节,4"},
          "inLieuDays": {"2026-02-23": "Spring Festival,春节,4"}})",
      "chinese-days.json");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_FALSE(c.value().IsWorkingDay(Date{2026, 2, 16}));
  EXPECT_FALSE(c.value().IsWorkingDay(Date{2026, 2, 23}));
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2026, 2, 14}));
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2026, 2, 24}));
}

struct DayCase {
  const char* date;
  bool working;
  const char* why;
};

class ChinaCalendarDay : public ::testing::TestWithParam<DayCase> {};

TEST_P(ChinaCalendarDay, MatchesTheNotice) {
  EXPECT_EQ(China().IsWorkingDay(Iso(GetParam().date)), GetParam().working)
      << GetParam().date << " " << GetParam().why;
}

// Every make-up working day of the four notices, and the weekday holidays
// at the edges of each period.
INSTANTIATE_TEST_SUITE_P(
    Notices, ChinaCalendarDay,
    ::testing::Values(
        // 2023 (国办发明电〔2022〕16号)
        DayCase{"2022-12-30", true, "Friday before New Year 2023"},
        DayCase{"2023-01-02", false, "New Year, Monday"},
        DayCase{"2023-01-03", true, "first day back"},
        DayCase{"2023-01-20", true, "Friday before Spring Festival"},
        DayCase{"2023-01-27", false, "Spring Festival, Friday"},
        DayCase{"2023-01-28", true, "make-up Saturday"},
        DayCase{"2023-01-29", true, "make-up Sunday"},
        DayCase{"2023-04-05", false, "Qingming, Wednesday"},
        DayCase{"2023-04-23", true, "make-up Sunday"},
        DayCase{"2023-05-03", false, "Labour Day, Wednesday"},
        DayCase{"2023-05-06", true, "make-up Saturday"},
        DayCase{"2023-06-22", false, "Dragon Boat, Thursday"},
        DayCase{"2023-06-25", true, "make-up Sunday"},
        DayCase{"2023-09-29", false, "Mid-Autumn, Friday"},
        DayCase{"2023-10-06", false, "National Day, Friday"},
        DayCase{"2023-10-07", true, "make-up Saturday"},
        DayCase{"2023-10-08", true, "make-up Sunday"},
        // 2024 (国办发明电〔2023〕7号)
        DayCase{"2024-01-01", false, "New Year, Monday"},
        DayCase{"2024-02-04", true, "make-up Sunday"},
        DayCase{"2024-02-09", true, "New Year's Eve is only encouraged off"},
        DayCase{"2024-02-12", false, "Spring Festival, Monday"},
        DayCase{"2024-02-16", false, "Spring Festival, Friday"},
        DayCase{"2024-02-18", true, "make-up Sunday"},
        DayCase{"2024-04-04", false, "Qingming, Thursday"},
        DayCase{"2024-04-07", true, "make-up Sunday"},
        DayCase{"2024-04-28", true, "make-up Sunday"},
        DayCase{"2024-05-01", false, "Labour Day, Wednesday"},
        DayCase{"2024-05-11", true, "make-up Saturday"},
        DayCase{"2024-06-10", false, "Dragon Boat, Monday"},
        DayCase{"2024-09-14", true, "make-up Saturday"},
        DayCase{"2024-09-16", false, "Mid-Autumn, Monday"},
        DayCase{"2024-09-17", false, "Mid-Autumn, Tuesday"},
        DayCase{"2024-09-29", true, "make-up Sunday"},
        DayCase{"2024-10-01", false, "National Day, Tuesday"},
        DayCase{"2024-10-07", false, "National Day, Monday"},
        DayCase{"2024-10-12", true, "make-up Saturday"},
        // 2025 (国办发明电〔2024〕12号)
        DayCase{"2025-01-01", false, "New Year, Wednesday"},
        DayCase{"2025-01-26", true, "make-up Sunday"},
        DayCase{"2025-01-28", false, "Spring Festival eve, Tuesday"},
        DayCase{"2025-02-04", false, "Spring Festival, Tuesday"},
        DayCase{"2025-02-08", true, "make-up Saturday"},
        DayCase{"2025-04-04", false, "Qingming, Friday"},
        DayCase{"2025-04-27", true, "make-up Sunday"},
        DayCase{"2025-05-05", false, "Labour Day, Monday"},
        DayCase{"2025-06-02", false, "Dragon Boat, Monday"},
        DayCase{"2025-09-28", true, "make-up Sunday"},
        DayCase{"2025-10-08", false, "National Day, Wednesday"},
        DayCase{"2025-10-11", true, "make-up Saturday"},
        DayCase{"2025-10-13", true, "ordinary Monday"},
        // 2026 (the State Council's notice for 2026)
        DayCase{"2026-01-02", false, "New Year, Friday"},
        DayCase{"2026-01-04", true, "make-up Sunday"},
        DayCase{"2026-02-13", true, "Friday before Spring Festival"},
        DayCase{"2026-02-14", true, "make-up Saturday"},
        DayCase{"2026-02-16", false, "Spring Festival eve, Monday"},
        DayCase{"2026-02-23", false, "Spring Festival, Monday"},
        DayCase{"2026-02-24", true, "first day back"},
        DayCase{"2026-02-28", true, "make-up Saturday"},
        DayCase{"2026-04-06", false, "Qingming, Monday"},
        DayCase{"2026-05-05", false, "Labour Day, Tuesday"},
        DayCase{"2026-05-09", true, "make-up Saturday"},
        DayCase{"2026-06-19", false, "Dragon Boat, Friday"},
        DayCase{"2026-09-20", true, "make-up Sunday"},
        DayCase{"2026-09-25", false, "Mid-Autumn, Friday"},
        DayCase{"2026-10-07", false, "National Day, Wednesday"},
        DayCase{"2026-10-08", true, "first day back"},
        DayCase{"2026-10-10", true, "make-up Saturday"}));

// ---- FromJson validation ----

struct BadCalendar {
  const char* name;
  const char* json;
  const char* want;  // must appear in the message
};

class CalendarFromJsonRejects : public ::testing::TestWithParam<BadCalendar> {};

TEST_P(CalendarFromJsonRejects, NamingSourceKeyAndValue) {
  Result<WorkCalendar> c = WorkCalendar::FromJson(GetParam().json, "cal.json");
  ASSERT_FALSE(c.ok()) << GetParam().name;
  EXPECT_EQ(c.status().code(), StatusCode::kInvalidInput);
  const std::string message = c.status().message();
  EXPECT_EQ(message.rfind("cal.json: ", 0), 0u) << message;
  EXPECT_NE(message.find(GetParam().want), std::string::npos)
      << GetParam().name << ": " << message;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, CalendarFromJsonRejects,
    ::testing::Values(
        BadCalendar{"MalformedJson", R"({"holidays": [)", "malformed JSON"},
        BadCalendar{"NotAnObject", R"(["2024-10-01"])",
                    "expected a JSON object"},
        BadCalendar{"UnknownKey",
                    R"({"holidays": [], "workdays": [], "holiday": []})",
                    R"(unknown key "holiday")"},
        BadCalendar{
            "MissingHolidays", R"({"workdays": []})",
            R"(holidays: "holidays" must be an array of strings, not missing)"},
        BadCalendar{
            "MissingWorkdays", R"({"holidays": []})",
            R"(workdays: "workdays" must be an array of strings, not missing)"},
        BadCalendar{
            "HolidaysNotAnArray",
            R"({"holidays": "2024-10-01", "workdays": []})",
            R"(holidays: "holidays" must be an array of strings, not a string)"},
        BadCalendar{"LabelledKeyNotADate",
                    R"({"holidays": [], "workdays": {"d": "2024-09-29"}})",
                    R"(workdays[0]: "d" is not a date)"},
        BadCalendar{"LabelNotAString",
                    R"({"holidays": {"2024-10-01": 1}, "workdays": []})",
                    R"(holidays: "2024-10-01": the label is not a string)"},
        BadCalendar{
            "WorkdaysNotAList", R"({"holidays": [], "workdays": 7})",
            R"(workdays: "workdays" must be an array of strings, not a number)"},
        BadCalendar{"DateNotAString",
                    R"({"holidays": ["2024-10-01", 20241002], "workdays": []})",
                    R"(holidays: "holidays"[1] must be a string)"},
        BadCalendar{"SourceNotAString",
                    R"({"source": 7, "holidays": [], "workdays": []})",
                    R"(source: "source" must be a string, not a number)"},
        BadCalendar{"MalformedDate",
                    R"({"holidays": ["2024-10-1"], "workdays": []})",
                    R"(holidays[0]: "2024-10-1" is not a date)"},
        BadCalendar{"ChineseDateInsteadOfIso",
                    R"({"holidays": ["二〇二四年十月一日"], "workdays": []})",
                    R"(holidays[0]: "二〇二四年十月一日" is not a date)"},
        BadCalendar{"EmptyDate", R"({"holidays": [""], "workdays": []})",
                    R"(holidays[0]: "" is not a date)"},
        BadCalendar{
            "ImpossibleDate",
            R"({"holidays": [], "workdays": ["2024-09-29", "2024-02-30"]})",
            R"(workdays[1]: "2024-02-30" is not a date)"},
        BadCalendar{"LeapDayInCommonYear",
                    R"({"holidays": ["2023-02-29"], "workdays": []})",
                    R"(holidays[0]: "2023-02-29" is not a date)"},
        BadCalendar{
            "ListedTwice",
            R"({"holidays": ["2024-10-01", "2024-10-01"], "workdays": []})",
            R"(holidays[1]: "2024-10-01" is listed twice)"},
        BadCalendar{
            "HolidayAndWorkday",
            R"({"holidays": ["2024-09-29"], "workdays": ["2024-09-29"]})",
            R"("2024-09-29" is listed in both holidays and workdays)"},
        BadCalendar{"WorkdayOnAWeekday",
                    R"({"holidays": [], "workdays": ["2024-10-08"]})",
                    R"(workdays: "2024-10-08" is a Tuesday)"}),
    [](const ::testing::TestParamInfo<BadCalendar>& info) {
      return std::string(info.param.name);
    });

TEST(CalendarFromJson, AcceptsEmptyListsAndASource) {
  Result<WorkCalendar> c = WorkCalendar::FromJson(
      R"({"source": "test", "holidays": [], "workdays": []})", "cal.json");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c.value().source(), "test");
  EXPECT_TRUE(c.value().IsWorkingDay(Date{2024, 10, 1}));
}

// ---- PublicationDueDate ----

struct DueCase {
  const char* name;
  DeadlineInput input;
  Date want;
};

class DeadlineDue : public ::testing::TestWithParam<DueCase> {};

TEST_P(DeadlineDue, OnTheChinaCalendar) {
  Result<Date> due = PublicationDueDate(GetParam().input, China());
  ASSERT_TRUE(due.ok()) << GetParam().name << ": " << due.status().message();
  EXPECT_EQ(due.value(), GetParam().want)
      << GetParam().name << ": got " << due.value().Iso() << ", want "
      << GetParam().want.Iso();
}

DeadlineInput Effective(Date d) {
  return DeadlineInput{d, false, std::nullopt};
}
DeadlineInput Appealed(std::optional<Date> first, Date second) {
  return DeadlineInput{first, true, second};
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DeadlineDue,
    ::testing::Values(
        // Fri 3-1 → Mon 3-4 .. Fri 3-8 (5), Mon 3-11, Tue 3-12.
        DueCase{"FridayEffective", Effective({2024, 3, 1}), {2024, 3, 12}},
        // Sun 9-29 and Mon 9-30 (2), 10-1..7 off, Tue 10-8 .. Fri 10-11
        // (6), make-up Sat 10-12 (7).
        DueCase{
            "BeforeNationalDay2024", Effective({2024, 9, 27}), {2024, 10, 12}},
        // Effective on a holiday: Tue 10-8 .. Sat 10-12 (5), Mon 10-14,
        // Tue 10-15.
        DueCase{
            "EffectiveOnAHoliday", Effective({2024, 10, 3}), {2024, 10, 15}},
        DueCase{
            "EffectiveOnAMakeUpDay", Effective({2024, 9, 29}), {2024, 10, 14}},
        // 9-29..10-6 off, make-up Sat 10-7 and Sun 10-8, Mon 10-9 ..
        // Fri 10-13.
        DueCase{
            "BeforeNationalDay2023", Effective({2023, 9, 28}), {2023, 10, 13}},
        // Make-up Sun 1-26, Mon 1-27, 1-28..2-4 off, Wed 2-5 .. Fri 2-7,
        // make-up Sat 2-8, Mon 2-10.
        DueCase{"BeforeSpringFestival2025",
                Effective({2025, 1, 24}),
                {2025, 2, 10}},
        // Thu 2-29, Fri 3-1, Mon 3-4 .. Fri 3-8.
        DueCase{"AcrossLeapDay", Effective({2024, 2, 28}), {2024, 3, 8}},
        // Wed 3-1 .. Fri 3-3, Mon 3-6 .. Thu 3-9.
        DueCase{"CommonYearFebruary", Effective({2023, 2, 28}), {2023, 3, 9}},
        DueCase{"EffectiveOnLeapDay", Effective({2024, 2, 29}), {2024, 3, 11}},
        // Mon 12-30, Tue 12-31, Wed 1-1 off, Thu 1-2 .. Wed 1-8.
        DueCase{"AcrossYearEnd2024", Effective({2024, 12, 27}), {2025, 1, 8}},
        // 12-31..1-2 off (the 2023 notice's New Year starts in 2022), Tue
        // 1-3 .. Fri 1-6, Mon 1-9 .. Wed 1-11.
        DueCase{"AcrossYearEnd2022", Effective({2022, 12, 30}), {2023, 1, 11}},
        // Runs from the second instance: Wed 2-7 .. Fri 2-9 (除夕 is a
        // working day), 2-10..17 off, make-up Sun 2-18, Mon 2-19 .. Wed
        // 2-21.
        DueCase{"AppealedRunsFromSecondInstance",
                Appealed(Date{2023, 12, 20}, {2024, 2, 6}),
                {2024, 2, 21}},
        DueCase{"AppealedWithoutFirstInstanceDate",
                Appealed(std::nullopt, {2024, 2, 6}),
                {2024, 2, 21}},
        DueCase{"AppealedSameDay",
                Appealed(Date{2024, 9, 27}, {2024, 9, 27}),
                {2024, 10, 12}}),
    [](const ::testing::TestParamInfo<DueCase>& info) {
      return std::string(info.param.name);
    });

TEST(PublicationDeadline, WeekendsOnlyCalendarDiffersAroundHolidays) {
  Result<Date> due =
      PublicationDueDate(Effective({2024, 9, 27}), WorkCalendar());
  ASSERT_TRUE(due.ok()) << due.status().message();
  EXPECT_EQ(due.value(), (Date{2024, 10, 8}));
}

TEST(PublicationDeadline, OtherPeriodLength) {
  Result<Date> due = PublicationDueDate(Effective({2024, 9, 27}), China(), 2);
  ASSERT_TRUE(due.ok()) << due.status().message();
  EXPECT_EQ(due.value(), (Date{2024, 9, 30}));
  due = PublicationDueDate(Effective({2024, 9, 27}), China(), 3);
  ASSERT_TRUE(due.ok()) << due.status().message();
  EXPECT_EQ(due.value(), (Date{2024, 10, 8}));
}

struct MissingCase {
  const char* name;
  DeadlineInput input;
  int working_days;
  const char* want;
};

class DeadlineDueRejects : public ::testing::TestWithParam<MissingCase> {};

TEST_P(DeadlineDueRejects, SayingWhatIsWrong) {
  Result<Date> due =
      PublicationDueDate(GetParam().input, China(), GetParam().working_days);
  ASSERT_FALSE(due.ok()) << GetParam().name << ": got " << due.value().Iso();
  EXPECT_EQ(due.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(due.status().message().find(GetParam().want), std::string::npos)
      << GetParam().name << ": " << due.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, DeadlineDueRejects,
    ::testing::Values(
        MissingCase{"NoDatesAtAll", DeadlineInput{}, 7,
                    "the date the document took legal effect is missing"},
        MissingCase{"AppealedWithoutSecondInstanceDate",
                    DeadlineInput{Date{2024, 1, 10}, true, std::nullopt}, 7,
                    "the date the second-instance decision took effect is "
                    "missing"},
        MissingCase{"AppealedWithNoDates",
                    DeadlineInput{std::nullopt, true, std::nullopt}, 7,
                    "second-instance decision took effect is missing"},
        MissingCase{"SecondInstanceDateButNotAppealed",
                    DeadlineInput{Date{2024, 1, 10}, false, Date{2024, 3, 1}},
                    7, "not marked as appealed"},
        MissingCase{"SecondInstanceBeforeFirst",
                    DeadlineInput{Date{2024, 3, 1}, true, Date{2024, 1, 10}}, 7,
                    "took effect on 2024-01-10, before the first-instance "
                    "date 2024-03-01"},
        MissingCase{"ImpossibleEffectiveDate", Effective({2023, 2, 29}), 7,
                    "effective date 2023-02-29 is not a valid date"},
        MissingCase{"ImpossibleSecondInstanceDate",
                    DeadlineInput{std::nullopt, true, Date{2024, 4, 31}}, 7,
                    "second-instance effective date 2024-04-31 is not a "
                    "valid date"},
        MissingCase{"ZeroWorkingDays", Effective({2024, 9, 27}), 0,
                    "at least one working day, not 0"}),
    [](const ::testing::TestParamInfo<MissingCase>& info) {
      return std::string(info.param.name);
    });

}  // namespace
}  // namespace wenshu
