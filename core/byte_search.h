// FindBytes: the one substring search of Wenshu's own code, for words
// looked up in document text (cue words, names, terms).
//
// In Chinese text a byte search by the first byte (std::string_view::find,
// which calls memchr for it) stops at nearly every character: the lead byte
// of a three-byte character only names its block. Debian 12's glibc has no
// vectorized memmem and reads the text a byte at a time. FindBytes compares
// two bytes of the word at once over 32 positions of the text (16 without
// AVX2, a byte at a time off x86): the last byte of the word and the last
// byte of its first character, in Chinese both continuation bytes, which
// together agree with about one position in 4,000 of ordinary text. Only
// there does it compare the whole word.
//
// Stateless and thread-safe; reads no byte outside `text` and `needle`.
#ifndef WENSHU_CORE_BYTE_SEARCH_H_
#define WENSHU_CORE_BYTE_SEARCH_H_

#include <cstddef>
#include <string_view>

namespace wenshu {

// The start of the first occurrence of `needle` in `text` at or after
// `from`, or npos; npos too for an empty needle and for `from` past the
// end. The same answer as text.find(needle, from) for a non-empty needle.
size_t FindBytes(std::string_view text, std::string_view needle,
                 size_t from = 0);

// The first byte at or after `from` that is an ASCII control (below 0x20)
// or, when `quote_or_backslash`, a '"' or a '\\'; npos when there is none.
// What a JSON string must escape, and what a judgment's text may not hold
// but for tabs and line breaks: sixteen bytes compared at a time, since
// such a byte is rare and the text is long.
size_t FindControlByte(std::string_view text, size_t from,
                       bool quote_or_backslash);

// The first position in [from, to) holding a lead byte (0xC0 or above)
// outside [lo, hi], or `to` when there is none. In well-formed UTF-8 with
// lo, hi = E4, E9: the first character that is neither ASCII nor in
// U+4000-U+9FFF, where most of a judgment's text is; sixteen bytes are
// compared at a time.
size_t FindLeadOutside(std::string_view text, size_t from, size_t to,
                       unsigned char lo, unsigned char hi);

// The first ASCII letter or digit at or after `from`, or npos. Scans for
// the alphanumeric runs of a judgment (identifiers, VINs) step over the
// Chinese text between them, and over its punctuation, which is ASCII once
// normalized; sixteen bytes are compared at a time.
size_t FindAsciiAlnum(std::string_view text, size_t from);
// The first ASCII digit at or after `from`, or npos, the same way.
size_t FindAsciiDigit(std::string_view text, size_t from);

}  // namespace wenshu

#endif  // WENSHU_CORE_BYTE_SEARCH_H_
