#include "core/docx_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/zip_archive.h"
#include "tests/core/docx_fixture.h"

namespace wenshu {
namespace {

using testing::FixtureDocx;
using testing::FixtureEntries;

TEST(DocxReaderTest, FixtureFlatTextIsTheAcceptedVisibleText) {
  Result<DocxDocument> doc = ReadDocx(FixtureDocx());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, std::string(testing::kFixtureBodyText) +
                                  testing::kFixtureStoriesText);
  EXPECT_EQ(doc.value().body_end, std::string(testing::kFixtureBodyText).size());
  ASSERT_EQ(doc.value().parts.size(), 4u);
  EXPECT_EQ(doc.value().parts[0].name, "word/document.xml");
  EXPECT_EQ(doc.value().parts[1].name, "word/header1.xml");
  EXPECT_EQ(doc.value().parts[2].name, "word/footer1.xml");
  EXPECT_EQ(doc.value().parts[3].name, "word/footnotes.xml");
}

TEST(DocxReaderTest, EveryPieceIsTheTextOfItsNode) {
  Result<DocxDocument> doc = ReadDocx(FixtureDocx());
  ASSERT_TRUE(doc.ok());
  const DocxDocument& d = doc.value();
  ASSERT_EQ(d.pieces.size(), d.nodes.size());
  for (size_t i = 0; i < d.pieces.size(); ++i) {
    EXPECT_EQ(d.text.substr(d.pieces[i].begin, d.pieces[i].end - d.pieces[i].begin),
              d.nodes[i].Text());
    EXPECT_TRUE(d.nodes[i].Is(kWordNamespace, "t"));
  }
  // The split ID: a bold run's piece followed directly by a plain run's.
  const size_t id = d.text.find("330211198706154417");
  size_t split = 0;
  for (size_t i = 0; i < d.pieces.size(); ++i) {
    if (d.pieces[i].begin == id) split = i;
  }
  EXPECT_EQ(d.nodes[split].Text(), "3302111987");
  EXPECT_EQ(d.nodes[split + 1].Text(), "06154417");
  EXPECT_EQ(d.pieces[split].end, d.pieces[split + 1].begin);
}

std::vector<ZipEntry> WithDocumentBody(const std::string& body) {
  std::vector<ZipEntry> entries = {
      {"word/document.xml",
       std::string("<w:document ") + testing::kFixtureW + "><w:body>" + body +
           "</w:body></w:document>"}};
  return entries;
}

struct BodyCase {
  const char* name;
  const char* body;
  const char* text;
};

class DocxReaderBodyTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(DocxReaderBodyTest, ReadsExactly) {
  Result<DocxDocument> doc = ReadDocxEntries(WithDocumentBody(GetParam().body));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DocxReaderBodyTest,
    ::testing::Values(
        BodyCase{"EmptyBody", "", ""},
        BodyCase{"EmptyParagraph", "<w:p/>", "\n"},
        BodyCase{"ContentControlReadThroughItsContent",
                 "<w:sdt><w:sdtPr><w:alias w:val=\"当事人\"/></w:sdtPr>"
                 "<w:sdtContent><w:p><w:r><w:t>甲</w:t></w:r></w:p>"
                 "</w:sdtContent></w:sdt>",
                 "甲\n"},
        BodyCase{"HyperlinkAndSmartTagContentIsText",
                 "<w:p><w:hyperlink r:id=\"x\"><w:r><w:t>链</w:t></w:r>"
                 "</w:hyperlink><w:smartTag><w:r><w:t>签</w:t></w:r>"
                 "</w:smartTag></w:p>",
                 "链签\n"},
        BodyCase{"MoveFromDroppedMoveToKept",
                 "<w:p><w:moveFrom><w:r><w:t>旧处</w:t></w:r></w:moveFrom>"
                 "<w:moveTo><w:r><w:t>新处</w:t></w:r></w:moveTo></w:p>",
                 "新处\n"},
        BodyCase{"FieldInstructionIsNotTextItsResultIs",
                 "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
                 "<w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar "
                 "w:fldCharType=\"separate\"/></w:r><w:r><w:t>二〇二五年</w:t>"
                 "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
                 "二〇二五年\n"},
        BodyCase{"HiddenRunInsideInsertion",
                 "<w:p><w:ins><w:r><w:rPr><w:vanish w:val=\"1\"/></w:rPr>"
                 "<w:t>藏</w:t></w:r></w:ins></w:p>",
                 "\n"},
        BodyCase{"DrawingWithoutTextIsIgnored",
                 "<w:p><w:r><w:drawing><x:pic xmlns:x=\"urn:x\"/></w:drawing>"
                 "</w:r><w:r><w:t>图后</w:t></w:r></w:p>",
                 "图后\n"},
        BodyCase{"NestedTableCellByCell",
                 "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内"
                 "</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc>"
                 "<w:p><w:r><w:t>外</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
                 "内\n\n外\n"}),
    [](const auto& info) { return std::string(info.param.name); });

struct ErrorCase {
  const char* name;
  std::vector<ZipEntry> entries;
  const char* message_part;
};

class DocxReaderRefusesTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(DocxReaderRefusesTest, WithAMessageAClerkCanActOn) {
  Result<DocxDocument> doc = ReadDocxEntries(GetParam().entries);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(doc.status().message().find(GetParam().message_part), std::string::npos)
      << doc.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DocxReaderRefusesTest,
    ::testing::Values(
        ErrorCase{"NoDocumentPart",
                  {{"word/styles.xml", "<x/>"}},
                  "holds no word/document.xml"},
        ErrorCase{"MalformedDocument",
                  {{"word/document.xml", "<w:document><w:body>"}},
                  "word/document.xml: malformed XML"},
        ErrorCase{"NotWordprocessingMl",
                  {{"word/document.xml", "<document/>"}},
                  "not w:document"},
        ErrorCase{"SimpleFieldText",
                  WithDocumentBody("<w:p><w:fldSimple w:instr=\"AUTHOR\"><w:r>"
                                   "<w:t>某人</w:t></w:r></w:fldSimple></w:p>"),
                  "text inside w:fldSimple cannot be mapped"},
        ErrorCase{"TextBoxInADrawing",
                  WithDocumentBody("<w:p><w:r><w:drawing><w:txbxContent><w:p>"
                                   "<w:r><w:t>框</w:t></w:r></w:p>"
                                   "</w:txbxContent></w:drawing></w:r></w:p>"),
                  "text inside w:drawing"},
        ErrorCase{"HeaderNamedButMissing",
                  {WithDocumentBody("")[0],
                   {"word/_rels/document.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    "package/2006/relationships\"><Relationship Id=\"a\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    "2006/relationships/header\" Target=\"header9.xml\"/>"
                    "</Relationships>"}},
                  "names word/header9.xml, which the file does not hold"},
        ErrorCase{"HeaderWithExternalEntity",
                  {WithDocumentBody("")[0],
                   {"word/header1.xml",
                    "<!DOCTYPE w:hdr [<!ENTITY x SYSTEM \"file:///etc/hosts\">]>"
                    "<w:hdr/>"}},
                  "word/header1.xml: a DOCTYPE is not allowed"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DocxReaderTest, NotAZipIsRefused) {
  Result<DocxDocument> doc = ReadDocx("这不是压缩包");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("not a readable .docx"), std::string::npos)
      << doc.status().message();
}

TEST(DocxReaderTest, UnreferencedHeaderIsStillRead) {
  std::vector<ZipEntry> entries = WithDocumentBody("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
  entries.push_back({"word/header2.xml",
                     std::string("<w:hdr ") + testing::kFixtureW +
                         "><w:p><w:r><w:t>孤页眉</w:t></w:r></w:p></w:hdr>"});
  Result<DocxDocument> doc = ReadDocxEntries(entries);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "正文\n\n孤页眉\n");
}

TEST(DocxReaderTest, HeadersInNumberOrder) {
  std::vector<ZipEntry> entries = WithDocumentBody("");
  for (const char* n : {"10", "2", "1"}) {
    entries.push_back({std::string("word/header") + n + ".xml",
                       std::string("<w:hdr ") + testing::kFixtureW +
                           "><w:p><w:r><w:t>" + n + "</w:t></w:r></w:p></w:hdr>"});
  }
  Result<DocxDocument> doc = ReadDocxEntries(entries);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "\n1\n\n2\n\n10\n");
}

}  // namespace
}  // namespace wenshu
