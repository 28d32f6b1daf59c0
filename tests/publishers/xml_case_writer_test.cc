#include "publishers/xml_case_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/xml_case_reader.h"

namespace wenshu {
namespace {

std::string Apply(std::string text, const std::vector<TextEdit>& edits) {
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    text.replace(it->begin, it->end - it->begin, it->replacement);
  }
  return text;
}

std::vector<TextEdit> Mask(const std::string& text, const std::string& what,
                           const std::string& replacement) {
  const size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {TextEdit{at, at + what.size(), replacement}};
}

// An invented export with what must survive: a declaration with
// standalone, a comment and a processing instruction outside the root,
// namespace declarations with prefixes, attributes on every level, an
// ID split over <em>, a comment inside a paragraph, indentation.
const char kInput[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<!-- 导出批次 B-0093 -->\n"
    "<?xml-stylesheet type=\"text/xsl\" href=\"judgment.xsl\"?>\n"
    "<j:judgment xmlns:j=\"urn:wenshu:judgment:1\" "
    "xmlns:x=\"urn:example:extra\" id=\"QH-2031-0457\" x:batch=\"93\">\n"
    "  <j:meta>\n"
    "    <j:court>青禾市澜川区人民法院</j:court>\n"
    "    <j:caseTerms><j:term>蓝鲸七号配方</j:term></j:caseTerms>\n"
    "  </j:meta>\n"
    "  <j:body x:layout=\"two-column\">\n"
    "    <j:p n=\"1\">原告柏某甲，身份证号码<j:em style=\"b\">330211198706</j:em>"
    "154417，住青禾市。</j:p>\n"
    "    <j:p n=\"2\">\n"
    "      被告借走<!-- 已核 -->手推车三辆。\n"
    "    </j:p>\n"
    "  </j:body>\n"
    "</j:judgment>\n";

XmlCaseDocument Read(const std::string& xml,
                     const XmlMapping& mapping = DefaultXmlMapping()) {
  Result<XmlCaseDocument> doc = ReadXmlCase(xml, mapping);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return std::move(doc).value();
}

TEST(XmlCaseWriterTest, SpanOverEmAndPlainTextKeepsStructureAndEverythingElse) {
  XmlCaseDocument doc = Read(kInput);
  const std::vector<TextEdit> edits = Mask(doc.text, "19870615", "********");
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out.value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<!-- 导出批次 B-0093 -->\n"
            "<?xml-stylesheet type=\"text/xsl\" href=\"judgment.xsl\"?>\n"
            "<j:judgment xmlns:j=\"urn:wenshu:judgment:1\" "
            "xmlns:x=\"urn:example:extra\" id=\"QH-2031-0457\" x:batch=\"93\">\n"
            "  <j:meta>\n"
            "    <j:court>青禾市澜川区人民法院</j:court>\n"
            "    <j:caseTerms/>\n"
            "  </j:meta>\n"
            "  <j:body x:layout=\"two-column\">\n"
            "    <j:p n=\"1\">原告柏某甲，身份证号码<j:em style=\"b\">330211********"
            "</j:em>4417，住青禾市。</j:p>\n"
            "    <j:p n=\"2\">\n"
            "      被告借走<!-- 已核 -->手推车三辆。\n"
            "    </j:p>\n"
            "  </j:body>\n"
            "</j:judgment>\n");
}

TEST(XmlCaseWriterTest, NoEditsWritesTheInputBackLessTheCaseTerms) {
  XmlCaseDocument doc = Read(kInput);
  Result<std::string> out = WriteXmlCase(doc, {}, doc.text);
  ASSERT_TRUE(out.ok()) << out.status().message();
  std::string expected = kInput;
  const std::string terms = "<j:caseTerms><j:term>蓝鲸七号配方</j:term></j:caseTerms>";
  expected.replace(expected.find(terms), terms.size(), "<j:caseTerms/>");
  EXPECT_EQ(out.value(), expected);
}

TEST(XmlCaseWriterTest, DocumentIsNotModifiedAndCanBeWrittenTwice) {
  XmlCaseDocument doc = Read(kInput);
  const std::string text = doc.text;
  const std::string tree = doc.xml->Serialize().value();
  const std::vector<TextEdit> edits = Mask(doc.text, "柏某甲", "柏某");
  Result<std::string> first = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  Result<std::string> second = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first.value(), second.value());
  EXPECT_EQ(doc.text, text);
  EXPECT_EQ(doc.xml->Serialize().value(), tree);
}

TEST(XmlCaseWriterTest, EditAcrossParagraphsIsRefused) {
  XmlCaseDocument doc = Read(kInput);
  const size_t begin = doc.text.find("住青禾市");
  const size_t end = doc.text.find("手推车");
  const std::vector<TextEdit> edits = {TextEdit{begin, end, "某"}};
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status().message().rfind("the XML could not be mapped back: ", 0), 0u)
      << out.status().message();
}

TEST(XmlCaseWriterTest, OutputThatDiffersFromThePublicTextIsRefused) {
  XmlCaseDocument doc = Read(kInput);
  const std::vector<TextEdit> edits = Mask(doc.text, "柏某甲", "柏某");
  Result<std::string> out = WriteXmlCase(doc, edits, doc.text);
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find(
                "the XML could not be mapped back: the text written differs "
                "from the public text at byte "),
            std::string::npos)
      << out.status().message();
}

TEST(XmlCaseWriterTest, ReplacementThatStartsAParagraphWithSpaceIsRefused) {
  // Leading whitespace is indentation on reading, so the output would not
  // read back as the public text: held, not written differently.
  XmlCaseDocument doc = Read(kInput);
  const std::vector<TextEdit> edits = Mask(doc.text, "原告", " 原告");
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find("differs from the public text at byte 0"),
            std::string::npos)
      << out.status().message();
}

TEST(XmlCaseWriterTest, Gb18030ComesBackGb18030) {
  // 原告柏某甲，身份证号码 ... ，住青禾市。 in GB18030.
  const std::string head =
      "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n"
      "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>"
      "\xD4\xAD\xB8\xE6\xB0\xD8\xC4\xB3\xBC\xD7\xA3\xAC\xC9\xED\xB7\xDD\xD6"
      "\xA4\xBA\xC5\xC2\xEB";
  const std::string tail =
      "\xA3\xAC\xD7\xA1\xC7\xE0\xBA\xCC\xCA\xD0\xA1\xA3"
      "</p></body></judgment>\n";
  XmlCaseDocument doc = Read(head + "330211198706154417" + tail);
  const std::vector<TextEdit> edits = Mask(doc.text, "19870615", "********");
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out.value(), head + "330211********4417" + tail);
}

// UTF-16LE with a byte-order mark, for text in the Basic Multilingual Plane.
std::string Utf16Le(const std::string& utf8) {
  std::string out = "\xFF\xFE";
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  for (size_t i = 0; i < utf8.size();) {
    unsigned cp = 0;
    if (s[i] < 0x80) {
      cp = s[i];
      i += 1;
    } else if (s[i] < 0xE0) {
      cp = ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      i += 2;
    } else {
      cp = ((s[i] & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      i += 3;
    }
    out += static_cast<char>(cp & 0xFF);
    out += static_cast<char>(cp >> 8);
  }
  return out;
}

TEST(XmlCaseWriterTest, ByteOrderMarksAndUtf16ComeBackAsTheyWere) {
  const std::string body =
      "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>证人邝某到庭。</p>"
      "</body></judgment>\n";
  const std::string masked =
      "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>证人某某到庭。</p>"
      "</body></judgment>\n";
  const std::string declaration = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n";
  struct Case {
    std::string in;
    std::string out;
  };
  const Case cases[] = {
      {Utf16Le(declaration + body), Utf16Le(declaration + masked)},
      {Utf16Le(body), Utf16Le(masked)},
      {"\xEF\xBB\xBF" + body, "\xEF\xBB\xBF" + masked},
  };
  for (const Case& c : cases) {
    XmlCaseDocument doc = Read(c.in);
    const std::vector<TextEdit> edits = Mask(doc.text, "邝某", "某某");
    Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
    ASSERT_TRUE(out.ok()) << out.status().message();
    EXPECT_EQ(out.value(), c.out);
  }
}

TEST(XmlCaseWriterTest, NoDeclarationInNoneOut) {
  XmlCaseDocument doc = Read(
      "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>证人<![CDATA[邝某]]>"
      "到庭。</p></body></judgment>");
  const std::vector<TextEdit> edits = Mask(doc.text, "邝某", "×××");
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out.value(),
            "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>证人<![CDATA[×××]]>"
            "到庭。</p></body></judgment>\n");
}

TEST(XmlCaseWriterTest, CustomMappingDropsAreGoneFromTheOutput) {
  Result<XmlMapping> mapping = ParseXmlMapping(R"j({
    "namespaces": {"c": "urn:example:casesys:2"},
    "paragraphs": "//c:para",
    "keep": ["//c:banner"],
    "drop": ["//c:reviewNote", "//@c:editor"]})j");
  ASSERT_TRUE(mapping.ok()) << mapping.status().message();
  XmlCaseDocument doc = Read(
      "<cs:case xmlns:cs=\"urn:example:casesys:2\"><cs:banner>内部导出</cs:banner>"
      "<cs:para cs:editor=\"录入员甲\">证人邝某<cs:reviewNote>核对</cs:reviewNote>"
      "到庭。</cs:para></cs:case>",
      mapping.value());
  const std::vector<TextEdit> edits = Mask(doc.text, "邝某", "邝某某");
  Result<std::string> out = WriteXmlCase(doc, edits, Apply(doc.text, edits));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out.value(),
            "<cs:case xmlns:cs=\"urn:example:casesys:2\"><cs:banner>内部导出"
            "</cs:banner><cs:para>证人邝某某到庭。</cs:para></cs:case>\n");
}

}  // namespace
}  // namespace wenshu
