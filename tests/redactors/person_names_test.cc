// Rules §4: how a name becomes a pseudonym, in every style and script.
#include "redactors/person_names.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

std::string Pseudonym(const std::string& name, bool hint = false,
                      PseudonymStyle style = PseudonymStyle::kPerChar,
                      PseudonymScript script = PseudonymScript::kHan) {
  const NameModel& m = NameModel::Instance();
  return m.Pseudonym(name, m.Analyze(name, hint), style, script);
}

TEST(PersonNames, HanNamesKeepTheSurnameAndOneMouPerGivenCharacter) {
  EXPECT_EQ(Pseudonym("张三"), "张某");
  EXPECT_EQ(Pseudonym("张小明"), "张某某");
  EXPECT_EQ(Pseudonym("欧阳明华"), "欧阳某某");
  EXPECT_EQ(Pseudonym("司马光"), "司马某");
  EXPECT_EQ(Pseudonym("诸葛亮"), "诸葛某");
}

TEST(PersonNames, StylesComeFromThePolicy) {
  EXPECT_EQ(Pseudonym("张三", false, PseudonymStyle::kDouble), "张某某");
  EXPECT_EQ(Pseudonym("张小明", false, PseudonymStyle::kSingle), "张某");
  EXPECT_EQ(Pseudonym("张小明", false, PseudonymStyle::kLetters), "张XX");
}

TEST(PersonNames, NamesWithoutASurnameKeepTheFirstCharacter) {
  EXPECT_EQ(Pseudonym("买买提·艾力"), "买某");
  EXPECT_EQ(Pseudonym("约翰·史密斯"), "约某");
  // Tibetan, told by the party block's ethnicity.
  EXPECT_EQ(Pseudonym("扎西多吉", true), "扎某");
  // A Hui name of Han shape is treated as one.
  EXPECT_EQ(Pseudonym("马小明", true), "马某某");
}

TEST(PersonNames, LatinNamesKeepTheFirstLetter) {
  EXPECT_EQ(Pseudonym("John Smith"), "J.");
  EXPECT_EQ(Pseudonym("John Smith", false, PseudonymStyle::kPerChar,
                      PseudonymScript::kLatin),
            "J.");
}

TEST(PersonNames, LatinScriptRendersThePinyinSurname) {
  const auto latin = [](const std::string& name) {
    return Pseudonym(name, false, PseudonymStyle::kPerChar,
                     PseudonymScript::kLatin);
  };
  EXPECT_EQ(latin("张三"), "Zhang XX");
  EXPECT_EQ(latin("欧阳明华"), "Ouyang XX");
  EXPECT_EQ(latin("单田芳"), "Shan XX");  // a surname reading, not dan
  EXPECT_EQ(latin("曾小贤"), "Zeng XX");
  EXPECT_EQ(latin("李四"), "Li XX");
}

TEST(PersonNames, SurnamesAreMatchedCompoundFirst) {
  const NameModel& m = NameModel::Instance();
  EXPECT_EQ(m.SurnameAt("欧阳明华", 0), 6u);
  EXPECT_EQ(m.SurnameAt("欧明华", 0), 3u);
  EXPECT_EQ(m.SurnameAt("的确", 0), 0u);
  EXPECT_EQ(m.SurnameAt("abc", 0), 0u);
}

TEST(PersonNames, MarkedOnlySurnames) {
  // 和 and 后 are surnames only where a name's place is marked; a name
  // known to be one keeps them as its surname.
  const NameModel& m = NameModel::Instance();
  EXPECT_EQ(m.SurnameAt("和晓雯", 0), 0u);
  EXPECT_EQ(m.MarkedSurnameAt("和晓雯", 0), 3u);
  EXPECT_EQ(m.MarkedSurnameAt("李晓雯", 0), 3u);
  EXPECT_EQ(m.MarkedSurnameAt("的确", 0), 0u);
  EXPECT_EQ(m.Pseudonym("后明远", m.Analyze("后明远", false),
                        PseudonymStyle::kPerChar, PseudonymScript::kHan),
            "后某某");
}

TEST(PersonNames, AnonymizedGivenNamesAreRecognized) {
  for (const char* s : {"某", "某某", "X", "×", "＊"}) {
    EXPECT_TRUE(IsAnonymizedGivenName(s, 0)) << s;
  }
  EXPECT_FALSE(IsAnonymizedGivenName("明", 0));
}

}  // namespace
}  // namespace wenshu
