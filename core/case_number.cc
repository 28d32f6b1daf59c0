#include "core/case_number.h"

#include <algorithm>

#include "core/normalized_text.h"
#include "core/regex.h"

namespace wenshu {
namespace {

// (year) court code, case type, sequence 号, 之 suffix. The case type, a
// run of one to eight ideographs, is the run of a BoundedRunRegex.
const BoundedRunRegex& CaseNumberRegex() {
  static const BoundedRunRegex regex({
      .before =
          R"(\(\s?([0-9]{4})\s?\)\s?((?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵](?:\s?[0-9]{1,6})?)|最高法)?\s?)",
      .run = R"(\p{Han})",
      .min = 1,
      .max = 8,
      .lazy = true,
      .after =
          R"(\s?(?:字第\s?)?([0-9]{1,8})\s?号((?:之[一二三四五六七八九十0-9]+)?))",
      .group = 3,
  });
  return regex;
}

CaseNumber FromMatch(std::string_view text, const RegexMatch& m) {
  CaseNumber n;
  n.text = WithoutSpaces(m.groups[0]);
  n.year = std::stoi(std::string(m.groups[1]));
  if (m.matched(2)) n.court_code = WithoutSpaces(m.groups[2]);
  n.type_code = WithoutSpaces(m.groups[3]);
  constexpr std::string_view kOldSuffix = "字第";
  if (n.type_code.size() > kOldSuffix.size() &&
      n.type_code.compare(n.type_code.size() - kOldSuffix.size(),
                          kOldSuffix.size(), kOldSuffix) == 0) {
    n.type_code.resize(n.type_code.size() - kOldSuffix.size());
  }
  constexpr std::string_view kOldMarker = "字";
  if (n.type_code.size() > kOldMarker.size() &&
      n.type_code.compare(n.type_code.size() - kOldMarker.size(),
                          kOldMarker.size(), kOldMarker) == 0) {
    n.type_code.resize(n.type_code.size() - kOldMarker.size());
  }
  n.sequence = std::string(m.groups[4]) + std::string(m.groups[5]);
  n.begin = m.groups[0].data() - text.data();
  n.end = n.begin + m.groups[0].size();
  return n;
}

}  // namespace

std::optional<CaseNumber> FindCaseNumber(std::string_view text, size_t from,
                                         size_t to) {
  // Every case number opens with "(" and a year: look for those with a byte
  // search and run the regex only over the few bytes a case number spans.
  constexpr size_t kMaxCaseNumberBytes = 96;
  to = std::min(to, text.size());
  RegexMatch m;
  for (size_t at = text.find('(', from);
       at != std::string_view::npos && at < to; at = text.find('(', at + 1)) {
    size_t digit = at + 1;
    if (digit < to && text[digit] == ' ') ++digit;
    if (digit + 4 > to ||
        !std::all_of(text.begin() + digit, text.begin() + digit + 4,
                     [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    const size_t end = std::min(to, at + kMaxCaseNumberBytes);
    if (CaseNumberRegex().MatchAt(text, at, end, &m)) {
      CaseNumber n = FromMatch(text, m);
      // 第 without 字 before the number is a certificate's
      // ((2020)朝阳区不动产权第0054321号), never a case's.
      if (std::string_view(n.type_code).ends_with("第")) continue;
      return n;
    }
  }
  return std::nullopt;
}

std::optional<CaseNumber> ParseCaseNumber(std::string_view text) {
  std::optional<CaseNumber> n = FindCaseNumber(text, 0, text.size());
  if (!n || n->begin != 0 || n->end != text.size()) return std::nullopt;
  return n;
}

}  // namespace wenshu
