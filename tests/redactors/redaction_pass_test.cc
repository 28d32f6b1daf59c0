#include "redactors/redaction_pass.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/normalized_text.h"
#include "core/span.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

struct PassRun {
  std::vector<Span> spans;  // on the normalized text
  RedactionResult result;
};

// The whole redaction path as the pipeline runs it: normalize, detect at
// standard strictness, one pass with `policy`.
PassRun Redact(const std::string& original,
               const Policy& policy = Policy::NationalDefault()) {
  PassRun run;
  Result<NormalizedText> n = NormalizedText::Normalize(original);
  EXPECT_TRUE(n.ok()) << n.status().message();
  if (!n.ok()) return run;
  const Document doc{n.value().text(), {}, {}};
  ScanContext scan(doc.text, Strictness::kStandard);
  SpanSink sink;
  const Status found = DetectorSet::Standard().Find(doc, scan, sink);
  EXPECT_TRUE(found.ok()) << found.message();
  if (!found.ok()) return run;
  run.spans = sink.spans();
  const RedactionPass pass(policy);
  run.result = pass.Run(original, n.value(), run.spans);
  return run;
}

size_t CountDigits(std::string_view s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

std::string Digits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d += c;
  }
  return d;
}

// Checks that hold for every run: the redactions are sorted, disjoint and
// inside the text, they reproduce the public text through Apply, and no
// replacement carries the digits it removed.
void ExpectWellFormed(const std::string& original, const RedactionResult& r,
                      const Policy& policy = Policy::NationalDefault()) {
  EXPECT_EQ(RedactionPass::Apply(original, r.redactions), r.text);
  size_t previous_end = 0;
  for (const Redaction& x : r.redactions) {
    EXPECT_LT(x.begin, x.end);
    EXPECT_LE(previous_end, x.begin) << "redactions overlap or are unsorted";
    EXPECT_LE(x.end, original.size());
    previous_end = x.end;
    EXPECT_FALSE(x.rule.empty());
    const std::string_view removed(original.data() + x.begin, x.end - x.begin);
    switch (x.action) {
      case Action::kDelete:
        EXPECT_TRUE(x.replacement.empty()) << x.replacement;
        break;
      case Action::kPseudonym:
        EXPECT_EQ(x.category, Category::kPersonName);
        EXPECT_NE(x.replacement, removed);
        break;
      case Action::kMask: {
        const CategoryPolicy& cp = policy.For(x.category);
        EXPECT_NE(x.replacement, removed);
        EXPECT_NE(x.replacement.find(policy.mask_character()),
                  std::string::npos);
        EXPECT_LE(CountDigits(x.replacement),
                  static_cast<size_t>(cp.keep_leading + cp.keep_trailing))
            << x.replacement;
        const std::string digits = Digits(removed);
        if (digits.size() > 4) {
          EXPECT_EQ(x.replacement.find(digits), std::string::npos)
              << x.replacement;
        }
        break;
      }
      case Action::kReplace:
        EXPECT_EQ(x.replacement, policy.For(x.category).label);
        break;
    }
  }
}

// Running the pass over its own output (normalized and detected again)
// changes nothing and reports nothing.
void ExpectIdempotent(const std::string& public_text,
                      const Policy& policy = Policy::NationalDefault()) {
  const PassRun again = Redact(public_text, policy);
  EXPECT_EQ(again.result.text, public_text);
  EXPECT_TRUE(again.result.redactions.empty())
      << again.result.redactions.size()
      << " redactions on the second pass, first "
      << (again.result.redactions.empty() ? std::string()
                                          : again.result.redactions[0].rule);
}

struct Applied {
  Category category;
  Action action;
  bool operator==(const Applied&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Applied& a) {
  return os << CategoryName(a.category) << "/" << ActionName(a.action);
}

struct Case {
  const char* name;
  std::string input;
  std::string output;
  std::vector<Applied> applied;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class RedactionPassTest : public ::testing::TestWithParam<Case> {};

TEST_P(RedactionPassTest, ProducesThePublicText) {
  const Case& c = GetParam();
  const PassRun run = Redact(c.input);
  EXPECT_EQ(run.result.text, c.output);
  std::vector<Applied> applied;
  for (const Redaction& r : run.result.redactions)
    applied.push_back({r.category, r.action});
  EXPECT_EQ(applied, c.applied);
  ExpectWellFormed(c.input, run.result);
}

TEST_P(RedactionPassTest, IsIdempotent) {
  const Case& c = GetParam();
  const PassRun run = Redact(c.input);
  ExpectIdempotent(run.result.text);
}

constexpr Applied kIdDeleted{Category::kIdNumber, Action::kDelete};
constexpr Applied kIdMasked{Category::kIdNumber, Action::kMask};
constexpr Applied kPhoneDeleted{Category::kPhone, Action::kDelete};
constexpr Applied kPhoneMasked{Category::kPhone, Action::kMask};
constexpr Applied kEmailDeleted{Category::kEmail, Action::kDelete};
constexpr Applied kEmailMasked{Category::kEmail, Action::kMask};
constexpr Applied kImDeleted{Category::kImAccount, Action::kDelete};
constexpr Applied kBankDeleted{Category::kBankAccount, Action::kDelete};
constexpr Applied kBankMasked{Category::kBankAccount, Action::kMask};
constexpr Applied kPlateMasked{Category::kPlate, Action::kMask};
constexpr Applied kPropertyMasked{Category::kPropertyCertificate,
                                  Action::kMask};
constexpr Applied kTravelDeleted{Category::kTravelDocument, Action::kDelete};

INSTANTIATE_TEST_SUITE_P(
    RedactionPass, RedactionPassTest,
    ::testing::Values(
        // Rules §5: remove the whole clause, label and the comma before it.
        Case{"IdClauseGoesWithItsLabelAndComma",
             "原告张三，男，公民身份号码110105198001011238，汉族。",
             "原告张三，男，汉族。",
             {kIdDeleted}},
        Case{"IdClauseWithFullWidthDigits",
             "原告张三，男，公民身份号码１１０１０５１９８００１０１１２３８，"
             "汉族。",
             "原告张三，男，汉族。",
             {kIdDeleted}},
        Case{"IdWithHyphensBeatsTheLandlineInsideIt",
             "男，公民身份号码1101-0519-8001-0112-38，汉族",
             "男，汉族",
             {kIdDeleted}},
        Case{"LegacyIdAfterCue",
             "男，身份证号码110105800101123，汉族",
             "男，汉族",
             {kIdDeleted}},
        Case{"PartlyMaskedIdIsStillDeleted",
             "男，身份证号3201021985********，汉族",
             "男，汉族",
             {kIdDeleted}},
        // An ID number that also passes Luhn after 账号 is an ID number.
        Case{"LuhnValidIdIsAnIdNumber",
             "男，账号110105198001010753，汉族",
             "男，汉族",
             {kIdDeleted}},
        Case{"CardClauseInBracketsTakesTheBrackets",
             "被告李四（卡号6222021001123456789）未到庭。",
             "被告李四未到庭。",
             {kBankDeleted}},
        Case{"IdClauseInBracketsLeavesTheRest",
             "被告李四（身份证号码110105198001011238，男）未到庭。",
             "被告李四（男）未到庭。",
             {kIdDeleted}},
        Case{"PhoneSentenceGoesWithItsFullStop",
             "原告住北京市朝阳区。电话13812345678。本院受理。",
             "原告住北京市朝阳区。本院受理。",
             {kPhoneDeleted}},
        // A sentence that only lists numbers goes whole, not leaving "。。".
        Case{"SentenceListingTwoPhonesGoesWithItsFullStop",
             "原告住北京市朝阳区。电话13812345678、13912345678。本院受理。",
             "原告住北京市朝阳区。本院受理。",
             {kPhoneDeleted}},
        Case{"SentenceListingQqNumbersGoesWithItsFullStop",
             "原告住北京市朝阳区。QQ号12345678、87654321。本院受理。",
             "原告住北京市朝阳区。本院受理。",
             {kImDeleted}},
        Case{"PhoneListInPartyBlock",
             "原告，电话13812345678、13912345678，男。",
             "原告，男。",
             {kPhoneDeleted}},
        Case{"PhoneClauseInPartyBlock",
             "原告张三，男，1980年1月1日出生，住北京市朝阳区，电话13812345678，"
             "汉族。",
             "原告张三，男，1980年1月1日出生，住北京市朝阳区，汉族。",
             {kPhoneDeleted}},
        // The bracketed note belongs to the number: "男（手机）" would read as
        // if the sex were a phone.
        Case{"PhoneWithBracketedNoteGoesWithIt",
             "原告，男，电话：13812345678（手机），汉族。",
             "原告，男，汉族。",
             {kPhoneDeleted}},
        Case{"MobileWithCountryCodeIsOneRedaction",
             "男，电话+86 138 1234 5678，汉族",
             "男，汉族",
             {kPhoneDeleted}},
        Case{"LandlineWithExtension",
             "被告，电话0571-88886666-123，住杭州市",
             "被告，住杭州市",
             {kPhoneDeleted}},
        Case{"EmailSentence",
             "原告住北京市朝阳区。邮箱zhangsan@example.com。本院受理。",
             "原告住北京市朝阳区。本院受理。",
             {kEmailDeleted}},
        Case{"QqListGoesWithItsSeparators",
             "张三，QQ号12345678、87654321。",
             "张三。",
             {kImDeleted}},
        Case{"WechatClause",
             "张三，微信号wxid_abc123，男。",
             "张三，男。",
             {kImDeleted}},
        Case{"CorporateAccountClause",
             "开户行中国工商银行北京分行，账号0200001234567890123。",
             "开户行中国工商银行北京分行。",
             {kBankDeleted}},
        Case{"PassportClause",
             "张三，护照号码E12345678，男。",
             "张三，男。",
             {kTravelDeleted}},
        // Rules §5: where deletion would break the sentence, mask.
        Case{"CardEmbeddedInSentenceIsMasked",
             "被告向原告卡号为6222021001123456789的账户转账。",
             "被告向原告卡号为×××××××××××××××6789的账户转账。",
             {kBankMasked}},
        Case{"IdGluedToNamesIsMasked",
             "张三110105198001011238李四",
             "张三1101××××××××××××38李四",
             {kIdMasked}},
        Case{"MobileGluedToNamesIsMasked",
             "联系人张三13812345678李四",
             "联系人张三138××××××××李四",
             {kPhoneMasked}},
        Case{"EmailGluedToNamesIsMasked",
             "联系人张三zs@example.com李四",
             "联系人张三z×××××××××××××李四",
             {kEmailMasked}},
        Case{"CardNearTheWordContractIsStillMasked",
             "被告按合同向原告卡号6222021001123456789支付货款。",
             "被告按合同向原告卡号×××××××××××××××6789支付货款。",
             {kBankMasked}},
        Case{"LabelAfterPartyNameFallsBackToMask",
             "原告电话13812345678，身份证号码110105198001011238。",
             "原告电话138××××××××。",
             {kPhoneMasked, kIdDeleted}},
        Case{"PlateIsMasked",
             "驾驶京A12345号小型轿车",
             "驾驶京A×××××号小型轿车",
             {kPlateMasked}},
        Case{"PlateWithMiddleDot",
             "驾驶京A·12345号小型轿车",
             "驾驶京A·×××××号小型轿车",
             {kPlateMasked}},
        Case{"NewEnergyPlate",
             "驾驶京AD12345号小型轿车",
             "驾驶京A××××××号小型轿车",
             {kPlateMasked}},
        Case{"FullWidthPlateKeepsItsOwnCharacters",
             "驾驶京Ａ１２３４５号小型轿车",
             "驾驶京Ａ×××××号小型轿车",
             {kPlateMasked}},
        Case{"RealEstateSerialIsMasked",
             "房屋登记在京(2019)朝阳区不动产权第0012345号名下。",
             "房屋登记在京(2019)朝阳区不动产权第×××××××号名下。",
             {kPropertyMasked}},
        Case{"HouseOwnershipSerialIsMasked",
             "产权证为京房权证朝字第12345号。",
             "产权证为京房权证朝字第×××××号。",
             {kPropertyMasked}},
        // Rules §5 lists 土地证号 among the numbers to delete; "(2010)第123号"
        // is a land certificate, not a case number.
        Case{"LandCertificateSerialIsMasked",
             "土地登记为京朝国用(2010)第123号。",
             "土地登记为京朝国用(2010)第×××号。",
             {kPropertyMasked}},
        Case{"VehicleCertificateAfterCue",
             "机动车登记证书编号：110012345678。",
             "机动车登记证书编号：××××××××××××。",
             {kPropertyMasked}},
        // The verifier's masks are fixed points: nothing to do.
        Case{"AlreadyMaskedIdIsAFixedPoint",
             "张三1101××××××××××××38李四",
             "张三1101××××××××××××38李四",
             {}},
        Case{"MaskedPlateIsAFixedPoint",
             "驾驶京A×××××号小型轿车",
             "驾驶京A×××××号小型轿车",
             {}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// Text kept by rule (rules §5 "kept", anatomy "things that look like
// identifiers but are not") and numbers that fail validation: the public
// text equals the input.
struct KeptCase {
  const char* name;
  std::string input;
  // The protected rule that must hold off an identifier candidate, or empty
  // when no identifier detector is expected to fire at all.
  std::string kept_by;
};

void PrintTo(const KeptCase& c, std::ostream* os) { *os << c.name; }

class MustNeverTouchTest : public ::testing::TestWithParam<KeptCase> {};

TEST_P(MustNeverTouchTest, PublicTextEqualsInput) {
  const KeptCase& c = GetParam();
  const PassRun run = Redact(c.input);
  EXPECT_EQ(run.result.text, c.input);
  EXPECT_TRUE(run.result.redactions.empty());
  std::vector<const Span*> candidates, kept;
  for (const Span& s : run.spans) {
    (s.category == Category::kProtected ? kept : candidates).push_back(&s);
  }
  if (c.kept_by.empty()) {
    for (const Span* s : candidates) {
      ADD_FAILURE() << "unexpected candidate " << CategoryName(s->category)
                    << "/" << s->rule;
    }
    return;
  }
  // The protected span, not luck, is what keeps the number.
  ASSERT_FALSE(candidates.empty())
      << "no identifier candidate: the case tests nothing";
  for (const Span* s : candidates) {
    const bool covered =
        std::any_of(kept.begin(), kept.end(), [&](const Span* p) {
          return p->rule == c.kept_by && p->begin <= s->begin &&
                 s->end <= p->end;
        });
    EXPECT_TRUE(covered) << CategoryName(s->category) << "/" << s->rule
                         << " not inside a " << c.kept_by << " span";
  }
}

INSTANTIATE_TEST_SUITE_P(
    RedactionPass, MustNeverTouchTest,
    ::testing::Values(
        KeptCase{"CaseNumber",
                 "本院于2023年3月1日立案，案号（2023）京0105民初12345号。", ""},
        KeptCase{"OldCaseNumber", "原审案号（2012）朝民初字第01234号。", ""},
        KeptCase{"StatuteInChineseNumerals",
                 "依照《中华人民共和国民法典》第六百六十七条的规定，判决如下：",
                 ""},
        KeptCase{"StatuteInArabicNumerals",
                 "依照《中华人民共和国刑法》第264条之规定", ""},
        KeptCase{"GroupedAmount", "偿还借款本金100,000.50元。", ""},
        KeptCase{"MobileShapedAmount", "偿还借款13812345678元。", "amount"},
        KeptCase{"ChineseDate", "双方于2023年6月1日签订借款合同。", ""},
        KeptCase{"NumericDate", "双方于2023-06-01签订借款合同。", ""},
        KeptCase{"CreditCodeAfterCue", "统一社会信用代码91110108MA01ABCD3L。",
                 ""},
        KeptCase{"CreditCodeInCompanyParagraph",
                 "被告：北京某某科技有限公司，住所地北京市海淀区中关村大街1号。"
                 "统一社会信用代码91110108MA01ABCD3L。",
                 ""},
        KeptCase{"CreditCodeWithoutCue",
                 "被告北京某某科技有限公司（91110108MA01ABCD3L）。", ""},
        KeptCase{"CreditCodeDigitsOnlyAfterCue",
                 "统一社会信用代码：911101081234567890。", ""},
        KeptCase{"OrganisationCode", "组织机构代码12345678-9。", ""},
        KeptCase{"PractisingLicence",
                 "委托诉讼代理人李四，北京市某某律师事务所律师，执业证号1110120"
                 "1810123456。",
                 ""},
        KeptCase{"PractisingLicenceShapedLikeAMobile",
                 "律师执业证号13812345678。", "practising_licence"},
        KeptCase{"ContractNumber", "合同编号20230601123456789。", ""},
        KeptCase{"ContractNumberShapedLikeAMobile", "合同编号13812345678。",
                 "document_reference"},
        KeptCase{"InvoiceNumber", "发票号码12345678。", ""},
        KeptCase{"InvoiceNumberShapedLikeACard",
                 "发票号码6222021001123456789。", ""},
        KeptCase{"NumberedAccidentReport",
                 "第410782120180000136号道路交通事故认定书",
                 "numbered_document"},
        KeptCase{"IdWithWrongCheckDigitWithoutCue", "编号110105198001011234。",
                 ""},
        KeptCase{"LuhnFailingSixteenDigitsWithoutCue",
                 "另查明6225880123456784。", ""},
        KeptCase{"ElevenDigitsStartingWith12", "编号12812345678。", ""},
        KeptCase{"OddlyGroupedNumberIsNotAMobile", "文号1401040675-1。", ""},
        KeptCase{"AnonymizedNamesStay", "原告张某某与被告王某民间借贷纠纷一案",
                 ""}),
    [](const ::testing::TestParamInfo<KeptCase>& info) {
      return info.param.name;
    });

TEST(RedactionPass, RedactionsAreInOriginalBytes) {
  const std::string original =
      "原告张三，男，公民身份号码１１０１０５１９８００１０１１２３８，汉族。";
  const PassRun run = Redact(original);
  ASSERT_EQ(run.result.redactions.size(), 1u);
  const Redaction& r = run.result.redactions[0];
  EXPECT_EQ(original.substr(r.begin, r.end - r.begin),
            "，公民身份号码１１０１０５１９８００１０１１２３８");
  EXPECT_EQ(r.rule, "id18_checked");
}

TEST(RedactionPass, MaskedFullWidthIdKeepsOriginalCharacters) {
  const std::string original = "张三１１０１０５１９８００１０１１２３８李四";
  const PassRun run = Redact(original);
  EXPECT_EQ(run.result.text, "张三１１０１××××××××××××３８李四");
  ExpectWellFormed(original, run.result);
}

// Overlap resolution on spans given by hand, so that the contest is exact.
class OverlapTest : public ::testing::Test {
 protected:
  std::vector<Redaction> Plan(const std::vector<Span>& spans) {
    Result<NormalizedText> n = NormalizedText::Normalize(text_);
    EXPECT_TRUE(n.ok());
    const RedactionPass pass(Policy::NationalDefault());
    return pass.Plan(text_, n.value(), spans);
  }
  // No labels and no clause separators: every identifier is masked.
  const std::string text_ = "xx1234567890123456789012345678xx";
};

// What the plan keeps of a span: the winner, by its rule, where.
struct Kept {
  Category category = Category::kProtected;
  std::string rule;
  size_t begin = 0;
  size_t end = 0;

  bool operator==(const Kept&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Kept& k) {
  return os << CategoryName(k.category) << "/" << k.rule << "[" << k.begin
            << "," << k.end << ")";
}

struct OverlapCase {
  const char* name;
  std::vector<Span> spans;
  std::vector<Kept> kept;  // in the order of the plan
};

class OverlapContest : public OverlapTest,
                       public ::testing::WithParamInterface<OverlapCase> {};

TEST_P(OverlapContest, KeepsExactlyTheWinners) {
  std::vector<Kept> kept;
  for (const Redaction& r : Plan(GetParam().spans)) {
    kept.push_back({r.category, r.rule, r.begin, r.end});
  }
  EXPECT_EQ(kept, GetParam().kept);
}

INSTANTIATE_TEST_SUITE_P(
    OverlapTest, OverlapContest,
    ::testing::Values(
        OverlapCase{"SameRangeGoesToTheCategoryWithPriority",
                    {{2, 20, Category::kBankAccount, "card_luhn", "test"},
                     {2, 20, Category::kIdNumber, "id18_checked", "test"}},
                    {{Category::kIdNumber, "id18_checked", 2, 20}}},
        OverlapCase{"LongerSpanWinsOverPriority",
                    {{2, 13, Category::kIdNumber, "id15_legacy", "test"},
                     {2, 21, Category::kBankAccount, "card_luhn", "test"}},
                    {{Category::kBankAccount, "card_luhn", 2, 21}}},
        OverlapCase{"PartialOverlapKeepsOnlyTheWinner",
                    {{2, 13, Category::kPhone, "mobile", "test"},
                     {8, 26, Category::kIdNumber, "id18_checked", "test"}},
                    {{Category::kIdNumber, "id18_checked", 8, 26}}},
        OverlapCase{"DisjointSpansAreBothKept",
                    {{2, 13, Category::kPhone, "mobile", "test"},
                     {14, 30, Category::kBankAccount, "card_luhn", "test"}},
                    {{Category::kPhone, "mobile", 2, 13},
                     {Category::kBankAccount, "card_luhn", 14, 30}}},
        OverlapCase{"SpanInsideProtectedSpanIsDropped",
                    {{2, 30, Category::kProtected, "amount", "test"},
                     {3, 14, Category::kPhone, "mobile", "test"}},
                    {}},
        OverlapCase{
            "SpanEqualToProtectedSpanIsDropped",
            {{3, 14, Category::kPhone, "mobile", "test"},
             {3, 14, Category::kProtected, "document_reference", "test"}},
            {}},
        // A shorter protected span between: the earlier, longer one still
        // holds the candidate.
        OverlapCase{"SpanInsideAnEarlierLongerProtectedSpanIsDropped",
                    {{2, 30, Category::kProtected, "amount", "test"},
                     {4, 6, Category::kProtected, "date", "test"},
                     {10, 14, Category::kPhone, "mobile", "test"}},
                    {}},
        OverlapCase{"SpanReachingPastEveryProtectedSpanIsKept",
                    {{2, 12, Category::kProtected, "amount", "test"},
                     {4, 8, Category::kProtected, "date", "test"},
                     {10, 20, Category::kPhone, "mobile", "test"}},
                    {{Category::kPhone, "mobile", 10, 20}}},
        OverlapCase{"EmptySpansAreIgnored",
                    {{5, 5, Category::kPhone, "mobile", "test"}},
                    {}}),
    [](const ::testing::TestParamInfo<OverlapCase>& info) {
      return std::string(info.param.name);
    });

TEST_F(OverlapTest, SpanOnlyPartlyInsideProtectedSpanIsKept) {
  const std::vector<Redaction> r =
      Plan({{2, 8, Category::kProtected, "date", "test"},
            {3, 14, Category::kPhone, "mobile", "test"}});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].category, Category::kPhone);
  EXPECT_EQ(r[0].begin, 3u);
  EXPECT_EQ(r[0].end, 14u);
  EXPECT_EQ(r[0].action, Action::kMask);
  EXPECT_EQ(r[0].replacement, "234××××××××");
}

// A kept name (issue 14, item 5): no span may change any character of it.
struct KeptNameCase {
  const char* name;
  std::string text;
  std::string kept;       // the inviolable span: the first occurrence
  std::string span_text;  // the other span: the first occurrence
  Category category;
  std::string expected;  // the public text
  // The conflict the audit records: none when the spans do not meet;
  // unresolved when the kept name's winning leaves a value to delete or
  // the same words are both kept and protected.
  enum Conflict { kNone, kResolved, kUnresolved } conflict;
};

class KeptNameContest : public ::testing::TestWithParam<KeptNameCase> {};

TEST_P(KeptNameContest, NoEditTouchesTheName) {
  const KeptNameCase& c = GetParam();
  Result<NormalizedText> n = NormalizedText::Normalize(c.text);
  ASSERT_TRUE(n.ok());
  const std::string_view text = n.value().text();
  const size_t k = text.find(c.kept), at = text.find(c.span_text);
  ASSERT_NE(k, std::string_view::npos);
  ASSERT_NE(at, std::string_view::npos);
  Span kept{k, k + c.kept.size(), Category::kProtected, "kept_name", "test"};
  kept.inviolable = true;
  Span other{at, at + c.span_text.size(), c.category, "test", "test"};
  other.replacement = "王某某";
  const RedactionPass pass(Policy::NationalDefault());
  const RedactionResult result = pass.Run(c.text, n.value(), {kept, other});
  EXPECT_EQ(result.text, c.expected);
  if (c.conflict == KeptNameCase::kNone) {
    EXPECT_TRUE(result.kept_conflicts.empty());
    return;
  }
  ASSERT_EQ(result.kept_conflicts.size(), 1u);
  const KeptConflict& conflict = result.kept_conflicts[0];
  EXPECT_EQ(conflict.category, c.category);
  EXPECT_EQ(conflict.rule, "test");
  // Offsets of the original text: the record leaks no words.
  EXPECT_EQ(c.text.substr(conflict.kept_begin,
                          conflict.kept_end - conflict.kept_begin),
            c.kept);
  EXPECT_EQ(c.text.substr(conflict.begin, conflict.end - conflict.begin),
            c.span_text);
  EXPECT_EQ(Unresolved(conflict), c.conflict == KeptNameCase::kUnresolved);
}

INSTANTIATE_TEST_SUITE_P(
    RedactionPass, KeptNameContest,
    ::testing::Values(
        KeptNameCase{"APseudonymInsideTheNameLosesWhole", "被告人李建军称。",
                     "李建军", "建军", Category::kPersonName,
                     "被告人李建军称。", KeptNameCase::kResolved},
        KeptNameCase{"APseudonymReachingIntoTheNameLosesWhole",
                     "被害人王军李建军称。", "李建军", "王军李",
                     Category::kPersonName, "被害人王军李建军称。",
                     KeptNameCase::kResolved},
        KeptNameCase{"APseudonymCoveringTheWholeNameIsUnresolved",
                     "被告人李建军称。", "李建军", "李建军",
                     Category::kPersonName, "被告人李建军称。",
                     KeptNameCase::kUnresolved},
        KeptNameCase{"AHealthPhraseRunningIntoTheNameLosesWhole",
                     "经鉴定患有抑郁症李建军称。", "李建军", "抑郁症李建军",
                     Category::kHealth, "经鉴定患有抑郁症李建军称。",
                     KeptNameCase::kResolved},
        KeptNameCase{"AnAddressRunningIntoTheNameLosesWhole",
                     "住北京市朝阳区建国路88号李建军家中。", "李建军",
                     "建国路88号李建", Category::kAddress,
                     "住北京市朝阳区建国路88号李建军家中。",
                     KeptNameCase::kUnresolved},
        KeptNameCase{"AnAddressCoveringTheNameLosesWhole",
                     "住北京市朝阳区建国路88号李建军家中。", "李建军",
                     "建国路88号李建军家中", Category::kAddress,
                     "住北京市朝阳区建国路88号李建军家中。",
                     KeptNameCase::kUnresolved},
        KeptNameCase{"AnIdentifierBesideTheNameStillGoes",
                     "被告人李建军，电话13812345678。", "李建军", "13812345678",
                     Category::kPhone, "被告人李建军。", KeptNameCase::kNone}),
    [](const ::testing::TestParamInfo<KeptNameCase>& info) {
      return std::string(info.param.name);
    });

// Policy is data: a court's policy changes the output without code.
Result<Policy> PolicyWith(const std::string& category, const std::string& entry,
                          const std::string& mask = "×") {
  std::string json =
      R"({"version": "test", "mask_character": ")" + mask +
      R"(", "overlap_policy": "protected_then_longest_then_priority",
      "priority": ["id_number", "phone", "im_account", "bank_account",
                   "travel_document", "property_certificate", "email", "plate"],
      "categories": {)";
  // Every category a policy configures: all but kProtected, which is kept by
  // rule (tests/core/span_test.cc pins the names themselves).
  bool first = true;
  for (int i = 0; i < kCategoryCount; ++i) {
    if (static_cast<Category>(i) == Category::kProtected) continue;
    const std::string_view name = CategoryName(static_cast<Category>(i));
    if (!first) json += ",";
    first = false;
    json.append("\"").append(name).append("\": ");
    json +=
        name == category
            ? entry
            : R"({"action": "delete", "keep_leading": 0, "keep_trailing": 0, "label": "[x]"})";
  }
  json += "}}";
  return Policy::FromJson(json, "test policy");
}

// One category's entry in a policy changes how its one span is rewritten.
struct PolicyEntryCase {
  const char* name;
  const char* category;
  const char* entry;  // the category's JSON object
  const char* mask_character;
  const char* input;
  const char* expected;
  Action action;  // of the one redaction
};

class PolicyEntryTest : public ::testing::TestWithParam<PolicyEntryCase> {};

TEST_P(PolicyEntryTest, RewritesTheSpanAsTheEntrySays) {
  const PolicyEntryCase& c = GetParam();
  Result<Policy> policy = PolicyWith(c.category, c.entry, c.mask_character);
  ASSERT_TRUE(policy.ok()) << policy.status().message();
  const PassRun run = Redact(c.input, policy.value());
  EXPECT_EQ(run.result.text, c.expected);
  ASSERT_EQ(run.result.redactions.size(), 1u);
  EXPECT_EQ(run.result.redactions[0].action, c.action);
  ExpectWellFormed(c.input, run.result, policy.value());
}

INSTANTIATE_TEST_SUITE_P(
    RedactionPass, PolicyEntryTest,
    ::testing::Values(
        PolicyEntryCase{
            "ReplaceActionWritesTheLabel", "phone",
            R"({"action": "replace", "keep_leading": 0, "keep_trailing": 0, "label": "[电话号码]"})",
            "×", "原告住北京市朝阳区。电话13812345678。",
            "原告住北京市朝阳区。电话[电话号码]。", Action::kReplace},
        PolicyEntryCase{
            "MaskActionHonoursKeepCounts", "id_number",
            R"({"action": "mask", "keep_leading": 6, "keep_trailing": 0, "label": "[x]"})",
            "×", "男，公民身份号码110105198001011238，汉族",
            "男，公民身份号码110105××××××××××××，汉族", Action::kMask},
        PolicyEntryCase{
            "MaskCharacterComesFromThePolicy", "plate",
            R"({"action": "mask", "keep_leading": 2, "keep_trailing": 0, "label": "[x]"})",
            "*", "驾驶京A12345号小型轿车", "驾驶京A*****号小型轿车",
            Action::kMask},
        PolicyEntryCase{
            "KeepCountsLargerThanTheValueMaskEverything", "im_account",
            R"({"action": "mask", "keep_leading": 8, "keep_trailing": 8, "label": "[x]"})",
            "×", "其QQ号12345678的好友", "其QQ号××××××××的好友",
            Action::kMask}),
    [](const ::testing::TestParamInfo<PolicyEntryCase>& info) {
      return std::string(info.param.name);
    });

TEST(RedactionPass, ApplyWithoutRedactionsCopiesTheText) {
  EXPECT_EQ(RedactionPass::Apply("原告张三", {}), "原告张三");
  EXPECT_EQ(RedactionPass::Apply("", {}), "");
}

TEST(RedactionPass, ApplyReplacesTheGivenBytes) {
  Redaction a;
  a.begin = 0;
  a.end = 2;
  a.replacement = "X";
  Redaction b;
  b.begin = 4;
  b.end = 6;
  const std::string out = RedactionPass::Apply("abcdefg", {a, b});
  EXPECT_EQ(out, "Xcdg");
}

}  // namespace
}  // namespace wenshu
