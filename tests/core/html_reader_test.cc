#include "core/html_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace wenshu {
namespace {

struct ReadCase {
  const char* name;
  std::string html;
  std::string text;  // the exact flat text
};

class HtmlReaderTextTest : public ::testing::TestWithParam<ReadCase> {};

TEST_P(HtmlReaderTextTest, ReadsExactly) {
  Result<HtmlDocument> doc = ReadHtml(GetParam().html);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlReaderTextTest,
    ::testing::Values(
        ReadCase{"TitleIsReadFirstAsItsOwnLine",
                 "<html><head><title>苑晓棠诉 雁汀渔具行\n 租赁一案</title></head>"
                 "<body><p>第一段落。</p></body></html>",
                 "苑晓棠诉 雁汀渔具行 租赁一案\n第一段落。\n"},
        ReadCase{"BlocksGiveOneParagraphPerLine",
                 "<body><h1>栖梧区法院</h1><div>甲段</div><p>乙段</p>"
                 "<blockquote>丙段</blockquote><section><article>丁段</article>"
                 "</section><ul><li>戊项</li><li>己项</li></ul></body>",
                 "栖梧区法院\n甲段\n乙段\n丙段\n丁段\n戊项\n己项\n"},
        ReadCase{"SplitInlineElementsJoinOnOneLine",
                 "<p>证号<b>3201</b>02198803<span>1504</span>17。</p>",
                 "证号320102198803150417。\n"},
        ReadCase{"TableCellsEachOnTheirOwnLine",
                 "<table><tr><th>姓名</th><th>号码</th></tr>"
                 "<tr><td>苑某</td><td>320102198803150417</td></tr></table>",
                 "姓名\n号码\n苑某\n320102198803150417\n"},
        ReadCase{"BrBreaksLines",
                 "<p>上诉人：苑某<br>被上诉人：雁汀渔具行<br/>本院认为</p>",
                 "上诉人：苑某\n被上诉人：雁汀渔具行\n本院认为\n"},
        ReadCase{"WhitespaceCollapsesAsRendered",
                 "<p>\n   雁汀 \t  渔具 <b> 行 </b>\n  东门 </p>",
                 "雁汀 渔具 行 东门\n"},
        ReadCase{"PreKeepsItsWhitespace",
                 "<pre>一  二\n  三</pre><p>  四  </p>",
                 "一  二\n  三\n四\n"},
        ReadCase{"EntitiesAreResolved",
                 "<p>甲&amp;乙 &#x5F20;丙 &lt;丁&gt; &#21320;</p>",
                 "甲&乙 张丙 <丁> 午\n"},
        ReadCase{"HiddenAndScriptAreNeverText",
                 "<p>可见</p><p hidden>电话13900002222</p>"
                 "<div style=\"color:red; DISPLAY : none\">暗段</div>"
                 "<span style=\"visibility:hidden\">暗字</span>"
                 "<div aria-hidden=\"TRUE\">读屏不读</div>"
                 "<script>var p='苑晓棠';</script><noscript>无脚本</noscript>"
                 "<template><p>模板</p></template><style>p{color:red}</style>"
                 "<!-- 13800001111 --><p>末段</p>",
                 "可见\n末段\n"},
        ReadCase{"AttributesAreNeverText",
                 "<p title=\"苑晓棠\" data-id=\"320102198803150417\">正文"
                 "<img alt=\"照片\" src=\"x.png\">续</p>",
                 "正文续\n"},
        ReadCase{"MetaAndHeadAreNeverText",
                 "<html><head><meta name=\"author\" content=\"书记员\">"
                 "<meta charset=\"utf-8\"></head><body>正文</body></html>",
                 "正文\n"},
        ReadCase{"EmptyPageIsEmptyText", "<html><body>  </body></html>", ""}),
    [](const ::testing::TestParamInfo<ReadCase>& info) {
      return std::string(info.param.name);
    });

TEST(HtmlReaderTest, EveryPieceMapsBackToItsNodesRawText) {
  Result<HtmlDocument> doc = ReadHtml(
      "<title> 标 题 </title><p>  雁汀\n\n渔具 <i>行</i>  东门 &amp; 西门</p>");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  const HtmlDocument& d = doc.value();
  EXPECT_EQ(d.text, "标 题\n雁汀 渔具 行 东门 & 西门\n");
  ASSERT_EQ(d.pieces.size(), d.nodes.size());
  ASSERT_EQ(d.pieces.size(), d.raw_offsets.size());
  for (size_t i = 0; i < d.pieces.size(); ++i) {
    const TextPiece& p = d.pieces[i];
    const std::string_view raw = NodeText(d.nodes[i]);
    const std::vector<uint32_t>& map = d.raw_offsets[i];
    ASSERT_EQ(map.size(), p.end - p.begin + 1) << i;
    for (size_t k = p.begin; k < p.end; ++k) {
      const char flat = d.text[k];
      const char at_raw = raw[map[k - p.begin]];
      // A collapsed space stands for a run of whitespace; any other byte is
      // the very byte of the node.
      if (flat == ' ') {
        EXPECT_TRUE(at_raw == ' ' || at_raw == '\n') << i << ":" << k;
      } else {
        EXPECT_EQ(flat, at_raw) << i << ":" << k;
      }
    }
    EXPECT_TRUE(std::is_sorted(map.begin(), map.end())) << i;
  }
}

TEST(HtmlReaderTest, GbkPageIsReadInItsCharset) {
  // "<meta charset=gbk><p>原告苑某</p>" in GBK.
  const std::string gbk =
      "<meta charset=gbk><p>\xD4\xAD\xB8\xE6\xD4\xB7\xC4\xB3</p>";
  Result<HtmlDocument> doc = ReadHtml(gbk);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().encoding, "GBK");
  EXPECT_EQ(doc.value().text, "原告苑某\n");
}

TEST(HtmlReaderTest, UndeclaredGb18030IsDetected) {
  const std::string gb = "<p>\xD4\xAD\xB8\xE6\xD4\xB7\xC4\xB3\xA3\xAC"
                         "\xD7\xA1\xD1\xE3\xCD\xA1\xCA\xD0</p>";
  Result<HtmlDocument> doc = ReadHtml(gb);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().encoding, "GB18030");
  EXPECT_EQ(doc.value().text, "原告苑某，住雁汀市\n");
}

struct RefuseCase {
  const char* name;
  std::string html;
  StatusCode code;
  std::string message_part;
};

class HtmlReaderRefusesTest : public ::testing::TestWithParam<RefuseCase> {};

TEST_P(HtmlReaderRefusesTest, WithAnErrorValueInTime) {
  const auto start = std::chrono::steady_clock::now();
  Result<HtmlDocument> doc = ReadHtml(GetParam().html);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), GetParam().code);
  EXPECT_NE(doc.status().message().find(GetParam().message_part), std::string::npos)
      << doc.status().message();
  Result<std::vector<std::string>> strings = HtmlStrings(GetParam().html);
  EXPECT_FALSE(strings.ok());
  // Not a speed goal: a guard against libxml2's quadratic paths (minutes).
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string ManyAttributes(int n) {
  std::string out = "<p";
  for (int i = 0; i < n; ++i) out += " a" + std::to_string(i) + "=\"1\"";
  return out + ">正文</p>";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlReaderRefusesTest,
    ::testing::Values(
        RefuseCase{"NestingHundredThousandDeep",
                   Repeat("<div>", 100000) + "深处" + Repeat("</div>", 100000),
                   StatusCode::kInvalidInput, "nested more than 200 deep"},
        RefuseCase{"NestingJustPastTheLimit",
                   Repeat("<span>", 260) + "深处" + Repeat("</span>", 260),
                   StatusCode::kInvalidInput, "nested more than 200 deep"},
        RefuseCase{"HugeAttributeCount", ManyAttributes(100000),
                   StatusCode::kInvalidInput, "more than 1000 attributes"},
        RefuseCase{"InvalidBytesInADeclaredUtf8Page",
                   "<meta charset=\"utf-8\"><p>\xC3 断字</p>", StatusCode::kInvalidInput,
                   "invalid UTF-8"},
        RefuseCase{"InvalidBytesInAGbkPage", "<meta charset=gbk><p>\x81\x20</p>",
                   StatusCode::kInvalidInput, "not GBK"},
        RefuseCase{"UnknownCharset", "<meta charset=\"x-klingon\"><p>a</p>",
                   StatusCode::kInvalidInput, "unknown charset"},
        RefuseCase{"NulCharacter", std::string("<p>a\0b</p>", 10),
                   StatusCode::kInvalidInput, "NUL"}),
    [](const ::testing::TestParamInfo<RefuseCase>& info) {
      return std::string(info.param.name);
    });

TEST(HtmlReaderTest, ManyAttributesUnderTheLimitAreRead) {
  Result<HtmlDocument> doc = ReadHtml(ManyAttributes(900));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "正文\n");
}

TEST(HtmlReaderTest, AttributeCountSkipsScriptAndQuotedValues) {
  // 2000 tokens inside a script and inside one quoted value are no tags.
  const std::string html = "<script>if (a <b" + Repeat(" x", 2000) +
                           ") {}</script><p class=\"" + Repeat(" y", 2000) +
                           "\">正文</p>";
  Result<HtmlDocument> doc = ReadHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "正文\n");
}

TEST(HtmlReaderTest, HtmlStringsHoldsEverythingTheFileCarries) {
  Result<std::vector<std::string>> strings = HtmlStrings(
      "<!DOCTYPE html><html><head><title>标题苑某</title>"
      "<meta name=\"author\" content=\"书记员柴某\"><style>p{}</style></head>"
      "<body><!--电话13800001111--><p hidden data-x=\"320102198803150417\">"
      "隐藏段</p><script>var q='雁汀';</script><a href=\"tel:13900002222\">"
      "正文</a><?pi 处理指令?></body></html>");
  ASSERT_TRUE(strings.ok()) << strings.status().message();
  const std::vector<std::string>& s = strings.value();
  for (const char* expected :
       {"html", "标题苑某", "author", "书记员柴某", "p{}", "电话13800001111",
        "320102198803150417", "隐藏段", "var q='雁汀';", "tel:13900002222",
        "正文"}) {
    EXPECT_NE(std::find(s.begin(), s.end(), expected), s.end()) << expected;
  }
  bool instruction = false;
  for (const std::string& one : s) instruction |= one.find("处理指令") != std::string::npos;
  EXPECT_TRUE(instruction);
}

}  // namespace
}  // namespace wenshu
