#include "core/chinese_date.h"

#include <cstdio>

#include "core/regex.h"

namespace wenshu {
namespace {

constexpr std::string_view kDigitChars[] = {"〇", "一", "二", "三", "四",
                                            "五", "六", "七", "八", "九"};

// Value of one numeral character at text[i], advancing i; -1 if none.
int NextDigit(std::string_view text, size_t* i) {
  const char c = text[*i];
  if (c >= '0' && c <= '9') {
    ++*i;
    return c - '0';
  }
  if (c == 'O' || c == 'o') {
    ++*i;
    return 0;
  }
  for (std::string_view zero : {"○", "零", "〇"}) {
    if (text.substr(*i, zero.size()) == zero) {
      *i += zero.size();
      return 0;
    }
  }
  for (int d = 1; d <= 9; ++d) {
    if (text.substr(*i, kDigitChars[d].size()) == kDigitChars[d]) {
      *i += kDigitChars[d].size();
      return d;
    }
  }
  return -1;
}

// Year: four digit characters read one by one.
int ParseYear(std::string_view s) {
  int year = 0, count = 0;
  for (size_t i = 0; i < s.size();) {
    const int d = NextDigit(s, &i);
    if (d < 0) return -1;
    year = year * 10 + d;
    ++count;
  }
  return count == 4 ? year : -1;
}

// Month or day: Arabic digits, or Chinese numerals with 十 (十, 十二, 二十,
// 二十一, 三十一).
int ParseSmall(std::string_view s) {
  if (s.empty()) return -1;
  if (s[0] >= '0' && s[0] <= '9') {
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  constexpr std::string_view kTen = "十";
  const size_t ten = s.find(kTen);
  if (ten == std::string_view::npos) {
    size_t i = 0;
    const int d = NextDigit(s, &i);
    return i == s.size() ? d : -1;
  }
  int tens = 1, units = 0;
  if (ten > 0) {
    size_t i = 0;
    tens = NextDigit(s.substr(0, ten), &i);
    if (tens < 1 || i != ten) return -1;
  }
  std::string_view rest = s.substr(ten + kTen.size());
  if (!rest.empty()) {
    size_t i = 0;
    units = NextDigit(rest, &i);
    if (units < 1 || i != rest.size()) return -1;
  }
  return tens * 10 + units;
}

const Regex& DateRegex() {
  static const Regex regex(
      R"(([〇○零一二三四五六七八九Oo0-9]{4})\s?年\s?([〇一二三四五六七八九十0-9]{1,3})\s?月\s?([〇一二三四五六七八九十0-9]{1,4})\s?日)");
  return regex;
}

const Regex& ChineseNumeralDateRegex() {
  static const Regex regex(
      R"(([〇○零一二三四五六七八九Oo]{4})\s?年\s?([一二三四五六七八九十]{1,3})\s?月\s?([一二三四五六七八九十]{1,4})\s?日)");
  return regex;
}

std::optional<Date> FromGroups(const RegexMatch& m) {
  Date d{ParseYear(m.groups[1]), ParseSmall(m.groups[2]),
                 ParseSmall(m.groups[3])};
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

}  // namespace

std::optional<Date> ParseChineseDate(std::string_view text) {
  RegexMatch m;
  if (!DateRegex().Search(text, 0, &m) || m.groups[0].size() != text.size()) {
    return std::nullopt;
  }
  return FromGroups(m);
}

std::optional<Date> FindLastChineseNumeralDate(std::string_view text,
                                                       size_t from) {
  std::optional<Date> last;
  RegexMatch m;
  size_t pos = from;
  // Every match holds its 年 after four numerals of one or three bytes and
  // an optional space: 4 to 13 bytes after its start. Only the places such
  // a 年 allows are tried, instead of every byte after `from`.
  static const Regex::Anchor kYear{"年", 4, 13};
  while (ChineseNumeralDateRegex().SearchAnchored(text, pos, text.size(), kYear,
                                                  &m)) {
    pos = m.groups[0].data() - text.data() + m.groups[0].size();
    if (std::optional<Date> d = FromGroups(m)) last = d;
  }
  return last;
}

}  // namespace wenshu
