#include "redactors/plate_detector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;
using detector_test::Want;

using PlateDetectorTest =
    detector_test::DetectorTest<PlateDetector, Category::kPlate>;

TEST_P(PlateDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

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
    detector_test::CaseName);

TEST(PlateDetector, HasAStableNameAndFindsItsOwnStarts) {
  PlateDetector detector;
  EXPECT_EQ(detector.name(), "plate");
  // Its starts are found in code (NextStart), not by trigger words.
  EXPECT_TRUE(detector.TriggerWords().empty());
}

// NextStart against a walk over every character: from every position of
// random texts of provinces, other characters that share their bytes,
// letters of both cases and what stands near them, the first province
// with an ASCII letter right after it.
TEST(PlateDetector, NextStartIsTheFirstProvinceBeforeALetter) {
  const std::string provinces =
      "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  std::vector<std::string> pieces = {"A",  "z",  "j",  "Q",  "1",  "9",  "·",
                                     " ",  "@",  "[",  "`",  "{",  "中", "北",
                                     "东", "亰", "，", "AB", "\n", "X1"};
  for (size_t i = 0; i < provinces.size(); i += 3)
    pieces.push_back(provinces.substr(i, 3));
  const auto is_letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  };
  const auto is_province = [&](std::string_view c) {
    for (size_t i = 0; i < provinces.size(); i += 3)
      if (provinces.compare(i, 3, c) == 0) return true;
    return false;
  };
  std::mt19937 random(20261207);
  size_t found = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text;
    for (size_t n = random() % 40; n > 0; --n)
      text += pieces[random() % pieces.size()];
    std::vector<size_t> starts;  // the walk's
    for (size_t at = 0; at + 3 < text.size(); at = NextCharBoundary(text, at)) {
      if (is_province(std::string_view(text).substr(at, 3)) &&
          is_letter(text[at + 3]))
        starts.push_back(at);
    }
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      const auto next = std::lower_bound(starts.begin(), starts.end(), from);
      const size_t want = next == starts.end() ? std::string_view::npos : *next;
      ASSERT_EQ(PlateDetector::NextStart(text, from), want)
          << text << " from " << from;
    }
    found += starts.size();
  }
  EXPECT_GT(found, 500u);
}

}  // namespace
}  // namespace wenshu
