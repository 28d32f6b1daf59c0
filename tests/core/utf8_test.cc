#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

// "a" (1 byte), "é" (2), "张" (3), "𠀀" (4): one character of each length.
const std::string kMixed = "a\xC3\xA9\xE5\xBC\xA0\xF0\xA0\x80\x80";

struct CodePointCase {
  const char* name;
  std::string text;
  size_t pos;
  char32_t at;
  char32_t before;
};

class CodePoints : public ::testing::TestWithParam<CodePointCase> {};

TEST_P(CodePoints, AtAndBefore) {
  const CodePointCase& c = GetParam();
  EXPECT_EQ(CodePointAt(c.text, c.pos), c.at);
  EXPECT_EQ(CodePointBefore(c.text, c.pos), c.before);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, CodePoints,
    ::testing::Values(
        CodePointCase{"StartOfText", kMixed, 0, U'a', 0},
        CodePointCase{"TwoByte", kMixed, 1, U'é', U'a'},
        CodePointCase{"ThreeByte", kMixed, 3, U'张', U'é'},
        CodePointCase{"FourByte", kMixed, 6, U'\U00020000', U'张'},
        CodePointCase{"EndOfText", kMixed, 10, 0, U'\U00020000'},
        CodePointCase{"PastTheEnd", kMixed, 11, 0, 0},
        CodePointCase{"LoneContinuationByte", "a\x80z", 1, 0, U'a'},
        CodePointCase{"AfterLoneContinuationByte", "a\x80z", 2, U'z', 0},
        CodePointCase{"TruncatedSequence", "\xE5\xBCz", 0, 0, 0},
        CodePointCase{"OverlongSlash", "\xC0\xAF", 0, 0, 0},
        CodePointCase{"Surrogate", "\xED\xA0\x80", 0, 0, 0}),
    [](const ::testing::TestParamInfo<CodePointCase>& info) {
      return info.param.name;
    });

struct BoundaryCase {
  const char* name;
  std::string text;
  size_t pos;
  size_t next;
  size_t previous;
  size_t start;
};

class Boundaries : public ::testing::TestWithParam<BoundaryCase> {};

TEST_P(Boundaries, NextPreviousAndStart) {
  const BoundaryCase& c = GetParam();
  EXPECT_EQ(NextCharBoundary(c.text, c.pos), c.next);
  EXPECT_EQ(PreviousCharBoundary(c.text, c.pos), c.previous);
  EXPECT_EQ(CharStart(c.text, c.pos), c.start);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, Boundaries,
    ::testing::Values(
        BoundaryCase{"Ascii", kMixed, 0, 1, 0, 0},
        BoundaryCase{"TwoByteLead", kMixed, 1, 3, 0, 1},
        BoundaryCase{"InsideTwoByte", kMixed, 2, 3, 1, 1},
        BoundaryCase{"ThreeByteLead", kMixed, 3, 6, 1, 3},
        BoundaryCase{"LastByteOfThree", kMixed, 5, 6, 3, 3},
        // Inside a character, the next boundary is the next byte: a trail byte
        // on its own is ill-formed.
        BoundaryCase{"InsideFourByte", kMixed, 8, 9, 6, 6},
        BoundaryCase{"EndOfText", kMixed, 10, 10, 6, 10},
        BoundaryCase{"PastTheEndIsClamped", kMixed, 99, 10, 6, 10},
        // An ill-formed byte is a character of its own: stepping never
        // skips the valid text after it.
        BoundaryCase{"LoneContinuationByte", "a\x80z", 1, 2, 0, 1},
        BoundaryCase{"AfterLoneContinuationByte", "a\x80z", 2, 3, 1, 2},
        BoundaryCase{"TruncatedAtEnd", "ab\xE5\xBC", 4, 4, 2, 4}),
    [](const ::testing::TestParamInfo<BoundaryCase>& info) {
      return info.param.name;
    });

TEST(Utf8, WellFormedLengthIsZeroForIllFormedBytesAndAtTheEnd) {
  EXPECT_EQ(WellFormedLength("a", 0), 1u);
  EXPECT_EQ(WellFormedLength("中", 0), 3u);
  EXPECT_EQ(WellFormedLength("\xF0\xA0\x80\x80", 0), 4u);
  EXPECT_EQ(WellFormedLength("中", 1), 0u);          // a continuation byte
  EXPECT_EQ(WellFormedLength("\xE4\xB8", 0), 0u);    // truncated
  EXPECT_EQ(WellFormedLength("\xC0\xAF", 0), 0u);    // overlong
  EXPECT_EQ(WellFormedLength("\xED\xA0\x80", 0), 0u);  // a surrogate
  EXPECT_EQ(WellFormedLength("a", 1), 0u);
}

TEST(Utf8, CharsBeforeAndAfterCutAtCharacterBoundaries) {
  const std::string text = "原告张三住北京";
  EXPECT_EQ(CharsBefore(text, 12, 2), "张三");
  EXPECT_EQ(CharsAfter(text, 12, 2), "住北");
  EXPECT_EQ(CharsBefore(text, 6, 10), "原告");  // fewer than asked
  EXPECT_EQ(CharsAfter(text, 15, 10), "北京");
  EXPECT_EQ(CharsBefore(text, 0, 3), "");
  EXPECT_EQ(CharsAfter(text, text.size(), 3), "");
  EXPECT_EQ(CharsBefore(text, 12, 0), "");
}

TEST(Utf8, CharsAfterCountsMixedWidths) {
  EXPECT_EQ(CharsAfter(kMixed, 0, 3), "a\xC3\xA9\xE5\xBC\xA0");
  EXPECT_EQ(CharsBefore(kMixed, kMixed.size(), 1), "\xF0\xA0\x80\x80");
}

struct EncodeCase {
  char32_t c;
  std::string utf8;
};

class Encoding : public ::testing::TestWithParam<EncodeCase> {};

TEST_P(Encoding, LengthAndBytes) {
  EXPECT_EQ(Utf8Length(GetParam().c), GetParam().utf8.size());
  std::string out = "x";
  AppendUtf8(GetParam().c, &out);
  EXPECT_EQ(out, "x" + GetParam().utf8);
}

INSTANTIATE_TEST_SUITE_P(
    EveryLength, Encoding,
    ::testing::Values(EncodeCase{U'\0', std::string(1, '\0')},
                      EncodeCase{U'\x7F', "\x7F"},
                      EncodeCase{U'\x80', "\xC2\x80"},
                      EncodeCase{U'\u07FF', "\xDF\xBF"},
                      EncodeCase{U'\u0800', "\xE0\xA0\x80"},
                      EncodeCase{U'张', "\xE5\xBC\xA0"},
                      EncodeCase{U'\uFFFF', "\xEF\xBF\xBF"},
                      EncodeCase{U'\U00010000', "\xF0\x90\x80\x80"},
                      EncodeCase{U'\U0010FFFF', "\xF4\x8F\xBF\xBF"}));

struct StartCase {
  size_t pos;
  size_t want;
};

class CharStartCases : public ::testing::TestWithParam<StartCase> {};

TEST_P(CharStartCases, StepsBackToTheLeadByte) {
  const std::string text = "a张三";  // a: 0, 张: 1-3, 三: 4-6
  EXPECT_EQ(CharStart(text, GetParam().pos), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(Offsets, CharStartCases,
                         ::testing::Values(StartCase{0, 0}, StartCase{1, 1},
                                           StartCase{2, 1}, StartCase{3, 1},
                                           StartCase{4, 4}, StartCase{6, 4},
                                           StartCase{7, 7}, StartCase{50, 7}));

TEST(Utf8, CharCountCountsEachIllFormedSequenceOnce) {
  EXPECT_EQ(Utf8CharCount(""), 0u);
  EXPECT_EQ(Utf8CharCount("ab"), 2u);
  EXPECT_EQ(Utf8CharCount("张三丰"), 3u);
  EXPECT_EQ(Utf8CharCount("张A·\xF0\x9F\x98\x80"), 4u);  // 张 A · 😀
  EXPECT_EQ(Utf8CharCount("\x80\x80"), 2u);  // lone continuation bytes
  EXPECT_EQ(Utf8CharCount("\xE5\xBC"), 1u);  // truncated 张, at the end
  EXPECT_EQ(Utf8CharCount("\xE5\xBC"
                          "a"),
            2u);  // truncated, then a letter
}

TEST(Utf8, DecodingWhatWasEncodedGivesItBack) {
  for (char32_t c : {U'a', U'·', U'〇', U'𠀀', U'\uFEFF'}) {
    std::string s;
    AppendUtf8(c, &s);
    EXPECT_EQ(CodePointAt(s, 0), c);
    EXPECT_EQ(CodePointBefore(s, s.size()), c);
    EXPECT_EQ(NextCharBoundary(s, 0), s.size());
  }
}

// The inline paths of CodePointAt, CodePointBefore, NextCharBoundary and
// PreviousCharBoundary (ASCII and the common three-byte characters) must
// agree with ICU's macros on every input, well-formed or not: every lead
// byte with every second byte, third bytes from each class, cut short at
// each length.
TEST(Utf8, InlinePathsAgreeWithIcuOnEveryLeadAndTrailByte) {
  const unsigned char kThird[] = {0x00, 0x41, 0x7F, 0x80, 0x9F,
                                  0xA0, 0xBF, 0xC0, 0xE5, 0xFF};
  size_t compared = 0;
  for (int lead = 0; lead < 256; ++lead) {
    for (int second = 0; second < 256; ++second) {
      for (unsigned char third : kThird) {
        const std::string bytes = {'x', static_cast<char>(lead),
                                   static_cast<char>(second),
                                   static_cast<char>(third), 'y'};
        for (size_t length = 2; length <= bytes.size(); ++length) {
          const std::string_view text(bytes.data(), length);
          for (size_t pos = 0; pos <= length; ++pos) {
            ASSERT_EQ(CodePointAt(text, pos),
                      utf8_internal::CodePointAtSlow(text, pos))
                << lead << " " << second << " " << int{third} << " at "
                << pos << " of " << length;
            ASSERT_EQ(NextCharBoundary(text, pos),
                      utf8_internal::NextCharBoundarySlow(text, pos))
                << lead << " " << second << " " << int{third} << " at "
                << pos << " of " << length;
            ASSERT_EQ(CodePointBefore(text, pos),
                      utf8_internal::CodePointBeforeSlow(text, pos))
                << lead << " " << second << " " << int{third} << " before "
                << pos << " of " << length;
            ASSERT_EQ(PreviousCharBoundary(text, pos),
                      utf8_internal::PreviousCharBoundarySlow(text, pos))
                << lead << " " << second << " " << int{third} << " before "
                << pos << " of " << length;
            ++compared;
          }
        }
      }
    }
  }
  EXPECT_GT(compared, size_t{2'000'000});
}

}  // namespace
}  // namespace wenshu
