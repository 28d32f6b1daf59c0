// wenshu redact over Word files: a .docx given as FILE is told by its
// content, its text goes through the engine, and under --out the published
// document is written back as a .docx; one that cannot be read is held and
// leaves no file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/docx_reader.h"
#include "core/zip_archive.h"
#include "tests/core/docx_fixture.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::Exists;
using testing_support::Lines;
using testing_support::ReadFile;
using testing_support::Record;
using testing_support::RunWenshu;
using testing_support::TempPath;
using testing_support::WriteFile;
using testing::FixtureDocx;
using testing::kFixtureProtected;

TEST(DocxCli, APublishedDocxIsWrittenBackAsADocxHoldingNoProtectedValue) {
  const std::string input = TempPath("docx", "judgment.docx");
  WriteFile(input, FixtureDocx());
  const std::string dir = TempPath("docx", "public");
  std::system(("rm -rf " + dir).c_str());

  const auto run = RunWenshu("docx", "redact --out " + dir + " " + input, "");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::vector<std::string> audit = Lines(ReadFile(dir + "/audit.jsonl"));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(testing_support::Field(Record(audit[0]), "status"), "published");

  const std::string name = input.substr(input.find_last_of('/') + 1);
  const std::string written = ReadFile(dir + "/" + name);
  Result<std::vector<ZipEntry>> entries = ReadZip(written);
  ASSERT_TRUE(entries.ok()) << entries.status().message();
  for (const ZipEntry& entry : entries.value()) {
    for (const std::string& value : kFixtureProtected)
      EXPECT_EQ(entry.data.find(value), std::string::npos)
          << value << " in " << entry.name;
  }
  // The .docx holds exactly the public text the same file gives as text.
  const auto as_text = RunWenshu("docx-text", "redact " + input, "");
  ASSERT_EQ(as_text.exit_code, 0) << as_text.err;
  Result<DocxDocument> read = ReadDocx(written);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read.value().text, as_text.out);
  EXPECT_EQ(as_text.out.find("330211198706154417"), std::string::npos);
}

TEST(DocxCli, AZipThatIsNoWordDocumentIsHeldAndWritesNothing) {
  const std::string input = TempPath("docx-bad", "notes.docx");
  WriteFile(input, WriteZip({{"notes.txt", "原告电话13912345678"}}).value());
  const std::string dir = TempPath("docx-bad", "public");
  std::system(("rm -rf " + dir).c_str());

  const auto run = RunWenshu("docx-bad", "redact --out " + dir + " " + input, "");
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_FALSE(Exists(dir + "/" + input.substr(input.find_last_of('/') + 1)));
  const std::vector<std::string> audit = Lines(ReadFile(dir + "/audit.jsonl"));
  ASSERT_EQ(audit.size(), 1u);
  const JsonObject record = Record(audit[0]);
  EXPECT_EQ(testing_support::Field(record, "status"), "held");
  EXPECT_NE(testing_support::Field(record, "error").find("word/document.xml"),
            std::string::npos)
      << testing_support::Field(record, "error");
  EXPECT_EQ(audit[0].find("13912345678"), std::string::npos);
}

}  // namespace
}  // namespace wenshu
