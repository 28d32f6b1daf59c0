// End to end: `wenshu redact --registry-key` remembers across runs whom a
// case family protected (issue 21, finding 9: a civil judgment redacted on
// its own named the victim the criminal judgment it cites anonymized).
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "core/json.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::CliRun;
using testing_support::DocLine;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::Record;
using testing_support::RunWenshu;
using testing_support::TempPath;
using testing_support::TempRegisterPath;
using testing_support::WriteFile;

const std::string kRobbery =
    std::string(WENSHU_SOURCE_DIR) + "/corpora/families/robbery/";

// A key file of `fill` bytes (32 unless `size` says otherwise).
std::string KeyFile(const std::string& name, char fill, size_t size = 32) {
  const std::string path = TempPath("regkey", name);
  WriteFile(path, std::string(size, fill));
  return path;
}

CliRun Redact(const std::string& args) {
  unsetenv("WENSHU_REGISTRY_KEY");
  return RunWenshu("registry", "redact --threads 1 " + args, "");
}

// The bytes SQLite keeps for `db`: the file and its write-ahead log.
std::string DatabaseBytes(const std::string& db) {
  return ReadFile(db) + ReadFile(db + "-wal");
}

TEST(FamilyRegistryCli, CivilJudgmentAloneProtectsTheVictimOfTheCriminalOne) {
  const std::string db = TempRegisterPath("registry", "db");
  const std::string key = KeyFile("key", 'k');
  const std::string with = "--requests " + db + " --registry-key " + key + " ";
  CliRun first = Redact(with + kRobbery + "1-criminal-first.txt");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out,
            ReadFile(kRobbery + "1-criminal-first.family.expected.txt"));
  // Another run, the civil judgment alone: 王磊 is 王某1 and his colleague
  // 王强 王某2, as the criminal judgment decided.
  CliRun civil = Redact(with + kRobbery + "3-civil-tort.txt");
  ASSERT_EQ(civil.exit_code, 0) << civil.err;
  EXPECT_EQ(civil.out, ReadFile(kRobbery + "3-civil-tort.family.expected.txt"));
  EXPECT_EQ(civil.out.find("王磊"), std::string::npos);
  // The database holds no name, whole or in part.
  const std::string bytes = DatabaseBytes(db);
  ASSERT_FALSE(bytes.empty());
  for (const char* name : {"王磊", "王强", "磊"})
    EXPECT_EQ(bytes.find(name), std::string::npos) << name;
}

TEST(FamilyRegistryCli, EachDocumentInItsOwnRunEqualsTheFamilyRunTogether) {
  const std::string db = TempRegisterPath("registry", "db");
  const std::string with =
      "--requests " + db + " --registry-key " + KeyFile("key", 'k') + " ";
  for (const char* stem :
       {"1-criminal-first", "2-criminal-appeal", "3-civil-tort"}) {
    CliRun run = Redact(with + kRobbery + stem + ".txt");
    ASSERT_EQ(run.exit_code, 0) << stem << ": " << run.err;
    EXPECT_EQ(run.out, ReadFile(kRobbery + stem + ".family.expected.txt"))
        << stem;
  }
}

TEST(FamilyRegistryCli, WithoutTheRegistryTheCivilJudgmentNamesTheVictim) {
  // What finding 9 saw, kept as the behaviour of --no-family-registry and
  // of a fresh registry: nothing is known about the family.
  const std::string db = TempRegisterPath("registry", "db");
  CliRun civil =
      Redact("--requests " + db + " --registry-key " + KeyFile("key", 'k') +
             " " + kRobbery + "3-civil-tort.txt");
  ASSERT_EQ(civil.exit_code, 0) << civil.err;
  EXPECT_EQ(civil.out, ReadFile(kRobbery + "3-civil-tort.alone.expected.txt"));
}

TEST(FamilyRegistryCli, AnotherKeyMatchesNothingAndSaysNothingOfTheNames) {
  const std::string db = TempRegisterPath("registry", "db");
  ASSERT_EQ(
      Redact("--requests " + db + " --registry-key " + KeyFile("key", 'k') +
             " " + kRobbery + "1-criminal-first.txt")
          .exit_code,
      0);
  // The documented behaviour: hashes made under one key are not found
  // under another, so the document is redacted as if alone.
  CliRun civil =
      Redact("--requests " + db + " --registry-key " + KeyFile("other", 'o') +
             " " + kRobbery + "3-civil-tort.txt");
  ASSERT_EQ(civil.exit_code, 0) << civil.err;
  EXPECT_EQ(civil.out, ReadFile(kRobbery + "3-civil-tort.alone.expected.txt"));
}

TEST(FamilyRegistryCli, ARetiredKeyIsMatchedWhileTheNewOneIsWritten) {
  const std::string db = TempRegisterPath("registry", "db");
  const std::string old_key = KeyFile("old", 'k');
  const std::string new_key = KeyFile("new", 'n');
  ASSERT_EQ(Redact("--requests " + db + " --registry-key " + old_key + " " +
                   kRobbery + "1-criminal-first.txt")
                .exit_code,
            0);
  CliRun appeal = Redact("--requests " + db + " --registry-key " + new_key +
                         " --registry-old-key " + old_key + " " + kRobbery +
                         "2-criminal-appeal.txt");
  ASSERT_EQ(appeal.exit_code, 0) << appeal.err;
  EXPECT_EQ(appeal.out,
            ReadFile(kRobbery + "2-criminal-appeal.family.expected.txt"));
  // The appeal's run recorded the family under the new key: the civil
  // judgment finds it with the new key alone.
  CliRun civil = Redact("--requests " + db + " --registry-key " + new_key +
                        " " + kRobbery + "3-civil-tort.txt");
  ASSERT_EQ(civil.exit_code, 0) << civil.err;
  EXPECT_EQ(civil.out, ReadFile(kRobbery + "3-civil-tort.family.expected.txt"));
}

TEST(FamilyRegistryCli, TheKeyCanComeFromTheEnvironment) {
  const std::string db = TempRegisterPath("registry", "db");
  const std::string key = KeyFile("key", 'k');
  setenv("WENSHU_REGISTRY_KEY", key.c_str(), 1);
  CliRun first = RunWenshu(
      "registry",
      "redact --requests " + db + " " + kRobbery + "1-criminal-first.txt", "");
  CliRun civil = RunWenshu(
      "registry",
      "redact --requests " + db + " " + kRobbery + "3-civil-tort.txt", "");
  unsetenv("WENSHU_REGISTRY_KEY");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(civil.exit_code, 0) << civil.err;
  EXPECT_EQ(civil.out, ReadFile(kRobbery + "3-civil-tort.family.expected.txt"));
}

struct BadKey {
  const char* name;
  std::string (*make)();
  const char* message_part;
};

class FamilyRegistryCliBadKey : public ::testing::TestWithParam<BadKey> {};

TEST_P(FamilyRegistryCliBadKey, StopsAtStartWithExitTwo) {
  const std::string db = TempRegisterPath("registry", "db");
  CliRun run =
      Redact("--requests " + db + " --registry-key " + GetParam().make() + " " +
             kRobbery + "1-criminal-first.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find(GetParam().message_part), std::string::npos)
      << run.err;
}

INSTANTIATE_TEST_SUITE_P(
    Keys, FamilyRegistryCliBadKey,
    ::testing::Values(
        BadKey{"TooShort", [] { return KeyFile("short", 'k', 31); },
               "holds 31 bytes, fewer than 32"},
        BadKey{"Empty", [] { return KeyFile("empty", 'k', 0); },
               "holds 0 bytes"},
        BadKey{"Missing", [] { return TempPath("regkey", "nowhere/key.bin"); },
               "cannot read registry key"},
        BadKey{"ADirectory", [] { return ::testing::TempDir(); },
               "not a regular file"}),
    [](const ::testing::TestParamInfo<BadKey>& info) {
      return std::string(info.param.name);
    });

TEST(FamilyRegistryCli, ADatabaseHoldingARegistryIsRefusedWithoutItsKey) {
  const std::string db = TempRegisterPath("registry", "db");
  ASSERT_EQ(
      Redact("--requests " + db + " --registry-key " + KeyFile("key", 'k') +
             " " + kRobbery + "1-criminal-first.txt")
          .exit_code,
      0);
  CliRun refused =
      Redact("--requests " + db + " " + kRobbery + "3-civil-tort.txt");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(refused.out.empty());
  EXPECT_NE(refused.err.find("holds a case-family registry (2 protected "
                             "persons of earlier runs)"),
            std::string::npos)
      << refused.err;
  // Said so explicitly, the run goes on without it.
  CliRun without = Redact("--requests " + db + " --no-family-registry " +
                          kRobbery + "3-civil-tort.txt");
  EXPECT_EQ(without.exit_code, 0) << without.err;
  EXPECT_EQ(without.out,
            ReadFile(kRobbery + "3-civil-tort.alone.expected.txt"));
}

TEST(FamilyRegistryCli, RegistryOptionsThatDoNotGoTogetherAreUsageErrors) {
  const std::string db = TempRegisterPath("registry", "db");
  const std::string key = KeyFile("key", 'k');
  EXPECT_EQ(Redact("--requests " + db + " --registry-old-key " + key + " " +
                   kRobbery + "3-civil-tort.txt")
                .exit_code,
            2);
  EXPECT_EQ(Redact("--no-family-registry --registry-key " + key + " " +
                   kRobbery + "3-civil-tort.txt")
                .exit_code,
            2);
  EXPECT_EQ(
      Redact("--requests " + db + " --registry-key " + key +
             " --registry-old-key " + key + " " + kRobbery + "3-civil-tort.txt")
          .exit_code,
      2);
  // check never uses the registry.
  unsetenv("WENSHU_REGISTRY_KEY");
  EXPECT_EQ(RunWenshu("registry", "check --registry-key " + key, "").exit_code,
            2);
}

// The robbery family `i` times over, each copy its own family: the case
// numbers get other serial numbers.
std::string Renumbered(std::string text, int i) {
  const std::vector<std::pair<std::string, int>> numbers = {
      {"刑初318号", 318}, {"刑终486号", 486}, {"民初1056号", 1056}};
  for (const auto& [from, n] : numbers) {
    const std::string kind =
        from.substr(0, from.size() - std::to_string(n).size() - 3);
    const std::string to = kind + std::to_string(n + 1000 * i) + "号";
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  }
  return text;
}

TEST(FamilyRegistryCli, OneThreadAndTwoWriteTheSameBytes) {
  const std::string key = KeyFile("key", 'k');
  const std::string criminal = ReadFile(kRobbery + "1-criminal-first.txt");
  const std::string civil = ReadFile(kRobbery + "3-civil-tort.txt");
  const std::string loan = ReadFile(std::string(WENSHU_SOURCE_DIR) +
                                    "/corpora/samples/01-civil-loan-first.txt");
  // Over 1 MB a day, so that several batches (256 KB) are in flight at
  // once and a family's later document is read while its first one is
  // still being processed on the other thread.
  std::string day1, day2;
  for (int i = 0; i < 12; ++i) {
    const std::string n = std::to_string(i);
    day1 += DocLine("criminal-" + n, Renumbered(criminal, i));
    for (int k = 0; k < 25; ++k)
      day1 += DocLine("loan-" + n + "-" + std::to_string(k), loan);
    // Some families continue within the first day too.
    if (i % 3 == 1) {
      day1 += DocLine("civil-early-" + n, Renumbered(civil, i - 1));
      day1 += DocLine("civil-same-" + n, Renumbered(civil, i));
    }
    day2 += DocLine("civil-" + n, Renumbered(civil, i));
    for (int k = 0; k < 25; ++k)
      day2 += DocLine("loan-" + n + "-" + std::to_string(k), loan);
  }
  ASSERT_GT(day1.size(), 1u << 20);
  const std::string db1 = TempRegisterPath("registry", "one");
  const std::string db2 = TempRegisterPath("registry", "two");
  auto run = [&](const std::string& db, const std::string& threads,
                 const std::string& input) {
    unsetenv("WENSHU_REGISTRY_KEY");
    return RunWenshu("registry",
                     "redact --threads " + threads +
                         " --max-inflight-mb 1 --requests " + db +
                         " --registry-key " + key,
                     input);
  };
  for (const std::string* day : {&day1, &day2}) {
    CliRun one = run(db1, "1", *day);
    CliRun two = run(db2, "2", *day);
    ASSERT_EQ(one.exit_code, 0) << one.err;
    ASSERT_EQ(two.exit_code, 0) << two.err;
    EXPECT_EQ(one.out, two.out);
    const std::vector<std::string> lines = Lines(one.out);
    EXPECT_EQ(lines.size(), Lines(*day).size());
    for (const std::string& line : lines) {
      const JsonObject record = Record(line);
      EXPECT_EQ(record.GetString("status").value(), "published") << line;
      EXPECT_EQ(line.find("王磊"), std::string::npos)
          << record.GetString("id").value();
    }
  }
}

}  // namespace
}  // namespace wenshu
