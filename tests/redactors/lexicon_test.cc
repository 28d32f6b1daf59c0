#include "redactors/lexicon.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

// The words below come from python3-jieba's dictionary (a build
// dependency); their tags and frequencies there are in the comments.
class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Lexicon::Instance().available())
      GTEST_SKIP() << "no word list at " << Lexicon::Instance().source();
  }
  const Lexicon& lexicon() const { return Lexicon::Instance(); }
};

struct WordCase {
  const char* word;
  int min_frequency;
  bool common_non_name;
  bool common_noun;
  bool function_word;
};

class LexiconWords : public LexiconTest,
                     public ::testing::WithParamInterface<WordCase> {};

TEST_P(LexiconWords, TellsWordsFromNames) {
  const WordCase& c = GetParam();
  EXPECT_EQ(lexicon().IsCommonNonName(c.word, c.min_frequency),
            c.common_non_name)
      << c.word;
  EXPECT_EQ(lexicon().IsCommonNoun(c.word, c.min_frequency), c.common_noun)
      << c.word;
  EXPECT_EQ(lexicon().IsFunctionWord(c.word), c.function_word) << c.word;
}

INSTANTIATE_TEST_SUITE_P(
    Jieba, LexiconWords,
    ::testing::Values(
        WordCase{"车辆", 20, true, true, false},     // n 1912
        WordCase{"钱包", 20, true, true, false},     // n 98
        WordCase{"钱包", 100, false, false, false},  // below the frequency
        WordCase{"强行", 20, true, false, true},     // v 798
        WordCase{"一般", 20, true, false, true},     // a 30311
        WordCase{"北京", 20, true, false, false},    // ns: a place, no noun
        WordCase{"雷锋", 20, false, false, false},   // nr: a person's name
        WordCase{"李四", 20, false, false, false},   // nr
        WordCase{"的", 20, false, false, false},     // one character: dropped
        WordCase{"中华人民共和国", 20, false, false, false},  // over four
        WordCase{"钱某某", 20, false, false, false}));        // not a word

TEST_F(LexiconTest, NamesItsSource) {
  const char* env = std::getenv("WENSHU_LEXICON");
  EXPECT_EQ(lexicon().source(),
            env != nullptr && *env != '\0'
                ? std::string(env)
                : "/usr/lib/python3/dist-packages/jieba/dict.txt");
}

TEST_F(LexiconTest, InstanceIsOneObject) {
  EXPECT_EQ(&Lexicon::Instance(), &Lexicon::Instance());
}

}  // namespace
}  // namespace wenshu
