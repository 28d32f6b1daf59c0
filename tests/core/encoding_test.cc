#include "core/encoding.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace wenshu {
namespace {

const std::string kText = "原告张三，电话13812345678。";

// Invented text with CRLF line ends, CJK, full-width punctuation and ASCII:
// "渡口茶棚约定：柳青禾租船2艘，\r\n租金按季结清（No.7）。\r\n".
const std::string kMixed =
    "渡口茶棚约定：柳青禾租船2艘，\r\n租金按季结清（No.7）。\r\n";
const std::string kMixedUtf16Le(
    "\x21\x6E\xE3\x53\x36\x83\xDA\x68\xA6\x7E\x9A\x5B\x1A\xFF\xF3\x67\x52\x97"
    "\xBE\x79\xDF\x79\x39\x82\x32\x00\x58\x82\x0C\xFF\x0D\x00\x0A\x00\xDF\x79"
    "\xD1\x91\x09\x63\x63\x5B\xD3\x7E\x05\x6E\x08\xFF\x4E\x00\x6F\x00\x2E\x00"
    "\x37\x00\x09\xFF\x02\x30\x0D\x00\x0A\x00",
    64);
const std::string kMixedUtf16Be(
    "\x6E\x21\x53\xE3\x83\x36\x68\xDA\x7E\xA6\x5B\x9A\xFF\x1A\x67\xF3\x97\x52"
    "\x79\xBE\x79\xDF\x82\x39\x00\x32\x82\x58\xFF\x0C\x00\x0D\x00\x0A\x79\xDF"
    "\x91\xD1\x63\x09\x5B\x63\x7E\xD3\x6E\x05\xFF\x08\x00\x4E\x00\x6F\x00\x2E"
    "\x00\x37\xFF\x09\x30\x02\x00\x0D\x00\x0A",
    64);
const std::string kMixedGb18030(
    "\xB6\xC9\xBF\xDA\xB2\xE8\xC5\xEF\xD4\xBC\xB6\xA8\xA3\xBA\xC1\xF8\xC7\xE0"
    "\xBA\xCC\xD7\xE2\xB4\xAC\x32\xCB\xD2\xA3\xAC\x0D\x0A\xD7\xE2\xBD\xF0\xB0"
    "\xB4\xBC\xBE\xBD\xE1\xC7\xE5\xA3\xA8\x4E\x6F\x2E\x37\xA3\xA9\xA1\xA3\x0D"
    "\x0A",
    55);

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string utf8;
  const char* encoding;  // as DecodedText names it
};

class EncodingDecode : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(EncodingDecode, ToUtf8AndNamesTheEncoding) {
  const DecodeCase& c = GetParam();
  Result<DecodedText> d = DecodeToUtf8(c.bytes);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().utf8, c.utf8);
  EXPECT_EQ(d.value().encoding, c.encoding);
}

// "原告A" is 539F 544A 0041 in UTF-16; "原告张三" is D4AD B8E6 D5C5 C8FD in
// GB18030/GBK.
INSTANTIATE_TEST_SUITE_P(
    Encoding, EncodingDecode,
    ::testing::Values(
        DecodeCase{"PlainUtf8", kText, kText, "UTF-8"},
        DecodeCase{"Utf8WithByteOrderMark", "\xEF\xBB\xBF" + kText, kText,
                   "UTF-8 (BOM)"},
        DecodeCase{"Utf16LittleEndianWithByteOrderMark",
                   std::string("\xFF\xFE\x9F\x53\x4A\x54\x41\x00", 8), "原告A",
                   "UTF-16LE (BOM)"},
        DecodeCase{"Utf16BigEndianWithByteOrderMark",
                   std::string("\xFE\xFF\x53\x9F\x54\x4A\x00\x41", 8), "原告A",
                   "UTF-16BE (BOM)"},
        DecodeCase{"Gb18030", "\xD4\xAD\xB8\xE6\xD5\xC5\xC8\xFD", "原告张三",
                   "GB18030"},
        // Every pair of ASCII letters is also a CJK ideograph in UTF-16, but
        // text that is UTF-8 without a NUL byte is UTF-8.
        DecodeCase{"AsciiLettersAreUtf8NotUtf16", "abcdefgh", "abcdefgh",
                   "UTF-8"},
        // Valid UTF-8 with a NUL that cannot be UTF-16 (odd length) stays
        // UTF-8.
        DecodeCase{"OddLengthWithNulIsUtf8", std::string("1\0002", 3),
                   std::string("1\0002", 3), "UTF-8"}),
    [](const ::testing::TestParamInfo<DecodeCase>& info) {
      return std::string(info.param.name);
    });

// Decoding these bytes gives exactly `utf8` in `encoding`, and encoding
// `utf8` in `encoding` gives back exactly these bytes.
class EncodingRoundTrip : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(EncodingRoundTrip, DecodedAndEncodedAgainGivesTheSameBytes) {
  const DecodeCase& c = GetParam();
  Result<DecodedText> d = DecodeToUtf8(c.bytes);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().utf8, c.utf8);
  EXPECT_EQ(d.value().encoding, c.encoding);
  Result<std::string> e = EncodeFromUtf8(c.utf8, c.encoding);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e.value(), c.bytes);
}

INSTANTIATE_TEST_SUITE_P(
    Encoding, EncodingRoundTrip,
    ::testing::Values(
        DecodeCase{"Utf8WithCrlf", kMixed, kMixed, "UTF-8"},
        DecodeCase{"Utf8WithByteOrderMarkAndCrlf", "\xEF\xBB\xBF" + kMixed,
                   kMixed, "UTF-8 (BOM)"},
        DecodeCase{"Utf16LittleEndianWithoutByteOrderMark", kMixedUtf16Le,
                   kMixed, "UTF-16LE"},
        DecodeCase{"Utf16LittleEndianWithByteOrderMark",
                   "\xFF\xFE" + kMixedUtf16Le, kMixed, "UTF-16LE (BOM)"},
        DecodeCase{"Utf16BigEndianWithoutByteOrderMark", kMixedUtf16Be,
                   kMixed, "UTF-16BE"},
        DecodeCase{"Utf16BigEndianWithByteOrderMark",
                   "\xFE\xFF" + kMixedUtf16Be, kMixed, "UTF-16BE (BOM)"},
        DecodeCase{"Gb18030WithCrlf", kMixedGb18030, kMixed, "GB18030"},
        // No ASCII, so no NUL byte: told by the code points alone.
        DecodeCase{"Utf16LittleEndianChineseOnly",
                   "\xF3\x67\x52\x97\xBE\x79\xDF\x79\x39\x82", "柳青禾租船",
                   "UTF-16LE"},
        DecodeCase{"Utf16BigEndianChineseOnly",
                   "\x67\xF3\x97\x52\x79\xBE\x79\xDF\x82\x39", "柳青禾租船",
                   "UTF-16BE"},
        DecodeCase{"Utf16LittleEndianAsciiOnly",
                   std::string("2\0000\0002\0006\000\r\000\n\000", 12),
                   "2026\r\n", "UTF-16LE"},
        DecodeCase{"Utf16BigEndianAsciiOnly",
                   std::string("\0002\0000\0002\0006\000\r\000\n", 12),
                   "2026\r\n", "UTF-16BE"},
        // A supplementary ideograph (U+20000) as a surrogate pair.
        DecodeCase{"Utf16LittleEndianSurrogatePair",
                   std::string("\x40\xD8\x00\xDC\xBE\x79", 6),
                   "\xF0\xA0\x80\x80禾",
                   "UTF-16LE"},
        DecodeCase{"Utf16BigEndianSurrogatePair", std::string("\xD8\x40\xDC\x00\x79\xBE", 6),
                   "\xF0\xA0\x80\x80禾", "UTF-16BE"},
        // Only the first byte-order mark is the mark; a second is text.
        DecodeCase{"Utf16ByteOrderMarkTwice",
                   std::string("\xFF\xFE\xFF\xFE\x41\x00", 6), "\xEF\xBB\xBF" "A",
                   "UTF-16LE (BOM)"},
        // Even-length GB18030 hanzi read as UTF-16 are Hangul and private
        // use: not UTF-16.
        DecodeCase{"Gb18030EvenLengthHanziAreNotUtf16",
                   "\xC1\xF8\xC7\xE0\xBA\xCC\xD4\xBC\xB6\xA8\xD7\xE2\xBD\xF0",
                   "柳青禾约定租金", "GB18030"},
        // Mostly ASCII letters, whose pairs are CJK ideographs in UTF-16.
        DecodeCase{"Gb18030MostlyAsciiIsNotUtf16",
                   "Ref 2026-17 abcdefghijklmnopqrstuvw \xC1\xF8",
                   "Ref 2026-17 abcdefghijklmnopqrstuvw 柳", "GB18030"},
        // Four-byte GB18030 sequences: U+2122 and U+20000.
        DecodeCase{"Gb18030FourByteSequences",
                   "\xC1\xF8\x81\x36\xBE\x34\x95\x32\x82\x36",
                   "柳™\xF0\xA0\x80\x80", "GB18030"},
        DecodeCase{"EmptyText", "", "", "UTF-8"}),
    [](const ::testing::TestParamInfo<DecodeCase>& info) {
      return std::string(info.param.name);
    });

struct RefusedCase {
  const char* name;
  std::string bytes;
  const char* message;  // a substring of the error
};

class EncodingRefused : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(EncodingRefused, IsInvalidInputNamingTheByte) {
  const RefusedCase& c = GetParam();
  Result<DecodedText> d = DecodeToUtf8(c.bytes);
  ASSERT_FALSE(d.ok()) << d.value().encoding;
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(d.status().message().find(c.message), std::string::npos)
      << d.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Encoding, EncodingRefused,
    ::testing::Values(
        RefusedCase{"Garbage", std::string("\xD4\xAD\xFF\xFF\xFF", 5),
                    "GB18030 to UTF-8 at byte 2"},
        RefusedCase{"Utf16WithByteOrderMarkAndLoneSurrogate",
                    std::string("\xFF\xFE\x41\x00\x00\xD8\x42\x00", 8),
                    "not valid UTF-16LE at byte"},
        RefusedCase{"LoneLowSurrogateWithoutByteOrderMark",
                    std::string("\x42\x00\x00\xDC\x0A\x00", 6), "neither UTF-8"},
        RefusedCase{"Utf8WithByteOrderMarkThenBadByte",
                    "\xEF\xBB\xBF" "ab\xFF", "invalid at byte 5"}),
    [](const ::testing::TestParamInfo<RefusedCase>& info) {
      return std::string(info.param.name);
    });

TEST(Encoding, EveryEncodingCarriesCrlfAndASupplementaryIdeograph) {
  const std::string text = "柳\r\n\xF0\xA0\x80\x80\r\n";
  for (const char* encoding :
       {"UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16LE (BOM)", "UTF-16BE",
        "UTF-16BE (BOM)", "GB18030"}) {
    Result<std::string> bytes = EncodeFromUtf8(text, encoding);
    ASSERT_TRUE(bytes.ok()) << encoding << ": " << bytes.status().message();
    Result<DecodedText> back = DecodeToUtf8(bytes.value());
    ASSERT_TRUE(back.ok()) << encoding << ": " << back.status().message();
    EXPECT_EQ(back.value().utf8, text) << encoding;
    EXPECT_EQ(back.value().encoding, encoding);
  }
}

TEST(Encoding, EncodingTextThatIsNotUtf8IsRefused) {
  Result<std::string> e = EncodeFromUtf8("柳\xFF", "GB18030");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(e.status().message().find("at byte 3"), std::string::npos)
      << e.status().message();
}

TEST(Encoding, UnknownOutputEncodingIsRefused) {
  for (const char* encoding : {"Big5", "GB18030 (BOM)", "utf-16", "", "UTF-8 "}) {
    Result<std::string> e = EncodeFromUtf8("柳", encoding);
    ASSERT_FALSE(e.ok()) << encoding;
    EXPECT_EQ(e.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(e.status().message().find("no such output encoding"),
              std::string::npos);
  }
}

TEST(Encoding, FirstInvalidUtf8) {
  EXPECT_FALSE(FirstInvalidUtf8(kText).has_value());
  EXPECT_EQ(FirstInvalidUtf8("ab\xE5\x8E"),
            std::optional<size_t>(2));  // truncated
  EXPECT_EQ(FirstInvalidUtf8("a\xED\xA0\x80"),
            std::optional<size_t>(1));  // surrogate
  EXPECT_EQ(FirstInvalidUtf8("\xC0\xAF"),
            std::optional<size_t>(0));  // overlong
  EXPECT_EQ(FirstInvalidUtf8("\xF0\x9F\x98\x80x\x80"),
            std::optional<size_t>(5));
}

}  // namespace
}  // namespace wenshu
