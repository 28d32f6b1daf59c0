#include "core/hmac.h"

#include <gtest/gtest.h>

#include <string>

#include "core/digest.h"

namespace wenshu {
namespace {

struct HmacCase {
  const char* name;
  std::string key;
  std::string message;
  std::string hex;
};

class HmacSha256Vectors : public ::testing::TestWithParam<HmacCase> {};

TEST_P(HmacSha256Vectors, MatchesTheKnownMac) {
  EXPECT_EQ(HmacSha256Hex(GetParam().key, GetParam().message), GetParam().hex);
}

// RFC 4231, test cases 1, 2, 3 and 6 (a key longer than the block is
// hashed first).
INSTANTIATE_TEST_SUITE_P(
    Rfc4231, HmacSha256Vectors,
    ::testing::Values(
        HmacCase{"ShortKey", std::string(20, '\x0b'), "Hi There",
                 "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32"
                 "cff7"},
        HmacCase{"KeyShorterThanTheMac", "Jefe", "what do ya want for nothing?",
                 "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec"
                 "3843"},
        HmacCase{"CombinedLengthAboveABlock", std::string(20, '\xaa'),
                 std::string(50, '\xdd'),
                 "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced5"
                 "65fe"},
        HmacCase{"KeyLongerThanABlock", std::string(131, '\xaa'),
                 "Test Using Larger Than Block-Size Key - Hash Key First",
                 "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee3"
                 "7f54"}),
    [](const ::testing::TestParamInfo<HmacCase>& info) {
      return info.param.name;
    });

TEST(HmacSha256, OneEngineGivesEachMessageItsOwnMac) {
  HmacSha256 engine("Jefe");
  const std::string first = engine.Hex("what do ya want for nothing?");
  EXPECT_EQ(engine.Hex("Hi There"), HmacSha256Hex("Jefe", "Hi There"));
  EXPECT_EQ(engine.Hex("what do ya want for nothing?"), first);
}

TEST(HmacSha256, IsNeitherTheMessageNorItsPlainDigest) {
  const std::string name = "王小明";
  const std::string mac = HmacSha256Hex(std::string(32, 'k'), name);
  EXPECT_EQ(mac.size(), 64u);
  EXPECT_EQ(mac.find(name), std::string::npos);
  EXPECT_NE(mac, Sha256Hex(name));
  EXPECT_NE(mac, HmacSha256Hex(std::string(32, 'j'), name));
}

TEST(HmacSha256, EmptyKeyAndMessageAreAllowed) {
  // RFC 2104 with an empty key: the pads alone.
  EXPECT_EQ(HmacSha256Hex("", ""),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5"
            "ad");
}

}  // namespace
}  // namespace wenshu
