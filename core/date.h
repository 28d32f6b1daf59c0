// Date: the one date type of Wenshu, a civil date of the proleptic
// Gregorian calendar, as judgments, metadata and the publication deadline
// use it. Reading dates written in Chinese numerals is chinese_date.h's.
// A plain value: copy freely, no synchronization needed.
//
// Nothing here fails loudly: ParseIso returns nullopt for anything but a
// real YYYY-MM-DD date, and IsValid() says whether a Date built by hand is a
// real day; the day arithmetic requires one (see its preconditions).
#ifndef WENSHU_CORE_DATE_H_
#define WENSHU_CORE_DATE_H_

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace wenshu {

// True for a real day of the Gregorian calendar between 1870 and 2100 (the
// range of birth, offence and decision dates a judgment can carry).
bool IsValidDate(int year, int month, int day);

// A civil date of the proleptic Gregorian calendar. An aggregate, so
// Date{2024, 9, 27} works; nothing checks the fields on construction, so a
// Date built by hand may be impossible (2024-02-30) until IsValid() says
// otherwise. Comparison is chronological for valid dates.
struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // Parses "2024-09-27" (ISO 8601, as metadata writes dates): exactly
  // YYYY-MM-DD, a real date (IsValidDate). nullopt for anything else.
  static std::optional<Date> ParseIso(std::string_view text);
  static Date FromSysDays(std::chrono::sys_days days);

  bool IsValid() const;
  // Preconditions for the rest: IsValid().
  std::chrono::sys_days ToSysDays() const;
  std::chrono::weekday Weekday() const;
  Date AddDays(int days) const;  // days may be negative

  std::string Iso() const;  // "2024-09-27", zero-padded even when invalid

  auto operator<=>(const Date&) const = default;
};

// The wall clock now, in UTC, as "2026-12-06T08:00:00Z" (what the registers
// record when a command is not given a time). The only clock read here.
std::string UtcTimestampNow();

}  // namespace wenshu

#endif  // WENSHU_CORE_DATE_H_
