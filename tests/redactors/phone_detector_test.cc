#include "redactors/phone_detector.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;
using detector_test::Want;

using PhoneDetectorTest =
    detector_test::DetectorTest<PhoneDetector, Category::kPhone>;

TEST_P(PhoneDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

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
        Case{"TwoMobilesRunTogetherAfterALabel",
             "电话：1391128674513811112222。",
             {{"1391128674513811112222", "phone_after_label"}}},
        Case{"WrongLengthAfterLabel",
             "电话：0571888866661234。",
             {{"0571888866661234", "phone_after_label"}}},
        Case{
            "ElevenDigitsStartingWith12AreNotAMobile", "编号12812345678。", {}},
        Case{"OddGroupingIsNotAMobile", "文号1401040675-1。", {}},
        Case{"TwelveDigitsAreNotAMobile", "编号138123456789。", {}},
        Case{"DateIsNotALandline", "2023-06-01", {}}),
    detector_test::CaseName);

// A local number counts only after a cue: each cue word, with what may
// follow it, marks one; the number alone or after another word is none.
TEST(PhoneDetector, EveryCueWordMarksALocalNumber) {
  const PhoneDetector detector;
  const auto found = [&](const std::string& text) {
    const Document doc{text, {}, {}};
    ScanContext context(text, Strictness::kStandard);
    SpanSink sink;
    EXPECT_TRUE(detector.Find(doc, context, sink).ok());
    return sink.spans().size();
  };
  for (const char* cue : {"电话", "手机", "座机", "固话", "传真", "联系方式",
                          "联系号码", "Tel", "TEL", "tel", "Phone", "phone"}) {
    for (const char* then : {"", "号码", "号为", "是", ":", ": "}) {
      EXPECT_EQ(found(std::string("其") + cue + then + "88886666。"), 1u)
          << cue << then;
    }
  }
  EXPECT_EQ(found("其88886666。"), 0u);
  EXPECT_EQ(found("其编号88886666。"), 0u);
  EXPECT_EQ(found("其电话已停用,编号88886666。"), 0u);
}

TEST(PhoneDetector, HasNoTriggersAndAStableName) {
  PhoneDetector detector;
  EXPECT_EQ(detector.name(), "phone");
  EXPECT_TRUE(detector.TriggerWords().empty());
  EXPECT_FALSE(detector.ReportsProtected());
}

}  // namespace
}  // namespace wenshu
