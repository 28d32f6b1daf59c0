#include "redactors/travel_document_detector.h"

#include <gtest/gtest.h>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;

using TravelDocumentDetectorTest =
    detector_test::DetectorTest<TravelDocumentDetector,
                                Category::kTravelDocument>;

TEST_P(TravelDocumentDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    TravelDocumentDetector, TravelDocumentDetectorTest,
    ::testing::Values(Case{"Passport",
                           "护照号码E12345678。",
                           {{"E12345678", "travel_document_cued"}}},
                      Case{"PassportAfterColon",
                           "护照号码：E12345678，",
                           {{"E12345678", "travel_document_cued"}}},
                      Case{"PassportInEnglish",
                           "Passport: E12345678",
                           {{"E12345678", "travel_document_cued"}}},
                      Case{"HongKongMacaoPermit",
                           "港澳通行证号码C12345678。",
                           {{"C12345678", "travel_document_cued"}}},
                      Case{"TaiwanCompatriotPermit",
                           "台胞证号码12345678。",
                           {{"12345678", "travel_document_cued"}}},
                      Case{"HomeReturnPermit",
                           "回乡证号H1234567890。",
                           {{"H1234567890", "travel_document_cued"}}},
                      Case{"HongKongIdentityCard",
                           "香港身份证号码A123456（7）。",
                           {{"A123456(7)", "travel_document_cued"}}},
                      Case{"NumberWithoutCue", "编号E12345678。", {}},
                      Case{"GluedToLetterAfter", "护照号码E12345678X", {}},
                      Case{"CueInAnotherClause", "护照已过期,E12345678。", {}}),
    detector_test::CaseName);

TEST(TravelDocumentDetector, HasATriggerAndAStableName) {
  TravelDocumentDetector detector;
  EXPECT_EQ(detector.name(), "travel_document");
  EXPECT_FALSE(detector.TriggerWords().empty());
}

}  // namespace
}  // namespace wenshu
