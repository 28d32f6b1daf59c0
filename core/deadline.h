// The publication deadline (rules §2, "Timing", Art. 7): a legally effective
// document is published within 7 working days of taking effect; a
// first-instance document that was appealed or protested, within 7 working
// days after the second-instance decision takes effect.
//
// Working days follow the PRC calendar: Saturdays and Sundays are off,
// public holidays (放假) are off, and the official make-up working days on
// weekends (调休上班日) are working days. The holiday calendar is data: the
// State Council's notices come from the npm package chinese-days
// (scripts/holidays.cmake embeds it) and are loaded through
// WorkCalendar::FromJson like any court's own file. A calendar is
// validated completely when loaded and is immutable afterwards, so one
// calendar may be shared by any number of threads. Date is a plain value.
//
// A calendar knows only the years its file covers (those with a holiday):
// outside them it falls back to weekends alone, which is wrong around every
// holiday of an unlisted year; FirstUncoveredYear tells callers so.
#ifndef WENSHU_CORE_DEADLINE_H_
#define WENSHU_CORE_DEADLINE_H_

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/status.h"

namespace wenshu {

// Which days are working days. The default calendar has weekends only and
// no holidays; real calendars come from FromJson.
class WorkCalendar {
 public:
  WorkCalendar() = default;

  // The built-in PRC calendar (the npm package chinese-days: the State
  // Council's holiday notices from 2004 to the package's last year;
  // weekends only outside them). Its source() names the package and
  // version. Aborts if the embedded file is invalid, a build defect the
  // tests catch.
  static const WorkCalendar& China();

  // Loads a calendar file:
  //   {"source": "...", "holidays": ["2024-10-01", ...],
  //    "workdays": ["2024-09-29", ...]}
  // "holidays" (days off) and "workdays" (weekend days that are working
  // days) are required, each an array of ISO dates, possibly empty, or an
  // object whose keys are the dates and whose values are string labels (the
  // form of chinese-days.json, whose "inLieuDays" key is ignored); "source"
  // (a string citing where the dates come from) is optional. Fails with
  // kInvalidInput, the message starting with `source` (a file name or
  // "built-in calendar") and naming the key and the offending value, on:
  // malformed JSON, an unknown key, a missing key or a value of the wrong
  // type, a malformed or impossible date, a date listed twice in one list, a
  // date listed as both a holiday and a workday, and a workday that is not a
  // Saturday or Sunday (make-up days always are: a weekday there is a typo).
  static Result<WorkCalendar> FromJson(std::string_view json,
                                       std::string_view source);

  // Precondition: date.IsValid().
  bool IsWorkingDay(const Date& date) const;

  // The n-th working day after `start` (start itself is not counted, whether
  // or not it is a working day). Returns start when n <= 0. Precondition:
  // start.IsValid().
  Date AddWorkingDays(const Date& start, int n) const;

  // The first year from from.year to to.year with no holiday listed, where
  // only weekends are skipped; nullopt when the calendar covers them all.
  std::optional<int> FirstUncoveredYear(const Date& from, const Date& to) const;

  // The file's "source" field; empty when it had none.
  const std::string& source() const { return source_; }

 private:
  std::vector<Date> holidays_;  // sorted, unique
  std::vector<Date> workdays_;  // sorted, unique, all on weekends
  std::vector<int> years_;      // the years of the holidays, sorted, unique
  std::string source_;
};

// What a document's metadata says about when it took effect. Missing dates
// stay missing: nothing here is inferred.
struct DeadlineInput {
  // When the document became legally effective. For an appealed
  // first-instance document this may hold its own date; it is not used
  // beyond a consistency check.
  std::optional<Date> effective;
  // Appealed (上诉) or protested (抗诉): the deadline runs from the
  // second-instance decision.
  bool appealed = false;
  std::optional<Date> second_instance_effective;
};

// The last day on which the document may be published: `working_days`
// working days after the date it runs from. Fails with kInvalidInput,
// saying what is missing or wrong, when: the document is not appealed and
// has no effective date; it is appealed and has no second-instance date; it
// is not appealed yet has a second-instance date; the second-instance date
// is before the effective date; a date is impossible; working_days < 1.
// Callers hold such documents for review or leave the due date out.
Result<Date> PublicationDueDate(const DeadlineInput& input,
                                const WorkCalendar& calendar,
                                int working_days = 7);

}  // namespace wenshu

#endif  // WENSHU_CORE_DEADLINE_H_
