// wenshu redact DIR --out OUT over a tree that mixes every input format:
// a Word .docx built by python3-docx, an HTML page, a case-system XML
// export and plain text in UTF-8, UTF-16 (with and without a byte-order
// mark) and GB18030 (tests/fixtures/make_mixed_tree.py, from an invented
// judgment of corpora/samples). Each document must come back at the same
// place in its own format and encoding, with exactly the expected public
// text (tests/fixtures/expected/), its formatting, and no protected value
// in any part of any output file. Hostile files in the same tree are held,
// each with its reason, and the batch goes on.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "core/docx_reader.h"
#include "core/encoding.h"
#include "core/html_reader.h"
#include "core/xml_case_reader.h"
#include "core/zip_archive.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::Exists;
using testing_support::Field;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::Record;
using testing_support::WriteFile;

const std::string kSource = WENSHU_SOURCE_DIR;

// Every file of the tree, as its output is named.
const std::vector<std::string> kOutputs = {
    "export/loan.xml",
    "text/legacy/loan-gb18030.txt",
    "text/legacy/loan-utf16be.txt",
    "text/loan-utf16le-bom.txt",
    "text/loan-utf8.txt",
    "web/loan.html",
    "word/loan.docx",
};

// What no byte of any output may hold: the parties' ID numbers (whole and
// the bold half of the split one), the phone, the card, the home
// addresses below the district, the properties naming the case.
const std::vector<std::string> kProtected = {
    "110105198001011238", "1101051980", "320102198503120418",
    "13911286745",        "6222020200001234562", "花家地西里",
    "和平里东街",         "张立新诉王海涛借款案",  "内部备注",
    "复核人电话",         "承办人备注",
};

struct RunResult {
  int exit_code = -1;
  std::string err;
};

// `wenshu redact ARGS`, messages kept.
RunResult Wenshu(const std::string& args, const std::string& err_file) {
  const std::string command = std::string(WENSHU_BINARY) +
                              " redact --no-progress " + args + " > /dev/null 2> " +
                              err_file;
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFile(err_file)};
}

class MixedTree : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = ::testing::TempDir() + "/wenshu_mixed_" + std::to_string(getpid());
    std::system(("rm -rf " + root_).c_str());
    mkdir(root_.c_str(), 0755);
    const std::string make = "/usr/bin/python3 " + kSource +
                             "/tests/fixtures/make_mixed_tree.py " + kSource +
                             " " + root_ + "/in 2> " + root_ + "/make.err";
    const std::string make_hostile = make.substr(0, make.find(" 2> ")) + " " +
                                     root_ + "/hostile 2> " + root_ +
                                     "/make.err";
    fixture_status_ = std::system(make_hostile.c_str());
    if (fixture_status_ != 0) return;
    run_ = Wenshu(root_ + "/in --out " + root_ + "/out", root_ + "/run.err");
  }
  static void TearDownTestSuite() { std::system(("rm -rf " + root_).c_str()); }

  void SetUp() override {
    ASSERT_EQ(fixture_status_, 0)
        << "the fixture script failed (python3-docx for /usr/bin/python3 is "
           "installed by scripts/test): "
        << ReadFile(root_ + "/make.err");
  }

  static std::string Out(const std::string& name) {
    return root_ + "/out/" + name;
  }
  static std::string Expected(const std::string& name) {
    return ReadFile(kSource + "/tests/fixtures/expected/" + name + ".txt");
  }

  static inline std::string root_;
  static inline int fixture_status_ = -1;
  static inline RunResult run_;
};

// The text a reader of the output's format gets from it.
std::string TextOf(const std::string& name, const std::string& bytes) {
  if (name.ends_with(".docx")) {
    Result<DocxDocument> d = ReadDocx(bytes);
    return d.ok() ? d.value().text : "(unreadable: " + d.status().message() + ")";
  }
  if (name.ends_with(".html")) {
    Result<HtmlDocument> h = ReadHtml(bytes);
    return h.ok() ? h.value().text : "(unreadable: " + h.status().message() + ")";
  }
  if (name.ends_with(".xml")) {
    Result<XmlCaseDocument> x = ReadXmlCase(bytes, DefaultXmlMapping());
    return x.ok() ? x.value().text : "(unreadable: " + x.status().message() + ")";
  }
  Result<DecodedText> t = DecodeToUtf8(bytes);
  return t.ok() ? t.value().utf8 : "(unreadable: " + t.status().message() + ")";
}

TEST_F(MixedTree, EveryFileIsPublishedAtTheSamePlaceInItsOwnFormat) {
  EXPECT_EQ(run_.exit_code, 0) << run_.err;
  const std::vector<std::string> audit = Lines(ReadFile(Out("audit.jsonl")));
  ASSERT_EQ(audit.size(), kOutputs.size()) << run_.err;
  for (const std::string& line : audit)
    EXPECT_EQ(Field(Record(line), "status"), "published") << line;
  for (const std::string& name : kOutputs) EXPECT_TRUE(Exists(Out(name))) << name;
  EXPECT_NE(run_.err.find("7 documents: 7 published, 0 withheld, 0 held"),
            std::string::npos)
      << run_.err;
}

TEST_F(MixedTree, EachOutputHoldsExactlyTheExpectedPublicText) {
  for (const std::string& name : kOutputs) {
    const std::string expected = Expected(name);
    ASSERT_FALSE(expected.empty()) << "no expected text for " << name;
    EXPECT_EQ(TextOf(name, ReadFile(Out(name))), expected) << name;
  }
}

TEST_F(MixedTree, NoProtectedValueInAnyPartOfAnyOutputFile) {
  for (const std::string& name : kOutputs) {
    const std::string bytes = ReadFile(Out(name));
    std::vector<ZipEntry> parts = {{name, bytes}};
    if (name.ends_with(".docx")) {
      Result<std::vector<ZipEntry>> entries = ReadZip(bytes);
      ASSERT_TRUE(entries.ok()) << entries.status().message();
      parts = entries.value();
    } else {
      // Texts in other encodings are searched as UTF-8.
      Result<DecodedText> text = DecodeToUtf8(bytes);
      if (text.ok()) parts.push_back({name + " as UTF-8", text.value().utf8});
    }
    for (const ZipEntry& part : parts) {
      for (const std::string& value : kProtected)
        EXPECT_EQ(part.data.find(value), std::string::npos)
            << value << " in " << part.name;
    }
  }
  const std::string audit = ReadFile(Out("audit.jsonl"));
  for (const std::string& value : kProtected)
    EXPECT_EQ(audit.find(value), std::string::npos) << value << " in the audit";
}

TEST_F(MixedTree, TextsComeBackInTheEncodingTheyCameIn) {
  const struct {
    const char* name;
    const char* encoding;
  } cases[] = {
      {"text/loan-utf8.txt", "UTF-8"},
      {"text/loan-utf16le-bom.txt", "UTF-16LE (BOM)"},
      {"text/legacy/loan-utf16be.txt", "UTF-16BE"},
      {"text/legacy/loan-gb18030.txt", "GB18030"},
  };
  for (const auto& c : cases) {
    Result<DecodedText> in = DecodeToUtf8(ReadFile(root_ + "/in/" + c.name));
    Result<DecodedText> out = DecodeToUtf8(ReadFile(Out(c.name)));
    ASSERT_TRUE(in.ok() && out.ok()) << c.name;
    EXPECT_EQ(in.value().encoding, c.encoding) << c.name;
    EXPECT_EQ(out.value().encoding, c.encoding) << c.name;
  }
  // The GB18030 file's CRLF line ends stay.
  EXPECT_NE(ReadFile(Out("text/legacy/loan-gb18030.txt")).find("\r\n"),
            std::string::npos);
}

TEST_F(MixedTree, FormattingAndStructureAreKept) {
  Result<std::vector<ZipEntry>> docx = ReadZip(ReadFile(Out("word/loan.docx")));
  ASSERT_TRUE(docx.ok());
  const ZipEntry* body = FindZipEntry(docx.value(), "word/document.xml");
  ASSERT_NE(body, nullptr);
  EXPECT_NE(body->data.find("<w:b/>"), std::string::npos);  // the bold run
  EXPECT_NE(body->data.find("<w:tbl>"), std::string::npos);  // the table
  EXPECT_NE(FindZipEntry(docx.value(), "word/header1.xml"), nullptr);
  EXPECT_NE(FindZipEntry(docx.value(), "word/styles.xml"), nullptr);
  const std::string html = ReadFile(Out("web/loan.html"));
  EXPECT_NE(html.find("class=\"judgment\""), std::string::npos);
  EXPECT_NE(html.find("<table>"), std::string::npos);
  EXPECT_NE(html.find("lang=\"zh-CN\""), std::string::npos);
  const std::string xml = ReadFile(Out("export/loan.xml"));
  EXPECT_NE(xml.find("<judgment xmlns=\"urn:wenshu:judgment:1\" "
                     "id=\"loan-2023-12345\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<caseNumber>（2023）京0105民初12345号</caseNumber>"),
            std::string::npos);
}

TEST_F(MixedTree, OutEncodingUtf8WritesEveryTextInUtf8) {
  const RunResult run =
      Wenshu("--out-encoding utf-8 --out " + root_ + "/out8 " + root_ +
                 "/in/text",
             root_ + "/out8.err");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string want = Expected("text/loan-utf8.txt");
  for (const char* name : {"loan-utf8.txt", "loan-utf16le-bom.txt",
                           "legacy/loan-utf16be.txt"})
    EXPECT_EQ(ReadFile(root_ + "/out8/" + name), want) << name;
  // The GB18030 text kept its CRLF line ends, now in UTF-8.
  Result<DecodedText> gb =
      DecodeToUtf8(ReadFile(root_ + "/out8/legacy/loan-gb18030.txt"));
  ASSERT_TRUE(gb.ok());
  EXPECT_EQ(gb.value().encoding, "UTF-8");
}

TEST_F(MixedTree, HostileFilesAreHeldWithTheirReasonAndTheBatchGoesOn) {
  // The hostile files beside one good text.
  const std::string dir = root_ + "/hostile";
  WriteFile(dir + "/good.txt", ReadFile(root_ + "/in/text/loan-utf8.txt"));
  const RunResult run =
      Wenshu("--out " + root_ + "/hostile-out " + dir, root_ + "/hostile.err");
  EXPECT_EQ(run.exit_code, 3) << run.err;  // some held
  const struct {
    const char* name;
    const char* reason;
  } cases[] = {
      {"bomb.docx", "zip bomb"},
      {"slip.docx", "leaves the archive"},
      {"truncated.docx", "not a readable zip archive"},
      {"encrypted.docx", "encrypted"},
      {"xxe.xml", "DOCTYPE"},
      {"laughs.xml", "DOCTYPE"},
      {"deep.xml", "deep"},
      {"deep.html", "deep"},
      {"binary.txt", "neither UTF-8"},
      {"huge.txt", "over the 20 MB budget"},
  };
  for (const auto& c : cases) {
    const std::string held = dir + "/" + c.name + " held: ";
    const size_t at = run.err.find(held);
    ASSERT_NE(at, std::string::npos) << c.name << "\n" << run.err;
    const std::string line = run.err.substr(at, run.err.find('\n', at) - at);
    EXPECT_NE(line.find(c.reason), std::string::npos) << line;
    EXPECT_FALSE(Exists(root_ + "/hostile-out/" + c.name)) << c.name;
  }
  EXPECT_TRUE(Exists(root_ + "/hostile-out/good.txt"));
  EXPECT_FALSE(Exists(root_ + "/escaped.txt"));
  // Records in equal records out.
  EXPECT_NE(run.err.find("11 documents: 1 published, 0 withheld, 10 held"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(Lines(ReadFile(root_ + "/hostile-out/audit.jsonl")).size(), 11u);
}

}  // namespace
}  // namespace wenshu
