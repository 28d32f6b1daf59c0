#include "pipeline/check_command.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "pipeline/cli_options.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::CliRun;
using testing_support::Lines;

// `wenshu check --no-progress ARGS < input` in this process.
CliRun Check(std::vector<std::string> args, const std::string& input) {
  args.insert(args.begin(), "--no-progress");
  return testing_support::RunInProcess(
      [&](std::istream& in, std::ostream& out, std::ostream&) {
        return RunCheckCommand(args, in, out);
      },
      input);
}

std::string Judgment(const std::string& id, const std::string& meta) {
  std::string line = testing_support::DocLine(
      id,
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "原告：张立新。 被告：王海涛。 本院认为，被告应当还款。判决如下：被告"
      "偿还原告借款。 审判员 王丽 二〇二三年六月一日 书记员 赵敏");
  if (!meta.empty()) line.insert(line.size() - 2, ",\"meta\":" + meta);
  return line;
}

const std::string kInput =
    Judgment("due", "{\"effective_date\": \"2024-09-27\"}") +
    Judgment("undated", "") + "not json\n";

TEST(CheckCommand, ATableRowPerLineAfterTheHeader) {
  const CliRun r = Check({}, kInput);
  EXPECT_EQ(r.exit_code, 0);
  const std::vector<std::string> rows = Lines(r.out);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].rfind("line\tid\tstatus", 0), 0u);
  EXPECT_EQ(rows[1].rfind("1\tdue\tpublished\t", 0), 0u) << rows[1];
  // Seven working days after 27 September 2024, National Day between.
  EXPECT_NE(rows[1].find("\t2024-10-12\t"), std::string::npos) << rows[1];
  EXPECT_EQ(rows[2].rfind("2\tundated\tpublished\t", 0), 0u) << rows[2];
  EXPECT_EQ(rows[3].rfind("3\t\theld\t", 0), 0u) << rows[3];
  EXPECT_EQ(r.out.find("张立新"), std::string::npos);
}

TEST(CheckCommand, OverdueKeepsOnlyTheLateOnes) {
  const std::vector<std::string> late =
      Lines(Check({"--overdue", "--as-of", "2024-10-20"}, kInput).out);
  ASSERT_EQ(late.size(), 2u);
  EXPECT_NE(late[1].find("\t2024-10-12\t8\t"), std::string::npos) << late[1];
  EXPECT_EQ(Lines(Check({"--overdue", "--as-of=2024-10-12"}, kInput).out),
            std::vector<std::string>{late[0]});
}

TEST(CheckCommand, JsonLinesWithoutTheText) {
  const CliRun all = Check({"--format", "jsonl"}, kInput);
  EXPECT_EQ(all.exit_code, 0);
  const std::vector<std::string> records = Lines(all.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(testing_support::Field(testing_support::Record(records[0]), "id"),
            "due");
  EXPECT_EQ(testing_support::Record(records[0]).TypeOf("text"),
            JsonType::kMissing);
  const std::vector<std::string> late = Lines(
      Check({"--format", "jsonl", "--overdue", "--as-of", "2024-10-20"}, kInput)
          .out);
  EXPECT_EQ(late, std::vector<std::string>{records[0]});
}

TEST(CheckCommand, HelpAndUsageErrors) {
  const CliRun help = Check({"--help"}, "");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out, kWenshuUsage);
  EXPECT_EQ(Check({"--as-of", "2024-10-12"}, kInput).exit_code, 2);
  const CliRun files = Check({"input.jsonl"}, "");
  EXPECT_EQ(files.exit_code, 2);
  EXPECT_EQ(files.out, "");
}

}  // namespace
}  // namespace wenshu
