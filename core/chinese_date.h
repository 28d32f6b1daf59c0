// Dates as judgments write them: "二〇二三年六月一日" (Chinese numerals, with
// 〇, ○, O or 零 for zero) in the tail, "2023年6月1日" elsewhere. Stateless
// and thread-safe; works on normalized text. A date that is not a real day
// between 1870 and 2100 (IsValidDate), or text that is no date, gives
// nullopt; nothing else fails. Returned Dates are plain values.
#ifndef WENSHU_CORE_CHINESE_DATE_H_
#define WENSHU_CORE_CHINESE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace wenshu {

// Parses one date written in Chinese numerals or Arabic digits.
std::optional<Date> ParseChineseDate(std::string_view text);

// The last Chinese-numeral date in text[from, end): the decision date sits in
// the tail, after every other date of the judgment.
std::optional<Date> FindLastChineseNumeralDate(std::string_view text,
                                               size_t from);

}  // namespace wenshu

#endif  // WENSHU_CORE_CHINESE_DATE_H_
