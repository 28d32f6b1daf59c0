#include "redactors/detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

std::vector<std::pair<size_t, size_t>> Pairs(
    const std::vector<ByteRange>& ranges) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const ByteRange& r : ranges) out.emplace_back(r.begin, r.end);
  return out;
}

using PairList = std::vector<std::pair<size_t, size_t>>;

TEST(MergeRanges, SortsAndMergesOverlappingAndTouchingRanges) {
  EXPECT_EQ(Pairs(MergeRanges({{5, 8}, {1, 3}, {3, 4}, {7, 10}, {12, 13}})),
            (PairList{{1, 4}, {5, 10}, {12, 13}}));
  EXPECT_EQ(Pairs(MergeRanges({})), PairList{});
  EXPECT_EQ(Pairs(MergeRanges({{2, 9}, {3, 4}})), (PairList{{2, 9}}));
}

// a(0) b(1) 张(2-4) 三(5-7) c(8) d(9): windows are cut at character starts.
constexpr char kText[] = "ab张三cd";

TEST(LiteralWindows, CutsWindowsAtCharacterStarts) {
  // 张 at 2: from 1 byte before (1) to 4 bytes after its start (6, inside
  // 三, so back to 5).
  EXPECT_EQ(Pairs(LiteralWindows(kText, {"张"}, 1, 4)), (PairList{{1, 5}}));
  // A window reaching into 张 from the left starts at 张.
  EXPECT_EQ(Pairs(LiteralWindows(kText, {"c"}, 2, 1)), (PairList{{5, 9}}));
}

TEST(LiteralWindows, MergesTheWindowsOfEveryLiteral) {
  EXPECT_EQ(Pairs(LiteralWindows(kText, {"a", "d"}, 0, 1)),
            (PairList{{0, 1}, {9, 10}}));
  EXPECT_EQ(Pairs(LiteralWindows(kText, {"b", "c"}, 1, 8)),
            (PairList{{0, 10}}));
  EXPECT_EQ(Pairs(LiteralWindows(kText, {"x"}, 3, 3)), PairList{});
}

TEST(LiteralWindows, ASetGivesTheSameWindowsInOnePass) {
  const LiteralSet set({"张", "c"});
  EXPECT_EQ(Pairs(LiteralWindows(kText, set, 1, 4)),
            Pairs(LiteralWindows(kText, {"张", "c"}, 1, 4)));
}

TEST(LiteralSet, FindsOverlappingOccurrencesOneByteApart) {
  const LiteralSet set({"aa", "b.b"});
  const std::string text = "aaa b.b";
  EXPECT_EQ(set.FindFrom(text, 0), 0u);
  EXPECT_EQ(set.FindFrom(text, 1), 1u);
  EXPECT_EQ(set.FindFrom(text, 2), 4u);  // the dot is a literal dot
  EXPECT_EQ(set.FindFrom(text, 5), std::string_view::npos);
  EXPECT_EQ(set.FindFrom(text, 99), std::string_view::npos);
  EXPECT_EQ(set.FindFrom("bxb", 0), std::string_view::npos);
}

TEST(IsAsciiAlnum, OnlyAsciiLettersAndDigits) {
  for (char c : std::string("azAZ09")) EXPECT_TRUE(IsAsciiAlnum(c)) << c;
  for (char c : std::string(" -_.@\x80\xE5")) EXPECT_FALSE(IsAsciiAlnum(c));
}

}  // namespace
}  // namespace wenshu
