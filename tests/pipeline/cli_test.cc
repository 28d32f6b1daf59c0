// End-to-end tests of the wenshu binary: the JSON Lines contract, bad input,
// and invariance over threads and batching.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/json.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::CliRun;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::Record;
using testing_support::WriteFile;

std::string TempPath(const std::string& name) {
  return testing_support::TempPath("wenshu_cli_", name);
}

// Runs `wenshu ARGS < input`.
CliRun Wenshu(const std::string& args, const std::string& input) {
  return testing_support::RunWenshu("wenshu_cli_", args, input);
}

// Snippets have no header: the document type says what they are.
std::string Doc(const std::string& id, const std::string& text) {
  return testing_support::DocLine(id, text, "民事判决书");
}

const std::string kJudgment =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：张三，男，1980年1月1日出生，"
    "公民身份号码110105198001011238，联系电话13812345678。 被告：某某公司。 "
    "本院认为，借贷关系成立。";

TEST(Cli, OneRecordPerLineInOrderWhateverTheInput) {
  std::string input;
  input += Doc("good-1", kJudgment);
  input += "this is not json\n";
  input += "\n";
  input += "{\"id\":\"bad-utf8\",\"text\":\"ab\xFF\xFE\"}\n";
  input += "{\"id\":\"nul\",\"text\":\"ab\\u0000c\"}\n";
  input += "{\"id\":\"empty\",\"text\":\"\"}\n";
  input += Doc("good-2", "电话13912345678。");
  input += "{\"id\":\"truncated\",\"text\":\"abc";  // no newline, cut short
  CliRun r = Wenshu("redact --in-format jsonl", input);
  EXPECT_EQ(r.exit_code, 0);
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 8u);
  struct Want {
    const char* status;
    const char* error;  // substring, or nullptr
  } want[] = {{"published", nullptr},
              {"held", "line 2: malformed JSON"},
              {"held", "line 3: empty line"},
              {"held", "line 4: line is not valid UTF-8"},
              {"held", "NUL character at byte 2"},
              {"held", "text is empty"},
              {"published", nullptr},
              {"held", "line 8: malformed JSON"}};
  for (size_t i = 0; i < lines.size(); ++i) {
    JsonObject rec = Record(lines[i]);
    EXPECT_EQ(rec.GetString("status").value(), want[i].status)
        << "line " << i + 1;
    if (want[i].error != nullptr) {
      EXPECT_NE(rec.GetString("error").value().find(want[i].error),
                std::string::npos)
          << rec.GetString("error").value();
      EXPECT_EQ(rec.TypeOf("text"), JsonType::kMissing);
    }
  }
  EXPECT_EQ(Record(lines[0]).GetString("id").value(), "good-1");
  EXPECT_EQ(Record(lines[4]).GetString("id").value(), "nul");
  EXPECT_EQ(Record(lines[1]).TypeOf("id"), JsonType::kNull);
  EXPECT_EQ(Record(lines[6]).GetString("text").value(),
            "");  // a sentence of its own goes whole
}

TEST(Cli, EmptyInputGivesNoOutput) {
  CliRun r = Wenshu("redact", "");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
}

TEST(Cli, RawNulByteInALineIsHeldWithTheLineNumber) {
  std::string input = Doc("a", "正文。");
  input += std::string("{\"id\":\"b\",\"text\":\"x\0y\"}\n", 24);
  input += Doc("c", "正文。");
  CliRun r = Wenshu("redact", input);
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(Record(lines[1]).GetString("status").value(), "held");
  EXPECT_NE(Record(lines[1]).GetString("error").value().find("line 2"),
            std::string::npos);
  EXPECT_EQ(Record(lines[2]).GetString("status").value(), "published");
}

TEST(Cli, PublishedRecordCarriesTheAuditButNotTheRemovedText) {
  CliRun r = Wenshu("redact", Doc("d", kJudgment));
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].find("110105198001011238"), std::string::npos);
  EXPECT_EQ(lines[0].find("13812345678"), std::string::npos);
  JsonObject rec = Record(lines[0]);
  EXPECT_EQ(rec.GetString("text").value(),
            "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
            "原告：张三，男，1980年1月1日出生。"
            " 被告：某某公司。 本院认为，借贷关系成立。");
  EXPECT_EQ(rec.TypeOf("redactions"), JsonType::kArray);
  EXPECT_EQ(rec.GetString("policy").value(), "cn-national-2016.3");
}

TEST(Cli, AFiftyMegabyteLineIsProcessed) {
  std::string text;
  const std::string paragraph =
      "本院认为，被告应当偿还借款本金及利息，原告的诉讼请求合法有据，本院予以支"
      "持。";
  while (text.size() < (50u << 20)) text += paragraph;
  text += "联系电话13812345678。";
  // Budgets wide enough for any machine: this test is about memory and
  // line handling, not speed.
  CliRun r = Wenshu(
      "redact --threads 2 --max-document-mb 64 --max-document-seconds 3600",
      Doc("big", text) + Doc("after", "电话13912345678。"));
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  JsonObject big = Record(lines[0]);
  EXPECT_EQ(big.GetString("status").value(), "published");
  EXPECT_EQ(lines[0].find("13812345678"), std::string::npos);
  EXPECT_EQ(Record(lines[1]).GetString("id").value(), "after");
}

// Over the size budget, in each of the three inputs: held unread with
// the size and the option named; the batch goes on.
TEST(Cli, ADocumentOverTheSizeBudgetIsHeldInEveryInput) {
  std::string text;
  while (text.size() < 1572864) text += "本院认为，借款事实清楚。";
  const std::string reason = "over the 1 MB budget (--max-document-mb)";
  CliRun lines = Wenshu("redact --max-document-mb 1",
                        Doc("big", text) + Doc("after", "电话13912345678。"));
  EXPECT_EQ(lines.exit_code, 0);
  const std::vector<std::string> records = Lines(lines.out);
  ASSERT_EQ(records.size(), 2u);
  JsonObject big = Record(records[0]);
  EXPECT_EQ(big.GetString("status").value(), "held");
  EXPECT_NE(big.GetString("error").value().find("line 1: document is 1."),
            std::string::npos)
      << records[0];
  EXPECT_NE(big.GetString("error").value().find(reason), std::string::npos);
  EXPECT_EQ(Record(records[1]).GetString("status").value(), "published");

  const std::string file = TempPath("big.txt");
  WriteFile(file, text);
  CliRun files = Wenshu("redact --max-document-mb 1 " + file, "");
  EXPECT_EQ(files.exit_code, 3);
  EXPECT_NE(files.err.find(file + " held: " + file + ": document is 1."),
            std::string::npos)
      << files.err;
  EXPECT_NE(files.err.find(reason), std::string::npos) << files.err;

  CliRun whole = Wenshu("redact --in-format text --max-document-mb 1", text);
  EXPECT_EQ(whole.exit_code, 3);
  EXPECT_TRUE(whole.out.empty());
  EXPECT_NE(whole.err.find("standard input held: document is 1."),
            std::string::npos)
      << whole.err;
}

// A time budget too small for any document (a nanosecond): each is held
// naming the option, and the batch goes on to the next.
TEST(Cli, ADocumentPastTheTimeBudgetIsHeldAndTheBatchGoesOn) {
  std::string text;
  while (text.size() < 200000) text += "本院认为，借款事实清楚。";
  CliRun r = Wenshu("redact --max-document-seconds 0.000000001",
                    Doc("a", text) + Doc("b", text));
  EXPECT_EQ(r.exit_code, 0);
  const std::vector<std::string> records = Lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  for (const std::string& line : records) {
    JsonObject record = Record(line);
    EXPECT_EQ(record.GetString("status").value(), "held");
    EXPECT_NE(record.GetString("error").value().find(
                  "document ran past the 1e-09 s budget "
                  "(--max-document-seconds) before "),
              std::string::npos)
        << line;
  }
}

// Duplicate ids: counted in the summary; under --strict-ids the second
// record of an id is held with the reason, the first published.
TEST(Cli, DuplicateIdsAreCountedAndRefusedUnderStrictIds) {
  const std::string input = Doc("same", "电话13912345678。") +
                            Doc("other", "电话13912345678。") +
                            Doc("same", "电话13812345678。");
  CliRun counted = Wenshu("redact", input);
  EXPECT_EQ(counted.exit_code, 0);
  EXPECT_NE(counted.err.find("3 documents: 3 published, 0 withheld, 0 held; "
                             "1 duplicate id\n"),
            std::string::npos)
      << counted.err;
  CliRun strict = Wenshu("redact --strict-ids", input);
  EXPECT_EQ(strict.exit_code, 0);
  const std::vector<std::string> records = Lines(strict.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(Record(records[0]).GetString("status").value(), "published");
  JsonObject second = Record(records[2]);
  EXPECT_EQ(second.GetString("id").value(), "same");
  EXPECT_EQ(second.GetString("status").value(), "held");
  EXPECT_EQ(second.GetString("error").value(),
            "duplicate id: an earlier record of this run has the same id "
            "(--strict-ids)");
  EXPECT_EQ(records[2].find("13812345678"), std::string::npos);
  EXPECT_NE(strict.err.find("2 published, 0 withheld, 1 held; 1 duplicate id"),
            std::string::npos)
      << strict.err;
}

std::string Batch() {
  std::string input;
  for (int i = 0; i < 60; ++i) {
    std::string text = kJudgment;
    text += " 第" + std::to_string(i) +
            "号文件。被告账户（账号6222020200112233445）。车辆京A" +
            std::to_string(10000 + i * 7) + "。";
    input += Doc("doc-" + std::to_string(i), text);
    if (i % 17 == 0) input += "not json\n";
  }
  return input;
}

TEST(Cli, OutputIsTheSameOnOneThreadAndOnFour) {
  const std::string input = Batch();
  CliRun one = Wenshu("redact --threads 1", input);
  CliRun four = Wenshu("redact --threads 4 --max-inflight-mb 1", input);
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, four.out);
  // The batch holds no related cases: a registry of one family changes
  // nothing.
  EXPECT_EQ(Wenshu("redact --threads 4 --max-case-families 1", input).out,
            one.out);
}

TEST(Cli, EachDocumentAloneEqualsTheBatch) {
  const std::string input = Batch();
  CliRun batch = Wenshu("redact", input);
  const std::vector<std::string> in_lines = Lines(input);
  const std::vector<std::string> out_lines = Lines(batch.out);
  ASSERT_EQ(in_lines.size(), out_lines.size());
  for (size_t i = 0; i < in_lines.size(); i += 7) {
    if (in_lines[i] == "not json") continue;  // alone it would be line 1
    CliRun alone = Wenshu("redact --threads 1", in_lines[i] + "\n");
    EXPECT_EQ(alone.out, out_lines[i] + "\n") << "line " << i + 1;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Wenshu("redact --bogus", "").exit_code, 2);
  EXPECT_EQ(Wenshu("redact --threads 0", "").exit_code, 2);
  EXPECT_EQ(Wenshu("redact --max-case-families 0", "").exit_code, 2);
  EXPECT_EQ(Wenshu("frobnicate", "").exit_code, 2);
  CliRun help = Wenshu("redact --help", "");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: wenshu redact"), std::string::npos);
}

TEST(Cli, TextFilesArePublishedOrHeldWithExitThree) {
  const std::string good = TempPath("good.txt");
  const std::string bad = TempPath("bad.txt");
  WriteFile(good, "民事判决书\n联系电话：13812345678。本院认为。");
  WriteFile(bad, std::string("\xFF\xFF\xFF\xFF", 4));
  CliRun ok = Wenshu("redact " + good, "");
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out, "民事判决书\n本院认为。");
  CliRun held = Wenshu("redact " + good + " " + bad, "");
  EXPECT_EQ(held.exit_code, 3);
  EXPECT_NE(held.err.find("held"), std::string::npos);
}

constexpr char kLoanJudgment[] =
    "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n"
    "原告：张立新，男，1980年1月1日出生，住北京市朝阳区。\n"
    "被告：王海涛，男，1985年3月12日出生，住北京市海淀区。\n"
    "原告张立新与被告王海涛民间借贷纠纷一案，本院于2023年1月1日立案。\n"
    "被告向原告借款10000元，约定使用配方A-17的收益还款。\n"
    "本院认为，被告应当还款。判决如下：\n被告王海涛偿还原告借款10000元。\n"
    "审判员　王丽\n二〇二三年六月一日\n书记员　赵敏\n";

std::string LoanLine(const std::string& meta) {
  std::string line;
  JsonWriter(&line)
      .BeginObject()
      .Key("id")
      .String("loan")
      .Key("text")
      .String(kLoanJudgment)
      .EndObject();
  if (!meta.empty()) line.insert(line.size() - 1, ",\"meta\":" + meta);
  return line + "\n";
}

TEST(Cli, PartyRequestsHoldThenApplyInLaterRuns) {
  const std::string db = TempPath("requests.sqlite");
  std::remove(db.c_str());
  const std::string in = LoanLine("");
  CliRun add =
      Wenshu("request add --db " + db +
                 " --case （2023）京0105民初12345号 --requester 王海涛"
                 " --kind redaction --term 配方A-17 --justification 商业秘密",
             "");
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(add.out, "1\n");
  // Pending: held until decided.
  JsonObject pending = Record(Wenshu("redact --requests " + db, in).out);
  EXPECT_EQ(pending.GetString("status").value(), "held");
  EXPECT_NE(pending.GetString("error").value().find("pending (request 1)"),
            std::string::npos);
  ASSERT_EQ(
      Wenshu("request decide 1 --grant --by 王法官 --db " + db, "").exit_code,
      0);
  const std::string text = Record(Wenshu("redact --requests " + db, in).out)
                               .GetString("text")
                               .value();
  EXPECT_EQ(text.find("配方A-17"), std::string::npos) << text;
  EXPECT_NE(text.find("约定使用×××-××的收益还款"), std::string::npos) << text;
  // A granted non-publication request withholds the case, with its stub.
  ASSERT_EQ(Wenshu("request add --db " + db +
                       " --case '(2023)京0105民初12345号' --requester 张立新"
                       " --kind non_publication --justification 隐私",
                   "")
                .exit_code,
            0);
  ASSERT_EQ(
      Wenshu("request decide 2 --grant --by 王法官 --db " + db, "").exit_code,
      0);
  JsonObject withheld = Record(Wenshu("redact --requests " + db, in).out);
  EXPECT_EQ(withheld.GetString("status").value(), "withheld");
  EXPECT_EQ(withheld.GetStringArray("grounds").value(),
            std::vector<std::string>{"party_request"});
  EXPECT_EQ(withheld.GetObject("stub").value().GetString("case_number").value(),
            "(2023)京0105民初12345号");
  EXPECT_EQ(
      Wenshu("redact --requests " + TempPath("none.sqlite"), in).exit_code, 2);
}

TEST(Cli, ACourtPolicyFileIsLaidOverTheDefaultsAndChecked) {
  const std::string good = TempPath("court-policy.json");
  WriteFile(good,
            "{\"version\": \"court-x-1\", \"people\": {\"pseudonym_style\": "
            "\"single\"}}");
  JsonObject rec = Record(Wenshu("redact --policy " + good, LoanLine("")).out);
  EXPECT_EQ(rec.GetString("policy").value(), "court-x-1");
  EXPECT_EQ(rec.GetString("policy_sha256").value().size(), 64u);
  const std::string bad = TempPath("bad-policy.json");
  WriteFile(bad, "{\n  \"publication\": {\n    \"adult_age\": 0\n  }\n}\n");
  CliRun r = Wenshu("redact --policy " + bad, LoanLine(""));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(bad + ":3: publication.adult_age"), std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, CheckPrintsDecisionsAndOverdueDocuments) {
  const std::string in =
      LoanLine("{\"effective_date\": \"2024-09-27\"}") + LoanLine("");
  CliRun table = Wenshu("check", in);
  EXPECT_EQ(table.exit_code, 0) << table.err;
  const std::vector<std::string> rows = Lines(table.out);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].rfind("line\tid\tstatus", 0), 0u);
  // National Day 2024: seven working days after 27 September is 12 October,
  // a make-up working Saturday.
  EXPECT_NE(rows[1].find("\t2024-10-12\t"), std::string::npos) << rows[1];
  EXPECT_EQ(table.out.find("配方"), std::string::npos);
  CliRun overdue = Wenshu("check --overdue --as-of 2024-10-20", in);
  const std::vector<std::string> late = Lines(overdue.out);
  ASSERT_EQ(late.size(), 2u);
  EXPECT_NE(late[1].find("\t2024-10-12\t8\t"), std::string::npos) << late[1];
  EXPECT_EQ(Lines(Wenshu("check --overdue --as-of 2024-10-12", in).out).size(),
            1u);
  EXPECT_EQ(Wenshu("check --as-of 2024-10-12", in).exit_code, 2);
}

TEST(Cli, ADueDateBeyondTheHolidayCalendarSaysSo) {
  // Spring Festival 2026 is in the built-in calendar: seven working days
  // after Friday 13 February 2026 (14 and 28 February are make-up working
  // Saturdays) end on Monday 2 March.
  JsonObject covered = Record(
      Wenshu("redact", LoanLine("{\"effective_date\": \"2026-02-13\"}")).out);
  EXPECT_EQ(covered.GetString("due_date").value(), "2026-03-02");
  EXPECT_EQ(covered.TypeOf("due_note"), JsonType::kMissing);
  // A year no notice covers yet: weekends only, and the record says so.
  JsonObject beyond = Record(
      Wenshu("redact", LoanLine("{\"effective_date\": \"2099-03-02\"}")).out);
  EXPECT_EQ(beyond.GetString("due_date").value(), "2099-03-11");
  const std::string note = beyond.GetString("due_note").value();
  EXPECT_NE(note.find("has no holidays for 2099"), std::string::npos) << note;
  EXPECT_NE(note.find("chinese-days"), std::string::npos) << note;
  // The triage table carries the note among the reasons.
  const std::vector<std::string> rows = Lines(
      Wenshu("check", LoanLine("{\"effective_date\": \"2099-03-02\"}")).out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[1].find("\t2099-03-11\t"), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find("due_date (the holiday calendar"), std::string::npos)
      << rows[1];
}

TEST(Cli, TheDecisionCorpusGivesItsExpectedReport) {
  const std::string dir =
      std::string(WENSHU_SOURCE_DIR) + "/corpora/decisions/";
  CliRun r = Wenshu("check", ReadFile(dir + "input.jsonl"));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, ReadFile(dir + "expected-check.tsv"));
  // The state-secret document's record shows no stub.
  const std::vector<std::string> records =
      Lines(Wenshu("redact", ReadFile(dir + "input.jsonl")).out);
  ASSERT_EQ(records.size(), 17u);
  EXPECT_EQ(records[8].find("\"stub\""), std::string::npos) << records[8];
  EXPECT_NE(records[1].find("\"stub\""), std::string::npos) << records[1];
}

TEST(Cli, OutDirectoryGetsPublicTextsAndAnAudit) {
  const std::string dir = TempPath("outdir");
  const std::string file = TempPath("doc.txt");
  WriteFile(file, "民事判决书\n原告住址不详，电话13812345678，本院认为。");
  CliRun r = Wenshu("redact --out " + dir + " " + file, "");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(ReadFile(dir + "/" + file.substr(file.rfind('/') + 1)),
            "民事判决书\n原告住址不详，本院认为。");
  const std::string audit = ReadFile(dir + "/audit.jsonl");
  EXPECT_NE(audit.find("\"status\":\"published\""), std::string::npos);
  EXPECT_EQ(audit.find("13812345678"), std::string::npos);
  EXPECT_EQ(audit.find("\"text\""), std::string::npos);
}

}  // namespace
}  // namespace wenshu

namespace wenshu {
namespace {

// A criminal judgment and, later in the stream, the civil judgment of the
// same case: the victim stays anonymized there, with the same pseudonym,
// whatever the thread count, even when the two are processed at the same
// time on different threads. Padding puts each document in its own batch.
TEST(Cli, ACaseFamilySharesPseudonymsAcrossTheStream) {
  std::string padding;
  for (int i = 0; i < 3000; ++i) padding += "本院依法组成合议庭进行了审理。";
  const std::string criminal =
      "北京市朝阳区人民法院 刑事判决书 （2023）京0105刑初123号 "
      "公诉机关北京市朝阳区人民检察院。 被告人孙大勇，男，1990年2月2日出生。 "
      "北京市朝阳区人民检察院指控被告人孙大勇犯盗窃罪，于2023年3月1日向本院提起"
      "公诉。 " +
      padding +
      " 经审理查明，被告人孙大勇窃得被害人王丽华、王小红的手机。"
      "判决如下：被告人孙大勇犯盗窃罪。 审判员 李明 二〇二三年六月一日 书记员 "
      "赵敏";
  const std::string civil =
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初999号 "
      "原告：王小红，女，1985年1月1日出生。 "
      "被告：孙大勇，男，1990年2月2日出生。 "
      "原告王小红与被告孙大勇财产损害赔偿纠纷一案，本院立案。 " +
      padding +
      " 本院（2023）京0105刑初123号刑事判决认定孙大勇窃得王小红的手机。"
      "判决如下：被告孙大勇赔偿原告王小红500元。 审判员 李明 "
      "二〇二三年七月一日 书记员 赵敏";
  std::string input = Doc("criminal", criminal);
  for (int i = 0; i < 6; ++i)
    input += Doc("other-" + std::to_string(i), kJudgment + padding);
  input += Doc("civil", civil);
  CliRun one = Wenshu("redact --threads 1", input);
  CliRun four = Wenshu("redact --threads 4 --max-inflight-mb 1", input);
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, four.out);
  const std::vector<std::string> lines = Lines(one.out);
  ASSERT_EQ(lines.size(), 8u);
  const std::string first = Record(lines[0]).GetString("text").value();
  const std::string last = Record(lines[7]).GetString("text").value();
  EXPECT_NE(first.find("被害人王某某1、王某某2的手机"), std::string::npos);
  EXPECT_NE(last.find("原告：王某某2，"), std::string::npos)
      << last.substr(0, 300);
  EXPECT_EQ(last.find("王小红"), std::string::npos);
  EXPECT_NE(last.find("被告：孙大勇"), std::string::npos);
  // Alone, the civil judgment keeps the plaintiff's name.
  CliRun alone = Wenshu("redact", Doc("civil", civil));
  EXPECT_NE(Record(Lines(alone.out)[0])
                .GetString("text")
                .value()
                .find("原告：王小红"),
            std::string::npos);
}

TEST(Cli, PseudonymsInLatinScript) {
  const std::string text =
      "北京市朝阳区人民法院 刑事判决书 （2023）京0105刑初124号 "
      "公诉机关北京市朝阳区人民检察院。 被告人孙大勇，男。 "
      "经审理查明，被告人孙大勇窃得被害人欧阳明华的手机。判决如下：被告人孙大勇"
      "犯盗窃罪。"
      " 审判员 李明 二〇二三年六月一日 书记员 赵敏";
  CliRun r = Wenshu("redact --pseudonyms latin", Doc("a", text));
  EXPECT_NE(Record(Lines(r.out)[0])
                .GetString("text")
                .value()
                .find("被害人Ouyang XX的手机"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Wenshu("redact --pseudonyms klingon", "").exit_code, 2);
}

}  // namespace
}  // namespace wenshu
