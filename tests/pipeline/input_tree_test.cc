// ListInputs: FILE arguments keep their base name, DIR arguments stand for
// every regular file below them at its relative path, in byte order;
// hidden names, links and the run's own --out inside an input are left
// out and counted.
#include "pipeline/input_tree.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::TempPath;
using testing_support::WriteFile;

std::vector<std::pair<std::string, std::string>> Listed(
    const InputTree& tree, const std::string& root) {
  std::vector<std::pair<std::string, std::string>> listed;
  for (const InputFile& f : tree.files) {
    std::string path = f.path;
    if (path.starts_with(root)) path = "ROOT" + path.substr(root.size());
    listed.emplace_back(path, f.output_name);
  }
  return listed;
}

class InputTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = TempPath("tree", "in");
    std::system(("rm -rf " + root_).c_str());
    for (const char* dir : {"", "/2024", "/2024/民事", "/.git", "/out"})
      mkdir((root_ + dir).c_str(), 0755);
    WriteFile(root_ + "/b.txt", "b");
    WriteFile(root_ + "/a.docx", "a");
    WriteFile(root_ + "/2024/民事/1.html", "1");
    WriteFile(root_ + "/2024/z.xml", "z");
    WriteFile(root_ + "/.DS_Store", "x");
    WriteFile(root_ + "/.git/config", "x");
    WriteFile(root_ + "/out/old.txt", "x");
    symlink("/etc/hostname", (root_ + "/link.txt").c_str());
  }
  std::string root_;
};

TEST_F(InputTreeTest, ADirectoryStandsForEveryFileBelowItInByteOrder) {
  Result<InputTree> tree = ListInputs({root_}, "");
  ASSERT_TRUE(tree.ok()) << tree.status().message();
  const std::vector<std::pair<std::string, std::string>> want = {
      {"ROOT/2024/z.xml", "2024/z.xml"},
      {"ROOT/2024/民事/1.html", "2024/民事/1.html"},
      {"ROOT/a.docx", "a.docx"},
      {"ROOT/b.txt", "b.txt"},
      {"ROOT/out/old.txt", "out/old.txt"},
  };
  EXPECT_EQ(Listed(tree.value(), root_), want);
  EXPECT_EQ(tree.value().skipped, 3u);  // .DS_Store, .git, link.txt
}

TEST_F(InputTreeTest, TheRunsOwnOutputInsideAnInputIsLeftOut) {
  // Any spelling of the same directory matches.
  Result<InputTree> tree = ListInputs({root_ + "/"}, root_ + "/2024/../out");
  ASSERT_TRUE(tree.ok()) << tree.status().message();
  for (const InputFile& f : tree.value().files)
    EXPECT_EQ(f.output_name.find("out/"), std::string::npos) << f.path;
  EXPECT_EQ(tree.value().files.size(), 4u);
  EXPECT_EQ(tree.value().skipped, 4u);
}

TEST_F(InputTreeTest, AFileKeepsItsBaseNameAndAMissingOneStaysToBeHeld) {
  Result<InputTree> tree =
      ListInputs({root_ + "/2024/民事/1.html", root_ + "/nothing.txt",
                  root_ + "/2024/"},
                 "");
  ASSERT_TRUE(tree.ok()) << tree.status().message();
  const std::vector<std::pair<std::string, std::string>> want = {
      {"ROOT/2024/民事/1.html", "1.html"},
      {"ROOT/nothing.txt", "nothing.txt"},
      {"ROOT/2024/z.xml", "z.xml"},
      {"ROOT/2024/民事/1.html", "民事/1.html"},
  };
  EXPECT_EQ(Listed(tree.value(), root_), want);
}

TEST_F(InputTreeTest, APipeOrDeviceBelowADirectoryIsLeftOut) {
  // Reading a FIFO would wait for a writer that never comes.
  ASSERT_EQ(mkfifo((root_ + "/2024/pipe.txt").c_str(), 0644), 0);
  Result<InputTree> tree = ListInputs({root_ + "/2024"}, "");
  ASSERT_TRUE(tree.ok()) << tree.status().message();
  EXPECT_EQ(tree.value().files.size(), 2u);
  EXPECT_EQ(tree.value().skipped, 1u);
}

}  // namespace
}  // namespace wenshu
