#include "pipeline/document_processor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/pipeline/standard_processor.h"

namespace wenshu {
namespace {

const DocumentProcessor& Processor() {
  return testing_support::StandardProcessor();
}

constexpr char kText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：张三，联系电话13812345678。"
    " 本院认为，借贷关系成立。 审判员 王五 二〇二三年六月一日 书记员 赵六";

DocumentProcessor WithBudget(const DocumentBudget& budget) {
  return DocumentProcessor(Policy::NationalDefault(), DetectorSet::Standard(),
                           CaseTermsBook(), RequestIndex(),
                           WorkCalendar::China(), budget);
}

std::string TextOfBytes(size_t bytes) {
  std::string text;
  while (text.size() + 3 <= bytes) text += "甲";
  return text;
}

TEST(DocumentBudget, OverSizeNamesTheSizeTheBudgetAndTheOption) {
  DocumentBudget budget;
  EXPECT_EQ(budget.max_bytes, 20u << 20);
  EXPECT_EQ(budget.OverSize(20u << 20), "");
  EXPECT_EQ(budget.OverSize(static_cast<size_t>(52.1 * 1048576)),
            "document is 52.1 MB, over the 20 MB budget (--max-document-mb)");
  budget.max_bytes = 100;
  EXPECT_EQ(budget.OverSize(101),
            "document is 101 bytes, over the 100 byte budget "
            "(--max-document-mb)");
}

TEST(DocumentProcessor, ADocumentOverTheSizeBudgetIsHeldUnread) {
  DocumentBudget budget;
  budget.max_bytes = 1 << 20;
  const DocumentProcessor processor = WithBudget(budget);
  const ProcessedDocument doc =
      processor.ProcessRecord(InputRecord{"big", TextOfBytes(1572864), {}});
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error,
            "document is 1.5 MB, over the 1 MB budget (--max-document-mb)");
  EXPECT_EQ(doc.id, "big");
  EXPECT_EQ(doc.input_bytes, 1572864u);
  EXPECT_FALSE(doc.header.has_value());  // never analyzed
  // The same through a JSON line: the line's size counts.
  const std::string line =
      "{\"id\":\"big\",\"text\":\"" + TextOfBytes(1572864) + "\"}";
  const ProcessedDocument from_line = processor.ProcessJsonLine(line, 7);
  EXPECT_EQ(from_line.status, PublicationStatus::kHeld);
  EXPECT_EQ(from_line.error,
            "line 7: document is 1.5 MB, over the 1 MB budget "
            "(--max-document-mb)");
  EXPECT_EQ(from_line.line_number, 7u);
}

// Budgets that are not reached change nothing: the output is the one
// without them, byte for byte.
TEST(DocumentProcessor, ADocumentUnderItsBudgetsComesOutAsWithoutThem) {
  DocumentBudget budget;
  budget.max_bytes = sizeof kText - 1;  // exactly the text
  budget.max_time = std::chrono::hours(1);
  const ProcessedDocument want =
      Processor().ProcessRecord(InputRecord{"d", kText, {}});
  const ProcessedDocument got =
      WithBudget(budget).ProcessRecord(InputRecord{"d", kText, {}});
  ASSERT_EQ(want.status, PublicationStatus::kPublished) << want.error;
  EXPECT_EQ(got.status, want.status) << got.error;
  EXPECT_EQ(got.public_text, want.public_text);
  EXPECT_EQ(got.redactions.size(), want.redactions.size());
}

TEST(DocumentProcessor, AZeroTimeBudgetHoldsBeforeTheFirstStage) {
  DocumentBudget budget;
  budget.max_time = std::chrono::seconds(0);
  const ProcessedDocument doc =
      WithBudget(budget).ProcessRecord(InputRecord{"d", kText, {}});
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error,
            "document ran past the 0 s budget (--max-document-seconds) "
            "before read");
  EXPECT_EQ(doc.id, "d");
  EXPECT_TRUE(doc.public_text.empty());
}

// A clock that moves one second each time it is read: the deadline is
// read once when the work starts and once before each stage (and before
// each span source after the first in find spans), so a budget of N.5
// seconds runs out before the (N+1)-th check.
WorkDeadline::Clock::time_point ticking_now;
WorkDeadline::Clock::time_point TickingNow() {
  ticking_now += std::chrono::seconds(1);
  return ticking_now;
}

struct TimeCase {
  double seconds;
  const char* stopped_before;
};

class DocumentProcessorTimeBudget : public ::testing::TestWithParam<TimeCase> {
};

TEST_P(DocumentProcessorTimeBudget, HoldsWhereTheChainRanOutOfTime) {
  DocumentBudget budget;
  budget.max_time =
      std::chrono::duration_cast<WorkDeadline::Clock::duration>(
          std::chrono::duration<double>(GetParam().seconds));
  budget.now = &TickingNow;
  const DocumentProcessor processor = WithBudget(budget);
  char want[200];
  std::snprintf(want, sizeof want,
                "document ran past the %g s budget (--max-document-seconds) "
                "before %s",
                GetParam().seconds, GetParam().stopped_before);
  const ProcessedDocument doc =
      processor.ProcessRecord(InputRecord{"d", kText, {}});
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error, want);
  EXPECT_TRUE(doc.public_text.empty());
  // From a JSON line the clock starts before parsing: the same checks.
  const ProcessedDocument from_line = processor.ProcessJsonLine(
      "{\"id\":\"d\",\"text\":\"" + std::string(kText) + "\"}", 1);
  EXPECT_EQ(from_line.error, want);
}

INSTANTIATE_TEST_SUITE_P(
    Stages, DocumentProcessorTimeBudget,
    ::testing::Values(TimeCase{0.5, "read"}, TimeCase{3.5, "case terms"},
                      TimeCase{7.5, "find spans"},
                      TimeCase{8.5, "repeated identifiers"},
                      TimeCase{10.5, "health"}, TimeCase{12.5, "rewrite"}),
    [](const ::testing::TestParamInfo<TimeCase>& info) {
      std::string name = info.param.stopped_before;
      std::erase(name, ' ');
      return "Before_" + name;
    });

TEST(DocumentProcessor, AmpleTimeOnTheTickingClockPublishes) {
  DocumentBudget budget;
  budget.max_time = std::chrono::seconds(100);
  budget.now = &TickingNow;
  const ProcessedDocument doc =
      WithBudget(budget).ProcessRecord(InputRecord{"d", kText, {}});
  EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
}

TEST(DocumentProcessor, MetadataOverridesWhatTheTextSays) {
  InputRecord record{"d", kText, {}};
  record.meta.case_number = "（2023）京0105民初99号";
  record.meta.decision_date = "2023-06-05";
  record.meta.cause = "民间借贷纠纷";
  ProcessedDocument doc = Processor().ProcessRecord(record);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  ASSERT_TRUE(doc.header.has_value());
  ASSERT_TRUE(doc.header->case_number.has_value());
  EXPECT_EQ(doc.header->case_number->sequence, "99");
  EXPECT_EQ(doc.header->decision_date->Iso(), "2023-06-05");
  EXPECT_EQ(doc.header->cause, "民间借贷纠纷");
}

TEST(DocumentProcessor, ADecisionDateThatIsNoDateIsHeld) {
  InputRecord record{"d", kText, {}};
  record.meta.decision_date = "yesterday";
  ProcessedDocument doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_NE(doc.error.find("meta.decision_date"), std::string::npos);
  EXPECT_TRUE(doc.public_text.empty());
}

TEST(DocumentProcessor, HeaderOffsetsPointIntoTheInput) {
  ProcessedDocument doc =
      Processor().ProcessRecord(InputRecord{"d", kText, {}});
  ASSERT_TRUE(doc.header.has_value());
  ASSERT_TRUE(doc.header->case_number.has_value());
  const std::string input = kText;
  const CaseNumber& n = *doc.header->case_number;
  EXPECT_EQ(input.substr(n.begin, n.end - n.begin),
            "（2023）京0105民初12345号");
  EXPECT_EQ(doc.header->zones.back().end, input.size());
}

TEST(DocumentProcessor, EmptyAndControlCharactersAreHeld) {
  EXPECT_EQ(Processor().ProcessRecord(InputRecord{"e", "", {}}).status,
            PublicationStatus::kHeld);
  ProcessedDocument doc =
      Processor().ProcessRecord(InputRecord{"c", "正文\x01", {}});
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_NE(doc.error.find("control character at byte 6"), std::string::npos);
}

// Case-specific lists (rules §5, last four rows): in the record's metadata
// and in the side file, by case number.

constexpr char kSecretText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：某某科技有限公司。 被告：李四，男，住北京市朝阳区。 "
    "原告使用配方A-17生产涂料，配 方 Ａ－１７ 系原告的商业秘密，"
    "每吨成本为3500元。 本院认为，被告应当停止使用配方A-17。 "
    "审判员 王五 二〇二三年六月一日 书记员 赵六";

constexpr char kSecretPublic[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：某某科技有限公司。 被告：李四，男，住北京市朝阳区。 "
    "原告使用×××-××生产涂料，× × ×－×× 系原告的商业秘密，"
    "每吨成本为×××××。 本院认为，被告应当停止使用×××-××。 "
    "审判员 王五 二〇二三年六月一日 书记员 赵六";

CaseTermsBook Book(const std::string& json) {
  Result<CaseTermsBook> book = CaseTermsBook::Parse(json);
  EXPECT_TRUE(book.ok()) << book.status().message();
  return book.ok() ? book.value() : CaseTermsBook();
}

TEST(DocumentProcessor, MetaCaseTermsAreMaskedAtEveryOccurrence) {
  InputRecord record{"d", kSecretText, {}};
  record.meta.case_terms = {"配方A-17", "3500元"};
  ProcessedDocument doc = Processor().ProcessRecord(record);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, kSecretPublic);
  // Every edit is audited as case_specific, at the original bytes.
  const std::string input = kSecretText;
  std::vector<std::string> removed;
  for (const Redaction& r : doc.redactions) {
    EXPECT_EQ(r.category, Category::kCaseSpecific);
    EXPECT_EQ(r.action, Action::kMask);
    EXPECT_EQ(r.rule, "case_term");
    removed.push_back(input.substr(r.begin, r.end - r.begin));
  }
  EXPECT_EQ(removed, (std::vector<std::string>{"配方A-17", "配 方 Ａ－１７",
                                               "3500元", "配方A-17"}));
}

// An amount and a date next to an identifier are kept by rule (protected
// spans); listed for the case, they go all the same.
TEST(DocumentProcessor, AListedTermOverridesTheKeepRules) {
  struct {
    std::string text;
    std::string term;
    std::string public_text;
  } cases[] = {
      {"原告与被告约定借款100,000.50元，"
       "转入账号6222020200192233445。本院认为。",
       "100,000.50元",
       "原告与被告约定借款×××××××××××，"
       "转入账号×××××××××××××××3445。本院认为。"},
      {"侦查机关于2022年6月1日调取了被告人的通话记录13812345678。本院认为。",
       "2022年6月1日",
       "侦查机关于×××××××××调取了被告人的通话记录138××××××××。本院认为。"},
  };
  for (const auto& c : cases) {
    InputRecord record{"d", c.text, {}};
    record.meta.doc_type = "民事判决书";
    ProcessedDocument unlisted = Processor().ProcessRecord(record);
    ASSERT_EQ(unlisted.status, PublicationStatus::kPublished) << unlisted.error;
    EXPECT_NE(unlisted.public_text.find(c.term), std::string::npos);
    record.meta.case_terms = {c.term};
    ProcessedDocument doc = Processor().ProcessRecord(record);
    ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
    EXPECT_EQ(doc.public_text, c.public_text);
  }
}

TEST(DocumentProcessor, SideFileTermsFollowTheCaseNumber) {
  // Written with half-width brackets and a space; the text has full-width
  // brackets.
  const DocumentProcessor processor(
      Policy::NationalDefault(), DetectorSet::Standard(),
      Book(R"({"(2023) 京0105民初12345号": ["配方A-17", "3500元"],
               "(2023)京0105民初12346号": ["李四"]})"));
  ProcessedDocument doc =
      processor.ProcessRecord(InputRecord{"d", kSecretText, {}});
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, kSecretPublic);
}

TEST(DocumentProcessor, SideFileAndMetadataAddUp) {
  const DocumentProcessor processor(
      Policy::NationalDefault(), DetectorSet::Standard(),
      Book(R"({"（2023）京0105民初12345号": ["3500元"]})"));
  InputRecord record{"d", kSecretText, {}};
  record.meta.case_terms = {"配 方A-17"};
  ProcessedDocument doc = processor.ProcessRecord(record);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, kSecretPublic);
}

TEST(DocumentProcessor, SideFileFollowsTheMetadataCaseNumber) {
  const DocumentProcessor processor(
      Policy::NationalDefault(), DetectorSet::Standard(),
      Book(R"({"(2023)京0105民初12345号": ["李四"],
               "(2023)京0105民初99号": ["配方A-17", "3500元"]})"));
  InputRecord record{"d", kSecretText, {}};
  record.meta.case_number = "（2023）京0105民初99号";
  ProcessedDocument doc = processor.ProcessRecord(record);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, kSecretPublic);
}

TEST(DocumentProcessor, SideFileOfAnotherCaseChangesNothing) {
  const DocumentProcessor processor(
      Policy::NationalDefault(), DetectorSet::Standard(),
      Book(R"({"(2023)京0105民初1234号": ["配方A-17"]})"));
  ProcessedDocument doc =
      processor.ProcessRecord(InputRecord{"d", kSecretText, {}});
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, kSecretText);
}

TEST(DocumentProcessor, AnEmptyListedTermIsHeld) {
  InputRecord record{"d", kSecretText, {}};
  record.meta.case_terms = {"配方A-17", "\u3000 "};
  ProcessedDocument doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error, "meta.case_terms[1] is empty or only whitespace");
  EXPECT_TRUE(doc.public_text.empty());
}

// The last four digits of a card are kept by its mask; listed for the case,
// they would survive in the public text: the verify pass holds the document
// and does not repeat the term.
TEST(DocumentProcessor, AListedTermThatSurvivesIsHeldByTheVerifyPass) {
  const std::string text =
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告：某某科技有限公司。 被告向原告转入卡号为6222020200192233445的账户。"
      " 本院认为，借贷关系成立。";
  const std::string masked =
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告：某某科技有限公司。 被告向原告转入卡号为×××××××××××××××3445的账户。"
      " 本院认为，借贷关系成立。";
  ProcessedDocument published =
      Processor().ProcessRecord(InputRecord{"d", text, {}});
  ASSERT_EQ(published.status, PublicationStatus::kPublished) << published.error;
  ASSERT_EQ(published.public_text, masked);
  InputRecord record{"d", text, {}};
  record.meta.case_terms = {"3445"};
  ProcessedDocument doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error, "verify: residual case_specific at byte " +
                           std::to_string(masked.find("3445")) +
                           " of the public text");
  EXPECT_TRUE(doc.public_text.empty());
}

// The chain stops at the first stage that holds: the analysis (a bad
// decision date) comes before the case terms (an empty term) and the due
// date, so neither of those leaves a trace.
TEST(DocumentProcessor, TheFirstStageThatHoldsStopsTheChain) {
  InputRecord record{"d", kText, {}};
  record.meta.decision_date = "yesterday";
  record.meta.case_terms = {" "};
  record.meta.effective_date = "2024-03-01";
  ProcessedDocument doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error,
            "meta.decision_date \"yesterday\" is not a date (2023-06-01 or "
            "二〇二三年六月一日)");
  EXPECT_FALSE(doc.due_date.has_value());
  EXPECT_FALSE(doc.header.has_value());

  record.meta.decision_date.reset();
  doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.error, "meta.case_terms[0] is empty or only whitespace");
  EXPECT_FALSE(doc.due_date.has_value());
}

// A withheld document finishes the chain at the decision: it keeps its
// grounds and due date and is never redacted.
TEST(DocumentProcessor, WithheldDocumentFinishesAtTheDecision) {
  InputRecord record{"d", kText, {}};
  record.meta.doc_type = "民事调解书";
  record.meta.effective_date = "2024-03-01";
  ProcessedDocument doc = Processor().ProcessRecord(record);
  EXPECT_EQ(doc.status, PublicationStatus::kWithheld);
  EXPECT_EQ(doc.grounds, std::vector<std::string>{"mediation"});
  EXPECT_TRUE(doc.due_date.has_value());
  EXPECT_EQ(doc.error, "");
  EXPECT_EQ(doc.public_text, "");
  EXPECT_TRUE(doc.redactions.empty());
  EXPECT_TRUE(doc.people.empty());
}

}  // namespace
}  // namespace wenshu
