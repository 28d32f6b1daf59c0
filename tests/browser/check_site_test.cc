// The site in a real browser: a small invented site rendered with the site
// pages and the search index into the build tree, opened in headless
// Chromium by tests/browser/check_site.sh (screenshots under
// build/browser_check/shots), and searched for a case number typed
// full-width, a phrase of the full text and hostile markup.
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "publishers/search_index.h"
#include "publishers/site_pages.h"

namespace wenshu {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = fs::path(WENSHU_BINARY).parent_path() / "browser_check";
const fs::path kScript =
    fs::path(WENSHU_SOURCE_DIR) / "tests" / "browser" / "check_site.sh";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

void WriteFile(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string Quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

// A folder of the running test's own, so that tests run side by side
// share no file and no browser profile.
fs::path TestDir() {
  const fs::path dir =
      kRoot / ::testing::UnitTest::GetInstance()->current_test_info()->name();
  fs::create_directories(dir);
  return dir;
}

// Runs `command` through the shell; its exit status, its output in `out`.
int RunShell(const std::string& command, std::string* out) {
  const fs::path log = TestDir() / "command.log";
  const int status = std::system(
      ("{ " + command + "; } > " + Quoted(log.string()) + " 2>&1").c_str());
  *out = ReadFile(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool HaveChromium() {
  std::string out;
  return RunShell("command -v chromium", &out) == 0;
}

// Invented cases, none of them real.
JudgmentPage Judgment(const std::string& seq, const std::string& title,
                      const std::string& text) {
  JudgmentPage page;
  page.path = "2023/京0105民初" + seq + "/index.html";
  page.title = title;
  page.facts = {"（2023）京0105民初" + seq + "号", "北京市朝阳区人民法院",
                Date{2023, 6, 1}};
  page.cause = "借用合同纠纷";
  page.doc_type = "民事判决书";
  page.public_text = text;
  return page;
}

// The mini site: two judgments whose case numbers share a prefix, a stub,
// the home index, the search page and its shards (small, so several).
void BuildSite(const fs::path& site) {
  fs::remove_all(site);
  const std::vector<JudgmentPage> judgments = {
      Judgment(
          "12345", "蒲某与闵某借用合同纠纷一审民事判决书",
          "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n"
          "　　原告蒲某借给被告闵某一台XK-7型号的旧手风琴，约定三个月归还。\n"
          "　　被告闵某辩称风箱本已漏气。\n"),
      Judgment("123450", "常某与闵某借用合同纠纷一审民事判决书",
               "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初123450号\n"
               "　　原告常某出借的帐篷被被告闵某带去露营后撕裂。\n"),
  };
  std::vector<SearchEntry> search;
  std::vector<IndexEntry> index;
  for (const JudgmentPage& page : judgments) {
    Result<std::string> html = RenderJudgmentPage(page);
    ASSERT_TRUE(html.ok()) << html.status().message();
    WriteFile(site / fs::path(page.path), html.value());
    search.push_back({page.path, page.title, page.facts.case_number,
                      page.facts.court, page.cause, page.doc_type,
                      page.facts.decision_date->Iso(), page.public_text});
    index.push_back(
        {IndexEntryKind::kJudgment, page.path, page.title, page.facts});
  }
  StubPage stub;
  stub.path = "2023/京0105民初12346/index.html";
  stub.facts = {"（2023）京0105民初12346号", "北京市朝阳区人民法院",
                Date{2023, 7, 2}};
  stub.grounds = {"mediation"};
  Result<std::string> stub_html = RenderStubPage(stub);
  ASSERT_TRUE(stub_html.ok()) << stub_html.status().message();
  WriteFile(site / fs::path(stub.path), stub_html.value());
  index.push_back({IndexEntryKind::kStub, stub.path, "", stub.facts});

  const std::vector<IndexPage> home = PaginateIndex("", "", index, 20);
  Result<std::string> home_html = RenderIndexPage(home[0]);
  ASSERT_TRUE(home_html.ok()) << home_html.status().message();
  WriteFile(site / "index.html", home_html.value());
  WriteFile(site / fs::path(kSiteStylesheetPath), SiteStylesheet());
  WriteFile(site / fs::path(kSearchScriptPath), SearchScript());
  const auto shards = BuildSearchShards(search, 400);
  ASSERT_EQ(shards.size(), 2u);
  for (const auto& [path, bytes] : shards)
    WriteFile(site / fs::path(path), bytes);
  Result<std::string> search_html = RenderSearchPage(shards.size());
  ASSERT_TRUE(search_html.ok()) << search_html.status().message();
  WriteFile(site / fs::path(kSearchPagePath), search_html.value());
}

// The DOM of the page `file` (with `query` after its URL) once its scripts
// ran, and Chromium's log.
std::string DumpDom(const fs::path& file, const std::string& query,
                    std::string* log) {
  const fs::path dom = TestDir() / "query.dom.html";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : file.string()) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-') {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 0xF];
    }
  }
  url += query;
  const std::string command =
      "timeout 60 nice -n 15 chromium --headless --no-sandbox --disable-gpu "
      "--user-data-dir=" +
      Quoted((TestDir() / "profile").string()) +
      " --virtual-time-budget=5000 --enable-logging=stderr --v=0 --dump-dom " +
      Quoted(url) + " 2> " + Quoted((TestDir() / "query.log").string()) +
      " > " + Quoted(dom.string());
  std::string ignored;
  EXPECT_EQ(RunShell(command, &ignored), 0) << command;
  *log = ReadFile(TestDir() / "query.log");
  return ReadFile(dom);
}

// The search page's DOM after searching `query`.
std::string SearchDom(const fs::path& site, const std::string& query,
                      std::string* log) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded = "?q=";
  for (unsigned char c : query) {
    encoded += '%';
    encoded += kHex[c >> 4];
    encoded += kHex[c & 0xF];
  }
  return DumpDom(site / fs::path(kSearchPagePath), encoded, log);
}

bool HasConsoleLine(const std::string& log) {
  return log.find(":CONSOLE:") != std::string::npos ||
         log.find(":CONSOLE(") != std::string::npos;
}

TEST(CheckSiteTest, SelfTestCatchesJavaScriptErrors) {
  ASSERT_TRUE(HaveChromium())
      << "chromium is not on PATH: the project's set-up installs Debian's "
         "chromium and fonts-wqy-zenhei";
  std::string out;
  EXPECT_EQ(RunShell(Quoted(kScript.string()) + " --self-test", &out), 0)
      << out;
}

TEST(CheckSiteTest, SiteOpensAndFullWidthCaseNumberFindsTheCase) {
  ASSERT_TRUE(HaveChromium())
      << "chromium is not on PATH: the project's set-up installs Debian's "
         "chromium and fonts-wqy-zenhei";
  const fs::path site = TestDir() / "site";
  const fs::path shots = kRoot / "shots";
  BuildSite(site);
  if (HasFatalFailure()) return;
  fs::remove_all(shots);
  const std::string expected =
      "2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/index.html";
  std::string out;
  const int status = RunShell(
      Quoted(kScript.string()) + " " + Quoted(site.string()) + " - " +
          Quoted(shots.string()) + " " +
          Quoted("（２０２３）京０１０５民初１２３４５号") + " " +
          Quoted(expected) + " " + Quoted("2023/京0105民初12345/index.html") +
          " " + Quoted("2023/京0105民初12346/index.html") + " -",
      &out);
  ASSERT_EQ(status, 0) << out;
  for (const char* name :
       {"index", "judgment", "judgment-phone", "stub", "search"}) {
    EXPECT_GT(fs::file_size(shots / (std::string(name) + ".png")), 1000u)
        << name;
  }
  // With 号, the case number is not a prefix of the longer one: one result.
  const std::string dom = ReadFile(shots / "search.dom.html");
  EXPECT_NE(dom.find("找到 1 篇文书。"), std::string::npos) << dom;
  EXPECT_EQ(dom.find("123450/index.html"), std::string::npos);
}

TEST(CheckSiteTest, SearchMarksTheFullTextHitAndShowsMarkupAsText) {
  ASSERT_TRUE(HaveChromium())
      << "chromium is not on PATH: the project's set-up installs Debian's "
         "chromium and fonts-wqy-zenhei";
  const fs::path site = TestDir() / "site";
  BuildSite(site);
  if (HasFatalFailure()) return;

  // Spaces dropped, letters folded to lower case, full-width letters to
  // ASCII: "ｘｋ - 7 型号" finds "XK-7型号" in the first judgment's text.
  std::string log;
  std::string dom = SearchDom(site, "ｘｋ - 7 型号", &log);
  EXPECT_FALSE(HasConsoleLine(log)) << log;
  EXPECT_NE(dom.find("找到 1 篇文书。"), std::string::npos) << dom;
  EXPECT_NE(dom.find("<mark>XK-7型号</mark>"), std::string::npos) << dom;
  EXPECT_NE(dom.find("href=\"../2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/"
                     "index.html\""),
            std::string::npos);

  // A prefix of both case numbers finds both, in index order.
  dom = SearchDom(site, "京0105民初12345", &log);
  EXPECT_FALSE(HasConsoleLine(log)) << log;
  EXPECT_NE(dom.find("找到 2 篇文书。"), std::string::npos) << dom;
  EXPECT_LT(dom.find("12345/index.html"), dom.find("123450/index.html"));

  // Markup in the query is shown as text, never parsed.
  dom = SearchDom(site, "<img src=x onerror=alert(1)>", &log);
  EXPECT_FALSE(HasConsoleLine(log)) << log;
  EXPECT_NE(
      dom.find("没有找到与“&lt;img src=x onerror=alert(1)&gt;”相符的文书。"),
      std::string::npos)
      << dom;
  EXPECT_EQ(dom.find("<img"), std::string::npos);
}

struct NormalizeCase {
  const char* name;
  const char* input;  // a JavaScript expression
  const char* want;   // the normalized text
};

// The documented normalization, run by the search script in the browser.
TEST(CheckSiteTest, QueriesAndTextsNormalizeAsDocumented) {
  ASSERT_TRUE(HaveChromium())
      << "chromium is not on PATH: the project's set-up installs Debian's "
         "chromium and fonts-wqy-zenhei";
  const NormalizeCase cases[] = {
      {"FullWidthDigitsAndBrackets", "'（２０２３）京０１０５民初１２３４５号'",
       "(2023)京0105民初12345号"},
      {"TortoiseShellBrackets", "'〔2023〕京0105民初1号'",
       "(2023)京0105民初1号"},
      {"LenticularBrackets", "'【2023】京0105民初1号'", "(2023)京0105民初1号"},
      {"WhiteLenticularBrackets", "'〖2023〗'", "(2023)"},
      {"FullWidthSquareBrackets", "'［2023］'", "(2023)"},
      {"SquareBrackets", "'[2023]'", "(2023)"},
      {"SpacesOfEveryKindDropped", "' 京 0105\\u3000民初\\u00a012345\\n号\\t'",
       "京0105民初12345号"},
      {"LettersLowerCasedFullWidthToo", "'ＸＫ-7 Abc'", "xk-7abc"},
      {"CircledNumberByNfkc", "'第①项'", "第1项"},
      {"ChineseUntouched", "'借用合同纠纷'", "借用合同纠纷"},
      {"Empty", "''", ""},
      {"NotAString", "null", ""},
  };
  const fs::path dir = TestDir() / "normalize";
  fs::remove_all(dir);
  WriteFile(dir / "search.js", SearchScript());
  std::string js = "var inputs = [";
  for (const NormalizeCase& c : cases) js += std::string(c.input) + ",\n";
  js +=
      "];\ndocument.getElementById('out').textContent = inputs.map("
      "function (x) { return JSON.stringify(window.wenshuSearchNormalize(x)); "
      "}).join('\\n');\n";
  WriteFile(dir / "cases.js", js);
  WriteFile(dir / "index.html",
            "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta "
            "charset=\"utf-8\" /><title>normalize</title></head><body>"
            "<pre id=\"out\">not run</pre><script src=\"search.js\"></script>"
            "<script src=\"cases.js\"></script></body></html>\n");
  std::string log;
  const std::string dom = DumpDom(dir / "index.html", "", &log);
  EXPECT_FALSE(HasConsoleLine(log)) << log;
  const std::string open = "<pre id=\"out\">";
  const size_t begin = dom.find(open);
  const size_t end = dom.find("</pre>");
  ASSERT_NE(begin, std::string::npos) << dom;
  ASSERT_NE(end, std::string::npos) << dom;
  std::stringstream lines(
      dom.substr(begin + open.size(), end - begin - open.size()));
  std::string line;
  for (const NormalizeCase& c : cases) {
    ASSERT_TRUE(std::getline(lines, line)) << c.name;
    EXPECT_EQ(line, "\"" + std::string(c.want) + "\"") << c.name;
  }
}

}  // namespace
}  // namespace wenshu
