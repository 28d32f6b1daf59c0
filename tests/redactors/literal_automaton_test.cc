#include "redactors/literal_automaton.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wenshu {
namespace {

using Ends = std::vector<std::pair<size_t, size_t>>;  // (end, longest length)

Ends AllEnds(const LiteralAutomaton& automaton, std::string_view text) {
  Ends out;
  automaton.ForEachEnd(text, [&](size_t end, size_t length) {
    out.emplace_back(end, length);
    return true;
  });
  return out;
}

// The same answer by brute force: at each end, the longest literal ending
// there.
Ends BruteForce(const std::vector<std::string>& literals,
                std::string_view text) {
  Ends out;
  for (size_t end = 1; end <= text.size(); ++end) {
    size_t longest = 0;
    for (const std::string& l : literals) {
      if (!l.empty() && l.size() <= end &&
          text.substr(end - l.size(), l.size()) == l) {
        longest = std::max(longest, l.size());
      }
    }
    if (longest > 0) out.emplace_back(end, longest);
  }
  return out;
}

// Random words over a small alphabet, so that literals overlap and nest.
class RandomWords {
 public:
  RandomWords(unsigned seed, std::string alphabet)
      : random_(seed), alphabet_(std::move(alphabet)) {}
  std::string Word(size_t max_length) {
    std::string w(1 + random_() % max_length, ' ');
    for (char& c : w) c = alphabet_[random_() % alphabet_.size()];
    return w;
  }
  // One to `max_count` words.
  std::vector<std::string> List(size_t max_count, size_t max_length) {
    std::vector<std::string> out(1 + random_() % max_count);
    for (std::string& w : out) w = Word(max_length);
    return out;
  }

 private:
  std::mt19937 random_;
  std::string alphabet_;
};

TEST(LiteralAutomaton, OverlappingAndNestedLiteralsAreAllSeen) {
  const std::vector<std::string> literals = {"abc", "bcd", "c", "abcde"};
  const LiteralAutomaton automaton(literals);
  EXPECT_EQ(AllEnds(automaton, "xabcdex"),
            (Ends{{4, 3}, {5, 3}, {6, 5}}));  // abc, bcd, abcde
  EXPECT_EQ(automaton.longest_literal(), 5u);
}

TEST(LiteralAutomaton, ChineseTermsMatchAsCharacters) {
  const LiteralAutomaton automaton(std::vector<std::string>{"配方a-17", "方a"});
  EXPECT_EQ(AllEnds(automaton, "其配方a-17与配方"),
            (Ends{{10, 4}, {13, 10}}));  // 方a inside, then 配方a-17
}

TEST(LiteralAutomaton, EmptyLiteralsAreIgnored) {
  const LiteralAutomaton none(std::vector<std::string>{"", ""});
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(AllEnds(none, "abc").empty());
}

TEST(LiteralAutomaton, StopsWhenAskedTo) {
  const LiteralAutomaton automaton(std::vector<std::string>{"a"});
  size_t calls = 0;
  automaton.ForEachEnd("aaaa", [&](size_t, size_t) { return ++calls < 2; });
  EXPECT_EQ(calls, 2u);
}

TEST(LiteralAutomaton, AgreesWithBruteForceOnRandomTexts) {
  RandomWords words(7, "abc");
  for (int round = 0; round < 300; ++round) {
    const std::vector<std::string> literals = words.List(8, 5);
    const std::string text = words.Word(40);
    EXPECT_EQ(AllEnds(LiteralAutomaton(literals), text),
              BruteForce(literals, text))
        << "text " << text;
  }
}

// Every occurrence as (begin, index), by brute force, ordered as
// ForEachMatch promises: by end, then longest first, then index.
std::vector<std::pair<size_t, size_t>> AllMatchesBrute(
    const std::vector<std::string>& literals, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t end = 1; end <= text.size(); ++end) {
    std::vector<std::pair<size_t, size_t>> here;  // (length, index)
    for (size_t k = 0; k < literals.size(); ++k) {
      const std::string& l = literals[k];
      if (!l.empty() && l.size() <= end &&
          text.substr(end - l.size(), l.size()) == l) {
        here.emplace_back(l.size(), k);
      }
    }
    std::sort(here.begin(), here.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [length, k] : here) out.emplace_back(end - length, k);
  }
  return out;
}

TEST(LiteralAutomaton, EveryMatchOfEveryLiteralAgreesWithBruteForce) {
  RandomWords words(11, "ab");  // repeats and nesting are likely
  for (int round = 0; round < 300; ++round) {
    const std::vector<std::string> literals = words.List(6, 4);
    const std::string text = words.Word(30);
    std::vector<std::pair<size_t, size_t>> got;
    LiteralAutomaton(literals).ForEachMatch(
        text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
    EXPECT_EQ(got, AllMatchesBrute(literals, text)) << "text " << text;
  }
}

std::string Small(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Folded, a literal matches wherever it does in the small-letter forms of
// both; other bytes (here '[' and '{', which sit next to the capitals and
// the small letters, and a Chinese character) match only themselves.
TEST(LiteralAutomaton, FoldedCaseMatchesLettersInEitherCase) {
  RandomWords words(13, "aAbB[{1");
  for (int round = 0; round < 300; ++round) {
    const std::vector<std::string> literals = words.List(6, 4);
    const std::string text = words.Word(30) + "住" + words.Word(10);
    std::vector<std::string> small;
    for (const std::string& l : literals) small.push_back(Small(l));
    std::vector<std::pair<size_t, size_t>> got;
    LiteralAutomaton(literals, AsciiCase::kFold)
        .ForEachMatch(text, [&](size_t begin, size_t k) {
          got.emplace_back(begin, k);
        });
    EXPECT_EQ(got, AllMatchesBrute(small, Small(text))) << "text " << text;
  }
  const LiteralAutomaton passport(std::vector<std::string>{"PassPort"},
                                  AsciiCase::kFold);
  EXPECT_EQ(AllEnds(passport, "passport PASSPORT pAsSpOrT"),
            (Ends{{8, 8}, {17, 8}, {26, 8}}));
  EXPECT_TRUE(AllEnds(LiteralAutomaton(std::vector<std::string>{"PassPort"}),
                      "passport")
                  .empty());  // exact by default
}

// Too many nodes and byte classes for the table: steps follow the suffix
// links, and fold there too.
TEST(LiteralAutomaton, FoldedCaseHoldsWithoutTheTable) {
  std::mt19937 random(17);
  std::vector<std::string> literals;
  // About 18,000 nodes times 95 byte classes: more than the table takes.
  for (int k = 0; k < 2000; ++k) {
    std::string l(10, ' ');
    for (char& c : l) c = static_cast<char>(0x21 + random() % 0x5E);
    literals.push_back(l);
  }
  std::string text;
  for (int k = 0; k < 40; ++k) {
    const std::string& l = literals[random() % literals.size()];
    std::string cased = l;
    for (char& c : cased) {
      if (c >= 'a' && c <= 'z' && random() % 2 == 0) c = c - 'a' + 'A';
      if (c >= 'A' && c <= 'Z' && random() % 2 == 0) c = c - 'A' + 'a';
    }
    text += cased + static_cast<char>(0x21 + random() % 0x5E);
  }
  std::vector<std::string> small;
  for (const std::string& l : literals) small.push_back(Small(l));
  EXPECT_EQ(AllEnds(LiteralAutomaton(literals, AsciiCase::kFold), text),
            BruteForce(small, Small(text)));
}

// More nodes than sixteen-bit table entries can number (few byte classes,
// so the table would be small): steps follow the suffix links, with the
// same ends as a search of every literal ending at each position.
TEST(LiteralAutomaton, MoreNodesThanTheTableNumbersStillMatch) {
  std::mt19937 random(23);
  std::vector<std::string> literals;
  std::set<std::string> all;
  for (int k = 0; k < 6000; ++k) {
    std::string l(24, 'a');
    for (char& c : l) c = random() % 2 == 0 ? 'a' : 'b';
    literals.push_back(l);
    all.insert(l);
  }
  std::string text;
  for (int k = 0; k < 60; ++k) {
    text += literals[random() % literals.size()];
    text += random() % 2 == 0 ? "a" : "bb";
  }
  Ends expected;
  for (size_t end = 24; end <= text.size(); ++end) {
    if (all.count(text.substr(end - 24, 24))) expected.emplace_back(end, 24);
  }
  EXPECT_EQ(AllEnds(LiteralAutomaton(literals), text), expected);
}

// Texts of three-byte characters that share lead and continuation bytes
// (住 E4 BD 8F, 丏 E4 B8 8F, 张 E5 BC A0), ASCII and stray bytes, against
// literals cut anywhere from such texts: whole characters, parts of one,
// some starting with a continuation byte. The automaton passes over the
// characters no literal can start with; the answers must be the same as
// stepping every byte.
// Random texts of up to a number of characters from an alphabet (whole
// characters, pieces of them, stray bytes), and literals cut from such
// texts.
class RandomPieces {
 public:
  RandomPieces(unsigned seed, std::vector<std::string> alphabet)
      : random_(seed), alphabet_(std::move(alphabet)) {}
  uint32_t Next() { return static_cast<uint32_t>(random_()); }
  std::string Text(size_t max_chars) {
    std::string t;
    const size_t chars = random_() % (max_chars + 1);
    for (size_t i = 0; i < chars; ++i)
      t += alphabet_[random_() % alphabet_.size()];
    return t;
  }
  // One to `max_count` literals of texts of up to `max_chars` characters,
  // each a piece from the start, or from anywhere with `cut`.
  std::vector<std::string> Literals(size_t max_count, size_t max_chars,
                                    bool cut) {
    std::vector<std::string> literals;
    for (size_t k = 1 + random_() % max_count; k > 0; --k) {
      const std::string source = Text(max_chars);
      if (source.empty()) continue;
      const size_t begin = cut ? random_() % source.size() : 0;
      literals.push_back(
          source.substr(begin, 1 + random_() % (source.size() - begin)));
    }
    return literals;
  }

 private:
  std::mt19937 random_;
  std::vector<std::string> alphabet_;
};

TEST(LiteralAutomaton, SkippingFromTheRootAgreesWithBruteForce) {
  RandomPieces pieces(20261206, {"住", "丏", "张", "a", "\x8F", "\xE4"});
  for (int round = 0; round < 2000; ++round) {
    const std::vector<std::string> literals =
        pieces.Literals(5, 4, /*cut=*/round % 3 == 0);
    const std::string text = pieces.Text(20);
    const LiteralAutomaton automaton(literals);
    ASSERT_EQ(AllEnds(automaton, text), BruteForce(literals, text))
        << "round " << round;
    std::vector<std::pair<size_t, size_t>> got;
    automaton.ForEachMatch(
        text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
    ASSERT_EQ(got, AllMatchesBrute(literals, text)) << "round " << round;
  }
}

// Characters that share their first two bytes with a literal's first
// character (住 E4 BD 8F, 佐 E4 BD 90, 体 E4 BD 93) are passed whole only
// when they start no literal themselves; cut pieces of them and stray
// continuation bytes in the text, literals starting mid-character or with
// a lone lead byte: every match as by brute force, with and without the
// table.
TEST(LiteralAutomaton, SkippingWholeCharactersAgreesWithBruteForce) {
  RandomPieces pieces(20261207, {"住", "佐", "体", "丏", "a", "\x8F", "\xBD",
                                 "\xE4", "\xE4\xBD"});
  // About 18,000 nodes of printable ASCII: more than the table takes, so
  // that steps follow the suffix links.
  std::vector<std::string> filler;
  for (int k = 0; k < 2000; ++k) {
    std::string l(10, ' ');
    for (char& c : l) c = static_cast<char>(0x21 + pieces.Next() % 0x5E);
    filler.push_back(l);
  }
  for (int round = 0; round < 3000; ++round) {
    // Mostly whole characters from the start; now and then a cut piece.
    std::vector<std::string> literals =
        pieces.Literals(4, 3, /*cut=*/round % 5 == 0);
    if (round % 100 == 0)
      literals.insert(literals.begin(), filler.begin(), filler.end());
    const std::string text = pieces.Text(24);
    for (const AsciiCase ascii : {AsciiCase::kExact, AsciiCase::kFold}) {
      const LiteralAutomaton automaton(literals, ascii);
      std::vector<std::pair<size_t, size_t>> got;
      automaton.ForEachMatch(
          text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
      ASSERT_EQ(got, AllMatchesBrute(literals, text)) << "round " << round;
    }
  }
}

// A character that starts only literals of six bytes or more is passed
// where the six bytes from it begin none of them (WordStarts::NarrowChars):
// over long texts (judged thirty-two positions at a time) and short ones,
// with literals that end one or two bytes after such a character, go on in
// ASCII letters of either case, or start on a piece of a character, every
// match is the one brute force finds.
TEST(LiteralAutomaton, PassingByWhatFollowsAgreesWithBruteForce) {
  RandomPieces pieces(20261209, {"住", "佐", "体", "张", "三", "a", "X", "1",
                                 "\xE4", "\xBD", "\xE5\xBC"});
  size_t long_texts = 0;
  for (int round = 0; round < 1500; ++round) {
    std::vector<std::string> literals =
        pieces.Literals(6, 3, /*cut=*/round % 7 == 0);
    // Mostly literals of two whole characters or more.
    for (size_t k = pieces.Next() % 4; k > 0; --k) {
      const std::string two = pieces.Text(4);
      if (two.size() >= 6) literals.push_back(two);
    }
    const std::string text = pieces.Text(round % 2 == 0 ? 40 : 160);
    long_texts += text.size() >= 200;
    for (const AsciiCase ascii : {AsciiCase::kExact, AsciiCase::kFold}) {
      std::vector<std::string> compared = literals;
      std::string read = text;
      if (ascii == AsciiCase::kFold) {
        for (std::string& l : compared) l = Small(l);
        read = Small(text);
      }
      const LiteralAutomaton automaton(literals, ascii);
      std::vector<std::pair<size_t, size_t>> got;
      automaton.ForEachMatch(
          text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
      ASSERT_EQ(got, AllMatchesBrute(compared, read)) << "round " << round;
      ASSERT_EQ(AllEnds(automaton, text), BruteForce(compared, read))
          << "round " << round;
    }
  }
  EXPECT_GT(long_texts, size_t{200});
  // A letter among the three bytes after the character reads in either
  // case, in a block and at the text's end.
  const std::vector<std::string> cased = {"住12x", "张1a9", "体xyz"};
  const LiteralAutomaton folded(cased, AsciiCase::kFold);
  std::vector<std::string> small;
  for (const std::string& l : cased) small.push_back(Small(l));
  for (const std::string& text :
       {std::string(
            "三三三三三三三三三三三三住12X三张1A9体XyZ三三三三三三三三三三"),
        std::string("三住12X张1A9体xYz")}) {
    EXPECT_EQ(AllEnds(folded, text), BruteForce(small, Small(text))) << text;
    EXPECT_EQ(AllEnds(folded, text).size(), size_t{3}) << text;
  }
}

// Words over forty Chinese characters (about seventy byte classes) nest and
// share suffixes, so that most table rows come from their suffix link's row
// and then take their own children: every match as by brute force.
TEST(LiteralAutomaton, TableOverManyByteClassesAgreesWithBruteForce) {
  std::vector<std::string> alphabet;
  for (char32_t c = U'一'; alphabet.size() < 40; c += 37) {
    std::string ch;
    ch += static_cast<char>(0xE0 | (c >> 12));
    ch += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    ch += static_cast<char>(0x80 | (c & 0x3F));
    alphabet.push_back(ch);
  }
  std::mt19937 random(20261207);
  auto text_of = [&](size_t chars) {
    std::string t;
    for (size_t i = 0; i < chars; ++i) t += alphabet[random() % alphabet.size()];
    return t;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> literals;
    for (size_t k = 0; k < 60; ++k) literals.push_back(text_of(1 + random() % 4));
    // Literals, their pieces and single characters in a row, so that long
    // matches, overlaps and near misses occur.
    std::string text;
    for (int piece = 0; piece < 40; ++piece) {
      const std::string& l = literals[random() % literals.size()];
      text += random() % 3 == 0 ? text_of(1) : l.substr(0, 3 * (1 + random() % (l.size() / 3)));
    }
    const LiteralAutomaton automaton(literals);
    std::vector<std::pair<size_t, size_t>> got;
    automaton.ForEachMatch(
        text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
    ASSERT_EQ(got, AllMatchesBrute(literals, text)) << "round " << round;
  }
}

// FindEveryOccurrence answers the same below and from kManyNeedles on
// (one search per needle, or one automaton pass): every occurrence as
// (needle, begin), by needle then begin, an empty needle nowhere.
TEST(FindEveryOccurrence, FewAndManyNeedlesAgreeWithBruteForce) {
  RandomWords words(13, "ab");
  for (const size_t count : {size_t{3}, kManyNeedles + 5}) {
    for (int round = 0; round < 40; ++round) {
      std::vector<std::string> literals = words.List(count, 4);
      literals.push_back("");
      const std::string text = words.Word(60);
      std::vector<std::pair<size_t, size_t>> expected;
      for (size_t k = 0; k < literals.size(); ++k) {
        const std::string& l = literals[k];
        for (size_t at = 0; !l.empty() && at + l.size() <= text.size(); ++at)
          if (text.compare(at, l.size(), l) == 0) expected.emplace_back(k, at);
      }
      const std::vector<std::string_view> views(literals.begin(),
                                                literals.end());
      EXPECT_EQ(FindEveryOccurrence(text, views), expected)
          << count << " needles, text " << text;
    }
  }
}

}  // namespace
}  // namespace wenshu
