#include "pipeline/cli_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

constexpr BatchCommand kRedact = BatchCommand::kRedact;
constexpr BatchCommand kCheck = BatchCommand::kCheck;

TEST(ParseBatchOptions, NothingGivenMeansJsonLinesWithTheDefaults) {
  Result<BatchOptions> parsed = ParseBatchOptions({}, kRedact);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const BatchOptions& o = parsed.value();
  EXPECT_FALSE(o.help);
  EXPECT_EQ(o.in_format, "jsonl");
  EXPECT_EQ(o.out_dir, "");
  EXPECT_EQ(o.threads, 0);
  EXPECT_EQ(o.max_inflight_mb, 32u);
  EXPECT_EQ(o.max_case_families, 200000u);
  EXPECT_EQ(o.progress, ProgressLine::Mode::kAuto);
  EXPECT_EQ(o.pseudonyms, "han");
  EXPECT_TRUE(o.files.empty());
  EXPECT_EQ(o.check_format, "table");
  EXPECT_FALSE(o.overdue);
  EXPECT_EQ(o.max_document_mb, 20u);
  EXPECT_EQ(o.max_document_seconds, 10.0);
  EXPECT_FALSE(o.strict_ids);
}

TEST(ParseBatchOptions, DocumentBudgetAndStrictIds) {
  Result<BatchOptions> parsed = ParseBatchOptions(
      {"--max-document-mb", "64", "--max-document-seconds=0.25",
       "--strict-ids"},
      kRedact);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed.value().max_document_mb, 64u);
  EXPECT_EQ(parsed.value().max_document_seconds, 0.25);
  EXPECT_TRUE(parsed.value().strict_ids);
}

TEST(ParseBatchOptions, EveryOptionWithItsValueEitherWay) {
  Result<BatchOptions> parsed = ParseBatchOptions(
      {"--threads=3", "--max-inflight-mb", "7", "--max-case-families=9",
       "--pseudonyms", "latin", "--case-terms", "t.json", "--policy=p.json",
       "--requests", "r.sqlite", "--holidays", "h.json", "--out", "dir",
       "--no-progress", "a.txt", "-", "b.txt"},
      kRedact);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const BatchOptions& o = parsed.value();
  EXPECT_EQ(o.threads, 3);
  EXPECT_EQ(o.max_inflight_mb, 7u);
  EXPECT_EQ(o.max_case_families, 9u);
  EXPECT_EQ(o.pseudonyms, "latin");
  EXPECT_EQ(o.case_terms_file, "t.json");
  EXPECT_EQ(o.policy_file, "p.json");
  EXPECT_EQ(o.requests_file, "r.sqlite");
  EXPECT_EQ(o.holidays_file, "h.json");
  EXPECT_EQ(o.out_dir, "dir");
  EXPECT_EQ(o.progress, ProgressLine::Mode::kOff);
  // With FILEs each file's content tells its format; "-" is a FILE, not an
  // option.
  EXPECT_EQ(o.in_format, "auto");
  EXPECT_EQ(o.files, (std::vector<std::string>{"a.txt", "-", "b.txt"}));
}

TEST(ParseBatchOptions, CheckOptions) {
  Result<BatchOptions> parsed = ParseBatchOptions(
      {"--format", "jsonl", "--overdue", "--as-of=2024-10-20", "--progress"},
      kCheck);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed.value().check_format, "jsonl");
  EXPECT_TRUE(parsed.value().overdue);
  EXPECT_EQ(parsed.value().as_of, "2024-10-20");
  EXPECT_EQ(parsed.value().progress, ProgressLine::Mode::kOn);
  EXPECT_EQ(parsed.value().in_format, "jsonl");
}

TEST(ParseBatchOptions, HelpStopsParsingButNotTheErrorsBeforeIt) {
  Result<BatchOptions> help = ParseBatchOptions({"--help", "--bogus"}, kCheck);
  ASSERT_TRUE(help.ok());
  EXPECT_TRUE(help.value().help);
  EXPECT_TRUE(ParseBatchOptions({"-h"}, kRedact).value().help);
  Result<BatchOptions> error = ParseBatchOptions({"--bogus", "-h"}, kRedact);
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.status().message(), "unknown option '--bogus'");
}

struct UsageErrorCase {
  const char* name;
  BatchCommand command;
  std::vector<std::string> args;
  std::string message;
};

void PrintTo(const UsageErrorCase& c, std::ostream* os) { *os << c.name; }

class ParseBatchOptionsError : public ::testing::TestWithParam<UsageErrorCase> {
};

TEST_P(ParseBatchOptionsError, SaysWhatIsWrong) {
  Result<BatchOptions> parsed =
      ParseBatchOptions(GetParam().args, GetParam().command);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(parsed.status().message(), GetParam().message);
}

const char kThreads[] = "--threads takes a number from 1 to 1024";

INSTANTIATE_TEST_SUITE_P(
    Options, ParseBatchOptionsError,
    ::testing::Values(
        UsageErrorCase{
            "UnknownOption", kRedact, {"--bogus"}, "unknown option '--bogus'"},
        UsageErrorCase{"UnknownOptionWithValue",
                       kRedact,
                       {"--bogus=1"},
                       "unknown option '--bogus'"},
        UsageErrorCase{"ZeroThreads", kRedact, {"--threads", "0"}, kThreads},
        UsageErrorCase{"ZeroDocumentMegabytes",
                       kRedact,
                       {"--max-document-mb", "0"},
                       "--max-document-mb takes a number from 1 to 1048576"},
        UsageErrorCase{"ZeroDocumentSeconds",
                       kRedact,
                       {"--max-document-seconds", "0"},
                       "--max-document-seconds takes a number of seconds "
                       "above 0 and up to 86400"},
        UsageErrorCase{"DocumentSecondsNotANumber",
                       kRedact,
                       {"--max-document-seconds=ten"},
                       "--max-document-seconds takes a number of seconds "
                       "above 0 and up to 86400"},
        UsageErrorCase{"DocumentSecondsWithoutValue",
                       kRedact,
                       {"--max-document-seconds"},
                       "--max-document-seconds takes a number of seconds "
                       "above 0 and up to 86400"},
        UsageErrorCase{"ThreadsWithoutValue", kRedact, {"--threads"}, kThreads},
        UsageErrorCase{
            "TooManyThreads", kRedact, {"--threads", "1025"}, kThreads},
        UsageErrorCase{
            "ThreadsNotANumber", kRedact, {"--threads=4x"}, kThreads},
        UsageErrorCase{"InflightTooLarge",
                       kRedact,
                       {"--max-inflight-mb", "65537"},
                       "--max-inflight-mb takes a number from 1 to 65536"},
        UsageErrorCase{"NoCaseFamilies",
                       kRedact,
                       {"--max-case-families", "0"},
                       "--max-case-families takes a number from 1 to "
                       "100000000"},
        UsageErrorCase{"UnknownScript",
                       kRedact,
                       {"--pseudonyms", "klingon"},
                       "--pseudonyms takes han or latin"},
        UsageErrorCase{"UnknownInFormat",
                       kRedact,
                       {"--in-format", "pdf"},
                       "--in-format takes jsonl, text, docx, html or xml"},
        UsageErrorCase{"StructuredFormatOnStandardInput",
                       kRedact,
                       {"--in-format", "docx"},
                       "--in-format docx reads FILEs; name the files to read"},
        UsageErrorCase{"OutEncodingOtherThanUtf8",
                       kRedact,
                       {"--out-encoding", "gbk", "a.txt"},
                       "--out-encoding takes utf-8 (without it, each text "
                       "keeps its own)"},
        UsageErrorCase{
            "EmptyOut", kRedact, {"--out="}, "--out takes a directory"},
        UsageErrorCase{"PolicyWithoutFile",
                       kRedact,
                       {"--policy"},
                       "--policy takes a file"},
        UsageErrorCase{"EmptyHolidays",
                       kRedact,
                       {"--holidays="},
                       "--holidays takes a file"},
        UsageErrorCase{"CaseTermsTwice",
                       kRedact,
                       {"--case-terms", "a", "--case-terms", "b"},
                       "--case-terms may be given once"},
        UsageErrorCase{"JsonLinesWithFiles",
                       kRedact,
                       {"--in-format", "jsonl", "a.txt"},
                       "--in-format jsonl reads standard input; give no FILE "
                       "(use: wenshu redact < FILE)"},
        UsageErrorCase{"OutWithoutFiles",
                       kRedact,
                       {"--out", "dir"},
                       "--out needs FILEs to read"},
        UsageErrorCase{"FormatIsCheckAlone",
                       kRedact,
                       {"--format", "jsonl"},
                       "unknown option '--format'"},
        UsageErrorCase{"OverdueIsCheckAlone",
                       kRedact,
                       {"--overdue"},
                       "unknown option '--overdue'"},
        UsageErrorCase{"UnknownCheckFormat",
                       kCheck,
                       {"--format", "csv"},
                       "--format takes table or jsonl"},
        UsageErrorCase{"AsOfNoDate",
                       kCheck,
                       {"--overdue", "--as-of", "2024-02-30"},
                       "--as-of takes a date (2024-03-01)"},
        UsageErrorCase{"AsOfWithoutOverdue",
                       kCheck,
                       {"--as-of", "2024-10-01"},
                       "--as-of goes with --overdue"},
        UsageErrorCase{"CheckWithFiles",
                       kCheck,
                       {"a.jsonl"},
                       "check reads JSON Lines on standard input"},
        UsageErrorCase{"CheckOfText",
                       kCheck,
                       {"--in-format", "text"},
                       "check reads JSON Lines on standard input"}),
    [](const ::testing::TestParamInfo<UsageErrorCase>& info) {
      return info.param.name;
    });

TEST(ParseBatchOptions, RegistryOptionsOfRedact) {
  Result<BatchOptions> parsed = ParseBatchOptions(
      {"--registry-key", "k.bin", "--registry-old-key=o.bin"}, kRedact);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed.value().registry_key_file, "k.bin");
  EXPECT_EQ(parsed.value().registry_old_key_file, "o.bin");
  EXPECT_FALSE(parsed.value().no_family_registry);
  parsed = ParseBatchOptions({"--no-family-registry"}, kRedact);
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed.value().no_family_registry);
  EXPECT_TRUE(parsed.value().registry_key_file.empty());
}

TEST(ParseBatchOptions, CheckNeverUsesTheRegistry) {
  Result<BatchOptions> parsed = ParseBatchOptions({}, kCheck);
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed.value().no_family_registry);
  for (const char* option :
       {"--registry-key", "--registry-old-key", "--no-family-registry"}) {
    parsed = ParseBatchOptions({option, "k.bin"}, kCheck);
    ASSERT_FALSE(parsed.ok()) << option;
    EXPECT_EQ(parsed.status().message(),
              std::string("unknown option '") + option + "'");
  }
}

TEST(ParseBatchOptions, RegistryKeyAndNoRegistryDoNotGoTogether) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--no-family-registry", "--registry-key",
                                 "k.bin"},
        std::vector<std::string>{"--registry-old-key", "o.bin",
                                 "--no-family-registry"}}) {
    Result<BatchOptions> parsed = ParseBatchOptions(args, kRedact);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.status().message(),
              "--no-family-registry cannot go with a registry key");
  }
  EXPECT_EQ(ParseBatchOptions({"--registry-key="}, kRedact).status().message(),
            "--registry-key takes a key file");
}

TEST(UsageErrorText, NamesTheMessageAndTheHelp) {
  EXPECT_EQ(UsageErrorText("unknown option '-x'"),
            "wenshu: unknown option '-x'\nTry 'wenshu --help'.\n");
}

TEST(WenshuUsage, OpensWithTheRedactCommandAndListsTheOthers) {
  const std::string usage = kWenshuUsage;
  EXPECT_EQ(usage.rfind("usage: wenshu redact [options] [FILE|DIR...]\n", 0), 0u);
  for (const char* part :
       {"--case-terms FILE", "--registry-key FILE", "--no-family-registry",
        "wenshu check [options]", "wenshu request add", "wenshu names",
        "wenshu registry list|history", "wenshu withdraw KEY",
        "--version", "exit status: 0"})
    EXPECT_NE(usage.find(part), std::string::npos) << part;
}

}  // namespace
}  // namespace wenshu
