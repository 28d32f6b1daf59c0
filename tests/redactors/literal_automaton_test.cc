#include "redactors/literal_automaton.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
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
  std::mt19937 random(7);
  const std::string alphabet = "abc";
  auto word = [&](size_t max_length) {
    std::string w(1 + random() % max_length, ' ');
    for (char& c : w) c = alphabet[random() % alphabet.size()];
    return w;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> literals;
    for (int k = 0, n = 1 + random() % 8; k < n; ++k)
      literals.push_back(word(5));
    const std::string text = word(40);
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
  std::mt19937 random(11);
  const std::string alphabet = "ab";
  auto word = [&](size_t max_length) {
    std::string w(1 + random() % max_length, ' ');
    for (char& c : w) c = alphabet[random() % alphabet.size()];
    return w;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> literals;
    for (int k = 0, n = 1 + random() % 6; k < n; ++k)
      literals.push_back(word(4));  // repeats and nesting are likely
    const std::string text = word(30);
    std::vector<std::pair<size_t, size_t>> got;
    LiteralAutomaton(literals).ForEachMatch(
        text, [&](size_t begin, size_t k) { got.emplace_back(begin, k); });
    EXPECT_EQ(got, AllMatchesBrute(literals, text)) << "text " << text;
  }
}

}  // namespace
}  // namespace wenshu
