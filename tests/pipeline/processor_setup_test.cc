#include "pipeline/processor_setup.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::WriteFile;

std::string TempPath(const std::string& name) {
  return testing_support::TempPath("wenshu_setup_", name);
}

constexpr char kCaseTermsHelp[] =
    "\nThe --case-terms file must hold one JSON object mapping case numbers "
    "to lists of\nterms, e.g. {\"(2023)京0105民初123号\": [\"配方A-17\", "
    "\"...\"]}; fix it and run again.";

TEST(ProcessorSetup, BuiltInPolicyAndCalendarWithoutFiles) {
  Result<std::unique_ptr<ProcessorSetup>> setup =
      ProcessorSetup::Load(BatchOptions());
  ASSERT_TRUE(setup.ok()) << setup.status().message();
  EXPECT_EQ(setup.value()->policy().version(),
            Policy::NationalDefault().version());
  // The processor works with the setup's own policy.
  EXPECT_EQ(&setup.value()->processor().policy(), &setup.value()->policy());
  const ProcessedDocument doc = setup.value()->processor().ProcessJsonLine(
      testing_support::DocLine("a", "电话13812345678。", "民事判决书"), 1);
  EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, "");
}

TEST(ProcessorSetup, CourtPolicyAndCaseTermsFilesAreApplied) {
  BatchOptions options;
  options.policy_file = TempPath("policy.json");
  WriteFile(options.policy_file, "{\"version\": \"court-x-1\"}");
  options.case_terms_file = TempPath("terms.json");
  WriteFile(options.case_terms_file,
            R"({"(2023)京0105民初1号": ["配方A-17"]})");
  Result<std::unique_ptr<ProcessorSetup>> setup = ProcessorSetup::Load(options);
  ASSERT_TRUE(setup.ok()) << setup.status().message();
  EXPECT_EQ(setup.value()->policy().version(), "court-x-1");
  const ProcessedDocument doc = setup.value()->processor().ProcessJsonLine(
      testing_support::DocLine(
          "a",
          "北京市朝阳区人民法院 民事判决书 （2023）京0105民初1号 "
          "原告使用配方A-17生产涂料。 本院认为，原告的请求成立。"),
      1);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text.find("配方A-17"), std::string::npos)
      << doc.public_text;
}

constexpr char kPolicyHelp[] =
    "\nThe --policy file must be a readable JSON object naming only what the "
    "court\nchanges of the national defaults; fix it, or leave --policy out "
    "to run on the\ndefaults.";
constexpr char kCalendarHelp[] =
    "\nThe --holidays file must be a readable JSON object {\"holidays\": "
    "[...],\n\"workdays\": [...]}; fix it, or leave --holidays out to use "
    "the built-in\ncalendar.";

struct BadSetup {
  const char* name;
  // Which option names the file, and what the file holds ("" with
  // `missing`: no file).
  std::string option;
  std::string content;
  bool missing;
  StatusCode code;
  std::string message;  // "{}" stands for the file's path
};

void PrintTo(const BadSetup& b, std::ostream* os) { *os << b.name; }

class ProcessorSetupBadFile : public ::testing::TestWithParam<BadSetup> {};

// A bad file stops the program before the first document, naming the
// file (and, for a policy, the line of the key at fault).
TEST_P(ProcessorSetupBadFile, FailsNamingTheFile) {
  const BadSetup& c = GetParam();
  const std::string path = TempPath("file");
  std::remove(path.c_str());
  if (!c.missing) WriteFile(path, c.content);
  BatchOptions options;
  (c.option == "policy"       ? options.policy_file
   : c.option == "case-terms" ? options.case_terms_file
   : c.option == "requests"   ? options.requests_file
                              : options.holidays_file) = path;
  Result<std::unique_ptr<ProcessorSetup>> setup = ProcessorSetup::Load(options);
  ASSERT_FALSE(setup.ok());
  EXPECT_EQ(setup.status().code(), c.code);
  std::string want = c.message;
  for (size_t at; (at = want.find("{}")) != std::string::npos;)
    want.replace(at, 2, path);
  EXPECT_EQ(setup.status().message(), want);
}

INSTANTIATE_TEST_SUITE_P(
    Files, ProcessorSetupBadFile,
    ::testing::Values(
        BadSetup{"MissingPolicy", "policy", "", true, StatusCode::kIoError,
                 std::string("cannot read policy file {}: No such file or "
                             "directory") +
                     kPolicyHelp},
        BadSetup{"PolicyValueOutOfRange", "policy",
                 "{\n  \"publication\": {\n    \"adult_age\": 0\n  }\n}\n",
                 false, StatusCode::kInvalidInput,
                 std::string("{}:3: publication.adult_age: must be between 1 "
                             "and 30") +
                     kPolicyHelp},
        BadSetup{"PolicyUnknownKey", "policy", "{\"x\": 1}", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: unknown key \"x\"") + kPolicyHelp},
        BadSetup{"PolicyNotJson", "policy", "version = 2", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: malformed JSON: unexpected byte 'v' in "
                             "value") +
                     kPolicyHelp},
        BadSetup{"EmptyPolicy", "policy", "", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: malformed JSON: unexpected end of text") +
                     kPolicyHelp},
        BadSetup{"MissingCaseTerms", "case-terms", "", true,
                 StatusCode::kIoError,
                 std::string("cannot read case terms file {}: No such file "
                             "or directory") +
                     kCaseTermsHelp},
        BadSetup{"CaseTermsNotAList", "case-terms",
                 R"({"(2023)京0105民初1号": "x"})", false,
                 StatusCode::kInvalidInput,
                 std::string("case terms file {}: \"(2023)京0105民初1号\" "
                             "must be an array of strings, not a string") +
                     kCaseTermsHelp},
        BadSetup{"MissingRegister", "requests", "", true, StatusCode::kNotFound,
                 "no request register at {} (a register is created when the "
                 "first request is added)"},
        BadSetup{"MissingCalendar", "holidays", "", true, StatusCode::kIoError,
                 std::string("cannot read calendar file {}: No such file or "
                             "directory") +
                     kCalendarHelp},
        BadSetup{"CalendarNotJson", "holidays", "root:x:0:0", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: malformed JSON: unexpected byte 'r' in "
                             "value") +
                     kCalendarHelp},
        BadSetup{"CalendarOfAnotherShape", "holidays",
                 R"({"days": ["2024-10-01"]})", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: unknown key \"days\" (keys: source, "
                             "holidays, workdays, inLieuDays)") +
                     kCalendarHelp},
        BadSetup{"CalendarWithoutWorkdays", "holidays",
                 R"({"holidays": ["2024-10-01"]})", false,
                 StatusCode::kInvalidInput,
                 std::string("{}: workdays: \"workdays\" must be an array "
                             "of strings, not missing") +
                     kCalendarHelp}),
    [](const ::testing::TestParamInfo<BadSetup>& info) {
      return info.param.name;
    });

// A data file named on the command line that exists but cannot be read
// (no permission; a directory) stops the setup naming the file, why, and
// what to do. Root reads any file whatever its mode, so there the
// permission case is replaced by the directory one.
TEST(ProcessorSetup, AnUnreadableDataFileStopsNamingTheFile) {
  struct Case {
    const char* option;
    const char* what;  // in "cannot read WHAT file"
    const char* content;
  };
  for (const Case& c : {Case{"policy", "policy", "{}"},
                        Case{"holidays", "calendar",
                             R"({"holidays": [], "workdays": []})"},
                        Case{"case-terms", "case terms", "{}"}}) {
    for (const bool directory : {false, true}) {
      const std::string path =
          TempPath(std::string(c.option) + (directory ? "-dir" : "-000"));
      std::remove(path.c_str());
      rmdir(path.c_str());
      const bool root = geteuid() == 0;
      if (directory || root) {
        ASSERT_EQ(mkdir(path.c_str(), 0755), 0) << path;
      } else {
        WriteFile(path, c.content);
        ASSERT_EQ(chmod(path.c_str(), 0), 0) << path;
      }
      BatchOptions options;
      (std::string(c.option) == "policy"     ? options.policy_file
       : std::string(c.option) == "holidays" ? options.holidays_file
                                             : options.case_terms_file) = path;
      Result<std::unique_ptr<ProcessorSetup>> setup =
          ProcessorSetup::Load(options);
      ASSERT_FALSE(setup.ok()) << path;
      EXPECT_EQ(setup.status().code(), StatusCode::kIoError);
      const std::string want =
          std::string("cannot read ") + c.what + " file " + path + ": " +
          (directory || root ? "Is a directory" : "Permission denied") +
          "\nThe --" + c.option + " file must ";
      EXPECT_EQ(setup.status().message().substr(0, want.size()), want)
          << setup.status().message();
      if (directory || root) {
        rmdir(path.c_str());
      } else {
        chmod(path.c_str(), 0644);
        std::remove(path.c_str());
      }
    }
  }
}

TEST(RunBatchCommand, UsageErrorHelpAndBadSetupNeverRun) {
  int runs = 0;
  auto run = [&](const BatchOptions&, const ProcessorSetup&) {
    ++runs;
    return 7;
  };
  std::ostringstream out;
  EXPECT_EQ(
      RunBatchCommand({"--threads", "0"}, BatchCommand::kRedact, out, run), 2);
  EXPECT_EQ(RunBatchCommand({"--policy", TempPath("none.json")},
                            BatchCommand::kCheck, out, run),
            2);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(RunBatchCommand({"--help"}, BatchCommand::kCheck, out, run), 0);
  EXPECT_EQ(out.str(), kWenshuUsage);
  EXPECT_EQ(runs, 0);
}

TEST(RunBatchCommand, RunsWithTheParsedOptionsAndReturnsItsStatus) {
  std::ostringstream out;
  int threads = -1;
  std::string version;
  EXPECT_EQ(RunBatchCommand(
                {"--threads=2"}, BatchCommand::kRedact, out,
                [&](const BatchOptions& options, const ProcessorSetup& setup) {
                  threads = options.threads;
                  version = setup.policy().version();
                  return 7;
                }),
            7);
  EXPECT_EQ(threads, 2);
  EXPECT_EQ(version, Policy::NationalDefault().version());
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace wenshu
