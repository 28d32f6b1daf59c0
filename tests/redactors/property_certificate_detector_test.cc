#include "redactors/property_certificate_detector.h"

#include <gtest/gtest.h>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;

using PropertyCertificateDetectorTest =
    detector_test::DetectorTest<PropertyCertificateDetector,
                                Category::kPropertyCertificate>;

TEST_P(PropertyCertificateDetectorTest, ReportsExactSpans) {
  ExpectExactSpans();
}

INSTANTIATE_TEST_SUITE_P(
    PropertyCertificateDetector, PropertyCertificateDetectorTest,
    ::testing::Values(
        Case{"RealEstateSerialOnly",
             "房屋登记在京(2019)朝阳区不动产权第0012345号名下",
             {{"0012345", "real_estate_certificate"}}},
        Case{"RealEstateFullWidthBrackets",
             "京（2019）朝阳区不动产权第0012345号",
             {{"0012345", "real_estate_certificate"}}},
        Case{"RealEstateProof",
             "京(2019)朝阳区不动产证明第0012345号",
             {{"0012345", "real_estate_certificate"}}},
        Case{"HouseOwnership",
             "沪房权证浦字第12345号",
             {{"12345", "house_ownership_certificate"}}},
        Case{"HouseOwnershipLongerOffice",
             "京房权证朝私字第123456号",
             {{"123456", "house_ownership_certificate"}}},
        Case{"LandUse", "京朝国用(2010)第123号", {{"123", "land_certificate"}}},
        Case{"LandUseFullWidth",
             "京朝国用（２０１０）第００１２３号",
             {{"00123", "land_certificate"}}},
        Case{"HouseCertificateAfterCue",
             "房产证号:2019012345。",
             {{"2019012345", "certificate_number_cued"}}},
        Case{"LandCertificateAfterCue",
             "土地证号为A12345678。",
             {{"A12345678", "certificate_number_cued"}}},
        Case{"VehicleRegistrationCertificate",
             "机动车登记证书编号：110012345678。",
             {{"110012345678", "certificate_number_cued"}}},
        Case{"CertificateWithoutNumber", "原告持有房产证。", {}},
        Case{"RegistrationOfficeIsNotACertificate", "不动产登记中心", {}}),
    detector_test::CaseName);

TEST(PropertyCertificateDetector, HasTriggersAndAStableName) {
  PropertyCertificateDetector detector;
  EXPECT_EQ(detector.name(), "property_certificate");
  EXPECT_FALSE(detector.TriggerPatterns().empty());
}

}  // namespace
}  // namespace wenshu
