#include "redactors/bank_account_detector.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;
using detector_test::Want;

using BankAccountDetectorTest =
    detector_test::DetectorTest<BankAccountDetector, Category::kBankAccount>;

TEST_P(BankAccountDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    BankAccountDetector, BankAccountDetectorTest,
    ::testing::Values(
        Case{"IcbcCardWithoutCue",
             "转入6222021001123456789。",
             {{"6222021001123456789", "card_luhn"}}},
        Case{"AbcCardAfterCue",
             "卡号6228480012345678903。",
             {{"6228480012345678903", "card_luhn"}}},
        Case{"CmbCardInFourGroups",
             "银行卡6225 8801 2345 6783。",
             {{"6225 8801 2345 6783", "card_luhn"}}},
        Case{"CardWithFullWidthDigits",
             "卡号６２２８４８００１２３４５６７８９０３。",
             {{"6228480012345678903", "card_luhn"}}},
        Case{"CardGluedToCjk",
             "向张三6222021001123456789转账",
             {{"6222021001123456789", "card_luhn"}}},
        // A card run into other digits goes whole (issue 21).
        Case{"CardWithADigitBeforeItWithoutACue",
             "条码76222021001234561止",
             {{"76222021001234561", "card_embedded_run"}}},
        Case{"CardWithDigitsAfterItWithoutACue",
             "条码622848001234567890359止",
             {{"622848001234567890359", "card_embedded_run"}}},
        Case{"TwoCardsBackToBack",
             "条码62220210012345616228480012345678903止",
             {{"62220210012345616228480012345678903", "card_embedded_run"}}},
        Case{"ALongRunWithoutACardAtAnEndIsKept",
             "条码5555522202100123456177止",
             {}},
        Case{"ACardInItsOwnGroupKeepsItsNeighbour",
             "条码6222021001234561 2024止",
             {{"6222021001234561", "card_luhn"}}},
        Case{"ARunLongerThanAnyAccountAfterACue",
             "账号1234567890123456789012345678901234止",
             {{"1234567890123456789012345678901234", "account_cued_run"}}},
        Case{"CorporateAccountAfterOpeningBank",
             "开户行中国工商银行北京分行，账号0200001234567890123。",
             {{"0200001234567890123", "account_cued"}}},
        Case{"AccountAfterCue",
             "账号1234567890123。",
             {{"1234567890123", "account_cued"}}},
        Case{"AccountBeforeCue",
             "向1234567890123账户转账",
             {{"1234567890123", "account_cued"}}},
        Case{"AccountBeforeCueThreeCharactersOn",
             "付款至1234567890123（农行储蓄卡）",
             {{"1234567890123", "account_cued"}}},
        Case{"AccountBeforeCueFourCharactersOnIsNotCued",
             "付款至1234567890123（另一张银行卡）",
             {}},
        Case{"AccountBeforeCueOnTheNextLineIsNotCued",
             "付款至1234567890123\n银行",
             {}},
        Case{"LuhnFailingNumberAfterCueIsAnAccount",
             "卡号6225880123456784。",
             {{"6225880123456784", "account_cued"}}},
        Case{"LuhnFailingSixteenDigitsWithoutCue",
             "另查明6225880123456784。",
             {}},
        Case{"LuhnValidUnknownPrefixOnlyAtWidest",
             "另查明1234567890123452。",
             {},
             std::vector<Want>{{"1234567890123452", "card_luhn"}}},
        Case{"ShortAccountAfterCueOnlyAtWidest",
             "账号12345678。",
             {},
             std::vector<Want>{{"12345678", "account_cued"}}},
        Case{"GluedToLettersOnlyAtWidest",
             "ABC6222021001123456789",
             {},
             std::vector<Want>{{"6222021001123456789", "card_luhn"}}},
        // The cue right before the number decides; a contract or WeChat
        // mentioned earlier in the sentence does not make a card something
        // else (civil judgments mention 合同 everywhere).
        Case{"CardAfterCueWithContractJustBefore",
             "被告按合同向原告卡号6222021001123456789支付货款。",
             {{"6222021001123456789", "card_luhn"}}},
        Case{"CardAfterCueWithWechatJustBefore",
             "原告通过微信向卡号6222021001123456789转账。",
             {{"6222021001123456789", "card_luhn"}}},
        Case{"AccountAfterCueWithContractJustBefore",
             "被告按合同向原告账号0200001234567890123支付货款。",
             {{"0200001234567890123", "account_cued"}}},
        Case{"SerialNumberIsNotAnAccount", "编号6222021001123456789。", {}},
        Case{"OrderNumberIsNotAnAccount", "订单号6222021001123456789。", {}},
        Case{"InvoiceNumberIsNotAnAccount",
             "发票号码6222021001123456789。",
             {}}),
    detector_test::CaseName);

TEST(BankAccountDetector, Luhn) {
  EXPECT_TRUE(PassesLuhn("79927398713"));
  EXPECT_FALSE(PassesLuhn("79927398710"));
  EXPECT_TRUE(PassesLuhn("6222021001123456789"));
  EXPECT_FALSE(PassesLuhn("6222021001123456788"));
  EXPECT_TRUE(PassesLuhn("6225880123456783"));
  EXPECT_FALSE(PassesLuhn(""));
  EXPECT_FALSE(PassesLuhn("12a4"));
}

TEST(BankAccountDetector, HasNoTriggersAndAStableName) {
  BankAccountDetector detector;
  EXPECT_EQ(detector.name(), "bank_account");
  EXPECT_TRUE(detector.TriggerWords().empty());
}

}  // namespace
}  // namespace wenshu
