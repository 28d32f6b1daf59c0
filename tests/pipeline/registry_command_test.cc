#include "pipeline/registry_command.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/publication_registry.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::CliRun;
using testing_support::Exists;
using testing_support::Lines;

const std::string kLoan = "（2026）滇0825民初4471号|判决书";
const std::string kTheft = "（2026）黔0302刑初918号|判决书";
const std::string kStub = "（2025）蒙0105民终62号|裁定书";

std::string Hash(char digit) { return std::string(64, digit); }

std::string TempPath(const std::string& name) {
  return testing_support::TempRegisterPath("wenshu_registry_cmd_", name);
}

CliRun Registry(std::vector<std::string> args, const std::string& db) {
  args.push_back("--requests");
  args.push_back(db);
  return testing_support::RunInProcess(
      [&](std::istream&, std::ostream& out, std::ostream& err) {
        return RunRegistryCommand(args, out, err);
      });
}

CliRun Withdraw(std::vector<std::string> args, const std::string& db) {
  args.push_back("--requests");
  args.push_back(db);
  return testing_support::RunInProcess(
      [&](std::istream&, std::ostream& out, std::ostream& err) {
        return RunWithdrawCommand(args, out, err);
      });
}

// A register with kLoan published in two versions, kTheft published once
// and kStub withheld.
std::string SeededRegister() {
  const std::string path = TempPath("db");
  auto registry = SqlitePublicationRegistry::Open(path);
  EXPECT_TRUE(registry.ok());
  PublicationRegistry& r = *registry.value();
  EXPECT_TRUE(r.RecordRun({"run-1", "2026-11-02T08:00:00Z"},
                          {{kLoan, PublicationOutcome::Kind::kPublish,
                            Hash('a'), "p1", "in1", ""},
                           {kTheft, PublicationOutcome::Kind::kPublish,
                            Hash('b'), "p1", "in1", ""},
                           {kStub, PublicationOutcome::Kind::kWithhold,
                            Hash('c'), "p1", "in1", "涉及商业秘密"}})
                  .ok());
  EXPECT_TRUE(r.Record({"run-2", "2026-11-09T08:00:00Z"},
                       {kLoan, PublicationOutcome::Kind::kPublish, Hash('d'),
                        "p1", "in2", ""})
                  .ok());
  return path;
}

int64_t EventCount(const std::string& path) {
  auto registry = SqlitePublicationRegistry::Open(path);
  EXPECT_TRUE(registry.ok());
  return static_cast<int64_t>(
      registry.value()->EventsSince(0, 0).value().size());
}

TEST(RegistryCommand, ListPrintsOneTabSeparatedLinePerDocumentByKey) {
  const std::string db = SeededRegister();
  const CliRun run = Registry({"list"}, db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0],
            "KEY\tSTATUS\tVERSION\tTEXT_SHA256\tPOLICY\tLAST_EVENT\tNOTE");
  // Keys sort by their bytes: （2025）蒙 < （2026）滇 < （2026）黔.
  EXPECT_EQ(lines[1], kStub + "\twithheld\t1\t" + Hash('c') + "\tp1\t1\t-");
  EXPECT_EQ(lines[2], kLoan + "\tpublished\t2\t" + Hash('d') + "\tp1\t4\t-");
  EXPECT_EQ(lines[3], kTheft + "\tpublished\t1\t" + Hash('b') + "\tp1\t3\t-");
}

struct ListFilterCase {
  const char* name;
  std::vector<std::string> args;
  int exit_code;
  size_t lines;  // header included
};

class RegistryListFilter : public ::testing::TestWithParam<ListFilterCase> {};

TEST_P(RegistryListFilter, ShowsOnlyThatStatus) {
  const std::string db = SeededRegister();
  const CliRun run = Registry(GetParam().args, db);
  EXPECT_EQ(run.exit_code, GetParam().exit_code) << run.err;
  EXPECT_EQ(Lines(run.out).size(), GetParam().lines);
}

INSTANTIATE_TEST_SUITE_P(
    RegistryCommand, RegistryListFilter,
    ::testing::Values(
        ListFilterCase{"Published", {"list", "--status", "published"}, 0, 3},
        ListFilterCase{"Withheld", {"list", "--status=withheld"}, 0, 2},
        ListFilterCase{
            "WithdrawnNone", {"list", "--status", "withdrawn"}, 0, 1},
        ListFilterCase{
            "UnknownStatusIsAUsageError", {"list", "--status", "hidden"}, 2, 0},
        ListFilterCase{"StrayArgumentIsAUsageError", {"list", "extra"}, 2, 0}),
    [](const ::testing::TestParamInfo<ListFilterCase>& info) {
      return std::string(info.param.name);
    });

TEST(RegistryCommand, HistoryShowsVersionsThenEvents) {
  const std::string db = SeededRegister();
  const CliRun run = Registry({"history", kLoan}, db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::vector<std::string> want = {
      "VERSION\tKIND\tTEXT_SHA256\tPOLICY\tINPUT\tRUN\tAT\tREASON\tSUPERSEDED",
      "1\tpublish\t" + Hash('a') +
          "\tp1\tin1\trun-1\t2026-11-02T08:00:00Z\tfirst "
          "publication\tcorrected original",
      "2\tpublish\t" + Hash('d') +
          "\tp1\tin2\trun-2\t2026-11-09T08:00:00Z\tcorrected original\t-",
      "",
      "SEQ\tKIND\tVERSION\tRUN\tAT\tBY\tREASON",
      "2\tnew\t1\trun-1\t2026-11-02T08:00:00Z\t-\tfirst publication",
      "4\tchanged\t2\trun-2\t2026-11-09T08:00:00Z\t-\tcorrected original",
  };
  EXPECT_EQ(Lines(run.out), want);
}

TEST(RegistryCommand, HistoryOfAnUnknownKeyIsRefused) {
  const std::string db = SeededRegister();
  const CliRun run = Registry({"history", "（2020）琼01民初1号|判决书"}, db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("wenshu registry history: no document "
                         "（2020）琼01民初1号|判决书"),
            std::string::npos)
      << run.err;
}

TEST(RegistryCommand, WithdrawSticksAndShowsInListAndEvents) {
  const std::string db = SeededRegister();
  CliRun run = Withdraw({kTheft, "--reason", "裁判文书误载证人住址", "--by",
                         "审管办", "--at", "2026-11-20T10:00:00Z"},
                        db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, kTheft +
                         ": withdrawn by 审管办; later runs do not republish "
                         "it until it is reinstated\n");
  run = Registry({"list", "--status", "withdrawn"}, db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 2u);
  EXPECT_EQ(Lines(run.out)[1], kTheft + "\twithdrawn\t1\t" + Hash('b') +
                                   "\tp1\t5\twithdrawn by 审管办: "
                                   "裁判文书误载证人住址");
  run = Registry({"events", "--since", "4"}, db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 2u);
  EXPECT_EQ(Lines(run.out)[1], "5\t" + kTheft +
                                   "\t1\twithdrawn\twenshu "
                                   "withdraw\t2026-11-20T10:00:00Z\t审管办\t"
                                   "裁判文书误载证人住址");
  // A second withdrawal is refused; the registry is unchanged.
  run = Withdraw({kTheft, "--reason", "再撤一次", "--by", "审管办"}, db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("withdrawn already"), std::string::npos) << run.err;
  EXPECT_EQ(EventCount(db), 5);
  // Reinstated, it is no longer withdrawn by staff.
  run = Registry(
      {"reinstate", kTheft, "--reason", "住址已删除", "--by", "审管办"}, db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(EventCount(db), 6);
  run =
      Registry({"reinstate", kTheft, "--reason", "再次", "--by", "审管办"}, db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("not withdrawn by staff"), std::string::npos)
      << run.err;
}

TEST(RegistryCommand, WithdrawByDefaultsToTheUser) {
  const std::string db = SeededRegister();
  const char* saved = std::getenv("USER");
  const std::string saved_user = saved != nullptr ? saved : "";
  setenv("USER", "clerk7", 1);
  const CliRun run = Withdraw({kLoan, "--reason", "版本有误"}, db);
  if (saved != nullptr) {
    setenv("USER", saved_user.c_str(), 1);
  } else {
    unsetenv("USER");
  }
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto registry = SqlitePublicationRegistry::Open(db);
  ASSERT_TRUE(registry.ok());
  EXPECT_EQ(registry.value()->Find(kLoan).value()->withdrawn_by, "clerk7");
}

struct RefusalCase {
  const char* name;
  bool withdraw;  // else `wenshu registry`
  std::vector<std::string> args;
  int exit_code;
  const char* message;
};

class RegistryCommandRefusal : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RegistryCommandRefusal, ChangesNothing) {
  const std::string db = SeededRegister();
  const RefusalCase& c = GetParam();
  const CliRun run = c.withdraw ? Withdraw(c.args, db) : Registry(c.args, db);
  EXPECT_EQ(run.exit_code, c.exit_code) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
  EXPECT_EQ(EventCount(db), 4);
}

INSTANTIATE_TEST_SUITE_P(
    RegistryCommand, RegistryCommandRefusal,
    ::testing::Values(
        RefusalCase{"WithdrawWithoutReason",
                    true,
                    {kLoan, "--by", "甲"},
                    2,
                    "wenshu withdraw: --reason TEXT is required"},
        RefusalCase{"WithdrawWithEmptyReason",
                    true,
                    {kLoan, "--reason", "", "--by", "甲"},
                    2,
                    "--reason TEXT is required"},
        RefusalCase{"WithdrawWithoutKey",
                    true,
                    {"--reason", "理由", "--by", "甲"},
                    2,
                    "give the KEY of the document"},
        RefusalCase{"WithdrawTwoKeys",
                    true,
                    {kLoan, kTheft, "--reason", "理由", "--by", "甲"},
                    2,
                    "give one KEY"},
        RefusalCase{
            "WithdrawUnknownKey",
            true,
            {"（2020）琼01民初1号|判决书", "--reason", "理由", "--by", "甲"},
            1,
            "no document （2020）琼01民初1号|判决书"},
        RefusalCase{"WithdrawUnknownOption",
                    true,
                    {kLoan, "--reason", "理由", "--force", "1"},
                    2,
                    "unknown option '--force'"},
        RefusalCase{"ReinstateWithoutReason",
                    false,
                    {"reinstate", kLoan, "--by", "甲"},
                    2,
                    "wenshu registry reinstate: --reason TEXT is required"},
        RefusalCase{"UnknownSubcommand",
                    false,
                    {"purge"},
                    2,
                    "unknown command 'purge'"},
        RefusalCase{"EventsSinceNotANumber",
                    false,
                    {"events", "--since", "-3"},
                    2,
                    "--since must be an event number"}),
    [](const ::testing::TestParamInfo<RefusalCase>& info) {
      return std::string(info.param.name);
    });

TEST(RegistryCommand, MissingRegisterIsRefusedAndNotCreated) {
  const std::string db = TempPath("absent");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"list"}, {"history", kLoan}}) {
    const CliRun run = Registry(args, db);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("no register database at " + db), std::string::npos)
        << run.err;
  }
  const CliRun run = Withdraw({kLoan, "--reason", "理由", "--by", "甲"}, db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_FALSE(Exists(db));
}

TEST(RegistryCommand, DbIsAnotherNameForRequests) {
  const std::string db = SeededRegister();
  const CliRun run = testing_support::RunInProcess([&](std::istream&,
                                                       std::ostream& out,
                                                       std::ostream& err) {
    return RunRegistryCommand({"events", "--limit", "2", "--db", db}, out, err);
  });
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 3u);
  EXPECT_EQ(Lines(run.out)[2].substr(0, 2), "2\t");
}

TEST(RegistryCommand, HelpGoesToStandardOutput) {
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{
           {"--help"}, {"list", "--help"}, {"history", "-h"}}) {
    const CliRun run = testing_support::RunInProcess(
        [&](std::istream&, std::ostream& out, std::ostream& err) {
          return RunRegistryCommand(args, out, err);
        });
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("usage: wenshu registry"), std::string::npos);
  }
}

// The program dispatches both commands.
TEST(RegistryCommand, WenshuDispatchesRegistryAndWithdraw) {
  const std::string db = SeededRegister();
  CliRun run = testing_support::RunWenshu(
      "wenshu_registry_cmd_",
      "registry list --status withheld --requests " + db, "");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 2u);
  EXPECT_EQ(Lines(run.out)[1].substr(0, kStub.size()), kStub);
  run = testing_support::RunWenshu("wenshu_registry_cmd_",
                                   "withdraw --requests " + db, "");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("wenshu withdraw: give the KEY"), std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace wenshu
