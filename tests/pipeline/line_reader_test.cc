#include "pipeline/line_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace wenshu {
namespace {

struct Batching {
  const char* name;
  std::string input;
  size_t batch_bytes;
  // Each batch: its first line number and its lines.
  std::vector<std::pair<size_t, std::vector<std::string>>> batches;
};

class LineBatchReaderTest : public ::testing::TestWithParam<Batching> {};

TEST_P(LineBatchReaderTest, SplitsIntoBatches) {
  std::istringstream in(GetParam().input);
  LineBatchReader reader(in, GetParam().batch_bytes);
  LineBatch batch;
  std::vector<std::pair<size_t, std::vector<std::string>>> got;
  size_t bytes = 0;
  while (reader.Next(&batch)) {
    got.emplace_back(batch.first_line, batch.lines);
    bytes += batch.bytes;
  }
  EXPECT_EQ(got, GetParam().batches);
  EXPECT_TRUE(batch.lines.empty());
  EXPECT_EQ(batch.bytes, 0u);
  // Every line counts with its line break, also a last one without.
  size_t want_bytes = 0;
  for (const auto& [first, lines] : GetParam().batches)
    for (const std::string& line : lines) want_bytes += line.size() + 1;
  EXPECT_EQ(bytes, want_bytes);
  EXPECT_FALSE(reader.Next(&batch));  // stays at the end
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, LineBatchReaderTest,
    ::testing::Values(
        Batching{"EmptyInputHasNoBatch", "", 10, {}},
        Batching{"AllInOneBatch", "a\nb\nc\n", 100, {{1, {"a", "b", "c"}}}},
        Batching{"LastLineWithoutBreak", "a\nbc", 100, {{1, {"a", "bc"}}}},
        Batching{"EmptyLinesAreLines", "\n\nx\n", 100, {{1, {"", "", "x"}}}},
        // "aaa\n" and "bbb\n" take 8 of 9 bytes; "ccc" does not fit.
        Batching{"ALineThatDoesNotFitStartsTheNext",
                 "aaa\nbbb\nccc\nd\n",
                 9,
                 {{1, {"aaa", "bbb"}}, {3, {"ccc", "d"}}}},
        Batching{"ALineLongerThanABatchTravelsAlone",
                 "a\n0123456789\nb\n",
                 4,
                 {{1, {"a"}}, {2, {"0123456789"}}, {3, {"b"}}}},
        Batching{"ExactFitEndsTheBatch",
                 "ab\ncd\nef\n",
                 6,
                 {{1, {"ab", "cd"}}, {3, {"ef"}}}}),
    [](const ::testing::TestParamInfo<Batching>& info) {
      return info.param.name;
    });

TEST(LineBatchReader, DefaultBatchHoldsManyShortLines) {
  std::string input;
  for (int i = 0; i < 1000; ++i) input += std::to_string(i) + "\n";
  std::istringstream in(input);
  LineBatchReader reader(in);
  LineBatch batch;
  ASSERT_TRUE(reader.Next(&batch));
  EXPECT_EQ(batch.first_line, 1u);
  ASSERT_EQ(batch.lines.size(), 1000u);
  EXPECT_EQ(batch.lines[999], "999");
  EXPECT_EQ(batch.bytes, input.size());
  EXPECT_FALSE(reader.Next(&batch));
}

TEST(LineBatchReader, AByteOrderMarkOpeningTheStreamIsDropped) {
  std::istringstream in("\xEF\xBB\xBF{\"id\":1}\n\xEF\xBB\xBF{\"id\":2}\n");
  LineBatchReader reader(in);
  LineBatch batch;
  ASSERT_TRUE(reader.Next(&batch));
  ASSERT_EQ(batch.lines.size(), 2u);
  EXPECT_EQ(batch.lines[0], "{\"id\":1}");
  // Only the stream's first bytes are its mark: a later one is the line's.
  EXPECT_EQ(batch.lines[1], "\xEF\xBB\xBF{\"id\":2}");
}

// Lines are read in 64 KB pieces: lines of every length around a piece's
// size (and exactly filling one, before a break or the end) come back whole.
// The reader takes the stream in 256 KB blocks: lines that end at, just
// before or just after a block's end, or span several blocks, come back
// whole, each with the JSON parser's 64 bytes of padding free after it.
TEST(LineBatchReader, LinesAroundThePieceSizeComeBackWhole) {
  const size_t piece = 256 << 10;
  for (size_t length : {size_t{10}, piece - 2, piece - 1, piece, piece + 1,
                        3 * piece}) {
    for (bool last_break : {true, false}) {
      const std::string line(length, 'q');
      std::istringstream in(line + "\n" + line + (last_break ? "\n" : ""));
      LineBatchReader reader(in);
      LineBatch batch;
      std::vector<std::string> lines;
      while (reader.Next(&batch)) {
        for (const std::string& l : batch.lines)
          EXPECT_GE(l.capacity() - l.size(), 64u) << length;
        lines.insert(lines.end(), batch.lines.begin(), batch.lines.end());
      }
      ASSERT_EQ(lines.size(), 2u) << length << " " << last_break;
      EXPECT_EQ(lines[0], line);
      EXPECT_EQ(lines[1], line);
    }
  }
}

// A line over max_line_bytes is dropped as it is read: it comes back empty
// with its true size, and the lines around it whole.
TEST(LineBatchReader, ALineOverTheLimitIsDroppedWithItsSize) {
  const std::string huge(300000, 'z');
  std::istringstream in("ab\n" + huge + "\n" + std::string(1000, 'y') +
                        "\ncd");
  LineBatchReader reader(in, LineBatchReader::kDefaultBatchBytes, 1000);
  LineBatch batch;
  ASSERT_TRUE(reader.Next(&batch));
  ASSERT_EQ(batch.lines.size(), 4u);
  EXPECT_EQ(batch.lines[0], "ab");
  EXPECT_EQ(batch.sizes[0], 2u);
  EXPECT_EQ(batch.lines[1], "");
  EXPECT_EQ(batch.sizes[1], huge.size());
  EXPECT_EQ(batch.lines[2], std::string(1000, 'y'));  // at the limit: kept
  EXPECT_EQ(batch.sizes[2], 1000u);
  EXPECT_EQ(batch.lines[3], "cd");
  // What the batch holds counts, not what was dropped.
  EXPECT_EQ(batch.bytes, 3u + 1u + 1001u + 3u);
  EXPECT_FALSE(reader.Next(&batch));
}

}  // namespace
}  // namespace wenshu
