// Golden tests: every sample judgment in corpora/samples/ goes through the
// pipeline and its public text must equal NAME.expected.txt byte for byte
// (or, for a sample that must be held, the error must contain the text of
// NAME.held.txt). The public text, run through again, must not change.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/encoding.h"
#include "core/json.h"
#include "pipeline/document_processor.h"
#include "tests/pipeline/standard_processor.h"

namespace wenshu {
namespace {

namespace fs = std::filesystem;

const fs::path kSamples = fs::path(WENSHU_SOURCE_DIR) / "corpora" / "samples";

std::string ReadFile(const fs::path& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> SampleNames() {
  std::vector<std::string> names;
  if (!fs::exists(kSamples)) return names;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    const std::string file = entry.path().filename().string();
    if (EndsWith(file, ".txt") && !EndsWith(file, ".expected.txt") &&
        !EndsWith(file, ".held.txt")) {
      names.push_back(file.substr(0, file.size() - 4));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

const DocumentProcessor& Processor() {
  return testing_support::StandardProcessor();
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, PublicTextMatchesTheExpectedOutput) {
  const std::string name = GetParam();
  Result<DecodedText> decoded =
      DecodeToUtf8(ReadFile(kSamples / (name + ".txt")));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  InputRecord record{name, decoded.value().utf8, {}};
  ProcessedDocument doc = Processor().ProcessRecord(record);

  const fs::path held = kSamples / (name + ".held.txt");
  if (fs::exists(held)) {
    std::string reason = ReadFile(held);
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r'))
      reason.pop_back();
    EXPECT_EQ(doc.status, PublicationStatus::kHeld);
    EXPECT_NE(doc.error.find(reason), std::string::npos) << doc.error;
    return;
  }
  const fs::path expected = kSamples / (name + ".expected.txt");
  ASSERT_TRUE(fs::exists(expected)) << "no " << expected << " and no .held.txt";
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(doc.public_text, ReadFile(expected));

  // The redactions reproduce the public text from the input.
  EXPECT_EQ(RedactionPass::Apply(record.text, doc.redactions), doc.public_text);

  // Idempotence: the public text goes through unchanged.
  ProcessedDocument again =
      Processor().ProcessRecord(InputRecord{name, doc.public_text, {}});
  ASSERT_EQ(again.status, PublicationStatus::kPublished) << again.error;
  EXPECT_EQ(again.public_text, doc.public_text);
  EXPECT_TRUE(again.redactions.empty());
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenTest,
                         ::testing::ValuesIn(SampleNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return n;
                         });

TEST(Golden, TheCorpusHasAtLeastEightyJudgments) {
  EXPECT_GE(SampleNames().size(), 80u);
}

// corpora/families/<case>/N-*.txt are the documents of one case family, in
// order. Run together they share people decisions and pseudonyms
// (N-*.family.expected.txt); each alone gives N-*.alone.expected.txt.
TEST(Golden, CaseFamiliesSharePseudonyms) {
  const fs::path root = fs::path(WENSHU_SOURCE_DIR) / "corpora" / "families";
  size_t families_checked = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    std::vector<fs::path> inputs;
    for (const auto& f : fs::directory_iterator(dir.path())) {
      const std::string name = f.path().filename().string();
      if (EndsWith(name, ".txt") && !EndsWith(name, ".expected.txt"))
        inputs.push_back(f.path());
    }
    std::sort(inputs.begin(), inputs.end());
    ASSERT_GE(inputs.size(), 2u) << dir.path();
    CaseFamilies families;
    for (const fs::path& in : inputs) {
      const std::string stem = in.string().substr(0, in.string().size() - 4);
      const InputRecord record{in.filename().string(), ReadFile(in), {}};
      ProcessedDocument together = Processor().ProcessRecord(record, &families);
      families.Commit(together.family_keys, together.people);
      ASSERT_EQ(together.status, PublicationStatus::kPublished)
          << in << ": " << together.error;
      EXPECT_EQ(together.public_text, ReadFile(stem + ".family.expected.txt"))
          << in;
      ProcessedDocument alone = Processor().ProcessRecord(record);
      EXPECT_EQ(alone.public_text, ReadFile(stem + ".alone.expected.txt"))
          << in;
    }
    ++families_checked;
  }
  EXPECT_GE(families_checked, 1u);
}

// corpora/sample.jsonl holds the UTF-8 samples as JSON Lines; it must not
// drift from the files.
TEST(Golden, SampleJsonlMatchesTheSampleFiles) {
  std::ifstream in(fs::path(WENSHU_SOURCE_DIR) / "corpora" / "sample.jsonl");
  ASSERT_TRUE(in.good());
  std::string line;
  size_t checked = 0;
  while (std::getline(in, line)) {
    Result<JsonObject> o = JsonObject::Parse(line);
    if (!o.ok() || o.value().TypeOf("id") != JsonType::kString ||
        o.value().TypeOf("text") != JsonType::kString) {
      continue;  // the deliberately bad lines at the end
    }
    const std::string id = o.value().GetString("id").value();
    const fs::path file = kSamples / (id + ".txt");
    if (!fs::exists(file)) continue;
    EXPECT_EQ(o.value().GetString("text").value(), ReadFile(file)) << id;
    ++checked;
  }
  EXPECT_GE(checked, 30u);
}

}  // namespace
}  // namespace wenshu
