#include "redactors/cue_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace wenshu {
namespace {

std::vector<std::pair<size_t, std::string>> Hits(const CueSet& set,
                                                 std::string_view text,
                                                 size_t end) {
  std::vector<std::pair<size_t, std::string>> out;
  for (const auto& [at, cue] : set.Find(text, end))
    out.emplace_back(at, std::string(cue));
  return out;
}

TEST(CueSet, CuesAreDistinctAndLongestFirst) {
  Result<CueSet> set =
      CueSet::Compile({"证人", "被害人", "证人", "附带民事诉讼原告人"});
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set.value().cues(),
            (std::vector<std::string>{"附带民事诉讼原告人", "被害人", "证人"}));
}

TEST(CueSet, FindsEveryCueByPosition) {
  Result<CueSet> set = CueSet::Compile({"证人", "被害人"});
  ASSERT_TRUE(set.ok());
  // 被害人 at 0, 证人 at 18 (after 被害人王某、).
  EXPECT_EQ(Hits(set.value(), "被害人王某、证人李四", 100),
            (std::vector<std::pair<size_t, std::string>>{{0, "被害人"},
                                                         {18, "证人"}}));
}

TEST(CueSet, OverlappingCuesAreAllReportedLongestFirst) {
  Result<CueSet> set =
      CueSet::Compile({"原告", "原告人", "附带民事诉讼原告人"});
  ASSERT_TRUE(set.ok());
  // 附带民事诉讼原告人 at 0; 原告人 and 原告 inside it at 18.
  EXPECT_EQ(Hits(set.value(), "附带民事诉讼原告人冯某", 100),
            (std::vector<std::pair<size_t, std::string>>{
                {0, "附带民事诉讼原告人"}, {18, "原告人"}, {18, "原告"}}));
}

TEST(CueSet, StopsAtTheEnd) {
  Result<CueSet> set = CueSet::Compile({"证人"});
  ASSERT_TRUE(set.ok());
  // The second 证人 is bytes [12, 18): found only when it ends by `end`.
  EXPECT_EQ(Hits(set.value(), "证人张三证人李四", 17).size(), 1u);
  EXPECT_EQ(Hits(set.value(), "证人张三证人李四", 18).size(), 2u);
}

TEST(CueSet, ALongerCueRunningPastTheEndIsReportedWithAShorterOne) {
  Result<CueSet> set = CueSet::Compile({"监护", "监护人"});
  ASSERT_TRUE(set.ok());
  // 监护 [6, 12) ends by `end` = 14; 监护人 [6, 15) starts at the same
  // place and is reported with it, though it runs past `end`.
  EXPECT_EQ(Hits(set.value(), "其母监护人甲", 14),
            (std::vector<std::pair<size_t, std::string>>{{6, "监护人"},
                                                         {6, "监护"}}));
  // With `end` before 监护 ends, neither.
  EXPECT_TRUE(Hits(set.value(), "其母监护人甲", 11).empty());
}

TEST(CueSet, CuesAreFoundOverAWholeDocumentInOrder) {
  Result<CueSet> set = CueSet::Compile({"之子", "子", "证人", "见证人"});
  ASSERT_TRUE(set.ok());
  std::string text;
  std::vector<std::pair<size_t, std::string>> want;
  for (int i = 0; i < 200; ++i) {
    want.emplace_back(text.size(), "见证人");
    want.emplace_back(text.size() + 3, "证人");
    text += "见证人丙丁说";
    want.emplace_back(text.size(), "之子");
    want.emplace_back(text.size() + 3, "子");
    text += "之子戊。";
  }
  EXPECT_EQ(Hits(set.value(), text, text.size()), want);
}

TEST(CueSet, AnEmptyListFindsNothing) {
  Result<CueSet> set = CueSet::Compile({});
  ASSERT_TRUE(set.ok());
  EXPECT_TRUE(Hits(set.value(), "被害人王某", 100).empty());
}

TEST(CueSet, MetacharactersAreLiterals) {
  Result<CueSet> set = CueSet::Compile({"a.b", "(x)"});
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(
      Hits(set.value(), "axb a.b (x) x", 100),
      (std::vector<std::pair<size_t, std::string>>{{4, "a.b"}, {8, "(x)"}}));
}

TEST(CueSet, ACueThatIsNotUtf8IsNamed) {
  Result<CueSet> set = CueSet::Compile({"证人", "\xff\xfe"});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(
      set.status().message().find("cue \"\xff\xfe\" is not well-formed UTF-8"),
      std::string::npos)
      << set.status().message();
  EXPECT_FALSE(CueSet::Check({"证人", "\xff\xfe"}).ok());
}

TEST(CueSet, ACueLongerThanAPhraseIsRefused) {
  const std::string longest(CueSet::kMaxCueBytes, 'a');
  EXPECT_TRUE(CueSet::Check({longest}).ok());
  EXPECT_TRUE(CueSet::Compile({longest}).ok());
  Result<CueSet> set = CueSet::Compile({"证人", longest + "a"});
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("is longer than 256 bytes"),
            std::string::npos)
      << set.status().message();
}

// FromHits over the automaton's hits of the whole text reports what Find
// reports for every end: cues cut by the end are left out, overlapping ones
// kept, longest first.
TEST(CueSet, FromTheWholeTextsHitsAsFindForEveryEnd) {
  Result<CueSet> set = CueSet::Compile(
      {"原告", "原告人", "附带民事诉讼原告人", "被害人", "害人", "证人"});
  ASSERT_TRUE(set.ok());
  const std::string text =
      "附带民事诉讼原告人张某、被害人李某，证人王某与原告人赵某被害人";
  std::vector<WordHit> hits;
  set.value().automaton()->ForEachMatch(
      text, [&](size_t begin, size_t k) { hits.push_back({begin, k}); });
  std::sort(hits.begin(), hits.end());
  for (size_t end = 0; end <= text.size() + 3; ++end) {
    std::vector<std::pair<size_t, std::string>> from;
    for (const auto& [at, cue] : set.value().FromHits(hits, end))
      from.emplace_back(at, std::string(cue));
    ASSERT_EQ(from, Hits(set.value(), text, end)) << "end " << end;
  }
  EXPECT_FALSE(Hits(set.value(), text, text.size()).empty());
}

}  // namespace
}  // namespace wenshu
