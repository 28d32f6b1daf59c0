#include "publishers/jsonl_publisher.h"

#include <gtest/gtest.h>

#include "core/json.h"

namespace wenshu {
namespace {

ProcessedDocument Published() {
  ProcessedDocument doc;
  doc.id = "d1";
  doc.status = PublicationStatus::kPublished;
  doc.public_text = "原告张三，男。\n第二段\"引号\"";
  Redaction r;
  r.begin = 12;
  r.end = 40;
  r.category = Category::kIdNumber;
  r.action = Action::kDelete;
  r.rule = "id18_checked";
  doc.redactions.push_back(r);
  return doc;
}

TEST(JsonlPublisher, PublishedRecordHasTextAndAudit) {
  const std::string line =
      FormatJsonRecord(Published(), Policy::NationalDefault());
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);  // one line, newlines escaped
  Result<JsonObject> o = JsonObject::Parse(line);
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o.value().GetString("id").value(), "d1");
  EXPECT_EQ(o.value().GetString("status").value(), "published");
  EXPECT_EQ(o.value().GetString("text").value(),
            "原告张三，男。\n第二段\"引号\"");
  EXPECT_EQ(o.value().TypeOf("error"), JsonType::kMissing);
  EXPECT_EQ(o.value().TypeOf("stub"), JsonType::kMissing);
  EXPECT_EQ(o.value().GetString("policy").value(),
            Policy::NationalDefault().version());
  // Chinese is written as UTF-8, not as \u escapes.
  EXPECT_NE(line.find("原告"), std::string::npos);
  EXPECT_NE(
      line.find(
          R"({"begin":12,"end":40,"category":"id_number","action":"delete","replacement":"","rule":"id18_checked"})"),
      std::string::npos);
}

TEST(JsonlPublisher, KeptNameConflictsAreListedOnlyWhenThereAreAny) {
  ProcessedDocument doc = Published();
  EXPECT_EQ(FormatJsonRecord(doc, Policy::NationalDefault())
                .find("kept_conflicts"),
            std::string::npos);
  KeptConflict c;
  c.begin = 3;
  c.end = 9;
  c.category = Category::kPersonName;
  c.rule = "victim";
  c.kept_begin = 3;
  c.kept_end = 12;
  doc.kept_conflicts.push_back(c);
  EXPECT_NE(
      FormatJsonRecord(doc, Policy::NationalDefault())
          .find(
              R"("kept_conflicts":[{"begin":3,"end":9,"category":"person_name","rule":"victim","kept_begin":3,"kept_end":12}])"),
      std::string::npos);
}

TEST(JsonlPublisher, HeldRecordHasErrorAndNoText) {
  ProcessedDocument doc;
  doc.status = PublicationStatus::kHeld;
  doc.error = "line 3: malformed JSON";
  doc.line_number = 3;
  const std::string line = FormatJsonRecord(doc, Policy::NationalDefault());
  Result<JsonObject> o = JsonObject::Parse(line);
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o.value().TypeOf("id"), JsonType::kNull);
  EXPECT_EQ(o.value().GetString("status").value(), "held");
  EXPECT_EQ(o.value().GetString("error").value(), "line 3: malformed JSON");
  EXPECT_EQ(o.value().GetInt("line").value(), 3);
  EXPECT_EQ(o.value().TypeOf("text"), JsonType::kMissing);
}

TEST(JsonlPublisher, WithheldRecordHasAStubAndNoText) {
  ProcessedDocument doc;
  doc.id = "w";
  doc.status = PublicationStatus::kWithheld;
  doc.grounds = {"divorce_or_custody"};
  doc.public_text = "must not appear";
  DocumentHeader h;
  h.court = "北京市朝阳区人民法院";
  h.case_number = ParseCaseNumber("(2023)京0105民初1号");
  h.decision_date = Date{2023, 6, 1};
  doc.header = h;
  const std::string line = FormatJsonRecord(doc, Policy::NationalDefault());
  EXPECT_EQ(line.find("must not appear"), std::string::npos);
  Result<JsonObject> o = JsonObject::Parse(line);
  ASSERT_TRUE(o.ok());
  Result<JsonObject> stub = o.value().GetObject("stub");
  ASSERT_TRUE(stub.ok());
  EXPECT_EQ(stub.value().GetString("case_number").value(),
            "(2023)京0105民初1号");
  EXPECT_EQ(stub.value().GetString("court").value(), "北京市朝阳区人民法院");
  EXPECT_EQ(stub.value().GetString("decision_date").value(), "2023-06-01");
  EXPECT_EQ(stub.value().GetString("ground").value(), "divorce_or_custody");
}

TEST(JsonlPublisher, TheDecisionSaysWhetherItWasInferredAndItsSignals) {
  ProcessedDocument doc;
  doc.id = "w";
  doc.status = PublicationStatus::kWithheld;
  doc.grounds = {"divorce_or_custody"};
  doc.decision_inferred = true;
  doc.decision_signals = {"cause:合同纠纷 (stated)", "holding:抚养费"};
  doc.decision_reasons = {{"divorce_or_custody", "holding", "抚养费"}};
  const std::string line = FormatJsonRecord(doc, Policy::NationalDefault());
  Result<JsonObject> o = JsonObject::Parse(line);
  ASSERT_TRUE(o.ok()) << o.status().message();
  Result<JsonObject> decision = o.value().GetObject("decision");
  ASSERT_TRUE(decision.ok());
  EXPECT_TRUE(decision.value().GetBool("inferred").value());
  EXPECT_EQ(decision.value().GetStringArray("signals").value(),
            (std::vector<std::string>{"cause:合同纠纷 (stated)",
                                      "holding:抚养费"}));
  EXPECT_FALSE(decision.value().GetBool("cause_inferred").value());
  EXPECT_EQ(decision.value().TypeOf("reasons"), JsonType::kArray);
  // The eval reads these two at the top level.
  EXPECT_EQ(o.value().GetString("status").value(), "withheld");
  EXPECT_EQ(o.value().GetStringArray("grounds").value(),
            (std::vector<std::string>{"divorce_or_custody"}));
}

TEST(JsonlPublisher, AuditFileRecordLeavesTheTextOut) {
  const std::string line = FormatJsonRecord(
      Published(), Policy::NationalDefault(), /*include_text=*/false);
  EXPECT_EQ(line.find("\"text\""), std::string::npos);
  EXPECT_NE(line.find("\"redactions\""), std::string::npos);
}

}  // namespace
}  // namespace wenshu
