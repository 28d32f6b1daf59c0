#include "publishers/check_report.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

ProcessedDocument Withheld() {
  ProcessedDocument doc;
  doc.id = "doc-7";
  doc.line_number = 7;
  doc.status = PublicationStatus::kWithheld;
  doc.grounds = {"mediation", "divorce_or_custody"};
  DocumentHeader header;
  header.cause = "离婚纠纷";
  header.case_number = ParseCaseNumber("(2023)京0105民初123号");
  doc.header = header;
  doc.decision_reasons = {{"mediation", "doc_type", "民事调解书"},
                          {"divorce_or_custody", "cause", ""}};
  doc.decision_signals = {"doc_type:民事调解书", "cause:离婚纠纷 (stated)"};
  doc.due_date = "2024-03-12";
  return doc;
}

TEST(CheckReport, HeaderNamesEveryColumn) {
  EXPECT_EQ(CheckReportHeader(),
            "line\tid\tstatus\tgrounds\tcase_number\tcause\tdue_date\t"
            "days_overdue\treasons\tsignals\n");
}

TEST(CheckReport, WithheldRowListsGroundsAndReasons) {
  EXPECT_EQ(FormatCheckRow(Withheld(), std::nullopt),
            "7\tdoc-7\twithheld\tmediation,divorce_or_custody\t"
            "(2023)京0105民初123号\t离婚纠纷\t2024-03-12\t\t"
            "mediation (doc_type: 民事调解书); divorce_or_custody (cause)\t"
            "stated: doc_type:民事调解书; cause:离婚纠纷 (stated)\n");
}

TEST(CheckReport, HeldRowStartsItsReasonsWithTheError) {
  ProcessedDocument doc;
  doc.line_number = 3;
  doc.status = PublicationStatus::kHeld;
  doc.error = "text is not valid UTF-8 at byte 12";
  EXPECT_EQ(FormatCheckRow(doc, std::nullopt),
            "3\t\theld\t\t\t\t\t\ttext is not valid UTF-8 at byte 12\t\n");
}

TEST(CheckReport, InferredCauseIsMarked) {
  ProcessedDocument doc = Withheld();
  doc.cause_inferred = true;
  const std::string row = FormatCheckRow(doc, std::nullopt);
  EXPECT_NE(row.find("\t离婚纠纷 (inferred)\t"), std::string::npos) << row;
}

TEST(CheckReport, SignalsSayWhetherTheDecisionWasInferred) {
  ProcessedDocument doc = Withheld();
  doc.decision_inferred = true;
  doc.decision_signals = {"cause:合同纠纷 (stated)", "holding:抚养费×2"};
  const std::string row = FormatCheckRow(doc, std::nullopt);
  EXPECT_TRUE(row.ends_with(
      "\tinferred: cause:合同纠纷 (stated); holding:抚养费×2\n"))
      << row;
}

TEST(CheckReport, TabsAndLineBreaksInFieldsBecomeSpaces) {
  ProcessedDocument doc;
  doc.id = "a\tb\nc\rd";
  doc.status = PublicationStatus::kHeld;
  doc.error = "line one\nline two";
  EXPECT_EQ(FormatCheckRow(doc, std::nullopt),
            "0\ta b c d\theld\t\t\t\t\t\tline one line two\t\n");
}

TEST(CheckReport, DueNoteWithoutADateShowsADash) {
  ProcessedDocument doc;
  doc.status = PublicationStatus::kPublished;
  doc.due_note = "no effective date in the metadata";
  EXPECT_EQ(FormatCheckRow(doc, std::nullopt),
            "0\t\tpublished\t\t\t\t-\t\t\t\n");
}

TEST(CheckReport, DueNoteBesideADateGoesToTheReasons) {
  ProcessedDocument doc;
  doc.status = PublicationStatus::kPublished;
  doc.due_date = "2030-01-10";
  doc.due_note = "the holiday calendar does not cover 2030";
  EXPECT_EQ(FormatCheckRow(doc, std::nullopt),
            "0\t\tpublished\t\t\t\t2030-01-10\t\t"
            "due_date (the holiday calendar does not cover 2030)\t\n");
}

struct OverdueCase {
  const char* name;
  std::optional<std::string> due_date;
  Date as_of;
  std::string days;  // empty: no row
};

class CheckReportOverdue : public ::testing::TestWithParam<OverdueCase> {};

TEST_P(CheckReportOverdue, OnlyOverdueDocumentsGetARow) {
  ProcessedDocument doc = Withheld();
  doc.due_date = GetParam().due_date;
  const std::string row = FormatCheckRow(doc, GetParam().as_of);
  if (GetParam().days.empty()) {
    EXPECT_EQ(row, "");
  } else {
    EXPECT_NE(row.find("\t" + GetParam().days + "\tmediation ("),
              std::string::npos)
        << row;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Days, CheckReportOverdue,
    ::testing::Values(
        OverdueCase{"DueYesterday", "2024-03-12", {2024, 3, 13}, "1"},
        OverdueCase{"AcrossAMonth", "2024-02-28", {2024, 3, 1}, "2"},
        OverdueCase{"DueToday", "2024-03-12", {2024, 3, 12}, ""},
        OverdueCase{"DueLater", "2024-03-12", {2024, 3, 1}, ""},
        OverdueCase{"NoDueDate", std::nullopt, {2024, 3, 13}, ""},
        OverdueCase{"UnreadableDueDate", "12.3.2024", {2024, 3, 13}, ""}),
    [](const ::testing::TestParamInfo<OverdueCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace wenshu
