#include "redactors/protected_span_detector.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "tests/redactors/detector_test_harness.h"

namespace wenshu {
namespace {

using detector_test::Case;

using ProtectedSpanDetectorTest =
    detector_test::DetectorTest<ProtectedSpanDetector, Category::kProtected>;

TEST_P(ProtectedSpanDetectorTest, ReportsExactSpans) { ExpectExactSpans(); }

INSTANTIATE_TEST_SUITE_P(
    ProtectedSpanDetector, ProtectedSpanDetectorTest,
    ::testing::Values(
        Case{"CaseNumber",
             "案号（2023）京0105民初12345号。",
             {{"(2023)京0105民初12345号", "case_number"}}},
        Case{"CaseNumberWithSuffix",
             "（2023）京0105民初12345号之一",
             {{"(2023)京0105民初12345号之一", "case_number"}}},
        Case{"SupremeCourtCaseNumber",
             "（2021）最高法民终123号",
             {{"(2021)最高法民终123号", "case_number"}}},
        Case{"OldCaseNumber",
             "（2012）朝民初字第01234号",
             {{"(2012)朝民初字第01234号", "case_number_old"}}},
        Case{"DocumentNumber",
             "法释〔2016〕19号",
             {{"〔2016〕19号", "document_number"}}},
        Case{"StatuteInChineseNumerals",
             "民法典第六百六十七条",
             {{"第六百六十七条", "statute"}}},
        Case{
            "StatuteInArabicNumerals", "刑法第264条", {{"第264条", "statute"}}},
        Case{"StatuteParagraph", "第一款", {{"第一款", "statute"}}},
        Case{"GroupedAmount",
             "本金100,000.50元",
             {{"100,000.50元", "amount_grouped"}, {"000.50元", "amount"}}},
        Case{"MobileShapedAmount",
             "借款13812345678元",
             {{"13812345678元", "amount"}}},
        Case{"AmountInTenThousands", "5万元", {{"5万元", "amount"}}},
        // Currencies without 元 in their name are amounts too.
        Case{"AmountInPounds",
             "赔偿13812345678英镑",
             {{"13812345678英镑", "amount"}}},
        Case{"AmountInHongKongDollars",
             "借款20000港币",
             {{"20000港币", "amount"}}},
        Case{"ChineseDate", "于2023年6月1日", {{"2023年6月1日", "date"}}},
        Case{"NumericDate", "于2023-06-01", {{"2023-06-01", "date_numeric"}}},
        Case{"NumericDateWithSlashes",
             "于2023/6/1",
             {{"2023/6/1", "date_numeric"}}},
        Case{"CreditCodeAfterCue",
             "统一社会信用代码91110108MA01ABCD3L。",
             {{"91110108MA01ABCD3L", "credit_code"}}},
        Case{"CreditCodeWithValidCheckWithoutCue",
             "某公司91110108MA01ABCD3L。",
             {{"91110108MA01ABCD3L", "credit_code"}}},
        Case{"CreditCodeDigitsOnlyAfterCue",
             "统一社会信用代码911101081234567890。",
             {{"911101081234567890", "credit_code"}}},
        Case{"CreditCodeWithBadCheckAfterTaxCue",
             "税号91110108MA01ABCD3X",
             {{"91110108MA01ABCD3X", "credit_code"}}},
        Case{"CreditCodeWithBadCheckWithoutCue",
             "某公司91110108MA01ABCD3X。",
             {}},
        // A natural person's taxpayer number is the ID number: never kept.
        Case{
            "IdNumberAfterCreditCue", "统一社会信用代码110105198001011238", {}},
        Case{"OrganisationCode",
             "组织机构代码12345678-9。",
             {{"12345678-9", "organisation_code"}}},
        Case{"PractisingLicence",
             "律师执业证号11101201810123456。",
             {{"11101201810123456", "practising_licence"}}},
        Case{"ContractNumber",
             "合同编号20230601123456789。",
             {{"20230601123456789", "document_reference"}}},
        Case{"AgreementNumberWithLetters",
             "协议编号HT-2023-001",
             {{"HT-2023-001", "document_reference"}}},
        Case{"InvoiceNumber",
             "发票号码12345678。",
             {{"12345678", "document_reference"}}},
        Case{"NumberedDocument",
             "第410782120180000136号道路交通事故认定书",
             {{"410782120180000136", "numbered_document"}}},
        // Serials of property certificates are deleted (rules §5), never
        // kept as document numbers or case numbers.
        Case{"RealEstateSerialIsNotProtected",
             "京(2019)朝阳区不动产权第0012345号",
             {}},
        Case{"HouseOwnershipSerialIsNotProtected",
             "京房权证朝字第1234567号",
             {}},
        Case{"LandCertificateIsNotACaseNumber", "京朝国用(2010)第123号", {}}),
    detector_test::CaseName);

TEST(ProtectedSpanDetector, CreditCodeCheck) {
  EXPECT_TRUE(IsValidCreditCode("91110108MA01ABCD3L"));
  EXPECT_TRUE(IsValidCreditCode("91310000MA1FL1234Q"));
  EXPECT_TRUE(IsValidCreditCode("91440300708461136T"));
  EXPECT_FALSE(IsValidCreditCode("91110108MA01ABCD3X"));
  EXPECT_FALSE(IsValidCreditCode("91110108MA01ABCD3"));  // 17 characters
  EXPECT_FALSE(
      IsValidCreditCode("91110108MA01ABID3L"));  // I is not in the alphabet
  EXPECT_FALSE(IsValidCreditCode("91110108ma01abcd3l"));  // lower case
}

TEST(ProtectedSpanDetector, ScansOnlyTheContextRegions) {
  const std::string text = "案号(2023)京0105民初12345号,借款5000元。";
  ProtectedSpanDetector detector;
  const size_t amount = text.find("5000元");
  ASSERT_NE(amount, std::string::npos);

  const Document doc{text, {}, {}};
  ScanContext context(text, Strictness::kStandard);
  context.set_regions({{amount, text.size()}});
  SpanSink sink;
  ASSERT_TRUE(detector.Find(doc, context, sink).ok());
  const std::vector<Span>& spans = sink.spans();
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].begin, amount);
  EXPECT_EQ(spans[0].end, amount + std::string("5000元").size());
  EXPECT_EQ(spans[0].rule, "amount");

  context.set_regions({});
  SpanSink none;
  ASSERT_TRUE(detector.Find(doc, context, none).ok());
  EXPECT_TRUE(none.spans().empty());
}

TEST(ProtectedSpanDetector, ReportsProtectedAndRunsWithoutTriggers) {
  ProtectedSpanDetector detector;
  EXPECT_EQ(detector.name(), "protected");
  EXPECT_TRUE(detector.ReportsProtected());
  EXPECT_TRUE(detector.TriggerWords().empty());
}

// The shape checks made before the rules' patterns, the rules tried only
// where their anchor word allows (the date at each 年; amounts, year ranges
// and numeric dates in the run of digits before each 元, dash or
// separator) or where one of their start words stands (statutes and
// numbered documents at 第, document numbers at their bracket, the cued
// numbers at each cue), and credit codes looked for only inside runs of
// digits and capitals, change no finding: random texts of the pieces the
// rules read (digits, dashes, slashes, dots, commas, brackets, spaces, 年,
// 第, numerals, 条, 元, 号, cues, codes...) give the same spans with the
// checks as without them, over the whole text and over windows cut
// anywhere.
TEST(ProtectedSpanDetector, ShapeChecksChangeNoFinding) {
  const ProtectedSpanDetector with;
  const ProtectedSpanDetector without(/*shape_checks=*/false);
  const std::vector<std::string> pieces = {
      "1", "2", "0", "9", "2019", "1999", "20", "-", "/", ".", ",", "~", " ",
      "至", "到", "年", "度", "月", "日", "第", "一", "十", "两", "条", "款",
      "项", "元", "万", "号", "(", ")", "京", "民初", "之一", "字第", "〔",
      "〕", "港币", "英镑", "执业证号", "合同编号", "A", "\n", "亿", "美元",
      "港", "余元", "单元", "3.5",
      // Whole matches and pieces of them, so that matches and near misses
      // both occur.
      "2019-01-01", "2019/1/2", "1999.12.3", "2019-", "2019 -", "2020年",
      "2018至2019年", "1,000元", "12,345", ",000", "第一条", "第12条", "第三款",
      "(2019)京0105民初123号", "(2019 ) 民终1号", "(2019", "京0105民初",
      "123号", "2019 年", "20193", "3月", "12 月", " 5日", "\t", "2019年3月5日",
      "年年",
      // Document numbers, numbered documents, the cued numbers and credit
      // codes, whole and in pieces.
      "[", "]", "【", "】", "〔2019〕", "[2020]", "【2021】", "第123456号",
      "第A12345", "4107821201800", "-1", "执业证书号", "律师执业证号",
      "工作证号", "执业证", ":", "12345678901", "工商注册号", "营业执照号码",
      "注册号", "组织机构代码", "机构代码", "12345678-9", "保单号", "订单号",
      "合同", "编号", "HT-2018-1", "为", "是", "91110108MA01ABCD3L",
      "911101085", "ABCDEFGHJK", "信用代码", "a", "不动产权", "字"};
  std::mt19937 random(20261207);
  std::map<std::string, size_t> found;  // per rule
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t n = 1 + random() % 12; n > 0; --n)
      text += pieces[random() % pieces.size()];
    const Document doc{text, {}, {}};
    ScanContext context(text, Strictness::kStandard);
    // A region cut anywhere, even inside a character.
    const size_t cut = random() % (text.size() + 1);
    for (const std::vector<ByteRange>& regions :
         {std::vector<ByteRange>{{0, text.size()}},
          std::vector<ByteRange>{{cut, text.size()}},
          std::vector<ByteRange>{{0, cut}}}) {
      context.set_regions(regions);
      SpanSink a, b;
      ASSERT_TRUE(with.Find(doc, context, a).ok());
      ASSERT_TRUE(without.Find(doc, context, b).ok());
      ASSERT_EQ(detector_test::ToFound(a.spans()),
                detector_test::ToFound(b.spans()))
          << text;
      for (const Span& span : a.spans()) ++found[std::string(span.rule)];
    }
  }
  // Every rule with a shape check finds enough here to say something.
  for (const char* rule :
       {"date_numeric", "year_range", "amount_grouped", "amount", "statute",
        "case_number", "date", "document_number", "numbered_document",
        "practising_licence", "registration_number", "organisation_code",
        "document_reference", "credit_code"})
    EXPECT_GE(found[rule], 20u) << rule;
}

}  // namespace
}  // namespace wenshu
