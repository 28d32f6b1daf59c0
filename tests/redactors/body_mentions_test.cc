#include "redactors/body_mentions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

const PeoplePolicy& Defaults() { return Policy::NationalDefault().people(); }

struct Found {
  std::vector<std::string> anonymized;  // name:reason
  std::vector<std::string> kept;
};

Found FindIn(std::string_view text, bool criminal, bool family,
             PeopleDecisions decisions = {}) {
  static const BodyMentionFinder* finder = new BodyMentionFinder(Defaults());
  PeopleCase kind;
  kind.criminal = criminal;
  kind.family = family;
  kind.parties = {0, 0};
  kind.tail = {text.size(), text.size()};
  OccurrenceCounter counter(text);
  finder->Find(text, kind, counter, &decisions);
  Found out;
  for (const PersonCandidate& c : decisions.anonymized()) {
    std::string entry = c.name + ":" + c.reason;
    for (const std::string& a : c.aliases) entry += "/" + a;
    out.anonymized.push_back(entry);
  }
  out.kept = decisions.kept();
  return out;
}

TEST(BodyMentions, CriminalRoleCuesAndLists) {
  const Found f = FindIn(
      "被告人孙大勇窃得被害人王丽华的手机。有证人赵六、钱小七和孙芳的证言。",
      true, false);
  EXPECT_EQ(f.anonymized,
            (std::vector<std::string>{"王丽华:victim", "赵六:witness",
                                      "钱小七:witness", "孙芳:witness"}));
  EXPECT_EQ(f.kept, (std::vector<std::string>{"孙大勇"}));
}

TEST(BodyMentions, AGuarantorIsNoWitness) {
  const Found f = FindIn("保证人李四与见证人王五到场。", true, false);
  EXPECT_TRUE(f.anonymized.empty());
}

TEST(BodyMentions, RoleCuesCountOnlyInCriminalCases) {
  const Found f = FindIn("证人赵六到庭作证。", false, false);
  EXPECT_TRUE(f.anonymized.empty());
}

TEST(BodyMentions, AnUnknownSurnameClosedByAStatementWord) {
  const Found f = FindIn("有证人宓辉的证言证实。", true, false);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"宓辉:witness"}));
}

TEST(BodyMentions, AStatementWordEndsTheName) {
  // Without 的 (证言, 询问笔录), also where the document repeats the run
  // that reads one character too far (李明询 before 询问笔录 twice).
  const Found f = FindIn(
      "3、证人宓春华证言;4、证人李明询问笔录;5、李明询问笔录;"
      "6、证人左文涛的辨认笔录。",
      true, false);
  EXPECT_EQ(f.anonymized,
            (std::vector<std::string>{"宓春华:witness", "李明:witness",
                                      "左文涛:witness"}));
}

TEST(BodyMentions, ASurnameThatIsAlsoAFunctionWordAfterARoleCue) {
  // 和 and 后 start a name only where punctuation or a statement word marks
  // its end, and the run is no common word.
  const Found f = FindIn(
      "与被害人和晓雯,发生争执。证人后明远的证言。被害人和同事,"
      "被害人和解,被害人和其家属到场,证人和被告人均到庭。",
      true, false);
  EXPECT_EQ(f.anonymized,
            (std::vector<std::string>{"和晓雯:victim", "后明远:witness"}));
}

TEST(BodyMentions, CuesInTheAttachmentsAfterTheTail) {
  static const BodyMentionFinder* finder = new BodyMentionFinder(Defaults());
  const std::string text =
      "被害人王丽华报案。\n审判员　赵红\n书记员　钱明\n附表:\n被害人孙小芳\n";
  PeopleCase kind;
  kind.criminal = true;
  kind.parties = {0, 0};
  kind.tail = {text.find("审判员"), text.size()};
  OccurrenceCounter counter(text);
  PeopleDecisions decisions;
  finder->Find(text, kind, counter, &decisions);
  std::vector<std::string> names;
  for (const PersonCandidate& c : decisions.anonymized())
    names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"王丽华", "孙小芳"}));
}

TEST(BodyMentions, FamilyPartiesInTheProcedureSentence) {
  const Found f =
      FindIn("原告刘桂芝与被告马红军、马红伟赡养纠纷一案。", false, true);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"刘桂芝:family_party",
                                                    "马红军:family_party",
                                                    "马红伟:family_party"}));
}

TEST(BodyMentions, RelativesOfTheVictimOnlyInACriminalCase) {
  const Found f =
      FindIn("被害人之父李大山报案。被告人孙大勇之子孙小明到场。", true, false);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"李大山:relative"}));
}

TEST(BodyMentions, ChildrenAndSpousesInAFamilyCase) {
  struct Case {
    const char* text;
    std::vector<std::string> anonymized;
  };
  const Case cases[] = {
      {"婚后育有一子郝子轩。", {"郝子轩:relative"}},
      {"生育长女郝建芬、次子郝建民。", {"郝建芬:relative", "郝建民:relative"}},
      {"被告与配偶常晓燕开店。", {"常晓燕:relative"}},
      {"其婚生女邬佳琪随母生活。", {"邬佳琪:relative"}},
      {"被告与前妻桑晓雯分居。", {"桑晓雯:relative"}},
      // 次女 straddling 一次 and 女方 is no cue; 方提 is no name.
      {"双方协商多次,其中一次女方提出由其居住。", {}},
      // A word the dictionary tags as a name (子孙) does not block the cue.
      {"原告与其子孙立新同住。", {"孙立新:relative"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindIn(c.text, false, true).anonymized, c.anonymized) << c.text;
  }
}

TEST(BodyMentions, AnAgeInBracketsMarksAMinor) {
  const Found f = FindIn("周强之女周欣然(女,12岁)在小区内玩耍。", false, false);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"周欣然:minor"}));
}

TEST(BodyMentions, ARoleInBracketsInACriminalCase) {
  const Found f = FindIn("刘小芳(女,22岁,目击证人)称。", true, false);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"刘小芳:witness"}));
}

TEST(BodyMentions, MinorCues) {
  const Found f = FindIn("未成年人张小明在场。", false, false);
  EXPECT_EQ(f.anonymized, (std::vector<std::string>{"张小明:minor"}));
}

TEST(BodyMentions, RepresentativesAndAliasesOfAnAnonymizedPerson) {
  PeopleDecisions d;
  d.Anonymize({"罗三毛", "victim", false, {}, true});
  const Found f = FindIn("罗三毛(绰号罗三)受伤。罗三毛的法定代理人陈慧敏报案。",
                         false, false, d);
  EXPECT_EQ(f.anonymized,
            (std::vector<std::string>{"罗三毛:victim/罗三",
                                      "陈慧敏:statutory_representative"}));
}

// Co-offenders whose cases are handled apart (issue 14, item 4): in a
// criminal case, settled as the people stage settles them.
struct CoOffenderCase {
  const char* name;
  const char* text;
  std::vector<std::string> anonymized;  // name:reason
  std::vector<std::string> kept;
};

class CoOffenders : public ::testing::TestWithParam<CoOffenderCase> {};

TEST_P(CoOffenders, KeepTheNameUnlessARuleProtectsThem) {
  static const BodyMentionFinder* finder = new BodyMentionFinder(Defaults());
  const std::string_view text = GetParam().text;
  PeopleCase kind;
  kind.criminal = true;
  kind.parties = {0, 0};
  kind.tail = {text.size(), text.size()};
  OccurrenceCounter counter(text);
  PeopleDecisions decisions;
  finder->Find(text, kind, counter, &decisions);
  ASSERT_EQ(decisions.SettleConflicts(), "");
  std::vector<std::string> anonymized;
  for (const PersonCandidate& c : decisions.anonymized())
    anonymized.push_back(c.name + ":" + c.reason);
  EXPECT_EQ(anonymized, GetParam().anonymized);
  EXPECT_EQ(decisions.kept(), GetParam().kept);
}

INSTANTIATE_TEST_SUITE_P(
    BodyMentions, CoOffenders,
    ::testing::Values(
        CoOffenderCase{"NamedAfterAnAccompliceCueAndANote",
                       "被告人孙大勇伙同李四(另案处理)窃得被害人王丽华的手机。",
                       {"王丽华:victim"},
                       {"孙大勇", "李四"}},
        CoOffenderCase{"NamedAfterTheCoDefendantCue",
                       "同案人钱小七(已判决)负责望风。",
                       {},
                       {"钱小七"}},
        CoOffenderCase{"JoinedToAVictimByAConjunction",
                       "被害人王丽华与李四(另案处理)发生争执。",
                       {"王丽华:victim"},
                       {"李四"}},
        CoOffenderCase{"AVictimWordInTheNoteIsAboutSomeoneElse",
                       "李四(另案起诉,系被害人王丽华之兄)到场。",
                       {"王丽华:victim"},
                       {"李四"}},
        CoOffenderCase{"ARelativeNearAVictimWordIsStillACoOffender",
                       "被害人王丽华报案。其子李四(已判刑)到场。",
                       {"王丽华:victim"},
                       {"李四"}},
        CoOffenderCase{"AWitnessListIsOneRole",
                       "伙同李四(另案处理)盗窃。有证人赵六、李四的证言证实。",
                       {"赵六:witness", "李四:witness"},
                       {}},
        CoOffenderCase{"ANamedWitnessIsAnonymized",
                       "同案人李四(另案处理)到场。有证人李四的证言证实。",
                       {"李四:witness"},
                       {}},
        CoOffenderCase{"AJudgedApartCoOffenderJoinedToAVictim",
                       "钱小七(另案判决)与孙大勇同行。被害人王丽华和钱小七"
                       "相识。",
                       {"王丽华:victim"},
                       {"钱小七"}},
        CoOffenderCase{"AnAccompliceCue",
                       "其同伙钱小七负责望风。被害人王丽华和钱小七相识。",
                       {"王丽华:victim"},
                       {"钱小七"}},
        CoOffenderCase{"AMinorIsAnonymized",
                       "被告人孙大勇伙同李小四(另案处理,15岁)盗窃。",
                       {"李小四:minor"},
                       {"孙大勇"}}),
    [](const ::testing::TestParamInfo<CoOffenderCase>& info) {
      return std::string(info.param.name);
    });

TEST(BodyMentions, CandidateNamesAfterAnyCue) {
  const BodyMentionFinder finder(Defaults());
  const std::string_view text = "被害人王丽华的手机，其子李四在场。";
  const std::vector<ByteRange> names = finder.CandidateNames(text);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(text.substr(names[0].begin, names[0].end - names[0].begin),
            "王丽华");
  EXPECT_EQ(text.substr(names[1].begin, names[1].end - names[1].begin), "李四");
}

}  // namespace
}  // namespace wenshu
