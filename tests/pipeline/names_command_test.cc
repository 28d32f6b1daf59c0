#include "pipeline/names_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using NamesRun = testing_support::CliRun;

NamesRun Names(const std::vector<std::string>& args, const std::string& in) {
  return testing_support::RunInProcess(
      [&](std::istream& input, std::ostream& out, std::ostream& err) {
        return RunNamesCommand(args, input, out, err);
      },
      in);
}

TEST(NamesCommand, PersonsAsByteOffsetsWithTheIdAsGiven) {
  const NamesRun r = Names(
      {},
      "{\"id\":\"s1\",\"text\":\"被害人王小红的手机被盗，其丈夫李明报警。\"}\n"
      "{\"text\":\"原告张立新与被告王海涛借贷纠纷。\"}\n"
      "{\"id\":7,\"text\":\"无人名。\"}");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out,
            "{\"id\":\"s1\",\"persons\":[[9,18],[45,51]]}\n"
            "{\"persons\":[[6,15],[24,33]]}\n"
            "{\"id\":7,\"persons\":[]}\n");
  EXPECT_EQ(r.err, "");
}

TEST(NamesCommand, StopsAtTheFirstLineWithoutText) {
  const NamesRun r = Names({},
                           "{\"id\":1,\"text\":\"原告王小红诉称\"}\n"
                           "not json\n"
                           "{\"id\":3,\"text\":\"原告王小红诉称\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "{\"id\":1,\"persons\":[[6,15]]}\n");
  EXPECT_EQ(r.err,
            "wenshu: line 2: malformed JSON: expected 'u' instead of byte "
            "'o'\n");
}

TEST(NamesCommand, EmptyInputWritesNothing) {
  const NamesRun r = Names({}, "");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
}

TEST(NamesCommand, HelpAndArguments) {
  const NamesRun help = Names({"--help"}, "");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.rfind("usage: wenshu names < sentences.jsonl\n", 0), 0u);
  EXPECT_EQ(Names({"-h"}, "").out, help.out);
  const NamesRun extra = Names({"file.jsonl"}, "");
  EXPECT_EQ(extra.exit_code, 2);
  EXPECT_EQ(extra.out, "");
  EXPECT_EQ(extra.err,
            "wenshu: names takes no arguments; it reads standard input\n"
            "Try 'wenshu --help'.\n");
}

}  // namespace
}  // namespace wenshu
