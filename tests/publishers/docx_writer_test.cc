#include "publishers/docx_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/docx_reader.h"
#include "core/zip_archive.h"
#include "tests/core/docx_fixture.h"

namespace wenshu {
namespace {

using testing::FixtureDocx;
using testing::FixtureEntries;

const std::string kFixtureText =
    std::string(testing::kFixtureBodyText) + testing::kFixtureStoriesText;

// The edit the engine would make for the fixture: the ID's birth date
// digits, which run over the bold and the plain run, masked.
std::vector<TextEdit> MaskBirthDate(const std::string& text) {
  const size_t at = text.find("19870615");
  return {TextEdit{at, at + 8, "********"}};
}

std::string Apply(std::string text, const std::vector<TextEdit>& edits) {
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    text.replace(it->begin, it->end - it->begin, it->replacement);
  }
  return text;
}

struct Written {
  std::string bytes;
  std::vector<ZipEntry> entries;
  std::string Part(const std::string& name) const {
    const ZipEntry* e = FindZipEntry(entries, name);
    return e == nullptr ? std::string("<missing " + name + ">") : e->data;
  }
};

Written WriteFixture(const std::string& docx = FixtureDocx()) {
  Result<DocxDocument> doc = ReadDocx(docx);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  const std::vector<TextEdit> edits = MaskBirthDate(doc.value().text);
  Result<std::string> out =
      WriteDocx(doc.value(), edits, Apply(doc.value().text, edits));
  EXPECT_TRUE(out.ok()) << out.status().message();
  Written w{out.value(), {}};
  Result<std::vector<ZipEntry>> entries = ReadZip(w.bytes);
  EXPECT_TRUE(entries.ok()) << entries.status().message();
  w.entries = entries.value();
  return w;
}

TEST(DocxWriterTest, OutputReadsBackAsThePublicText) {
  Written w = WriteFixture();
  Result<DocxDocument> back = ReadDocx(w.bytes);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value().text, Apply(kFixtureText, MaskBirthDate(kFixtureText)));
  EXPECT_NE(back.value().text.find("身份证号码330211********4417，"),
            std::string::npos);
}

TEST(DocxWriterTest, SpanOverBoldAndPlainRunsKeepsEachRunsFormatting) {
  Written w = WriteFixture();
  EXPECT_NE(w.Part("word/document.xml")
                .find("<w:r><w:t>原告：柏某甲，男，身份证号码</w:t></w:r>"
                      "<w:r><w:rPr><w:b/></w:rPr><w:t>330211********</w:t></w:r>"
                      "<w:r><w:t>4417</w:t></w:r>"
                      "<w:r><w:t xml:space=\"preserve\">，住青禾市。 </w:t></w:r>"),
            std::string::npos)
      << w.Part("word/document.xml");
}

TEST(DocxWriterTest, NoProtectedValueInAnyPartOfTheOutput) {
  Written w = WriteFixture();
  ASSERT_FALSE(w.entries.empty());
  for (const ZipEntry& entry : w.entries) {
    for (const std::string& value : testing::kFixtureProtected) {
      EXPECT_EQ(entry.data.find(value), std::string::npos)
          << value << " found in " << entry.name;
    }
  }
  // The raw zip too (stored names, comments).
  for (const std::string& value : testing::kFixtureProtected) {
    EXPECT_EQ(w.bytes.find(value), std::string::npos) << value;
  }
}

TEST(DocxWriterTest, PartsThatNeverLeaveAreGoneWithTheirReferences) {
  Written w = WriteFixture();
  std::vector<std::string> names;
  for (const ZipEntry& e : w.entries) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                       "docProps/core.xml", "word/_rels/document.xml.rels",
                       "word/document.xml", "word/footer1.xml",
                       "word/footnotes.xml", "word/header1.xml",
                       "word/settings.xml"}));
  // Written in that order, the content types first.
  EXPECT_EQ(w.bytes.substr(30, 19), "[Content_Types].xml");
  const std::string types = w.Part("[Content_Types].xml");
  EXPECT_EQ(types.find("comments"), std::string::npos);
  EXPECT_EQ(types.find("custom"), std::string::npos);
  EXPECT_NE(types.find("/word/header1.xml"), std::string::npos);
  const std::string root_rels = w.Part("_rels/.rels");
  EXPECT_EQ(root_rels.find("thumbnail"), std::string::npos);
  EXPECT_EQ(root_rels.find("custom.xml"), std::string::npos);
  EXPECT_NE(root_rels.find("docProps/core.xml"), std::string::npos);
  const std::string rels = w.Part("word/_rels/document.xml.rels");
  EXPECT_EQ(rels.find("comments.xml"), std::string::npos);
  EXPECT_EQ(rels.find("customXml"), std::string::npos);
  EXPECT_NE(rels.find("header1.xml"), std::string::npos);
  EXPECT_NE(rels.find("https://example.invalid/"), std::string::npos);
}

TEST(DocxWriterTest, TrackedChangesCommentsHiddenRunsAndRsidsAreRemoved) {
  Written w = WriteFixture();
  const std::string doc = w.Part("word/document.xml");
  for (const char* gone : {"<w:del ", "<w:ins ", "w:delText", "w:author",
                           "commentRange", "commentReference", "rsid",
                           "<w:vanish/>"}) {
    EXPECT_EQ(doc.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(doc.find("<w:t>住所地青禾市滨河路18号</w:t>"), std::string::npos);
  EXPECT_EQ(w.Part("word/settings.xml").find("rsid"), std::string::npos);
  EXPECT_NE(w.Part("word/settings.xml").find("w:zoom"), std::string::npos);
  EXPECT_NE(w.Part("word/header1.xml").find("（2025）青0211民初4417号"),
            std::string::npos);
  EXPECT_EQ(w.Part("word/header1.xml").find("rsid"), std::string::npos);
}

TEST(DocxWriterTest, DocumentPropertiesAreScrubbed) {
  Written w = WriteFixture();
  const std::string core = w.Part("docProps/core.xml");
  for (const char* gone : {"dc:creator", "cp:lastModifiedBy", "cp:revision",
                           "dc:title"}) {
    EXPECT_EQ(core.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                      "2025-03-01T08:00:00Z</dcterms:created>"),
            std::string::npos)
      << core;
  const std::string app = w.Part("docProps/app.xml");
  EXPECT_EQ(app.find("Company"), std::string::npos);
  EXPECT_EQ(app.find("Manager"), std::string::npos);
  EXPECT_NE(app.find("<Application>Microsoft Office Word</Application>"),
            std::string::npos);
}

TEST(DocxWriterTest, WritingTwiceGivesTheSameBytes) {
  Result<DocxDocument> doc = ReadDocx(FixtureDocx());
  ASSERT_TRUE(doc.ok());
  const std::vector<TextEdit> edits = MaskBirthDate(doc.value().text);
  const std::string expected = Apply(doc.value().text, edits);
  Result<std::string> first = WriteDocx(doc.value(), edits, expected);
  Result<std::string> second = WriteDocx(doc.value(), edits, expected);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first.value(), second.value());
}

TEST(DocxWriterTest, LeadingSpaceInAReplacementIsPreserved) {
  Result<DocxDocument> doc = ReadDocx(FixtureDocx());
  ASSERT_TRUE(doc.ok());
  const size_t at = doc.value().text.find("项目");
  const std::vector<TextEdit> edits = {{at, at + 6, " 项"}};
  Result<std::string> out =
      WriteDocx(doc.value(), edits, Apply(doc.value().text, edits));
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(FindZipEntry(ReadZip(out.value()).value(), "word/document.xml")
                ->data.find("<w:t xml:space=\"preserve\"> 项</w:t>"),
            std::string::npos);
}

struct RefusedCase {
  const char* name;
  const char* from;  // the edit covers [find(from), find(to) + size(to))
  const char* to;
  bool wrong_expectation;
  const char* message_part;
};

class DocxWriterRefusesTest : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(DocxWriterRefusesTest, AndWritesNothing) {
  const RefusedCase& c = GetParam();
  Result<DocxDocument> doc = ReadDocx(FixtureDocx());
  ASSERT_TRUE(doc.ok());
  const std::string& text = doc.value().text;
  const size_t begin = text.find(c.from);
  const size_t end = text.find(c.to) + std::string(c.to).size();
  const std::vector<TextEdit> edits = {{begin, end, "某"}};
  std::string expected = Apply(text, edits);
  if (c.wrong_expectation) expected += "多";
  Result<std::string> out = WriteDocx(doc.value(), edits, expected);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(out.status().message().find(
                "the .docx could not be mapped back to its runs: "),
            std::string::npos)
      << out.status().message();
  EXPECT_NE(out.status().message().find(c.message_part), std::string::npos)
      << out.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DocxWriterRefusesTest,
    ::testing::Values(
        RefusedCase{"SpanOverAParagraphBreak", "澄江区人民法院", "民事", false,
                    "separator"},
        RefusedCase{"SpanOverATab", "审判员", "甘宁远", false, "separator"},
        RefusedCase{"SpanOverALineBreak", "书记员", "吕一禾", false, "separator"},
        RefusedCase{"OutputDiffersFromThePublicText", "柏某甲", "柏某甲", true,
                    "differs from the public text at byte"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DocxWriterTest, AltTextTooltipsAndFieldInstructionsAreRemoved) {
  const std::vector<ZipEntry> entries = {
      {"word/document.xml",
       std::string("<w:document ") + testing::kFixtureW +
           " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
           "wordprocessingDrawing\"><w:body><w:p><w:hyperlink r:id=\"rIdL\" "
           "w:tooltip=\"致电13912345678\"><w:r><w:t>链接</w:t></w:r>"
           "</w:hyperlink><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" "
           "name=\"图片 1\" descr=\"柏鸣远的证件照\" title=\"柏鸣远\"/>"
           "</wp:inline></w:drawing></w:r></w:p></w:body></w:document>"}};
  Result<DocxDocument> doc = ReadDocxEntries(entries);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().text, "链接\n");
  Result<std::string> out = WriteDocx(doc.value(), {}, "链接\n");
  ASSERT_TRUE(out.ok()) << out.status().message();
  const std::string xml =
      FindZipEntry(ReadZip(out.value()).value(), "word/document.xml")->data;
  EXPECT_EQ(xml.find("13912345678"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("柏鸣远"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<wp:docPr id=\"1\" name=\"图片 1\"/>"), std::string::npos)
      << xml;
}

TEST(DocxWriterTest, PartThatCannotBeCheckedIsRefused) {
  std::vector<ZipEntry> entries = FixtureEntries();
  entries.push_back({"word/embeddings/oleObject1.bin", "OLE 330211198706154417"});
  Result<DocxDocument> doc = ReadDocx(WriteZip(entries).value());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  Result<std::string> out = WriteDocx(doc.value(), {}, doc.value().text);
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find(
                "cannot be checked: word/embeddings/oleObject1.bin"),
            std::string::npos)
      << out.status().message();
}

// soffice on PATH, or "".
std::string FindSoffice() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path == nullptr ? "" : path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::filesystem::path candidate = std::filesystem::path(dir) / "soffice";
    if (!dir.empty() && access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

// LibreOffice's text, compared modulo: a UTF-8 BOM, CR LF line ends,
// trailing spaces and tabs on each line, and blank lines at the end.
std::string NormalizeExportedText(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string out;
  std::stringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    while (!line.empty() &&
           (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.pop_back();
    }
    out += line + "\n";
  }
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

TEST(DocxWriterLibreOfficeTest, RedactedDocxOpensAndItsTextIsThePublicText) {
  const std::string soffice = FindSoffice();
  ASSERT_FALSE(soffice.empty())
      << "soffice is not on PATH: run scripts/test, which installs Debian's "
         "libreoffice-writer-nogui, or install that package";
  // LibreOffice prints a footnote's number where the note is referenced;
  // Wenshu's text has no note numbers (they are not words of the judgment),
  // so this test opens the fixture without the reference (the footnote
  // itself stays in the file).
  std::vector<ZipEntry> entries = FixtureEntries();
  std::string& body = entries[2].data;
  ASSERT_EQ(entries[2].name, "word/document.xml");
  const std::string reference =
      "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
      "<w:footnoteReference w:id=\"1\"/></w:r>";
  ASSERT_NE(body.find(reference), std::string::npos);
  body.erase(body.find(reference), reference.size());
  Written w = WriteFixture(WriteZip(entries).value());
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("wenshu-docx-lo-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "out");
  const std::filesystem::path input = dir / "redacted.docx";
  {
    std::ofstream file(input, std::ios::binary);
    file << w.bytes;
  }
  const std::string command =
      "timeout 180 '" + soffice + "' -env:UserInstallation=file://" +
      (dir / "profile").string() +
      " --headless --convert-to 'txt:Text (encoded):UTF8' --outdir '" +
      (dir / "out").string() + "' '" + input.string() + "' >'" +
      (dir / "log").string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream log(dir / "log");
  std::stringstream log_text;
  log_text << log.rdbuf();
  ASSERT_EQ(status, 0) << command << "\n" << log_text.str();
  std::ifstream exported(dir / "out" / "redacted.txt", std::ios::binary);
  ASSERT_TRUE(exported.good()) << log_text.str();
  std::stringstream text;
  text << exported.rdbuf();

  // LibreOffice's text export holds the body only (no headers, footers or
  // notes): compare it with the body of the public text.
  Result<DocxDocument> back = ReadDocx(w.bytes);
  ASSERT_TRUE(back.ok());
  const std::string public_body = back.value().text.substr(0, back.value().body_end);
  EXPECT_EQ(NormalizeExportedText(text.str()), NormalizeExportedText(public_body));

  // A .docx that LibreOffice wrote (its zip has data descriptors, its XML
  // its own habits) reads back to the same body text.
  const std::string resave =
      "timeout 180 '" + soffice + "' -env:UserInstallation=file://" +
      (dir / "profile").string() +
      " --headless --convert-to 'docx:MS Word 2007 XML' --outdir '" +
      (dir / "resaved").string() + "' '" + input.string() + "' >'" +
      (dir / "log").string() + "' 2>&1";
  ASSERT_EQ(std::system(resave.c_str()), 0) << resave;
  std::ifstream resaved_file(dir / "resaved" / "redacted.docx", std::ios::binary);
  std::stringstream resaved;
  resaved << resaved_file.rdbuf();
  Result<DocxDocument> reread = ReadDocx(resaved.str());
  ASSERT_TRUE(reread.ok()) << reread.status().message();
  EXPECT_EQ(NormalizeExportedText(
                reread.value().text.substr(0, reread.value().body_end)),
            NormalizeExportedText(public_body));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace wenshu
