#include "pipeline/decision_stages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/ingest_stages.h"
#include "redactors/policy.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

constexpr char kText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：张三。 被告：李四。 本案经（2022）京0105民初7号判决， "
    "本院认为，借贷关系成立。 判决如下： "
    "驳回原告依照（2021）京0105民初8号的诉讼"
    "请求。 审判员 王五 二〇二三年六月一日 书记员 赵六";

const PublicationDecider& Decider() {
  static const PublicationDecider decider(
      Policy::NationalDefault().publication(),
      Policy::NationalDefault().party_block());
  return decider;
}

// A record of kText (or `text`) through the ingest stages.
struct Ingested {
  explicit Ingested(InputMeta meta, std::string text = kText)
      : record{"d", std::move(text), std::move(meta)}, state(record) {
    EXPECT_TRUE(ReadRecord(state).goes_on());
    EXPECT_TRUE(NormalizeRecord(state).goes_on());
    EXPECT_TRUE(AnalyzeDocument(DocumentAnalyzer::Instance(), state).goes_on());
  }
  InputRecord record;
  DocumentState state;
};

TEST(ComputeDueDate, EffectiveDatePlusTheWorkingDays) {
  InputMeta meta;
  meta.effective_date = "2024-03-01";
  Ingested in(meta);
  EXPECT_TRUE(ComputeDueDate(WorkCalendar(), in.state).goes_on());
  EXPECT_EQ(in.state.doc.due_date, "2024-03-12");  // seven working days
  EXPECT_EQ(in.state.doc.due_note,
            "the holiday calendar (--holidays) has no holidays for 2024: only "
            "weekends were skipped");
}

TEST(ComputeDueDate, NoEffectiveDateSaysWhy) {
  Ingested in({});
  EXPECT_TRUE(ComputeDueDate(WorkCalendar(), in.state).goes_on());
  EXPECT_FALSE(in.state.doc.due_date.has_value());
  EXPECT_EQ(in.state.doc.due_note,
            "the date the document took legal effect is missing");
}

TEST(ComputeDueDate, UnreadableDateIsNotedNotHeld) {
  InputMeta meta;
  meta.effective_date = "2024-3-1";
  Ingested in(meta);
  EXPECT_TRUE(ComputeDueDate(WorkCalendar(), in.state).goes_on());
  EXPECT_FALSE(in.state.doc.due_date.has_value());
  EXPECT_EQ(in.state.doc.due_note,
            "meta.effective_date \"2024-3-1\" is not a date (2024-03-01)");
}

TEST(DecidePublication, PublishableJudgmentGoesOnWithTheHeaderInInputOffsets) {
  const std::string text =
      "北京市朝阳区人民法院 民事判决书 （２０２３）京0105民初12345号 "
      "原告：张三。 本院认为，借贷关系成立。 审判员 王五 二〇二三年六月一日";
  Ingested in({}, text);
  EXPECT_TRUE(DecidePublication(Decider(), RequestIndex(), in.state).goes_on());
  EXPECT_EQ(in.state.doc.status, PublicationStatus::kHeld);  // not yet set
  ASSERT_TRUE(in.state.doc.header.has_value());
  const CaseNumber& n = *in.state.doc.header->case_number;
  EXPECT_EQ(text.substr(n.begin, n.end - n.begin),
            "（２０２３）京0105民初12345号");
  EXPECT_EQ(in.state.requests, nullptr);
}

TEST(DecidePublication, MediationIsWithheldAndFinishesTheChain) {
  InputMeta meta;
  meta.doc_type = "民事调解书";
  Ingested in(meta);
  const StageOutcome outcome =
      DecidePublication(Decider(), RequestIndex(), in.state);
  EXPECT_FALSE(outcome.goes_on());
  EXPECT_FALSE(outcome.holds());
  EXPECT_EQ(in.state.doc.status, PublicationStatus::kWithheld);
  EXPECT_EQ(in.state.doc.grounds, std::vector<std::string>{"mediation"});
  EXPECT_FALSE(in.state.doc.stub_withheld);
}

TEST(DecidePublication, PartyRequestsHoldWhilePendingAndWithholdOnceGranted) {
  Result<RequestRegister> reg = RequestRegister::Open(
      testing_support::TempRegisterPath("stages_", "requests.sqlite"));
  ASSERT_TRUE(reg.ok()) << reg.status().message();
  NewRequest request;
  request.case_number = "（2023）京0105民初12345号";
  request.requester = "张三";
  request.justification = "涉及个人隐私";
  ASSERT_TRUE(reg.value().Add(request).ok());

  Result<RequestIndex> pending = reg.value().LoadIndex();
  ASSERT_TRUE(pending.ok());
  Ingested held({});
  const StageOutcome hold =
      DecidePublication(Decider(), pending.value(), held.state);
  EXPECT_TRUE(hold.holds());
  EXPECT_EQ(hold.reason(),
            "decision: a party request for this case is pending (request 1)");
  ASSERT_FALSE(held.state.doc.decision_reasons.empty());
  EXPECT_EQ(held.state.doc.decision_reasons.back().ground, "hold");
  EXPECT_EQ(held.state.doc.decision_reasons.back().value, "1");
  EXPECT_EQ(held.state.doc.decision_signals.back(), "request:1 (pending)");

  ASSERT_TRUE(
      reg.value().Decide(1, RequestStatus::kGranted, "赵法官", "").ok());
  Result<RequestIndex> granted = reg.value().LoadIndex();
  ASSERT_TRUE(granted.ok());
  Ingested withheld({});
  EXPECT_FALSE(
      DecidePublication(Decider(), granted.value(), withheld.state).goes_on());
  EXPECT_EQ(withheld.state.doc.status, PublicationStatus::kWithheld);
  EXPECT_EQ(withheld.state.doc.grounds,
            std::vector<std::string>{"party_request"});
  EXPECT_NE(withheld.state.requests, nullptr);
  EXPECT_EQ(withheld.state.doc.decision_signals.back(), "request:1");
}

TEST(DecidePublication, TheDecisionsSignalsReachTheDocument) {
  InputMeta meta;
  meta.doc_type = "民事调解书";
  meta.cause = "买卖合同纠纷";
  Ingested stated(meta);
  DecidePublication(Decider(), RequestIndex(), stated.state);
  EXPECT_FALSE(stated.state.doc.decision_inferred);
  EXPECT_EQ(stated.state.doc.decision_signals,
            (std::vector<std::string>{"doc_type:民事调解书",
                                      "meta.cause:买卖合同纠纷 (stated)"}));

  // No cause stated: the words decide, and the decision says so.
  Ingested inferred({}, "北京市朝阳区人民法院 民事判决书 （2023）京0105民初9号 "
                        "原告：张三。 被告：李四。 原告张三与被告李四一案，"
                        "本院于2023年1月1日立案。 双方协议离婚，婚生子由原告"
                        "抚养。 审判员 王五 二〇二三年六月一日");
  DecidePublication(Decider(), RequestIndex(), inferred.state);
  EXPECT_EQ(inferred.state.doc.status, PublicationStatus::kWithheld);
  EXPECT_TRUE(inferred.state.doc.decision_inferred);
  EXPECT_TRUE(inferred.state.doc.cause_inferred);
  EXPECT_FALSE(inferred.state.doc.decision_signals.empty());
}

TEST(GatherCaseFamily, OwnAndCitedNumbersBeforeTheHolding) {
  Ingested in({});
  EXPECT_TRUE(GatherCaseFamily(true, nullptr, in.state).goes_on());
  EXPECT_EQ(in.state.doc.family_keys,
            (std::vector<std::string>{"(2023)京0105民初12345号",
                                      "(2022)京0105民初7号"}));
  EXPECT_TRUE(in.state.document.prior_people.empty());
}

TEST(GatherCaseFamily, NotSharedMeansNoKeys) {
  Ingested in({});
  EXPECT_TRUE(GatherCaseFamily(false, nullptr, in.state).goes_on());
  EXPECT_TRUE(in.state.doc.family_keys.empty());
}

TEST(GatherCaseFamily, EarlierDocumentsOfTheFamilyLendTheirPeople) {
  CaseFamilies families;
  families.Commit({"(2022)京0105民初7号"}, {{"李四", "李某", "victim"}});
  Ingested in({});
  EXPECT_TRUE(GatherCaseFamily(true, &families, in.state).goes_on());
  ASSERT_EQ(in.state.document.prior_people.size(), 1u);
  EXPECT_EQ(in.state.document.prior_people[0].name, "李四");
  EXPECT_EQ(in.state.document.prior_people[0].pseudonym, "李某");
  EXPECT_EQ(in.state.doc.family_version, 1u);
}

}  // namespace
}  // namespace wenshu
