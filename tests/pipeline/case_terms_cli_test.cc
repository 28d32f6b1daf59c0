// End-to-end tests of case-specific lists through the wenshu binary: the
// --case-terms side file (good, bad, matched by case number), the record's
// meta.case_terms, the verify pass, and the corpus in corpora/case-terms/.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "core/json.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

const std::string kCorpus =
    std::string(WENSHU_SOURCE_DIR) + "/corpora/case-terms";

using testing_support::CliRun;
using testing_support::Field;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::Record;
using testing_support::WriteFile;

std::string TempPath(const std::string& name) {
  return testing_support::TempPath("wenshu_case_terms_", name);
}

// Runs `wenshu ARGS < input_file`.
CliRun WenshuOn(const std::string& args, const std::string& input_file) {
  return testing_support::RunWenshuOn("wenshu_case_terms_", args, input_file);
}

CliRun Wenshu(const std::string& args, const std::string& input) {
  return testing_support::RunWenshu("wenshu_case_terms_", args, input);
}

std::string Doc(const std::string& id, const std::string& text) {
  return testing_support::DocLine(id, text);
}

constexpr char kText[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：某某科技有限公司。 被告：李四，男，住北京市朝阳区。 "
    "原告使用配方A-17生产涂料，配 方 Ａ－１７ 系原告的商业秘密。 "
    "本院认为，被告应当停止使用配方A-17。";
constexpr char kPublic[] =
    "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
    "原告：某某科技有限公司。 被告：李四，男，住北京市朝阳区。 "
    "原告使用×××-××生产涂料，× × ×－×× 系原告的商业秘密。 "
    "本院认为，被告应当停止使用×××-××。";

TEST(CaseTermsCli, CorpusGivesTheExpectedOutput) {
  CliRun r = WenshuOn(
      "redact --threads 2 --case-terms " + kCorpus + "/case-terms.json",
      kCorpus + "/input.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> got = Lines(r.out);
  const std::vector<std::string> want =
      Lines(ReadFile(kCorpus + "/expected.jsonl"));
  ASSERT_EQ(want.size(), 2u);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const JsonObject g = Record(got[i]);
    const JsonObject w = Record(want[i]);
    EXPECT_EQ(Field(g, "id"), Field(w, "id"));
    EXPECT_EQ(Field(g, "status"), Field(w, "status")) << Field(g, "error");
    EXPECT_EQ(Field(g, "text"), Field(w, "text")) << "line " << i + 1;
  }
  // The audit never repeats what it removed.
  for (const char* term : {"QH-防腐7号", "3.6∶1", "小雨点", "感情经历"})
    EXPECT_EQ(r.out.find(term), std::string::npos) << term;
}

TEST(CaseTermsCli, SideFileMatchesTheCaseNumberWhateverItsBrackets) {
  const std::string terms = TempPath("terms.json");
  WriteFile(terms, R"({"(2023) 京0105民初12345号": ["配方A-17"]})");
  CliRun r = Wenshu(
      "redact --case-terms " + terms,
      Doc("listed", kText) +
          Doc("other-case", std::string(kText).replace(
                                std::string(kText).find("12345"), 5, "12346")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(Field(Record(lines[0]), "text"), kPublic);
  EXPECT_NE(Field(Record(lines[1]), "text").find("使用配方A-17生产"),
            std::string::npos);
}

TEST(CaseTermsCli, SideFileAppliesToTextFilesToo) {
  const std::string terms = TempPath("terms.json");
  const std::string file = TempPath("doc.txt");
  WriteFile(terms, R"({"（2023）京0105民初12345号": ["配方A-17"]})");
  WriteFile(file, kText);
  CliRun r = Wenshu("redact --case-terms=" + terms + " " + file, "");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kPublic);
}

TEST(CaseTermsCli, MetaCaseTermsWithoutASideFile) {
  CliRun r =
      Wenshu("redact", "{\"id\":\"m\",\"text\":\"" + std::string(kText) +
                           "\",\"meta\":{\"case_terms\":[\"配方Ａ－１７\"]}}\n"
                           "{\"id\":\"bad\",\"text\":\"正文。\",\"meta\":{"
                           "\"case_terms\":[\"\"]}}\n"
                           "{\"id\":\"worse\",\"text\":\"正文。\",\"meta\":{"
                           "\"case_terms\":[7]}}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(Field(Record(lines[0]), "text"), kPublic);
  EXPECT_EQ(Field(Record(lines[1]), "status"), "held");
  EXPECT_EQ(Field(Record(lines[1]), "error"),
            "meta.case_terms[0] is empty or only whitespace");
  EXPECT_EQ(Field(Record(lines[2]), "status"), "held");
  EXPECT_EQ(Field(Record(lines[2]), "error"),
            "line 3: meta.\"case_terms\"[0] must be a string");
}

// The kept last four digits of a card are listed: the verify pass holds
// the document and names the category and the offset, not the term.
TEST(CaseTermsCli, ATermThatSurvivesHoldsTheDocument) {
  const std::string terms = TempPath("terms.json");
  WriteFile(terms, R"({"(2023)京0105民初12345号": ["3445"]})");
  const std::string text =
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "被告向原告转入卡号为6222020200192233445的账户。 本院认为。";
  CliRun r = Wenshu("redact --case-terms " + terms, Doc("card", text));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const JsonObject rec = Record(lines[0]);
  EXPECT_EQ(Field(rec, "status"), "held");
  EXPECT_EQ(rec.TypeOf("text"), JsonType::kMissing);
  const std::string masked =
      "北京市朝阳区人民法院 民事判决书 （2023）京0105民初12345号 "
      "被告向原告转入卡号为×××××××××××××××3445的账户。 本院认为。";
  EXPECT_EQ(Field(rec, "error"), "verify: residual case_specific at byte " +
                                     std::to_string(masked.find("3445")) +
                                     " of the public text");
  EXPECT_EQ(lines[0].find("3445"), std::string::npos);
}

struct BadFile {
  const char* name;
  std::string content;  // the file, unless missing
  bool missing;
  std::string message;  // first line of standard error, after the path
};

void PrintTo(const BadFile& b, std::ostream* os) { *os << b.name; }

class CaseTermsCliBadFileTest : public ::testing::TestWithParam<BadFile> {};

// A bad side file stops the program before the first document, exit 2,
// saying what is wrong and what the file must hold.
TEST_P(CaseTermsCliBadFileTest, StopsBeforeTheFirstDocument) {
  const std::string terms = TempPath("terms.json");
  if (!GetParam().missing) WriteFile(terms, GetParam().content);
  CliRun r = Wenshu("redact --case-terms " + terms, Doc("d", kText));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  const std::vector<std::string> err = Lines(r.err);
  ASSERT_EQ(err.size(), 3u) << r.err;
  EXPECT_EQ(err[0], GetParam().missing
                        ? "wenshu: cannot read case terms file " + terms +
                              ": No such file or directory"
                        : "wenshu: case terms file " + terms + ": " +
                              GetParam().message);
  EXPECT_EQ(err[1],
            "The --case-terms file must hold one JSON object mapping case "
            "numbers to lists of");
  EXPECT_EQ(err[2],
            "terms, e.g. {\"(2023)京0105民初123号\": [\"配方A-17\", \"...\"]}; "
            "fix it and run again.");
}

INSTANTIATE_TEST_SUITE_P(
    Files, CaseTermsCliBadFileTest,
    ::testing::Values(
        BadFile{"Missing", "", true, ""},
        BadFile{"MalformedJson", "{\n\"(2023)京0105民初1号\": [\"x\"] y\n}\n",
                false,
                "line 2: malformed JSON: expected ',' or '}' after member "
                "value"},
        BadFile{"KeyIsNoCaseNumber", R"({"配方A-17": ["x"]})", false,
                "key \"配方A-17\" is not a case number (write it as the "
                "judgment does, e.g. （2023）京0105民初123号)"},
        BadFile{"ValueIsNoList", R"({"(2023)京0105民初1号": "x"})", false,
                "\"(2023)京0105民初1号\" must be an array of strings, not a "
                "string"},
        BadFile{"EmptyTerm", R"({"(2023)京0105民初1号": ["x", "　"]})", false,
                "\"(2023)京0105民初1号\"[1] is empty or only whitespace"}),
    [](const ::testing::TestParamInfo<BadFile>& info) {
      return info.param.name;
    });

TEST(CaseTermsCli, OptionUsageErrors) {
  CliRun no_file = Wenshu("redact --case-terms", "");
  EXPECT_EQ(no_file.exit_code, 2);
  EXPECT_NE(no_file.err.find("--case-terms takes a file"), std::string::npos);
  const std::string terms = TempPath("terms.json");
  WriteFile(terms, "{}");
  CliRun twice =
      Wenshu("redact --case-terms " + terms + " --case-terms " + terms, "");
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("--case-terms may be given once"),
            std::string::npos);
  CliRun help = Wenshu("redact --help", "");
  EXPECT_NE(help.out.find("--case-terms FILE"), std::string::npos);
}

}  // namespace
}  // namespace wenshu
