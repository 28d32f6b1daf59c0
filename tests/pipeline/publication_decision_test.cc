#include "pipeline/publication_decision.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/normalized_text.h"
#include "pipeline/document_analyzer.h"
#include "redactors/policy.h"

namespace wenshu {
namespace {

using Outcome = PublicationDecision::Outcome;

PublicationDecision Decide(const std::string& text, InputMeta meta = {}) {
  static const PublicationDecider decider(
      Policy::NationalDefault().publication(),
      Policy::NationalDefault().party_block());
  Result<NormalizedText> view = NormalizedText::Normalize(text);
  EXPECT_TRUE(view.ok());
  DocumentHeader header =
      DocumentAnalyzer::Instance().Analyze(view.value().text());
  if (meta.cause) header.cause = *meta.cause;
  if (meta.doc_type) header.doc_type = *meta.doc_type;
  return decider.Decide(view.value().text(), header, meta);
}

std::string Criminal(const std::string& birth, const std::string& facts) {
  return "北京市朝阳区人民法院\n刑事判决书\n（2023）京0105刑初77号\n"
         "公诉机关北京市朝阳区人民检察院。\n被告人孙小勇，男，" +
         birth +
         "出生，汉族，住北京市朝阳区。\n"
         "北京市朝阳区人民检察院以京朝检刑诉〔2023〕9号起诉书指控被告人孙小勇"
         "犯盗窃罪，于2023年3月1日向本院提起公诉。\n经审理查明，" +
         facts +
         "\n本院认为，被告人孙小勇构成盗窃罪。判决如下：\n被告人孙小勇犯盗窃罪"
         "，"
         "判处有期徒刑六个月。\n审判员　王丽\n二〇二三年六月一日\n书记员　赵敏"
         "\n";
}

std::string Civil(const std::string& procedure, const std::string& facts,
                  const std::string& type = "民事判决书") {
  return "北京市朝阳区人民法院\n" + type +
         "\n（2023）京0105民初88号\n原告：张大明，男，1980年1月1日出生，住北京"
         "市朝阳区。\n"
         "被告：李小红，女，1982年2月2日出生，住北京市朝阳区。\n" +
         procedure + "\n" + facts +
         "\n本院认为，原告的诉讼请求有理。判决如下：\n驳回原告的诉讼请求。\n"
         "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
}

// A civil judgment whose parties are born on `plaintiff_birth` and
// `defendant_birth`, with its own holding.
std::string CivilHolding(const std::string& procedure, const std::string& facts,
                         const std::string& holding,
                         const std::string& plaintiff_birth = "1980年1月1日",
                         const std::string& defendant_birth = "1982年2月2日") {
  return "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初88号\n"
         "原告：张大明，男，" +
         plaintiff_birth +
         "出生，住北京市朝阳区。\n被告：李小红，女，" + defendant_birth +
         "出生，住北京市朝阳区。\n" + procedure + "\n" + facts +
         "\n本院认为，原告的诉讼请求部分有理。判决如下：\n" + holding +
         "\n审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
}

bool HasSignal(const PublicationDecision& d, const std::string& signal) {
  return std::find(d.signals.begin(), d.signals.end(), signal) !=
         d.signals.end();
}

TEST(PublicationDecision, EighteenthBirthdayIsStillAMinorTheDayAfterAnAdult) {
  // Born 2004-05-10: 18 completed only from 2022-05-11.
  PublicationDecision on_birthday = Decide(
      Criminal("2004年5月10日", "2022年5月10日，被告人孙小勇窃得手机一部。"));
  EXPECT_EQ(on_birthday.outcome, Outcome::kWithhold);
  ASSERT_EQ(on_birthday.grounds.size(), 1u);
  EXPECT_EQ(on_birthday.grounds[0], "juvenile_crime");
  EXPECT_EQ(on_birthday.reasons[0].value,
            "孙小勇 born 2004-05-10, 17 on 2022-05-10");

  PublicationDecision day_after = Decide(
      Criminal("2004年5月10日", "2022年5月11日，被告人孙小勇窃得手机一部。"));
  EXPECT_EQ(day_after.outcome, Outcome::kPublish);
  EXPECT_TRUE(day_after.grounds.empty());
}

TEST(PublicationDecision, TheEarliestOffenceOfTheDefendantCounts) {
  // A background date (the land's) does not count; the first offence does.
  PublicationDecision d = Decide(Criminal(
      "2004年5月10日",
      "该房屋于2010年3月1日建成。2022年3月1日，被告人孙小勇窃得手机一部；"
      "2022年8月1日，被告人孙小勇再次盗窃。"));
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_EQ(d.reasons[0].value, "孙小勇 born 2004-05-10, 17 on 2022-03-01");
}

TEST(PublicationDecision, NoOffenceDateForAYoungDefendantHolds) {
  PublicationDecision d =
      Decide(Criminal("2005年1月1日", "被告人孙小勇窃得手机一部。"));
  EXPECT_EQ(d.outcome, Outcome::kHold);
  EXPECT_NE(d.hold_reason.find("no offence date"), std::string::npos)
      << d.hold_reason;
  // An older defendant without an offence date is simply published.
  EXPECT_EQ(
      Decide(Criminal("1980年1月1日", "被告人孙小勇窃得手机一部。")).outcome,
      Outcome::kPublish);
}

// A court's policy that adds a defendant label (被起诉人) is read by the
// decision as by the people steps: the young defendant is found.
TEST(PublicationDecision, ACourtsRoleLabelFindsTheYoungDefendant) {
  std::string json(Policy::DefaultJson());
  const std::string from = R"("defendant": ["被告人")";
  json.replace(json.find(from), from.size(),
               R"("defendant": ["被起诉人", "被告人")");
  Result<Policy> court = Policy::FromJson(json, "court.json");
  ASSERT_TRUE(court.ok()) << court.status().message();
  std::string text =
      Criminal("2006年5月10日", "2022年5月10日，被告人孙小勇窃得手机一部。");
  const std::string label = "\n被告人孙小勇，男，";
  text.replace(text.find(label), label.size(), "\n被起诉人孙小勇，男，");
  Result<NormalizedText> view = NormalizedText::Normalize(text);
  ASSERT_TRUE(view.ok());
  const DocumentHeader header =
      DocumentAnalyzer::Instance().Analyze(view.value().text());
  const PublicationDecider national(Policy::NationalDefault().publication(),
                                    Policy::NationalDefault().party_block());
  const PublicationDecider with_label(court.value().publication(),
                                      court.value().party_block());
  EXPECT_EQ(national.Decide(view.value().text(), header, {}).outcome,
            Outcome::kPublish);
  const PublicationDecision decided =
      with_label.Decide(view.value().text(), header, {});
  EXPECT_EQ(decided.outcome, Outcome::kWithhold);
  ASSERT_EQ(decided.grounds.size(), 1u);
  EXPECT_EQ(decided.grounds[0], "juvenile_crime");
}

TEST(PublicationDecision, MediationStatementsAndConfirmations) {
  PublicationDecision civil = Decide(
      Civil("原告张大明与被告李小红民间借贷纠纷一案，本院于2023年1月1日立案。",
            "双方自愿达成协议。", "民事调解书"));
  EXPECT_EQ(civil.outcome, Outcome::kWithhold);
  EXPECT_EQ(civil.grounds, std::vector<std::string>{"mediation"});

  PublicationDecision administrative = Decide(
      Civil("原告张大明与被告李小红行政赔偿一案，本院于2023年1月1日立案。",
            "双方自愿达成协议。", "行政调解书"));
  EXPECT_EQ(administrative.outcome, Outcome::kPublish);

  const std::string confirmation =
      "北京市朝阳区人民法院\n民事裁定书\n（2023）京0105民特12号\n"
      "申请人：张大明，男。\n申请人：李小红，女。\n"
      "申请人张大明、李小红申请司法确认调解协议一案，本院于2023年1月1日受理。\n"
      "本院认为，申请确认调解协议符合法律规定。裁定如下：\n"
      "确认调解协议有效。\n审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  PublicationDecision confirmed = Decide(confirmation);
  EXPECT_EQ(confirmed.outcome, Outcome::kWithhold);
  EXPECT_EQ(confirmed.grounds, std::vector<std::string>{"mediation"});
}

TEST(PublicationDecision, DivorceIsWithheldButInheritanceIsPublished) {
  PublicationDecision divorce = Decide(
      Civil("原告张大明与被告李小红离婚纠纷一案，本院于2023年1月1日立案。",
            "原、被告于2010年登记结婚。"));
  EXPECT_EQ(divorce.outcome, Outcome::kWithhold);
  EXPECT_EQ(divorce.grounds, std::vector<std::string>{"divorce_or_custody"});
  EXPECT_EQ(divorce.reasons[0].field, "cause");

  PublicationDecision inheritance = Decide(
      Civil("原告张大明与被告李小红继承纠纷一案，本院于2023年1月1日立案。",
            "被继承人张老汉于2020年去世。"));
  EXPECT_EQ(inheritance.outcome, Outcome::kPublish);
  EXPECT_FALSE(inheritance.inferred_cause);
}

TEST(PublicationDecision, ADivorceCauseWordedAnotherWayIsWithheld) {
  for (const char* cause : {"涉外离婚纠纷", "变更子女抚养关系纠纷"}) {
    PublicationDecision d =
        Decide(Civil(std::string("原告张大明与被告李小红") + cause +
                         "一案，本院于2023年1月1日立案。",
                     "原、被告于2010年登记结婚。"));
    EXPECT_EQ(d.outcome, Outcome::kWithhold) << cause;
    EXPECT_EQ(d.grounds, std::vector<std::string>{"divorce_or_custody"})
        << cause;
  }
  // A guardian's liability for a ward's tort is not a guardianship dispute.
  PublicationDecision tort = Decide(Civil(
      "原告张大明与被告李小红监护人责任纠纷一案，本院于2023年1月1日立案。",
      "被告之子将原告撞伤。"));
  EXPECT_EQ(tort.outcome, Outcome::kPublish);
}

TEST(PublicationDecision, WithoutAStatedCauseTheWordsDecide) {
  const std::string no_cause =
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。";
  PublicationDecision custody = Decide(
      Civil(no_cause, "双方协议离婚，婚生子由原告抚养，被告支付抚养费。"));
  EXPECT_EQ(custody.outcome, Outcome::kWithhold);
  EXPECT_EQ(custody.grounds, std::vector<std::string>{"divorce_or_custody"});
  EXPECT_TRUE(custody.inferred_cause);

  PublicationDecision family =
      Decide(Civil(no_cause, "被继承人张老汉于2020年去世，遗产为房屋一套。"));
  EXPECT_EQ(family.outcome, Outcome::kPublish);
  ASSERT_TRUE(family.inferred_cause);
  // The people stage anonymizes the parties of the inferred family cause.
  const auto& causes = Policy::NationalDefault().people().family_causes;
  EXPECT_NE(std::find(causes.begin(), causes.end(), *family.inferred_cause),
            causes.end());

  PublicationDecision tie = Decide(Civil(no_cause, "双方离婚后，张老汉去世。"));
  EXPECT_EQ(tie.outcome, Outcome::kHold);

  PublicationDecision ordinary =
      Decide(Civil(no_cause, "被告向原告借款10000元，到期未还。"));
  EXPECT_EQ(ordinary.outcome, Outcome::kPublish);
  EXPECT_FALSE(ordinary.inferred_cause);
}

TEST(PublicationDecision, EveryOccurrenceCountsAndStrongWordsCountTwice) {
  const std::string no_cause =
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。";
  // One divorce word against two deaths: another family dispute.
  PublicationDecision family =
      Decide(Civil(no_cause, "双方离婚后，张老汉去世，李老太亦去世。"));
  EXPECT_EQ(family.outcome, Outcome::kPublish);
  ASSERT_TRUE(family.inferred_cause);
  EXPECT_EQ(family.reasons[0].value, "去世×2");

  // A broken marriage is the dispute itself: it outweighs one death.
  PublicationDecision divorce =
      Decide(Civil(no_cause, "双方感情破裂。张老汉去世。"));
  EXPECT_EQ(divorce.outcome, Outcome::kWithhold);
  EXPECT_EQ(divorce.grounds, std::vector<std::string>{"divorce_or_custody"});
}

TEST(PublicationDecision, ADependantInADamagesClaimIsNotACustodyDispute) {
  PublicationDecision d = Decide(
      Civil("原告张大明与被告李小红一案，本院于2023年1月1日立案。",
            "交通事故致张老汉死亡，原告主张被扶养人生活费，其子应被抚养12年，"
            "抚养费为5万元。"));
  EXPECT_EQ(d.outcome, Outcome::kPublish);
  EXPECT_FALSE(d.inferred_cause);
}

TEST(PublicationDecision, AnEarlierDivorceInAnotherCivilDisputeIsBackground) {
  const std::string no_cause =
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。";
  const std::string loan =
      "被告向原告借款10000元，出具借条，约定利息，到期未还。";
  PublicationDecision background =
      Decide(Civil(no_cause, loan + "被告与其妻已于2015年协议离婚。"));
  EXPECT_EQ(background.outcome, Outcome::kPublish);
  EXPECT_FALSE(background.inferred_cause);
  ASSERT_FALSE(background.reasons.empty());
  EXPECT_EQ(background.reasons[0].ground, "custody_background");

  // The same loan does not outweigh a custody claim.
  PublicationDecision custody = Decide(
      Civil(no_cause, loan + "双方已协议离婚，现原告要求变更抚养关系。"));
  EXPECT_EQ(custody.outcome, Outcome::kWithhold);
  EXPECT_EQ(custody.grounds, std::vector<std::string>{"divorce_or_custody"});
}

TEST(PublicationDecision, ACrimeQuotedInACivilDocumentIsNotItsCause) {
  PublicationDecision d =
      Decide(Civil("原告张大明与被告李小红一案，本院于2023年1月1日立案。",
                   "被告曾犯抢劫罪被判刑。双方协议离婚，婚生子由原告抚养。"));
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_EQ(d.grounds, std::vector<std::string>{"divorce_or_custody"});
}

TEST(PublicationDecision, AnIncidentalCivilPartKeepsTheCrimeAsCause) {
  std::string text = Criminal("1980年1月1日",
                              "2022年5月11日，被告人孙小勇窃得手机一部，被害人"
                              "独自抚养两个子女。");
  text.replace(text.find("刑事判决书"), std::string("刑事判决书").size(),
               "刑事附带民事判决书");
  PublicationDecision d = Decide(text);
  EXPECT_EQ(d.outcome, Outcome::kPublish);
  EXPECT_FALSE(d.inferred_cause);
}

TEST(PublicationDecision, StateSecretsOnlyFromTheFlagAndWithoutAStub) {
  const std::string text =
      Civil("原告张大明与被告李小红合同纠纷一案，本院于2023年1月1日立案。",
            "被告交付了货物。");
  InputMeta flagged;
  flagged.flags = {"state_secret"};
  PublicationDecision secret = Decide(text, flagged);
  EXPECT_EQ(secret.outcome, Outcome::kWithhold);
  EXPECT_EQ(secret.grounds, std::vector<std::string>{"state_secret"});
  EXPECT_TRUE(secret.stub_withheld);

  PublicationDecision words = Decide(
      Civil("原告张大明与被告李小红合同纠纷一案，本院于2023年1月1日立案。",
            "因本案涉及国家秘密，不公开审理。"));
  EXPECT_EQ(words.outcome, Outcome::kHold);
  // Each word of the list alone, whatever the others share with it.
  for (const char* word : {"涉及国家秘密", "涉及国家机密", "涉密案件"}) {
    PublicationDecision one = Decide(
        Civil("原告张大明与被告李小红合同纠纷一案，本院于2023年1月1日立案。",
              std::string("本案系") + word + "，不公开审理。"));
    EXPECT_EQ(one.outcome, Outcome::kHold) << word;
  }
}

TEST(PublicationDecision, CourtDiscretionNeedsItsApprovalRecord) {
  const std::string text =
      Civil("原告张大明与被告李小红合同纠纷一案，本院于2023年1月1日立案。",
            "被告交付了货物。");
  InputMeta bare;
  bare.flags = {"court_discretion"};
  EXPECT_EQ(Decide(text, bare).outcome, Outcome::kHold);

  InputMeta approved = bare;
  approved.court_discretion = CourtDiscretionRecord{
      "涉及未公开的行业数据", {"庭长甲", "副院长乙"}, "2024-03-01"};
  PublicationDecision d = Decide(text, approved);
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_EQ(d.grounds, std::vector<std::string>{"court_discretion"});
  EXPECT_EQ(d.reasons[0].value,
            "涉及未公开的行业数据 (approved by 庭长甲, 副院长乙)");

  InputMeta one_approval = bare;
  one_approval.court_discretion =
      CourtDiscretionRecord{"涉及未公开的行业数据", {"庭长甲"}, ""};
  EXPECT_EQ(Decide(text, one_approval).outcome, Outcome::kHold);
}

TEST(PublicationDecision, TypesOutsideThePublishableListAreWithheld) {
  InputMeta meta;
  meta.doc_type = "起诉书";
  PublicationDecision d = Decide(
      Civil("原告张大明与被告李小红合同纠纷一案，本院于2023年1月1日立案。",
            "被告交付了货物。"),
      meta);
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_EQ(d.grounds, std::vector<std::string>{"not_publishable_type"});
}

TEST(PublicationDecision, ANoTypeFragmentIsHeld) {
  PublicationDecision d = Decide("被告交付了货物。本院认为。");
  EXPECT_EQ(d.outcome, Outcome::kHold);
  EXPECT_NE(d.hold_reason.find("document type"), std::string::npos);
}

TEST(PublicationDecision, AStatedCauseIsAStatedSignal) {
  PublicationDecision divorce = Decide(
      Civil("原告张大明与被告李小红离婚纠纷一案，本院于2023年1月1日立案。",
            "原、被告于2010年登记结婚。"));
  EXPECT_FALSE(divorce.inferred);
  EXPECT_EQ(divorce.signals,
            std::vector<std::string>{"cause:离婚纠纷 (stated)"});

  InputMeta meta;
  meta.cause = "法定继承纠纷";
  PublicationDecision inheritance = Decide(
      Civil("原告张大明与被告李小红一案，本院于2023年1月1日立案。",
            "被继承人张老汉于2020年去世。"),
      meta);
  EXPECT_EQ(inheritance.outcome, Outcome::kPublish);
  EXPECT_FALSE(inheritance.inferred);
  EXPECT_EQ(inheritance.signals,
            std::vector<std::string>{"meta.cause:法定继承纠纷 (stated)"});
}

TEST(PublicationDecision, EveryInferredDecisionCarriesItsSignals) {
  const std::string no_cause =
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。";
  PublicationDecision custody = Decide(
      Civil(no_cause, "双方协议离婚，婚生子由原告抚养，被告支付抚养费。"));
  EXPECT_TRUE(custody.inferred);
  EXPECT_TRUE(HasSignal(custody, "text:抚养费")) << custody.signals.size();
  EXPECT_TRUE(HasSignal(custody, "text:协议离婚"));

  PublicationDecision family =
      Decide(Civil(no_cause, "被继承人张老汉于2020年去世，遗产为房屋一套。"));
  EXPECT_TRUE(family.inferred);
  EXPECT_TRUE(HasSignal(family, "text:被继承人"));

  PublicationDecision ordinary =
      Decide(Civil(no_cause, "被告向原告借款10000元，出具借条。"));
  EXPECT_EQ(ordinary.outcome, Outcome::kPublish);
  EXPECT_TRUE(ordinary.inferred);
  ASSERT_EQ(ordinary.signals.size(), 1u);
  EXPECT_EQ(ordinary.signals[0],
            "text:no words of a marriage, family or custody dispute (other "
            "disputes: 借款、借条)");

  PublicationDecision tie = Decide(Civil(no_cause, "双方离婚后，张老汉去世。"));
  EXPECT_EQ(tie.outcome, Outcome::kHold);
  EXPECT_TRUE(tie.inferred);
  EXPECT_NE(tie.hold_reason.find("(离婚, score 1)"), std::string::npos)
      << tie.hold_reason;
  EXPECT_NE(tie.hold_reason.find("(去世, score 1)"), std::string::npos)
      << tie.hold_reason;
  EXPECT_TRUE(HasSignal(tie, "text:离婚"));
  EXPECT_TRUE(HasSignal(tie, "text:去世"));
}

TEST(PublicationDecision, AChildSignInTheHoldingOverrulesTheStatedCause) {
  PublicationDecision d = Decide(CivilHolding(
      "原告张大明与被告李小红同居关系析产纠纷一案，本院于2023年1月1日立案。",
      "原、被告同居期间购置家具若干。",
      "一、非婚生女张小花由原告抚养；二、被告每月支付抚育费800元。"));
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_EQ(d.grounds, std::vector<std::string>{"divorce_or_custody"});
  EXPECT_TRUE(d.inferred);
  EXPECT_TRUE(HasSignal(d, "cause:同居关系析产纠纷 (stated)"));
  EXPECT_TRUE(HasSignal(d, "holding:抚养"));
  EXPECT_TRUE(HasSignal(d, "holding:抚育"));
  ASSERT_FALSE(d.reasons.empty());
  EXPECT_EQ(d.reasons.back().field, "holding");

  // Even under an ordinary cause given in the metadata.
  InputMeta meta;
  meta.cause = "合同纠纷";
  PublicationDecision visit =
      Decide(CivilHolding("原告张大明与被告李小红一案，本院于2023年1月1日立案。",
                          "双方签订协议。", "原告每月探望张小花两次。"),
             meta);
  EXPECT_EQ(visit.outcome, Outcome::kWithhold);
  EXPECT_TRUE(HasSignal(visit, "meta.cause:合同纠纷 (stated)"));
  EXPECT_TRUE(HasSignal(visit, "holding:探望"));
}

TEST(PublicationDecision, ASignInTheTitleWithholds) {
  const std::string text =
      "北京市朝阳区人民法院\n张大明与李小红抚养费纠纷一审民事判决书\n"
      "（2023）京0105民初88号\n原告：张大明，男，1980年1月1日出生。\n"
      "被告：李小红，女，1982年2月2日出生。\n"
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。\n"
      "本院认为，原告的诉讼请求有理。判决如下：\n驳回原告的诉讼请求。\n"
      "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  PublicationDecision d = Decide(text);
  EXPECT_EQ(d.outcome, Outcome::kWithhold);
  EXPECT_TRUE(HasSignal(d, "title:抚养")) << (d.signals.empty()
                                                  ? std::string()
                                                  : d.signals[0]);
}

TEST(PublicationDecision, DependantsAndGuardiansLiabilityAreNoSigns) {
  struct Case {
    const char* cause;
    const char* holding;
  };
  for (const Case& c : {
           Case{"机动车交通事故责任纠纷",
                "被告赔偿原告死亡赔偿金、被抚养人生活费共计30万元。"},
           Case{"赡养纠纷", "被告每月给付原告赡养费500元。"},
           Case{"扶养纠纷", "被告每月给付原告扶养费600元。"},
           Case{"监护人责任纠纷", "被告作为监护人赔偿原告医疗费3000元。"},
           Case{"生命权、健康权、身体权纠纷",
                "被告赔偿原告医疗费、护理费、探视交通费共计9000元。"},
           Case{"林业承包合同纠纷", "被告支付原告森林抚育费用20000元。"},
       }) {
    PublicationDecision d = Decide(CivilHolding(
        std::string("原告张大明与被告李小红") + c.cause +
            "一案，本院于2023年1月1日立案。",
        "事实如原告所述。", c.holding));
    EXPECT_EQ(d.outcome, Outcome::kPublish) << c.cause;
    EXPECT_FALSE(d.inferred) << c.cause;
  }
}

TEST(PublicationDecision, AStatedCauseOutweighsTheFacts) {
  // The facts of a loan between former spouses speak of a divorce and a
  // child; the stated cause decides, and nothing in the holding is a sign.
  PublicationDecision d = Decide(CivilHolding(
      "原告张大明与被告李小红民间借贷纠纷一案，本院于2023年1月1日立案。",
      "双方协议离婚时约定婚生子由原告抚养，离婚后被告向原告借款5万元。",
      "被告于判决生效之日起十日内偿还原告借款5万元。"));
  EXPECT_EQ(d.outcome, Outcome::kPublish);
  EXPECT_FALSE(d.inferred);
  EXPECT_FALSE(d.inferred_cause);
}

TEST(PublicationDecision, AdoptionWithholdsOnlyWithAMinorParty) {
  const std::string procedure =
      "原告张大明与被告李小红解除收养关系纠纷一案，本院于2023年1月1日立案。";
  const std::string facts = "原告于1990年收养被告。";
  const std::string holding = "解除原告张大明与被告李小红的收养关系。";
  PublicationDecision adults = Decide(CivilHolding(procedure, facts, holding));
  EXPECT_EQ(adults.outcome, Outcome::kPublish);
  EXPECT_TRUE(HasSignal(adults, "holding:收养"));
  EXPECT_TRUE(
      HasSignal(adults, "party_block:adults at the decision: 原告 43、被告 41"));

  PublicationDecision minor = Decide(
      CivilHolding(procedure, "原告于2012年收养被告。", holding,
                   "1980年1月1日", "2011年9月9日"));
  EXPECT_EQ(minor.outcome, Outcome::kWithhold);
  EXPECT_EQ(minor.grounds, std::vector<std::string>{"divorce_or_custody"});
  EXPECT_EQ(minor.reasons.back().value, "被告 11");

  const std::string undated =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初88号\n"
      "原告：张大明，男，住北京市朝阳区。\n被告：李小红，女，住北京市朝阳区。\n" +
      procedure + "\n" + facts + "\n本院认为，应予解除。判决如下：\n" +
      holding + "\n审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";
  PublicationDecision unknown = Decide(undated);
  EXPECT_EQ(unknown.outcome, Outcome::kHold);
  EXPECT_NE(unknown.hold_reason.find("no party's age"), std::string::npos)
      << unknown.hold_reason;
}

TEST(PublicationDecision, AFamilyPartitionAsWhereAHouseCameFromIsBackground) {
  const std::string no_cause =
      "原告张大明与被告李小红一案，本院于2023年1月1日立案。";
  PublicationDecision sale = Decide(Civil(
      no_cause, "被告将其分家所得的房屋出卖给原告，双方签订房屋买卖合同。"));
  EXPECT_EQ(sale.outcome, Outcome::kPublish);
  EXPECT_FALSE(sale.inferred_cause);
  EXPECT_TRUE(std::any_of(
      sale.reasons.begin(), sale.reasons.end(),
      [](const DecisionReason& r) { return r.ground == "family_background"; }));

  // A partition that is the dispute itself is a family cause.
  PublicationDecision partition = Decide(Civil(
      no_cause, "原、被告系兄弟，双方于2000年分家析产，对宅基地分配有争议。"));
  EXPECT_EQ(partition.outcome, Outcome::kPublish);
  EXPECT_TRUE(partition.inferred_cause);
}

TEST(PublicationDecision, ADebtorsDeathInAnyWordingIsAnInheritanceMatter) {
  for (const char* death : {"去世", "病故", "病逝", "亡故"}) {
    PublicationDecision d = Decide(
        Civil("原告张大明与被告李小红一案，本院于2023年1月1日立案。",
              std::string("李老汉向原告借款10000元，后于2021年") + death +
                  "，原告要求其女儿还款。"));
    EXPECT_EQ(d.outcome, Outcome::kPublish) << death;
    EXPECT_TRUE(d.inferred_cause) << death;
    EXPECT_TRUE(HasSignal(d, std::string("text:") + death)) << death;
  }
}

TEST(PublicationDecision, FamilyCausesWordedOtherwiseAnonymizeTheirParties) {
  const PeoplePolicy& people = Policy::NationalDefault().people();
  for (const char* cause : {"被继承人债务清偿纠纷", "遗产管理纠纷",
                            "返还彩礼纠纷", "遗赠扶养协议纠纷",
                            "确认亲子关系纠纷", "分家析产纠纷"}) {
    EXPECT_TRUE(
        CauseIsOneOf(cause, people.family_causes, people.family_cause_words))
        << cause;
  }
  for (const char* cause : {"人身保险合同纠纷", "农村房屋买卖合同纠纷",
                            "民间借贷纠纷", "监护人责任纠纷",
                            "机动车交通事故责任纠纷"}) {
    EXPECT_FALSE(
        CauseIsOneOf(cause, people.family_causes, people.family_cause_words))
        << cause;
  }
}

}  // namespace
}  // namespace wenshu
