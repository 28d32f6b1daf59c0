#include "pipeline/redact_command.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include <sstream>
#include <string>
#include <vector>

#include "pipeline/cli_options.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

namespace support = testing_support;
using support::CliRun;

std::string TempPath(const std::string& name) {
  return support::TempPath("wenshu_redact_cmd_", name);
}

// `wenshu redact --no-progress ARGS < input` in this process (its messages
// go to standard error).
CliRun Redact(std::vector<std::string> args, const std::string& input) {
  args.insert(args.begin(), "--no-progress");
  return support::RunInProcess(
      [&](std::istream& in, std::ostream& out, std::ostream&) {
        return RunRedactCommand(args, in, out);
      },
      input);
}

constexpr char kText[] = "民事判决书\n联系电话：13812345678。本院认为。";
constexpr char kPublicText[] = "民事判决书\n本院认为。";

TEST(RedactCommand, JsonLinesInJsonLinesOut) {
  const CliRun r = Redact({"--threads", "2"},
                          support::DocLine("a", kText) + "{\"id\":\"b\"}\n");
  EXPECT_EQ(r.exit_code, 0);
  const std::vector<std::string> lines = support::Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(support::Field(support::Record(lines[0]), "text"), kPublicText);
  EXPECT_EQ(support::Field(support::Record(lines[1]), "status"), "held");
}

TEST(RedactCommand, OneTextOnStandardInput) {
  const CliRun ok = Redact({"--in-format", "text"}, kText);
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out, kPublicText);
  // Neither UTF-8, UTF-16 nor GB18030: held, exit 3, nothing written.
  const CliRun held =
      Redact({"--in-format=text"}, std::string("\xFF\xFF\xFF\xFF", 4));
  EXPECT_EQ(held.exit_code, 3);
  EXPECT_EQ(held.out, "");
}

TEST(RedactCommand, FilesOnStandardOutputOneLineBreakApart) {
  const std::string first = TempPath("first.txt");
  const std::string second = TempPath("second.txt");
  support::WriteFile(first, kText);
  support::WriteFile(second, "民事判决书\n本院认为，原告的请求成立。\n");
  const CliRun both = Redact({first, second}, "");
  EXPECT_EQ(both.exit_code, 0);
  EXPECT_EQ(both.out, std::string(kPublicText) +
                          "\n民事判决书\n本院认为，原告的请求成立。\n");
  // One file alone gets no line break added.
  EXPECT_EQ(Redact({first}, "").out, kPublicText);
  // A file that cannot be read is held; the others are published.
  const CliRun held = Redact({TempPath("missing.txt"), first}, "");
  EXPECT_EQ(held.exit_code, 3);
  EXPECT_EQ(held.out, std::string(kPublicText) + "\n");
}

TEST(RedactCommand, OutDirectoryGetsTheTextsAndTheAudit) {
  const std::string dir = TempPath("out");
  const std::string file = TempPath("doc.txt");
  support::WriteFile(file, kText);
  const CliRun r = Redact({"--out", dir, file, TempPath("missing.txt")}, "");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(support::ReadFile(dir + "/" + file.substr(file.rfind('/') + 1)),
            kPublicText);
  const std::vector<std::string> audit =
      support::Lines(support::ReadFile(dir + "/audit.jsonl"));
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(support::Field(support::Record(audit[0]), "status"), "published");
  EXPECT_EQ(support::Record(audit[0]).TypeOf("text"), JsonType::kMissing);
  EXPECT_EQ(support::Field(support::Record(audit[1]), "status"), "held");
  EXPECT_EQ(
      support::Field(support::Record(audit[1]), "error"),
      "cannot read " + TempPath("missing.txt") + ": No such file or directory");
}

// Output folders that never lie (issue 21, item 3).
TEST(RedactCommand, APublicTextOfAnEarlierRunIsTakenDownWhenNoLongerPublished) {
  const std::string dir = TempPath("takedown");
  const std::string file = TempPath("takedown.txt");
  const std::string public_file = dir + file.substr(file.rfind('/'));
  support::WriteFile(file, kText);
  ASSERT_EQ(Redact({"--out", dir, file}, "").exit_code, 0);
  ASSERT_EQ(support::ReadFile(public_file), kPublicText);
  // The same document, now one that cannot be published.
  support::WriteFile(file, std::string("\xFF\xFF\xFF\xFF", 4));
  EXPECT_EQ(Redact({"--out", dir, file}, "").exit_code, 3);
  struct stat st;
  EXPECT_NE(stat(public_file.c_str(), &st), 0) << "stale public text";
  EXPECT_NE(stat((public_file + ".part").c_str(), &st), 0);
  const std::vector<std::string> audit =
      support::Lines(support::ReadFile(dir + "/audit.jsonl"));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(support::Field(support::Record(audit[0]), "status"), "held");
  EXPECT_NE(stat((dir + "/audit.jsonl.part").c_str(), &st), 0);
}

TEST(RedactCommand, TwoInputsForOneOutputFileAreRefusedBeforeAnyWrite) {
  const std::string dir = TempPath("collide");
  const std::string a = TempPath("collide_a");
  const std::string b = TempPath("collide_b");
  mkdir(a.c_str(), 0755);
  mkdir(b.c_str(), 0755);
  support::WriteFile(a + "/j.txt", kText);
  support::WriteFile(b + "/j.txt", kText);
  EXPECT_EQ(Redact({"--out", dir, a + "/j.txt", b + "/j.txt"}, "").exit_code,
            2);
  struct stat st;
  EXPECT_NE(stat(dir.c_str(), &st), 0) << "nothing is written";
  // An input named like the run's own audit is refused too.
  support::WriteFile(a + "/audit.jsonl", kText);
  EXPECT_EQ(Redact({"--out", dir, a + "/audit.jsonl"}, "").exit_code, 2);
  EXPECT_NE(stat(dir.c_str(), &st), 0);
}

// kill -9 in the middle of a run over --out: no public file is ever half
// written or empty, an unfinished run has no audit.jsonl, and a rerun sets
// everything right (issue 21).
TEST(RedactCommand, AKilledRunLeavesNoHalfFileAndARerunSetsItRight) {
  const std::string in_dir = TempPath("killed_in");
  const std::string out_dir = TempPath("killed_out");
  mkdir(in_dir.c_str(), 0755);
  // Documents long enough that the run lasts about a second.
  std::string body;
  for (int i = 0; i < 300; ++i) body += "双方当事人对此均无异议。";
  const std::string text = kText + body;
  const std::string public_text = kPublicText + body;
  std::vector<std::string> files;
  for (int i = 0; i < 1500; ++i) {
    files.push_back(in_dir + "/d" + std::to_string(i) + ".txt");
    support::WriteFile(files.back(), text);
  }
  auto start = [&] {
    const pid_t pid = fork();
    if (pid == 0) {
      std::vector<char*> argv = {const_cast<char*>(WENSHU_BINARY),
                                 const_cast<char*>("redact"),
                                 const_cast<char*>("--no-progress"),
                                 const_cast<char*>("--out"),
                                 const_cast<char*>(out_dir.c_str())};
      for (std::string& f : files) argv.push_back(f.data());
      argv.push_back(nullptr);
      freopen("/dev/null", "w", stderr);
      execv(WENSHU_BINARY, argv.data());
      _exit(127);
    }
    return pid;
  };
  auto public_files = [&] {
    size_t published = 0;
    for (const std::string& f : files) {
      const std::string target = out_dir + f.substr(f.rfind('/'));
      struct stat st;
      if (stat(target.c_str(), &st) != 0) continue;
      EXPECT_EQ(support::ReadFile(target), public_text) << target;
      ++published;
    }
    return published;
  };
  auto clear_out = [&] {
    for (const std::string& f : files) {
      const std::string target = out_dir + f.substr(f.rfind('/'));
      std::remove(target.c_str());
      std::remove((target + ".part").c_str());
    }
    std::remove((out_dir + "/audit.jsonl").c_str());
    std::remove((out_dir + "/audit.jsonl.part").c_str());
  };
  auto run_to_end = [&] {
    const pid_t pid = start();
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
  };
  // How long a whole run takes here, so that the kills land inside one.
  const auto t0 = std::chrono::steady_clock::now();
  run_to_end();
  const auto whole_run = std::chrono::steady_clock::now() - t0;
  size_t interrupted = 0;  // kills that left a run half done
  for (const int sixth : {1, 2, 3, 4, 5}) {
    clear_out();
    const pid_t pid = start();
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(whole_run * sixth / 6);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    const size_t whole = public_files();  // every file there is whole
    if (whole > 0 && whole < files.size()) ++interrupted;
    struct stat st;
    if (stat((out_dir + "/audit.jsonl").c_str(), &st) == 0) {
      // Only a run that finished leaves its audit, and then a whole one.
      EXPECT_EQ(support::Lines(support::ReadFile(out_dir + "/audit.jsonl"))
                    .size(),
                files.size());
    }
  }
  // At least one kill came in the middle of the run (or the test tests
  // nothing).
  EXPECT_GE(interrupted, 1u);
  const int status = run_to_end();
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(public_files(), files.size());
  EXPECT_EQ(support::Lines(support::ReadFile(out_dir + "/audit.jsonl")).size(),
            files.size());
  for (const std::string& f : files) {
    struct stat st;
    const std::string part = out_dir + f.substr(f.rfind('/')) + ".part";
    EXPECT_NE(stat(part.c_str(), &st), 0) << part;
  }
}

TEST(RedactCommand, AnOutDirectoryThatCannotBeMadeIsExitOne) {
  const std::string file = TempPath("doc.txt");
  support::WriteFile(file, kText);
  const CliRun r = Redact({"--out", TempPath("no/such/dir"), file}, "");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
}

TEST(RedactCommand, ADirectoryIsReadAsTheFilesInIt) {
  const std::string dir = TempPath("a_directory");
  std::system(("rm -rf " + dir).c_str());
  mkdir(dir.c_str(), 0755);
  mkdir((dir + "/inner").c_str(), 0755);
  support::WriteFile(dir + "/inner/doc.txt", kText);
  const std::string file = TempPath("doc_beside.txt");
  support::WriteFile(file, kText);
  const CliRun r = Redact({file, dir}, "");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const CliRun one = Redact({file}, "");
  // Both public texts, each given a line break.
  EXPECT_EQ(r.out, one.out + "\n" + one.out + "\n");
}

TEST(RedactCommand, AnEmptyDirectoryIsAMistakeInTheCommand) {
  const std::string dir = TempPath("empty_directory");
  std::system(("rm -rf " + dir).c_str());
  mkdir(dir.c_str(), 0755);
  // Refused before anything is written: exit 2, no output.
  const CliRun r = Redact({dir}, "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

TEST(RedactCommand, HelpAndUsageErrors) {
  const CliRun help = Redact({"--help"}, "");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out, kWenshuUsage);
  const CliRun bad = Redact({"--threads", "0"}, "");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.out, "");
  EXPECT_EQ(Redact({"--policy", TempPath("none.json")}, "").exit_code, 2);
}

}  // namespace
}  // namespace wenshu
