#include "pipeline/request_command.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "core/json.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

std::string TempPath(const std::string& name) {
  return testing_support::TempRegisterPath("wenshu_request_cmd_", name);
}

using CommandRun = testing_support::CliRun;
using testing_support::Exists;
using testing_support::Field;
using testing_support::Lines;
using testing_support::Record;

CommandRun Request(const std::vector<std::string>& args) {
  return testing_support::RunInProcess(
      [&](std::istream&, std::ostream& out, std::ostream& err) {
        return RunRequestCommand(args, out, err);
      });
}

// `args` with "--db PATH" appended.
CommandRun RequestOn(const std::string& db, std::vector<std::string> args) {
  args.push_back("--db");
  args.push_back(db);
  return Request(std::move(args));
}

// "2024-03-01T09:30:00Z".
bool IsIsoUtc(const std::string& s) {
  if (s.size() != 20) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char want = i == 4 || i == 7     ? '-'
                      : i == 10            ? 'T'
                      : i == 13 || i == 16 ? ':'
                      : i == 19            ? 'Z'
                                           : '0';
    if (want == '0' ? (s[i] < '0' || s[i] > '9') : s[i] != want) return false;
  }
  return true;
}

const std::vector<std::string> kAddRedaction = {
    "add",         "--case",           "（2023）京73民初1357号",
    "--requester", "某科技有限公司",   "--kind",
    "redaction",   "--term",           "QH-防腐7号",
    "--term",      "固化温度68摄氏度", "--justification",
    "涉及商业秘密"};
const std::vector<std::string> kAddNonPublication = {
    "add",
    "--case",
    "(2023)沪0104民初8642号",
    "--requester",
    "李四",
    "--kind",
    "non_publication",
    "--justification",
    "判决书全文涉及未成年子女的隐私"};

TEST(RequestCommand, AddDecideListSession) {
  const std::string db = TempPath("db");
  CommandRun added = RequestOn(db, kAddRedaction);
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "1\n");
  EXPECT_EQ(added.err, "");
  // --name=VALUE works as well as --name VALUE.
  added = Request({"add", "--case=(2023)沪0104民初8642号", "--requester=张三",
                   "--kind=anonymization", "--person=王五",
                   "--justification=涉及个人隐私", "--db=" + db});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "2\n");
  added = RequestOn(db, kAddNonPublication);
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "3\n");

  CommandRun granted = RequestOn(db, {"decide", "1", "--grant", "--by",
                                      "赵法官", "--note", "两项均属技术秘密"});
  EXPECT_EQ(granted.exit_code, 0) << granted.err;
  EXPECT_EQ(granted.err, "");
  const std::string granted_prefix = "request 1: granted by 赵法官 at ";
  ASSERT_EQ(granted.out.substr(0, granted_prefix.size()), granted_prefix);
  const std::string granted_at = granted.out.substr(granted_prefix.size(), 20);
  EXPECT_TRUE(IsIsoUtc(granted_at)) << granted.out;
  EXPECT_EQ(granted.out, granted_prefix + granted_at + "\n");
  CommandRun rejected =
      RequestOn(db, {"decide", "--reject", "2", "--by", "钱法官"});
  EXPECT_EQ(rejected.exit_code, 0) << rejected.err;
  const std::string rejected_prefix = "request 2: rejected by 钱法官 at ";
  EXPECT_EQ(rejected.out.substr(0, rejected_prefix.size()), rejected_prefix);

  CommandRun listed = RequestOn(db, {"list", "--format", "jsonl"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  const std::vector<std::string> lines = Lines(listed.out);
  ASSERT_EQ(lines.size(), 3u);
  const JsonObject first = Record(lines[0]);
  EXPECT_EQ(first.GetInt("id").value(), 1);
  EXPECT_EQ(Field(first, "case_number"), "（2023）京73民初1357号");
  EXPECT_EQ(Field(first, "case_key"), "(2023)京73民初1357号");
  EXPECT_EQ(Field(first, "requester"), "某科技有限公司");
  EXPECT_EQ(Field(first, "kind"), "redaction");
  EXPECT_EQ(first.GetStringArray("terms").value(),
            (std::vector<std::string>{"QH-防腐7号", "固化温度68摄氏度"}));
  EXPECT_EQ(first.GetStringArray("persons").value(),
            std::vector<std::string>{});
  EXPECT_EQ(Field(first, "justification"), "涉及商业秘密");
  EXPECT_EQ(Field(first, "status"), "granted");
  EXPECT_EQ(Field(first, "decided_by"), "赵法官");
  EXPECT_EQ(Field(first, "decided_at"), granted_at);
  EXPECT_EQ(Field(first, "decision_note"), "两项均属技术秘密");
  EXPECT_TRUE(IsIsoUtc(Field(first, "created_at")));

  const JsonObject second = Record(lines[1]);
  EXPECT_EQ(Field(second, "status"), "rejected");
  EXPECT_EQ(second.GetStringArray("persons").value(),
            std::vector<std::string>{"王五"});
  EXPECT_EQ(second.TypeOf("decision_note"), JsonType::kNull);

  const std::string created = Field(Record(lines[2]), "created_at");
  EXPECT_EQ(lines[2],
            "{\"id\":3,\"case_number\":\"(2023)沪0104民初8642号\","
            "\"case_key\":\"(2023)沪0104民初8642号\",\"requester\":\"李四\","
            "\"kind\":\"non_publication\",\"terms\":[],\"persons\":[],"
            "\"justification\":\"判决书全文涉及未成年子女的隐私\","
            "\"status\":\"pending\",\"decided_by\":null,\"decided_at\":null,"
            "\"decision_note\":null,\"created_at\":\"" +
                created + "\"}");

  // The default format: a table, columns aligned for CJK (two columns a
  // character).
  CommandRun table = RequestOn(db, {"list", "--status", "pending"});
  EXPECT_EQ(table.exit_code, 0) << table.err;
  EXPECT_EQ(table.out,
            "ID  STATUS   KIND             CASE                    REQUESTER  "
            "TERMS/PERSONS  CREATED               DECIDED  JUSTIFICATION\n"
            "3   pending  non_publication  (2023)沪0104民初8642号  李四       "
            "-              " +
                created + "  -        判决书全文涉及未成年子女的隐私\n");

  // Filtered by case number, typed another way.
  CommandRun by_case = RequestOn(
      db,
      {"list", "--case", "（2023） 沪0104 民初8642号", "--format", "jsonl"});
  EXPECT_EQ(by_case.exit_code, 0) << by_case.err;
  EXPECT_EQ(Lines(by_case.out), (std::vector<std::string>{lines[1], lines[2]}));
}

TEST(RequestCommand, TableCutsLongTextsToOneLine) {
  const std::string db = TempPath("db");
  ASSERT_EQ(RequestOn(db, {"add", "--case", "(2023)京0105民初1号",
                           "--requester", "甲", "--kind", "redaction", "--term",
                           "甲乙丙丁戊己庚辛壬癸\n子丑寅卯辰巳午未申酉戌亥",
                           "--justification", "隐私"})
                .exit_code,
            0);
  CommandRun table = RequestOn(db, {"list"});
  EXPECT_EQ(table.exit_code, 0) << table.err;
  const std::vector<std::string> lines = Lines(table.out);
  ASSERT_EQ(lines.size(), 2u) << table.out;
  EXPECT_NE(lines[1].find("  甲乙丙丁戊己庚辛壬癸 子丑寅卯…  "),
            std::string::npos)
      << lines[1];
}

TEST(RequestCommand, EmptyRegisterListsOnlyTheHeader) {
  const std::string db = TempPath("db");
  ASSERT_EQ(RequestOn(db, kAddNonPublication).exit_code, 0);
  CommandRun table = RequestOn(db, {"list", "--status", "granted"});
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out,
            "ID  STATUS  KIND  CASE  REQUESTER  TERMS/PERSONS  CREATED  "
            "DECIDED  JUSTIFICATION\n");
  CommandRun jsonl =
      RequestOn(db, {"list", "--status", "granted", "--format", "jsonl"});
  EXPECT_EQ(jsonl.exit_code, 0);
  EXPECT_EQ(jsonl.out, "");
}

// `add --case (2023)京0105民初1号 --requester 甲` followed by `rest`.
std::vector<std::string> AddToCase1(std::vector<std::string> rest) {
  std::vector<std::string> args = {"add", "--case", "(2023)京0105民初1号",
                                   "--requester", "甲"};
  args.insert(args.end(), rest.begin(), rest.end());
  return args;
}

struct Refusal {
  const char* name;
  std::vector<std::string> args;  // --db is appended
  int exit_code;
  const char* err;  // "{decided_at}": when request 1 was granted
};

class RequestCommandRefusal : public ::testing::TestWithParam<Refusal> {};

// Whatever is wrong, the register reads the same before and after.
TEST_P(RequestCommandRefusal, LeavesTheRegisterUnchanged) {
  const Refusal& c = GetParam();
  const std::string db = TempPath("db");
  ASSERT_EQ(RequestOn(db, kAddRedaction).exit_code, 0);
  ASSERT_EQ(RequestOn(db, kAddNonPublication).exit_code, 0);
  ASSERT_EQ(
      RequestOn(db, {"decide", "1", "--grant", "--by", "赵法官"}).exit_code, 0);
  const CommandRun before = RequestOn(db, {"list", "--format", "jsonl"});
  ASSERT_EQ(before.exit_code, 0);
  const std::string decided_at =
      Field(Record(Lines(before.out).front()), "decided_at");

  const CommandRun refused = RequestOn(db, c.args);
  EXPECT_EQ(refused.exit_code, c.exit_code);
  std::string want = c.err;
  if (size_t at = want.find("{decided_at}"); at != std::string::npos)
    want.replace(at, 12, decided_at);
  EXPECT_EQ(refused.err, want);
  EXPECT_EQ(refused.out, "");

  const CommandRun after = RequestOn(db, {"list", "--format", "jsonl"});
  EXPECT_EQ(after.out, before.out);
  // No id was used up.
  EXPECT_EQ(RequestOn(db, kAddNonPublication).out, "3\n");
}

INSTANTIATE_TEST_SUITE_P(
    RequestCommands, RequestCommandRefusal,
    ::testing::Values(
        Refusal{"UnknownKind",
                AddToCase1({"--kind", "secret", "--justification", "隐私"}), 2,
                "wenshu request add: --kind must be non_publication, "
                "redaction or anonymization\n"
                "Try 'wenshu request add --help'.\n"},
        Refusal{"MissingJustification",
                AddToCase1({"--kind", "non_publication"}), 2,
                "wenshu request add: --justification is required\n"
                "Try 'wenshu request add --help'.\n"},
        Refusal{
            "EmptyJustification",
            AddToCase1({"--kind", "non_publication", "--justification", ""}), 1,
            "wenshu request add: the justification is blank; give the "
            "reasons the party stated (e.g. trade secrets, personal "
            "privacy)\n"},
        Refusal{
            "RedactionWithoutTerms",
            AddToCase1({"--kind", "redaction", "--justification", "商业秘密"}),
            1,
            "wenshu request add: a redaction request must list at least "
            "one term or passage to remove\n"},
        Refusal{
            "AnonymizationWithoutPersons",
            AddToCase1({"--kind", "anonymization", "--justification", "隐私"}),
            1,
            "wenshu request add: an anonymization request must name at "
            "least one person to anonymize\n"},
        Refusal{"PersonOnARedaction",
                AddToCase1({"--kind", "redaction", "--term", "配方A",
                            "--person", "王五", "--justification", "商业秘密"}),
                1,
                "wenshu request add: only an anonymization request names "
                "persons, this is a redaction request; file a separate "
                "anonymization request for them\n"},
        Refusal{"CaseNumberThatDoesNotParse",
                {"add", "--case", "第1号", "--requester", "甲", "--kind",
                 "non_publication", "--justification", "隐私"},
                1,
                "wenshu request add: \"第1号\" is not a case number; write it "
                "as the judgment does, e.g. （2023）京0105民初123号\n"},
        Refusal{"UnknownOption",
                AddToCase1({"--kind", "redaction", "--terms", "配方A",
                            "--justification", "商业秘密"}),
                2,
                "wenshu request add: unknown option '--terms'\n"
                "Try 'wenshu request add --help'.\n"},
        Refusal{"KindTwice",
                AddToCase1({"--kind", "redaction", "--kind", "anonymization",
                            "--justification", "商业秘密"}),
                2,
                "wenshu request add: --kind may be given once\n"
                "Try 'wenshu request add --help'.\n"},
        Refusal{"DecideUnknownId",
                {"decide", "99", "--grant", "--by", "赵法官"},
                1,
                "wenshu request decide: no request has id 99; list the "
                "register to find the id\n"},
        Refusal{"DecideTwice",
                {"decide", "1", "--reject", "--by", "钱法官"},
                1,
                "wenshu request decide: request 1 was already granted by "
                "赵法官 at {decided_at}; a decision is final (a party who "
                "disagrees files a new request)\n"},
        Refusal{"DecideWithoutOutcome",
                {"decide", "2", "--by", "赵法官"},
                2,
                "wenshu request decide: give either --grant or --reject\n"
                "Try 'wenshu request decide --help'.\n"},
        Refusal{"DecideBothWays",
                {"decide", "2", "--grant", "--reject", "--by", "赵法官"},
                2,
                "wenshu request decide: give either --grant or --reject\n"
                "Try 'wenshu request decide --help'.\n"},
        Refusal{"DecideWithoutDecider",
                {"decide", "2", "--grant"},
                2,
                "wenshu request decide: --by is required\n"
                "Try 'wenshu request decide --help'.\n"},
        Refusal{"DecideBlankDecider",
                {"decide", "2", "--grant", "--by", "  "},
                1,
                "wenshu request decide: the decider is blank; name the judge "
                "or official who decided\n"},
        Refusal{"DecideIdThatIsNoNumber",
                {"decide", "2a", "--grant", "--by", "赵法官"},
                2,
                "wenshu request decide: ID must be a request's number, such "
                "as 12 (not '2a')\n"
                "Try 'wenshu request decide --help'.\n"},
        Refusal{"GrantWithAValue",
                {"decide", "2", "--grant=yes", "--by", "赵法官"},
                2,
                "wenshu request decide: --grant takes no value\n"
                "Try 'wenshu request decide --help'.\n"},
        Refusal{"ListUnknownStatus",
                {"list", "--status", "open"},
                2,
                "wenshu request list: --status must be pending, granted or "
                "rejected\n"
                "Try 'wenshu request list --help'.\n"},
        Refusal{"ListUnknownFormat",
                {"list", "--format", "csv"},
                2,
                "wenshu request list: --format must be table or jsonl\n"
                "Try 'wenshu request list --help'.\n"},
        Refusal{"UnknownCommand",
                {"remove", "1"},
                2,
                "wenshu request: unknown command 'remove' (commands: add, "
                "decide, list)\n"
                "Try 'wenshu request --help'.\n"}),
    [](const ::testing::TestParamInfo<Refusal>& info) {
      return info.param.name;
    });

TEST(RequestCommand, RefusedOrMalformedCommandsCreateNoFile) {
  const std::string db = TempPath("db");
  // Refused by the register's rules: checked before the file is opened.
  CommandRun refused = RequestOn(
      db, {"add", "--case", "(2023)京0105民初1号", "--requester", "甲",
           "--kind", "redaction", "--justification", "商业秘密"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_FALSE(Exists(db));
  // Reading commands never create a register.
  CommandRun listed = RequestOn(db, {"list"});
  EXPECT_EQ(listed.exit_code, 1);
  EXPECT_EQ(listed.err, "wenshu request list: no request register at " + db +
                            " (a register is created when the first request "
                            "is added)\n");
  CommandRun decided = RequestOn(db, {"decide", "1", "--grant", "--by", "甲"});
  EXPECT_EQ(decided.exit_code, 1);
  EXPECT_FALSE(Exists(db));
}

TEST(RequestCommand, RegisterFileFromTheEnvironment) {
  const std::string db = TempPath("db");
  const char* saved = std::getenv("WENSHU_REQUESTS");
  const std::string restore = saved != nullptr ? saved : "";
  setenv("WENSHU_REQUESTS", db.c_str(), 1);
  CommandRun added = Request(kAddNonPublication);
  if (saved != nullptr) {
    setenv("WENSHU_REQUESTS", restore.c_str(), 1);
  } else {
    unsetenv("WENSHU_REQUESTS");
  }
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "1\n");
  ASSERT_TRUE(Exists(db));
  // --db names the same file explicitly.
  CommandRun listed = RequestOn(db, {"list", "--format", "jsonl"});
  EXPECT_EQ(Lines(listed.out).size(), 1u);
}

TEST(RequestCommand, HelpForEachCommand) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> helps = {
      {{"--help"}, "usage: wenshu request add|decide|list"},
      {{"add", "--help"}, "usage: wenshu request add --case"},
      {{"decide", "-h"}, "usage: wenshu request decide ID"},
      {{"list", "--status", "x", "--help"}, "usage: wenshu request list"}};
  for (const auto& [args, start] : helps) {
    CommandRun help = Request(args);
    EXPECT_EQ(help.exit_code, 0) << args.front();
    EXPECT_EQ(help.out.substr(0, start.size()), start);
    EXPECT_EQ(help.err, "");
  }
  CommandRun bare = Request({});
  EXPECT_EQ(bare.exit_code, 2);
  EXPECT_EQ(bare.out, "");
  EXPECT_EQ(bare.err.substr(0, 37), "usage: wenshu request add|decide|list");
}

}  // namespace
}  // namespace wenshu
