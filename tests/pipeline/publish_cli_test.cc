// wenshu publish end to end over the invented sample corpus
// (corpora/sample.jsonl): the output tree, a second run that writes nothing
// and says "0 changed", a corrected original republished as version 2 with
// the old page superseded, a staff withdrawal that takes the document off
// the site, the search and the corpus, no removed value in any public file,
// and kill -9 at many points of a run followed by a rerun that ends
// byte-identical to an uninterrupted run.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/json.h"
#include "publishers/review_pages.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

namespace fs = std::filesystem;
using testing_support::Exists;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::WriteFile;

const std::string kSource = WENSHU_SOURCE_DIR;
const std::string kSample = kSource + "/corpora/sample.jsonl";
// The samples and the decision corpus (withheld documents among them), two
// JSON Lines files read as one input.
const std::string kInputs =
    kSample + " " + kSource + "/corpora/decisions/input.jsonl";
// The first sample's key: its case number's folder (a judgment).
const std::string kLoanKey = "2023/京0105民初12345/";

struct RunResult {
  int exit_code = -1;
  std::string err;
};

// A fresh directory for one test.
std::string Dir(const std::string& name) {
  const std::string dir = testing_support::TempPath("publish_", name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

RunResult Wenshu(const std::string& args, const std::string& dir,
           const std::string& env = "") {
  const std::string err = dir + "/stderr.txt";
  const std::string command = env + " " + std::string(WENSHU_BINARY) + " " +
                              args + " > /dev/null 2> " + err;
  const int status = std::system(command.c_str());
  RunResult run;
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.exit_code = 128 + WTERMSIG(status);
  run.err = ReadFile(err);
  return run;
}

RunResult Publish(const std::string& input, const std::string& dir,
            const std::string& env = "", const std::string& extra = "") {
  return Wenshu("publish " + input + " --out " + dir + "/out --requests " +
                    dir + "/register.sqlite --as-of 2026-12-01 --threads 2 " +
                    extra,
                dir, env);
}

// Every file under `root`, by path relative to it.
std::map<std::string, std::string> Tree(const std::string& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    files[fs::relative(entry.path(), root).string()] =
        ReadFile(entry.path().string());
  }
  return files;
}

// The first difference of two trees, or "".
std::string FirstDifference(const std::map<std::string, std::string>& a,
                            const std::map<std::string, std::string>& b) {
  for (const auto& [path, bytes] : a) {
    auto it = b.find(path);
    if (it == b.end()) return "only in the first: " + path;
    if (it->second != bytes) return "differs: " + path;
  }
  for (const auto& [path, bytes] : b)
    if (a.count(path) == 0) return "only in the second: " + path;
  return "";
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class PublishSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(Dir("suite"));
    first_ = new RunResult(Publish(kInputs, *dir_));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete first_;
  }
  static std::string Out(const std::string& path) {
    return *dir_ + "/out/" + path;
  }
  static inline std::string* dir_ = nullptr;
  static inline RunResult* first_ = nullptr;
};

TEST_F(PublishSample, WritesTheSiteTheCorpusTheReviewAndTheAudit) {
  ASSERT_EQ(first_->exit_code, 0) << first_->err;
  for (const char* path :
       {"site/index.html", "site/assets/site.css", "site/search/index.html",
        "site/assets/search.js", "corpus/judgments.jsonl",
        "corpus/manifest.json", "corpus/README.md", "review/index.html",
        "feed/events.jsonl", "audit.jsonl"}) {
    EXPECT_TRUE(Exists(Out(path))) << path;
  }
  const std::string page = ReadFile(Out("site/" + kLoanKey + "index.html"));
  EXPECT_TRUE(Contains(page, "lang=\"zh-CN\"")) << page.substr(0, 400);
  EXPECT_TRUE(Contains(page, "民间借贷纠纷一审民事判决书")) << page.substr(0, 800);
  EXPECT_TRUE(Contains(page, "（2023）京0105民初12345号"));
  // The summary counts every document and says where staff look.
  EXPECT_TRUE(Contains(first_->err, "52 documents")) << first_->err;
  EXPECT_TRUE(Contains(first_->err, "0 changed")) << first_->err;
  EXPECT_TRUE(Contains(first_->err, "ORIGINAL TEXT")) << first_->err;
  EXPECT_TRUE(Contains(first_->err, "redactions by category: ")) << first_->err;
}

// Golden files: the outputs a reader opens, byte for byte, for the first
// sample (its page, its corpus line, its audit line), a stub, the home
// page, the manifest and the feed (tests/fixtures/publish/). After a
// deliberate change, WENSHU_UPDATE_GOLDEN=1 rewrites them; review the diff.
TEST_F(PublishSample, OutputsMatchTheirGoldenFiles) {
  ASSERT_EQ(first_->exit_code, 0) << first_->err;
  auto line_with = [](const std::string& file, const std::string& needle) {
    for (const std::string& line : Lines(ReadFile(file)))
      if (Contains(line, needle)) return line + "\n";
    return std::string("(no line with " + needle + ")\n");
  };
  const std::string key_field = "\"key\":\"" + kLoanKey + "\"";
  const std::vector<std::pair<std::string, std::string>> outputs = {
      {"judgment.html", ReadFile(Out("site/" + kLoanKey + "index.html"))},
      {"stub.html", ReadFile(Out("site/2024/京0105民初2102/index.html"))},
      {"home.html", ReadFile(Out("site/index.html"))},
      {"corpus-line.json", line_with(Out("corpus/judgments.jsonl"), key_field)},
      {"audit-line.json", line_with(Out("audit.jsonl"), key_field)},
      {"manifest.json", ReadFile(Out("corpus/manifest.json"))},
      {"events.jsonl", ReadFile(Out("feed/events.jsonl"))},
  };
  const std::string golden = kSource + "/tests/fixtures/publish/";
  const bool update = std::getenv("WENSHU_UPDATE_GOLDEN") != nullptr;
  for (const auto& [name, bytes] : outputs) {
    ASSERT_FALSE(bytes.empty()) << name;
    if (update) WriteFile(golden + name, bytes);
    EXPECT_EQ(bytes, ReadFile(golden + name))
        << name << " differs from tests/fixtures/publish/" << name;
  }
}

TEST_F(PublishSample, OneCorpusLinePerPublishedDocumentAndOneAuditLineEach) {
  const std::vector<std::string> audit = Lines(ReadFile(Out("audit.jsonl")));
  EXPECT_EQ(audit.size(), 52u);
  size_t published = 0;
  for (const std::string& line : audit) {
    Result<JsonObject> record = JsonObject::Parse(line);
    ASSERT_TRUE(record.ok()) << line;
    // Decisions and offsets, never the judgment's words.
    EXPECT_FALSE(Contains(line, "本院认为")) << line;
    if (Contains(line, "\"status\":\"published\"")) ++published;
  }
  EXPECT_GT(published, 20u);
  EXPECT_EQ(Lines(ReadFile(Out("corpus/judgments.jsonl"))).size(), published);
}

TEST_F(PublishSample, WithheldDocumentsHaveAStubAndNoText) {
  // Every withheld document of the audit has a stub at its key, holding
  // its case number and none of its text.
  size_t stubs = 0;
  for (const std::string& line : Lines(ReadFile(Out("audit.jsonl")))) {
    if (!Contains(line, "\"status\":\"withheld\"")) continue;
    JsonObject record = JsonObject::Parse(line).value();
    const std::string key = testing_support::Field(record, "key");
    const std::string stub = ReadFile(Out("site/" + key + "index.html"));
    if (stub.empty()) continue;  // a stub withheld too (state secrets)
    ++stubs;
    EXPECT_TRUE(Contains(stub, "不公开")) << key;
    EXPECT_FALSE(Contains(stub, "本院认为")) << key;
  }
  EXPECT_GT(stubs, 0u);
}

// Whether `value` occurs in `bytes` not inside a longer run of ASCII
// letters and digits.
bool ContainsAlone(const std::string& bytes, const std::string& value) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)); };
  for (size_t at = bytes.find(value); at != std::string::npos;
       at = bytes.find(value, at + 1)) {
    const bool before = at > 0 && alnum(bytes[at - 1]);
    const size_t end = at + value.size();
    const bool after = end < bytes.size() && alnum(bytes[end]);
    if (!before && !after) return true;
  }
  return false;
}

// Every value a document had removed: not in its page, its corpus line or
// its search entry; and no removed identifier (8 or more letters and
// digits) anywhere under site/, corpus/ or feed/.
TEST_F(PublishSample, NoRemovedValueInAnyPublicFile) {
  // The values: each audit record's redaction offsets into its input text.
  std::map<std::string, std::string> texts;  // id -> text
  for (const std::string& line :
       Lines(ReadFile(kSample) +
             ReadFile(kSource + "/corpora/decisions/input.jsonl"))) {
    Result<JsonObject> parsed = JsonObject::Parse(line);
    if (!parsed.ok()) continue;  // the samples' deliberately broken lines
    JsonObject record = std::move(parsed).value();
    texts[testing_support::Field(record, "id")] =
        testing_support::Field(record, "text");
  }
  std::vector<std::string> identifiers;
  const std::string corpus = ReadFile(Out("corpus/judgments.jsonl"));
  size_t checked = 0;
  for (const std::string& line : Lines(ReadFile(Out("audit.jsonl")))) {
    JsonObject record = JsonObject::Parse(line).value();
    const std::string& text = texts[testing_support::Field(record, "id")];
    const std::string key = testing_support::Field(record, "key");
    const bool published = Contains(line, "\"status\":\"published\"");
    const std::string page =
        published ? ReadFile(Out("site/" + key + "index.html")) : "";
    std::string own_line;
    const size_t at_key = corpus.find("\"key\":\"" + key + "\"");
    if (published && at_key != std::string::npos)
      own_line = corpus.substr(at_key, corpus.find('\n', at_key) - at_key);
    // Offsets as "begin":N,"end":M pairs of the redactions array.
    for (size_t at = line.find("{\"begin\":"); at != std::string::npos;
         at = line.find("{\"begin\":", at + 1)) {
      const size_t begin = std::stoul(line.substr(at + 9));
      const size_t end = std::stoul(line.substr(line.find("\"end\":", at) + 6));
      if (end > text.size() || begin >= end) continue;
      const std::string value = text.substr(begin, end - begin);
      bool ascii = true;
      for (char c : value) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      if (ascii && value.size() >= 8) identifiers.push_back(value);
      if (!published || value.size() < 6) continue;
      ++checked;
      EXPECT_FALSE(ascii ? ContainsAlone(page, value) : Contains(page, value))
          << key << " page holds " << value;
      EXPECT_FALSE(ascii ? ContainsAlone(own_line, value)
                         : Contains(own_line, value))
          << key << " corpus line holds " << value;
    }
  }
  ASSERT_GT(checked, 50u);
  ASSERT_GT(identifiers.size(), 20u);
  for (const char* folder : {"site", "corpus", "feed"}) {
    for (const auto& [path, bytes] : Tree(Out(folder))) {
      for (const std::string& value : identifiers)
        EXPECT_FALSE(ContainsAlone(bytes, value))
            << folder << "/" << path << " holds " << value;
    }
  }
  EXPECT_FALSE(Contains(first_->err, "LEAK")) << first_->err;
}

TEST_F(PublishSample, ReviewShowsOriginalsAndIsNeverLinkedFromTheSite) {
  const std::string index = ReadFile(Out("review/index.html"));
  EXPECT_TRUE(Contains(index, "noindex")) << index.substr(0, 600);
  for (const auto& [path, bytes] : Tree(Out("site")))
    EXPECT_FALSE(Contains(bytes, "review/")) << path;
  // Staff see the original: the first sample's plaintiff ID is there.
  bool found = false;
  for (const auto& [path, bytes] : Tree(Out("review/doc")))
    if (Contains(bytes, "110105198001011238")) found = true;
  EXPECT_TRUE(found);
}

// Headless Chromium opens the site's index, a judgment page (also at a
// phone's size), a stub, the search page searching the loan's case number
// as a reader types it (full-width brackets) and a review page, with
// screenshots under the build folder, and fails on any JavaScript error
// (tests/browser/check_site.sh).
TEST_F(PublishSample, OpensInARealBrowserAndTheSearchFindsTheCase) {
  ASSERT_EQ(first_->exit_code, 0) << first_->err;
  std::string stub;
  for (const std::string& line : Lines(ReadFile(Out("audit.jsonl")))) {
    if (!Contains(line, "\"status\":\"withheld\"")) continue;
    const std::string key =
        testing_support::Field(JsonObject::Parse(line).value(), "key");
    if (Exists(Out("site/" + key + "index.html"))) {
      stub = key + "index.html";
      break;
    }
  }
  ASSERT_FALSE(stub.empty());
  const std::string shots =
      fs::path(WENSHU_BINARY).parent_path().string() + "/screenshots";
  fs::create_directories(shots);
  const std::string review = ReviewPagePath(kLoanKey, "01-civil-loan-first");
  ASSERT_TRUE(Exists(Out("review/" + review))) << review;
  const std::string command =
      "bash " + kSource + "/tests/browser/check_site.sh " + Out("site") + " " +
      Out("review") + " " + shots +
      " '（2023）京0105民初12345号' "
      "'2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/' '" + kLoanKey +
      "index.html' '" + stub + "' '" + review + "' > " + *dir_ +
      "/browser.txt 2>&1";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_NE(WEXITSTATUS(status), 77)
      << "chromium is not installed: run scripts/test, which installs it";
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadFile(*dir_ + "/browser.txt");
  EXPECT_TRUE(Exists(shots + "/judgment.png"));
  EXPECT_TRUE(Exists(shots + "/review.png"));
}

TEST(PublishCommand, ASecondRunWritesNothingAndSaysZeroChanged) {
  const std::string dir = Dir("again");
  ASSERT_EQ(Publish(kSample, dir).exit_code, 0);
  const auto before = Tree(dir + "/out");
  const RunResult again = Publish(kSample, dir);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(Contains(again.err, "0 new, 0 changed, ")) << again.err;
  EXPECT_TRUE(Contains(again.err, "files: 0 written")) << again.err;
  EXPECT_EQ(FirstDifference(before, Tree(dir + "/out")), "");
  fs::remove_all(dir);
}

TEST(PublishCommand, ACorrectedOriginalIsANewVersionAndTheOldPageIsSuperseded) {
  const std::string dir = Dir("version");
  ASSERT_EQ(Publish(kSample, dir).exit_code, 0);
  // The first record corrected: a sentence added to its reasoning.
  std::string jsonl = ReadFile(kSample);
  const size_t at = jsonl.find("本院认为");
  ASSERT_NE(at, std::string::npos);
  jsonl.insert(at, "经补正，");
  WriteFile(dir + "/corrected.jsonl", jsonl);
  const RunResult second = Publish(dir + "/corrected.jsonl", dir);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(Contains(second.err, "1 changed")) << second.err;
  const std::string folder = dir + "/out/site/" + kLoanKey;
  const std::string current = ReadFile(folder + "index.html");
  const std::string old = ReadFile(folder + "v1.html");
  EXPECT_TRUE(Contains(current, "经补正")) << current.substr(0, 300);
  EXPECT_FALSE(Contains(old, "经补正"));
  EXPECT_TRUE(Contains(old, "index.html")) << "the old page links the new";
  const RunResult history =
      Wenshu("registry history " + kLoanKey + " --requests " + dir +
                 "/register.sqlite",
             dir);
  EXPECT_EQ(history.exit_code, 0) << history.err;
  fs::remove_all(dir);
}

TEST(PublishCommand, AStaffWithdrawalTakesTheDocumentOffEverywhere) {
  const std::string dir = Dir("withdraw");
  ASSERT_EQ(Publish(kSample, dir).exit_code, 0);
  const std::string db = dir + "/register.sqlite";
  const RunResult withdraw =
      Wenshu(std::string("withdraw '（2023）京0105民初12345号' --reason 'court order' --by clerk") +
                 " --requests " + db,
             dir);
  ASSERT_EQ(withdraw.exit_code, 0) << withdraw.err;
  const RunResult rerun = Publish(kSample, dir);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_TRUE(Contains(rerun.err, "1 kept withdrawn")) << rerun.err;
  const std::string out = dir + "/out/";
  const std::string notice = ReadFile(out + "site/" + kLoanKey + "index.html");
  EXPECT_TRUE(Contains(notice, "撤回")) << notice;
  EXPECT_FALSE(Contains(notice, "court order"));
  // Gone from the corpus, every index and the search (an appeal that
  // cites its case number stays).
  const std::string title = "张立新与王海涛民间借贷纠纷一审民事判决书";
  EXPECT_FALSE(Contains(ReadFile(out + "corpus/judgments.jsonl"),
                        "\"key\":\"" + kLoanKey + "\""));
  for (const auto& [path, bytes] : Tree(out + "site")) {
    if (path.starts_with(kLoanKey)) continue;
    EXPECT_FALSE(Contains(bytes, title)) << path;
  }
  EXPECT_TRUE(Contains(ReadFile(out + "feed/events.jsonl"), "\"withdrawn\""));
  fs::remove_all(dir);
}

// kill -9 after the N-th file of a run for many N (and right after the
// registry commits), then a full rerun: the tree and the registry end as
// one uninterrupted run leaves them.
TEST(PublishCommand, AKilledRunRerunEndsByteIdenticalToAnUninterruptedRun) {
  const std::string ref = Dir("crash_ref");
  ASSERT_EQ(Publish(kSample, ref).exit_code, 0);
  const auto expected = Tree(ref + "/out");
  auto registry_of = [](const std::string& dir) {
    const std::string file = dir + "/list.txt";
    std::system((std::string(WENSHU_BINARY) + " registry list --requests " +
                 dir + "/register.sqlite > " + file + " && " +
                 std::string(WENSHU_BINARY) + " registry events --requests " +
                 dir + "/register.sqlite | cut -f1-5 >> " + file)
                    .c_str());
    return ReadFile(file);
  };
  const std::string registry_expected = registry_of(ref);
  ASSERT_FALSE(registry_expected.empty());
  // Two runs: the first killed, the second over the same inputs.
  std::vector<std::string> kills;
  for (size_t n : {1, 2, 5, 20, 40, 60, 80, 90, 95, 100, 120, 160, 200})
    kills.push_back("WENSHU_KILL_AFTER_WRITES=" + std::to_string(n));
  kills.push_back("WENSHU_KILL_AFTER_COMMIT=1");
  size_t killed = 0;
  for (const std::string& env : kills) {
    const std::string dir = Dir("crash");
    const RunResult first = Publish(kSample, dir, env);
    if (first.exit_code == 128 + SIGKILL) ++killed;
    const RunResult rerun = Publish(kSample, dir);
    ASSERT_EQ(rerun.exit_code, 0) << env << ": " << rerun.err;
    EXPECT_EQ(FirstDifference(expected, Tree(dir + "/out")), "") << env;
    EXPECT_EQ(registry_of(dir), registry_expected) << env;
    fs::remove_all(dir);
  }
  // Most kills land inside the run (a run writes fewer files than the
  // largest N only when the tree is small).
  EXPECT_GE(killed, kills.size() - 3);
  fs::remove_all(ref);
}

// With --corpus-key the corpus's pseudonym ids are the same in another run
// with the same key, other under another key, and without a key ordinal.
TEST(PublishCommand, CorpusKeyMakesPseudonymIdsStableAcrossRuns) {
  const std::string dir = Dir("corpus_key");
  WriteFile(dir + "/a.key", "an invented key of 32 bytes.....");
  WriteFile(dir + "/b.key", "another invented key, 32 bytes..");
  auto ids_of = [&](const std::string& run, const std::string& key) {
    const std::string sub = dir + "/" + run;
    fs::create_directories(sub);
    const RunResult r = Publish(kSample, sub, "",
                                key.empty() ? "" : "--corpus-key " + key);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::string ids;
    for (const std::string& line :
         Lines(ReadFile(sub + "/out/corpus/judgments.jsonl"))) {
      for (size_t at = line.find("\"id\":\""); at != std::string::npos;
           at = line.find("\"id\":\"", at + 1))
        ids += line.substr(at + 6, line.find('"', at + 6) - at - 6) + " ";
    }
    return ids;
  };
  const std::string first = ids_of("one", dir + "/a.key");
  ASSERT_TRUE(Contains(first, "p-")) << first;
  EXPECT_EQ(ids_of("two", dir + "/a.key"), first);
  EXPECT_NE(ids_of("other", dir + "/b.key"), first);
  const std::string unkeyed = ids_of("none", "");
  EXPECT_TRUE(Contains(unkeyed, "p1 ")) << unkeyed;
  EXPECT_FALSE(Contains(unkeyed, "p-")) << unkeyed;
  fs::remove_all(dir);
}

// An appeal read before its first instance names, as an adult party, a
// person the first instance protects as a victim: the final scan withdraws
// the appeal for review (its page becomes the notice), and a second run
// keeps it so and writes nothing.
TEST(PublishCommand, AValueProtectedInTheCaseFamilyWithdrawsTheDocument) {
  const std::string dir = Dir("family");
  const std::string appeal = testing_support::DocLine(
      "appeal",
      "北京市第一中级人民法院\n刑事判决书\n（2024）京01刑终77号\n"
      "上诉人（原审被告人）：柯雨桐，男，1979年3月2日出生，汉族，无业。\n"
      "上诉人柯雨桐因故意伤害一案，不服北京市朝阳区人民法院（2024）京0105刑初88号"
      "刑事判决，提出上诉。\n本院认为，上诉理由不能成立。\n驳回上诉，维持原判。\n"
      "审判长　邬晴川\n二〇二四年九月九日\n书记员　蔺子墨\n");
  const std::string first = testing_support::DocLine(
      "first",
      "北京市朝阳区人民法院\n刑事判决书\n（2024）京0105刑初88号\n"
      "被告人：阚北辰，男，1985年5月6日出生，汉族，无业。\n"
      "北京市朝阳区人民检察院指控被告人阚北辰犯故意伤害罪一案，本院依法审理。\n"
      "经审理查明，被告人阚北辰殴打被害人柯雨桐，致被害人柯雨桐轻伤。\n"
      "本院认为，被告人阚北辰的行为构成故意伤害罪。\n判决如下：被告人阚北辰犯故意伤害罪。\n"
      "审判长　邬晴川\n二〇二四年六月三日\n书记员　蔺子墨\n");
  WriteFile(dir + "/family.jsonl", appeal + first);
  const RunResult run = Publish(dir + "/family.jsonl", dir);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.err, "final scan: 1 withdrawn for review")) << run.err;
  const std::string page =
      ReadFile(dir + "/out/site/2024/京01刑终77/index.html");
  EXPECT_FALSE(Contains(page, "柯雨桐")) << page;
  EXPECT_TRUE(Contains(page, "撤回")) << page;
  for (const char* file : {"corpus/judgments.jsonl", "site/search/shard-00.js",
                           "site/index.html"})
    EXPECT_FALSE(Contains(ReadFile(dir + "/out/" + file), "柯雨桐")) << file;
  EXPECT_TRUE(Contains(ReadFile(dir + "/out/review/index.html"),
                       "case family"));
  const RunResult again = Publish(dir + "/family.jsonl", dir);
  EXPECT_TRUE(Contains(again.err, "files: 0 written")) << again.err;
  fs::remove_all(dir);
}

// A home address removed from the participant paragraph and written again,
// word for word, as the place of the offence: the document is held for
// review, never published, and the reason names the category only.
TEST(PublishCommand, AValueRemovedOnceAndWrittenAgainHoldsTheDocument) {
  const std::string dir = Dir("again_in_text");
  WriteFile(dir + "/one.jsonl",
            testing_support::DocLine(
                "home-again",
                "北京市朝阳区人民法院\n刑事判决书\n（2024）京0105刑初91号\n"
                "被告人：阚北辰，男，1985年5月6日出生，汉族，无业，"
                "住河北省涿州市柏溪镇槐南村三组17号。\n"
                "北京市朝阳区人民检察院指控被告人阚北辰犯盗窃罪一案，本院依法审理。\n"
                "经审理查明，2023年5月，被告人阚北辰在河北省涿州市柏溪镇槐南村三组17号"
                "院内存放赃物。\n本院认为，被告人阚北辰的行为构成盗窃罪。\n"
                "判决如下：被告人阚北辰犯盗窃罪。\n审判长　邬晴川\n"
                "二〇二四年六月三日\n书记员　蔺子墨\n"));
  const RunResult run = Publish(dir + "/one.jsonl", dir);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.err, "0 published, 0 withheld, 1 held")) << run.err;
  EXPECT_FALSE(Exists(dir + "/out/site/2024/京0105刑初91/index.html"));
  const std::string audit = ReadFile(dir + "/out/audit.jsonl");
  EXPECT_TRUE(Contains(audit, "a value removed as address appears again"))
      << audit;
  EXPECT_FALSE(Contains(audit, "槐南村"));
  fs::remove_all(dir);
}

TEST(PublishCommand, UsageErrorsSayWhatToDo) {
  const std::string dir = Dir("usage");
  const RunResult no_out = Wenshu("publish " + kSample, dir);
  EXPECT_EQ(no_out.exit_code, 2);
  EXPECT_TRUE(Contains(no_out.err, "--out DIR")) << no_out.err;
  WriteFile(dir + "/short.key", "short");
  const RunResult short_key = Publish(kSample, dir, "",
                                "--corpus-key " + dir + "/short.key");
  EXPECT_EQ(short_key.exit_code, 2);
  EXPECT_TRUE(Contains(short_key.err, "16")) << short_key.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace wenshu
