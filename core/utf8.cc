#include "core/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace wenshu {

char32_t utf8_internal::CodePointBeforeSlow(std::string_view text,
                                           size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

char32_t utf8_internal::CodePointAtSlow(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

size_t WellFormedLength(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c < 0 ? 0 : static_cast<size_t>(i) - pos;
}

bool IsWellFormedUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t n = WellFormedLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Stepped character by character with the inline boundary functions: the
// common characters without a call into ICU.
std::string_view CharsBefore(std::string_view text, size_t pos,
                             size_t max_chars) {
  size_t i = std::min(pos, text.size());
  for (size_t k = 0; k < max_chars && i > 0; ++k)
    i = PreviousCharBoundary(text, i);
  return text.substr(i, pos - i);
}

std::string_view CharsAfter(std::string_view text, size_t pos,
                            size_t max_chars) {
  size_t i = std::min(pos, text.size());
  for (size_t k = 0; k < max_chars && i < text.size(); ++k)
    i = NextCharBoundary(text, i);
  return text.substr(pos, i - pos);
}

size_t utf8_internal::NextCharBoundarySlow(std::string_view text,
                                            size_t pos) {
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = static_cast<int32_t>(std::min(pos, text.size()));
  if (i < n) U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), i, n);
  return static_cast<size_t>(i);
}

size_t utf8_internal::PreviousCharBoundarySlow(std::string_view text,
                                                size_t pos) {
  int32_t i = static_cast<int32_t>(std::min(pos, text.size()));
  if (i > 0) U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, i);
  return static_cast<size_t>(i);
}

size_t CharStart(std::string_view text, size_t pos) {
  if (pos >= text.size()) return std::min(pos, text.size());
  int32_t i = static_cast<int32_t>(pos);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(text.data()), 0, i);
  return static_cast<size_t>(i);
}

size_t Utf8CharCount(std::string_view text) {
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t count = 0;
  for (int32_t i = 0; i < n; ++count) U8_FWD_1(bytes, i, n);
  return count;
}

size_t Utf8Length(char32_t c) { return U8_LENGTH(static_cast<UChar32>(c)); }

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
  out->append(buf, static_cast<size_t>(n));
}

bool IsCjkIdeograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         c == 0x3007;  // 〇
}

}  // namespace wenshu
