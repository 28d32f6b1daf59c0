#include "redactors/property_certificate_detector.h"

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
  PropertyCertificateDetector detector;
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
    out.push_back(
        {pos, pos + w.text.size(), Category::kPropertyCertificate, w.rule});
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

class PropertyCertificateDetectorTest : public ::testing::TestWithParam<Case> {
};

TEST_P(PropertyCertificateDetectorTest, ReportsExactSpans) {
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
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(PropertyCertificateDetector, HasTriggersAndAStableName) {
  PropertyCertificateDetector detector;
  EXPECT_EQ(detector.name(), "property_certificate");
  EXPECT_FALSE(detector.TriggerPatterns().empty());
}

}  // namespace
}  // namespace wenshu
