// Rules §5 (健康状况): which health details of a person are reported, which
// injury findings a criminal judgment keeps, and the words that only look
// medical (claims, institutions, statutes) — over-redaction is a defect as
// serious as a leak.
#include "redactors/health.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "core/normalized_text.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"

namespace wenshu {
namespace {

DocumentHeader Header(const std::string& doc_type,
                      const std::string& type_code) {
  DocumentHeader header;
  header.doc_type = doc_type;
  if (!type_code.empty()) {
    CaseNumber number;
    number.type_code = type_code;
    header.case_number = number;
  }
  return header;
}

const DocumentHeader& Criminal() {
  static const DocumentHeader header = Header("刑事判决书", "刑初");
  return header;
}
const DocumentHeader& Civil() {
  static const DocumentHeader header = Header("民事判决书", "民初");
  return header;
}

const HealthFinder& Default() {
  static const HealthFinder finder(Policy::NationalDefault().health());
  return finder;
}

// What `finder` reports in `text` (already normalized) with `header`.
std::vector<Span> Spans(const HealthFinder& finder, std::string_view text,
                        const DocumentHeader& header) {
  const Document doc{text, header, {}};
  ScanContext scan(text, Strictness::kStandard);
  SpanSink sink;
  EXPECT_TRUE(finder.Find(doc, scan, sink).ok());
  return sink.spans();
}

// The reported texts, in order. `text` is already normalized (half-width
// punctuation, as the pipeline's view has it).
std::vector<std::string> Found(const HealthFinder& finder,
                               const std::string& text,
                               const DocumentHeader& header) {
  std::vector<std::string> out;
  for (const Span& s : Spans(finder, text, header)) {
    EXPECT_EQ(s.category, Category::kHealth);
    EXPECT_FALSE(s.rule.empty());
    EXPECT_FALSE(s.reason.empty());
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

struct HealthCase {
  const char* name;
  std::string text;
  std::vector<std::string> expected;
};

void PrintTo(const HealthCase& c, std::ostream* os) { *os << c.name; }

std::string CaseName(const ::testing::TestParamInfo<HealthCase>& info) {
  return info.param.name;
}

// What the default finder reports does not depend on the case kind.
class HealthCaseKindTest : public ::testing::TestWithParam<HealthCase> {};

TEST_P(HealthCaseKindTest, SameInCriminalAndCivilCases) {
  const HealthCase& c = GetParam();
  EXPECT_EQ(Found(Default(), c.text, Criminal()), c.expected);
  EXPECT_EQ(Found(Default(), c.text, Civil()), c.expected);
}

// Conditions of a person: reported in every case kind by default.
INSTANTIATE_TEST_SUITE_P(
    HealthCondition, HealthCaseKindTest,
    ::testing::Values(
        HealthCase{"DiagnosisAfterHuanYou",
                   "经鉴定,被害人魏某患有慢性精神分裂症,无性防卫能力。",
                   {"慢性精神分裂症"}},
        HealthCase{"DiagnosisAfterZhenDuanWei",
                   "经医院诊断为抑郁症,住院治疗两个月。",
                   {"抑郁症"}},
        HealthCase{
            "ConfirmedAids", "其于2015年确诊为艾滋病,仍隐瞒病情。", {"艾滋病"}},
        HealthCase{
            "ConfirmedHivInfection", "其于2018年确诊为HIV感染。", {"HIV感染"}},
        HealthCase{"HepatitisBCarrierWithoutCue",
                   "原告系乙型肝炎病毒携带者,被告以此为由解除劳动合同。",
                   {"乙型肝炎病毒携带者"}},
        HealthCase{"DisabilityKindAndGrade",
                   "残疾人证,证明被害人为智力残疾壹级。",
                   {"智力残疾壹级"}},
        HealthCase{"DisabilityKindWithoutGrade",
                   "沈某系肢体残疾人,离婚后独自抚养女儿。",
                   {"肢体残疾"}},
        HealthCase{
            "GradeAfterDisabilityLevel", "经评定,其残疾等级为二级。", {"二级"}},
        HealthCase{"PregnancyWithDuration",
                   "被害人张某于怀孕五个月左右进行引产。",
                   {"怀孕五个月"}},
        HealthCase{"PregnancyOfADefendant",
                   "被告人杨某系在羁押期间发现正在怀孕而变更为取保候审的。",
                   {"怀孕"}},
        HealthCase{"PregnancyDiagnosed",
                   "到妇产医院检查诊断中期妊娠(约24-26周)。",
                   {"中期妊娠"}},
        HealthCase{"PregnancyWeeks", "B超显示孕8周。", {"孕8周"}},
        HealthCase{
            "CancerWithItsStage", "其父患肺癌晚期,需要照顾。", {"肺癌晚期"}},
        HealthCase{"StopWordEndsTheCondition",
                   "被告人因患有尿毒症无钱治疗而贩卖毒品。",
                   {"尿毒症"}},
        HealthCase{"ConditionBeforeDaoZhi",
                   "被害人全某系患小儿麻痹症导致不能说话的残疾人。",
                   {"小儿麻痹症"}},
        HealthCase{"Epilepsy", "被告人自幼患有癫痫,长期服药。", {"癫痫"}},
        HealthCase{"DevelopmentalDelayWithoutCue",
                   "被害人章某系精神发育迟滞(中度),无性自我防卫能力。",
                   {"精神发育迟滞"}},
        HealthCase{"BipolarDisorderButNotTheResponsibilityFinding",
                   "经鉴定,被告人患有双相情感障碍,作案时具有限制刑事责任能力。",
                   {"双相情感障碍"}},
        HealthCase{"ListAfterOneCueStopsAtSomeoneElse",
                   "被告人以自己患有高血压、冠心病、妻子重病在床需要照顾为由。",
                   {"高血压", "冠心病"}},
        HealthCase{"ConditionBeforePatient",
                   "被告人系精神分裂症患者,实施犯罪时具有完全刑事责任能力。",
                   {"精神分裂症"}},
        HealthCase{
            "ConditionBeforeMedicalHistory", "被告人有癫痫病史。", {"癫痫病"}},
        HealthCase{"OpenTuberculosisBeforeYu",
                   "因患有开放性肺结核于当日被取保候审。",
                   {"开放性肺结核"}},
        HealthCase{"RepeatedWordsOfAReportedCondition",
                   "出院诊断为慢性胃炎,因治疗慢性胃炎花费医疗费。",
                   {"慢性胃炎", "慢性胃炎"}},
        HealthCase{
            "VegetativeState", "原告现为植物人,生活不能自理。", {"植物人"}}),
    CaseName);

// Nothing here is a person's diagnosis; none of it may change.
INSTANTIATE_TEST_SUITE_P(
    HealthNotACondition, HealthCaseKindTest,
    ::testing::Values(
        HealthCase{"HospitalNames",
                   "北京安定医院、广州市精神病医院司法鉴定所出具鉴定意见书。",
                   {}},
        HealthCase{"ForensicPsychiatricReport",
                   "法医精神病鉴定意见书、精神疾病司法鉴定所鉴定。",
                   {}},
        HealthCase{"SickLeave", "原告请病假三个月,期间工资照发。", {}},
        HealthCase{
            "DiseaseControlCentre", "北京市疾病预防控制中心出具检测报告。", {}},
        HealthCase{"AidsPreventionOffice", "县艾滋病防治办公室。", {}},
        HealthCase{"MentalDamagesClaim",
                   "请求判令被告赔偿精神损害抚慰金50000元。",
                   {}},
        HealthCase{"DisabilityDamagesHeads",
                   "残疾赔偿金120000元、伤残赔偿金、护理费3000元。",
                   {}},
        HealthCase{"MedicalRecordWordsAlone",
                   "住院病历、病历资料、诊断证明书、疾病诊断证明书等证据。",
                   {}},
        HealthCase{"MaternalAndChildHealthHospital",
                   "北京市海淀区妇幼保健院出具出生医学证明。",
                   {}},
        HealthCase{
            "PsychologyInOrdinaryUse", "被告人心理压力较大,接受心理辅导。", {}},
        HealthCase{"GenericIllness", "辩护人提出被告人患有多种疾病。", {}},
        HealthCase{"GenericSeriousIllness", "独自抚养患有严重疾病的女儿。", {}},
        HealthCase{"IllnessThatIsNotNamed",
                   "不论被告人是否患有辩护人所主张的疾病。",
                   {}},
        HealthCase{"NegatedHistory", "被告人无精神病史。", {}},
        HealthCase{"PregnantWomenInTheSentencingStatute",
                   "对其中不满十八周岁的人、怀孕的妇女和已满七十五周岁的人,"
                   "应当宣告缓刑。",
                   {}},
        HealthCase{"PregnantWomenInTheCustodyStatute",
                   "怀孕或者正在哺乳自己婴儿的妇女。",
                   {}},
        HealthCase{"PregnantAnimal", "盗窃怀孕母猪一头。", {}},
        HealthCase{"ContraceptivesAndSurrogacy",
                   "查获避孕套十七个、左炔诺孕酮片20粒,以代孕为名骗取财物。",
                   {}},
        HealthCase{"QuotedNickname", "向“尿毒症”购买氯胺酮1克。", {}},
        HealthCase{"WhatADrugTreats", "氯硝西泮是用于治疗癫痫的处方药。", {}},
        HealthCase{"DrugTestResult", "经检查出甲基苯丙胺阳性。", {}},
        HealthCase{"StatuteOnMentallyIllPersons",
                   "精神病人在不能辨认或者不能控制自己行为的时候造成危害结果。",
                   {}},
        HealthCase{"ResponsibilityFindingAboutAMentallyIllPerson",
                   "被告人系限定刑事责任能力的精神病人。",
                   {}},
        HealthCase{"SeriousDisabilityInTheStatute",
                   "致人重伤造成严重残疾的,处十年以上有期徒刑。",
                   {}},
        HealthCase{"DisabledPersonsFederation",
                   "县残疾人联合会、肢体残疾人协会出具证明。",
                   {}},
        HealthCase{"NormalMentalState", "临床诊断为正常精神状态。", {}},
        HealthCase{"QuotedClause",
                   "该条款规定:“被保险人患有癫痫的,保险人不承担责任”。",
                   {}},
        HealthCase{"LawTitle", "依照《艾滋病防治条例》的规定。", {}},
        HealthCase{"CriminalResponsibilityConclusion",
                   "经鉴定,被告人作案时具有完全刑事责任能力。",
                   {}}),
    CaseName);

// Injury findings the reasoning rests on: kept by the default policy.
class HealthInjuryTest : public ::testing::TestWithParam<HealthCase> {};

TEST_P(HealthInjuryTest, KeptByDefault) {
  const HealthCase& c = GetParam();
  EXPECT_EQ(Found(Default(), c.text, Criminal()), std::vector<std::string>{});
  EXPECT_EQ(Found(Default(), c.text, Civil()), std::vector<std::string>{});
}

TEST_P(HealthInjuryTest, ReportedWhereThePolicySaysSo) {
  HealthPolicy policy = Policy::NationalDefault().health();
  policy.civil.injuries = true;
  const HealthFinder finder(policy);
  const HealthCase& c = GetParam();
  EXPECT_EQ(Found(finder, c.text, Civil()), c.expected);
  EXPECT_EQ(Found(finder, c.text, Criminal()), std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(
    Health, HealthInjuryTest,
    ::testing::Values(
        HealthCase{"SeverityFinding",
                   "经鉴定,被害人王某的损伤程度为轻伤二级。",
                   {"轻伤二级"}},
        HealthCase{"MinorInjury", "经法医学鉴定构成轻微伤。", {"轻微伤"}},
        HealthCase{"GradeBeforeShangCan",
                   "经鉴定构成重伤一级,评定为十级伤残。",
                   {"重伤一级", "十级伤残"}},
        HealthCase{
            "GradeAfterShangCanDengJi", "原告的伤残等级为十级。", {"十级"}},
        HealthCase{"InjuryAfterADiagnosisCue",
                   "入院诊断为特重型颅脑损伤,即送手术室治疗。",
                   {"特重型颅脑损伤"}},
        HealthCase{"InjuryList",
                   "门诊诊断是头面部外伤、颅脑外伤。",
                   {"头面部外伤", "颅脑外伤"}},
        HealthCase{"StatuteIsNoFinding",
                   "致人重伤的,处三年以上十年以下有期徒刑。",
                   {}},
        HealthCase{"CauseOfDeath", "经尸体检验,被害人系因颅脑损伤死亡。", {}}),
    CaseName);

TEST(Health, CaseKindFromTheHeader) {
  using Kind = HealthFinder::CaseKind;
  EXPECT_EQ(HealthFinder::KindOf(Header("", "刑初")), Kind::kCriminal);
  EXPECT_EQ(HealthFinder::KindOf(Header("刑事附带民事判决书", "")),
            Kind::kCriminal);
  EXPECT_EQ(HealthFinder::KindOf(Header("", "民终")), Kind::kCivil);
  EXPECT_EQ(HealthFinder::KindOf(Header("民事裁定书", "")), Kind::kCivil);
  EXPECT_EQ(HealthFinder::KindOf(Header("", "行初")), Kind::kAdministrative);
  EXPECT_EQ(HealthFinder::KindOf(Header("行政判决书", "")),
            Kind::kAdministrative);
  EXPECT_EQ(HealthFinder::KindOf(Header("执行裁定书", "执恢")), Kind::kOther);
  EXPECT_EQ(HealthFinder::KindOf(Header("", "")), Kind::kOther);
}

TEST(Health, ConditionsFollowTheCaseKindSwitch) {
  HealthPolicy policy = Policy::NationalDefault().health();
  policy.criminal.conditions = false;
  const HealthFinder finder(policy);
  const std::string text = "被告人患有精神分裂症,怀孕三个月。";
  EXPECT_EQ(Found(finder, text, Criminal()), std::vector<std::string>{});
  EXPECT_EQ(Found(finder, text, Civil()),
            (std::vector<std::string>{"精神分裂症", "怀孕三个月"}));
  EXPECT_EQ(Found(finder, text, Header("行政判决书", "行初")),
            (std::vector<std::string>{"精神分裂症", "怀孕三个月"}));
}

TEST(Health, DisabledPolicyFindsNothing) {
  HealthPolicy policy = Policy::NationalDefault().health();
  policy.enabled = false;
  const HealthFinder finder(policy);
  EXPECT_TRUE(Spans(finder, "被告人患有精神分裂症。", Criminal()).empty());
}

TEST(Health, HeaderAndTailZonesAreNotScanned) {
  // The statutes appended after the bench speak of classes of people.
  const std::string body = "被告人患有精神分裂症。";
  const std::string tail = "附:相关法律条文 患有癫痫的人。";
  const std::string text = body + tail;
  DocumentHeader header = Criminal();
  header.zones = {{Zone::kBody, 0, body.size()},
                  {Zone::kTail, body.size(), text.size()}};
  EXPECT_EQ(Found(Default(), text, header),
            std::vector<std::string>{"精神分裂症"});
}

TEST(Health, QuotedClauseIsSkippedButTheSameWordsAreNot) {
  EXPECT_EQ(Found(Default(), "被保险人患有癫痫。", Civil()),
            std::vector<std::string>{"癫痫"});
}

TEST(Health, SpansAreSortedAndDoNotOverlap) {
  // 精神分裂症 is found three ways here (cue, listed term, patient cue).
  const std::string text = "被告人患有精神分裂症患者,又诊断为精神分裂症。";
  const std::vector<Span> spans = Spans(Default(), text, Criminal());
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_LE(spans[0].end, spans[1].begin);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "精神分裂症");
}

// The whole way to the public text: the default action masks each
// character, and full-width punctuation in the original maps back exactly.
TEST(Health, PublicTextMasksOnlyTheCondition) {
  const std::string original =
      "经鉴定，被害人章某系精神发育迟滞（中度），无性自我防卫能力；"
      "损伤程度为轻伤二级。被告人于怀孕五个月时被取保候审。";
  Result<NormalizedText> view = NormalizedText::Normalize(original);
  ASSERT_TRUE(view.ok());
  const std::vector<Span> spans =
      Spans(Default(), view.value().text(), Criminal());
  const RedactionPass pass(Policy::NationalDefault());
  const std::string published = pass.Run(original, view.value(), spans).text;
  EXPECT_EQ(published,
            "经鉴定，被害人章某系××××××（中度），无性自我防卫能力；"
            "损伤程度为轻伤二级。被告人于×××××时被取保候审。");
  // Running the pipeline on its own output changes nothing more.
  Result<NormalizedText> again = NormalizedText::Normalize(published);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(Spans(Default(), again.value().text(), Criminal()).empty());
}

}  // namespace
}  // namespace wenshu
