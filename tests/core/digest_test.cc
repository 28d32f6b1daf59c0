#include "core/digest.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

struct DigestCase {
  const char* name;
  std::string data;
  std::string hex;
};

class Sha256 : public ::testing::TestWithParam<DigestCase> {};

TEST_P(Sha256, MatchesTheKnownDigest) {
  EXPECT_EQ(Sha256Hex(GetParam().data), GetParam().hex);
}

// FIPS 180-2 test vectors and the digest of a UTF-8 string.
INSTANTIATE_TEST_SUITE_P(
    Vectors, Sha256,
    ::testing::Values(
        DigestCase{"Empty", "",
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
                   "7852b855"},
        DigestCase{"Abc", "abc",
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61"
                   "f20015ad"},
        DigestCase{"TwoBlocks",
                   "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                   "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd4"
                   "19db06c1"},
        DigestCase{"NulBytesCount", std::string("\0", 1),
                   "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a306"
                   "17afa01d"}),
    [](const ::testing::TestParamInfo<DigestCase>& info) {
      return info.param.name;
    });

TEST(Sha256, IsLowerCaseHexOfSixtyFourDigits) {
  const std::string hex = Sha256Hex("原告张三");
  ASSERT_EQ(hex.size(), 64u);
  EXPECT_EQ(hex.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(hex, Sha256Hex("原告张四"));
}

}  // namespace
}  // namespace wenshu
