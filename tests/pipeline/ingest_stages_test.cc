#include "pipeline/ingest_stages.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

constexpr char kText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：张三，联系电话１３８１２３４５６７８。"
    " 本院认为，借贷关系成立。 审判员 王五 二〇二三年六月一日 书记员 赵六";

// A state that went through ReadRecord and NormalizeRecord.
void Ingest(DocumentState& state) {
  ASSERT_TRUE(ReadRecord(state).goes_on());
  ASSERT_TRUE(NormalizeRecord(state).goes_on());
}

TEST(ReadRecord, CopiesTheIdAndSize) {
  const InputRecord record{"d1", "正文", {}};
  DocumentState state(record);
  EXPECT_TRUE(ReadRecord(state).goes_on());
  EXPECT_EQ(state.doc.id, "d1");
  EXPECT_EQ(state.doc.input_bytes, 6u);
}

TEST(ReadRecord, EmptyTextIsHeld) {
  const InputRecord record{"e", "", {}};
  DocumentState state(record);
  const StageOutcome outcome = ReadRecord(state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_EQ(outcome.reason(), "text is empty");
  EXPECT_EQ(state.doc.id, "e");
}

TEST(ReadRecord, ControlCharacterIsHeldWithWhatValidationSays) {
  const InputRecord record{"c", "正文\x01", {}};
  DocumentState state(record);
  const StageOutcome outcome = ReadRecord(state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_EQ(outcome.reason(), ValidateText(record.text).message());
  EXPECT_NE(outcome.reason().find("control character at byte 6"),
            std::string::npos);
}

TEST(NormalizeRecord, DocumentViewsTheNormalizedText) {
  const InputRecord record{"d", "电话１３８", {}};
  DocumentState state(record);
  Ingest(state);
  ASSERT_TRUE(state.normalized.has_value());
  EXPECT_EQ(state.document.text, "电话138");
  EXPECT_EQ(state.document.text.data(), state.normalized->text().data());
  EXPECT_EQ(state.normalized->offsets().ToOriginalBegin(7), 9u);
}

TEST(AnalyzeDocument, ReadsTheHeaderFromTheText) {
  const InputRecord record{"d", kText, {}};
  DocumentState state(record);
  Ingest(state);
  ASSERT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), state).goes_on());
  const DocumentHeader& header = state.document.header;
  EXPECT_EQ(header.court, "北京市朝阳区人民法院");
  EXPECT_EQ(header.doc_type, "民事判决书");
  ASSERT_TRUE(header.case_number.has_value());
  EXPECT_EQ(header.case_number->text, "(2023)京0105民初12345号");
  ASSERT_TRUE(header.decision_date.has_value());
  EXPECT_EQ(header.decision_date->Iso(), "2023-06-01");
}

TEST(AnalyzeDocument, MetadataOverridesTheTextAndKeepsTheOffsets) {
  InputRecord record{"d", kText, {}};
  record.meta.case_number = "（2023）京0105民初99号";
  record.meta.court = "北京市朝阳区人民法院（测试）";
  record.meta.doc_type = "民事裁定书";
  record.meta.cause = "民间借贷纠纷";
  record.meta.decision_date = "二〇二三年六月五日";
  DocumentState state(record);
  Ingest(state);
  ASSERT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), state).goes_on());
  const DocumentHeader& header = state.document.header;
  ASSERT_TRUE(header.case_number.has_value());
  EXPECT_EQ(header.case_number->text, "(2023)京0105民初99号");
  const std::string_view text = state.document.text;
  EXPECT_EQ(text.substr(header.case_number->begin,
                        header.case_number->end - header.case_number->begin),
            "(2023)京0105民初12345号");
  EXPECT_EQ(header.court, "北京市朝阳区人民法院（测试）");
  EXPECT_EQ(header.doc_type, "民事裁定书");
  EXPECT_EQ(header.cause, "民间借贷纠纷");
  EXPECT_EQ(header.decision_date->Iso(), "2023-06-05");
}

TEST(AnalyzeDocument, DecisionDateThatIsNoDateIsHeld) {
  InputRecord record{"d", kText, {}};
  record.meta.decision_date = "yesterday";
  DocumentState state(record);
  Ingest(state);
  const StageOutcome outcome =
      AnalyzeDocument(DocumentAnalyzer::Instance(), state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_EQ(outcome.reason(),
            "meta.decision_date \"yesterday\" is not a date (2023-06-01 or "
            "二〇二三年六月一日)");
}

// The state after the analysis of kText with `terms` in the record.
struct Analyzed {
  explicit Analyzed(std::vector<std::string> terms)
      : record{"d", kText, {}}, state(record) {
    record.meta.case_terms = std::move(terms);
  }
  InputRecord record;
  DocumentState state;
};

TEST(ListCaseTerms, RecordAndSideFileAddUp) {
  Analyzed a({"借贷关系", "王五"});
  Ingest(a.state);
  ASSERT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), a.state).goes_on());
  Result<CaseTermsBook> book = CaseTermsBook::Parse(
      R"({"（2023）京0105民初12345号": ["赵六", "王五"]})");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_TRUE(ListCaseTerms(book.value(), a.state).goes_on());
  EXPECT_EQ(a.state.case_terms.size(), 3u);
}

TEST(ListCaseTerms, SideFileOfAnotherCaseAddsNothing) {
  Analyzed a({});
  Ingest(a.state);
  ASSERT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), a.state).goes_on());
  Result<CaseTermsBook> book =
      CaseTermsBook::Parse(R"({"（2023）京0105民初1号": ["赵六"]})");
  ASSERT_TRUE(book.ok());
  EXPECT_TRUE(ListCaseTerms(book.value(), a.state).goes_on());
  EXPECT_TRUE(a.state.case_terms.empty());
}

TEST(ListCaseTerms, AnEmptyTermIsHeldByItsPosition) {
  Analyzed a({"配方A-17", "\u3000 "});
  Ingest(a.state);
  ASSERT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), a.state).goes_on());
  const StageOutcome outcome = ListCaseTerms(CaseTermsBook(), a.state);
  EXPECT_TRUE(outcome.holds());
  EXPECT_EQ(outcome.reason(), "meta.case_terms[1] is empty or only whitespace");
}

}  // namespace
}  // namespace wenshu
