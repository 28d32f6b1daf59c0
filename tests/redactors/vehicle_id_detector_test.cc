#include "redactors/vehicle_id_detector.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/regex.h"
#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;
using detector_test::Want;

using VehicleIdDetectorTest =
    detector_test::DetectorTest<VehicleIdDetector, Category::kVehicleId>;

TEST_P(VehicleIdDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

// Invented VINs: LSVAM4187C2184847 and LFV3A23CXK3065721 carry valid check
// digits (7 and X); LSVAM4180C2184847 is the first with a wrong one.
INSTANTIATE_TEST_SUITE_P(
    Vin, VehicleIdDetectorTest,
    ::testing::Values(
        Case{"CheckDigitValidWithoutCue",
             "原告购买的LSVAM4187C2184847号车辆已交付",
             {{"LSVAM4187C2184847", "vin_checked"}}},
        Case{"CheckDigitX",
             "车辆LFV3A23CXK3065721已过户",
             {{"LFV3A23CXK3065721", "vin_checked"}}},
        Case{"FullWidthVin",
             "车辆ＬＳＶＡＭ４１８７Ｃ２１８４８４７已过户",
             {{"LSVAM4187C2184847", "vin_checked"}}},
        Case{"ValidVinAfterCueIsChecked",
             "车架号：LSVAM4187C2184847，",
             {{"LSVAM4187C2184847", "vin_checked"}}},
        Case{"LettersIOQTypedForDigitsAfterCue",
             "车架号是LIZDPBJ0670002703，",
             {{"LIZDPBJ0670002703", "vin_cued"}}},
        Case{"BadCheckDigitAfterCue",
             "车架号：LSVAM4180C2184847，",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueWithCodeAndColon",
             "车架号码：LSVAM4180C2184847。",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueVehicleIdentificationCode",
             "车辆识别代号为LSVAM4180C2184847的轿车",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueVehicleIdentificationCodeVariant",
             "车辆识别代码是LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueVehicleIdentificationNumber",
             "车辆识别号 LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueVinCode",
             "VIN码:LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueVinGluedToTheNumber",
             "VINLSVAM4180C2184847。",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueChassisNumber",
             "底盘号LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueWithAliasInBrackets",
             "车辆识别代号（车架号）：LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"CueWithAliasAfterSlash",
             "车架号/VIN：LSVAM4180C2184847",
             {{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"AllDigitsAfterCue",
             "车架号11010519800101123",
             {{"11010519800101123", "vin_cued"}}},
        Case{"LowerCaseAfterCue",
             "车架号lsvam4180c2184847",
             {{"lsvam4180c2184847", "vin_cued"}}},
        Case{"TwoVinsInAList",
             "车架号分别为LSVAM4187C2184847、LFV3A23CXK3065721",
             {{"LSVAM4187C2184847", "vin_checked"},
              {"LFV3A23CXK3065721", "vin_checked"}}},
        Case{"LetterOAfterCue",
             "车架号LSVAM418OC2184847",
             {{"LSVAM418OC2184847", "vin_cued"}}},
        Case{"DistantCueOnlyAtWidest",
             "车架号（见附表）为LSVAM4180C2184847",
             {},
             std::vector<Want>{{"LSVAM4180C2184847", "vin_cued"}}},
        Case{"BadCheckDigitWithoutCue", "编号LSVAM4180C2184847", {}},
        Case{"LowerCaseWithoutCue", "编号lsvam4187c2184847", {}},
        Case{"IdNumberIsNotAVin", "公民身份号码110105198001011238", {}},
        Case{"IdNumberAfterVinCueIsNotAVin", "车架号110105198001011238", {}},
        Case{"PrefixOfALongerDigitRun", "流水号12345678901234567890", {}},
        Case{"PrefixOfALongerRunAfterCue", "车架号LSVAM4180C21848471", {}},
        Case{"CreditCodeIsNotAVin", "统一社会信用代码91310115MA1K3B2C4X", {}},
        // Position 9 has weight 0: this licence number passes the VIN check.
        Case{"LicenceNumberWithAValidCheckDigit",
             "执业证号13101201910523467",
             {}},
        Case{"AllDigitsWithAValidCheckDigitWithoutCue",
             "借款合同11010519100101123",
             {}},
        Case{"PhoneNumber", "电话13812345678", {}},
        Case{"CaseNumber", "(2023)京0105民初12345号", {}},
        Case{"LetterBeforeMakesARunOf18", "XLSVAM4187C2184847", {}},
        Case{"LetterAfterMakesARunOf18", "LSVAM4187C2184847A", {}},
        Case{"JoinedByAHyphenToALongerCode", "PO-LSVAM4187C2184847", {}},
        Case{"JoinedByAnUnderscoreAfter", "LSVAM4187C2184847_01", {}},
        Case{"AsciiCueInsideAWord", "DAVIN:LSVAM4180C2184847", {}},
        Case{"PolicyNumber", "保单号ABEJ11002022B000123456", {}},
        Case{"MaskedVin", "车架号×××××××××××××××××", {}},
        Case{"MaskedVinThenANumberAtWidest",
             "车架号×××××××××××××××××（LSVAM4180C2184847）",
             {}}),
    detector_test::CaseName);

INSTANTIATE_TEST_SUITE_P(
    EngineNumber, VehicleIdDetectorTest,
    ::testing::Values(
        Case{"AfterCueWithColon",
             "发动机号：4G15A123456，",
             {{"4G15A123456", "engine_number_cued"}}},
        Case{"CodeCueWithHyphen",
             "发动机号码为JL474Q-2019123。",
             {{"JL474Q-2019123", "engine_number_cued"}}},
        Case{"SerialCueWithSpace",
             "发动机编号 B12 345678。",
             {{"B12 345678", "engine_number_cued"}}},
        Case{"SpaceBeforeADateEndsTheNumber",
             "发动机号AB12345 2019年5月购买",
             {{"AB12345", "engine_number_cued"}}},
        Case{"SpaceBeforeAVinEndsTheNumber",
             "发动机号123456 LSVAM4180C2184847",
             {{"123456", "engine_number_cued"}}},
        Case{"EngineAndVin",
             "发动机号为123456，车架号为LSVAM4180C2184847",
             {{"123456", "engine_number_cued"},
              {"LSVAM4180C2184847", "vin_cued"}}},
        Case{"FiveCharacters",
             "发动机号A1234",
             {{"A1234", "engine_number_cued"}}},
        Case{"TwentyCharacters",
             "发动机号AB345678901234567890",
             {{"AB345678901234567890", "engine_number_cued"}}},
        Case{"DistantCueOnlyAtWidest",
             "发动机号（原）为AB12345",
             {},
             std::vector<Want>{{"AB12345", "engine_number_cued"}}},
        Case{"TooShort", "发动机号1234", {}},
        Case{"TooLong", "发动机号ABC345678901234567890", {}},
        Case{"NoDigit", "发动机号ABCDEFG", {}},
        Case{"TwoHyphensAreAnotherCode", "发动机号AB-123-456", {}},
        Case{"EngineModelIsNotANumber", "发动机型号4G15T，排量1.5L", {}},
        Case{"CueWithoutNumber", "发动机号码不详，", {}},
        Case{"MaskedEngineNumber", "发动机号××××××× 20190501", {}}),
    detector_test::CaseName);

TEST(VehicleIdDetector, CheckDigit) {
  EXPECT_TRUE(IsValidVin("LSVAM4187C2184847"));
  EXPECT_TRUE(IsValidVin("LFV3A23CXK3065721"));
  EXPECT_FALSE(IsValidVin("LSVAM4180C2184847"));
  EXPECT_FALSE(IsValidVin("lsvam4187c2184847"));   // lower case
  EXPECT_FALSE(IsValidVin("LSVAM4187C218484"));    // 16 characters
  EXPECT_FALSE(IsValidVin("LSVAM4187C2184847A"));  // 18 characters
  EXPECT_FALSE(IsValidVin("LSVAM4187C21848I7"));   // I is not a VIN letter
}

TEST(VehicleIdDetector, HasTriggersAndAStableName) {
  VehicleIdDetector detector;
  EXPECT_EQ(detector.name(), "vehicle_id");
  EXPECT_FALSE(detector.TriggerWords().empty());
}

// The detector set skips a detector none of whose triggers match: every
// text in which the detector finds something must match a trigger, and
// texts with no cue and no VIN shape must not.
TEST(VehicleIdDetector, TriggersCoverWhatItFinds) {
  VehicleIdDetector detector;
  const LiteralAutomaton triggers(detector.TriggerWords(), AsciiCase::kFold);
  auto triggered = [&](const std::string& text) {
    bool found = false;
    triggers.ForEachEnd(text, [&](size_t, size_t) { return !(found = true); });
    return found || detector.TriggeredInCode(text);
  };
  for (const std::string text :
       {"原告购买的LSVAM4187C2184847号车辆", "车辆12345678L12345678",
        "车架号11010519800101123", "VINLSVAM4180C2184847",
        "发动机号码为JL474Q-2019123", "底盘号LSVAM4180C2184847",
        "车辆识别代码是LSVAM4180C2184847"}) {
    EXPECT_TRUE(triggered(text)) << text;
  }
  for (const std::string text :
       {"公民身份号码110105198001011238", "电话13812345678",
        "执业证号13101201910523467", "(2023)京0105民初12345号"}) {
    EXPECT_FALSE(triggered(text)) << text;
  }
}

// The VIN shape checked in code says what the pattern it replaced says (17
// characters of the VIN alphabet, one a letter, written as one alternative
// per position of the first letter), on random runs of digits, VIN
// letters, the letters a VIN leaves out, lower case and Chinese.
TEST(VehicleIdDetector, ShapeInCodeAgreesWithItsPattern) {
  std::string shape;
  for (int k = 0; k < 17; ++k) {
    if (k > 0) shape += "|";
    shape += "[0-9]{" + std::to_string(k) + "}[A-HJ-NPR-Z][A-HJ-NPR-Z0-9]{" +
             std::to_string(16 - k) + "}";
  }
  const Regex pattern(shape);
  const VehicleIdDetector detector;
  const std::vector<std::string> pieces = {"0", "7", "9", "A", "H", "J",
                                           "Z", "I", "O", "Q", "a", "车"};
  uint64_t state = 17;
  auto next = [&state](size_t bound) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<size_t>(state >> 33) % bound;
  };
  size_t shapes = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t length = next(90);
    // Mostly digits, so that long runs and runs of digits alone are common.
    for (size_t i = 0; i < length; ++i)
      text += next(3) == 0 ? pieces[next(pieces.size())] : pieces[next(3)];
    const bool want = pattern.PartialMatch(text);
    shapes += want;
    ASSERT_EQ(detector.TriggeredInCode(text), want) << text;
  }
  EXPECT_GT(shapes, 100u);
  EXPECT_LT(shapes, 3900u);
}

}  // namespace
}  // namespace wenshu
