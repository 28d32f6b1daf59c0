#include "redactors/id_number_detector.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;
using detector_test::Want;

using IdNumberDetectorTest =
    detector_test::DetectorTest<IdNumberDetector, Category::kIdNumber>;

TEST_P(IdNumberDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    IdNumberDetector, IdNumberDetectorTest,
    ::testing::Values(
        Case{"IdEndingInDigit",
             "原告张三，男，公民身份号码110105198001011238，汉族。",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdEndingInUpperCaseX",
             "身份证号码11010519491231002X。",
             {{"11010519491231002X", "id18_checked"}}},
        Case{"IdEndingInLowerCaseX",
             "身份证号码11010519491231002x。",
             {{"11010519491231002x", "id18_checked"}}},
        Case{"IdWithFullWidthDigits",
             "身份证号码１１０１０５１９８００１０１１２３８。",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdWithFullWidthDigitsAndFullWidthX",
             "１１０１０５１９４９１２３１００２Ｘ，男",
             {{"11010519491231002X", "id18_checked"}}},
        Case{"IdWithSpacesInside",
             "身份证号码1101 0519 8001 0112 38。",
             {{"1101 0519 8001 0112 38", "id18_checked"}}},
        Case{"IdWithHyphensInside",
             "身份证号码1101-0519-8001-0112-38。",
             {{"1101-0519-8001-0112-38", "id18_checked"}}},
        Case{"IdWithIdeographicSpacesInside",
             "身份证号码1101\u30000519\u30008001\u30000112\u300038。",
             {{"1101 0519 8001 0112 38", "id18_checked"}}},
        Case{"IdAtStartOfText",
             "110105198001011238，男，汉族。",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdAtEndOfText",
             "原告张三，公民身份号码110105198001011238",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdGluedToCjkOnBothSides",
             "张三110105198001011238李四",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdInsideUrl",
             "见http://x.cn/?id=110105198001011238&t=1页面",
             {{"110105198001011238", "id18_checked"}}},
        Case{"IdAfterMobileInOneChain",
             "13812345678 110105198001011238",
             {{"110105198001011238", "id18_checked"}}},
        Case{"TwoIdsInOneSentence",
             "张三110105198001011238、李四11010519491231002X。",
             {{"110105198001011238", "id18_checked"},
              {"11010519491231002X", "id18_checked"}}},
        Case{"LegacyFifteenDigitIdAfterCue",
             "身份证号码110105800101123。",
             {{"110105800101123", "id15_legacy"}}},
        Case{"LegacyFifteenDigitIdWithoutCue", "编号110105800101123。", {}},
        // The cue stands 14 characters before: too far for the standard
        // strictness (12), near enough for the widest (24).
        Case{"LegacyFifteenDigitIdWithDistantCueOnlyAtWidest",
             "身份证号码已经更换，旧号码为110105800101123。",
             {},
             std::vector<Want>{{"110105800101123", "id15_legacy"}}},
        Case{"PartlyMaskedWithAsterisks",
             "身份证号3201021985********。",
             {{"3201021985********", "id_partly_masked"}}},
        Case{"PartlyMaskedWithTimesSigns",
             "身份证号3201××××××××××1234。",
             {{"3201××××××××××1234", "id_partly_masked"}}},
        Case{"PartlyMaskedWithLetterX",
             "身份证号1101XXXXXXXXXXXX38。",
             {{"1101XXXXXXXXXXXX38", "id_partly_masked"}}},
        Case{"PartlyMaskedNeedsARegion", "编号0001021985********。", {}},
        // A mistyped ID after an ID label holds the document for review.
        // Right after a label: the run goes at every strictness; the
        // widest names the ID shape it has.
        Case{"WrongCheckDigitAfterALabelNamedAtWidest",
             "身份证号码110105198001011234。",
             {{"110105198001011234", "id_cued_run"}},
             std::vector<Want>{{"110105198001011234", "id18_structure"}}},
        Case{"WrongCheckXAfterALabelNamedAtWidest",
             "证件号码11010519800101123X。",
             {{"11010519800101123X", "id_cued_run"}},
             std::vector<Want>{{"11010519800101123X", "id18_structure"}}},
        Case{"WrongCheckDigitWithoutCueIsNotAnId", "110105198001011234", {}},
        Case{"GluedToLettersAfterOnlyAtWidest",
             "110105198001011238AB",
             {},
             std::vector<Want>{{"110105198001011238", "id18_checked"}}},
        // Month 13: no strictness takes it (check digit is right for the
        // 17 digits, so only the date is wrong).
        Case{"ImpossibleBirthDate", "110105198013011235", {}},
        Case{"UnknownRegion", "000105198001011232", {}},
        Case{"NineteenDigitsWithoutAnIdInsideAreNotAnId",
             "1101051980010112341", {}},
        // A plausible ID inside a longer run takes the whole run, with no
        // cue (issue 21).
        Case{"AnIdFollowedByADigitGoesWhole", "1101051980010112381",
             {{"1101051980010112381", "id_embedded_run"}}},
        Case{"AnIdRunIntoAPhoneWithoutACue",
             "数字串11010519800101123813911286745。",
             {{"11010519800101123813911286745", "id_embedded_run"}}},
        Case{"ADigitBeforeAnIdWithoutACue", "数字串7110105198001011238。",
             {{"7110105198001011238", "id_embedded_run"}}},
        Case{"TwoIdsBackToBack",
             "11010519800101123811010519491231002X",
             {{"11010519800101123811010519491231002X", "id_embedded_run"}}},
        Case{"AnIdEndingInXRunIntoMoreDigits",
             "串11010519491231002X13911286745止",
             {{"11010519491231002X", "id18_checked"},
              {"11010519491231002X13911286745", "id_embedded_run"}}},
        Case{"AnIdInsideAHundredDigits",
             std::string(41, '5') + "110105198001011238" +
                 std::string(41, '7'),
             {{std::string(41, '5') + "110105198001011238" +
                   std::string(41, '7'),
               "id_embedded_run"}}},
        Case{"ACheckCharacterAfterASpace", "号码11010519491231002 X。",
             {{"11010519491231002 X", "id18_checked"}}},
        Case{"AnIdWithDashesInside", "号码1101\u20140519\u201480010112 38。",
             {{"1101\u20140519\u201480010112 38", "id18_checked"}}},
        Case{"AnIdWithDotsInside", "号码110105.19800101.1238。",
             {{"110105.19800101.1238", "id18_checked"}}},
        Case{"AnIdBrokenAcrossTwoLines", "号码1101051980\n01011238。",
             {{"1101051980\n01011238", "id18_checked"}}},
        // Checksum-valid but born in the future or before 1900: not taken
        // inside a longer run.
        Case{"AnImplausibleBirthYearInsideARunIsNoId",
             "5110105209901011234", {}},
        // An account number whose last 18 digits happen to be a plausible
        // ID (222020200112233445) goes whole too.
        Case{"AnAccountWhoseDigitsHoldAnIdGoesWhole",
             "卡号6222020200112233445。",
             {{"6222020200112233445", "id_embedded_run"}}},
        Case{"AnIdOnItsOwnGroupKeepsItsNeighbours",
             "2024 110105198001011238",
             {{"110105198001011238", "id18_checked"}}},
        Case{"SeventeenDigitsWithoutLabelAreNotAnId", "号11010519800101123。",
             {}},
        // Right after an ID label the whole run goes, whatever its length
        // or check character (issue 21).
        Case{"SeventeenDigitsAfterALabel", "身份证号码11010519800101123。",
             {{"11010519800101123", "id_cued_run"}}},
        Case{"WrongCheckDigitAfterALabelWithAColon",
             "公民身份号码：110105198001011239，",
             {{"110105198001011239", "id_cued_run"}},
             std::vector<Want>{{"110105198001011239", "id18_structure"}}},
        Case{"AnIdRunIntoAPhoneAfterALabel",
             "公民身份号码11010519800101123813911286745，",
             {{"11010519800101123813911286745", "id_cued_run"}}},
        Case{"ADigitBeforeAnIdAfterALabel", "身份证号为911010519800101123，",
             {{"911010519800101123", "id_cued_run"}}},
        Case{"ALabelFarBeforeTakesNothing",
             "身份证号码及其他情况均已核实，编号11010519800101123。", {}}),
    detector_test::CaseName);

TEST(IdNumberDetector, CheckCharacter) {
  EXPECT_EQ(IdCheckCharacter("11010519800101123"), '8');
  EXPECT_EQ(IdCheckCharacter("11010519491231002"), 'X');
  EXPECT_EQ(IdCheckCharacter("32010219850312001"), '2');
  EXPECT_EQ(IdCheckCharacter("44030619900228155"), '3');
}

TEST(IdNumberDetector, ValidId18) {
  EXPECT_TRUE(IsValidId18("110105198001011238", true));
  EXPECT_TRUE(IsValidId18("11010519491231002X", true));
  EXPECT_TRUE(IsValidId18("11010519491231002x", true));
  EXPECT_FALSE(IsValidId18("110105198001011234", true));
  EXPECT_TRUE(IsValidId18("110105198001011234", false));
  EXPECT_FALSE(IsValidId18("110105198002301234", false));  // 30 February
  EXPECT_FALSE(IsValidId18("100105198001011234", false));  // region 10
  EXPECT_FALSE(IsValidId18("11010519800101123", false));   // 17 characters
  EXPECT_FALSE(IsValidId18("1101051980010112A8", false));  // letter inside
  EXPECT_FALSE(IsValidId18("11010519800101123Y", false));  // bad last char
}

TEST(IdNumberDetector, ValidId15) {
  EXPECT_TRUE(IsValidId15("110105800101123"));
  EXPECT_FALSE(IsValidId15("110105801301123"));  // month 13
  EXPECT_FALSE(IsValidId15("990105800101123"));  // region 99
  EXPECT_FALSE(IsValidId15("11010580010112"));   // 14 digits
  EXPECT_FALSE(IsValidId15("11010580010112X"));
}

TEST(IdNumberDetector, RegionPrefix) {
  for (const char* ok : {"11", "15", "21", "23", "31", "37", "41", "46", "50",
                         "54", "61", "65", "71", "81", "82", "83"}) {
    EXPECT_TRUE(IsValidRegionPrefix(ok)) << ok;
  }
  for (const char* bad : {"10", "16", "20", "24", "30", "38", "47", "55", "60",
                          "66", "70", "72", "80", "84", "99", "1", ""}) {
    EXPECT_FALSE(IsValidRegionPrefix(bad)) << bad;
  }
}

TEST(IdNumberDetector, HasNoTriggersAndAStableName) {
  IdNumberDetector detector;
  EXPECT_EQ(detector.name(), "id_number");
  EXPECT_TRUE(detector.TriggerWords().empty());
  EXPECT_FALSE(detector.ReportsProtected());
}

}  // namespace
}  // namespace wenshu
