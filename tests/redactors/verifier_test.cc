#include "redactors/verifier.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/normalized_text.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"

namespace wenshu {
namespace {

const Verifier& StandardVerifier() {
  static const RedactionPass* pass =
      new RedactionPass(Policy::NationalDefault());
  static const Verifier* verifier =
      new Verifier(DetectorSet::Standard(), *pass);
  return *verifier;
}

// The verify stage's verdict on `public_text`: ok when the verifier reports
// nothing, its error when it fails, Describe's message otherwise.
Status Check(std::string_view public_text,
             const std::vector<PersonRecord>& anonymized = {},
             const std::vector<std::string>& kept = {},
             const CaseTerms* case_terms = nullptr) {
  const Document doc{public_text, {}, {}};
  ScanContext scan(public_text, Strictness::kWidest);
  scan.set_people(&anonymized, &kept);
  scan.set_case_terms(case_terms);
  SpanSink sink;
  if (Status s = StandardVerifier().Find(doc, scan, sink); !s.ok()) return s;
  if (sink.spans().empty()) return Status::Ok();
  return Status::InvalidInput(Verifier::Describe(sink.spans()));
}

std::string Redacted(const std::string& original) {
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  EXPECT_TRUE(n.ok());
  if (!n.ok()) return "";
  const Document doc{n.value().text(), {}, {}};
  ScanContext scan(doc.text, Strictness::kStandard);
  SpanSink sink;
  EXPECT_TRUE(DetectorSet::Standard().Find(doc, scan, sink).ok());
  const RedactionPass pass(Policy::NationalDefault());
  return pass.Run(original, n.value(), sink.spans()).text;
}

TEST(Verifier, CleanPublicTextPasses) {
  const std::string text =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n"
      "原告张三，男，1980年1月1日出生，汉族，住北京市朝阳区。\n"
      "被告北京某某科技有限公司，住所地北京市海淀区中关村大街1号。"
      "统一社会信用代码91110108MA01ABCD3L。\n"
      "委托诉讼代理人李四，北京市某某律师事务所律师，执业证号11101201810123456"
      "。\n"
      "原告张三与被告北京某某科技有限公司民间借贷纠纷一案，本院于2023年3月1日立"
      "案后，"
      "依法适用简易程序公开开庭进行了审理。双方于2022-06-"
      "01签订合同编号20220601123456789"
      "的借款合同，约定借款100,000.50元，被告驾驶京A×××××号小型轿车。\n"
      "依照《中华人民共和国民法典》第六百六十七条、第六百七十五条规定，判决如下"
      "：\n"
      "被告于本判决生效之日起十日内偿还原告借款本金100000元。\n"
      "审判员王五\n二〇二三年六月一日\n书记员赵六\n";
  const Status status = Check(text);
  EXPECT_TRUE(status.ok()) << status.message();
}

struct ResidualCase {
  const char* name;
  std::string text;
  std::string category;    // named in the message
  std::string identifier;  // never in the message
};

void PrintTo(const ResidualCase& c, std::ostream* os) { *os << c.name; }

class VerifierResidualTest : public ::testing::TestWithParam<ResidualCase> {};

TEST_P(VerifierResidualTest, FailsNamingTheCategoryNotTheNumber) {
  const ResidualCase& c = GetParam();
  const Status status = Check(c.text);
  ASSERT_FALSE(status.ok()) << "a residual " << c.category << " passed";
  EXPECT_EQ(status.code(), StatusCode::kInvalidInput);
  const std::string message = status.message();
  EXPECT_NE(message.find("residual " + c.category), std::string::npos)
      << message;
  EXPECT_EQ(message.find(c.identifier), std::string::npos) << message;
  // Not even a part of it: no run of five characters of the identifier.
  for (size_t i = 0; i + 5 <= c.identifier.size(); ++i) {
    EXPECT_EQ(message.find(c.identifier.substr(i, 5)), std::string::npos)
        << message << " contains " << c.identifier.substr(i, 5);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Verifier, VerifierResidualTest,
    ::testing::Values(
        ResidualCase{"ResidualMobile", "原告电话13812345678。", "phone",
                     "13812345678"},
        ResidualCase{"ResidualFullWidthMobile",
                     "原告电话１３８１２３４５６７８。", "phone",
                     "１３８１２３４５６７８"},
        ResidualCase{"ResidualMobileGluedToLetters", "联系wx13812345678ab",
                     "phone", "13812345678"},
        ResidualCase{"ResidualId", "张三110105198001011238李四", "id_number",
                     "110105198001011238"},
        ResidualCase{"ResidualIdWithWrongCheckDigitAfterCue",
                     "身份证号码110105198001011234。", "id_number",
                     "110105198001011234"},
        ResidualCase{"ResidualLegacyIdWithDistantCue",
                     "身份证号码已经更换，旧号码为110105800101123。",
                     "id_number", "110105800101123"},
        ResidualCase{"ResidualCardWithUnknownPrefix",
                     "另查明1234567890123452。", "bank_account",
                     "1234567890123452"},
        ResidualCase{"ResidualEmail", "联系人张三zhangsan@example.com李四",
                     "email", "zhangsan@example.com"},
        ResidualCase{"ResidualPlate", "驾驶京A12345号小型轿车", "plate",
                     "A12345"},
        ResidualCase{"ResidualCardNearTheWordContract",
                     "被告按合同向原告卡号6222021001123456789支付货款。",
                     "bank_account", "6222021001123456789"},
        ResidualCase{"ResidualBracketedLandlineAfterCue",
                     "电话（0755）12345678。", "phone", "12345678"}),
    [](const ::testing::TestParamInfo<ResidualCase>& info) {
      return info.param.name;
    });

TEST(Verifier, MessageGivesTheOffsetInThePublicText) {
  const Status status = Check("原告电话13812345678。");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(
      status.message(),
      "verify: residual phone (rule mobile) at byte 12 of the public text");
}

TEST(Verifier, MessageCountsTheOtherResiduals) {
  const Status status =
      Check("原告电话13812345678，张三110105198001011238李四。");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("residual phone"), std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find(" and 1 more"), std::string::npos)
      << status.message();
}

// Regression: "银行" followed by a year range read as an account number at
// the widest strictness and held a published judgment.
TEST(Verifier, YearRangeAfterTheWordBankPasses) {
  EXPECT_TRUE(Check("参照某银行2016-2018年度存款利率计算利息。").ok());
}

TEST(Verifier, EmptyTextPasses) {
  const Status status = Check("");
  EXPECT_TRUE(status.ok()) << status.message();
}

// What the redaction pass publishes, the verifier lets through.
class VerifierRoundTripTest : public ::testing::TestWithParam<const char*> {};

TEST_P(VerifierRoundTripTest, RedactedTextPasses) {
  const std::string original = GetParam();
  const std::string public_text = Redacted(original);
  ASSERT_NE(public_text, original)
      << "nothing was redacted: the case tests nothing";
  const Status status = Check(public_text);
  EXPECT_TRUE(status.ok()) << status.message() << " in \"" << public_text
                           << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    Verifier, VerifierRoundTripTest,
    ::testing::Values(
        "原告张三，男，公民身份号码110105198001011238，住北京市朝阳区，电话1381"
        "2345678，"
        "邮箱zhangsan@example.com，汉族。",
        "被告李四（身份证号码１１０１０５１９８００１０１１２３８，男）未到庭"
        "。",
        "被告向原告卡号为6222021001123456789的账户转账100,000元。",
        "张三110105198001011238李四驾驶京A12345号小型轿车。",
        "房屋登记在京(2019)"
        "朝阳区不动产权第0012345号名下，QQ号12345678、87654321。",
        "联系人张三13812345678李四，微信号wxid_abc123，护照号码E12345678。",
        "开户行中国工商银行北京分行，账号0200001234567890123。"));

// An anonymized name that survived is found before any identifier, and
// only its position is told.
TEST(Verifier, ResidualAnonymizedNameIsReportedFirst) {
  const std::vector<PersonRecord> anonymized = {{"王小明", "王某", "victim"}};
  const Status status = Check("被害人王小明电话13812345678。", anonymized);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "verify: residual person_name at byte 9 of the public text");
}

TEST(Verifier, ResidualCaseTermNamesOnlyItsOffset) {
  Result<CaseTerms> terms = CaseTerms::Compile({"配方A"}, "meta.case_terms");
  ASSERT_TRUE(terms.ok());
  const Status status = Check("产品采用配方 A 生产。", {}, {}, &terms.value());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "verify: residual case_specific at byte 12 of the public text");
}

TEST(Verifier, ReportsEachResidualAsASpanOfThePublicText) {
  const std::string text = "原告电话13812345678，张三110105198001011238。";
  const Document doc{text, {}, {}};
  ScanContext scan(text, Strictness::kWidest);
  SpanSink sink;
  ASSERT_TRUE(StandardVerifier().Find(doc, scan, sink).ok());
  ASSERT_EQ(sink.spans().size(), 2u);
  EXPECT_EQ(text.substr(sink.spans()[0].begin, sink.spans()[0].size()),
            "13812345678");
  EXPECT_EQ(sink.spans()[0].rule, "mobile");
  EXPECT_EQ(text.substr(sink.spans()[1].begin, sink.spans()[1].size()),
            "110105198001011238");
  EXPECT_EQ(sink.spans()[1].category, Category::kIdNumber);
  EXPECT_EQ(Verifier::Describe(sink.spans()),
            "verify: residual phone (rule mobile) at byte 12 of the public "
            "text and 1 more");
}

// The verify stage's residual spans in `public_text` when `values` were
// found in the document.
std::vector<Span> ResidualValues(std::string_view public_text,
                                 const std::vector<IdentifierValue>& values) {
  const Document doc{public_text, {}, {}};
  ScanContext scan(public_text, Strictness::kWidest);
  const ValueMentions prepared(values);
  scan.set_identifier_values(&prepared);
  SpanSink sink;
  EXPECT_TRUE(StandardVerifier().Find(doc, scan, sink).ok());
  return sink.spans();
}

struct SurvivorCase {
  const char* name;
  std::string public_text;
  std::string survivor;  // the text of the one residual span; empty: none
};

void PrintTo(const SurvivorCase& c, std::ostream* os) { *os << c.name; }

class VerifierValueTest : public ::testing::TestWithParam<SurvivorCase> {};

// A plate and a phone were found; every form of them holds the document,
// masked forms and other numbers do not.
TEST_P(VerifierValueTest, SurvivorInAnyWidthOrSpacingHolds) {
  const SurvivorCase& c = GetParam();
  const std::vector<IdentifierValue> values = {
      {"京A12345", Category::kPlate}, {"13912345678", Category::kPhone}};
  const std::vector<Span> residual = ResidualValues(c.public_text, values);
  if (c.survivor.empty()) {
    EXPECT_TRUE(residual.empty()) << Verifier::Describe(residual);
    return;
  }
  ASSERT_EQ(residual.size(), 1u);
  EXPECT_EQ(c.public_text.substr(residual[0].begin, residual[0].size()),
            c.survivor);
}

INSTANTIATE_TEST_SUITE_P(
    Verifier, VerifierValueTest,
    ::testing::Values(
        SurvivorCase{"PlateWithAHyphen", "其驾驶京A-12345号车离开。",
                     "京A-12345"},
        SurvivorCase{"PlateInFullWidthWithASpace",
                     "其驾驶京 Ａ１２３４５号车离开。", "京 Ａ１２３４５"},
        SurvivorCase{"PhoneSplitByALineBreak",
                     "被告用1391234\n5678发送短信。", "1391234\n5678"},
        SurvivorCase{"MaskedPlatePasses", "其驾驶京Ａ－×××××号车离开。", ""},
        SurvivorCase{"MaskedPhonePasses", "被告用139××××\n××××发送短信。",
                     ""},
        SurvivorCase{"LongerNumberPasses", "编号613912345678901另有所指。",
                     ""},
        SurvivorCase{"AmountPasses", "借款13912345678元已归还。", ""}),
    [](const ::testing::TestParamInfo<SurvivorCase>& info) {
      return std::string(info.param.name);
    });

TEST(Verifier, ResidualValueNamesItsCategoryAndRule) {
  const std::vector<IdentifierValue> values = {
      {"京A12345", Category::kPlate}};
  EXPECT_EQ(Verifier::Describe(ResidualValues("驾驶京A-12345号车", values)),
            "verify: residual plate (rule repeated_value) at byte 6 of the "
            "public text");
}

}  // namespace
}  // namespace wenshu
