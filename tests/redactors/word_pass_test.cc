#include "redactors/word_pass.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "redactors/span_source.h"

namespace wenshu {
namespace {

// What `words`' own pass reports, sorted as ScanContext::WordHits keeps it.
std::vector<WordHit> OwnHits(const LiteralAutomaton& words,
                             std::string_view text) {
  std::vector<WordHit> hits;
  words.ForEachMatch(text,
                     [&](size_t begin, size_t k) { hits.push_back({begin, k}); });
  std::sort(hits.begin(), hits.end());
  return hits;
}

std::string Piece(std::mt19937& random) {
  static const std::vector<std::string> kPieces = {"a", "A", "b", "B", "住",
                                                   "址", "1", " "};
  return kPieces[random() % kPieces.size()];
}

std::vector<std::string> Words(std::mt19937& random) {
  std::vector<std::string> words(1 + random() % 6);
  for (std::string& w : words)
    for (size_t n = 1 + random() % 3; n > 0; --n) w += Piece(random);
  return words;
}

// Members that fold letters and members that do not, whose words overlap,
// nest and repeat across members: each gets from the one pass exactly the
// hits of its own.
TEST(WordPass, EveryMemberGetsTheHitsOfItsOwnPass) {
  std::mt19937 random(20261207);
  for (int round = 0; round < 500; ++round) {
    std::vector<LiteralAutomaton> automata;
    const size_t count = 1 + random() % 4;
    for (size_t m = 0; m < count; ++m) {
      automata.emplace_back(Words(random), random() % 2 == 0
                                               ? AsciiCase::kFold
                                               : AsciiCase::kExact);
    }
    std::vector<const LiteralAutomaton*> members;
    for (const LiteralAutomaton& a : automata) members.push_back(&a);
    const WordPass pass(members);
    std::string text;
    for (int i = 0; i < 40; ++i) text += Piece(random);
    const std::vector<std::vector<WordHit>> hits = pass.Run(text);
    ASSERT_EQ(hits.size(), automata.size());
    for (size_t m = 0; m < automata.size(); ++m) {
      ASSERT_EQ(pass.MemberOf(automata[m]), m);
      ASSERT_EQ(hits[m], OwnHits(automata[m], text))
          << "round " << round << ", member " << m << ", text " << text;
    }
  }
}

// A member matching letters exactly keeps that in a pass that folds them
// for another member.
TEST(WordPass, ExactMemberInAFoldingPassMatchesItsOwnCaseOnly) {
  const LiteralAutomaton folded(std::vector<std::string>{"qq"},
                                AsciiCase::kFold);
  const LiteralAutomaton exact(std::vector<std::string>{"QQ", "微信"});
  const WordPass pass({&folded, &exact});
  const std::string text = "qq QQ Qq 微信";
  const std::vector<std::vector<WordHit>> hits = pass.Run(text);
  EXPECT_EQ(hits[0], (std::vector<WordHit>{{0, 0}, {3, 0}, {6, 0}}));
  EXPECT_EQ(hits[1], (std::vector<WordHit>{{3, 0}, {9, 1}}));
}

TEST(WordPass, NullEmptyAndRepeatedMembersAreSkipped) {
  const LiteralAutomaton a(std::vector<std::string>{"住"});
  const LiteralAutomaton none(std::vector<std::string>{});
  const LiteralAutomaton other(std::vector<std::string>{"址"});
  const WordPass pass({nullptr, &a, &none, &a});
  EXPECT_EQ(pass.members(), (std::vector<const LiteralAutomaton*>{&a}));
  EXPECT_EQ(pass.MemberOf(a), 0u);
  EXPECT_EQ(pass.MemberOf(other), std::string_view::npos);
  EXPECT_EQ(pass.MemberOf(none), std::string_view::npos);
  EXPECT_TRUE(WordPass({}).Run("住址").empty());
}

// Through a ScanContext: the members' hits come from the one pass,
// whichever member asks first; an automaton the pass was not built from
// makes its own.
TEST(WordPass, ScanContextServesMembersFromOnePassAndOthersAlone) {
  const LiteralAutomaton triggers(std::vector<std::string>{"住", "qq"},
                                  AsciiCase::kFold);
  const LiteralAutomaton cues(std::vector<std::string>{"被害人", "害人"});
  const LiteralAutomaton outside(std::vector<std::string>{"址"});
  const WordPass pass({&triggers, &cues});
  const std::string text = "被害人QQ号住址，住被害人处";
  ScanContext scan(text, Strictness::kStandard);
  scan.set_word_pass(&pass);
  EXPECT_EQ(scan.WordHits(cues), OwnHits(cues, text));
  EXPECT_EQ(scan.WordHits(triggers), OwnHits(triggers, text));
  EXPECT_EQ(scan.WordHits(outside), OwnHits(outside, text));
  EXPECT_EQ(&scan.WordHits(cues), &scan.WordHits(cues));  // kept, not rerun
}

}  // namespace
}  // namespace wenshu
