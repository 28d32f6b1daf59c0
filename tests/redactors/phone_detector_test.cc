#include "redactors/phone_detector.h"

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
  PhoneDetector detector;
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
    out.push_back({pos, pos + w.text.size(), Category::kPhone, w.rule});
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

class PhoneDetectorTest : public ::testing::TestWithParam<Case> {};

TEST_P(PhoneDetectorTest, ReportsExactSpans) {
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
    PhoneDetector, PhoneDetectorTest,
    ::testing::Values(
        Case{"MobilePlain", "联系13812345678。", {{"13812345678", "mobile"}}},
        Case{
            "MobileAfterCue", "电话13812345678。", {{"13812345678", "mobile"}}},
        Case{"MobileWithPlus86",
             "电话+8613812345678。",
             {{"+8613812345678", "mobile"}}},
        Case{"MobileWith86",
             "电话8613812345678。",
             {{"8613812345678", "mobile"}}},
        // The whole number and the number without its country code: the
        // redaction pass keeps the longer one.
        Case{"MobileWithPlus86AndSpaces",
             "电话+86 138 1234 5678。",
             {{"+86 138 1234 5678", "mobile"}, {"138 1234 5678", "mobile"}}},
        Case{"MobileWithSpaces",
             "电话138 1234 5678。",
             {{"138 1234 5678", "mobile"}}},
        Case{"MobileWithHyphens",
             "电话138-1234-5678。",
             {{"138-1234-5678", "mobile"}}},
        Case{"MobileSplitThreeEight",
             "电话138-12345678。",
             {{"138-12345678", "mobile"}}},
        Case{"MobileSplitSevenFour",
             "电话1381234-5678。",
             {{"1381234-5678", "mobile"}}},
        Case{"MobileWithFullWidthDigits",
             "电话：１３８１２３４５６７８。",
             {{"13812345678", "mobile"}}},
        Case{"MobileGluedToCjk",
             "联系人张三13812345678李四",
             {{"13812345678", "mobile"}}},
        Case{
            "MobileAfterLetters", "wx13812345678", {{"13812345678", "mobile"}}},
        Case{"MobileBeforeLettersOnlyAtWidest",
             "13812345678ab",
             {},
             std::vector<Want>{{"13812345678", "mobile"}}},
        // Detectors report it; the protected amount keeps it (see
        // redaction_pass_test.cc).
        Case{"MobileShapedAmountIsStillReported",
             "13812345678元",
             {{"13812345678", "mobile"}}},
        Case{"LandlineBeijing",
             "联系010-62345678。",
             {{"010-62345678", "landline"}}},
        // The example of phone_detector.h. Local numbers never start with 1
        // in reality, but this is how the documents and the header write a
        // placeholder landline, and rules §5 deletes every phone number.
        Case{"LandlineAsWrittenInTheHeader",
             "联系010-12345678。",
             {{"010-12345678", "landline"}}},
        Case{"LandlineWithExtension",
             "联系0571-88886666-123。",
             {{"0571-88886666-123", "landline"}}},
        Case{"LandlineSpacedWithExtension",
             "联系0571-8888 8888-123。",
             {{"0571-8888 8888-123", "landline"}}},
        Case{"LandlineBracketedAreaCode",
             "联系(0755)82345678。",
             {{"(0755)82345678", "landline_bracketed"}}},
        Case{"LandlineFullWidthBrackets",
             "联系（０７５５）８２３４５６７８。",
             {{"(0755)82345678", "landline_bracketed"}}},
        // After 电话 whatever number follows is a phone number (the
        // detector's own rule for labels), brackets or not.
        Case{"LandlineBracketedAfterCue",
             "电话（0755）12345678。",
             {{"(0755)12345678", "landline_bracketed"}}},
        Case{"LocalNumberAfterCue",
             "电话88886666。",
             {{"88886666", "landline_cued"}}},
        Case{"LocalNumberWithoutCueIsNotAPhone", "编号88886666。", {}},
        Case{"GluedLandlineAfterCue",
             "电话01062345678。",
             {{"01062345678", "landline_cued"}}},
        Case{"WrongLengthAfterLabel",
             "电话：0571888866661234。",
             {{"0571888866661234", "phone_after_label"}}},
        Case{
            "ElevenDigitsStartingWith12AreNotAMobile", "编号12812345678。", {}},
        Case{"OddGroupingIsNotAMobile", "文号1401040675-1。", {}},
        Case{"TwelveDigitsAreNotAMobile", "编号138123456789。", {}},
        Case{"DateIsNotALandline", "2023-06-01", {}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(PhoneDetector, HasNoTriggersAndAStableName) {
  PhoneDetector detector;
  EXPECT_EQ(detector.name(), "phone");
  EXPECT_TRUE(detector.TriggerPatterns().empty());
  EXPECT_FALSE(detector.ReportsProtected());
}

}  // namespace
}  // namespace wenshu
