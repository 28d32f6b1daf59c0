// Test helper, not part of the library: the table-driven harness shared by the
// detector unit tests in tests/redactors/.
//
// A detector test lists Cases: an input as written, the spans expected at
// standard strictness and, where they differ, at the widest. Each expected
// span is given by its text in the normalized input, so the tables need no
// byte offsets. RunSource runs any span source the same way. A test file
// instantiates the fixture for its detector:
//
//   using PhoneDetectorTest = detector_test::DetectorTest<PhoneDetector,
//                                                         Category::kPhone>;
//   TEST_P(PhoneDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }
//   INSTANTIATE_TEST_SUITE_P(PhoneDetector, PhoneDetectorTest,
//                            ::testing::Values(Case{...}, ...),
//                            detector_test::CaseName);
//
// The helpers report problems through GoogleTest's non-fatal EXPECT macros
// and go on with what they have.
#ifndef WENSHU_TESTS_REDACTORS_DETECTOR_TEST_HARNESS_H_
#define WENSHU_TESTS_REDACTORS_DETECTOR_TEST_HARNESS_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/normalized_text.h"
#include "core/span.h"
#include "core/status.h"
#include "redactors/detector.h"
#include "redactors/span_source.h"

namespace wenshu {
namespace detector_test {

// A span as the tests compare it: the reason is left out, the rule copied.
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

inline std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << CategoryName(f.category) << "/" << f.rule << "[" << f.begin
            << "," << f.end << ")";
}

// `spans` as Founds, in the same order.
inline std::vector<Found> ToFound(const std::vector<Span>& spans) {
  std::vector<Found> out;
  for (const Span& s : spans)
    out.push_back({s.begin, s.end, s.category, std::string(s.rule)});
  return out;
}

// The normalized text of `input`; empty (and a test failure) if it does not
// normalize.
inline std::string Normalized(const std::string& input) {
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return n.ok() ? n.value().text() : std::string();
}

// Where the `occurrence`-th match (counting from 0) of `needle` begins in
// `haystack`, or std::string::npos.
inline size_t FindOccurrence(const std::string& haystack,
                             const std::string& needle, int occurrence) {
  size_t pos = haystack.find(needle);
  for (int k = 0; k < occurrence && pos != std::string::npos; ++k) {
    pos = haystack.find(needle, pos + 1);
  }
  return pos;
}

// A span the detector should report, located by its text in the normalized
// input (the `occurrence`-th match, counting from 0).
struct Want {
  Want(std::string t, std::string r, int o = 0)
      : text(std::move(t)), rule(std::move(r)), occurrence(o) {}
  std::string text;
  std::string rule;
  int occurrence;
};

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

inline void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

// Names each instantiated test after its case.
inline std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  return info.param.name;
}

// Runs `source` alone over `text` (a normalized text) with `header`, at
// `strictness` (FindSpansAlone).
inline Result<std::vector<Span>> RunSource(const SpanSource& source,
                                           std::string_view text,
                                           Strictness strictness,
                                           const DocumentHeader& header = {}) {
  return FindSpansAlone(source, Document{text, header, {}}, strictness);
}

// Normalizes `input`, stores the normalized text in `*normalized` and runs
// `detector` on it. Returns the spans sorted; every span must give a reason.
inline std::vector<Found> Detect(const Detector& detector,
                                 const std::string& input,
                                 Strictness strictness,
                                 std::string* normalized) {
  Result<NormalizedText> n = NormalizedText::Normalize(input);
  EXPECT_TRUE(n.ok()) << n.status().message();
  if (!n.ok()) return {};
  *normalized = n.value().text();
  Result<std::vector<Span>> spans =
      RunSource(detector, *normalized, strictness);
  EXPECT_TRUE(spans.ok()) << spans.status().message();
  if (!spans.ok()) return {};
  for (const Span& s : spans.value()) EXPECT_FALSE(s.reason.empty()) << s.rule;
  std::vector<Found> found = ToFound(spans.value());
  std::sort(found.begin(), found.end());
  return found;
}

// The spans `wants` name in `text`, all of `category`, sorted.
inline std::vector<Found> Locate(const std::string& text,
                                 const std::vector<Want>& wants,
                                 Category category) {
  std::vector<Found> out;
  for (const Want& w : wants) {
    const size_t pos = FindOccurrence(text, w.text, w.occurrence);
    EXPECT_NE(pos, std::string::npos)
        << "\"" << w.text << "\" not in \"" << text << "\"";
    if (pos == std::string::npos) continue;
    out.push_back({pos, pos + w.text.size(), category, w.rule});
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The parameterized fixture for one detector, whose spans all carry
// `kCategory`. DetectorT must be default-constructible.
template <typename DetectorT, Category kCategory>
class DetectorTest : public ::testing::TestWithParam<Case> {
 protected:
  // Runs a fresh DetectorT at standard and at the widest strictness and
  // expects exactly the case's spans at each.
  void ExpectExactSpans() const {
    const Case& c = GetParam();
    std::string text;
    const std::vector<Found> standard =
        Detect(DetectorT(), c.input, Strictness::kStandard, &text);
    EXPECT_EQ(standard, Locate(text, c.standard, kCategory))
        << "kStandard on \"" << text << "\"";
    const std::vector<Found> widest =
        Detect(DetectorT(), c.input, Strictness::kWidest, &text);
    EXPECT_EQ(widest, Locate(text, c.widest.value_or(c.standard), kCategory))
        << "kWidest on \"" << text << "\"";
  }
};

}  // namespace detector_test
}  // namespace wenshu

#endif  // WENSHU_TESTS_REDACTORS_DETECTOR_TEST_HARNESS_H_
