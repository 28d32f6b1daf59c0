#include "redactors/travel_document_detector.h"

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
  TravelDocumentDetector detector;
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
        {pos, pos + w.text.size(), Category::kTravelDocument, w.rule});
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

class TravelDocumentDetectorTest : public ::testing::TestWithParam<Case> {};

TEST_P(TravelDocumentDetectorTest, ReportsExactSpans) {
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
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(TravelDocumentDetector, HasATriggerAndAStableName) {
  TravelDocumentDetector detector;
  EXPECT_EQ(detector.name(), "travel_document");
  EXPECT_EQ(detector.TriggerPatterns().size(), 1u);
}

}  // namespace
}  // namespace wenshu
