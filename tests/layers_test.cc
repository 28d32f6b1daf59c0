// The layer test: the source folders are floors, and a file may include only
// its own floor or the floors below it (../shared/style.md):
//
//   pipeline/    ingest, analysis, decision, the stage chain, the commands
//   publishers/  one writer per output
//   redactors/   span sources, the redaction pass, verify
//   core/        shared types and the library adapters
//
// Reads every #include "folder/..." of every source file and fails naming
// the file, the line and the floor it reaches up to. Also fails on a new
// top-level source folder that is not placed on a floor, and on a source
// file over 1,000 lines (bench/ aside: generated corpora may be long).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wenshu {
namespace {

namespace fs = std::filesystem;

// Floors from the bottom; a folder may include its own and lower ones.
const std::map<std::string, int, std::less<>>& Floors() {
  static const auto* floors = new std::map<std::string, int, std::less<>>{
      {"core", 0}, {"redactors", 1}, {"publishers", 2}, {"pipeline", 3}};
  return *floors;
}

// Folders outside the floors: they may include any floor, and no floor may
// include them (tools/: programs the build runs, such as prepare_tables).
bool IsOutsideTheFloors(std::string_view folder) {
  return folder == "tests" || folder == "bench" || folder == "tools";
}

constexpr size_t kMaxLines = 1000;

struct SourceLine {
  std::string file;  // relative to the source tree, e.g. "core/span.h"
  int line = 0;      // 1-based
  std::string text;
};

// The folder an include or a file path starts with ("core" for
// "core/span.h"), or nullopt for a path with no folder.
std::optional<std::string> TopFolder(std::string_view path) {
  const size_t slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  return std::string(path.substr(0, slash));
}

// The quoted target of an #include line, or nullopt.
std::optional<std::string> IncludedPath(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || line[i] != '#') return std::nullopt;
  i = line.find_first_not_of(" \t", i + 1);
  if (i == std::string_view::npos || line.substr(i, 7) != "include")
    return std::nullopt;
  const size_t open = line.find('"', i + 7);
  if (open == std::string_view::npos) return std::nullopt;
  const size_t close = line.find('"', open + 1);
  if (close == std::string_view::npos) return std::nullopt;
  return std::string(line.substr(open + 1, close - open - 1));
}

// Every way `lines` break the layering, one message each.
std::vector<std::string> LayerViolations(const std::vector<SourceLine>& lines) {
  std::vector<std::string> out;
  for (const SourceLine& l : lines) {
    const std::optional<std::string> from = TopFolder(l.file);
    if (!from) continue;
    const auto from_floor = Floors().find(*from);
    if (from_floor == Floors().end()) {
      if (!IsOutsideTheFloors(*from)) {
        out.push_back(l.file + ": folder " + *from +
                      "/ is on no floor; add it to the layer table");
      }
      continue;
    }
    const std::optional<std::string> included = IncludedPath(l.text);
    if (!included) continue;
    const std::optional<std::string> to = TopFolder(*included);
    if (!to) continue;
    const auto to_floor = Floors().find(*to);
    if (to_floor == Floors().end()) {
      if (IsOutsideTheFloors(*to)) {
        out.push_back(l.file + ":" + std::to_string(l.line) + ": includes " +
                      *included + ", which no source floor may include");
      }
      continue;  // generated/ and the like
    }
    if (to_floor->second > from_floor->second) {
      out.push_back(l.file + ":" + std::to_string(l.line) + ": " + *from +
                    "/ includes " + *included + ", a floor above it");
    }
  }
  return out;
}

bool IsSource(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".h" || ext == ".cc";
}

// Every line of every source file below the source tree's top folders.
std::vector<SourceLine> ReadTree(const fs::path& root,
                                 std::vector<std::string>* too_long) {
  std::vector<SourceLine> lines;
  for (const fs::directory_entry& top : fs::directory_iterator(root)) {
    const std::string name = top.path().filename().string();
    if (!top.is_directory() || name.empty() || name[0] == '.' ||
        name.rfind("build", 0) == 0 || name == "out" || name == "corpora" ||
        name == "scripts") {
      continue;
    }
    for (const fs::directory_entry& e :
         fs::recursive_directory_iterator(top.path())) {
      if (!e.is_regular_file() || !IsSource(e.path())) continue;
      const std::string rel = fs::relative(e.path(), root).generic_string();
      std::ifstream in(e.path());
      std::string text;
      int n = 0;
      while (std::getline(in, text)) lines.push_back({rel, ++n, text});
      if (static_cast<size_t>(n) > kMaxLines && name != "bench")
        too_long->push_back(rel + " has " + std::to_string(n) + " lines");
    }
  }
  return lines;
}

std::string Joined(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& m : messages) out += m + "\n";
  return out;
}

struct LayerCase {
  const char* name;
  const char* file;
  const char* line;
  const char* expected;  // "" when the line is allowed
};

class LayerRules : public ::testing::TestWithParam<LayerCase> {};

TEST_P(LayerRules, JudgesOneIncludeLine) {
  const LayerCase& c = GetParam();
  const std::vector<std::string> got =
      LayerViolations({{c.file, 7, c.line}});
  EXPECT_EQ(Joined(got), std::string(c.expected) +
                             (std::string(c.expected).empty() ? "" : "\n"));
}

INSTANTIATE_TEST_SUITE_P(
    Layers, LayerRules,
    ::testing::Values(
        LayerCase{"SameFloor", "redactors/a.cc", "#include \"redactors/b.h\"",
                  ""},
        LayerCase{"FloorBelow", "pipeline/a.cc", "#include \"core/span.h\"",
                  ""},
        LayerCase{"FloorAbove", "core/a.h", "#include \"redactors/detector.h\"",
                  "core/a.h:7: core/ includes redactors/detector.h, a floor "
                  "above it"},
        LayerCase{"PublisherIncludesPipeline", "publishers/a.cc",
                  "  #  include \"pipeline/document_processor.h\"",
                  "publishers/a.cc:7: publishers/ includes "
                  "pipeline/document_processor.h, a floor above it"},
        LayerCase{"SystemIncludeIgnored", "core/a.cc", "#include <re2/re2.h>",
                  ""},
        LayerCase{"GeneratedFolderIgnored", "core/a.cc",
                  "#include \"generated/x.h\"", ""},
        LayerCase{"FloorIncludesTests", "core/a.cc",
                  "#include \"tests/support.h\"",
                  "core/a.cc:7: includes tests/support.h, which no source "
                  "floor may include"},
        LayerCase{"TestsMayIncludeAnyFloor", "tests/x_test.cc",
                  "#include \"pipeline/main.h\"", ""},
        LayerCase{"CommentedIncludeIgnored", "core/a.cc",
                  "// #include \"pipeline/x.h\"", ""},
        LayerCase{"UnplacedFolder", "server/a.cc", "#include \"core/span.h\"",
                  "server/a.cc: folder server/ is on no floor; add it to the "
                  "layer table"}),
    [](const ::testing::TestParamInfo<LayerCase>& info) {
      return std::string(info.param.name);
    });

TEST(Layers, NoSourceFileIncludesAFloorAboveIt) {
  std::vector<std::string> too_long;
  const std::vector<SourceLine> lines =
      ReadTree(fs::path(WENSHU_SOURCE_DIR), &too_long);
  ASSERT_GT(lines.size(), 1000u) << "the source tree was not found";
  const std::vector<std::string> violations = LayerViolations(lines);
  EXPECT_TRUE(violations.empty()) << Joined(violations);
}

TEST(Layers, NoSourceFileOverAThousandLines) {
  std::vector<std::string> too_long;
  ReadTree(fs::path(WENSHU_SOURCE_DIR), &too_long);
  EXPECT_TRUE(too_long.empty()) << Joined(too_long);
}

}  // namespace
}  // namespace wenshu
