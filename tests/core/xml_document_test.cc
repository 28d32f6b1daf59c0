#include "core/xml_document.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

const std::vector<XmlNamespace> kNs = {{"a", "urn:example:a"}};

struct BadXmlCase {
  const char* name;
  const char* xml;
  const char* message_part;
};

class XmlDocumentRefusesTest : public ::testing::TestWithParam<BadXmlCase> {};

TEST_P(XmlDocumentRefusesTest, WithAMessageNamingThePart) {
  const BadXmlCase& c = GetParam();
  Result<XmlDocument> doc = XmlDocument::Parse(c.xml, "word/document.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(doc.status().message().find("word/document.xml: "), std::string::npos)
      << doc.status().message();
  EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos)
      << doc.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Hostile, XmlDocumentRefusesTest,
    ::testing::Values(
        BadXmlCase{"UnclosedElement", "<a><b></a>", "malformed XML at line 1"},
        BadXmlCase{"Empty", "", "malformed XML"},
        BadXmlCase{"NotXml", "PK\x03\x04 zip bytes", "malformed XML"},
        BadXmlCase{"ExternalEntityIsNeverLoaded",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "
                   "\"file:///etc/passwd\">]><r>&x;</r>",
                   "DOCTYPE is not allowed"},
        BadXmlCase{"BillionLaughsIsRefusedBeforeExpansion",
                   "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                   "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                   "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><r>&c;&c;&c;</r>",
                   "DOCTYPE is not allowed"},
        BadXmlCase{"ExternalDtd",
                   "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\"><r/>",
                   "DOCTYPE is not allowed"},
        BadXmlCase{"UndeclaredEntity", "<r>&nbsp;</r>", "malformed XML"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(XmlDocumentTest, NestingDeeperThanTheLimitIsRefusedNotACrash) {
  std::string xml;
  for (int i = 0; i < 100000; ++i) xml += "<d>";
  for (int i = 0; i < 100000; ++i) xml += "</d>";
  Result<XmlDocument> doc = XmlDocument::Parse(xml, "deep.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("deep.xml: malformed XML"),
            std::string::npos);
}

TEST(XmlDocumentTest, SerializeRoundTripsTextAndNamespaces) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<a:r xmlns:a=\"urn:example:a\"><a:t x=\"1\">甲方 &amp; 乙方</a:t></a:r>\n";
  Result<XmlDocument> doc = XmlDocument::Parse(xml, "x.xml");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  Result<std::string> out = doc.value().Serialize();
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out.value(), xml);
}

TEST(XmlDocumentTest, SelectWithRegisteredPrefixAndEditText) {
  Result<XmlDocument> doc = XmlDocument::Parse(
      "<r xmlns=\"urn:example:a\"><t>一</t><u><t>二</t></u></r>", "x.xml");
  ASSERT_TRUE(doc.ok());
  Result<std::vector<XmlNode>> ts = doc.value().Select("//a:t", kNs);
  ASSERT_TRUE(ts.ok()) << ts.status().message();
  ASSERT_EQ(ts.value().size(), 2u);
  EXPECT_EQ(ts.value()[0].Text(), "一");
  EXPECT_TRUE(ts.value()[1].Is("urn:example:a", "t"));
  EXPECT_EQ(ts.value()[1].Parent().LocalName(), "u");
  ts.value()[1].SetText(" <三> & ");
  ts.value()[1].SetSpacePreserve();
  EXPECT_EQ(doc.value().Serialize().value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<r xmlns=\"urn:example:a\"><t>一</t><u><t xml:space=\"preserve\"> "
            "&lt;三&gt; &amp; </t></u></r>\n");
}

TEST(XmlDocumentTest, SelectRefusesABadExpressionAndUnknownPrefix) {
  Result<XmlDocument> doc = XmlDocument::Parse("<r/>", "x.xml");
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc.value().Select("//[", kNs).ok());
  EXPECT_FALSE(doc.value().Select("//zz:t", kNs).ok());
  EXPECT_FALSE(doc.value().Select("count(//r)", kNs).ok());
  Result<std::vector<XmlNode>> ns = doc.value().Select("//namespace::*", kNs);
  ASSERT_FALSE(ns.ok());
  EXPECT_NE(ns.status().message().find("selects namespace nodes"),
            std::string::npos);
}

TEST(XmlDocumentTest, AttributeUnwrapRemoveAllAndPrefixedAttributes) {
  Result<XmlDocument> parsed = XmlDocument::Parse(
      "<a:r xmlns:a=\"urn:example:a\" a:rsidR=\"00A1\" a:rsidRPr=\"00B2\" "
      "a:val=\"v\" rsidX=\"keep\"><a:ins a:author=\"某书记员\"><a:t>留</a:t>"
      "<a:t>存</a:t></a:ins><a:del><a:t>删</a:t></a:del><a:del/></a:r>",
      "x.xml");
  ASSERT_TRUE(parsed.ok());
  XmlDocument& doc = parsed.value();
  EXPECT_EQ(doc.Root().Attribute("urn:example:a", "val"), "v");
  EXPECT_EQ(doc.Root().Attribute("", "rsidX"), "keep");
  EXPECT_EQ(doc.Root().Attribute("urn:example:a", "nope"), std::nullopt);
  EXPECT_TRUE(doc.Root().HasDescendant("urn:example:a", "t"));
  EXPECT_EQ(doc.RemoveAttributesWithPrefix("urn:example:a", "rsid"), 2u);
  Result<size_t> removed = doc.RemoveAll("//a:del", kNs);
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(removed.value(), 2u);
  doc.Select("//a:ins", kNs).value()[0].Unwrap();
  EXPECT_EQ(doc.Serialize().value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<a:r xmlns:a=\"urn:example:a\" a:val=\"v\" rsidX=\"keep\">"
            "<a:t>留</a:t><a:t>存</a:t></a:r>\n");
}

TEST(XmlDocumentTest, RemoveAllSkipsDescendantsOfRemovedNodes) {
  Result<XmlDocument> parsed =
      XmlDocument::Parse("<r><x><x><x/></x></x><x/></r>", "x.xml");
  ASSERT_TRUE(parsed.ok());
  Result<size_t> removed = parsed.value().RemoveAll("//x", {});
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(removed.value(), 2u);
  EXPECT_EQ(parsed.value().Serialize().value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r/>\n");
}

TEST(XmlDocumentTest, NodeTypesPathsAndSetContent) {
  Result<XmlDocument> parsed = XmlDocument::Parse(
      "<r a=\"1\"><p>一<!--注--><![CDATA[二]]><?pi 三?></p><p>四</p></r>",
      "x.xml");
  ASSERT_TRUE(parsed.ok());
  XmlDocument& doc = parsed.value();
  std::vector<XmlNode> nodes =
      doc.Select("/r/p[1]/node() | /r/@a | /r", {}).value();
  ASSERT_EQ(nodes.size(), 6u);
  std::vector<XmlNodeType> types;
  std::vector<std::string> paths;
  for (XmlNode n : nodes) {
    types.push_back(n.Type());
    paths.push_back(n.Path());
  }
  EXPECT_EQ(types, (std::vector<XmlNodeType>{
                       XmlNodeType::kElement, XmlNodeType::kAttribute,
                       XmlNodeType::kText, XmlNodeType::kComment,
                       XmlNodeType::kCData,
                       XmlNodeType::kProcessingInstruction}));
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "/r", "/r/@a", "/r/p[1]/text()[1]", "/r/p[1]/comment()",
                       "/r/p[1]/text()[2]", "/r/p[1]/processing-instruction('pi')"}));
  EXPECT_TRUE(nodes[0].IsAncestorOf(nodes[1]));
  EXPECT_TRUE(nodes[0].IsAncestorOf(nodes[4]));
  EXPECT_FALSE(nodes[4].IsAncestorOf(nodes[0]));
  EXPECT_FALSE(nodes[0].IsAncestorOf(nodes[0]));
  nodes[2].SetContent("<甲>&");
  nodes[4].SetContent("乙");
  nodes[0].SetContent("ignored on an element");
  EXPECT_EQ(doc.Serialize().value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<r a=\"1\"><p>&lt;甲&gt;&amp;<!--注--><![CDATA[乙]]><?pi 三?></p>"
            "<p>四</p></r>\n");
}

TEST(XmlDocumentTest, SerializeAsKeepsTheDeclaredEncoding) {
  // 甲乙 in GB18030.
  const std::string gb =
      "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n<r>\xBC\xD7\xD2\xD2</r>\n";
  Result<XmlDocument> parsed = XmlDocument::Parse(gb, "gb.xml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed.value().DeclaredEncoding(), "GB18030");
  EXPECT_EQ(parsed.value().Root().Text(), "甲乙");
  EXPECT_EQ(parsed.value().SerializeAs("GB18030", true).value(), gb);
  EXPECT_EQ(parsed.value().SerializeAs("UTF-8", false).value(), "<r>甲乙</r>\n");
  EXPECT_FALSE(parsed.value().SerializeAs("X-NO-SUCH-CODE", true).ok());
  EXPECT_EQ(XmlDocument::Parse("<r/>", "x.xml").value().DeclaredEncoding(),
            std::nullopt);
}

TEST(XmlDocumentTest, BytesInvalidInTheDeclaredEncodingAreAnErrorAndPrintNothing) {
  for (const std::string& xml :
       {std::string("<?xml version=\"1.0\" encoding=\"GB18030\"?><r>\xD6\xA4\xFF"
                    "\x30</r>"),
        std::string("<r>\xE5\x88</r>"),
        std::string("<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CODE\"?><r/>")}) {
    ::testing::internal::CaptureStderr();
    Result<XmlDocument> doc = XmlDocument::Parse(xml, "bad.xml");
    const std::string printed = ::testing::internal::GetCapturedStderr();
    ASSERT_FALSE(doc.ok());
    EXPECT_NE(doc.status().message().find("bad.xml: malformed XML"),
              std::string::npos)
        << doc.status().message();
    EXPECT_EQ(printed, "");
  }
}

TEST(XmlDocumentTest, StringsInDocumentOrder) {
  Result<XmlDocument> parsed = XmlDocument::Parse(
      "<!--a--><r xmlns:q=\"urn:q\" k=\"b\" q:k=\"c\">d<![CDATA[e]]><s>f</s>"
      "<?t g?></r><?u h?>",
      "x.xml");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value().Strings(),
            (std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h"}));
}

TEST(XmlDocumentTest, RemoveNodesSkipsNodesInsideOthersAndRefusesTheDocument) {
  Result<XmlDocument> parsed =
      XmlDocument::Parse("<r><x a=\"1\"><y/></x><z/>字</r>", "x.xml");
  ASSERT_TRUE(parsed.ok());
  XmlDocument& doc = parsed.value();
  std::vector<XmlNode> doomed = doc.Select("//y | //x/@a | //x | /r/text()", {}).value();
  Result<size_t> removed = doc.RemoveNodes(doomed);
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(removed.value(), 2u);
  EXPECT_EQ(doc.Serialize().value(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r><z/></r>\n");
  std::vector<XmlNode> root_parent = {doc.Root().Parent()};
  EXPECT_FALSE(doc.RemoveNodes(root_parent).ok());
}

}  // namespace
}  // namespace wenshu
