#include "pipeline/output_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

namespace fs = std::filesystem;
using testing_support::ReadFile;
using testing_support::WriteFile;

std::string Root(const std::string& name) {
  const std::string root = testing_support::TempPath("output_files_", name);
  fs::remove_all(root);
  return root;
}

TEST(OutputFiles, WritesOnlyWhatChangedAndCountsIt) {
  const std::string root = Root("counts");
  Result<OutputFiles> files = OutputFiles::Open(root);
  ASSERT_TRUE(files.ok()) << files.status().message();
  OutputFiles& out = files.value();
  EXPECT_TRUE(out.Write("site/2023/a/index.html", "one").value());
  EXPECT_FALSE(out.Write("site/2023/a/index.html", "one").value());
  EXPECT_TRUE(out.Write("site/2023/a/index.html", "two").value());
  EXPECT_EQ(ReadFile(root + "/site/2023/a/index.html"), "two");
  EXPECT_EQ(out.written(), 2u);
  EXPECT_EQ(out.unchanged(), 1u);
  EXPECT_TRUE(out.Remove("site/2023/a/index.html").value());
  EXPECT_FALSE(out.Remove("site/2023/a/index.html").value());
  EXPECT_EQ(out.removed(), 1u);
  // Nothing is left under a temporary name.
  EXPECT_TRUE(fs::is_empty(root + "/state/tmp"));
  fs::remove_all(root);
}

TEST(OutputFiles, AStreamedFileReplacesItsPlaceOnlyWhenItDiffers) {
  const std::string root = Root("commit");
  OutputFiles out = OutputFiles::Open(root).value();
  const std::string first = out.TemporaryPath("audit");
  WriteFile(first, "line\n");
  EXPECT_TRUE(out.Commit(first, "audit.jsonl").value());
  const std::string again = out.TemporaryPath("audit");
  WriteFile(again, "line\n");
  EXPECT_FALSE(out.Commit(again, "audit.jsonl").value());
  EXPECT_FALSE(fs::exists(again));
  EXPECT_EQ(ReadFile(root + "/audit.jsonl"), "line\n");
  fs::remove_all(root);
}

TEST(OutputFiles, TemporaryFilesOfAKilledRunAreClearedAtOpen) {
  const std::string root = Root("leftovers");
  ASSERT_TRUE(OutputFiles::Open(root).ok());
  WriteFile(root + "/state/tmp/file.7", "half a page");
  ASSERT_TRUE(OutputFiles::Open(root).ok());
  EXPECT_TRUE(fs::is_empty(root + "/state/tmp"));
  fs::remove_all(root);
}

TEST(OutputFiles, PathsMustStayInsideTheOutputFolder) {
  const std::string root = Root("paths");
  OutputFiles out = OutputFiles::Open(root).value();
  for (const char* bad : {"", "/etc/passwd", "../x", "site/../../x", "a//b",
                          "site/./x", "site/"}) {
    EXPECT_FALSE(IsSafeRelativePath(bad)) << bad;
    EXPECT_EQ(out.Write(bad, "x").status().code(), StatusCode::kInvalidInput)
        << bad;
  }
  for (const char* good : {"a", "site/2023/京0105民初12345/index.html"})
    EXPECT_TRUE(IsSafeRelativePath(good)) << good;
  fs::remove_all(root);
}

}  // namespace
}  // namespace wenshu
