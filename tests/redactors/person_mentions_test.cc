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

TEST(PersonMentions, AKeptLongerNameShieldsTheShorterOne) {
  EXPECT_EQ(Mentions("张三与张三丰。", 100, One("张三", "张某"), {"张三丰"}),
            (std::vector<std::string>{"张三→张某", "张三丰=kept_name"}));
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
