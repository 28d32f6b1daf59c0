#include "redactors/im_account_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;

using ImAccountDetectorTest =
    detector_test::DetectorTest<ImAccountDetector, Category::kImAccount>;

TEST_P(ImAccountDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    ImAccountDetector, ImAccountDetectorTest,
    ::testing::Values(
        Case{"QqNumberAfterCue", "QQ号12345678。", {{"12345678", "qq_cued"}}},
        Case{"QqLowerCaseWithColon", "qq:12345678,", {{"12345678", "qq_cued"}}},
        Case{"QqFullWidthCue",
             "ＱＱ号码：１２３４５６７８。",
             {{"12345678", "qq_cued"}}},
        Case{"QqWithWei", "QQ号为12345678。", {{"12345678", "qq_cued"}}},
        Case{"QqListAfterOneCue",
             "QQ号12345678、87654321。",
             {{"12345678", "qq_cued"}, {"87654321", "qq_cued_list"}}},
        Case{"QqListJoinedByHe",
             "QQ号码12345678和87654321",
             {{"12345678", "qq_cued"}, {"87654321", "qq_cued_list"}}},
        Case{"QqListOfThree",
             "QQ:12345678,23456789及34567890",
             {{"12345678", "qq_cued"},
              {"23456789", "qq_cued_list"},
              {"34567890", "qq_cued_list"}}},
        Case{"QqTooShort", "QQ号1234。", {}},
        Case{"QqStartingWithZero", "QQ号01234567。", {}},
        Case{"QqGluedToLetters", "QQ号12345678ab", {}},
        Case{"BareNumberWithoutCue", "号码12345678。", {}},
        Case{"WechatIdAfterCue",
             "微信号wxid_abc123。",
             {{"wxid_abc123", "wechat_cued"}}},
        Case{"WechatIdAfterFullWidthColon",
             "微信号：wxid_abc123，",
             {{"wxid_abc123", "wechat_cued"}}},
        Case{"WechatIdAfterBareWechat",
             "微信wxid_abc123",
             {{"wxid_abc123", "wechat_cued"}}},
        Case{"WechatDigitsAfterExplicitCue",
             "微信号13812345678。",
             {{"13812345678", "wechat_cued"}}},
        Case{"WechatDigitsAfterBareWechat", "微信13812345678。", {}},
        Case{"WechatWordIsNotAnId", "微信WeChat", {}},
        Case{"WechatPaymentIsNotAnId", "通过微信转账5000元。", {}}),
    detector_test::CaseName);

TEST(ImAccountDetector, TriggersOnItsCueWords) {
  ImAccountDetector detector;
  EXPECT_EQ(detector.name(), "im_account");
  EXPECT_EQ(detector.TriggerWords(), (std::vector<std::string>{"qq", "微信"}));
}

}  // namespace
}  // namespace wenshu
