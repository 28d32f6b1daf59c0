// UTF-8: the one place Wenshu decodes, encodes and steps through UTF-8.
//
// Every function here goes through ICU's utf8.h macros (U8_NEXT, U8_PREV,
// U8_FWD_1, U8_BACK_1, U8_APPEND_UNSAFE), so all stages agree on what a
// character is, also on invalid input: a lone continuation byte (0x80-0xBF),
// a truncated sequence or an overlong form is one ill-formed "character" of
// its own bytes, decoded as 0 by the code-point functions, and never makes a
// caller step past the end of the text. Stateless and thread-safe. Returned
// views point into the caller's text and live as long as it does.
#ifndef WENSHU_CORE_UTF8_H_
#define WENSHU_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace wenshu {

namespace utf8_internal {
// The general cases of CodePointAt and NextCharBoundary (ICU's macros).
char32_t CodePointAtSlow(std::string_view text, size_t pos);
char32_t CodePointBeforeSlow(std::string_view text, size_t pos);
size_t NextCharBoundarySlow(std::string_view text, size_t pos);
size_t PreviousCharBoundarySlow(std::string_view text, size_t pos);

// True when the three bytes at `pos` are a well-formed character whose lead
// byte is E1-EC or EE-EF: the lead bytes whose second byte may be any
// continuation byte, which covers the CJK ideographs. ICU's macros read
// such a sequence as one character of three bytes, so the inline paths
// below agree with them byte for byte.
inline bool IsPlainThreeByte(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  return lead >= 0xE1 && lead <= 0xEF && lead != 0xED &&
         (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(text[pos + 2]) & 0xC0) == 0x80;
}
}  // namespace utf8_internal

// The code point that ends just before `pos` / starts at `pos`, or 0 at the
// text's edges and for an ill-formed sequence. The ASCII and common
// three-byte cases are decoded inline (here and in the two boundary
// functions below); every other goes through ICU.
inline char32_t CodePointBefore(std::string_view text, size_t pos) {
  if (pos > 0 && pos <= text.size()) {
    const auto last = static_cast<unsigned char>(text[pos - 1]);
    if (last < 0x80) return last;
    if (pos >= 3 && utf8_internal::IsPlainThreeByte(text, pos - 3)) {
      return static_cast<char32_t>(text[pos - 3] & 0x0F) << 12 |
             static_cast<char32_t>(text[pos - 2] & 0x3F) << 6 |
             static_cast<char32_t>(last & 0x3F);
    }
  }
  return utf8_internal::CodePointBeforeSlow(text, pos);
}
inline char32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) return lead;
    if (utf8_internal::IsPlainThreeByte(text, pos)) {
      return static_cast<char32_t>(lead & 0x0F) << 12 |
             static_cast<char32_t>(text[pos + 1] & 0x3F) << 6 |
             static_cast<char32_t>(text[pos + 2] & 0x3F);
    }
  }
  return utf8_internal::CodePointAtSlow(text, pos);
}

// The byte offset of the character after the one starting at `pos` (at
// most text.size()), and of the one before `pos` (at least 0).
inline size_t NextCharBoundary(std::string_view text, size_t pos) {
  if (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) return pos + 1;
    if (utf8_internal::IsPlainThreeByte(text, pos)) return pos + 3;
  }
  return utf8_internal::NextCharBoundarySlow(text, pos);
}
inline size_t PreviousCharBoundary(std::string_view text, size_t pos) {
  if (pos > 0 && pos <= text.size()) {
    if (static_cast<unsigned char>(text[pos - 1]) < 0x80) return pos - 1;
    if (pos >= 3 && utf8_internal::IsPlainThreeByte(text, pos - 3))
      return pos - 3;
  }
  return utf8_internal::PreviousCharBoundarySlow(text, pos);
}

// `pos` moved back to the start of the character it falls in (over at most
// three continuation bytes).
size_t CharStart(std::string_view text, size_t pos);

// The `max_chars` characters before / after `pos`, cut at character
// boundaries.
std::string_view CharsBefore(std::string_view text, size_t pos,
                             size_t max_chars);
std::string_view CharsAfter(std::string_view text, size_t pos,
                            size_t max_chars);

// The length in bytes (1 to 4) of the well-formed character starting at
// `pos`, or 0 when the bytes there are ill-formed or `pos` is at the end.
size_t WellFormedLength(std::string_view text, size_t pos);

// True when every byte of `text` belongs to a well-formed character.
bool IsWellFormedUtf8(std::string_view text);

// A CJK unified ideograph (the basic block, extension A, the compatibility
// block, the supplementary planes' extensions) or 〇.
bool IsCjkIdeograph(char32_t c);
// 0-9; also for a byte of UTF-8 text.
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
// 0-9, A-Z, a-z; also for a byte of UTF-8 text (a byte of a multi-byte
// character, negative as a char, is none of them).
inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

// The number of characters in `text` (an ill-formed sequence counts as
// one).
size_t Utf8CharCount(std::string_view text);

// How many bytes `c` takes in UTF-8 (1 to 4); `c` must be a valid scalar.
size_t Utf8Length(char32_t c);
// Appends `c` (a valid scalar value) to `out` in UTF-8.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace wenshu

#endif  // WENSHU_CORE_UTF8_H_
