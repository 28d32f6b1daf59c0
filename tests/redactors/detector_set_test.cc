#include "redactors/detector_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Found;
using detector_test::Normalized;
using detector_test::RunSource;
using detector_test::ToFound;

// Located by text: the `occurrence`-th match of `text`.
Found At(const std::string& haystack, const std::string& text,
         Category category, const std::string& rule, int occurrence = 0) {
  const size_t pos = detector_test::FindOccurrence(haystack, text, occurrence);
  EXPECT_NE(pos, std::string::npos) << text;
  return {pos, pos + text.size(), category, rule};
}

TEST(DetectorSet, StandardHasEveryDetector) {
  std::vector<std::string> names;
  int protected_count = 0;
  for (const auto& d : DetectorSet::Standard().detectors()) {
    names.emplace_back(d->name());
    protected_count += d->ReportsProtected();
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{
                       "address", "bank_account", "email", "id_number",
                       "im_account", "phone", "plate", "property_certificate",
                       "protected", "travel_document", "vehicle_id"}));
  EXPECT_EQ(protected_count, 1);
}

TEST(DetectorSet, PartyParagraphSpansAreExactAndSorted) {
  const std::string text = Normalized(
      "原告张三，男，公民身份号码110105198001011238，住北京市朝阳区，"
      "电话13812345678，邮箱zhangsan@example.com，驾驶京A12345号车，借款100,"
      "000元。");
  Result<std::vector<Span>> spans =
      RunSource(DetectorSet::Standard(), text, Strictness::kStandard);
  ASSERT_TRUE(spans.ok()) << spans.status().message();
  // Sorted by begin, and the longer first when two start together.
  EXPECT_EQ(
      ToFound(spans.value()),
      (std::vector<Found>{
          At(text, "110105198001011238", Category::kIdNumber, "id18_checked"),
          At(text, "13812345678", Category::kPhone, "mobile"),
          At(text, "zhangsan@example.com", Category::kEmail, "email"),
          At(text, "京A12345", Category::kPlate, "plate"),
          At(text, "100,000元", Category::kProtected, "amount_grouped"),
          At(text, "000元", Category::kProtected, "amount"),
      }));
}

TEST(DetectorSet, SpansStartingTogetherAreLongestFirst) {
  const std::string text =
      Normalized("电话+86 138 1234 5678。借款13812345678元");
  Result<std::vector<Span>> spans =
      RunSource(DetectorSet::Standard(), text, Strictness::kStandard);
  ASSERT_TRUE(spans.ok());
  EXPECT_EQ(ToFound(spans.value()),
            (std::vector<Found>{
                At(text, "+86 138 1234 5678", Category::kPhone, "mobile"),
                At(text, "138 1234 5678", Category::kPhone, "mobile"),
                At(text, "13812345678元", Category::kProtected, "amount"),
                At(text, "13812345678", Category::kPhone, "mobile"),
            }));
}

TEST(DetectorSet, NothingFoundInPlainText) {
  Result<std::vector<Span>> spans = RunSource(
      DetectorSet::Standard(),
      Normalized("原告张某与被告王某民间借贷纠纷一案，本院依法适用简易程序公开"
                 "开庭进行了审理。"),
      Strictness::kWidest);
  ASSERT_TRUE(spans.ok());
  EXPECT_TRUE(spans.value().empty());
}

TEST(DetectorSet, EmailNeedsTheAtSign) {
  const std::string with_at = Normalized("联系邮箱zhangsan＠example.com。");
  Result<std::vector<Span>> spans =
      RunSource(DetectorSet::Standard(), with_at, Strictness::kStandard);
  ASSERT_TRUE(spans.ok());
  EXPECT_EQ(ToFound(spans.value()),
            (std::vector<Found>{At(with_at, "zhangsan@example.com",
                                   Category::kEmail, "email")}));

  spans = RunSource(DetectorSet::Standard(),
                    Normalized("联系邮箱zhangsan.example.com。"),
                    Strictness::kWidest);
  ASSERT_TRUE(spans.ok());
  EXPECT_TRUE(spans.value().empty());
}

// The set skips a detector none of whose triggers match. Whatever a gated
// detector finds on its own, the set must still find.
struct TriggerCase {
  const char* name;
  std::string input;
  std::string detector;
};

void PrintTo(const TriggerCase& c, std::ostream* os) { *os << c.name; }

class TriggersNeverHideAFinding : public ::testing::TestWithParam<TriggerCase> {
};

TEST_P(TriggersNeverHideAFinding, SetFindsWhatTheDetectorFinds) {
  const TriggerCase& c = GetParam();
  const std::string text = Normalized(c.input);
  const Detector* detector = nullptr;
  for (const auto& d : DetectorSet::Standard().detectors()) {
    if (d->name() == c.detector) detector = d.get();
  }
  ASSERT_NE(detector, nullptr) << c.detector;
  EXPECT_FALSE(detector->TriggerWords().empty()) << "not a gated detector";
  for (Strictness strictness : {Strictness::kStandard, Strictness::kWidest}) {
    Result<std::vector<Span>> found = RunSource(*detector, text, strictness);
    ASSERT_TRUE(found.ok());
    const std::vector<Span>& alone = found.value();
    ASSERT_FALSE(alone.empty()) << "the case finds nothing: it tests nothing";
    Result<std::vector<Span>> all =
        RunSource(DetectorSet::Standard(), text, strictness);
    ASSERT_TRUE(all.ok());
    const std::vector<Found> set_found = ToFound(all.value());
    for (const Found& f : ToFound(alone)) {
      EXPECT_NE(std::find(set_found.begin(), set_found.end(), f),
                set_found.end())
          << f << " missed by the set";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    DetectorSet, TriggersNeverHideAFinding,
    ::testing::Values(
        TriggerCase{"EmailWithFullWidthAt", "邮箱ｚｓ＠ｅｘａｍｐｌｅ．ｃｏｍ",
                    "email"},
        TriggerCase{"EmailInUrl", "http://x.cn/?u=zs@example.com", "email"},
        TriggerCase{"QqLowerCase", "qq:12345678", "im_account"},
        TriggerCase{"QqFullWidth", "ＱＱ号１２３４５６７８", "im_account"},
        TriggerCase{"Wechat", "微信号wxid_abc123", "im_account"},
        TriggerCase{"RealEstate", "京（2019）朝阳区不动产权第0012345号",
                    "property_certificate"},
        TriggerCase{"HouseOwnership", "沪房权证浦字第12345号",
                    "property_certificate"},
        TriggerCase{"LandUse", "京朝国用(2010)第123号", "property_certificate"},
        TriggerCase{"VehicleCertificate", "机动车登记证书编号110012345678",
                    "property_certificate"},
        TriggerCase{"HouseCertificateCue", "房产证号2019012345",
                    "property_certificate"},
        TriggerCase{"Passport", "护照号码E12345678", "travel_document"},
        TriggerCase{"PassportInEnglish", "Passport: E12345678",
                    "travel_document"},
        TriggerCase{"HongKongIdentityCard", "香港身份证号码A123456(7)",
                    "travel_document"}),
    [](const ::testing::TestParamInfo<TriggerCase>& info) {
      return info.param.name;
    });

// Written out here, apart from the detectors' own lists: a plate of every
// province and of every form, and a number after every certificate cue,
// found alone and in the set.
TEST(DetectorSet, EveryProvinceAndCertificateCueRunsItsDetector) {
  std::vector<std::pair<std::string, std::string>> cases;  // text, detector
  const std::string provinces =
      "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  for (size_t i = 0; i < provinces.size(); i += 3)
    cases.push_back({"驾驶" + provinces.substr(i, 3) + "B12345号车", "plate"});
  for (const char* plate :
       {"京A·12345", "京Ａ１２３４５", "冀B1234挂", "京AD12345", "浙j9j631"})
    cases.push_back({plate, "plate"});
  for (const char* cue :
       {"房产证号", "房屋所有权证编号", "房地证号", "房地产证号", "产权证号",
        "房权证号", "不动产权证号", "不动产证号", "土地证号", "土地使用权证号",
        "土地使用证书号", "宅基地使用权证编号", "宅基地使用证号", "林权证号",
        "机动车登记证书编号", "车辆登记证号", "登记证书号码"}) {
    cases.push_back({std::string(cue) + "2019012345", "property_certificate"});
  }
  for (const auto& [input, name] : cases) {
    const std::string text = Normalized(input);
    const Detector* detector = nullptr;
    for (const auto& d : DetectorSet::Standard().detectors()) {
      if (d->name() == name) detector = d.get();
    }
    ASSERT_NE(detector, nullptr) << name;
    Result<std::vector<Span>> alone =
        RunSource(*detector, text, Strictness::kStandard);
    ASSERT_TRUE(alone.ok());
    ASSERT_FALSE(alone.value().empty()) << input << ": the case tests nothing";
    Result<std::vector<Span>> all =
        RunSource(DetectorSet::Standard(), text, Strictness::kStandard);
    ASSERT_TRUE(all.ok());
    const std::vector<Found> set_found = ToFound(all.value());
    for (const Found& f : ToFound(alone.value())) {
      EXPECT_NE(std::find(set_found.begin(), set_found.end(), f),
                set_found.end())
          << input;
    }
  }
}

// The same on random texts made of every gated detector's trigger words
// (in other cases too), the pieces around them (号码, 书, 编号, 为, a colon,
// a dot, spaces) and numbers of many shapes: wherever a detector alone
// finds something, run in the set it finds the same.
TEST(DetectorSet, TriggersNeverHideAFindingOnRandomTexts) {
  std::vector<std::string> pieces = {
      "号码", "号", "书", "编号", "码", "为", ":", "·", " ", "是", "证",
      "权", "使用", "所有", "(", ")", "。", "12345", "E12345678",
      "LSVAM4187C2184847", "110105198001011238", "A", "j", "D", "9",
      "京", "浙", "Passport", "PASSPORT", "Vin", "vIN", "QQ", "Qq", "@",
      "zs", "example.com", "zs@example.com", "1234", "A12345", "j9j631",
      "AD12345", "B·1234", "北京市朝阳区",
      "建国路8号", "院", "发动机", "车架", "底盘", "微信", "wxid_ab12"};
  const DetectorSet& set = DetectorSet::Standard();
  // Each detector's words, one list per detector, so that a long list does
  // not crowd out the others (the plates have none: 京, 浙 and the letters
  // are among the pieces).
  std::vector<std::vector<std::string>> words;
  for (const auto& d : set.detectors()) {
    if (!d->TriggerWords().empty()) words.push_back(d->TriggerWords());
  }
  uint64_t state = 5;
  auto next = [&state](size_t bound) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<size_t>(state >> 33) % bound;
  };
  std::map<std::string, size_t> findings;  // per gated detector
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t count = 1 + next(8);
    for (size_t k = 0; k < count; ++k) {
      if (next(5) < 2) {
        const std::vector<std::string>& own = words[next(words.size())];
        text += own[next(own.size())];
      } else {
        text += pieces[next(pieces.size())];
      }
    }
    text = Normalized(text);
    for (Strictness strictness : {Strictness::kStandard, Strictness::kWidest}) {
      Result<std::vector<Span>> all = RunSource(set, text, strictness);
      ASSERT_TRUE(all.ok());
      const std::vector<Found> set_found = ToFound(all.value());
      for (const auto& d : set.detectors()) {
        if (d->TriggerWords().empty()) continue;
        Result<std::vector<Span>> alone = RunSource(*d, text, strictness);
        ASSERT_TRUE(alone.ok());
        for (const Found& f : ToFound(alone.value())) {
          ++findings[std::string(d->name())];
          EXPECT_NE(std::find(set_found.begin(), set_found.end(), f),
                    set_found.end())
              << d->name() << " in " << text;
        }
      }
    }
  }
  // Every gated detector finds enough here for the test to say something.
  for (const auto& d : set.detectors()) {
    if (d->TriggerWords().empty()) continue;
    EXPECT_GE(findings[std::string(d->name())], 10u) << d->name() << " found " << findings[std::string(d->name())];
  }
}

// A detector that records how it was run.
class FakeDetector : public Detector {
 public:
  FakeDetector(std::string name, std::vector<std::string> triggers,
               std::vector<Span> spans, bool reports_protected = false,
               Status status = Status::Ok())
      : name_(std::move(name)),
        triggers_(std::move(triggers)),
        spans_(std::move(spans)),
        reports_protected_(reports_protected),
        status_(std::move(status)) {}

  std::string_view name() const override { return name_; }
  std::vector<std::string> TriggerWords() const override {
    return triggers_;
  }
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override {
    ++calls_;
    regions_ = context.regions();
    strictness_ = context.strictness();
    sink.Append(spans_);
    return status_;
  }
  bool ReportsProtected() const override { return reports_protected_; }

  int calls() const { return calls_; }
  const std::vector<ByteRange>& regions() const { return regions_; }
  Strictness strictness() const { return strictness_; }

 private:
  std::string name_;
  std::vector<std::string> triggers_;
  std::vector<Span> spans_;
  bool reports_protected_;
  Status status_;
  mutable int calls_ = 0;
  mutable std::vector<ByteRange> regions_;
  mutable Strictness strictness_ = Strictness::kStandard;
};

struct FakeSet {
  std::unique_ptr<DetectorSet> set;
  std::vector<const FakeDetector*> detectors;
};

FakeSet MakeSet(std::vector<std::unique_ptr<FakeDetector>> fakes) {
  FakeSet out;
  std::vector<std::unique_ptr<Detector>> detectors;
  for (auto& f : fakes) {
    out.detectors.push_back(f.get());
    detectors.push_back(std::move(f));
  }
  out.set = std::make_unique<DetectorSet>(std::move(detectors));
  return out;
}

// Two ungated fakes: "keep", which reports protected spans (it finds none),
// and "ids", which reports `candidates`.
FakeSet KeepAndIds(std::vector<Span> candidates) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "keep", std::vector<std::string>{}, std::vector<Span>{},
      /*reports_protected=*/true));
  fakes.push_back(std::make_unique<FakeDetector>(
      "ids", std::vector<std::string>{}, std::move(candidates)));
  return MakeSet(std::move(fakes));
}

TEST(DetectorSet, DetectorIsSkippedWhenNoTriggerMatches) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "at", std::vector<std::string>{"@"},
      std::vector<Span>{{0, 1, Category::kEmail, "fake", "fake"}}));
  fakes.push_back(std::make_unique<FakeDetector>(
      "always", std::vector<std::string>{}, std::vector<Span>{}));
  FakeSet s = MakeSet(std::move(fakes));

  Result<std::vector<Span>> spans =
      RunSource(*s.set, "no at sign here", Strictness::kWidest);
  ASSERT_TRUE(spans.ok());
  EXPECT_TRUE(spans.value().empty());
  EXPECT_EQ(s.detectors[0]->calls(), 0);
  EXPECT_EQ(s.detectors[1]->calls(), 1);
  EXPECT_EQ(s.detectors[1]->strictness(), Strictness::kWidest);

  spans = RunSource(*s.set, "a@b", Strictness::kStandard);
  ASSERT_TRUE(spans.ok());
  ASSERT_EQ(spans.value().size(), 1u);
  EXPECT_EQ(spans.value()[0].rule, "fake");
  EXPECT_EQ(s.detectors[0]->calls(), 1);
  EXPECT_EQ(s.detectors[1]->calls(), 2);
}

TEST(DetectorSet, AnyOfSeveralTriggersRunsTheDetector) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "cues", std::vector<std::string>{"护照", "passport"},
      std::vector<Span>{}));
  FakeSet s = MakeSet(std::move(fakes));
  ASSERT_TRUE(RunSource(*s.set, "PassPort", Strictness::kStandard).ok());
  EXPECT_EQ(s.detectors[0]->calls(), 1);
  ASSERT_TRUE(RunSource(*s.set, "护照", Strictness::kStandard).ok());
  EXPECT_EQ(s.detectors[0]->calls(), 2);
  ASSERT_TRUE(RunSource(*s.set, "通行证", Strictness::kStandard).ok());
  EXPECT_EQ(s.detectors[0]->calls(), 2);
}

TEST(DetectorSet, ProtectedDetectorRunsOnlyAroundCandidates) {
  const std::string text(1000, 'a');
  // A third candidate whose window just touches the second one's.
  constexpr size_t kThird = 530 + 2 * DetectorSet::kKeepRuleReach - 20;
  FakeSet s =
      KeepAndIds({{500, 510, Category::kIdNumber, "fake", "fake"},
                  {520, 530, Category::kIdNumber, "fake", "fake"},
                  {kThird, kThird + 10, Category::kIdNumber, "fake", "fake"}});
  ASSERT_TRUE(RunSource(*s.set, text, Strictness::kStandard).ok());
  ASSERT_EQ(s.detectors[0]->calls(), 1);
  // kKeepRuleReach bytes either side of each candidate, merged where they
  // touch, clipped to the text.
  constexpr size_t r = DetectorSet::kKeepRuleReach;
  const std::vector<ByteRange>& regions = s.detectors[0]->regions();
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].begin, 500 - r);
  EXPECT_EQ(regions[0].end, std::min<size_t>(1000, kThird + 10 + r));
}

TEST(DetectorSet, ProtectedWindowsStayApartWhenFarApart) {
  const std::string text(2000, 'a');
  FakeSet s = KeepAndIds({{1500, 1510, Category::kPhone, "fake", "fake"},
                          {100, 110, Category::kIdNumber, "fake", "fake"}});
  ASSERT_TRUE(RunSource(*s.set, text, Strictness::kStandard).ok());
  constexpr size_t r = DetectorSet::kKeepRuleReach;
  const std::vector<ByteRange>& regions = s.detectors[0]->regions();
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].begin, r >= 100 ? 0u : 100 - r);  // clipped at the start
  EXPECT_EQ(regions[0].end, 110 + r);
  EXPECT_EQ(regions[1].begin, 1500 - r);
  EXPECT_EQ(regions[1].end, 1510 + r);
}

TEST(DetectorSet, ProtectedWindowsStartAndEndOnCharacters) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "判";  // 3 bytes each
  FakeSet s = KeepAndIds({{300, 303, Category::kIdNumber, "fake", "fake"}});
  ASSERT_TRUE(RunSource(*s.set, text, Strictness::kStandard).ok());
  const std::vector<ByteRange>& regions = s.detectors[0]->regions();
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].begin % 3, 0u);
  EXPECT_EQ(regions[0].end % 3, 0u);
  constexpr size_t r = DetectorSet::kKeepRuleReach;
  EXPECT_LE(regions[0].begin, 300u - (r - 2));
  EXPECT_GE(regions[0].end, 303u + (r - 2));
}

TEST(DetectorSet, ProtectedDetectorIsSkippedWithoutCandidates) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "keep", std::vector<std::string>{}, std::vector<Span>{},
      /*reports_protected=*/true));
  FakeSet s = MakeSet(std::move(fakes));
  ASSERT_TRUE(
      RunSource(*s.set, "（2023）京0105民初12345号", Strictness::kStandard)
          .ok());
  EXPECT_EQ(s.detectors[0]->calls(), 0);
}

// An empty word would be found nowhere and hide the detector's findings.
TEST(DetectorSet, EmptyTriggerWordFailsDetect) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "broken", std::vector<std::string>{"护照", ""}, std::vector<Span>{}));
  FakeSet s = MakeSet(std::move(fakes));
  Result<std::vector<Span>> spans =
      RunSource(*s.set, "护照", Strictness::kStandard);
  ASSERT_FALSE(spans.ok());
  EXPECT_EQ(spans.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(spans.status().message().find("broken"), std::string::npos)
      << spans.status().message();
  EXPECT_EQ(s.detectors[0]->calls(), 0);
}

TEST(DetectorSet, DetectorFailureIsReturned) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "oom", std::vector<std::string>{}, std::vector<Span>{}, false,
      Status::ResourceExhausted("regex out of memory")));
  FakeSet s = MakeSet(std::move(fakes));
  Result<std::vector<Span>> spans =
      RunSource(*s.set, "text", Strictness::kStandard);
  ASSERT_FALSE(spans.ok());
  EXPECT_EQ(spans.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(spans.status().message(), "regex out of memory");
}

// The set is one source among others sharing a sink and a context: it
// leaves what the sink held before it alone, sorts only its own spans, and
// hands the context back with the regions it had.
TEST(DetectorSet, AppendsAfterTheSinkAndRestoresTheRegions) {
  const std::string text(1000, 'a');
  FakeSet s = KeepAndIds({{520, 530, Category::kIdNumber, "second", "fake"},
                          {500, 510, Category::kIdNumber, "first", "fake"}});
  const Document doc{text, {}, {}};
  ScanContext scan(text, Strictness::kStandard);
  scan.set_regions({{10, 990}});
  SpanSink sink;
  sink.Add({900, 901, Category::kHealth, "earlier", "another source"});
  ASSERT_TRUE(s.set->Find(doc, scan, sink).ok());
  ASSERT_EQ(sink.spans().size(), 3u);
  EXPECT_EQ(sink.spans()[0].rule, "earlier");
  EXPECT_EQ(sink.spans()[1].rule, "first");
  EXPECT_EQ(sink.spans()[2].rule, "second");
  ASSERT_EQ(scan.regions().size(), 1u);
  EXPECT_EQ(scan.regions()[0].begin, 10u);
  EXPECT_EQ(scan.regions()[0].end, 990u);
  // The keep detector saw the windows, not the caller's regions.
  EXPECT_EQ(s.detectors[0]->regions()[0].begin,
            500 - DetectorSet::kKeepRuleReach);
}

// The trigger pass's result stays in the context: a second run over the
// same context reads it and finds the same.
TEST(DetectorSet, SecondRunOverOneContextFindsTheSame) {
  std::vector<std::unique_ptr<FakeDetector>> fakes;
  fakes.push_back(std::make_unique<FakeDetector>(
      "at", std::vector<std::string>{"@"},
      std::vector<Span>{{0, 1, Category::kEmail, "fake", "fake"}}));
  FakeSet s = MakeSet(std::move(fakes));
  const Document doc{"a@b", {}, {}};
  ScanContext scan(doc.text, Strictness::kStandard);
  SpanSink first, second;
  ASSERT_TRUE(s.set->Find(doc, scan, first).ok());
  ASSERT_TRUE(s.set->Find(doc, scan, second).ok());
  EXPECT_EQ(ToFound(first.spans()), ToFound(second.spans()));
  EXPECT_EQ(first.spans().size(), 1u);
  EXPECT_EQ(s.detectors[0]->calls(), 2);
}

}  // namespace
}  // namespace wenshu

namespace wenshu {
namespace {

using detector_test::RunSource;

// Local house-certificate serials look like numbered documents (第…号),
// which a keep rule protects; the certificate before them must win.
TEST(DetectorSet, LocalHouseCertificateSerialsAreNotKeptAsDocumentNumbers) {
  for (const std::string text :
       {"房产证号：沪房地浦字(2005)第012345号。", "持有房地产权证第1234567号。",
        "林权证为浙林证字(2010)第000123号。"}) {
    Result<std::vector<Span>> spans =
        RunSource(DetectorSet::Standard(), text, Strictness::kStandard);
    ASSERT_TRUE(spans.ok());
    int certificates = 0, kept = 0;
    for (const Span& s : spans.value()) {
      certificates += s.category == Category::kPropertyCertificate;
      kept += s.category == Category::kProtected;
    }
    EXPECT_EQ(certificates, 1) << text;
    EXPECT_EQ(kept, 0) << text;
  }
}

}  // namespace
}  // namespace wenshu
