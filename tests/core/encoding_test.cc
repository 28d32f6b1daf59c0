#include "core/encoding.h"

#include <gtest/gtest.h>

namespace wenshu {
namespace {

const std::string kText = "原告张三，电话13812345678。";

TEST(Encoding, PlainUtf8) {
  Result<DecodedText> d = DecodeToUtf8(kText);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().utf8, kText);
  EXPECT_EQ(d.value().encoding, "UTF-8");
}

TEST(Encoding, Utf8WithByteOrderMark) {
  Result<DecodedText> d = DecodeToUtf8("\xEF\xBB\xBF" + kText);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().utf8, kText);
  EXPECT_EQ(d.value().encoding, "UTF-8 (BOM)");
}

TEST(Encoding, Utf16LittleEndianWithByteOrderMark) {
  // "原告A" in UTF-16LE: 539F 544A 0041.
  const std::string bytes("\xFF\xFE\x9F\x53\x4A\x54\x41\x00", 8);
  Result<DecodedText> d = DecodeToUtf8(bytes);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().utf8, "原告A");
  EXPECT_EQ(d.value().encoding, "UTF-16LE");
}

TEST(Encoding, Utf16BigEndianWithByteOrderMark) {
  const std::string bytes("\xFE\xFF\x53\x9F\x54\x4A\x00\x41", 8);
  Result<DecodedText> d = DecodeToUtf8(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().utf8, "原告A");
}

TEST(Encoding, Gb18030) {
  // "原告张三" in GB18030/GBK.
  const std::string gbk("\xD4\xAD\xB8\xE6\xD5\xC5\xC8\xFD");
  Result<DecodedText> d = DecodeToUtf8(gbk);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().utf8, "原告张三");
  EXPECT_EQ(d.value().encoding, "GB18030");
}

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
