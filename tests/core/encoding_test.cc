#include "core/encoding.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace wenshu {
namespace {

const std::string kText = "原告张三，电话13812345678。";

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
                   "UTF-16LE"},
        DecodeCase{"Utf16BigEndianWithByteOrderMark",
                   std::string("\xFE\xFF\x53\x9F\x54\x4A\x00\x41", 8), "原告A",
                   "UTF-16BE"},
        DecodeCase{"Gb18030", "\xD4\xAD\xB8\xE6\xD5\xC5\xC8\xFD", "原告张三",
                   "GB18030"}),
    [](const ::testing::TestParamInfo<DecodeCase>& info) {
      return std::string(info.param.name);
    });

TEST(Encoding, GarbageIsRefusedWithTheByteOffset) {
  const std::string bad("\xD4\xAD\xFF\xFF\xFF", 5);
  Result<DecodedText> d = DecodeToUtf8(bad);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(d.status().message().find("byte"), std::string::npos);
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
