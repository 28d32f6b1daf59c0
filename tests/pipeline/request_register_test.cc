#include "pipeline/request_register.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/sqlite.h"
#include "redactors/case_terms.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using std::chrono::system_clock;

std::string TempPath(const std::string& name) {
  return testing_support::TempRegisterPath("wenshu_requests_", name);
}

using testing_support::Exists;
using testing_support::ReadFile;

// 2024-03-01T09:30:00Z, then one minute later at every call.
struct TestClock {
  std::shared_ptr<system_clock::time_point> next =
      std::make_shared<system_clock::time_point>(
          system_clock::from_time_t(1709285400));
  std::function<system_clock::time_point()> Function() const {
    auto state = next;
    return [state] {
      const system_clock::time_point t = *state;
      *state += std::chrono::minutes(1);
      return t;
    };
  }
};

// The status of opening `path`, which must fail (an open that succeeds
// fails the test and yields kOk, which no caller expects).
Status OpenError(const std::string& path,
                 const RequestRegisterOptions& options = {}) {
  Result<RequestRegister> reg = RequestRegister::Open(path, options);
  EXPECT_FALSE(reg.ok());
  return reg.ok() ? Status::Ok() : reg.status();
}

RequestRegister OpenOrDie(const std::string& path, const TestClock& clock) {
  RequestRegisterOptions options;
  options.clock = clock.Function();
  Result<RequestRegister> reg = RequestRegister::Open(path, options);
  EXPECT_TRUE(reg.ok()) << reg.status().message();
  return std::move(reg).value();
}

NewRequest Filed(std::string case_number, std::string requester,
                 RequestKind kind, std::string justification) {
  NewRequest r;
  r.case_number = std::move(case_number);
  r.requester = std::move(requester);
  r.kind = kind;
  r.justification = std::move(justification);
  return r;
}

NewRequest Redaction(std::string case_number, std::vector<std::string> terms) {
  NewRequest r = Filed(std::move(case_number), "某科技有限公司",
                       RequestKind::kRedaction, "涉及商业秘密");
  r.terms = std::move(terms);
  return r;
}

NewRequest Anonymization(std::string case_number,
                         std::vector<std::string> persons) {
  NewRequest r = Filed(std::move(case_number), "张三",
                       RequestKind::kAnonymization, "涉及个人隐私");
  r.persons = std::move(persons);
  return r;
}

NewRequest NonPublication(std::string case_number) {
  return Filed(std::move(case_number), "李四", RequestKind::kNonPublication,
               "判决书全文涉及未成年子女的隐私");
}

// `filed` as the register records it: pending, with its id, case key and
// time of filing.
PartyRequest Recorded(int64_t id, const NewRequest& filed, std::string case_key,
                      std::string created_at) {
  PartyRequest r;
  r.id = id;
  r.case_number = filed.case_number;
  r.case_key = std::move(case_key);
  r.requester = filed.requester;
  r.kind = filed.kind;
  r.terms = filed.terms;
  r.persons = filed.persons;
  r.justification = filed.justification;
  r.created_at = std::move(created_at);
  return r;
}

// A new register holding request 1 (a redaction, granted) and request 2
// (a non-publication, pending), both for (2023)京0105民初1号.
RequestRegister OneDecidedOnePending(const TestClock& clock) {
  RequestRegister reg = OpenOrDie(TempPath("db"), clock);
  EXPECT_TRUE(reg.Add(Redaction("(2023)京0105民初1号", {"配方A"})).ok());
  EXPECT_TRUE(reg.Add(NonPublication("(2023)京0105民初1号")).ok());
  EXPECT_TRUE(reg.Decide(1, RequestStatus::kGranted, "赵法官", "").ok());
  return reg;
}

std::vector<PartyRequest> ListOrDie(RequestRegister& reg,
                                    const RequestFilter& filter = {}) {
  Result<std::vector<PartyRequest>> list = reg.List(filter);
  EXPECT_TRUE(list.ok()) << list.status().message();
  return list.ok() ? list.value() : std::vector<PartyRequest>{};
}

std::vector<int64_t> Ids(const std::vector<PartyRequest>& requests) {
  std::vector<int64_t> ids;
  for (const PartyRequest& r : requests) ids.push_back(r.id);
  return ids;
}

TEST(RequestRegister, AddDecideListRoundTrip) {
  const std::string path = TempPath("db");
  TestClock clock;
  RequestRegister reg = OpenOrDie(path, clock);

  const NewRequest redaction =
      Redaction("（2023）京73民初1357号", {"QH-防腐7号", "固化温度68摄氏度"});
  const NewRequest anonymization =
      Anonymization("(2023)沪0104民初8642号", {"王五"});
  const NewRequest non_publication = NonPublication("(2023)沪0104民初8642号");
  Result<int64_t> first = reg.Add(redaction);
  Result<int64_t> second = reg.Add(anonymization);
  Result<int64_t> third = reg.Add(non_publication);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_TRUE(second.ok()) << second.status().message();
  ASSERT_TRUE(third.ok()) << third.status().message();
  EXPECT_EQ(first.value(), 1);
  EXPECT_EQ(second.value(), 2);
  EXPECT_EQ(third.value(), 3);

  Result<PartyRequest> granted =
      reg.Decide(1, RequestStatus::kGranted, "赵法官", "两项均属技术秘密");
  ASSERT_TRUE(granted.ok()) << granted.status().message();
  Result<PartyRequest> rejected =
      reg.Decide(2, RequestStatus::kRejected, "钱法官", "");
  ASSERT_TRUE(rejected.ok()) << rejected.status().message();

  PartyRequest r1 =
      Recorded(1, redaction, "(2023)京73民初1357号", "2024-03-01T09:30:00Z");
  r1.status = RequestStatus::kGranted;
  r1.decided_by = "赵法官";
  r1.decided_at = "2024-03-01T09:33:00Z";
  r1.decision_note = "两项均属技术秘密";
  PartyRequest r2 = Recorded(2, anonymization, "(2023)沪0104民初8642号",
                             "2024-03-01T09:31:00Z");
  r2.status = RequestStatus::kRejected;
  r2.decided_by = "钱法官";
  r2.decided_at = "2024-03-01T09:34:00Z";
  const PartyRequest r3 = Recorded(3, non_publication, "(2023)沪0104民初8642号",
                                   "2024-03-01T09:32:00Z");

  EXPECT_EQ(granted.value(), r1);
  EXPECT_EQ(rejected.value(), r2);
  EXPECT_EQ(ListOrDie(reg), (std::vector<PartyRequest>{r1, r2, r3}));
  EXPECT_EQ(Ids(ListOrDie(reg, {std::nullopt, RequestStatus::kPending})),
            std::vector<int64_t>{3});
  EXPECT_EQ(Ids(ListOrDie(reg, {"（2023）沪0104民初8642号", std::nullopt})),
            (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(Ids(ListOrDie(
                reg, {"(2023) 沪0104 民初 8642号", RequestStatus::kRejected})),
            std::vector<int64_t>{2});
  EXPECT_EQ(Ids(ListOrDie(reg, {"(2023)沪0104民初1号", std::nullopt})),
            std::vector<int64_t>{});

  // Another connection, after this one is closed, reads the same.
  reg = OpenOrDie(TempPath("other"), clock);
  RequestRegister reopened = OpenOrDie(path, clock);
  EXPECT_EQ(ListOrDie(reopened), (std::vector<PartyRequest>{r1, r2, r3}));
}

TEST(RequestRegister, ListRefusesAFilterThatIsNoCaseNumber) {
  TestClock clock;
  RequestRegister reg = OpenOrDie(TempPath("db"), clock);
  Result<std::vector<PartyRequest>> list =
      reg.List({std::string("京0105民初1号"), std::nullopt});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(list.status().message(),
            "\"京0105民初1号\" is not a case number; write it as the judgment "
            "does, e.g. （2023）京0105民初123号");
}

struct AddRefusal {
  const char* name;
  NewRequest request;
  const char* message;
};

class RequestRegisterAddRefusal : public ::testing::TestWithParam<AddRefusal> {
};

// A register with one decided and one pending request, copied before and
// after the refused call: nothing changes, and no id is used up.
TEST_P(RequestRegisterAddRefusal, LeavesTheRegisterUnchanged) {
  const AddRefusal& c = GetParam();
  TestClock clock;
  RequestRegister reg = OneDecidedOnePending(clock);
  const std::vector<PartyRequest> before = ListOrDie(reg);
  ASSERT_EQ(before.size(), 2u);

  Status validated = RequestRegister::Validate(c.request);
  Result<int64_t> added = reg.Add(c.request);
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(added.status().message(), c.message);
  EXPECT_EQ(validated.message(), c.message);

  EXPECT_EQ(ListOrDie(reg), before);
  Result<int64_t> next = reg.Add(NonPublication("(2023)京0105民初2号"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next.value(), 3);
}

NewRequest With(NewRequest r, void (*change)(NewRequest&)) {
  change(r);
  return r;
}

INSTANTIATE_TEST_SUITE_P(
    Requests, RequestRegisterAddRefusal,
    ::testing::Values(
        AddRefusal{"MissingJustification",
                   With(NonPublication("(2023)京0105民初1号"),
                        [](NewRequest& r) { r.justification.clear(); }),
                   "the justification is blank; give the reasons the party "
                   "stated (e.g. trade secrets, personal privacy)"},
        AddRefusal{"BlankJustification",
                   With(NonPublication("(2023)京0105民初1号"),
                        [](NewRequest& r) { r.justification = " \u3000\n"; }),
                   "the justification is blank; give the reasons the party "
                   "stated (e.g. trade secrets, personal privacy)"},
        AddRefusal{"BlankRequester",
                   With(NonPublication("(2023)京0105民初1号"),
                        [](NewRequest& r) { r.requester = ""; }),
                   "the requester is blank; name the party who filed the "
                   "request"},
        AddRefusal{"RedactionWithoutTerms",
                   Redaction("(2023)京0105民初1号", {}),
                   "a redaction request must list at least one term or "
                   "passage to remove"},
        AddRefusal{"RedactionWithABlankTerm",
                   Redaction("(2023)京0105民初1号", {"配方A", "\u200B \t"}),
                   "term 2 is empty or only whitespace; remove it or give "
                   "the text to remove"},
        AddRefusal{"AnonymizationWithoutPersons",
                   Anonymization("(2023)京0105民初1号", {}),
                   "an anonymization request must name at least one person "
                   "to anonymize"},
        AddRefusal{"AnonymizationWithAnEmptyPerson",
                   Anonymization("(2023)京0105民初1号", {""}),
                   "person 1 is empty or only whitespace; remove it or give "
                   "the person's name"},
        AddRefusal{"TermsOnANonPublicationRequest",
                   With(NonPublication("(2023)京0105民初1号"),
                        [](NewRequest& r) { r.terms = {"配方A"}; }),
                   "only a redaction request lists terms, this is a "
                   "non_publication request; file a separate redaction "
                   "request for them"},
        AddRefusal{"PersonsOnARedactionRequest",
                   With(Redaction("(2023)京0105民初1号", {"配方A"}),
                        [](NewRequest& r) { r.persons = {"王五"}; }),
                   "only an anonymization request names persons, this is a "
                   "redaction request; file a separate anonymization request "
                   "for them"},
        AddRefusal{"CaseNumberThatDoesNotParse",
                   NonPublication("京0105民初1号"),
                   "\"京0105民初1号\" is not a case number; write it as the "
                   "judgment does, e.g. （2023）京0105民初123号"},
        AddRefusal{"InvalidUtf8Justification",
                   With(NonPublication("(2023)京0105民初1号"),
                        [](NewRequest& r) { r.justification = "\xC3("; }),
                   "the justification is not valid UTF-8; write it in UTF-8"}),
    [](const ::testing::TestParamInfo<AddRefusal>& info) {
      return info.param.name;
    });

TEST(RequestRegister, DecideRefusalsLeaveTheRegisterUnchanged) {
  TestClock clock;
  RequestRegister reg = OneDecidedOnePending(clock);
  const std::vector<PartyRequest> before = ListOrDie(reg);

  struct Refusal {
    int64_t id;
    RequestStatus outcome;
    std::string by;
    std::string note;
    StatusCode code;
    std::string message;
  };
  const std::vector<Refusal> refusals = {
      {7, RequestStatus::kGranted, "赵法官", "", StatusCode::kNotFound,
       "no request has id 7; list the register to find the id"},
      {1, RequestStatus::kRejected, "钱法官", "", StatusCode::kInvalidInput,
       "request 1 was already granted by 赵法官 at 2024-03-01T09:32:00Z; a "
       "decision is final (a party who disagrees files a new request)"},
      {1, RequestStatus::kGranted, "赵法官", "", StatusCode::kInvalidInput,
       "request 1 was already granted by 赵法官 at 2024-03-01T09:32:00Z; a "
       "decision is final (a party who disagrees files a new request)"},
      {2, RequestStatus::kGranted, " ", "", StatusCode::kInvalidInput,
       "the decider is blank; name the judge or official who decided"},
      {2, RequestStatus::kPending, "赵法官", "", StatusCode::kInvalidInput,
       "a decision grants or rejects a request; pending is no decision"},
      {2, RequestStatus::kGranted, "赵法官", "\xFF", StatusCode::kInvalidInput,
       "the decision note is not valid UTF-8; write it in UTF-8"},
  };
  for (const Refusal& r : refusals) {
    SCOPED_TRACE(r.message);
    Result<PartyRequest> decided = reg.Decide(r.id, r.outcome, r.by, r.note);
    ASSERT_FALSE(decided.ok());
    EXPECT_EQ(decided.status().code(), r.code);
    EXPECT_EQ(decided.status().message(), r.message);
    EXPECT_EQ(ListOrDie(reg), before);
  }
}

TEST(RequestRegister, IndexAnswersByNormalizedCaseNumber) {
  TestClock clock;
  RequestRegister reg = OpenOrDie(TempPath("db"), clock);
  // Full-width brackets and digits, an ideographic and an ASCII space.
  ASSERT_TRUE(
      reg.Add(Redaction("（２０２３）\u3000京0105 民初12号", {"配方A"})).ok());
  ASSERT_TRUE(reg.Decide(1, RequestStatus::kGranted, "赵法官", "").ok());

  Result<RequestIndex> index = reg.LoadIndex();
  ASSERT_TRUE(index.ok()) << index.status().message();
  EXPECT_EQ(index.value().cases(), 1u);
  const CaseRequests* found = index.value().For("(2023)京0105民初12号");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->TermTexts(), std::vector<std::string>{"配方A"});
  EXPECT_EQ(index.value().For("(2023)京0105民初1号"), nullptr);
  // What a caller holding another typed form looks up.
  std::optional<std::string> key = CaseTermsBook::Key("(2023)京0105民初12号");
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(index.value().For(*key), found);
}

TEST(RequestRegister, IndexHoldsGrantedAndPendingRequestsOnly) {
  TestClock clock;
  RequestRegister reg = OpenOrDie(TempPath("db"), clock);
  const std::string a = "(2023)京0105民初1号";
  const std::string b = "(2023)京0105民初2号";
  ASSERT_TRUE(reg.Add(NonPublication(a)).ok());                    // 1
  ASSERT_TRUE(reg.Add(Redaction(a, {"配方A", "温度68度"})).ok());  // 2
  ASSERT_TRUE(reg.Add(Redaction(a, {"温度68度", "工艺B"})).ok());  // 3
  ASSERT_TRUE(reg.Add(Anonymization(a, {"王五"})).ok());           // 4
  ASSERT_TRUE(reg.Add(Anonymization(a, {"赵六", "王五"})).ok());   // 5
  ASSERT_TRUE(reg.Add(Redaction(a, {"不予准许的段落"})).ok());     // 6
  ASSERT_TRUE(reg.Add(NonPublication(a)).ok());                    // 7
  ASSERT_TRUE(reg.Add(NonPublication(b)).ok());                    // 8
  for (int64_t id : {1, 2, 3, 5})
    ASSERT_TRUE(reg.Decide(id, RequestStatus::kGranted, "赵法官", "").ok());
  for (int64_t id : {4, 6, 8})
    ASSERT_TRUE(reg.Decide(id, RequestStatus::kRejected, "赵法官", "").ok());

  Result<RequestIndex> loaded = reg.LoadIndex();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const RequestIndex index = loaded.value();
  EXPECT_EQ(index.cases(), 1u);
  EXPECT_EQ(index.For(b), nullptr);  // only a rejected request
  const CaseRequests* c = index.For(a);
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->withheld());
  EXPECT_EQ(c->non_publication, std::vector<int64_t>{1});
  EXPECT_EQ(c->redaction_terms,
            (std::vector<CaseRequests::Granted>{
                {2, "配方A"}, {2, "温度68度"}, {3, "工艺B"}}));
  EXPECT_EQ(c->anonymized_persons,
            (std::vector<CaseRequests::Granted>{{5, "赵六"}, {5, "王五"}}));
  EXPECT_TRUE(c->has_pending());
  EXPECT_EQ(c->pending, std::vector<int64_t>{7});

  // A snapshot: a later decision is not seen by an index loaded before.
  ASSERT_TRUE(reg.Decide(7, RequestStatus::kRejected, "赵法官", "").ok());
  EXPECT_EQ(index.For(a)->pending, std::vector<int64_t>{7});
  Result<RequestIndex> reloaded = reg.LoadIndex();
  ASSERT_TRUE(reloaded.ok());
  EXPECT_FALSE(reloaded.value().For(a)->has_pending());
}

TEST(RequestRegister, EmptyIndexFindsNothing) {
  TestClock clock;
  RequestRegister reg = OpenOrDie(TempPath("db"), clock);
  Result<RequestIndex> index = reg.LoadIndex();
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index.value().cases(), 0u);
  EXPECT_EQ(index.value().For("(2023)京0105民初1号"), nullptr);
  EXPECT_EQ(RequestIndex().For("(2023)京0105民初1号"), nullptr);
}

// The SQLite header: bytes 18 and 19 are 2 in write-ahead-log mode, bytes
// 60-63 the user version (big-endian), where the schema version is kept.
TEST(RequestRegister, NewFileHasWalModeAndSchemaVersion) {
  const std::string path = TempPath("db");
  TestClock clock;
  { RequestRegister reg = OpenOrDie(path, clock); }
  const std::string header = ReadFile(path);
  ASSERT_GE(header.size(), 100u);
  EXPECT_EQ(header.substr(0, 16), std::string("SQLite format 3\0", 16));
  EXPECT_EQ(header[18], 2);
  EXPECT_EQ(header[19], 2);
  EXPECT_EQ(header.substr(60, 4), std::string("\0\0\0\3", 4));
}

// A file at `path` that is a register of schema 4 (one this version cannot
// read): a register written now, its user version (bytes 60-63) patched.
void WriteRegisterOfNewerSchema(const std::string& path) {
  TestClock clock;
  {
    RequestRegister reg = OpenOrDie(path, clock);
    ASSERT_TRUE(reg.Add(NonPublication("(2023)京0105民初1号")).ok());
  }
  // All connections closed: the log is checkpointed into the file.
  std::string bytes = ReadFile(path);
  ASSERT_GE(bytes.size(), 100u);
  bytes[63] = 4;
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << bytes;
}

// A file at `path` that is an SQLite database of another program.
void WriteOtherSqliteDatabase(const std::string& path) {
  Result<SqliteDatabase> other = SqliteDatabase::Open(path);
  ASSERT_TRUE(other.ok()) << other.status().message();
  ASSERT_TRUE(other.value().Run("CREATE TABLE invoices (id INTEGER)").ok());
}

struct ForeignFile {
  const char* name;
  void (*write)(const std::string& path);
  const char* message_after_path;
};

class RequestRegisterForeignFile
    : public ::testing::TestWithParam<ForeignFile> {};

TEST_P(RequestRegisterForeignFile, IsRefusedAsInvalidInput) {
  const std::string path = TempPath("db");
  GetParam().write(path);
  const Status error = OpenError(path);
  EXPECT_EQ(error.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(error.message(), path + GetParam().message_after_path);
}

INSTANTIATE_TEST_SUITE_P(
    RequestRegister, RequestRegisterForeignFile,
    ::testing::Values(
        ForeignFile{"ANewerSchema", WriteRegisterOfNewerSchema,
                    " was written by a newer version of wenshu (register "
                    "schema 4, this version reads 3); use that version"},
        ForeignFile{"AnotherSqliteDatabase", WriteOtherSqliteDatabase,
                    " is another SQLite database, not a request register; "
                    "name a new file or an existing register"}),
    [](const ::testing::TestParamInfo<ForeignFile>& info) {
      return std::string(info.param.name);
    });

TEST(RequestRegister, RefusesAFileThatIsNoDatabase) {
  const std::string path = TempPath("db");
  {
    std::ofstream f(path, std::ios::binary);
    f << "this is a text file, long enough to be read as a header by "
         "SQLite, which then finds it is not a database at all.";
  }
  const Status error = OpenError(path);
  EXPECT_EQ(error.code(), StatusCode::kIoError);
  EXPECT_NE(error.message().find(path), std::string::npos) << error.message();
}

TEST(RequestRegister, MissingFileIsNotCreatedWhenCreationIsOff) {
  const std::string path = TempPath("db");
  RequestRegisterOptions options;
  options.create_if_missing = false;
  const Status error = OpenError(path, options);
  EXPECT_EQ(error.code(), StatusCode::kNotFound);
  EXPECT_EQ(error.message(),
            "no request register at " + path +
                " (a register is created when the first request is added)");
  EXPECT_FALSE(Exists(path));
}

TEST(RequestRegister, DefaultPathComesFromTheEnvironment) {
  const char* saved = std::getenv("WENSHU_REQUESTS");
  const std::string restore = saved != nullptr ? saved : "";
  setenv("WENSHU_REQUESTS", "/srv/court/requests.sqlite", 1);
  EXPECT_EQ(RequestRegister::DefaultPath(), "/srv/court/requests.sqlite");
  setenv("WENSHU_REQUESTS", "", 1);
  EXPECT_EQ(RequestRegister::DefaultPath(), "wenshu-requests.sqlite");
  unsetenv("WENSHU_REQUESTS");
  EXPECT_EQ(RequestRegister::DefaultPath(), "wenshu-requests.sqlite");
  if (saved != nullptr) setenv("WENSHU_REQUESTS", restore.c_str(), 1);
}

constexpr int kAddsPerWriter = 50;

// Adds kAddsPerWriter requests as `requester`; the number that failed.
int AddMany(const std::string& path, const std::string& requester) {
  Result<RequestRegister> reg = RequestRegister::Open(path);
  if (!reg.ok()) return kAddsPerWriter;
  int failed = 0;
  for (int i = 0; i < kAddsPerWriter; ++i) {
    NewRequest r =
        NonPublication("(2023)京0105民初" + std::to_string(i + 1) + "号");
    r.requester = requester;
    if (!reg.value().Add(r).ok()) ++failed;
  }
  return failed;
}

// All 2 x kAddsPerWriter requests are there, with ids 1..100.
void ExpectAllAdded(const std::string& path) {
  TestClock clock;
  RequestRegister reg = OpenOrDie(path, clock);
  const std::vector<PartyRequest> all = ListOrDie(reg);
  ASSERT_EQ(all.size(), 2u * kAddsPerWriter);
  std::set<int64_t> ids;
  int by_first = 0;
  for (const PartyRequest& r : all) {
    ids.insert(r.id);
    if (r.requester == "甲") ++by_first;
  }
  EXPECT_EQ(ids.size(), 2u * kAddsPerWriter);
  EXPECT_EQ(*ids.begin(), 1);
  EXPECT_EQ(*ids.rbegin(), 2 * kAddsPerWriter);
  EXPECT_EQ(by_first, kAddsPerWriter);
}

TEST(RequestRegister, TwoConnectionsAddAtOnce) {
  const std::string path = TempPath("db");
  int failed_first = -1, failed_second = -1;
  std::thread first([&] { failed_first = AddMany(path, "甲"); });
  std::thread second([&] { failed_second = AddMany(path, "乙"); });
  first.join();
  second.join();
  EXPECT_EQ(failed_first, 0);
  EXPECT_EQ(failed_second, 0);
  ExpectAllAdded(path);
}

// Two processes open a new file and add at the same moment: one creates the
// schema, both wait for each other's writes instead of failing.
TEST(RequestRegister, TwoProcessesAddAtOnce) {
  const std::string path = TempPath("db");
  int gate[2];
  ASSERT_EQ(pipe(gate), 0);
  std::vector<pid_t> children;
  for (const char* requester : {"甲", "乙"}) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(gate[1]);
      char byte;
      // Blocks until the parent closes its end: both start together.
      while (read(gate[0], &byte, 1) > 0) {
      }
      _exit(std::min(AddMany(path, requester), 100));
    }
    children.push_back(pid);
  }
  close(gate[0]);
  close(gate[1]);
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "failed adds in process " << pid;
  }
  ExpectAllAdded(path);
}

}  // namespace
}  // namespace wenshu
