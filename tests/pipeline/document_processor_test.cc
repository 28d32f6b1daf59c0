#include "pipeline/document_processor.h"

#include <gtest/gtest.h>

namespace wenshu {
namespace {

const DocumentProcessor& Processor() {
  static const DocumentProcessor processor(Policy::NationalDefault(),
                                           DetectorSet::Standard());
  return processor;
}

constexpr char kText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：张三，联系电话13812345678。"
    " 本院认为，借贷关系成立。 审判员 王五 二〇二三年六月一日 书记员 赵六";

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

}  // namespace
}  // namespace wenshu
