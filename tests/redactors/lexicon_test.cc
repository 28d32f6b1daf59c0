#include "redactors/lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>

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

// A word list of invented entries in jieba's format, in a temporary file.
std::string WriteWordList(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

constexpr char kSmallList[] =
    "钱包 98 n\n"
    "钱包 5 v\n"            // again: the first line stands
    "嗯嗯 3 e\n"            // rare, no surname: dropped
    "王小锤 3 nr\n"         // rare, surname-initial: kept
    "强行 798 v\n"
    "的 318825 uj\n"        // one character: dropped
    "四字词语多 50 n\n"     // five characters: dropped
    "没有标签 40\n"         // no tag
    "坏行\n";               // no frequency: skipped

TEST(LexiconFile, KeepsTheWordsOfTheFirstLineInTheFileOrder) {
  const Lexicon l = Lexicon::FromFile(WriteWordList("small.txt", kSmallList));
  ASSERT_TRUE(l.available());
  EXPECT_EQ(l.size(), 4u);
  EXPECT_TRUE(l.IsCommonNoun("钱包", 98));
  EXPECT_FALSE(l.IsCommonNoun("钱包", 99));
  EXPECT_FALSE(l.IsFunctionWord("钱包"));
  EXPECT_FALSE(l.IsWord("嗯嗯", 0));
  EXPECT_TRUE(l.IsWord("王小锤", 3));
  EXPECT_FALSE(l.IsCommonNonName("王小锤", 0));
  EXPECT_TRUE(l.IsFunctionWord("强行"));
  EXPECT_FALSE(l.IsWord("的", 0));
  EXPECT_FALSE(l.IsWord("四字词语多", 0));
  EXPECT_TRUE(l.IsCommonNonName("没有标签", 40));
  EXPECT_FALSE(l.IsCommonNoun("没有标签", 0));
  EXPECT_FALSE(l.IsWord("钱包包", 0));
  EXPECT_FALSE(l.IsWord("", 0));
}

TEST(LexiconFile, TableRoundTripsThroughItsBytes) {
  const Lexicon l = Lexicon::FromFile(WriteWordList("round.txt", kSmallList));
  const std::string bytes = l.Serialize();
  Result<Lexicon> back = Lexicon::FromTable(bytes, "round");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value().Serialize(), bytes);
  EXPECT_EQ(back.value().source(), "round");
  for (const char* word : {"钱包", "嗯嗯", "王小锤", "强行", "没有标签"}) {
    for (int f : {0, 5, 40, 98, 100}) {
      EXPECT_EQ(back.value().IsWord(word, f), l.IsWord(word, f)) << word;
      EXPECT_EQ(back.value().IsCommonNoun(word, f), l.IsCommonNoun(word, f));
      EXPECT_EQ(back.value().IsCommonNonName(word, f),
                l.IsCommonNonName(word, f));
    }
    EXPECT_EQ(back.value().IsFunctionWord(word), l.IsFunctionWord(word));
  }
}

TEST(LexiconFile, MovedLexiconKeepsItsTable) {
  Lexicon l = Lexicon::FromFile(WriteWordList("moved.txt", kSmallList));
  Lexicon moved = std::move(l);
  EXPECT_TRUE(moved.IsFunctionWord("强行"));
}

TEST(LexiconFile, MissingFileIsAnEmptyLexicon) {
  const Lexicon l = Lexicon::FromFile("/nonexistent/wenshu/dict.txt");
  EXPECT_FALSE(l.available());
  EXPECT_EQ(l.source(), "/nonexistent/wenshu/dict.txt");
  EXPECT_FALSE(l.IsWord("钱包", 0));
  EXPECT_EQ(l.Serialize(), "");
}

TEST(LexiconTable, BytesThatAreNotATableAreRefused) {
  const std::string good =
      Lexicon::FromFile(WriteWordList("bad.txt", kSmallList)).Serialize();
  std::string wrong_magic = good;
  wrong_magic[0] = 'X';
  std::string bad_slots = good;
  bad_slots[8] = 3;  // not a power of two
  for (const std::string& bytes :
       {std::string("WSLX"), good.substr(0, good.size() - 1), good + "x",
        wrong_magic, bad_slots}) {
    EXPECT_FALSE(Lexicon::FromTable(bytes, "bad").ok()) << bytes.size();
  }
  EXPECT_TRUE(Lexicon::FromTable(good, "good").ok());
}

}  // namespace
}  // namespace wenshu
