#include "core/regex.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace wenshu {
namespace {

TEST(Regex, SearchReportsGroupsAsViewsIntoTheText) {
  const Regex re(R"((\d{4})年(\d{1,2})月)");
  const std::string text = "于2023年6月1日";
  RegexMatch m;
  ASSERT_TRUE(re.Search(text, 0, &m));
  EXPECT_EQ(m.group_count, 3);
  EXPECT_EQ(m.groups[0], "2023年6月");
  EXPECT_EQ(m.groups[1], "2023");
  EXPECT_EQ(m.groups[2], "6");
  EXPECT_EQ(m.groups[0].data() - text.data(), 3);  // after 于
  EXPECT_TRUE(m.matched(2));
  EXPECT_FALSE(m.matched(3));
}

TEST(Regex, UnmatchedOptionalGroupHasNoData) {
  const Regex re("a(b)?c");
  RegexMatch m;
  ASSERT_TRUE(re.Search("xac", 0, &m));
  EXPECT_TRUE(m.matched(0));
  EXPECT_FALSE(m.matched(1));
}

TEST(Regex, SearchContinuesFromAnOffset) {
  const Regex re(R"(\d+)");
  const std::string text = "12 345 6";
  std::vector<std::string> found;
  RegexMatch m;
  for (size_t from = 0; re.Search(text, from, &m);) {
    found.emplace_back(m.groups[0]);
    from = m.groups[0].data() + m.groups[0].size() - text.data();
  }
  EXPECT_EQ(found, (std::vector<std::string>{"12", "345", "6"}));
}

struct SearchInCase {
  const char* name;
  std::string pattern;
  size_t from, to;
  bool found;
  std::string match;
};

class RegexSearchIn : public ::testing::TestWithParam<SearchInCase> {};

TEST_P(RegexSearchIn, StaysInsideTheRange) {
  const std::string text = "abc123def456";
  const Regex re(GetParam().pattern);
  RegexMatch m;
  EXPECT_EQ(re.SearchIn(text, GetParam().from, GetParam().to, &m),
            GetParam().found);
  if (GetParam().found) {
    EXPECT_EQ(m.groups[0], GetParam().match);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, RegexSearchIn,
    ::testing::Values(
        SearchInCase{"Whole", R"(\d+)", 0, 12, true, "123"},
        SearchInCase{"CutsAMatchShort", R"(\d+)", 0, 5, true, "12"},
        SearchInCase{"SkipsTheFirst", R"(\d+)", 6, 12, true, "456"},
        SearchInCase{"NothingInside", R"(\d+)", 6, 9, false, ""},
        // ^ and $ are not anchored to the range bounds.
        SearchInCase{"CaretIsNotTheRangeStart", R"(^def)", 6, 12, false, ""},
        SearchInCase{"DollarIsNotTheRangeEnd", R"(def$)", 0, 9, false, ""},
        SearchInCase{"FromAfterTo", R"(\d+)", 8, 4, false, ""},
        SearchInCase{"ToPastTheEnd", R"(\d+)", 0, 13, false, ""}),
    [](const ::testing::TestParamInfo<SearchInCase>& info) {
      return info.param.name;
    });

TEST(Regex, MatchAtStartsWhereItIsTold) {
  const std::string text = "abc123def456";
  const Regex re(R"(\d+|c1)");
  RegexMatch m;
  ASSERT_TRUE(re.MatchAt(text, 3, 12, &m));
  EXPECT_EQ(m.groups[0], "123");
  // The leftmost-first choice of a match starting there, as Search makes.
  ASSERT_TRUE(re.MatchAt(text, 2, 12, &m));
  EXPECT_EQ(m.groups[0], "c1");
  EXPECT_FALSE(re.MatchAt(text, 0, 12, &m));  // "abc": a later start only
  EXPECT_FALSE(re.MatchAt(text, 6, 12, &m));
  ASSERT_TRUE(re.MatchAt(text, 9, 11, &m));  // cut short by the range
  EXPECT_EQ(m.groups[0], "45");
  EXPECT_FALSE(re.MatchAt(text, 9, 8, &m));
}

// Compares `search` (a search restricted to some starts) with SearchIn,
// match after match, on random texts of `pieces` and random ranges; the
// number of matches found.
template <typename Search>
size_t ExpectFindsWhatSearchInFinds(const Regex& regex,
                                    const std::vector<std::string>& pieces,
                                    std::mt19937& random, Search search) {
  size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (size_t n = random() % 16; n > 0; --n)
      text += pieces[random() % pieces.size()];
    const size_t from = random() % (text.size() + 1);
    const size_t to = from + random() % (text.size() - from + 1);
    RegexMatch want, got;
    for (size_t pos = from;;) {
      const bool w = regex.SearchIn(text, pos, to, &want);
      const bool g = search(text, pos, to, &got);
      EXPECT_EQ(w, g) << text << " from " << pos;
      if (w != g || !w) break;
      ++found;
      for (int k = 0; k < want.group_count; ++k)
        EXPECT_EQ(got.groups[k].data(), want.groups[k].data()) << text;
      EXPECT_EQ(got.groups[0].size(), want.groups[0].size()) << text;
      pos = want.groups[0].data() - text.data() + want.groups[0].size();
      if (want.groups[0].empty()) ++pos;
      if (pos > to) break;
    }
  }
  return found;
}

// ExpectFindsWhatSearchInFinds over every case (its regex and pieces),
// with `search(c, text, from, to, match)`; the matches found in all.
template <typename Case, size_t N, typename Search>
size_t ExpectCasesFindWhatSearchInFinds(const Case (&cases)[N], uint32_t seed,
                                        Search search) {
  std::mt19937 random(seed);
  size_t found = 0;
  for (const Case& c : cases) {
    found += ExpectFindsWhatSearchInFinds(
        c.regex, c.pieces, random,
        [&](std::string_view text, size_t from, size_t to, RegexMatch* m) {
          return search(c, text, from, to, m);
        });
  }
  return found;
}

// SearchAnchored finds what SearchIn finds, match after match, for patterns
// whose every match holds the anchor's word where it says: a date with its
// 年 four or five bytes in, and a word preceded by up to six letters (the
// starts of neighbouring occurrences overlap), on random texts and ranges.
TEST(Regex, SearchAnchoredFindsWhatSearchInFinds) {
  struct Case {
    Regex regex;
    Regex::Anchor anchor;
    std::vector<std::string> pieces;
  };
  const Case cases[] = {
      {Regex(R"([0-9]{4}\s?年\s?[0-9]{1,2}\s?月)"),
       {"年", 4, 5},
       {"1", "2", "0", "9", " ", "年", "月", "日", "2019", "2019 年", "3月"}},
      {Regex(R"(([a-c]{0,6})X(y?))"),
       {"X", 0, 6},
       {"a", "b", "c", "X", "y", "Xy", "abc", "d", "XX"}},
  };
  EXPECT_GT(ExpectCasesFindWhatSearchInFinds(
                cases, 20261210,
                [](const Case& c, std::string_view text, size_t from, size_t to,
                   RegexMatch* m) {
                  return c.regex.SearchAnchored(text, from, to, c.anchor, m);
                }),
            2000u);
}

// SearchStarts finds what SearchIn finds for patterns whose every match
// starts with one of a few words, given where those words begin: numbers
// after cues of two lengths, document numbers in three kinds of bracket,
// and words that begin inside one another (ab and b), on random texts and
// ranges.
TEST(Regex, SearchStartsFindsWhatSearchInFinds) {
  struct Case {
    Regex regex;
    std::vector<std::string_view> words;
    std::vector<std::string> pieces;
  };
  const Case cases[] = {
      {Regex(R"((?:合同编号|合同号|保单号)[:\s]*([A-Z0-9\-]{3,10}))"),
       {"合同", "保单"},
       {"合同", "编号", "号", "保单", "保", ":", " ", "HT", "-", "2018", "A1",
        "合同编号:HT-1", "x"}},
      {Regex(R"([〔\[【][0-9]{4}[〕\]】]\s?第?\s?[0-9]{1,3}\s?号)"),
       {"〔", "[", "【"},
       {"〔", "[", "【", "〕", "]", "】", "2019", "1", " ", "第", "号",
        "〔2019〕", "12号"}},
      {Regex(R"((ab|b)c+)"), {"ab", "b"}, {"a", "b", "c", "ab", "bc", "x"}},
  };
  EXPECT_GT(ExpectCasesFindWhatSearchInFinds(
                cases, 20261208,
                [](const Case& c, std::string_view text, size_t from, size_t to,
                   RegexMatch* m) {
                  std::vector<size_t> starts;
                  for (size_t p = 0; p < text.size(); ++p)
                    for (std::string_view word : c.words)
                      if (text.substr(p).starts_with(word)) {
                        starts.push_back(p);
                        break;
                      }
                  return c.regex.SearchStarts(text, from, to, starts, m);
                }),
            800u);
}

// SearchTail finds what SearchIn finds for patterns whose every match
// holds one of the tail's words after a run of its characters: amounts in
// several currencies (words that are also run characters, 港 of 港币;
// runs of characters of one byte and of three; runs that join two
// amounts), and letters before an X where the run may be empty.
TEST(Regex, SearchTailFindsWhatSearchInFinds) {
  struct Case {
    Regex regex;
    Regex::Tail tail;
    std::vector<std::string> pieces;
  };
  const Case cases[] = {
      {Regex(R"([0-9]+(?:\.[0-9]+)?\s?(?:万|亿)?(?:元|美元|港元|港币|余元))"),
       {{"元", "港币"}, "0123456789. \t\n\f\r万亿美港余", 1},
       {"1", "25", ".", " ", "万", "元", "美元", "港", "币", "余", "x", "单元",
        "3.5", "亿"}},
      {Regex(R"([0-9]{1,3}(?:,[0-9]{3})+\s?(?:元|英镑))"),
       {{"元", "英镑"}, "0123456789, \t\n\f\r", 1},
       {"1", "200", ",", ",000", " ", "元", "英镑", "英", "x"}},
      {Regex(R"(([a-c]*)X(y?))"),
       {{"X"}, "abc", 0},
       {"a", "b", "c", "X", "y", "Xy", "abc", "d", "XX"}},
  };
  EXPECT_GT(ExpectCasesFindWhatSearchInFinds(
                cases, 20261207,
                [](const Case& c, std::string_view text, size_t from, size_t to,
                   RegexMatch* m) {
                  return c.regex.SearchTail(text, from, to, c.tail, m);
                }),
            2000u);
}

TEST(Regex, FullAndPartialMatch) {
  const Regex re(R"(\d{6})");
  EXPECT_TRUE(re.FullMatch("100000"));
  EXPECT_FALSE(re.FullMatch("1000000"));
  EXPECT_TRUE(re.PartialMatch("邮编100000号"));
  EXPECT_FALSE(re.PartialMatch("邮编10000号"));
}

TEST(Regex, MatchesUtf8CharactersNotBytes) {
  const Regex re("^.{2}$");
  EXPECT_TRUE(re.FullMatch("张三"));
  EXPECT_FALSE(re.FullMatch("张三丰"));
}

TEST(Regex, CompileRefusesABadPatternNamingIt) {
  Result<Regex> re = Regex::Compile("(unclosed");
  ASSERT_FALSE(re.ok());
  EXPECT_EQ(re.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(re.status().message().starts_with("bad pattern '(unclosed': "))
      << re.status().message();
}

TEST(Regex, CompileKeepsThePattern) {
  Result<Regex> re = Regex::Compile("被告人?");
  ASSERT_TRUE(re.ok());
  EXPECT_EQ(re.value().pattern(), "被告人?");
}

TEST(Regex, QuoteMetaMatchesTheLiteral) {
  const std::string literal = "（2023）京01民初1号.*+?";
  const Regex re(Regex::QuoteMeta(literal));
  EXPECT_TRUE(re.FullMatch(literal));
  EXPECT_FALSE(re.FullMatch("（2023）京01民初1号xx"));
}

// A BoundedRunRegex finds what the bounded pattern itself finds, groups and
// all: random texts, where runs end within the bound and past it, and
// patterns where the rest could take the run's characters instead.
TEST(BoundedRunRegex, FindsWhatTheBoundedPatternFinds) {
  // before, run, min, max, lazy, after, group.
  const auto parts = [](std::string_view before, std::string_view run,
                        size_t min, size_t max, bool lazy,
                        std::string_view after, int group) {
    return BoundedRunRegex::Parts{before, run, min, max, lazy, after, group};
  };
  const std::vector<BoundedRunRegex::Parts> cases = {
      parts("(a)?", "[ab]", 1, 3, /*lazy=*/true, "(b*)c", 2),
      parts("x", "[^c]", 2, 4, /*lazy=*/false, "(c|bc)", 1),
      parts("^(?:a", "[ab]", 0, 2, /*lazy=*/false, "b)", 1),
      parts("(?:(b)|x", "a", 1, 2, /*lazy=*/false, ")c", 2),
  };
  std::mt19937 random(7);
  const std::string letters = "aaabbbcx";
  for (const BoundedRunRegex::Parts& parts : cases) {
    size_t matches = 0, past_bound = 0;
    std::string bounded =
        std::string(parts.before) + "(" + std::string(parts.run) + "{" +
        std::to_string(parts.min) + "," + std::to_string(parts.max) + "}" +
        (parts.lazy ? "?" : "") + ")" + std::string(parts.after);
    const Regex expected(bounded);
    const Regex unbounded(std::string(bounded).replace(
        bounded.find("," + std::to_string(parts.max) + "}"),
        std::to_string(parts.max).size() + 2, ",}"));
    const BoundedRunRegex regex(parts);
    for (int round = 0; round < 6000; ++round) {
      std::string text;
      for (size_t n = random() % 16; n > 0; --n)
        text += letters[random() % letters.size()];
      // The whole text half of the time, else a part of it.
      const bool part = random() % 2;
      const size_t from = part ? random() % (text.size() + 1) : 0;
      const size_t to =
          part ? from + random() % (text.size() - from + 1) : text.size();
      RegexMatch want, got, wide;
      const bool found = expected.SearchIn(text, from, to, &want);
      ASSERT_EQ(regex.SearchIn(text, from, to, &got), found)
          << bounded << " in " << text << " [" << from << ", " << to << ")";
      if (found) {
        ++matches;
        for (int g = 0; g <= RegexMatch::kMaxGroups; ++g) {
          EXPECT_EQ(got.groups[g].data(), want.groups[g].data()) << g;
          EXPECT_EQ(got.groups[g].size(), want.groups[g].size()) << g;
        }
      }
      // Texts where the variant alone would find a longer run.
      if (unbounded.SearchIn(text, from, to, &wide) &&
          wide.groups[parts.group].size() > parts.max)
        ++past_bound;
      const bool at = expected.MatchAt(text, from, to, &want);
      ASSERT_EQ(regex.MatchAt(text, from, to, &got), at)
          << bounded << " at " << from << " in " << text;
      if (at) EXPECT_EQ(got.groups[0].size(), want.groups[0].size());
    }
    EXPECT_GT(matches, 100u) << bounded;
    EXPECT_GT(past_bound, 15u) << bounded;
  }
}

TEST(RegexSet, ReportsEveryPatternFound) {
  RegexSet set;
  EXPECT_EQ(set.Add(R"(\d{11})").value(), 0);
  EXPECT_EQ(set.Add("身份证").value(), 1);
  EXPECT_EQ(set.Add("@").value(), 2);
  ASSERT_TRUE(set.Compile().ok());
  std::vector<int> matched = {99};
  ASSERT_TRUE(set.Match("身份证号，电话13812345678", &matched).ok());
  std::sort(matched.begin(), matched.end());
  EXPECT_EQ(matched, (std::vector<int>{0, 1}));
  ASSERT_TRUE(set.Match("无", &matched).ok());
  EXPECT_TRUE(matched.empty());
}

TEST(RegexSet, BadPatternIsRefused) {
  RegexSet set;
  Result<int> added = set.Add("[a-");
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(added.status().message().starts_with("bad pattern '[a-': "));
}

TEST(RegexSet, MatchBeforeCompileIsAnInternalError) {
  RegexSet set;
  ASSERT_TRUE(set.Add("a").ok());
  std::vector<int> matched;
  const Status s = set.Match("a", &matched);
  EXPECT_EQ(s.code(), StatusCode::kInternal);
  EXPECT_EQ(s.message(), "pattern set used before Compile");
}

}  // namespace
}  // namespace wenshu
