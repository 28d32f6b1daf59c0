#include "tests/pipeline/cli_harness.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace testing_support {
namespace {

TEST(CliHarness, LinesDropBreaksAndKeepAnUnendedLast) {
  EXPECT_EQ(Lines(""), std::vector<std::string>{});
  EXPECT_EQ(Lines("a\n\nb"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(Lines("a\n"), std::vector<std::string>{"a"});
}

TEST(CliHarness, TempPathsAreUniquePerTestAndName) {
  const std::string path = TempPath("wenshu_harness_", "x");
  EXPECT_EQ(path, ::testing::TempDir() + "/wenshu_harness_" +
                      std::to_string(getpid()) +
                      "_TempPathsAreUniquePerTestAndName_x");
  EXPECT_NE(TempPath("wenshu_harness_", "y"), path);
  WriteFile(path, "bytes\n");
  EXPECT_TRUE(Exists(path));
  EXPECT_EQ(ReadFile(path), "bytes\n");
  // A register path starts empty.
  EXPECT_EQ(TempRegisterPath("wenshu_harness_", "x"), path);
  EXPECT_FALSE(Exists(path));
  EXPECT_EQ(ReadFile(path), "");
}

TEST(CliHarness, DocLineWithAndWithoutDocumentType) {
  EXPECT_EQ(DocLine("a", "正文"), "{\"id\":\"a\",\"text\":\"正文\"}\n");
  EXPECT_EQ(DocLine("a", "x", "民事判决书"),
            "{\"id\":\"a\",\"text\":\"x\",\"meta\":{\"doc_type\":"
            "\"民事判决书\"}}\n");
  EXPECT_EQ(Field(Record("{\"k\":\"v\"}"), "k"), "v");
  EXPECT_EQ(Field(Record("{}"), "k").front(), '(');
}

TEST(CliHarness, RunsTheBinaryAndCapturesItsStreams) {
  const CliRun version = RunWenshu("wenshu_harness_", "--version", "");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("wenshu 0.1.0 (policy ", 0), 0u);
  EXPECT_EQ(version.err, "");
  const std::string input = TempPath("wenshu_harness_", "input.jsonl");
  WriteFile(input, "{\"id\":1,\"text\":\"原告王小红诉称\"}\nx\n");
  const CliRun names = RunWenshuOn("wenshu_harness_", "names", input);
  EXPECT_EQ(names.exit_code, 1);
  EXPECT_EQ(names.out, "{\"id\":1,\"persons\":[[6,15]]}\n");
  EXPECT_EQ(names.err.rfind("wenshu: line 2: malformed JSON", 0), 0u);
}

TEST(CliHarness, RunsAFunctionInProcessOnItsOwnStreams) {
  const CliRun r = RunInProcess(
      [](std::istream& in, std::ostream& out, std::ostream& err) {
        std::string word;
        in >> word;
        out << word << "!";
        err << "said";
        return 4;
      },
      "hello world");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "hello!");
  EXPECT_EQ(r.err, "said");
}

}  // namespace
}  // namespace testing_support
}  // namespace wenshu
