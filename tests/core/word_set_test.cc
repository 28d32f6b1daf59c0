#include "core/word_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace wenshu {
namespace {

TEST(WordSet, AWordStartingAtAPlace) {
  const WordSet set({"证言", "供述", "陈述"});
  const std::string text = "李明的证言与其陈述";
  EXPECT_TRUE(set.StartsAt(text, text.find("证言")));
  EXPECT_TRUE(set.StartsAt(text, text.find("陈述")));
  EXPECT_FALSE(set.StartsAt(text, 0));
  EXPECT_FALSE(set.StartsAt(text, text.find("的")));
  EXPECT_FALSE(set.StartsAt(text, text.size()));
  // The first character alone is not the word.
  EXPECT_FALSE(set.StartsAt("证人", 0));
}

TEST(WordSet, WordsOfOtherShapes) {
  // ASCII, a two-byte first character, and no words at all.
  const WordSet set({"ab", "·x"});
  EXPECT_TRUE(set.StartsAt("xxab", 2));
  EXPECT_TRUE(set.StartsAt("李·x", 3));
  EXPECT_FALSE(set.StartsAt("李·y", 3));
  EXPECT_FALSE(WordSet({}).StartsAt("证言", 0));
  // An empty word starts everywhere, as a comparison of none of the bytes.
  EXPECT_TRUE(WordSet({"证言", ""}).StartsAt("李明", 0));
}

TEST(WordSet, AnswersAsComparingEveryWord) {
  // Characters that share bytes with the words' first characters, in every
  // arrangement: the filter never turns a match away.
  const std::vector<std::string> words = {"的证言", "询问笔录", "供",
                                          "和",     "a",        "被告人"};
  const std::vector<std::string> pieces = {"的", "证", "言", "询", "问",
                                           "供", "和", "被", "告", "人",
                                           "a",  "b",  "佛", "话"};
  const WordSet set(words);
  std::mt19937 random(5);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = 0; k < 12; ++k) text += pieces[random() % pieces.size()];
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      bool expected = false;
      for (const std::string& w : words)
        expected = expected || text.compare(pos, w.size(), w) == 0;
      ASSERT_EQ(set.StartsAt(text, pos), expected) << text << " at " << pos;
    }
  }
}

}  // namespace
}  // namespace wenshu
