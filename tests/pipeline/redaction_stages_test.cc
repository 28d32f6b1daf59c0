#include "pipeline/redaction_stages.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "pipeline/decision_stages.h"
#include "pipeline/ingest_stages.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

constexpr char kText[] =
    "北京市朝阳区人民法院 刑事判决书 （2023）京0105刑初12号 "
    "被告人李四，男，1980年1月1日出生。 "
    "经审理查明，被告人李四殴打被害人王小明，"
    "致王小明患有抑郁症。王小明电话13812345678。 "
    "本院认为，被告人李四构成故意伤害罪。"
    " 审判员 王五 二〇二三年六月一日 书记员 赵六";

const Policy& ThePolicy() { return Policy::NationalDefault(); }

const PeopleFinder& People() {
  static const PeopleFinder finder(ThePolicy().people());
  return finder;
}
const HealthFinder& Health() {
  static const HealthFinder finder(ThePolicy().health());
  return finder;
}
const RedactionPass& Pass() {
  static const RedactionPass pass(ThePolicy());
  return pass;
}
const Verifier& TheVerifier() {
  static const Verifier verifier(DetectorSet::Standard(), Pass());
  return verifier;
}
const RepeatedIdentifierFinder& Repeats() {
  static const RepeatedIdentifierFinder finder(DetectorSet::Standard());
  return finder;
}
SpanSources Sources() {
  return SpanSources{DetectorSet::Standard(), Repeats(), People(), Health()};
}

// A record through every stage before FindSpans.
struct Decided {
  explicit Decided(std::string text, std::vector<std::string> terms = {})
      : record{"d", std::move(text), {}}, state(record) {
    record.meta.case_terms = std::move(terms);
    EXPECT_TRUE(ReadRecord(state).goes_on());
    EXPECT_TRUE(NormalizeRecord(state).goes_on());
    EXPECT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), state).goes_on());
    EXPECT_TRUE(ListCaseTerms(CaseTermsBook(), state).goes_on());
  }
  InputRecord record;
  DocumentState state;
};

std::vector<std::string> Texts(std::string_view text,
                               const std::vector<Span>& spans,
                               Category category) {
  std::vector<std::string> out;
  for (const Span& s : spans) {
    if (s.category == category)
      out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

TEST(FindSpans, PeopleSourceFillsTheSinkWithPseudonymsItKeeps) {
  Decided d(kText);
  ScanContext scan(d.state.document.text, Strictness::kStandard);
  SpanSink sink;
  ASSERT_TRUE(People().Find(d.state.document, scan, sink).ok());
  ASSERT_EQ(sink.anonymized().size(), 1u);
  EXPECT_EQ(sink.anonymized()[0].name, "王小明");
  EXPECT_EQ(sink.anonymized()[0].pseudonym, "王某某");
  const std::vector<std::string> mentions =
      Texts(d.state.document.text, sink.spans(), Category::kPersonName);
  EXPECT_EQ(mentions, (std::vector<std::string>{"王小明", "王小明", "王小明"}));
  for (const Span& s : sink.spans()) {
    // The kept names come as inviolable protected spans, never replaced.
    if (s.category == Category::kProtected) {
      EXPECT_TRUE(s.inviolable);
      continue;
    }
    EXPECT_EQ(s.replacement, "王某某");
  }
}

TEST(FindSpans, EverySourceInOrder) {
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  const std::vector<Span>& spans = d.state.spans.spans();
  ASSERT_FALSE(spans.empty());
  // The detectors' spans come first, then the people's, then health's.
  EXPECT_EQ(spans.front().category, Category::kPhone);
  EXPECT_EQ(spans.back().category, Category::kHealth);
  const std::string_view text = d.state.document.text;
  EXPECT_EQ(Texts(text, spans, Category::kPhone),
            std::vector<std::string>{"13812345678"});
  EXPECT_EQ(Texts(text, spans, Category::kHealth),
            std::vector<std::string>{"抑郁症"});
  EXPECT_EQ(Texts(text, spans, Category::kPersonName).size(), 3u);
  EXPECT_EQ(d.state.spans.anonymized().size(), 1u);
}

TEST(FindSpans, ListedTermsAreFoundAndCutOutOfKeptText) {
  Decided d(
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告：某某科技有限公司，电话13812345678，每吨成本为3500元。 "
      "本院认为，成立。",
      {"3500"});
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  const std::string_view text = d.state.document.text;
  EXPECT_EQ(Texts(text, d.state.spans.spans(), Category::kCaseSpecific),
            std::vector<std::string>{"3500"});
  // The amount keep rule (3500元) now keeps only what is not listed.
  EXPECT_EQ(Texts(text, d.state.spans.spans(), Category::kProtected),
            (std::vector<std::string>{"(2023)京0105民初12345号", "元"}));
}

TEST(FindSpans, EveryMentionOfAFoundValueAndItsValues) {
  Decided d(
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "经审理查明，被告驾驶京A12345号小型轿车，京 Ａ－１２３４５号车"
      "停放于小区。");
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  const std::string_view text = d.state.document.text;
  EXPECT_EQ(Texts(text, d.state.spans.spans(), Category::kPlate),
            (std::vector<std::string>{"京A12345", "京 A-12345"}));
  EXPECT_EQ(d.state.spans.identifier_values(),
            (std::vector<IdentifierValue>{{"京A12345", Category::kPlate}}));
}

// The one word pass of the detectors', people's and health words
// (SourceWords) changes no finding: over every sample judgment in UTF-8, the
// spans, people and values are those of each source making its own pass.
TEST(FindSpans, OneWordPassFindsWhatEachSourceFindsAlone) {
  namespace fs = std::filesystem;
  const WordPass words =
      SourceWords(DetectorSet::Standard(), People(), Health());
  ASSERT_EQ(words.members().size(), 3u);
  SpanSources joint = Sources();
  joint.words = &words;
  size_t samples = 0;
  const fs::path dir = fs::path(WENSHU_SOURCE_DIR) / "corpora" / "samples";
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".expected.") != std::string::npos ||
        name.find(".held.") != std::string::npos ||
        entry.path().extension() != ".txt")
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)),
                           std::istreambuf_iterator<char>());
    if (!IsWellFormedUtf8(text)) continue;
    Decided alone(text), together(text);
    ASSERT_EQ(FindSpans(Sources(), alone.state).goes_on(),
              FindSpans(joint, together.state).goes_on())
        << name;
    const SpanSink& a = alone.state.spans;
    const SpanSink& b = together.state.spans;
    ASSERT_EQ(a.spans().size(), b.spans().size()) << name;
    for (size_t i = 0; i < a.spans().size(); ++i) {
      const Span& x = a.spans()[i];
      const Span& y = b.spans()[i];
      EXPECT_TRUE(x.begin == y.begin && x.end == y.end &&
                  x.category == y.category && x.rule == y.rule &&
                  x.replacement == y.replacement)
          << name << ": span " << i;
    }
    ASSERT_EQ(a.anonymized().size(), b.anonymized().size()) << name;
    for (size_t i = 0; i < a.anonymized().size(); ++i)
      EXPECT_EQ(a.anonymized()[i].name, b.anonymized()[i].name) << name;
    EXPECT_EQ(a.kept_names(), b.kept_names()) << name;
    EXPECT_EQ(a.identifier_values(), b.identifier_values()) << name;
    ++samples;
  }
  EXPECT_GE(samples, 10u);
}

TEST(Rewrite, OnePassOverTheInputText) {
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  EXPECT_TRUE(Rewrite(Pass(), d.state).goes_on());
  const std::string& out = d.state.redacted.text;
  EXPECT_EQ(out.find("王小明"), std::string::npos);
  EXPECT_EQ(out.find("13812345678"), std::string::npos);
  EXPECT_NE(out.find("致王某某患有×××。"), std::string::npos) << out;
  EXPECT_FALSE(d.state.redacted.redactions.empty());
}

// Spans given by hand: a kept name and one span that reaches into it.
struct KeptNameRun {
  explicit KeptNameRun(Category category, std::string_view lost_text)
      : d("北京市朝阳区人民法院 刑事判决书 被告人李建军，住建国路88号李建军家中。") {
    const std::string_view text = d.state.document.text;
    // The name in the address: the second mention.
    const size_t k = text.rfind("李建军");
    const size_t at = text.find(lost_text, text.find("建国路"));
    Span kept{k, k + std::string_view("李建军").size(), Category::kProtected,
              "kept_name", "test"};
    kept.inviolable = true;
    Span other{at, at + lost_text.size(), category, "test_rule", "test"};
    other.replacement = "李某某";
    d.state.spans.mutable_spans() = {kept, other};
  }
  Decided d;
};

TEST(Rewrite, AConflictTheKeptNameSettlesIsRecordedAndGoesOn) {
  KeptNameRun run(Category::kPersonName, "李建");
  EXPECT_TRUE(Rewrite(Pass(), run.d.state).goes_on());
  ASSERT_EQ(run.d.state.redacted.kept_conflicts.size(), 1u);
  EXPECT_EQ(run.d.state.redacted.kept_conflicts[0].rule, "test_rule");
  EXPECT_EQ(run.d.state.redacted.text, run.d.state.record.text);
  ASSERT_TRUE(Publish(run.d.state).goes_on());
  EXPECT_EQ(run.d.state.doc.kept_conflicts.size(), 1u);
}

TEST(Rewrite, AValueLeftBehindByAKeptNameIsHeld) {
  KeptNameRun run(Category::kAddress, "建国路88号李建军家中");
  const StageOutcome outcome = Rewrite(Pass(), run.d.state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_NE(outcome.reason().find("kept name conflict: the address span "
                                  "(test_rule)"),
            std::string::npos)
      << outcome.reason();
}

// The verify pass holds the document with exactly `reason`.
void ExpectVerifyHolds(DocumentState& state, std::string_view reason) {
  const StageOutcome outcome = Verify(TheVerifier(), state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_EQ(outcome.reason(), reason);
}

TEST(Verify, CleanPublicTextGoesOn) {
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  ASSERT_TRUE(Rewrite(Pass(), d.state).goes_on());
  EXPECT_TRUE(Verify(TheVerifier(), d.state).goes_on());
}

TEST(Verify, SurvivingAnonymizedNameIsHeld) {
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  d.state.redacted.text = "被害人王小明。";  // as if the pass had missed it
  ExpectVerifyHolds(
      d.state, "verify: residual person_name at byte 9 of the public text");
}

TEST(Verify, SurvivingListedTermIsHeld) {
  Decided d("北京市朝阳区人民法院 民事判决书 原告：某公司。", {"某公司"});
  d.state.redacted.text = "原告：某 公司。";
  ExpectVerifyHolds(
      d.state, "verify: residual case_specific at byte 9 of the public text");
}

TEST(Verify, SurvivingIdentifierIsHeld) {
  Decided d(kText);
  d.state.redacted.text = "电话13812345678。";
  ExpectVerifyHolds(
      d.state,
      "verify: residual phone (rule mobile) at byte 0 of the public text");
}

// A civil judgment naming one plate: the find-spans stage prepares its
// value for the verify pass.
constexpr char kPlateJudgment[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "经审理查明，被告驾驶京A12345号小型轿车。";

TEST(Verify, SurvivingValueInAnotherWidthAndSpacingIsHeld) {
  Decided d(kPlateJudgment);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  d.state.redacted.text = "被告驾驶京 Ａ－１２３４５号小型轿车。";
  ExpectVerifyHolds(
      d.state,
      "verify: residual plate (rule repeated_value) at byte 12 of the "
      "public text");
}

TEST(Verify, LooksForTheValuesAsTheyStandNotAsFirstPrepared) {
  Decided d(kPlateJudgment);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  ASSERT_NE(d.state.spans.prepared_values(), nullptr);
  // A value the find-spans stage did not prepare: the verify pass looks
  // for it all the same, in any spacing.
  d.state.spans.identifier_values().push_back(
      {"QZ55667788W", Category::kTravelDocument});
  d.state.redacted.text = "其证件为QZ-5566-7788-W。";
  ExpectVerifyHolds(
      d.state,
      "verify: residual travel_document (rule repeated_value) at byte "
      "12 of the public text");
}

TEST(Verify, ASurvivorInChineseNumeralsIsHeld) {
  Decided d(
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告王某，电话一三九一一二八六七四五。");
  ASSERT_TRUE(d.state.normalized->has_numeral_runs());
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  d.state.redacted.text = "原告王某，电话一三九一一二八六七四五。";
  EXPECT_TRUE(Verify(TheVerifier(), d.state).holds());
}

TEST(Publish, MovesTheRewrittenTextIntoTheResult) {
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());
  ASSERT_TRUE(Rewrite(Pass(), d.state).goes_on());
  const std::string public_text = d.state.redacted.text;
  const size_t edits = d.state.redacted.redactions.size();
  EXPECT_TRUE(Publish(d.state).goes_on());
  EXPECT_EQ(d.state.doc.status, PublicationStatus::kPublished);
  EXPECT_EQ(d.state.doc.public_text, public_text);
  EXPECT_EQ(d.state.doc.redactions.size(), edits);
  ASSERT_EQ(d.state.doc.people.size(), 1u);
  EXPECT_EQ(d.state.doc.people[0].pseudonym, "王某某");
}

// Every other output field passes the same verify (issue 21, item 2).
struct FieldCase {
  const char* name;
  std::string id;
  std::string court;
  std::string cause;
  std::string held_reason;  // empty: the document goes on as it was
};

class VerifyOutputFieldsTest : public ::testing::TestWithParam<FieldCase> {};

TEST_P(VerifyOutputFieldsTest, AFieldCarryingAValueIsEmptiedAndHeld) {
  const FieldCase& c = GetParam();
  Decided d(kText);
  ASSERT_TRUE(FindSpans(Sources(), d.state).goes_on());  // the people
  d.state.doc.status = PublicationStatus::kPublished;
  d.state.doc.public_text = "x";
  d.state.doc.id = c.id;
  d.state.doc.header = DocumentHeader{};
  d.state.doc.header->court = c.court;
  d.state.doc.header->cause = c.cause;
  VerifyOutputFields(TheVerifier(), d.state);
  const ProcessedDocument& doc = d.state.doc;
  if (c.held_reason.empty()) {
    EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
    EXPECT_EQ(doc.id, c.id);
    EXPECT_EQ(doc.header->court, c.court);
    EXPECT_EQ(doc.header->cause, c.cause);
    return;
  }
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error, c.held_reason);
  EXPECT_TRUE(doc.public_text.empty());
  // Nothing of the value is left in any field.
  for (const std::string& field :
       {doc.id.value_or(""), doc.header->court, doc.header->cause, doc.error}) {
    EXPECT_EQ(field.find("110105198001011238"), std::string::npos);
    EXPECT_EQ(field.find("13911286745"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fields, VerifyOutputFieldsTest,
    ::testing::Values(
        FieldCase{"CleanFieldsGoOn", "2023-0001", "北京市朝阳区人民法院",
                  "民间借贷纠纷", ""},
        FieldCase{"AnIdInTheCourt", "2023-0001",
                  "北京市朝阳区人民法院 110105198001011238", "民间借贷纠纷",
                  "verify: meta field header.court carries a protected value"},
        FieldCase{"APhoneInTheCause", "2023-0001", "北京市朝阳区人民法院",
                  "民间借贷纠纷 13911286745",
                  "verify: meta field header.cause carries a protected value"},
        FieldCase{"AKeyWithDigitRunsIsNoPhone",
                  "judge-08053114-ea29-41a6-b190-b17377540906",
                  "北京市朝阳区人民法院", "民间借贷纠纷", ""},
        FieldCase{"AVictimsNameInTheId", "王小明-2023", "北京市朝阳区人民法院",
                  "民间借贷纠纷",
                  "verify: meta field id carries a protected value"},
        FieldCase{"AnIdAsTheId", "110105198001011238", "北京市朝阳区人民法院",
                  "民间借贷纠纷",
                  "verify: meta field id carries a protected value"},
        FieldCase{"AVictimsNameInTheCause", "2023-0001",
                  "北京市朝阳区人民法院", "王小明被盗案",
                  "verify: meta field header.cause carries a protected value"},
        FieldCase{"IllFormedBytes", "2023-0001", "北京市\xE4人民法院",
                  "民间借贷纠纷",
                  "verify: meta field header.court carries a protected value"}),
    [](const ::testing::TestParamInfo<FieldCase>& info) {
      return std::string(info.param.name);
    });

TEST(VerifyOutputFields, AnErrorQuotingAValueIsReplaced) {
  Decided d(kText);
  d.state.doc = HeldDocument(std::move(d.state.doc),
                             "decision: no date in meta.decision_date "
                             "13911286745");
  VerifyOutputFields(TheVerifier(), d.state);
  EXPECT_EQ(d.state.doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(d.state.doc.error.find("13911286745"), std::string::npos);
}

// A writer over a text whose lines are its pieces: Write returns what it
// was given, Texts what the test says the written file carries.
class LineWriter : public PublicFileWriter {
 public:
  LineWriter(const std::string& text, std::vector<FileText> texts,
             bool whole_lines = false)
      : texts_(std::move(texts)), whole_lines_(whole_lines) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) pieces_.push_back({start, end});
      start = end + 1;
    }
  }
  Result<std::string> Write(const ProcessedDocument& doc) const override {
    written_redactions = doc.redactions;
    return "FILE:" + doc.public_text;
  }
  Result<std::vector<FileText>> Texts(std::string_view) const override {
    return texts_;
  }
  const std::vector<TextPiece>& Pieces() const override { return pieces_; }
  bool DeletesWholeLines() const override { return whole_lines_; }

  mutable std::vector<Redaction> written_redactions;

 private:
  std::vector<TextPiece> pieces_;
  std::vector<FileText> texts_;
  bool whole_lines_;
};

// A published document of `text` with `redactions` (in offsets of text).
struct Published {
  Published(std::string text, std::vector<Redaction> redactions)
      : record{"p", std::move(text), {}}, state(record) {
    state.doc.status = PublicationStatus::kPublished;
    state.doc.redactions = std::move(redactions);
    state.doc.public_text =
        RedactionPass::Apply(record.text, state.doc.redactions);
  }
  InputRecord record;
  DocumentState state;
};

Redaction Edit(size_t begin, size_t end, std::string replacement) {
  Redaction r;
  r.begin = begin;
  r.end = end;
  r.replacement = std::move(replacement);
  r.category = Category::kPhone;
  r.rule = "test";
  return r;
}

TEST(WritePublicFile, AMaskOverLinesIsSplitAroundThemAndTheTextStays) {
  // "138\n1234\n5678" masked as one number written over three lines.
  Published p("电话138\n1234\n5678。\n", {Edit(6, 19, "138\n××××\n××××")});
  const std::string before = p.state.doc.public_text;
  LineWriter writer(p.record.text, {});
  ASSERT_TRUE(WritePublicFile(TheVerifier(), writer, p.state).goes_on());
  EXPECT_EQ(p.state.doc.public_text, before);
  EXPECT_EQ(p.state.doc.public_file, "FILE:" + before);
  ASSERT_EQ(writer.written_redactions.size(), 3u);
  EXPECT_EQ(writer.written_redactions[1].begin, 10u);
  EXPECT_EQ(writer.written_redactions[1].end, 14u);
  EXPECT_EQ(writer.written_redactions[1].replacement, "××××");
}

TEST(WritePublicFile, ALineDeletedWholeKeepsItsBreakUnlessTheFormatCanDropIt) {
  const std::string text = "甲\n电话13812345678\n乙\n";
  // The second line and its line break, deleted.
  const Redaction whole = Edit(4, 22, "");
  {
    Published p(text, {whole});
    LineWriter writer(text, {});
    ASSERT_TRUE(WritePublicFile(TheVerifier(), writer, p.state).goes_on());
    EXPECT_EQ(p.state.doc.public_text, "甲\n\n乙\n");
    ASSERT_EQ(p.state.doc.redactions.size(), 1u);
    EXPECT_EQ(p.state.doc.redactions[0].end, 21u);
  }
  {
    Published p(text, {whole});
    LineWriter writer(text, {}, /*whole_lines=*/true);
    ASSERT_TRUE(WritePublicFile(TheVerifier(), writer, p.state).goes_on());
    EXPECT_EQ(p.state.doc.public_text, "甲\n乙\n");
  }
}

TEST(WritePublicFile, ADeletionOverSeveralLinesLeavesTheirBreaks) {
  const std::string text = "卡号6222\n0202\n0000\n1234562。\n";
  Published p(text, {Edit(0, 28, "")});
  LineWriter writer(text, {});
  ASSERT_TRUE(WritePublicFile(TheVerifier(), writer, p.state).goes_on());
  EXPECT_EQ(p.state.doc.public_text, "\n\n\n。\n");
  // Where empty lines are dropped (a page), the lines left empty go whole.
  Published page(text, {Edit(0, 28, "")});
  LineWriter page_writer(text, {}, /*whole_lines=*/true);
  ASSERT_TRUE(WritePublicFile(TheVerifier(), page_writer, page.state).goes_on());
  EXPECT_EQ(page.state.doc.public_text, "。\n");
}

TEST(WritePublicFile, AProtectedValueAnywhereInTheWrittenFileHolds) {
  const std::string text = "北京市朝阳区人民法院\n民事判决书\n";
  const struct {
    const char* name;
    std::vector<FileText> texts;
    bool holds;
  } cases[] = {
      {"clean parts", {{"word/styles.xml", "Normal\n\n12240\n\n15840\n\n"}},
       false},
      {"an ID in a property", {{"docProps/core.xml", "110105198001011238"}},
       true},
      {"a phone in an attribute",
       {{"the page", "judgment\n\n13911286745\n\n"}}, true},
      {"a company's seat read alone", {{"the page", "住所地：北京市朝阳区建设路66号"}},
       false},
  };
  for (const auto& c : cases) {
    Published p(text, {});
    LineWriter writer(text, c.texts);
    const StageOutcome outcome =
        WritePublicFile(TheVerifier(), writer, p.state);
    EXPECT_EQ(outcome.holds(), c.holds) << c.name << ": " << outcome.reason();
    if (c.holds) {
      EXPECT_NE(outcome.reason().find("verify: the written file carries a "
                                      "protected value in " +
                                      c.texts[0].where),
                std::string::npos)
          << outcome.reason();
      for (const FileText& t : c.texts)
        EXPECT_EQ(outcome.reason().find(t.text), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace wenshu
