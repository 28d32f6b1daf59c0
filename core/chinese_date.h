// Dates as judgments write them: "二〇二三年六月一日" (Chinese numerals, with
// 〇, ○, O or 零 for zero) in the tail, "2023年6月1日" elsewhere. Stateless
// and thread-safe; works on normalized text.
#ifndef WENSHU_CORE_CHINESE_DATE_H_
#define WENSHU_CORE_CHINESE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace wenshu {

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  std::string Iso() const;  // "2023-06-01"
  bool operator==(const CalendarDate&) const = default;
};

// True for a real day of the Gregorian calendar between 1870 and 2100
// (the range of birth and decision dates a judgment can carry).
bool IsValidDate(int year, int month, int day);

// Parses "2023-06-01" (ISO 8601, as metadata writes dates).
std::optional<CalendarDate> ParseIsoDate(std::string_view text);

// Parses one date written in Chinese numerals or Arabic digits.
std::optional<CalendarDate> ParseChineseDate(std::string_view text);

// The last Chinese-numeral date in text[from, end): the decision date sits in
// the tail, after every other date of the judgment.
std::optional<CalendarDate> FindLastChineseNumeralDate(std::string_view text,
                                                       size_t from);

}  // namespace wenshu

#endif  // WENSHU_CORE_CHINESE_DATE_H_
