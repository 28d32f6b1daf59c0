#include "pipeline/publication_registry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/sqlite.h"
#include "pipeline/family_store.h"
#include "pipeline/request_register.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using Kind = PublicationOutcome::Kind;
using testing_support::ReadFile;
using testing_support::TempRegisterPath;

// Invented documents.
const std::string kLoan = "（2026）滇0825民初4471号|判决书";
const std::string kTheft = "（2026）黔0302刑初918号|判决书";
const std::string kLabour = "（2025）蒙0105民终62号|裁定书";

const RunStamp kRunOne{"run-1", "2026-11-02T08:00:00Z"};
const RunStamp kRunTwo{"run-2", "2026-11-09T08:00:00Z"};

// A text hash: 64 times the hex digit `digit`.
std::string Hash(char digit) { return std::string(64, digit); }

PublicationOutcome Publish(const std::string& key, char text,
                           const std::string& policy = "p1",
                           const std::string& input = "in1",
                           const std::string& reason = "") {
  return {key, Kind::kPublish, Hash(text), policy, input, reason};
}

PublicationOutcome Withhold(const std::string& key, char text,
                            const std::string& ground) {
  return {key, Kind::kWithhold, Hash(text), "p1", "in1", ground};
}

std::unique_ptr<SqlitePublicationRegistry> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<SqlitePublicationRegistry>> r =
      SqlitePublicationRegistry::Open(path);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r).value() : nullptr;
}

std::vector<RegistryEvent> AllEvents(PublicationRegistry& registry) {
  Result<std::vector<RegistryEvent>> events = registry.EventsSince(0, 0);
  EXPECT_TRUE(events.ok()) << events.status().message();
  return events.ok() ? events.value() : std::vector<RegistryEvent>{};
}

// --- transitions ----------------------------------------------------------

struct Step {
  enum Op { kRecord, kWithdraw, kReinstate } op = kRecord;
  PublicationOutcome outcome;
  // Expected after the step (for kRecord).
  RecordChange change = RecordChange::kUnchanged;
  RegistryStatus status = RegistryStatus::kPublished;
  int64_t version = 0;
  const char* reason = nullptr;  // the new version's reason, when checked
  StatusCode code = StatusCode::kOk;
};

Step Rec(PublicationOutcome o, RecordChange change, RegistryStatus status,
         int64_t version, const char* reason = nullptr) {
  return {Step::kRecord, std::move(o), change, status, version, reason};
}
Step Refused(PublicationOutcome o, StatusCode code) {
  Step s;
  s.outcome = std::move(o);
  s.code = code;
  return s;
}
Step StaffWithdraws() {
  Step s;
  s.op = Step::kWithdraw;
  return s;
}
Step StaffReinstates() {
  Step s;
  s.op = Step::kReinstate;
  return s;
}

struct TransitionCase {
  const char* name;
  std::vector<Step> steps;
};

constexpr auto kNew = RecordChange::kNew;
constexpr auto kChanged = RecordChange::kChanged;
constexpr auto kUnchanged = RecordChange::kUnchanged;
constexpr auto kWithheldChange = RecordChange::kWithheld;
constexpr auto kWithdrawnChange = RecordChange::kWithdrawn;
constexpr auto kStill = RecordChange::kStillWithdrawn;
constexpr auto kPublished = RegistryStatus::kPublished;
constexpr auto kWithheld = RegistryStatus::kWithheld;
constexpr auto kWithdrawn = RegistryStatus::kWithdrawn;

class PublicationTransitions : public ::testing::TestWithParam<TransitionCase> {
};

TEST_P(PublicationTransitions, FollowTheRules) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  auto registry = OpenOrDie(path);
  ASSERT_NE(registry, nullptr);
  const std::vector<Step>& steps = GetParam().steps;
  for (size_t i = 0; i < steps.size(); ++i) {
    SCOPED_TRACE("step " + std::to_string(i + 1));
    const Step& step = steps[i];
    const RunStamp run{"run-" + std::to_string(i + 1), "t" + std::to_string(i)};
    if (step.op == Step::kWithdraw) {
      ASSERT_TRUE(
          registry->Withdraw(kLoan, "误将未成年人姓名公开", "档案科", run)
              .ok());
      continue;
    }
    if (step.op == Step::kReinstate) {
      ASSERT_TRUE(
          registry->Reinstate(kLoan, "已更正后可再公开", "档案科", run).ok());
      continue;
    }
    const size_t events_before = AllEvents(*registry).size();
    Result<RecordResult> r = registry->Record(run, step.outcome);
    if (step.code != StatusCode::kOk) {
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.status().code(), step.code) << r.status().message();
      EXPECT_EQ(AllEvents(*registry).size(), events_before);
      continue;
    }
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(RecordChangeName(r.value().change),
              RecordChangeName(step.change));
    EXPECT_EQ(RegistryStatusName(r.value().status),
              RegistryStatusName(step.status));
    EXPECT_EQ(r.value().version, step.version);
    if (step.reason != nullptr) {
      EXPECT_EQ(r.value().reason, step.reason);
    }
    const bool wrote = step.change != kUnchanged && step.change != kStill;
    const std::vector<RegistryEvent> events = AllEvents(*registry);
    ASSERT_EQ(events.size(), events_before + (wrote ? 1 : 0));
    if (wrote) {
      EXPECT_EQ(events.back().key, kLoan);
      EXPECT_EQ(events.back().version, step.version);
      EXPECT_EQ(events.back().run_id, run.run_id);
      EXPECT_EQ(r.value().observed_seq, events.back().seq);
    }
    Result<std::optional<PublicationEntry>> entry = registry->Find(kLoan);
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(entry.value().has_value());
    EXPECT_EQ(entry.value()->version, step.version);
    EXPECT_EQ(entry.value()->status, step.status);
  }
}

INSTANTIATE_TEST_SUITE_P(
    PublicationRegistry, PublicationTransitions,
    ::testing::Values(
        TransitionCase{"FirstPublicationIsNewVersionOne",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1,
                            "first publication")}},
        TransitionCase{"SameOutcomeTwiceIsUnchanged",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
                        Rec(Publish(kLoan, 'a'), kUnchanged, kPublished, 1),
                        Rec(Publish(kLoan, 'a'), kUnchanged, kPublished, 1)}},
        TransitionCase{
            "SameTextFromANewInputIsUnchanged",
            {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
             Rec(Publish(kLoan, 'a', "p2", "in2"), kUnchanged, kPublished, 1)}},
        TransitionCase{"CorrectedOriginalMakesVersionTwo",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
                        Rec(Publish(kLoan, 'b', "p1", "in2"), kChanged,
                            kPublished, 2, kReasonCorrectedOriginal)}},
        TransitionCase{"NewPolicyMakesVersionTwo",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
                        Rec(Publish(kLoan, 'b', "p2", "in1"), kChanged,
                            kPublished, 2, kReasonNewPolicy)}},
        TransitionCase{
            "CallersReasonIsKept",
            {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
             Rec(Publish(kLoan, 'b', "p1", "in1", kReasonGrantedRequest),
                 kChanged, kPublished, 2, kReasonGrantedRequest)}},
        TransitionCase{"TextChangedWithSameInputAndPolicyNeedsAReason",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
                        Refused(Publish(kLoan, 'b'), StatusCode::kInvalidInput),
                        Rec(Publish(kLoan, 'a'), kUnchanged, kPublished, 1)}},
        TransitionCase{"WithheldStubIsNeverPublic",
                       {Rec(Withhold(kLoan, 'c', "涉及国家秘密"),
                            kWithheldChange, kWithheld, 1, "涉及国家秘密"),
                        Rec(Withhold(kLoan, 'c', "涉及国家秘密"), kUnchanged,
                            kWithheld, 1)}},
        TransitionCase{
            "WithholdingWithoutAGroundIsRefused",
            {Refused(Withhold(kLoan, 'c', ""), StatusCode::kInvalidInput)}},
        TransitionCase{"StubThenPublishedIsNew",
                       {Rec(Withhold(kLoan, 'c', "离婚诉讼"), kWithheldChange,
                            kWithheld, 1),
                        Rec(Publish(kLoan, 'a', "p2", "in1"), kNew, kPublished,
                            2, kReasonNewPolicy)}},
        TransitionCase{
            "PublishedThenWithheldIsWithdrawn",
            {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
             Rec(Withhold(kLoan, 'c', kReasonGrantedRequest), kWithdrawnChange,
                 kWithdrawn, 2, kReasonGrantedRequest),
             Rec(Withhold(kLoan, 'c', kReasonGrantedRequest), kUnchanged,
                 kWithdrawn, 2)}},
        TransitionCase{"WithdrawnByARunIsRepublishedAsAChange",
                       {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1),
                        Rec(Withhold(kLoan, 'c', "裁定撤销公开"),
                            kWithdrawnChange, kWithdrawn, 2),
                        Rec(Publish(kLoan, 'a', "p1", "in3"), kChanged,
                            kPublished, 3, kReasonCorrectedOriginal)}},
        TransitionCase{
            "StaffWithdrawalSticks",
            {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1), StaffWithdraws(),
             Rec(Publish(kLoan, 'a'), kStill, kWithdrawn, 1),
             Rec(Publish(kLoan, 'b', "p1", "in2"), kStill, kWithdrawn, 1),
             Rec(Withhold(kLoan, 'c', "另有理由"), kStill, kWithdrawn, 1)}},
        TransitionCase{
            "ReinstatedDocumentIsRepublishedByTheNextRun",
            {Rec(Publish(kLoan, 'a'), kNew, kPublished, 1), StaffWithdraws(),
             StaffReinstates(),
             Rec(Publish(kLoan, 'a'), kChanged, kPublished, 2, "republished"),
             Rec(Publish(kLoan, 'a'), kUnchanged, kPublished, 2)}}),
    [](const ::testing::TestParamInfo<TransitionCase>& info) {
      return std::string(info.param.name);
    });

TEST(PublicationRegistry, SupersededVersionKeepsTheReasonOfItsSuccessor) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  ASSERT_TRUE(registry->Record(kRunOne, Publish(kLoan, 'a')).ok());
  ASSERT_TRUE(registry->Record(kRunTwo, Publish(kLoan, 'b', "p1", "in2")).ok());
  Result<std::vector<PublicationVersion>> history = registry->History(kLoan);
  ASSERT_TRUE(history.ok());
  const std::vector<PublicationVersion> want = {
      {1, Kind::kPublish, Hash('a'), "p1", "in1", "first publication", "run-1",
       "2026-11-02T08:00:00Z", kReasonCorrectedOriginal},
      {2, Kind::kPublish, Hash('b'), "p1", "in2", kReasonCorrectedOriginal,
       "run-2", "2026-11-09T08:00:00Z", ""},
  };
  EXPECT_EQ(history.value(), want);
  EXPECT_TRUE(registry->History(kTheft).value().empty());
}

// --- malformed input -------------------------------------------------------

struct MalformedCase {
  const char* name;
  RunStamp run;
  PublicationOutcome outcome;
};

class PublicationRegistryMalformed
    : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(PublicationRegistryMalformed, IsRefusedAndWritesNothing) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  Result<RecordResult> r = registry->Record(GetParam().run, GetParam().outcome);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(registry->List().value().empty());
  EXPECT_TRUE(AllEvents(*registry).empty());
}

INSTANTIATE_TEST_SUITE_P(
    PublicationRegistry, PublicationRegistryMalformed,
    ::testing::Values(
        MalformedCase{"EmptyKey", kRunOne, Publish("", 'a')},
        MalformedCase{"KeyWithATab", kRunOne, Publish("甲\t乙", 'a')},
        MalformedCase{"KeyWithALineBreak", kRunOne, Publish("甲\n乙", 'a')},
        MalformedCase{
            "UppercaseHash",
            kRunOne,
            {kLoan, Kind::kPublish, std::string(64, 'A'), "p1", "in1", ""}},
        MalformedCase{
            "ShortHash",
            kRunOne,
            {kLoan, Kind::kPublish, std::string(63, 'a'), "p1", "in1", ""}},
        MalformedCase{"EmptyRunId", RunStamp{"", "t"}, Publish(kLoan, 'a')}),
    [](const ::testing::TestParamInfo<MalformedCase>& info) {
      return std::string(info.param.name);
    });

// --- staff actions ---------------------------------------------------------

TEST(PublicationRegistry, StaffActionsOnUnknownOrWrongStateAreRefused) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  ASSERT_TRUE(registry->Record(kRunOne, Publish(kLoan, 'a')).ok());
  EXPECT_EQ(registry->Withdraw(kTheft, "理由", "档案科", kRunTwo).code(),
            StatusCode::kNotFound);
  EXPECT_EQ(registry->Withdraw(kLoan, "", "档案科", kRunTwo).code(),
            StatusCode::kInvalidInput);
  EXPECT_EQ(registry->Withdraw(kLoan, "理由", "", kRunTwo).code(),
            StatusCode::kInvalidInput);
  EXPECT_EQ(registry->Reinstate(kLoan, "理由", "档案科", kRunTwo).code(),
            StatusCode::kInvalidInput);
  EXPECT_EQ(AllEvents(*registry).size(), 1u);
  ASSERT_TRUE(registry->Withdraw(kLoan, "理由", "档案科", kRunTwo).ok());
  const Status twice = registry->Withdraw(kLoan, "再次", "档案科", kRunTwo);
  EXPECT_EQ(twice.code(), StatusCode::kInvalidInput);
  EXPECT_NE(twice.message().find("withdrawn already (by 档案科: 理由)"),
            std::string::npos)
      << twice.message();
  const std::vector<RegistryEvent> events = AllEvents(*registry);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1], (RegistryEvent{2, kLoan, 1, "withdrawn", "理由", "run-2",
                                      "2026-11-09T08:00:00Z", "档案科"}));
  const PublicationEntry entry = *registry->Find(kLoan).value();
  EXPECT_TRUE(entry.staff_withdrawn);
  EXPECT_EQ(entry.withdrawn_by, "档案科");
  EXPECT_EQ(entry.status, kWithdrawn);
}

// --- events ----------------------------------------------------------------

TEST(PublicationRegistry, EventsOfARunFollowKeyOrderNotRecordingOrder) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  const std::vector<PublicationOutcome> outcomes = {
      Publish(kTheft, 'a'), Withhold(kLabour, 'b', "涉及个人隐私"),
      Publish(kLoan, 'c')};
  Result<std::vector<RecordResult>> results =
      registry->RecordRun(kRunOne, outcomes);
  ASSERT_TRUE(results.ok()) << results.status().message();
  ASSERT_EQ(results.value().size(), 3u);
  EXPECT_EQ(results.value()[0].change, kNew);             // kTheft
  EXPECT_EQ(results.value()[1].change, kWithheldChange);  // kLabour
  std::vector<std::string> keys = {kTheft, kLabour, kLoan};
  std::sort(keys.begin(), keys.end());
  const std::vector<RegistryEvent> events = AllEvents(*registry);
  ASSERT_EQ(events.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(events[i].seq, static_cast<int64_t>(i + 1));
    EXPECT_EQ(events[i].key, keys[i]);
    EXPECT_EQ(events[i].run_id, "run-1");
  }
}

// Shards of a run recorded together in any order give the events of one
// run: what a cluster merge relies on.
TEST(PublicationRegistry, ShuffledBatchGivesTheSameRegistryAsOneRun) {
  const std::vector<PublicationOutcome> in_order = {
      Publish(kLabour, 'a'), Publish(kLoan, 'b'),
      Withhold(kTheft, 'c', "未成年人犯罪")};
  const std::vector<PublicationOutcome> shuffled = {in_order[2], in_order[0],
                                                    in_order[1]};
  auto one = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "one"));
  auto two = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "two"));
  ASSERT_TRUE(one->RecordRun(kRunOne, in_order).ok());
  ASSERT_TRUE(two->RecordRun(kRunOne, shuffled).ok());
  ASSERT_TRUE(one->RecordRun(kRunTwo, {Publish(kLoan, 'd', "p2")}).ok());
  ASSERT_TRUE(two->RecordRun(kRunTwo, {Publish(kLoan, 'd', "p2")}).ok());
  EXPECT_EQ(AllEvents(*one), AllEvents(*two));
  EXPECT_EQ(one->List().value(), two->List().value());
  EXPECT_EQ(one->History(kLoan).value(), two->History(kLoan).value());
}

TEST(PublicationRegistry, EventsSinceResumesWhereTheReaderStopped) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  ASSERT_TRUE(
      registry
          ->RecordRun(kRunOne, {Publish(kLoan, 'a'), Publish(kTheft, 'b'),
                                Publish(kLabour, 'c')})
          .ok());
  ASSERT_TRUE(registry->Record(kRunTwo, Publish(kLoan, 'd', "p1", "in9")).ok());
  ASSERT_TRUE(registry->Withdraw(kTheft, "登记错误", "档案科", kRunTwo).ok());
  const std::vector<RegistryEvent> all = AllEvents(*registry);
  ASSERT_EQ(all.size(), 5u);
  struct Case {
    int64_t since;
    int64_t limit;
    std::vector<int64_t> seqs;
  };
  for (const Case& c : std::vector<Case>{{0, 0, {1, 2, 3, 4, 5}},
                                         {2, 0, {3, 4, 5}},
                                         {2, 2, {3, 4}},
                                         {4, 10, {5}},
                                         {5, 0, {}},
                                         {99, 0, {}}}) {
    SCOPED_TRACE("since " + std::to_string(c.since));
    const std::vector<RegistryEvent> events =
        registry->EventsSince(c.since, c.limit).value();
    std::vector<int64_t> seqs;
    for (const RegistryEvent& e : events) seqs.push_back(e.seq);
    EXPECT_EQ(seqs, c.seqs);
  }
  const std::vector<RegistryEvent> loan = registry->EventsOf(kLoan).value();
  ASSERT_EQ(loan.size(), 2u);
  EXPECT_EQ(loan[1].kind, "changed");
  EXPECT_EQ(loan[1].version, 2);
}

// --- batches ---------------------------------------------------------------

TEST(PublicationRegistry, BatchThatFailsHalfwayLeavesNothing) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  auto registry = OpenOrDie(path);
  ASSERT_TRUE(registry->Record(kRunOne, Publish(kTheft, 'a')).ok());
  // kLoan (applied first, in key order) would be new; kTheft's text changed
  // with no reason the registry can tell, so the batch fails inside the
  // transaction after kLoan's rows are written.
  ASSERT_LT(kLoan, kTheft);
  Result<std::vector<RecordResult>> r =
      registry->RecordRun(kRunTwo, {Publish(kLoan, 'b'), Publish(kTheft, 'c')});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_FALSE(registry->Find(kLoan).value().has_value());
  EXPECT_TRUE(registry->History(kLoan).value().empty());
  EXPECT_EQ(AllEvents(*registry).size(), 1u);
  // The next event takes the next number: nothing of the failed batch shows.
  ASSERT_TRUE(registry->Record(kRunTwo, Publish(kLoan, 'b')).ok());
  EXPECT_EQ(AllEvents(*registry).back().seq, 2);
}

TEST(PublicationRegistry, RunNeverCommittedLeavesTheRegistryAsItWas) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  auto registry = OpenOrDie(path);
  {
    RegistryRun run = registry->BeginRun(kRunOne);
    Result<RecordResult> planned = run.Record(Publish(kLoan, 'a'));
    ASSERT_TRUE(planned.ok());
    EXPECT_EQ(planned.value().change, kNew);
    EXPECT_EQ(planned.value().version, 1);
  }  // killed before Commit
  EXPECT_TRUE(registry->List().value().empty());
  EXPECT_TRUE(AllEvents(*registry).empty());
  // Rerun and commit: the plan and the commit agree.
  RegistryRun run = registry->BeginRun(kRunOne);
  ASSERT_TRUE(run.Record(Publish(kTheft, 'b')).ok());
  ASSERT_TRUE(run.Record(Publish(kLoan, 'a')).ok());
  Result<std::vector<RecordResult>> committed = run.Commit();
  ASSERT_TRUE(committed.ok()) << committed.status().message();
  ASSERT_EQ(committed.value().size(), 2u);
  EXPECT_EQ(committed.value()[0].change, kNew);
  EXPECT_EQ(committed.value()[1].change, kNew);
  EXPECT_EQ(AllEvents(*registry).size(), 2u);
  EXPECT_FALSE(run.Record(Publish(kLabour, 'c')).ok());
  EXPECT_FALSE(run.Commit().ok());
}

TEST(PublicationRegistry, RunRefusesAKeyRecordedTwice) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  RegistryRun run = registry->BeginRun(kRunOne);
  ASSERT_TRUE(run.Record(Publish(kLoan, 'a')).ok());
  Result<RecordResult> again = run.Record(Publish(kLoan, 'b'));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(run.size(), 1u);
  Result<std::vector<RecordResult>> batch =
      registry->RecordRun(kRunOne, {Publish(kLoan, 'a'), Publish(kLoan, 'b')});
  EXPECT_FALSE(batch.ok());
  EXPECT_TRUE(AllEvents(*registry).empty());
}

// A staff withdrawal made (through another connection) while a run was
// recording the document: the run's commit is refused whole.
TEST(PublicationRegistry, CommitRefusesADocumentWithdrawnDuringTheRun) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  auto registry = OpenOrDie(path);
  ASSERT_TRUE(registry->Record(kRunOne, Publish(kLoan, 'a')).ok());
  RegistryRun run = registry->BeginRun(kRunTwo);
  ASSERT_TRUE(run.Record(Publish(kTheft, 'b')).ok());
  Result<RecordResult> planned = run.Record(Publish(kLoan, 'c', "p1", "in2"));
  ASSERT_TRUE(planned.ok());
  EXPECT_EQ(planned.value().change, kChanged);
  {
    auto staff = OpenOrDie(path);
    ASSERT_TRUE(staff
                    ->Withdraw(kLoan, "当事人身份信息外泄", "档案科",
                               {"wenshu withdraw", "t"})
                    .ok());
  }
  Result<std::vector<RecordResult>> committed = run.Commit();
  ASSERT_FALSE(committed.ok());
  EXPECT_EQ(committed.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(committed.status().message().find(kLoan), std::string::npos);
  EXPECT_FALSE(registry->Find(kTheft).value().has_value());
  EXPECT_EQ(registry->Find(kLoan).value()->version, 1);
  // The rerun sees the withdrawal.
  RegistryRun rerun = registry->BeginRun(kRunTwo);
  EXPECT_EQ(rerun.Record(Publish(kLoan, 'c', "p1", "in2")).value().change,
            kStill);
  ASSERT_TRUE(rerun.Commit().ok());
}

TEST(PublicationRegistry, ListFiltersByStatusInKeyOrder) {
  auto registry = OpenOrDie(TempRegisterPath("wenshu_pubreg_", "db"));
  ASSERT_TRUE(registry
                  ->RecordRun(kRunOne, {Publish(kTheft, 'a'),
                                        Withhold(kLabour, 'b', "调解书"),
                                        Publish(kLoan, 'c')})
                  .ok());
  const std::vector<PublicationEntry> entries =
      registry->List(RegistryStatus::kPublished).value();
  std::vector<std::string> published;
  for (const PublicationEntry& e : entries) published.push_back(e.key);
  std::vector<std::string> want = {kLoan, kTheft};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(published, want);
  const std::vector<PublicationEntry> withheld =
      registry->List(RegistryStatus::kWithheld).value();
  ASSERT_EQ(withheld.size(), 1u);
  EXPECT_EQ(withheld[0].key, kLabour);
  EXPECT_EQ(withheld[0].text_sha256, Hash('b'));
  EXPECT_TRUE(registry->List(RegistryStatus::kWithdrawn).value().empty());
  EXPECT_EQ(registry->List().value().size(), 3u);
}

TEST(PublicationRegistry, MissingFileIsNotCreatedWhenCreationIsOff) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  SqlitePublicationRegistry::Options options;
  options.create_if_missing = false;
  Result<std::unique_ptr<SqlitePublicationRegistry>> r =
      SqlitePublicationRegistry::Open(path, options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(testing_support::Exists(path));
}

// --- migrations ------------------------------------------------------------

constexpr char kRequestsV1[] = R"(CREATE TABLE requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT, case_number TEXT NOT NULL,
  case_key TEXT NOT NULL, requester TEXT NOT NULL, kind TEXT NOT NULL,
  terms TEXT NOT NULL DEFAULT '[]', persons TEXT NOT NULL DEFAULT '[]',
  justification TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
  decided_by TEXT, decided_at TEXT, decision_note TEXT,
  created_at TEXT NOT NULL))";

// The version 2 tables of the case-family registry, as that version wrote
// them.
constexpr const char* kFamiliesV2[] = {
    "CREATE TABLE families (id INTEGER PRIMARY KEY, salt TEXT NOT NULL, "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE family_keys (case_key TEXT PRIMARY KEY, family_id INTEGER "
    "NOT NULL)",
    "CREATE TABLE family_people (id INTEGER PRIMARY KEY, family_id INTEGER "
    "NOT NULL, key_id TEXT NOT NULL, salt TEXT NOT NULL, name_mac TEXT NOT "
    "NULL, name_chars INTEGER NOT NULL, surname_led INTEGER NOT NULL, "
    "pseudonym TEXT NOT NULL, reason TEXT NOT NULL, recorded_at TEXT NOT "
    "NULL, UNIQUE (family_id, key_id, salt, name_mac))",
};

const std::string kRequestCase = "(2025)桂0103民初3310号";

// A register file of schema `version` (1 or 2) holding one request and,
// from version 2, one family with one sealed person.
void WriteOldRegister(const std::string& path, int version) {
  Result<SqliteDatabase> db = SqliteDatabase::Open(path);
  ASSERT_TRUE(db.ok());
  SqliteDatabase& d = db.value();
  ASSERT_TRUE(d.Run(kRequestsV1).ok());
  ASSERT_TRUE(d.Run("INSERT INTO requests (case_number, case_key, requester, "
                    "kind, justification, created_at) VALUES ('（2025）桂"
                    "0103民初3310号', '" +
                    kRequestCase +
                    "', '某物流有限公司', 'non_publication', '商业往来保密', "
                    "'2025-05-06T07:08:09Z')")
                  .ok());
  if (version >= 2) {
    for (const char* sql : kFamiliesV2) ASSERT_TRUE(d.Run(sql).ok());
    ASSERT_TRUE(d.Run("INSERT INTO families VALUES (1, '" +
                      std::string(32, '7') + "', 't')")
                    .ok());
    ASSERT_TRUE(
        d.Run("INSERT INTO family_keys VALUES ('" + kRequestCase + "', 1)")
            .ok());
    ASSERT_TRUE(d.Run("INSERT INTO family_people VALUES (1, 1, '" +
                      std::string(16, 'e') + "', '" + std::string(32, '7') +
                      "', '" + Hash('9') + "', 3, 1, '蒲某', 'victim', 't')")
                    .ok());
  }
  ASSERT_TRUE(d.Run("PRAGMA user_version = " + std::to_string(version)).ok());
}

class RegisterMigration : public ::testing::TestWithParam<int> {};

TEST_P(RegisterMigration, KeepsRequestsAndFamiliesAndAddsTheRegistry) {
  const int from = GetParam();
  const std::string path =
      TempRegisterPath("wenshu_pubreg_", "v" + std::to_string(from));
  WriteOldRegister(path, from);
  {
    auto registry = OpenOrDie(path);
    ASSERT_NE(registry, nullptr);
    EXPECT_TRUE(registry->List().value().empty());
    ASSERT_TRUE(registry->Record(kRunOne, Publish(kLoan, 'a')).ok());
  }
  Result<RequestRegister> requests = RequestRegister::Open(path);
  ASSERT_TRUE(requests.ok()) << requests.status().message();
  const std::vector<PartyRequest> listed = requests.value().List().value();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].case_key, kRequestCase);
  EXPECT_EQ(listed[0].requester, "某物流有限公司");
  Result<std::unique_ptr<SqliteFamilyStore>> families =
      SqliteFamilyStore::Open(path);
  ASSERT_TRUE(families.ok()) << families.status().message();
  const std::vector<SealedPerson> people =
      families.value()->Find({kRequestCase}).value();
  ASSERT_EQ(people.size(), from >= 2 ? 1u : 0u);
  if (from >= 2) {
    EXPECT_EQ(people[0].pseudonym, "蒲某");
  }
  families.value().reset();
  auto registry = OpenOrDie(path);
  EXPECT_EQ(registry->Find(kLoan).value()->version, 1);
  registry.reset();
  EXPECT_EQ(ReadFile(path).substr(60, 4), std::string("\0\0\0\3", 4));
}

INSTANTIATE_TEST_SUITE_P(PublicationRegistry, RegisterMigration,
                         ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return "FromVersion" + std::to_string(info.param);
                         });

// The registry's rows are a record: events and versions cannot be deleted
// or events changed, whoever writes to the file.
TEST(PublicationRegistry, EventsAndVersionsCannotBeDeletedOrRewritten) {
  const std::string path = TempRegisterPath("wenshu_pubreg_", "db");
  {
    auto registry = OpenOrDie(path);
    ASSERT_TRUE(registry->Record(kRunOne, Publish(kLoan, 'a')).ok());
  }
  Result<SqliteDatabase> db = SqliteDatabase::Open(path);
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE(db.value().Run("DELETE FROM publication_events").ok());
  EXPECT_FALSE(
      db.value().Run("UPDATE publication_events SET reason = 'x'").ok());
  EXPECT_FALSE(db.value().Run("DELETE FROM publication_versions").ok());
}

}  // namespace
}  // namespace wenshu
