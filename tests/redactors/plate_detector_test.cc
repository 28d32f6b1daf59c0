#include "redactors/plate_detector.h"

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
  PlateDetector detector;
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
    out.push_back({pos, pos + w.text.size(), Category::kPlate, w.rule});
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

class PlateDetectorTest : public ::testing::TestWithParam<Case> {};

TEST_P(PlateDetectorTest, ReportsExactSpans) {
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
    PlateDetector, PlateDetectorTest,
    ::testing::Values(
        Case{"Ordinary", "驾驶京A12345号小型轿车", {{"京A12345", "plate"}}},
        Case{"MiddleDot", "驾驶京A·12345号小型轿车", {{"京A·12345", "plate"}}},
        Case{"KatakanaMiddleDotFolded",
             "驾驶京A・12345号小型轿车",
             {{"京A·12345", "plate"}}},
        Case{"Space", "驾驶京A 12345号小型轿车", {{"京A 12345", "plate"}}},
        Case{"NewEnergySmall",
             "驾驶京AD12345号小型轿车",
             {{"京AD12345", "plate_new_energy"}}},
        Case{"NewEnergyLarge",
             "驾驶粤B12345F号货车",
             {{"粤B12345F", "plate_new_energy"}}},
        Case{"Trailer", "牵引冀B1234挂号挂车", {{"冀B1234挂", "plate"}}},
        Case{"Learner", "驾驶京A1234学号教练车", {{"京A1234学", "plate"}}},
        Case{"Police", "驾驶京A1234警号警车", {{"京A1234警", "plate"}}},
        Case{"FullWidth",
             "驾驶京Ａ１２３４５号小型轿车",
             {{"京A12345", "plate"}}},
        Case{"TwoPlates",
             "京A12345、沪B67890相撞",
             {{"京A12345", "plate"}, {"沪B67890", "plate"}}},
        Case{"LowerCaseWithThreeDigits",
             "驾驶浙j9j631号车",
             {{"浙j9j631", "plate"}}},
        Case{"LowerCaseWithTwoDigitsOnlyAtWidest",
             "驾驶京a1bcd2号车",
             {},
             std::vector<Want>{{"京a1bcd2", "plate"}}},
        Case{"MaskedPlateIsNotAPlate", "驾驶京A×××××号小型轿车", {}},
        Case{"OneDigitIsNotEnough", "京ABCDE1", {}},
        Case{"SixDigitsAreNotAPlate", "京A123456", {}},
        Case{"LetterIIsNeverAnOfficeLetter", "京I12345", {}},
        Case{"NotAProvince", "中A12345", {}},
        Case{"GluedToLetterBefore", "X京A12345", {}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(PlateDetector, HasATriggerAndAStableName) {
  PlateDetector detector;
  EXPECT_EQ(detector.name(), "plate");
  EXPECT_EQ(detector.TriggerPatterns().size(), 1u);
}

}  // namespace
}  // namespace wenshu
