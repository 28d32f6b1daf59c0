// Case numbers (案号): "（2023）京0105民初12345号" parsed into year, court
// code, case-type code and sequence. Works on normalized text (half-width
// brackets); tolerates spaces between the parts and the pre-2016 form with
// 字第 ("（2012）朝民初字第01234号"). Stateless and thread-safe.
//
// A CaseNumber owns its strings; begin and end are byte offsets into the
// text that was searched. Text that holds no case number gives nullopt;
// nothing else fails. Precondition for FindCaseNumber: from <= to <=
// text.size().
#ifndef WENSHU_CORE_CASE_NUMBER_H_
#define WENSHU_CORE_CASE_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wenshu {

struct CaseNumber {
  std::string text;  // as written, spaces removed
  int year = 0;
  std::string court_code;  // "京0105", "最高法"; empty in the old form
  std::string type_code;  // "民初", "刑终", "执恢"; "朝民初" in the old form
  std::string sequence;  // "12345", "12345之一"
  size_t begin = 0;      // where it was found, in the searched text
  size_t end = 0;
};

// The first case number in text[from, to), if any.
std::optional<CaseNumber> FindCaseNumber(std::string_view text, size_t from,
                                         size_t to);

// Parses a whole string (for example a case number given in metadata).
std::optional<CaseNumber> ParseCaseNumber(std::string_view text);

}  // namespace wenshu

#endif  // WENSHU_CORE_CASE_NUMBER_H_
