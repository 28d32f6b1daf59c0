#include "core/xml_case_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

// An invented judgment in Wenshu's own format: the ID's digits run over an
// <em> and the plain text after it, the second paragraph is indented.
const char kDefaultXml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<judgment xmlns=\"urn:wenshu:judgment:1\" id=\"QH-2031-0457\">\n"
    "  <meta>\n"
    "    <court>青禾市澜川区人民法院</court>\n"
    "    <caseNumber>（2031）青0105民初457号</caseNumber>\n"
    "    <docType>判决书</docType>\n"
    "    <cause> 借用合同纠纷 </cause>\n"
    "    <decisionDate>2031-04-09</decisionDate>\n"
    "    <effectiveDate>2031-05-02</effectiveDate>\n"
    "    <appealed>1</appealed>\n"
    "    <secondInstanceEffectiveDate>2031-08-30</secondInstanceEffectiveDate>\n"
    "    <flags><flag>minor_involved</flag><flag/><flag>family_matter</flag></flags>\n"
    "    <caseTerms><term>蓝鲸七号配方</term></caseTerms>\n"
    "  </meta>\n"
    "  <body>\n"
    "    <p>原告柏某甲，身份证号码<em>330211198706</em>154417，住青禾市。</p>\n"
    "    <p>\n"
    "      被告借走手推车三辆<!-- 校对：无误 -->，逾期未还。\n"
    "    </p>\n"
    "    <p/>\n"
    "  </body>\n"
    "</judgment>\n";

TEST(XmlCaseReaderTest, DefaultFormatParagraphsPiecesAndMetadata) {
  Result<XmlCaseDocument> doc = ReadXmlCase(kDefaultXml, DefaultXmlMapping());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  const XmlCaseDocument& d = doc.value();
  EXPECT_EQ(d.text,
            "原告柏某甲，身份证号码330211198706154417，住青禾市。\n"
            "被告借走手推车三辆，逾期未还。\n"
            "\n");
  // One piece per text node; the ID's digits are split over two pieces.
  std::vector<std::string> pieces;
  for (const TextPiece& p : d.pieces) {
    pieces.push_back(d.text.substr(p.begin, p.end - p.begin));
  }
  EXPECT_EQ(pieces, (std::vector<std::string>{
                        "原告柏某甲，身份证号码", "330211198706",
                        "154417，住青禾市。", "被告借走手推车三辆",
                        "，逾期未还。"}));
  // The indentation of the second paragraph is kept aside, not text.
  EXPECT_EQ(d.prefixes[3], "\n      ");
  EXPECT_EQ(d.suffixes[4], "\n    ");
  EXPECT_EQ(d.id, "QH-2031-0457");
  EXPECT_EQ(d.meta.court, "青禾市澜川区人民法院");
  EXPECT_EQ(d.meta.case_number, "（2031）青0105民初457号");
  EXPECT_EQ(d.meta.doc_type, "判决书");
  EXPECT_EQ(d.meta.cause, "借用合同纠纷");
  EXPECT_EQ(d.meta.decision_date, "2031-04-09");
  EXPECT_EQ(d.meta.effective_date, "2031-05-02");
  EXPECT_TRUE(d.meta.appealed);
  EXPECT_EQ(d.meta.second_instance_effective_date, "2031-08-30");
  EXPECT_EQ(d.meta.flags,
            (std::vector<std::string>{"minor_involved", "family_matter"}));
  EXPECT_EQ(d.meta.case_terms, (std::vector<std::string>{"蓝鲸七号配方"}));
  EXPECT_FALSE(d.meta.court_discretion.has_value());
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.declaration);
  EXPECT_EQ(d.withheld.size(), 1u);
}

TEST(XmlCaseReaderTest, CourtDiscretionRecordIsRead) {
  Result<XmlCaseDocument> doc = ReadXmlCase(
      "<j:judgment xmlns:j=\"urn:wenshu:judgment:1\"><j:meta>"
      "<j:courtDiscretion approvedOn=\"2031-02-11\"><j:reason>涉及未公开的"
      "水文勘测资料</j:reason><j:approvedBy>庭长闻某</j:approvedBy>"
      "<j:approvedBy>副院长滕某</j:approvedBy></j:courtDiscretion>"
      "</j:meta><j:body><j:p>正文一行。</j:p></j:body></j:judgment>",
      DefaultXmlMapping());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_TRUE(doc.value().meta.court_discretion.has_value());
  const CourtDiscretionRecord& r = *doc.value().meta.court_discretion;
  EXPECT_EQ(r.reason, "涉及未公开的水文勘测资料");
  EXPECT_EQ(r.approved_by,
            (std::vector<std::string>{"庭长闻某", "副院长滕某"}));
  EXPECT_EQ(r.approved_on, "2031-02-11");
  EXPECT_EQ(doc.value().withheld.size(), 4u);
  EXPECT_FALSE(doc.value().declaration);
  EXPECT_EQ(doc.value().id, std::nullopt);
}

// Another system's export: its own namespace (under another prefix than
// the mapping's), a printed header kept verbatim, reviewer notes dropped,
// metadata in attributes and elements.
const char kCustomMapping[] = R"j({
  "namespaces": {"c": "urn:example:casesys:2"},
  "paragraphs": "/c:case/c:content/c:para",
  "id": "/c:case/@docno",
  "meta": {"court": "/c:case/c:head/c:court",
           "case_number": "/c:case/c:head/@caseno",
           "decision_date": "/c:case/c:head/c:signed/text()",
           "flags": "/c:case/c:head/c:tag/@v"},
  "drop": ["//c:reviewNote", "//@c:editor"],
  "keep": ["/c:case/c:banner"]
})j";

const char kCustomXml[] =
    "<cs:case xmlns:cs=\"urn:example:casesys:2\" docno=\"77-0912\">"
    "<cs:banner>内部导出 第3批</cs:banner>"
    "<cs:head caseno=\"（2031）青0105刑初88号\"><cs:court>青禾市澜川区人民法院"
    "</cs:court><cs:signed>2031-06-18</cs:signed><cs:tag v=\"minor_involved\"/>"
    "</cs:head>"
    "<cs:content cs:editor=\"录入员甲\"><cs:para>被告人鞠某某，绰号"
    "<cs:reviewNote>核对身份证</cs:reviewNote>“二掌柜”。</cs:para>"
    "<cs:para><![CDATA[联系电话13905710242。]]></cs:para></cs:content>"
    "</cs:case>";

TEST(XmlCaseReaderTest, CustomMappingWithNamespacesDropAndKeep) {
  Result<XmlMapping> mapping = ParseXmlMapping(kCustomMapping);
  ASSERT_TRUE(mapping.ok()) << mapping.status().message();
  Result<XmlCaseDocument> doc = ReadXmlCase(kCustomXml, mapping.value());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  const XmlCaseDocument& d = doc.value();
  EXPECT_EQ(d.text, "被告人鞠某某，绰号“二掌柜”。\n联系电话13905710242。\n");
  EXPECT_EQ(d.pieces.size(), 3u);
  EXPECT_EQ(d.id, "77-0912");
  EXPECT_EQ(d.meta.court, "青禾市澜川区人民法院");
  EXPECT_EQ(d.meta.case_number, "（2031）青0105刑初88号");
  EXPECT_EQ(d.meta.decision_date, "2031-06-18");
  EXPECT_EQ(d.meta.flags, (std::vector<std::string>{"minor_involved"}));
  EXPECT_EQ(d.meta.doc_type, std::nullopt);
  EXPECT_FALSE(d.meta.appealed);
  EXPECT_EQ(d.xml->Serialize().value().find("录入员甲"), std::string::npos);
  EXPECT_EQ(d.xml->Serialize().value().find("核对身份证"), std::string::npos);
}

TEST(XmlCaseReaderTest, Gb18030IsReadAsUtf8) {
  // 原告柏某甲，身份证号码 / ，住青禾市。 in GB18030.
  const std::string xml =
      std::string("<?xml version=\"1.0\" encoding=\"GB18030\"?>\n"
                  "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>") +
      "\xD4\xAD\xB8\xE6\xB0\xD8\xC4\xB3\xBC\xD7\xA3\xAC\xC9\xED\xB7\xDD\xD6"
      "\xA4\xBA\xC5\xC2\xEB" "330211198706154417" +
      "\xA3\xAC\xD7\xA1\xC7\xE0\xBA\xCC\xCA\xD0\xA1\xA3" +
      "</p></body></judgment>\n";
  Result<XmlCaseDocument> doc = ReadXmlCase(xml, DefaultXmlMapping());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text,
            "原告柏某甲，身份证号码330211198706154417，住青禾市。\n");
  EXPECT_EQ(doc.value().encoding, "GB18030");
}

struct RefusedCase {
  const char* name;
  std::string xml;
  std::string mapping;  // "" for the default mapping
  const char* message_part;
};

std::string Deep(int depth) {
  std::string xml = "<judgment xmlns=\"urn:wenshu:judgment:1\"><body><p>";
  for (int i = 0; i < depth; ++i) xml += "<em>";
  xml += "深处";
  for (int i = 0; i < depth; ++i) xml += "</em>";
  return xml + "</p></body></judgment>";
}

std::string InBody(const std::string& body) {
  return "<judgment xmlns=\"urn:wenshu:judgment:1\"><body>" + body +
         "</body></judgment>";
}

std::string InMeta(const std::string& meta) {
  return "<judgment xmlns=\"urn:wenshu:judgment:1\"><meta>" + meta +
         "</meta><body><p>一段。</p></body></judgment>";
}

class XmlCaseReaderRefusesTest : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(XmlCaseReaderRefusesTest, WithAReason) {
  const RefusedCase& c = GetParam();
  XmlMapping mapping = DefaultXmlMapping();
  if (!c.mapping.empty()) {
    Result<XmlMapping> parsed = ParseXmlMapping(c.mapping);
    ASSERT_TRUE(parsed.ok()) << parsed.status().message();
    mapping = parsed.value();
  }
  Result<XmlCaseDocument> doc = ReadXmlCase(c.xml, mapping);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos)
      << doc.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    FailClosed, XmlCaseReaderRefusesTest,
    ::testing::Values(
        RefusedCase{"TextOutsideParagraphs",
                    InBody("<p>一段。</p><note>旁注：证人住溪口村</note>"), "",
                    "text outside the mapped paragraphs at "
                    "/judgment/body/note/text()"},
        RefusedCase{"TextDirectlyInBody", InBody("<p>一段。</p>散落的字"), "",
                    "text outside the mapped paragraphs at /judgment/body/text()"},
        RefusedCase{"UnknownMetadataElementWithText",
                    InMeta("<clerkPhone>0571-8800</clerkPhone>"), "",
                    "text outside the mapped paragraphs"},
        RefusedCase{"ParagraphInsideParagraph",
                    "<r><p>外<p>内</p></p></r>", R"j({"paragraphs": "//p"})j",
                    "a paragraph inside a paragraph at /r/p/p"},
        RefusedCase{"MetadataInsideParagraph",
                    "<r><p>案号<n>甲12</n></p></r>",
                    R"j({"paragraphs": "//p", "meta": {"case_number": "//n"}})j",
                    "metadata or kept content inside a paragraph at /r/p/n"},
        RefusedCase{"ParagraphInsideKeptContent",
                    "<r><k><p>字</p></k></r>",
                    R"j({"paragraphs": "//p", "keep": ["/r/k"]})j",
                    "a paragraph inside metadata or kept content at /r/k/p"},
        RefusedCase{"ParagraphXPathSelectsText", "<r><p>字</p></r>",
                    R"j({"paragraphs": "//p/text()"})j",
                    "selects a node that is not an element"},
        RefusedCase{"MetadataXPathSelectsAComment",
                    "<r><!--注--><p>字</p></r>",
                    R"j({"paragraphs": "//p", "meta": {"court": "//comment()"}})j",
                    "selects a node that holds no value"},
        RefusedCase{"MetadataElementHoldsElements",
                    "<r><m><court>某院</court></m><p>字</p></r>",
                    R"j({"paragraphs": "//p", "meta": {"court": "/r/m"}})j",
                    "court at /r/m holds elements"},
        RefusedCase{"CourtGivenTwice",
                    InMeta("<court>甲院</court><court>乙院</court>"), "",
                    "court is given 2 times"},
        RefusedCase{"AppealedNotABoolean", InMeta("<appealed>也许</appealed>"),
                    "", "appealed is \"也许\""},
        RefusedCase{"DiscretionWithoutApprover",
                    InMeta("<courtDiscretion><reason>某理由</reason>"
                           "</courtDiscretion>"),
                    "", "court discretion needs its written reason"},
        RefusedCase{"WrongMappingSelectsNoParagraph",
                    "<other><p>字</p></other>", "", "no paragraph"},
        RefusedCase{"Doctype",
                    "<!DOCTYPE judgment [<!ENTITY x SYSTEM "
                    "\"file:///etc/hostname\">]><judgment xmlns=\"urn:wenshu:"
                    "judgment:1\"><body><p>&x;</p></body></judgment>",
                    "", "DOCTYPE is not allowed"},
        RefusedCase{"InvalidUtf8Bytes", InBody("<p>字\xFF\xFE字</p>"), "",
                    "malformed XML"},
        RefusedCase{"UnknownEncoding",
                    "<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CODE\"?>" +
                        InBody("<p>字</p>"),
                    "", "malformed XML"},
        RefusedCase{"NestingHundredThousandDeep", Deep(100000), "",
                    "malformed XML"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(XmlCaseReaderTest, CommentsAndProcessingInstructionsAreNotText) {
  Result<XmlCaseDocument> doc = ReadXmlCase(
      InBody("<?render mode=\"wide\"?><p>甲<!--批注：电话13800000000-->乙"
             "<?page 2?>丙</p><!-- 尾注 -->"),
      DefaultXmlMapping());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "甲乙丙\n");
}

TEST(XmlCaseReaderTest, RootElementAsTheOnlyParagraph) {
  Result<XmlMapping> mapping = ParseXmlMapping(R"j({"paragraphs": "/note"})j");
  ASSERT_TRUE(mapping.ok()) << mapping.status().message();
  Result<XmlCaseDocument> doc =
      ReadXmlCase("<note>整篇只有<b>一段</b>。</note>", mapping.value());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "整篇只有一段。\n");
}

TEST(XmlCaseReaderTest, DeepButAllowedNestingIsRead) {
  Result<XmlCaseDocument> doc = ReadXmlCase(Deep(100), DefaultXmlMapping());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "深处\n");
}

struct BadMappingCase {
  const char* name;
  const char* json;
  const char* message_part;
};

class ParseXmlMappingRefusesTest
    : public ::testing::TestWithParam<BadMappingCase> {};

TEST_P(ParseXmlMappingRefusesTest, WithAReason) {
  const BadMappingCase& c = GetParam();
  Result<XmlMapping> mapping = ParseXmlMapping(c.json);
  ASSERT_FALSE(mapping.ok());
  EXPECT_EQ(mapping.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(mapping.status().message().find(c.message_part), std::string::npos)
      << mapping.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Mappings, ParseXmlMappingRefusesTest,
    ::testing::Values(
        BadMappingCase{"NotJson", "{paragraphs", "XML mapping: "},
        BadMappingCase{"NoParagraphs", R"j({"id": "/r/@id"})j",
                       "\"paragraphs\" (an XPath) is required"},
        BadMappingCase{"XPathDoesNotCompile", R"j({"paragraphs": "//p[@"})j",
                       "XML mapping: paragraphs: XPath \"//p[@\""},
        BadMappingCase{"UnknownPrefix", R"j({"paragraphs": "//zz:p"})j",
                       "XML mapping: paragraphs: XPath \"//zz:p\""},
        BadMappingCase{"SelectsANumber",
                       R"j({"paragraphs": "//p", "meta": {"court": "count(//c)"}})j",
                       "meta.court: XPath \"count(//c)\": does not select nodes"},
        BadMappingCase{"SelectsAString",
                       R"j({"paragraphs": "//p", "drop": ["string(//x)"]})j",
                       "drop[0]: XPath"},
        BadMappingCase{"SelectsNamespaceNodes",
                       R"j({"paragraphs": "//p", "keep": ["//namespace::*"]})j",
                       "keep[0]: XPath \"//namespace::*\": selects namespace nodes"},
        BadMappingCase{"UnknownKey", R"j({"paragraphs": "//p", "paragraph": "//q"})j",
                       "unknown key paragraph"},
        BadMappingCase{"UnknownMetaKey",
                       R"j({"paragraphs": "//p", "meta": {"judge": "//j"}})j",
                       "unknown key meta.judge"},
        BadMappingCase{"BadPrefix",
                       R"j({"paragraphs": "//p", "namespaces": {"1a": "urn:x"}})j",
                       "\"1a\" is not a valid prefix"},
        BadMappingCase{"DropNotAList", R"j({"paragraphs": "//p", "drop": "//x"})j",
                       "XML mapping: "},
        BadMappingCase{"EmptyKeep", R"j({"paragraphs": "//p", "keep": [""]})j",
                       "keep[0] is empty"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(XmlStringsTest, EveryTextCommentInstructionAndAttributeValue) {
  Result<std::vector<std::string>> strings = XmlStrings(
      "<?xml version=\"1.0\"?><!--前--><r xmlns=\"urn:x\" a=\"属性值\">"
      "文<![CDATA[块<>]]><?pi 指令数据?><s b=\"&amp;乙\">尾</s></r>");
  ASSERT_TRUE(strings.ok()) << strings.status().message();
  EXPECT_EQ(strings.value(),
            (std::vector<std::string>{"前", "属性值", "文", "块<>", "指令数据",
                                      "&乙", "尾"}));
}

TEST(XmlStringsTest, FailsLikeParse) {
  EXPECT_FALSE(XmlStrings("<r>").ok());
  EXPECT_FALSE(XmlStrings("<!DOCTYPE r><r/>").ok());
}

}  // namespace
}  // namespace wenshu
