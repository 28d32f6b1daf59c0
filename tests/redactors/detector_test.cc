#include "redactors/detector.h"

#include <gtest/gtest.h>

#include <random>
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

// What a window holds by brute force: a word of every group.
bool HoldsByBruteForce(std::string_view text, const RequiredWords& needs) {
  for (const std::vector<std::string_view>& group : needs) {
    bool held = false;
    for (std::string_view word : group)
      held = held || (!word.empty() && text.find(word) != std::string::npos);
    if (!held) return false;
  }
  return true;
}

TEST(RequiredWordsFilter, NeedsAWordOfEveryGroup) {
  const RequiredWords date = {{"年"}, {"月"}};
  const RequiredWords amount = {{"元", "港币", "英镑"}};
  const RequiredWordsFilter filter(
      {date, amount, RequiredWords(), RequiredWords{{}}});
  EXPECT_EQ(filter.Held("于2023年6月1日"),
            (std::vector<bool>{true, false, true, false}));
  EXPECT_EQ(filter.Held("于2023年"),
            (std::vector<bool>{false, false, true, false}));
  EXPECT_EQ(filter.Held("6月1日，20000港币"),
            (std::vector<bool>{false, true, true, false}));
  EXPECT_EQ(filter.Held("20000美金"),
            (std::vector<bool>{false, false, true, false}));
}

// More words than the filter keeps on the stack: the last ones count too.
TEST(RequiredWordsFilter, HoldsManyWords) {
  std::vector<std::string> names;
  for (int k = 0; k < 300; ++k) names.push_back("<" + std::to_string(k) + ">");
  std::vector<RequiredWords> rules;
  for (const std::string& name : names) rules.push_back({{name}});
  const RequiredWordsFilter filter(rules);
  const std::vector<bool> held = filter.Held("a<299>b<3>c<256>");
  ASSERT_EQ(held.size(), 300u);
  for (size_t k = 0; k < held.size(); ++k)
    EXPECT_EQ(held[k], k == 299 || k == 3 || k == 256) << k;
}

// Where a rule's start words begin in `text`, by brute force: ascending,
// each offset once.
std::vector<size_t> StartsByBruteForce(std::string_view text,
                                       const StartWords& words) {
  std::vector<size_t> at;
  for (size_t p = 0; p < text.size(); ++p)
    for (std::string_view word : words)
      if (!word.empty() && text.substr(p).starts_with(word)) {
        at.push_back(p);
        break;
      }
  return at;
}

// The filter answers for every rule what a brute-force search answers:
// rules of random groups and start words (words that repeat across groups
// and rules, overlap, hold one another, an empty word, an empty group, no
// group at all) over random texts of their pieces.
TEST(RequiredWordsFilter, AgreesWithBruteForceForEveryRule) {
  const std::vector<std::string_view> words = {"年", "月",   "号", "字第", "第",
                                               "元", "港币", "币", "a",    "ab",
                                               "b",  "abc",  ""};
  const std::vector<std::string_view> others = {"x", "1", "，", "日", "港"};
  std::mt19937 random(20261207);
  int held = 0, missed = 0, several_starts = 0;
  for (int round = 0; round < 2000; ++round) {
    std::vector<RequiredWords> rules(1 + random() % 5);
    for (RequiredWords& needs : rules) {
      needs.resize(random() % 4);
      for (std::vector<std::string_view>& group : needs) {
        group.resize(random() % 4);  // sometimes empty: never held
        for (std::string_view& word : group)
          word = words[random() % words.size()];
      }
    }
    std::vector<StartWords> starts(rules.size());
    for (StartWords& rule : starts) {
      rule.resize(random() % 4);
      for (std::string_view& word : rule) word = words[random() % words.size()];
    }
    const RequiredWordsFilter filter(rules, starts);
    std::vector<bool> held_too;
    std::vector<std::vector<size_t>> found;
    for (int t = 0; t < 5; ++t) {
      std::string text;
      for (size_t n = random() % 12; n > 0; --n) {
        text += random() % 3 == 0 ? others[random() % others.size()]
                                  : words[random() % words.size()];
      }
      const std::vector<bool> got = filter.Held(text);
      ASSERT_EQ(got.size(), rules.size());
      filter.Held(text, &held_too, &found);
      ASSERT_EQ(held_too, got);
      ASSERT_EQ(found.size(), rules.size());
      for (size_t r = 0; r < rules.size(); ++r) {
        const bool want = HoldsByBruteForce(text, rules[r]);
        ASSERT_EQ(got[r], want)
            << "round " << round << ", rule " << r << ", text " << text;
        (want ? held : missed)++;
        const std::vector<size_t> want_starts =
            want ? StartsByBruteForce(text, starts[r]) : std::vector<size_t>();
        ASSERT_EQ(found[r], want_starts)
            << "round " << round << ", rule " << r << ", text " << text;
        if (want_starts.size() > 1) ++several_starts;
      }
    }
  }
  // Both answers are common, so a filter answering one of them always
  // fails; so are rules whose start words stand in several places.
  EXPECT_GT(held, 2000);
  EXPECT_GT(missed, 2000);
  EXPECT_GT(several_starts, 1000);
}

// LeftmostFirstMatches finds what the regex of the same words as
// alternatives finds, searched again from each match's end: random word
// lists (words inside words, prefixes of one another, repeated) over random
// texts of their pieces.
TEST(LeftmostFirstMatches, AgreesWithTheRegexOfTheWords) {
  const std::vector<std::string> pieces = {"银", "行", "卡", "开", "户",
                                           "号", "账", "a",  "ab", "1"};
  std::mt19937 random(20261207);
  size_t matches = 0;
  for (int round = 0; round < 1500; ++round) {
    std::vector<std::string> words(1 + random() % 6);
    for (std::string& word : words) {
      for (size_t n = 1 + random() % 3; n > 0; --n)
        word += pieces[random() % pieces.size()];
    }
    std::string alternation;
    for (const std::string& word : words)
      alternation += (alternation.empty() ? "" : "|") + Regex::QuoteMeta(word);
    const Regex regex(alternation);
    const LiteralAutomaton automaton(words);
    for (int t = 0; t < 4; ++t) {
      std::string text;
      for (size_t n = random() % 16; n > 0; --n)
        text += pieces[random() % pieces.size()];
      std::vector<std::pair<size_t, size_t>> want;
      RegexMatch m;
      for (size_t pos = 0; regex.Search(text, pos, &m);) {
        const size_t begin = m.groups[0].data() - text.data();
        want.emplace_back(begin, begin + m.groups[0].size());
        pos = want.back().second;
      }
      ASSERT_EQ(Pairs(LeftmostFirstMatches(automaton, text)), want)
          << "round " << round << ": " << alternation << " in " << text;
      matches += want.size();
    }
  }
  EXPECT_GT(matches, size_t{3000});
}

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

TEST(LiteralWindows, ASetFindsEveryStartOfEveryLiteral) {
  // 丏住住: overlapping starts of two literals give one merged window.
  const LiteralSet set({"住住", "丏住", "x"});
  const std::string text = "丏住住ab";
  EXPECT_EQ(set.FindFrom(text, 0), 0u);
  EXPECT_EQ(set.FindFrom(text, 1), 3u);
  EXPECT_EQ(set.FindFrom(text, 4), std::string_view::npos);
  EXPECT_EQ(Pairs(LiteralWindows(text, set, 0, 3)), (PairList{{0, 6}}));
}

TEST(LiteralSet, ManyLiteralsFindTheEarliestStartNotTheEarliestEnd) {
  // 丙 ends first, but 甲乙丙丁 (ending later) starts before it.
  const LiteralSet set(
      {"甲乙丙丁", "丙", "l3", "l4", "l5", "l6", "l7", "l8", "l9"});
  ASSERT_NE(set.automaton(), nullptr);
  const std::string text = "x甲乙丙丁y丙";
  EXPECT_EQ(set.FindFrom(text, 0), 1u);
  EXPECT_EQ(set.FindFrom(text, 2), 7u);  // 丙 inside, after the start
  EXPECT_EQ(set.FindFrom(text, 8), 14u);
  EXPECT_EQ(set.FindFrom(text, 15), std::string_view::npos);
  // Both starts of the overlap give their window.
  EXPECT_EQ(Pairs(LiteralWindows(text, set, 0, 3)),
            (PairList{{1, 4}, {7, 10}, {14, 17}}));
}

TEST(LiteralSet, ManyLiteralsFindTheSameAsFew) {
  // Nine literals take the automaton pass, the first eight the byte
  // searches.
  const LiteralSet many(
      {"甲乙", "乙丙", "丙", "丁戊", "ab", "b", "c.d", "xyz", "z"});
  const LiteralSet few({"甲乙", "乙丙", "丙", "丁戊", "ab", "b", "c.d", "xyz"});
  ASSERT_NE(many.automaton(), nullptr);
  ASSERT_EQ(few.automaton(), nullptr);
  const std::string text = "甲乙丙丁戊 abc.d xyz cxd";
  for (size_t from = 0; from <= text.size(); ++from) {
    const size_t f = few.FindFrom(text, from);
    const size_t z = text.find('z', from);
    EXPECT_EQ(many.FindFrom(text, from), std::min(f, z)) << from;
  }
  // 甲乙 0, 乙丙 3, 丙 6, 丁戊 9, ab 16, b 17, c.d 18, xyz 22, z 24.
  EXPECT_EQ(
      Pairs(LiteralWindows(text, many, 0, 1)),
      (PairList{{0, 0}, {3, 3}, {6, 6}, {9, 9}, {16, 19}, {22, 23}, {24, 25}}));
  EXPECT_EQ(
      Pairs(LiteralWindows(text, many, 0, 1)),
      Pairs(LiteralWindows(
          text, {"甲乙", "乙丙", "丙", "丁戊", "ab", "b", "c.d", "xyz", "z"}, 0,
          1)));
}

TEST(IsAsciiAlnum, OnlyAsciiLettersAndDigits) {
  for (char c : std::string("azAZ09")) EXPECT_TRUE(IsAsciiAlnum(c)) << c;
  for (char c : std::string(" -_.@\x80\xE5")) EXPECT_FALSE(IsAsciiAlnum(c));
}

}  // namespace
}  // namespace wenshu
