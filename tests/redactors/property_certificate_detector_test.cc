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
        Case{"RegistrationOfficeIsNotACertificate", "不动产登记中心", {}},
        // Local formats (issue 4 item 4).
        Case{"RealEstateChongqingDistrict",
             "渝(2018)江北区不动产权第000123456号",
             {{"000123456", "real_estate_certificate"}}},
        Case{"RealEstateJiangsuAbbreviatedOffice",
             "苏(2017)宁鼓不动产权第0012345号",
             {{"0012345", "real_estate_certificate"}}},
        Case{"RealEstateHubeiCityAndDistrict",
             "鄂(2019)武汉市江岸不动产权第0012345号",
             {{"0012345", "real_estate_certificate"}}},
        Case{"HouseOwnershipWithoutOffice",
             "房权证字第12345号",
             {{"12345", "house_ownership_certificate"}}},
        Case{"HouseOwnershipYearBeforeSerial",
             "京房权证朝字(2006)第123456号",
             {{"123456", "house_ownership_certificate"}}},
        Case{"HouseLandShanghaiWithYear",
             "沪房地浦字(2005)第012345号",
             {{"012345", "house_land_certificate"}}},
        Case{"HouseLandShanghaiFullWidth",
             "沪房地浦字（２００５）第０１２３４５号",
             {{"012345", "house_land_certificate"}}},
        Case{"HouseLandRightGuangzhou",
             "粤房地权证穗字第0123456789号",
             {{"0123456789", "house_land_certificate"}}},
        Case{"HouseLandCertificateLetterSerial",
             "粤房地证字第C1234567号",
             {{"C1234567", "house_land_certificate"}}},
        Case{"HouseLandShenzhen",
             "深房地字第4000123456号",
             {{"4000123456", "house_land_certificate"}}},
        Case{"RealEstateRightCertificate",
             "房地产权证第C1234567号",
             {{"C1234567", "house_land_certificate"}}},
        Case{"RealEstateCertificateBookNumber",
             "不动产权证书号：A00123456，",
             {{"A00123456", "certificate_number_cued"}}},
        Case{"RealEstateCertificateNumber",
             "不动产证号B12345678",
             {{"B12345678", "certificate_number_cued"}}},
        Case{"HouseOwnershipNumberWithWei",
             "房屋所有权证号为201200123",
             {{"201200123", "certificate_number_cued"}}},
        Case{"HouseOwnershipNumberWithColon",
             "房屋所有权证号：201200123",
             {{"201200123", "certificate_number_cued"}}},
        Case{"HouseOwnershipBookNumber",
             "房屋所有权证书号201200123",
             {{"201200123", "certificate_number_cued"}}},
        Case{"PropertyRightCertificateNumber",
             "产权证号X0012345",
             {{"X0012345", "certificate_number_cued"}}},
        Case{"HouseLandCertificateNumber",
             "房地产证号5000123456",
             {{"5000123456", "certificate_number_cued"}}},
        Case{"StateLandUseCertificateNumber",
             "国有土地使用证号2010012345",
             {{"2010012345", "certificate_number_cued"}}},
        Case{"CollectiveLandUseCertificateNumber",
             "集体土地使用证编号：JT2008001234",
             {{"JT2008001234", "certificate_number_cued"}}},
        Case{"HomesteadCertificateNumber",
             "宅基地使用证号0012345",
             {{"0012345", "certificate_number_cued"}}},
        Case{"HomesteadRightCertificateNumber",
             "宅基地使用权证编号为ZJD123456",
             {{"ZJD123456", "certificate_number_cued"}}},
        Case{"ForestRightCertificateNumber",
             "林权证号：LQ20100123",
             {{"LQ20100123", "certificate_number_cued"}}},
        Case{"ForestRightCertificateSerial",
             "林权证号：浙林证字(2010)第000123号",
             {{"000123", "forest_certificate"}}},
        Case{"VehicleRegistrationCertificateWithoutBook",
             "机动车登记证编号：110012345679。",
             {{"110012345679", "certificate_number_cued"}}},
        Case{"RealEstateCompanyIsNotACertificate",
             "某房地产开发公司第2号楼",
             {}},
        Case{"RealEstateCompanyNumberedNotice", "房地产公司第12345号通知", {}},
        Case{"PropertyRightProofWithoutNumber", "提交房屋产权证明材料", {}},
        Case{"TaxRegistrationIsNotAVehicleCertificate",
             "税务登记证号码为110105123456789",
             {}}),
    detector_test::CaseName);

TEST(PropertyCertificateDetector, HasTriggersAndAStableName) {
  PropertyCertificateDetector detector;
  EXPECT_EQ(detector.name(), "property_certificate");
  EXPECT_FALSE(detector.TriggerWords().empty());
}

}  // namespace
}  // namespace wenshu
