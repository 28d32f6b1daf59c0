#include "redactors/plate_detector.h"

#include <gtest/gtest.h>

#include <vector>

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

TEST(PlateDetector, HasATriggerAndAStableName) {
  PlateDetector detector;
  EXPECT_EQ(detector.name(), "plate");
  EXPECT_EQ(detector.TriggerWords().size(), 31u);  // the provinces
}

}  // namespace
}  // namespace wenshu
