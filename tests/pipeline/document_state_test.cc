#include "pipeline/document_state.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

TEST(StageOutcome, NextGoesOnAndHoldsNothing) {
  const StageOutcome next = StageOutcome::Next();
  EXPECT_TRUE(next.goes_on());
  EXPECT_FALSE(next.holds());
  EXPECT_EQ(next.reason(), "");
}

TEST(StageOutcome, HoldStopsWithItsReason) {
  const StageOutcome hold = StageOutcome::Hold("text is empty");
  EXPECT_FALSE(hold.goes_on());
  EXPECT_TRUE(hold.holds());
  EXPECT_EQ(hold.reason(), "text is empty");
}

TEST(StageOutcome, FinishStopsWithoutHolding) {
  const StageOutcome finish = StageOutcome::Finish();
  EXPECT_FALSE(finish.goes_on());
  EXPECT_FALSE(finish.holds());
}

TEST(HeldDocument, DropsWhatWouldHaveBeenPublishedAndKeepsTheRest) {
  ProcessedDocument doc;
  doc.id = "d";
  doc.status = PublicationStatus::kPublished;
  doc.public_text = "原告张某";
  doc.redactions.push_back(
      {0, 6, Category::kPersonName, Action::kPseudonym, "张某", "person"});
  doc.due_date = "2024-03-11";
  const ProcessedDocument held = HeldDocument(doc, "verify: residual");
  EXPECT_EQ(held.status, PublicationStatus::kHeld);
  EXPECT_EQ(held.error, "verify: residual");
  EXPECT_EQ(held.public_text, "");
  EXPECT_TRUE(held.redactions.empty());
  EXPECT_EQ(held.id, "d");
  EXPECT_EQ(held.due_date, "2024-03-11");
}

TEST(DocumentState, StartsWithNothingButTheRecord) {
  const InputRecord record{"d", "正文", {}};
  const DocumentState state(record);
  EXPECT_EQ(&state.record, &record);
  EXPECT_EQ(state.doc.status, PublicationStatus::kHeld);
  EXPECT_FALSE(state.normalized.has_value());
  EXPECT_TRUE(state.document.text.empty());
  EXPECT_TRUE(state.case_terms.empty());
  EXPECT_EQ(state.requests, nullptr);
  EXPECT_TRUE(state.spans.spans().empty());
}

}  // namespace
}  // namespace wenshu
