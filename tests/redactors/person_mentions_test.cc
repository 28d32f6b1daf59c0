#include "redactors/person_mentions.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace wenshu {
namespace {

const PeoplePolicy& Defaults() { return Policy::NationalDefault().people(); }

// Each span as "text→replacement", or "text=rule" for a kept name.
std::vector<std::string> Mentions(std::string_view text, size_t tail_begin,
                                  const PseudonymAssignment& assigned,
                                  const std::vector<std::string>& kept = {}) {
  std::deque<std::string> store;
  const KeepText keep = [&store](std::string s) {
    return std::string_view(store.emplace_back(std::move(s)));
  };
  std::vector<std::string> out;
  for (const Span& s :
       FindPersonMentions(text, tail_begin, assigned, kept, Defaults(), keep)) {
    if (s.category == Category::kProtected) {
      EXPECT_TRUE(s.inviolable);
      out.push_back(std::string(text.substr(s.begin, s.end - s.begin)) + "=" +
                    std::string(s.rule));
      continue;
    }
    EXPECT_EQ(s.category, Category::kPersonName);
    out.push_back(std::string(text.substr(s.begin, s.end - s.begin)) + "→" +
                  std::string(s.replacement));
  }
  return out;
}

PseudonymAssignment One(const char* name, const char* pseudonym,
                        std::vector<std::string> aliases = {}) {
  return {{{name, pseudonym, "victim"}}, {std::move(aliases)}};
}

TEST(PersonMentions, EveryMentionWithItsPseudonym) {
  EXPECT_EQ(Mentions("王丽华的手机。王丽华称。", 100, One("王丽华", "王某某")),
            (std::vector<std::string>{"王丽华→王某某", "王丽华→王某某"}));
}

TEST(PersonMentions, AGivenNameStandingAlone) {
  // 丽华 between punctuation (normalized: ASCII commas), or after 叫; not
  // before 路.
  EXPECT_EQ(Mentions("王丽华说,丽华,叫丽华的人走上丽华路。", 100,
                     One("王丽华", "王某某")),
            (std::vector<std::string>{"王丽华→王某某", "丽华→王某某",
                                      "丽华→王某某"}));
}

struct GivenNameCase {
  const char* text;
  const char* full_name;
  const char* pseudonym;
  std::vector<std::string> expected;
};

TEST(PersonMentions, GivenNameAloneAfterAnonymizedFullName) {
  const GivenNameCase cases[] = {
      // A given name that is also a word (国庆) with a clause cue after it.
      {"彭国庆到庭。国庆对此不予认可。",
       "彭国庆",
       "彭某某",
       {"彭国庆→彭某某", "国庆→彭某某"}},
      {"彭国庆到庭。国庆辩称其不知情。",
       "彭国庆",
       "彭某某",
       {"彭国庆→彭某某", "国庆→彭某某"}},
      {"彭国庆到庭,国庆当庭表示同意。",
       "彭国庆",
       "彭某某",
       {"彭国庆→彭某某", "国庆→彭某某"}},
      // A given name that is no word: a cue or punctuation on each side.
      {"钮春燕到庭。春燕认为房屋系其所有。",
       "钮春燕",
       "钮某某",
       {"钮春燕→钮某某", "春燕→钮某某"}},
      {"钮春燕到庭。被告向春燕表示歉意。",
       "钮春燕",
       "钮某某",
       {"钮春燕→钮某某", "春燕→钮某某"}},
      {"钮春燕到庭。邻居称春燕,并无此事。",
       "钮春燕",
       "钮某某",
       {"钮春燕→钮某某", "春燕→钮某某"}},
  };
  for (const GivenNameCase& c : cases) {
    EXPECT_EQ(Mentions(c.text, 1000, One(c.full_name, c.pseudonym)), c.expected)
        << c.text;
  }
}

TEST(PersonMentions, GivenNameInsideWordIsKept) {
  const GivenNameCase cases[] = {
      // Part of a longer word of the lexicon.
      {"彭国庆到庭。国庆节期间双方见面。",
       "彭国庆",
       "彭某某",
       {"彭国庆→彭某某"}},
      // A word on its own between punctuation or before 的: no cue says it
      // is a name.
      {"彭国庆到庭。元旦、国庆、春节均在此列。",
       "彭国庆",
       "彭某某",
       {"彭国庆→彭某某"}},
      {"柏文明到庭。倡导文明,讲究文明的风尚。",
       "柏文明",
       "柏某某",
       {"柏文明→柏某某"}},
      {"戴海燕到庭。海燕,一种海鸟。", "戴海燕", "戴某某", {"戴海燕→戴某某"}},
      // No cue and no punctuation around it.
      {"韩建国到庭。新中国建国初期。", "韩建国", "韩某某", {"韩建国→韩某某"}},
      // After the tail starts, a given name is left alone.
      {"钮春燕到庭。\n春燕称", "钮春燕", "钮某某", {"钮春燕→钮某某"}},
  };
  for (const GivenNameCase& c : cases) {
    const std::string text = c.text;
    const size_t tail = text.find("\n");
    EXPECT_EQ(Mentions(text, tail == std::string::npos ? 1000 : tail,
                       One(c.full_name, c.pseudonym)),
              c.expected)
        << c.text;
  }
}

TEST(PersonMentions, OneCharacterGivenNameAloneStays) {
  // 敏 alone could be any word's character: too ambiguous to replace.
  EXPECT_EQ(Mentions("华敏到庭。敏称其不知情。", 1000, One("华敏", "华某")),
            (std::vector<std::string>{"华敏→华某"}));
}

TEST(PersonMentions, GivenNameSharedWithAKeptPersonStays) {
  // 国庆 may be the kept defendant's as well as the victim's.
  EXPECT_EQ(Mentions("彭国庆与严国庆到庭。国庆对此不予认可。", 1000,
                     One("彭国庆", "彭某某"), {"严国庆"}),
            (std::vector<std::string>{"彭国庆→彭某某", "严国庆=kept_name"}));
}

TEST(PersonMentions, GivenNameSharedByTwoAnonymizedPersonsIsMasked) {
  const PseudonymAssignment two = {
      {{"钮春燕", "钮某某", "party"}, {"骆春燕", "骆某某", "party"}}, {{}, {}}};
  EXPECT_EQ(Mentions("钮春燕与骆春燕到庭。春燕称其不知情。", 1000, two),
            (std::vector<std::string>{"钮春燕→钮某某", "骆春燕→骆某某",
                                      "春燕→某某"}));
}

TEST(PersonMentions, AKeptLongerNameShieldsTheShorterOne) {
  EXPECT_EQ(Mentions("张三与张三丰。", 100, One("张三", "张某"), {"张三丰"}),
            (std::vector<std::string>{"张三→张某", "张三丰=kept_name"}));
}

TEST(PersonMentions, AKeptNameShieldsAnOverlapAtEveryByteOffset) {
  // 四丰年 kept, taken before the shorter 李四 that runs into it: wherever
  // the two fall in the text (across a 64-byte boundary or not), 李四 is
  // never taken across the kept name.
  for (size_t pad = 0; pad < 200; ++pad) {
    const std::string text = std::string(pad, 'x') + "李四丰年。";
    EXPECT_EQ(Mentions(text, 1000, One("李四", "李某"), {"四丰年"}),
              (std::vector<std::string>{"四丰年=kept_name"}))
        << "after " << pad << " bytes";
    // And 丰年 that starts inside the kept 李四丰.
    EXPECT_EQ(Mentions(text, 1000, One("丰年", "丰某"), {"李四丰"}),
              (std::vector<std::string>{"李四丰=kept_name"}))
        << "after " << pad << " bytes";
  }
}

TEST(PersonMentions, AnOrganisationsNameStaysWhole) {
  EXPECT_EQ(
      Mentions("张三丰科技有限公司与张三丰。", 100, One("张三丰", "张某某")),
      (std::vector<std::string>{"张三丰→张某某"}));
  // A bare 店 right after the name is not an organisation.
  EXPECT_EQ(Mentions("王芳店里", 100, One("王芳", "王某")),
            (std::vector<std::string>{"王芳→王某"}));
}

TEST(PersonMentions, AVerbAfterTheNameOpensNoOrganisation) {
  // One character, or a verb, between the name and 公司: the sentence goes
  // on.
  EXPECT_EQ(Mentions("王芳有公司钥匙,王芳担任公司顾问,王芳科技公司。", 100,
                     One("王芳", "王某")),
            (std::vector<std::string>{"王芳→王某", "王芳→王某"}));
}

TEST(PersonMentions, ANameSplitByALineBreak) {
  EXPECT_EQ(Mentions("交给王丽\n华,王 丽华称。", 100, One("王丽华", "王某某")),
            (std::vector<std::string>{"王丽\n华→王某\n某", "王 丽华→王 某某"}));
}

TEST(PersonMentions, TheBenchInTheTailKeepsTheName) {
  const std::string text = "被害人王丽称。\n审判员　王丽\n";
  const size_t tail = text.find("审判员");
  EXPECT_EQ(Mentions(text, tail, One("王丽", "王某")),
            (std::vector<std::string>{"王丽→王某", "王丽=bench_name"}));
}

TEST(PersonMentions, BenchAndKeptNamesComeAmongTheOthersByPosition) {
  // The bench's names, found title by title, between a kept name and a
  // person's mentions: every span in the order of the text.
  const std::string text =
      "被害人王丽称。\n审判员　赵敏\n被告人张三\n审判长　李明\n王丽\n";
  const size_t tail = text.find("审判员");
  EXPECT_EQ(Mentions(text, tail, One("王丽", "王某"), {"张三"}),
            (std::vector<std::string>{"王丽→王某", "赵敏=bench_name",
                                      "张三=kept_name", "李明=bench_name",
                                      "王丽→王某"}));
}

TEST(PersonMentions, ALatinAliasGetsALatinPseudonym) {
  EXPECT_EQ(Mentions("迈克尔·布朗(Michael Brown)称", 100,
                     One("迈克尔·布朗", "迈某", {"Michael Brown"})),
            (std::vector<std::string>{"迈克尔·布朗→迈某", "Michael Brown→M."}));
}

TEST(PersonMentions, ACourtPseudonymIsNotAOneCharacterName) {
  EXPECT_EQ(Mentions("马元某称，马元称。", 100, One("马元", "马某")),
            (std::vector<std::string>{"马元→马某"}));
}

TEST(PersonMentions, ResidualMentions) {
  const std::vector<PersonRecord> people = {{"王丽华", "王某某", "victim"}};
  EXPECT_EQ(FindResidualMention("王某某称，王丽华说", people, {}, Defaults()),
            15u);
  EXPECT_EQ(FindResidualMention("王某某称", people, {}, Defaults()),
            std::string_view::npos);
  EXPECT_EQ(FindResidualMention("审判员王丽华", people, {}, Defaults()),
            std::string_view::npos);
  EXPECT_EQ(FindResidualMention("王丽华科技有限公司", people, {}, Defaults()),
            std::string_view::npos);
}

}  // namespace
}  // namespace wenshu
