#include "publishers/site_pages.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "core/case_number.h"
#include "core/html_document.h"
#include "core/xml_document.h"
#include "gtest/gtest.h"
#include "tests/publishers/page_checks.h"

namespace wenshu {
namespace {

using page_checks::Attr;
using page_checks::Elements;
using page_checks::FindOnPath;
using page_checks::TidyMessages;
using page_checks::Walk;

// ------------------------------------------------------------- helpers

// The visible text of the <main> element, each text node's text joined by
// '|' (blank nodes left out).
std::string MainText(const HtmlTree& tree) {
  std::vector<XmlNode> mains = Elements(tree, "main");
  if (mains.size() != 1) return "<no single main>";
  std::string out;
  Walk(mains[0], [&](XmlNode n) {
    if (KindOf(n) != HtmlNodeKind::kText) return;
    std::string_view text = NodeText(n);
    if (text.find_first_not_of(" \n") == std::string_view::npos) return;
    if (!out.empty()) out += "|";
    out += text;
  });
  return out;
}


// Every check a rendered page must pass, whatever kind it is. Only the
// search page (`scripted`) may have scripts, and only files of the site's.
void ExpectSoundPage(const std::string& page, const std::string& path,
                     bool scripted = false) {
  SCOPED_TRACE(path);
  std::optional<HtmlTree> tree;
  page_checks::ExpectPageBasics(page, path, &tree);
  if (!tree) return;
  // No script, works with JavaScript off; nothing fetched from elsewhere.
  const std::vector<XmlNode> scripts = Elements(*tree, "script");
  if (!scripted) {
    EXPECT_TRUE(scripts.empty());
  }
  for (XmlNode script : scripts) {
    const std::string src = Attr(script, "src");
    EXPECT_FALSE(src.empty());
    EXPECT_TRUE(script.Text().empty()) << "inline script: " << script.Text();
    if (src.empty()) continue;
    EXPECT_NE(src.front(), '/') << src;
    EXPECT_EQ(src.find(':'), std::string::npos) << src;
  }
  for (XmlNode a : Elements(*tree, "a")) {
    const std::string href = Attr(a, "href");
    EXPECT_FALSE(href.empty());
    EXPECT_NE(href.front(), '/') << href;
    EXPECT_EQ(href.find(':'), std::string::npos) << href;
  }
  for (XmlNode form : Elements(*tree, "form")) {
    const std::string action = Attr(form, "action");
    EXPECT_FALSE(action.empty());
    EXPECT_NE(action.front(), '/') << action;
    EXPECT_EQ(action.find(':'), std::string::npos) << action;
  }
  // The stylesheet link, resolved from the page's folder, is the one file.
  const std::vector<XmlNode> links = Elements(*tree, "link");
  ASSERT_EQ(links.size(), 1u);
  const std::filesystem::path resolved =
      (std::filesystem::path(path).parent_path() / Attr(links[0], "href"))
          .lexically_normal();
  EXPECT_EQ(resolved.generic_string(), kSiteStylesheetPath);

  const std::string tidy = FindOnPath("tidy");
  ASSERT_FALSE(tidy.empty())
      << "tidy is not on PATH: run scripts/test, which installs Debian's "
         "tidy (WENSHU_TEST_PACKAGES in scripts/common.sh)";
  EXPECT_EQ(TidyMessages(tidy, page), "");
}

// Invented cases, none of them real.
JudgmentPage InventedJudgment() {
  JudgmentPage page;
  page.path = "2023/京0105民初12345/index.html";
  page.title = "柏某与鲁某某民间借贷纠纷一审民事判决书";
  page.facts = {"（2023）京0105民初12345号", "北京市朝阳区人民法院",
                Date{2023, 6, 1}};
  page.cause = "民间借贷纠纷";
  page.doc_type = "民事判决书";
  page.public_text =
      "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n"
      "　　原告：柏某，住北京市朝阳区。\n\n"
      "　　被告：鲁某某，住北京市海淀区。\n"
      "　　双方就一笔周转款项的归还期限各执一词。\n";
  return page;
}

// -------------------------------------------------------------- titles

struct TitleCase {
  const char* name;
  TitleParts parts;
  const char* public_text;
  const char* case_number;
  const char* want;
};

TEST(SitePagesTitleTest, BuiltFromPublishedPartsWithDocumentedFallbacks) {
  const TitleCase cases[] = {
      {"CivilFirstInstance",
       {{"柏某"}, {"鲁某某"}, "民间借贷纠纷", "民初", "民事判决书"},
       "原告柏某与被告鲁某某",
       "（2023）京0105民初12345号",
       "柏某与鲁某某民间借贷纠纷一审民事判决书"},
      {"CriminalHasOneSide",
       {{"钱大壮"}, {}, "盗窃罪", "刑初", "刑事判决书"},
       "被告人钱大壮",
       "",
       "钱大壮盗窃罪一审刑事判决书"},
      {"AppealRuling",
       {{"甲乙丙商贸有限公司"}, {"滕某"}, "买卖合同纠纷", "民终", "民事裁定书"},
       "上诉人甲乙丙商贸有限公司，被上诉人滕某",
       "",
       "甲乙丙商贸有限公司与滕某买卖合同纠纷二审民事裁定书"},
      {"RetrialAndRetrialReview",
       {{"柏某"}, {}, "借款合同纠纷", "民再", "民事判决书"},
       "柏某",
       "",
       "柏某借款合同纠纷再审民事判决书"},
      {"RetrialPetitionIsReview",
       {{"柏某"}, {}, "借款合同纠纷", "民申", "民事裁定书"},
       "柏某",
       "",
       "柏某借款合同纠纷再审审查民事裁定书"},
      {"OldFormTypeCode",
       {{"柏某"}, {}, "借款合同纠纷", "朝民初", "民事判决书"},
       "柏某",
       "",
       "柏某借款合同纠纷一审民事判决书"},
      {"EnforcementCarriesNoInstance",
       {{"柏某"}, {}, "", "执恢", "执行裁定书"},
       "柏某",
       "",
       "柏某执行裁定书"},
      {"NameNotInPublicTextIsLeftOut",
       {{"柏雨桐"}, {"鲁某某"}, "婚约财产纠纷", "民初", "民事判决书"},
       "原告柏某与被告鲁某某",
       "",
       "鲁某某婚约财产纠纷一审民事判决书"},
      {"SpacedPartsAreJoined",
       {{"柏 某"}, {}, "民间借贷 纠纷", "民 初", "民 事 判 决 书"},
       "柏某",
       "",
       "柏某民间借贷纠纷一审民事判决书"},
      {"MoreThanThreeNamesEndWithDeng",
       {{"甲某", "乙某", "丙某", "丁某"},
        {"戊某"},
        "合伙合同纠纷",
        "民初",
        "民事判决书"},
       "甲某乙某丙某丁某戊某",
       "",
       "甲某、乙某、丙某等与戊某合伙合同纠纷一审民事判决书"},
      {"RepeatedNameOnce",
       {{"甲某", "甲某"}, {}, "合伙合同纠纷", "民初", "民事判决书"},
       "甲某",
       "",
       "甲某合伙合同纠纷一审民事判决书"},
      {"UnknownDocTypeIsGeneric",
       {{"柏某"}, {"鲁某"}, "民间借贷纠纷", "民初", ""},
       "柏某鲁某",
       "",
       "柏某与鲁某民间借贷纠纷一审裁判文书"},
      {"UnknownCauseLeftOut",
       {{"柏某"}, {"鲁某"}, "", "民初", "民事判决书"},
       "柏某鲁某",
       "",
       "柏某与鲁某一审民事判决书"},
      {"NothingKnownFallsBackToCaseNumber",
       {{"柏雨桐"}, {}, "", "", ""},
       "柏某",
       "（2023）京0105民初 12345号",
       "（2023）京0105民初12345号裁判文书"},
      {"NothingAtAll", {}, "", "", "裁判文书"},
  };
  for (const TitleCase& c : cases) {
    EXPECT_EQ(JudgmentTitle(c.parts, c.public_text, c.case_number), c.want)
        << c.name;
  }
}

TEST(SitePagesTitleTest, HeaderGivesCauseInstanceTypeAndFacts) {
  DocumentHeader header;
  header.court = "上海市第一中级人民法院";
  header.doc_type = "民事判决书";
  header.cause = "房屋租赁合同纠纷";
  header.case_number = ParseCaseNumber("(2024)沪01民终678号");
  ASSERT_TRUE(header.case_number.has_value());
  header.decision_date = Date{2024, 11, 20};
  TitleParts parts = TitlePartsOf(header);
  EXPECT_EQ(parts.type_code, "民终");
  EXPECT_TRUE(parts.first_side.empty());
  parts.first_side = {"祁某"};
  parts.other_side = {"乔某"};
  EXPECT_EQ(JudgmentTitle(parts, "上诉人祁某，被上诉人乔某", ""),
            "祁某与乔某房屋租赁合同纠纷二审民事判决书");
  const CaseFacts facts = CaseFactsOf(header);
  EXPECT_EQ(facts.case_number, "(2024)沪01民终678号");
  EXPECT_EQ(facts.court, "上海市第一中级人民法院");
  EXPECT_EQ(facts.decision_date, (Date{2024, 11, 20}));
  // Nothing known: nothing invented.
  const CaseFacts none = CaseFactsOf(DocumentHeader{});
  EXPECT_TRUE(none.case_number.empty());
  EXPECT_FALSE(none.decision_date.has_value());
  EXPECT_EQ(JudgmentTitle(TitlePartsOf(DocumentHeader{}), "", ""), "裁判文书");
}

// ---------------------------------------------------------- permalinks

struct PermalinkCase {
  const char* name;
  const char* case_number;
  const char* doc_type;
  int ordinal;
  const char* want;  // nullptr: refused
};

TEST(SitePagesPermalinkTest, StableReadableAndSafe) {
  const PermalinkCase cases[] = {
      {"Plain", "（2023）京0105民初12345号", "", 1, "2023/京0105民初12345/"},
      {"HalfWidthBrackets", "(2023)京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"FullWidthDigits", "（２０２３）京０１０５民初１２３４５号", "", 1,
       "2023/京0105民初12345/"},
      {"TortoiseShellBrackets", "〔2023〕京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"SquareBrackets", "[2023]京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"FullWidthSquareBrackets", "［2023］京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"LenticularBrackets", "【2023】京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"SpacesAnywhere", " （ 2023 ） 京 0105 民初 12345 号 ", "", 1,
       "2023/京0105民初12345/"},
      {"IdeographicSpace", "（2023）\u3000京0105民初12345号", "", 1,
       "2023/京0105民初12345/"},
      {"WithoutHao", "（2023）京0105民初12345", "", 1, "2023/京0105民初12345/"},
      {"SupremeCourt", "（2021）最高法民申1234号", "", 1,
       "2021/最高法民申1234/"},
      {"OldFormKeepsZiDi", "（2012）朝民初字第01234号", "", 1,
       "2012/朝民初字第01234/"},
      {"SubNumber", "（2023）京0105民初12345号之一", "", 1,
       "2023/京0105民初12345之一/"},
      {"SeveralDocumentsAddTheType", "（2023）京0105民初12345号", "民事裁定书",
       1, "2023/京0105民初12345/民事裁定书/"},
      {"SecondOfTheSameType", "（2023）京0105民初12345号", "民事裁定书", 2,
       "2023/京0105民初12345/民事裁定书-2/"},
      {"SpacedType", "（2023）京0105民初12345号", "民 事 裁 定 书", 1,
       "2023/京0105民初12345/民事裁定书/"},
      {"NotACaseNumber", "借条一张", "", 1, nullptr},
      {"Empty", "", "", 1, nullptr},
      {"TypeThatClimbs", "（2023）京0105民初12345号", "../民事裁定书", 1,
       nullptr},
      {"TypeWithSlash", "（2023）京0105民初12345号", "民事/裁定书", 1, nullptr},
      {"OrdinalZero", "（2023）京0105民初12345号", "民事裁定书", 0, nullptr},
      {"OrdinalWithoutType", "（2023）京0105民初12345号", "", 2, nullptr},
      {"InvalidUtf8", "（2023）京0105民初\xff号", "", 1, nullptr},
  };
  for (const PermalinkCase& c : cases) {
    Result<std::string> got =
        PermalinkPath(c.case_number, c.doc_type, c.ordinal);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.ok()) << c.name << ": " << got.value();
      continue;
    }
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().message();
    EXPECT_EQ(got.value(), c.want) << c.name;
  }
}

TEST(SitePagesPermalinkTest, LinksPercentEncodeTheChinese) {
  Result<std::string> path = PermalinkPath("（2023）京0105民初12345号");
  ASSERT_TRUE(path.ok());
  EXPECT_EQ(RelativeHref("index.html", path.value() + "index.html"),
            "2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D12345/index.html");
}

struct HrefCase {
  const char* from;
  const char* to;
  const char* want;
};

TEST(SitePagesPermalinkTest, RelativeHrefsFromAnyDepth) {
  const HrefCase cases[] = {
      {"index.html", "assets/site.css", "assets/site.css"},
      {"2023/a/index.html", "assets/site.css", "../../assets/site.css"},
      {"2023/a/index.html", "index.html", "../../index.html"},
      {"2023/a/index.html", "2023/a/index.html", "index.html"},
      {"2023/a/v1/index.html", "2023/a/index.html", "../index.html"},
      {"2023/a/index.html", "2023/b/index.html", "../b/index.html"},
      {"courts/x/page-2.html", "courts/x/index.html", "index.html"},
      {"2023/a/index.html", "2023/", "../"},
      {"2023/a/index.html", "2023/a/", "./"},
      {"index.html", "a b/c.html", "a%20b/c.html"},
  };
  for (const HrefCase& c : cases) {
    EXPECT_EQ(RelativeHref(c.from, c.to), c.want) << c.from << " -> " << c.to;
  }
}

// --------------------------------------------------------------- pages

TEST(SitePagesRenderTest, WithdrawalNoticeExactly) {
  WithdrawalPage page;
  page.path = "2023/京0105民初12345/index.html";
  page.facts = {"（2023）京0105民初12345号", "北京市朝阳区人民法院",
                Date{2023, 6, 1}};
  page.withdrawn_on = Date{2024, 1, 5};
  Result<std::string> html = RenderWithdrawalPage(page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  EXPECT_EQ(html.value(),
            "<!DOCTYPE html>\n"
            "<html lang=\"zh-CN\">\n"
            "<head>\n"
            "<meta charset=\"utf-8\" />\n"
            "<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\" />\n"
            "<title>（2023）京0105民初12345号 已撤回 | 裁判文书公开</title>\n"
            "<link rel=\"stylesheet\" href=\"../../assets/site.css\" />\n"
            "</head>\n"
            "<body>\n"
            "<header class=\"site\"><a href=\"../../index.html\">裁判文书公开"
            "</a>\n<nav class=\"browse\" aria-label=\"浏览\">"
            "<a href=\"../../courts/index.html\">法院</a>"
            "<a href=\"../../years/index.html\">年份</a>"
            "<a href=\"../../causes/index.html\">案由</a>"
            "<a href=\"../../types/index.html\">文书类型</a>"
            "<a href=\"../../search/index.html\">搜索</a>"
            "</nav></header>\n"
            "<main>\n"
            "<article class=\"withdrawn\">\n"
            "<h1>（2023）京0105民初12345号 已撤回</h1>\n"
            "<p class=\"notice\">本文书已于<time datetime=\"2024-01-05\">"
            "2024年1月5日</time>撤回，不再在本站公布。</p>\n"
            "<dl class=\"facts\">\n"
            "<dt>法院</dt><dd>北京市朝阳区人民法院</dd>\n"
            "<dt>案号</dt><dd>（2023）京0105民初12345号</dd>\n"
            "<dt>裁判日期</dt><dd><time datetime=\"2023-06-01\">2023年6月1日"
            "</time></dd>\n"
            "</dl>\n"
            "</article>\n"
            "</main>\n"
            "</body>\n"
            "</html>\n");
  ExpectSoundPage(html.value(), page.path);
}

TEST(SitePagesRenderTest, JudgmentPageShowsFactsAndOneParagraphPerLine) {
  const JudgmentPage page = InventedJudgment();
  Result<std::string> html = RenderJudgmentPage(page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), page.path);
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(Elements(tree.value(), "title")[0].Text(),
            "柏某与鲁某某民间借贷纠纷一审民事判决书 | 裁判文书公开");
  EXPECT_EQ(MainText(tree.value()),
            "柏某与鲁某某民间借贷纠纷一审民事判决书|"
            "法院|北京市朝阳区人民法院|案号|（2023）京0105民初12345号|"
            "裁判日期|2023年6月1日|案由|民间借贷纠纷|文书类型|民事判决书|"
            "版本|第1版|永久链接|2023/京0105民初12345/|"
            "北京市朝阳区人民法院|民事判决书|（2023）京0105民初12345号|"
            "原告：柏某，住北京市朝阳区。|被告：鲁某某，住北京市海淀区。|"
            "双方就一笔周转款项的归还期限各执一词。");
  // The blank line makes no empty paragraph.
  for (XmlNode p : Elements(tree.value(), "p")) EXPECT_FALSE(p.Text().empty());
}

TEST(SitePagesRenderTest, ScriptInAPartyNameComesOutInert) {
  JudgmentPage page = InventedJudgment();
  const std::string hostile = "<script>alert('柏')</script>&amp;\"x\"";
  page.title = hostile + "与鲁某某民间借贷纠纷一审民事判决书";
  page.facts.court = hostile;
  page.cause = hostile;
  page.public_text = "原告：" + hostile + "\n<img src=x onerror=alert(1)>";
  Result<std::string> html = RenderJudgmentPage(page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), page.path);
  EXPECT_EQ(html.value().find("<script"), std::string::npos);
  EXPECT_EQ(html.value().find("<img"), std::string::npos);
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  EXPECT_TRUE(Elements(tree.value(), "img").empty());
  // The words survive as text, exactly.
  EXPECT_EQ(Elements(tree.value(), "h1")[0].Text(),
            hostile + "与鲁某某民间借贷纠纷一审民事判决书");
  EXPECT_NE(MainText(tree.value()).find("<img src=x onerror=alert(1)>"),
            std::string::npos);
}

TEST(SitePagesRenderTest, ControlCharactersAreShownNotPassedThrough) {
  EXPECT_EQ(EscapeHtml("a\x01"
                       "b\tc\x7F"),
            "a\xEF\xBF\xBD"
            "b\tc\xEF\xBF\xBD");
  EXPECT_EQ(EscapeHtml("<&>\"'"), "&lt;&amp;&gt;&quot;&#39;");
}

TEST(SitePagesRenderTest, StubCarriesOnlyCaseNumberCourtDateAndGround) {
  StubPage page;
  page.path = "2023/京0105民初12346/index.html";
  page.facts = {"（2023）京0105民初12346号", "北京市朝阳区人民法院",
                Date{2023, 7, 2}};
  page.grounds = {"divorce_or_custody", "party_request", "divorce_or_custody"};
  Result<std::string> html = RenderStubPage(page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), page.path);
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(MainText(tree.value()),
            "（2023）京0105民初12346号 不公开|本文书依法不在互联网公布。|"
            "法院|北京市朝阳区人民法院|案号|（2023）京0105民初12346号|"
            "裁判日期|2023年7月2日|不公开理由|"
            "离婚诉讼或者涉及未成年子女抚养、监护；"
            "当事人申请不在互联网公布，经人民法院准许");
  EXPECT_EQ(Elements(tree.value(), "title")[0].Text(),
            "（2023）京0105民初12346号 不公开 | 裁判文书公开");
  // Nothing but the site's own links: home and the five browse links.
  EXPECT_EQ(Elements(tree.value(), "a").size(), 6u);
}

TEST(SitePagesRenderTest, StubRefusesGroundsItMayNotShow) {
  StubPage page;
  page.path = "2023/x/index.html";
  page.facts = {"（2023）京0105民初12346号", "北京市朝阳区人民法院", {}};
  for (const auto& grounds : std::vector<std::vector<std::string>>{
           {}, {"state_secret"}, {"mediation", "state_secret"}, {"other"}}) {
    page.grounds = grounds;
    EXPECT_FALSE(RenderStubPage(page).ok()) << grounds.size();
  }
  for (const char* ground :
       {"divorce_or_custody", "juvenile_crime", "mediation", "court_discretion",
        "party_request"}) {
    page.grounds = {ground};
    Result<std::string> html = RenderStubPage(page);
    ASSERT_TRUE(html.ok()) << ground;
    EXPECT_NE(html.value().find(*GroundInWords(ground)), std::string::npos);
  }
}

TEST(SitePagesRenderTest, OldVersionSaysWhichVersionSupersedesIt) {
  JudgmentPage page = InventedJudgment();
  page.path = "2023/京0105民初12345/v1/index.html";
  page.superseded_by = 2;
  page.superseded_by_path = "2023/京0105民初12345/index.html";
  Result<std::string> html = RenderJudgmentPage(page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), page.path);
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  const std::vector<XmlNode> paragraphs = Elements(tree.value(), "p");
  ASSERT_FALSE(paragraphs.empty());
  EXPECT_EQ(paragraphs[0].Text(), "本页为第1版，已被第2版取代。");
  EXPECT_NE(html.value().find("<a href=\"../index.html\">第2版</a>"),
            std::string::npos);
  // A current page carries no notice.
  Result<std::string> current = RenderJudgmentPage(InventedJudgment());
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current.value().find("取代"), std::string::npos);
  // Superseded by itself or an older version is a bug upstream.
  page.superseded_by = 1;
  EXPECT_FALSE(RenderJudgmentPage(page).ok());
}

TEST(SitePagesRenderTest, BadPathsAndDatesAreRefused) {
  for (const char* path :
       {"", "/2023/a/index.html", "../index.html", "2023//index.html",
        "2023/a/", "2023/./a.html", "a?b.html", "a#b.html", "c:/a.html"}) {
    JudgmentPage page = InventedJudgment();
    page.path = path;
    EXPECT_FALSE(RenderJudgmentPage(page).ok()) << path;
  }
  JudgmentPage page = InventedJudgment();
  page.facts.decision_date = Date{2023, 2, 30};
  EXPECT_FALSE(RenderJudgmentPage(page).ok());
  page = InventedJudgment();
  page.public_text = "\xC3";
  EXPECT_FALSE(RenderJudgmentPage(page).ok());
}

IndexEntry Entry(int n, IndexEntryKind kind = IndexEntryKind::kJudgment) {
  const std::string number =
      "（2023）京0105民初" + std::to_string(100 + n) + "号";
  IndexEntry e;
  e.kind = kind;
  e.target_path = "2023/京0105民初" + std::to_string(100 + n) + "/index.html";
  e.title =
      kind == IndexEntryKind::kJudgment
          ? "甲某" + std::to_string(n) + "与乙某租赁合同纠纷一审民事判决书"
          : "";
  e.facts = {number, "北京市朝阳区人民法院", Date{2023, 3, n}};
  return e;
}

TEST(SitePagesRenderTest, IndexPaginatesWithPageNOfM) {
  std::vector<IndexEntry> entries;
  for (int n = 1; n <= 5; ++n) entries.push_back(Entry(n));
  const std::vector<IndexPage> pages = PaginateIndex(
      "北京市朝阳区人民法院", "courts/北京市朝阳区人民法院/", entries, 2);
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0].entries.size(), 2u);
  EXPECT_EQ(pages[2].entries.size(), 1u);
  EXPECT_EQ(pages[2].entries[0].facts.case_number, "（2023）京0105民初105号");
  EXPECT_EQ(IndexPagePath(pages[1].folder, 1),
            "courts/北京市朝阳区人民法院/index.html");
  EXPECT_EQ(IndexPagePath(pages[1].folder, 3),
            "courts/北京市朝阳区人民法院/page-3.html");

  Result<std::string> middle = RenderIndexPage(pages[1]);
  ASSERT_TRUE(middle.ok()) << middle.status().message();
  ExpectSoundPage(middle.value(), IndexPagePath(pages[1].folder, 2));
  Result<HtmlTree> tree = HtmlTree::Parse(middle.value());
  ASSERT_TRUE(tree.ok());
  // The banner's browse links, then the pages.
  const std::vector<XmlNode> navs = Elements(tree.value(), "nav");
  ASSERT_EQ(navs.size(), 2u);
  EXPECT_EQ(navs[1].Text(), "\n首页\n上一页\n第2页，共3页\n下一页\n末页\n");
  std::vector<std::string> hrefs;
  Walk(navs[1], [&](XmlNode n) {
    if (KindOf(n) == HtmlNodeKind::kElement && n.LocalName() == "a") {
      hrefs.push_back(Attr(n, "href"));
    }
  });
  EXPECT_EQ(hrefs, (std::vector<std::string>{"index.html", "index.html",
                                             "page-3.html", "page-3.html"}));
  EXPECT_EQ(Elements(tree.value(), "title")[0].Text(),
            "北京市朝阳区人民法院（第2页） | 裁判文书公开");
  // Entries link back down from the index's folder.
  EXPECT_NE(middle.value().find(
                "href=\"../../2023/%E4%BA%AC0105%E6%B0%91%E5%88%9D103/"
                "index.html\""),
            std::string::npos);

  Result<std::string> first = RenderIndexPage(pages[0]);
  ASSERT_TRUE(first.ok());
  ExpectSoundPage(first.value(), IndexPagePath(pages[0].folder, 1));
  EXPECT_NE(first.value().find("<span class=\"off\">上一页</span>"),
            std::string::npos);
  EXPECT_EQ(first.value().find("rel=\"prev\""), std::string::npos);
  Result<std::string> last = RenderIndexPage(pages[2]);
  ASSERT_TRUE(last.ok());
  EXPECT_NE(last.value().find("<span class=\"off\">下一页</span>"),
            std::string::npos);
  EXPECT_EQ(last.value().find("rel=\"next\""), std::string::npos);
}

TEST(SitePagesRenderTest, IndexMarksStubsAndWithdrawalsAndHandlesNoEntries) {
  const std::vector<IndexPage> pages =
      PaginateIndex("2023年", "years/2023/",
                    {Entry(1), Entry(2, IndexEntryKind::kStub),
                     Entry(3, IndexEntryKind::kWithdrawn)},
                    10);
  ASSERT_EQ(pages.size(), 1u);
  Result<std::string> html = RenderIndexPage(pages[0]);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), "years/2023/index.html");
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  const std::vector<XmlNode> items = Elements(tree.value(), "li");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].Text(),
            "甲某1与乙某租赁合同纠纷一审民事判决书北京市朝阳区人民法院 · "
            "（2023）京0105民初101号 · 2023年3月1日");
  EXPECT_EQ(items[1].Text(),
            "（2023）京0105民初102号不公开北京市朝阳区人民法院 · 2023年3月2日");
  EXPECT_EQ(items[2].Text(),
            "（2023）京0105民初103号已撤回北京市朝阳区人民法院 · 2023年3月3日");

  const std::vector<IndexPage> empty = PaginateIndex("", "", {}, 10);
  ASSERT_EQ(empty.size(), 1u);
  Result<std::string> home = RenderIndexPage(empty[0]);
  ASSERT_TRUE(home.ok()) << home.status().message();
  ExpectSoundPage(home.value(), "index.html");
  EXPECT_NE(home.value().find("<p>暂无文书。</p>"), std::string::npos);
  EXPECT_NE(home.value().find("第1页，共1页"), std::string::npos);

  IndexPage bad = empty[0];
  bad.page = 2;
  EXPECT_FALSE(RenderIndexPage(bad).ok());
  bad = empty[0];
  bad.folder = "years";
  EXPECT_FALSE(RenderIndexPage(bad).ok());
  bad = pages[0];
  bad.entries[0].target_path = "../elsewhere.html";
  EXPECT_FALSE(RenderIndexPage(bad).ok());
}

// The search form on a page at `path`: GET, input "q", the search page
// resolved from the page's folder.
void ExpectSearchForm(const HtmlTree& tree, const std::string& path) {
  SCOPED_TRACE(path);
  const std::vector<XmlNode> forms = Elements(tree, "form");
  ASSERT_EQ(forms.size(), 1u);
  EXPECT_EQ(Attr(forms[0], "method"), "get");
  const std::filesystem::path resolved =
      (std::filesystem::path(path).parent_path() / Attr(forms[0], "action"))
          .lexically_normal();
  EXPECT_EQ(resolved.generic_string(), kSearchPagePath);
  std::vector<std::string> inputs;
  Walk(forms[0], [&](XmlNode n) {
    if (KindOf(n) == HtmlNodeKind::kElement && n.LocalName() == "input") {
      inputs.push_back(Attr(n, "name"));
    }
  });
  EXPECT_EQ(inputs, std::vector<std::string>{"q"});
}

TEST(SitePagesRenderTest, EveryIndexPageHasASearchFormToTheSearchPage) {
  std::vector<IndexEntry> entries;
  for (int n = 1; n <= 3; ++n) entries.push_back(Entry(n));
  for (const auto& [heading, folder] :
       std::vector<std::pair<std::string, std::string>>{
           {"", ""},
           {"2023年", "years/2023/"},
           {"北京市朝阳区人民法院", "courts/北京市朝阳区人民法院/"}}) {
    for (const IndexPage& page : PaginateIndex(heading, folder, entries, 2)) {
      Result<std::string> html = RenderIndexPage(page);
      ASSERT_TRUE(html.ok()) << html.status().message();
      const std::string path = IndexPagePath(page.folder, page.page);
      ExpectSoundPage(html.value(), path);
      Result<HtmlTree> tree = HtmlTree::Parse(html.value());
      ASSERT_TRUE(tree.ok());
      ExpectSearchForm(tree.value(), path);
    }
  }
  // From the home page the action is the search page itself.
  Result<std::string> home = RenderIndexPage(PaginateIndex("", "", {}, 5)[0]);
  ASSERT_TRUE(home.ok());
  EXPECT_NE(home.value().find("action=\"search/index.html\""),
            std::string::npos);
}

TEST(SitePagesRenderTest, SearchPageLoadsItsScriptThenEveryShard) {
  Result<std::string> html = RenderSearchPage(3);
  ASSERT_TRUE(html.ok()) << html.status().message();
  ExpectSoundPage(html.value(), std::string(kSearchPagePath), true);
  Result<HtmlTree> tree = HtmlTree::Parse(html.value());
  ASSERT_TRUE(tree.ok());
  ExpectSearchForm(tree.value(), std::string(kSearchPagePath));
  std::vector<std::string> srcs;
  for (XmlNode script : Elements(tree.value(), "script")) {
    srcs.push_back(Attr(script, "src"));
  }
  // The script first: it defines the function the shards call.
  EXPECT_EQ(srcs,
            (std::vector<std::string>{"../assets/search.js", "shard-00.js",
                                      "shard-01.js", "shard-02.js"}));
  EXPECT_EQ(SearchShardPath(2), "search/shard-02.js");
  // Without JavaScript the page says so and points to the indexes.
  EXPECT_NE(html.value().find("<noscript><p class=\"notice\">搜索需要启用 "
                              "JavaScript。未启用时，请从<a href=\"../"
                              "index.html\">首页</a>"),
            std::string::npos);
  // The places the script fills, and how many shards it must find.
  EXPECT_NE(html.value().find("<p id=\"search-status\" role=\"status\">"),
            std::string::npos);
  EXPECT_NE(
      html.value().find("<div id=\"search-results\" data-shards=\"3\"></div>"),
      std::string::npos);
  EXPECT_EQ(Elements(tree.value(), "title")[0].Text(), "搜索 | 裁判文书公开");

  // An empty site: the script alone, and it finds nothing.
  Result<std::string> empty = RenderSearchPage(0);
  ASSERT_TRUE(empty.ok());
  ExpectSoundPage(empty.value(), std::string(kSearchPagePath), true);
  Result<HtmlTree> empty_tree = HtmlTree::Parse(empty.value());
  ASSERT_TRUE(empty_tree.ok());
  EXPECT_EQ(Elements(empty_tree.value(), "script").size(), 1u);
}

TEST(SitePagesRenderTest, StylesheetIsChineseFirstAndSelfContained) {
  const std::string_view css = SiteStylesheet();
  EXPECT_NE(css.find("font-family: \"PingFang SC\""), std::string_view::npos);
  EXPECT_NE(css.find("@media"), std::string_view::npos);
  // Nothing fetched from elsewhere: no url(), no @import.
  EXPECT_EQ(css.find("url("), std::string_view::npos);
  EXPECT_EQ(css.find("@import"), std::string_view::npos);
}

}  // namespace
}  // namespace wenshu
