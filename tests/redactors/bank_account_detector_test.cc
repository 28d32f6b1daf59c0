#include "redactors/bank_account_detector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "pipeline/normalized_text.h"

namespace wenshu {
namespace {

// A span the detector should report, located by its text in the normalized
// input (the `occurrence`-th match, counting from 0).
struct Want {
  Want(std::string t, std::string r, int o = 0)
      : text(std::move(t)), rule(std::move(r)), occurrence(o) {}
  std::string text;
  std::string rule;
  int occurrence;
};

struct Found {
  size_t begin = 0;
  size_t end = 0;
  Category category = Category::kProtected;
  std::string rule;

  bool operator==(const Found&) const = default;
  bool operator<(const Found& o) const {
    return std::tie(begin, end, rule) < std::tie(o.begin, o.end, o.rule);
  }
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << CategoryName(f.category) << "/" << f.rule << "[" << f.begin
            << "," << f.end << ")";
}

// Normalizes `input` and runs the detector on the normalized text.
std::vector<Found> Detect(const std::string& input, Strictness strictness,
                          std::string* normalized) {
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok()) << n.status().message();
  if (!n.ok()) return {};
  *normalized = n.value().text();
  ScanContext context(*normalized, strictness);
  BankAccountDetector detector;
  std::vector<Span> spans;
  const Status status = detector.Detect(context, &spans);
  EXPECT_TRUE(status.ok()) << status.message();
  std::vector<Found> found;
  for (const Span& s : spans) {
    EXPECT_FALSE(s.reason.empty()) << s.rule;
    found.push_back({s.begin, s.end, s.category, std::string(s.rule)});
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<Found> Locate(const std::string& text,
                          const std::vector<Want>& wants) {
  std::vector<Found> out;
  for (const Want& w : wants) {
    size_t pos = text.find(w.text);
    for (int k = 0; k < w.occurrence && pos != std::string::npos; ++k) {
      pos = text.find(w.text, pos + 1);
    }
    EXPECT_NE(pos, std::string::npos)
        << "\"" << w.text << "\" not in \"" << text << "\"";
    if (pos == std::string::npos) continue;
    out.push_back({pos, pos + w.text.size(), Category::kBankAccount, w.rule});
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Case {
  Case(const char* n, std::string in, std::vector<Want> s,
       std::optional<std::vector<Want>> w = std::nullopt)
      : name(n),
        input(std::move(in)),
        standard(std::move(s)),
        widest(std::move(w)) {}
  const char* name;
  std::string input;
  std::vector<Want> standard;
  std::optional<std::vector<Want>> widest;  // nullopt: the same as standard
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class BankAccountDetectorTest : public ::testing::TestWithParam<Case> {};

TEST_P(BankAccountDetectorTest, ReportsExactSpans) {
  const Case& c = GetParam();
  std::string text;
  const std::vector<Found> standard =
      Detect(c.input, Strictness::kStandard, &text);
  EXPECT_EQ(standard, Locate(text, c.standard))
      << "kStandard on \"" << text << "\"";
  const std::vector<Found> widest = Detect(c.input, Strictness::kWidest, &text);
  EXPECT_EQ(widest, Locate(text, c.widest.value_or(c.standard)))
      << "kWidest on \"" << text << "\"";
}

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
        Case{"CorporateAccountAfterOpeningBank",
             "开户行中国工商银行北京分行，账号0200001234567890123。",
             {{"0200001234567890123", "account_cued"}}},
        Case{"AccountAfterCue",
             "账号1234567890123。",
             {{"1234567890123", "account_cued"}}},
        Case{"AccountBeforeCue",
             "向1234567890123账户转账",
             {{"1234567890123", "account_cued"}}},
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
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

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
  EXPECT_TRUE(detector.TriggerPatterns().empty());
}

}  // namespace
}  // namespace wenshu
