#include "redactors/im_account_detector.h"

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
  ImAccountDetector detector;
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
    out.push_back({pos, pos + w.text.size(), Category::kImAccount, w.rule});
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

class ImAccountDetectorTest : public ::testing::TestWithParam<Case> {};

TEST_P(ImAccountDetectorTest, ReportsExactSpans) {
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
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(ImAccountDetector, TriggersOnItsCueWords) {
  ImAccountDetector detector;
  EXPECT_EQ(detector.name(), "im_account");
  EXPECT_EQ(detector.TriggerPatterns(),
            (std::vector<std::string>{"(?i)qq", "微信"}));
}

}  // namespace
}  // namespace wenshu
