#include "publishers/review_pages.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/encoding.h"
#include "core/html_document.h"
#include "core/xml_document.h"
#include "gtest/gtest.h"
#include "pipeline/document_processor.h"
#include "tests/pipeline/standard_processor.h"
#include "tests/publishers/page_checks.h"

namespace wenshu {
namespace {

using page_checks::Attr;
using page_checks::Elements;
using page_checks::FindOnPath;
using page_checks::TidyMessages;
using page_checks::Walk;

// ------------------------------------------------------------- helpers

bool HasAttr(XmlNode element, std::string_view name) {
  for (const HtmlAttribute& a : Attributes(element)) {
    if (a.name == name) return true;
  }
  return false;
}

// All text under `node`, joined.
std::string AllText(XmlNode node) {
  std::string out;
  Walk(node, [&](XmlNode n) {
    if (KindOf(n) == HtmlNodeKind::kText) out += NodeText(n);
  });
  return out;
}



// `href` resolved from the page at `page_path`, relative to the review root.
std::string Resolve(const std::string& page_path, const std::string& href) {
  return (std::filesystem::path(page_path).parent_path() / href)
      .lexically_normal()
      .generic_string();
}

// Every check a review page must pass, whatever kind it is.
void ExpectSoundReviewPage(const std::string& page, const std::string& path) {
  SCOPED_TRACE(path);
  std::optional<HtmlTree> tree;
  page_checks::ExpectPageBasics(page, path, &tree);
  if (!tree) return;
  bool robots = false;
  for (XmlNode meta : Elements(*tree, "meta")) {
    robots |= Attr(meta, "name") == "robots" &&
              Attr(meta, "content") == "noindex, nofollow";
  }
  EXPECT_TRUE(robots);

  // The staff banner: visible (not hidden) and saying who may see it.
  int banners = 0;
  for (XmlNode p : Elements(tree.value(), "p")) {
    if (Attr(p, "class") != "staff-banner") continue;
    ++banners;
    EXPECT_FALSE(HasAttr(p, "hidden"));
    EXPECT_NE(AllText(p).find("仅供法院工作人员"), std::string::npos);
    EXPECT_NE(AllText(p).find("原文"), std::string::npos);
  }
  EXPECT_EQ(banners, 1);

  // The one stylesheet and the one script, both under the review root.
  const std::vector<XmlNode> links = Elements(tree.value(), "link");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(Resolve(path, Attr(links[0], "href")), kReviewStylesheetPath);
  const std::vector<XmlNode> scripts = Elements(tree.value(), "script");
  ASSERT_EQ(scripts.size(), 1u);
  EXPECT_EQ(Resolve(path, Attr(scripts[0], "src")), kReviewScriptPath);
  EXPECT_TRUE(AllText(scripts[0]).empty());

  // No link leaves the review folder: relative, no scheme, no climbing out.
  for (XmlNode a : Elements(tree.value(), "a")) {
    const std::string href = Attr(a, "href");
    ASSERT_FALSE(href.empty());
    EXPECT_NE(href.front(), '/') << href;
    EXPECT_EQ(href.find(':'), std::string::npos) << href;
    EXPECT_FALSE(Resolve(path, href).starts_with("..")) << href;
  }

  const std::string tidy = FindOnPath("tidy");
  ASSERT_FALSE(tidy.empty())
      << "tidy is not on PATH: run scripts/test, which installs Debian's "
         "tidy (WENSHU_TEST_PACKAGES in scripts/common.sh)";
  EXPECT_EQ(TidyMessages(tidy, page), "");
}

// The elements of `tree` whose class list holds `cls`.
std::vector<XmlNode> WithClass(const HtmlTree& tree, std::string_view element,
                               std::string_view cls) {
  std::vector<XmlNode> out;
  for (XmlNode n : Elements(tree, element)) {
    std::stringstream classes(Attr(n, "class"));
    std::string c;
    while (classes >> c) {
      if (c == cls) {
        out.push_back(n);
        break;
      }
    }
  }
  return out;
}

// An invented record: a small claims dispute about a fallen quilt.
constexpr std::string_view kOriginal =
    "申请人宓晓岚，身份证号码110105199003071234，电话13911112222。\n"
    "宓晓岚称其晾晒的棉被被风吹落。\n";
constexpr std::string_view kPublic =
    "申请人宓某，电话139****2222。\n宓某称其晾晒的棉被被风吹落。\n";

Redaction At(std::string_view text, std::string_view what, size_t from,
             Category category, Action action, std::string replacement,
             std::string rule) {
  Redaction r;
  r.begin = text.find(what, from);
  r.end = r.begin + what.size();
  r.category = category;
  r.action = action;
  r.replacement = std::move(replacement);
  r.rule = std::move(rule);
  return r;
}

// The redactions of kOriginal, given out of text order on purpose.
std::vector<Redaction> InventedRedactions() {
  const std::string_view t = kOriginal;
  const size_t second_name = t.find("宓晓岚", t.find('\n'));
  return {
      At(t, "13911112222", 0, Category::kPhone, Action::kMask, "139****2222",
         "mobile_cn"),
      At(t, "宓晓岚", 0, Category::kPersonName, Action::kPseudonym, "宓某",
         "party_name"),
      At(t, "宓晓岚", second_name, Category::kPersonName, Action::kPseudonym,
         "宓某", "party_name"),
      At(t, "，身份证号码110105199003071234", 0, Category::kIdNumber,
         Action::kDelete, "", "id18_checked"),
  };
}

ReviewDocument InventedPublished() {
  ReviewDocument doc;
  doc.key = "2024/沪0104民初778/民事判决书";
  doc.name = "records/quilt-778.txt";
  doc.path = ReviewPagePath(doc.key, doc.name);
  doc.status = "published";
  doc.change = "new";
  doc.version = 1;
  doc.title = "宓某财产损害赔偿纠纷一审民事判决书";
  doc.facts = {"（2024）沪0104民初778号", "上海市徐汇区人民法院",
               Date{2024, 3, 9}};
  doc.cause = "财产损害赔偿纠纷";
  doc.doc_type = "民事判决书";
  doc.reasons = {"普通民事案件，无不公开情形"};
  doc.original_text = std::string(kOriginal);
  doc.public_text = std::string(kPublic);
  doc.redactions = InventedRedactions();
  return doc;
}

// The inner HTML of the page's `<div class="text">` inside the section with
// class `side`.
std::string SideHtml(const std::string& page, std::string_view side) {
  const size_t section =
      page.find("<section class=\"side " + std::string(side) + "\">");
  if (section == std::string::npos) return "<no section>";
  const std::string open = "<div class=\"text\">";
  const size_t begin = page.find(open, section);
  if (begin == std::string::npos) return "<no text>";
  const size_t end = page.find("</div>", begin);
  return page.substr(begin + open.size(), end - begin - open.size());
}

// ------------------------------------------------------------- doc pages

TEST(ReviewPageTest, EachEditHighlightedOnBothSidesWithCategoryAndRule) {
  const ReviewDocument doc = InventedPublished();
  Result<std::string> page = RenderReviewPage(doc);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ExpectSoundReviewPage(page.value(), doc.path);

  const std::string name1 =
      " class=\"r cat-person_name\" title=\"person_name · party_name\" "
      "data-action=\"pseudonym\" data-n=\"1\"";
  const std::string id2 =
      " class=\"r cat-id_number\" title=\"id_number · id18_checked\" "
      "data-action=\"delete\" data-n=\"2\"";
  const std::string id2_gone =
      " class=\"r gone cat-id_number\" title=\"id_number · id18_checked\" "
      "data-action=\"delete\" data-n=\"2\"";
  const std::string phone3 =
      " class=\"r cat-phone\" title=\"phone · mobile_cn\" "
      "data-action=\"mask\" data-n=\"3\"";
  const std::string name4 =
      " class=\"r cat-person_name\" title=\"person_name · party_name\" "
      "data-action=\"pseudonym\" data-n=\"4\"";
  EXPECT_EQ(SideHtml(page.value(), "original"),
            "申请人<del" + name1 + ">宓晓岚</del><del" + id2 +
                ">，身份证号码110105199003071234</del>，电话<del" + phone3 +
                ">13911112222</del>。\n<del" + name4 +
                ">宓晓岚</del>称其晾晒的棉被被风吹落。\n");
  EXPECT_EQ(SideHtml(page.value(), "public"),
            "申请人<ins" + name1 + ">宓某</ins><ins" + id2_gone +
                ">［删］</ins>，电话<ins" + phone3 +
                ">139****2222</ins>。\n<ins" + name4 +
                ">宓某</ins>称其晾晒的棉被被风吹落。\n");
  EXPECT_EQ(page.value().find("class=\"warning\""), std::string::npos);

  Result<HtmlTree> tree = HtmlTree::Parse(page.value());
  ASSERT_TRUE(tree.ok());
  // The legend names each category present once, with its count.
  std::vector<std::string> legend;
  for (XmlNode ul : WithClass(tree.value(), "ul", "legend")) {
    for (XmlNode li = ul.FirstChild(); li; li = li.NextSibling()) {
      if (KindOf(li) == HtmlNodeKind::kElement) {
        legend.push_back(Attr(li, "class") + "=" + AllText(li));
      }
    }
  }
  EXPECT_EQ(legend, (std::vector<std::string>{
                        "cat-id_number=身份证件号码 id_number × 1",
                        "cat-person_name=自然人姓名 person_name × 2",
                        "cat-phone=电话号码 phone × 1"}));
  // Header facts and reasons come before the two sides.
  const size_t facts = page.value().find("<dl class=\"facts\">");
  const size_t reasons = page.value().find("普通民事案件，无不公开情形");
  const size_t sides = page.value().find("<div class=\"sides\">");
  EXPECT_LT(facts, reasons);
  EXPECT_LT(reasons, sides);
  EXPECT_NE(page.value().find("上海市徐汇区人民法院"), std::string::npos);
  EXPECT_NE(page.value().find("首次公开（new）"), std::string::npos);
}

TEST(ReviewPageTest, KeptConflictIsListedNeverShownAsRemoved) {
  ReviewDocument doc = InventedPublished();
  KeptConflict kept;
  kept.begin = 9;
  kept.end = 18;
  kept.category = Category::kAddress;
  kept.rule = "address_tail";
  kept.kept_begin = 9;
  kept.kept_end = 18;
  doc.kept_conflicts = {kept};
  Result<std::string> page = RenderReviewPage(doc);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ExpectSoundReviewPage(page.value(), doc.path);
  Result<HtmlTree> tree = HtmlTree::Parse(page.value());
  ASSERT_TRUE(tree.ok());
  const std::vector<XmlNode> tables = WithClass(tree.value(), "table", "kept");
  ASSERT_EQ(tables.size(), 1u);
  const std::string text = AllText(tables[0]);
  EXPECT_NE(text.find("9–18"), std::string::npos);
  EXPECT_NE(text.find("address_tail"), std::string::npos);
  // Only the four applied edits are marked; no address highlight.
  EXPECT_EQ(Elements(tree.value(), "del").size(), 4u);
  EXPECT_TRUE(WithClass(tree.value(), "del", "cat-address").empty());
}

struct MismatchCase {
  const char* name;
  std::function<void(ReviewDocument*)> spoil;
  const char* why;  // words the warning must hold
};

TEST(ReviewPageTest, UnappliableEditsShowPublicTextUnhighlightedWithWarning) {
  const MismatchCase cases[] = {
      {"PublicTextDiffers",
       [](ReviewDocument* d) { d->public_text += "另补一行。\n"; }, "不一致"},
      {"OffsetBeyondText",
       [](ReviewDocument* d) {
         d->redactions[0].end = d->original_text.size() + 3;
       },
       "超出原文范围"},
      {"OffsetInsideCharacter",
       [](ReviewDocument* d) { d->redactions[1].begin += 1; },
       "未落在字符边界上"},
      {"OverlappingEdits",
       [](ReviewDocument* d) {
         d->redactions[3].begin = d->redactions[1].begin + 3;
       },
       "与前一处修改重叠"},
      {"EmptyRange",
       [](ReviewDocument* d) { d->redactions[0].end = d->redactions[0].begin; },
       "为空区间"},
  };
  for (const MismatchCase& c : cases) {
    SCOPED_TRACE(c.name);
    ReviewDocument doc = InventedPublished();
    c.spoil(&doc);
    Result<std::string> page = RenderReviewPage(doc);
    ASSERT_TRUE(page.ok()) << page.status().message();
    ExpectSoundReviewPage(page.value(), doc.path);
    Result<HtmlTree> tree = HtmlTree::Parse(page.value());
    ASSERT_TRUE(tree.ok());
    const std::vector<XmlNode> warnings =
        WithClass(tree.value(), "p", "warning");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(AllText(warnings[0]).find(c.why), std::string::npos)
        << AllText(warnings[0]);
    EXPECT_TRUE(Elements(tree.value(), "del").empty());
    EXPECT_TRUE(Elements(tree.value(), "ins").empty());
    EXPECT_EQ(SideHtml(page.value(), "public"), EscapeHtml(doc.public_text));
    EXPECT_EQ(SideHtml(page.value(), "original"),
              EscapeHtml(doc.original_text));
  }
}

TEST(ReviewPageTest, HostileOriginalTextIsInert) {
  ReviewDocument doc = InventedPublished();
  const std::string img = "<img src=x onerror=alert(1)>";
  const std::string hostile = "<script>alert('宓')</script>" + img + "&amp;\"";
  const std::string hostile_public =
      "<script>alert('宓')</script><u>某</u>&amp;\"";
  doc.original_text = hostile + "\n" + doc.original_text;
  for (Redaction& r : doc.redactions) {
    r.begin += hostile.size() + 1;
    r.end += hostile.size() + 1;
  }
  // An edit over markup, replaced by markup: both sides stay text.
  doc.redactions.push_back(At(doc.original_text, img, 0,
                              Category::kCaseSpecific, Action::kReplace,
                              "<u>某</u>", "case_term"));
  doc.public_text = hostile_public + "\n" + doc.public_text;
  doc.name = "<b>宓</b>.txt";
  doc.reasons = {"<iframe src=\"x\"></iframe>"};
  doc.redactions[0].rule = "rule\"><script>x</script>";
  Result<std::string> page = RenderReviewPage(doc);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ExpectSoundReviewPage(page.value(), doc.path);  // one script: our own
  Result<HtmlTree> tree = HtmlTree::Parse(page.value());
  ASSERT_TRUE(tree.ok());
  for (const char* element : {"img", "iframe", "b", "u"}) {
    EXPECT_TRUE(Elements(tree.value(), element).empty()) << element;
  }
  EXPECT_EQ(page.value().find("class=\"warning\""), std::string::npos);
  // The hostile text shows as text on both sides, the edit highlighted.
  const std::vector<XmlNode> texts = WithClass(tree.value(), "div", "text");
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_TRUE(AllText(texts[0]).starts_with(hostile)) << AllText(texts[0]);
  EXPECT_TRUE(AllText(texts[1]).starts_with(hostile_public))
      << AllText(texts[1]);
  const std::vector<XmlNode> dels =
      WithClass(tree.value(), "del", "cat-case_specific");
  ASSERT_EQ(dels.size(), 1u);
  EXPECT_EQ(AllText(dels[0]), img);
  const std::vector<XmlNode> inss =
      WithClass(tree.value(), "ins", "cat-case_specific");
  ASSERT_EQ(inss.size(), 1u);
  EXPECT_EQ(AllText(inss[0]), "<u>某</u>");
}

TEST(ReviewPageTest, HeldDocumentShowsReasonAndOriginalOnly) {
  struct HeldCase {
    const char* name;
    std::string original;
    const char* must_show;
  };
  const HeldCase cases[] = {
      {"ReadButHeld", "宓晓岚诉称棉被被吹落至邻院。\n", "宓晓岚诉称棉被"},
      {"HeldUnread", "", "原文未能读取"},
  };
  for (const HeldCase& c : cases) {
    SCOPED_TRACE(c.name);
    ReviewDocument doc;
    doc.name = "inbox/quilt-note.docx";
    doc.path = ReviewPagePath("", doc.name);
    doc.status = "held";
    doc.reasons = {"verify: residual id_number at 12"};
    doc.original_text = c.original;
    Result<std::string> page = RenderReviewPage(doc);
    ASSERT_TRUE(page.ok()) << page.status().message();
    ExpectSoundReviewPage(page.value(), doc.path);
    Result<HtmlTree> tree = HtmlTree::Parse(page.value());
    ASSERT_TRUE(tree.ok());
    const std::vector<XmlNode> reasons =
        WithClass(tree.value(), "ul", "reasons");
    ASSERT_EQ(reasons.size(), 1u);
    EXPECT_NE(AllText(reasons[0]).find("verify: residual id_number at 12"),
              std::string::npos);
    EXPECT_NE(page.value().find(c.must_show), std::string::npos);
    EXPECT_EQ(page.value().find("<section class=\"side public\">"),
              std::string::npos);
    EXPECT_NE(page.value().find("status-held\">暂缓发布"), std::string::npos);
    // Reasons come before the original text.
    if (!c.original.empty()) {
      EXPECT_LT(page.value().find("residual"), page.value().find(c.must_show));
    }
  }
}

TEST(ReviewPageTest, BadPathOrStatusIsInvalidInput) {
  const char* bad_paths[] = {
      "",          "/doc/a.html", "doc/../../a.html", "doc/a b.html",
      "doc/a.htm", "doc//a.html", "doc/a?.html",      "doc/a%20.html"};
  for (const char* path : bad_paths) {
    ReviewDocument doc = InventedPublished();
    doc.path = path;
    Result<std::string> page = RenderReviewPage(doc);
    ASSERT_FALSE(page.ok()) << path;
    EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput) << path;
  }
  ReviewDocument doc = InventedPublished();
  doc.status = "maybe";
  EXPECT_EQ(RenderReviewPage(doc).status().code(), StatusCode::kInvalidInput);
  doc = InventedPublished();
  doc.original_text = "\xFF\xFE";
  EXPECT_EQ(RenderReviewPage(doc).status().code(), StatusCode::kInvalidInput);
}

// The bundled sample corpus through the whole chain: every published
// document's recorded edits reproduce its public text on the page (no
// warning, one highlight per edit on each side), and every page, held ones
// included, is valid.
TEST(ReviewPageTest, EveryBundledSampleRendersWithoutWarning) {
  namespace fs = std::filesystem;
  const fs::path samples = fs::path(WENSHU_SOURCE_DIR) / "corpora" / "samples";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(samples)) {
    const std::string file = entry.path().filename().string();
    if (file.ends_with(".txt") && !file.ends_with(".expected.txt") &&
        !file.ends_with(".held.txt")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 50u);
  size_t published = 0;
  size_t edits = 0;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)),
                            std::istreambuf_iterator<char>());
    Result<DecodedText> decoded = DecodeToUtf8(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    const ProcessedDocument processed =
        testing_support::StandardProcessor().ProcessRecord(
            InputRecord{file.stem().string(), decoded.value().utf8, {}});
    ReviewDocument doc;
    doc.name = file.filename().string();
    doc.path = ReviewPagePath("", doc.name);
    doc.status = std::string(PublicationStatusName(processed.status));
    if (processed.header) doc.facts = CaseFactsOf(*processed.header);
    doc.reasons = processed.status == PublicationStatus::kHeld
                      ? std::vector<std::string>{processed.error}
                      : processed.grounds;
    doc.original_text = decoded.value().utf8;
    doc.public_text = processed.public_text;
    doc.redactions = processed.redactions;
    doc.kept_conflicts = processed.kept_conflicts;
    Result<std::string> page = RenderReviewPage(doc);
    ASSERT_TRUE(page.ok()) << page.status().message();
    ExpectSoundReviewPage(page.value(), doc.path);
    if (processed.status != PublicationStatus::kPublished) continue;
    ++published;
    edits += doc.redactions.size();
    EXPECT_EQ(page.value().find("class=\"warning\""), std::string::npos);
    Result<HtmlTree> tree = HtmlTree::Parse(page.value());
    ASSERT_TRUE(tree.ok());
    EXPECT_EQ(Elements(tree.value(), "del").size(), doc.redactions.size());
    EXPECT_EQ(Elements(tree.value(), "ins").size(), doc.redactions.size());
  }
  EXPECT_GT(published, 50u);
  EXPECT_GT(edits, published);
}

// ------------------------------------------------------------- paths

bool SafePathCharacters(const std::string& path) {
  for (size_t i = 0; i < path.size(); ++i) {
    const unsigned char u = static_cast<unsigned char>(path[i]);
    if (u >= 0x80) continue;  // checked below as CJK by the renderer
    if (!std::isalnum(u) && u != '-' && u != '.' && u != '/') return false;
  }
  return true;
}

TEST(ReviewPagePathTest, StableUniqueAndSafe) {
  struct PathCase {
    const char* key;
    const char* name;
    const char* want_prefix;
  };
  const PathCase cases[] = {
      {"2024/沪0104民初778/民事判决书", "x.txt",
       "doc/2024-沪0104民初778-民事判决书-"},
      {"", "records/quilt-778.txt", "doc/records-quilt-778-txt-"},
      {"", "../../etc/passwd\n<b>", "doc/etc-passwd-b-"},
      {"", "", "doc/"},
      {"", "：：；；", "doc/"},
  };
  for (const PathCase& c : cases) {
    SCOPED_TRACE(std::string(c.key) + "|" + c.name);
    const std::string path = ReviewPagePath(c.key, c.name);
    EXPECT_EQ(path, ReviewPagePath(c.key, c.name));
    EXPECT_TRUE(path.starts_with(c.want_prefix)) << path;
    EXPECT_TRUE(path.ends_with(".html")) << path;
    // Eight hex digits before ".html".
    ASSERT_GE(path.size(), 4u + 8 + 5);
    const std::string hex = path.substr(path.size() - 13, 8);
    EXPECT_EQ(hex.find_first_not_of("0123456789abcdef"), std::string::npos)
        << path;
    EXPECT_TRUE(SafePathCharacters(path)) << path;
    // The renderer accepts every path ReviewPagePath makes.
    ReviewDocument doc = InventedPublished();
    doc.path = path;
    EXPECT_TRUE(RenderReviewPage(doc).ok()) << path;
  }
  // Keys that differ only in punctuation, and a key equal to a name.
  std::set<std::string> paths = {
      ReviewPagePath("2024/沪0104民初778", ""),
      ReviewPagePath("2024-沪0104民初778", ""),
      ReviewPagePath("2024沪0104民初778", ""),
      ReviewPagePath("", "2024/沪0104民初778"),
  };
  EXPECT_EQ(paths.size(), 4u);
  // The key wins over the name: the name does not move the page.
  EXPECT_EQ(ReviewPagePath("k1", "a.txt"), ReviewPagePath("k1", "b.txt"));
  // A long source keeps at most 40 readable characters.
  const std::string long_path = ReviewPagePath(std::string(100, 'a'), "");
  EXPECT_EQ(long_path.size(), 4u + 40 + 1 + 8 + 5) << long_path;
}

// ------------------------------------------------------------- index

ReviewIndexEntry Entry(std::string name, std::string status, std::string court,
                       std::map<std::string, size_t> categories,
                       std::vector<std::string> reasons = {}) {
  ReviewIndexEntry e;
  e.name = std::move(name);
  e.path = ReviewPagePath("", e.name);
  e.status = std::move(status);
  if (e.status == "published") e.change = "new";
  if (e.status == "withheld") e.change = "withheld";
  e.facts.court = std::move(court);
  e.categories = std::move(categories);
  e.reasons = std::move(reasons);
  return e;
}

TEST(ReviewIndexTest, HeldFirstThenWithheldThenPublishedWithFilterData) {
  const std::vector<ReviewIndexEntry> entries = {
      Entry("p1.txt", "published", "上海市徐汇区人民法院",
            {{"person_name", 2}, {"id_number", 1}}),
      Entry("h1.txt", "held", "", {}, {"unreadable: truncated docx"}),
      Entry("w1.txt", "withheld", "杭州市西湖区人民法院", {},
            {"以调解方式结案"}),
      Entry("h2.txt", "held", "上海市徐汇区人民法院", {{"phone", 0}},
            {"verify: residual phone"}),
      Entry("p2.txt", "published", "杭州市西湖区人民法院\"<x>", {{"phone", 3}}),
  };
  ReviewSummary summary;
  summary.published = 2;
  summary.withheld = 1;
  summary.held = 2;
  summary.run_id = "run-0007";
  summary.at = "2024-05-01";
  Result<std::string> page = RenderReviewIndex(summary, entries);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ExpectSoundReviewPage(page.value(), std::string(kReviewIndexPath));

  Result<HtmlTree> tree = HtmlTree::Parse(page.value());
  ASSERT_TRUE(tree.ok());
  struct Row {
    std::string status, court, categories, href, reasons;
  };
  std::vector<Row> rows;
  for (XmlNode tr : Elements(tree.value(), "tr")) {
    if (!HasAttr(tr, "data-status")) continue;
    std::string href;
    Walk(tr, [&](XmlNode n) {
      if (KindOf(n) == HtmlNodeKind::kElement && n.LocalName() == "a") {
        href = Attr(n, "href");
      }
    });
    XmlNode last;
    for (XmlNode td = tr.FirstChild(); td; td = td.NextSibling()) {
      if (KindOf(td) == HtmlNodeKind::kElement) last = td;
    }
    rows.push_back({Attr(tr, "data-status"), Attr(tr, "data-court"),
                    Attr(tr, "data-categories"), href, AllText(last)});
  }
  const std::vector<Row> want = {
      {"held", "", "", entries[1].path, "unreadable: truncated docx"},
      {"held", "上海市徐汇区人民法院", "", entries[3].path,
       "verify: residual phone"},
      {"withheld", "杭州市西湖区人民法院", "", entries[2].path,
       "以调解方式结案"},
      {"published", "上海市徐汇区人民法院", "id_number person_name",
       entries[0].path, ""},
      {"published", "杭州市西湖区人民法院\"<x>", "phone", entries[4].path, ""},
  };
  ASSERT_EQ(rows.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(rows[i].status, want[i].status);
    EXPECT_EQ(rows[i].court, want[i].court);
    EXPECT_EQ(rows[i].categories, want[i].categories);
    EXPECT_EQ(rows[i].href, want[i].href);
    EXPECT_EQ(rows[i].reasons, want[i].reasons);
  }

  // The filters: hidden until the script reveals them, one <select> each,
  // offering the values the rows carry.
  const std::vector<XmlNode> boxes = WithClass(tree.value(), "div", "filters");
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_TRUE(HasAttr(boxes[0], "hidden"));
  EXPECT_EQ(Attr(boxes[0], "id"), "review-filters");
  std::map<std::string, std::vector<std::string>> options;
  for (XmlNode select : Elements(tree.value(), "select")) {
    Walk(select, [&](XmlNode n) {
      if (KindOf(n) == HtmlNodeKind::kElement && n.LocalName() == "option") {
        options[Attr(select, "name")].push_back(Attr(n, "value"));
      }
    });
  }
  EXPECT_EQ(options["status"],
            (std::vector<std::string>{"", "held", "withheld", "published"}));
  EXPECT_EQ(options["category"], (std::vector<std::string>{
                                     "", "id_number", "person_name", "phone"}));
  EXPECT_EQ(options["court"],
            (std::vector<std::string>{"", "上海市徐汇区人民法院",
                                      "杭州市西湖区人民法院",
                                      "杭州市西湖区人民法院\"<x>"}));
  EXPECT_EQ(options.size(), 3u);
  EXPECT_NE(page.value().find("run-0007"), std::string::npos);
}

TEST(ReviewIndexTest, EmptyRunIsAValidPage) {
  Result<std::string> page = RenderReviewIndex(ReviewSummary{}, {});
  ASSERT_TRUE(page.ok()) << page.status().message();
  ExpectSoundReviewPage(page.value(), std::string(kReviewIndexPath));
}

TEST(ReviewIndexTest, BadEntryIsInvalidInput) {
  ReviewIndexEntry bad_path = Entry("a.txt", "held", "", {});
  bad_path.path = "../site/index.html";
  ReviewIndexEntry bad_status = Entry("a.txt", "pending", "", {});
  ReviewIndexEntry bad_category =
      Entry("a.txt", "published", "", {{"two words", 1}});
  for (const ReviewIndexEntry& e : {bad_path, bad_status, bad_category}) {
    EXPECT_EQ(RenderReviewIndex(ReviewSummary{}, {e}).status().code(),
              StatusCode::kInvalidInput)
        << e.path << " " << e.status;
  }
}

// ------------------------------------------------------------- assets

TEST(ReviewAssetsTest, ScriptAndStylesheetFetchNothing) {
  for (std::string_view asset : {ReviewScript(), ReviewStylesheet()}) {
    EXPECT_FALSE(asset.empty());
    for (std::string_view banned :
         {"http:", "https:", "//cdn", "import ", "fetch(", "XMLHttpRequest",
          "@import", "url("}) {
      EXPECT_EQ(asset.find(banned), std::string_view::npos) << banned;
    }
  }
  // The script looks up the filters by the id the index gives them and
  // leaves a page without them alone.
  EXPECT_NE(ReviewScript().find("getElementById('review-filters')"),
            std::string_view::npos);
  EXPECT_NE(ReviewScript().find("if (!box) return;"), std::string_view::npos);
}

}  // namespace
}  // namespace wenshu
