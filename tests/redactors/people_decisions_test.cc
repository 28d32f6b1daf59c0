#include "redactors/people_decisions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

std::vector<std::string> Names(const PeopleDecisions& d) {
  std::vector<std::string> out;
  for (const PersonCandidate& c : d.anonymized()) out.push_back(c.name);
  return out;
}

TEST(PeopleDecisions, TheSameNameIsMergedWithItsAliases) {
  PeopleDecisions d;
  d.Anonymize({"王丽华", "victim", false, {"小华"}, false});
  d.Anonymize({"赵六", "witness", false, {}, false});
  d.Anonymize({"王丽华", "witness", false, {"Lihua Wang"}, true});
  ASSERT_EQ(Names(d), (std::vector<std::string>{"王丽华", "赵六"}));
  const PersonCandidate& c = d.anonymized()[0];
  EXPECT_EQ(c.reason, "victim");  // the first reason stands
  EXPECT_TRUE(c.strong);
  EXPECT_EQ(c.aliases, (std::vector<std::string>{"小华", "Lihua Wang"}));
}

TEST(PeopleDecisions, ABodyNameGivesWayToAKeptParticipant) {
  PeopleDecisions d;
  d.Keep("孙大勇", /*in_party_block=*/true);
  d.Anonymize({"孙大勇", "witness", false, {}, /*strong=*/false});
  d.Anonymize({"赵六", "witness", false, {}, false});
  EXPECT_EQ(d.SettleConflicts(), "");
  EXPECT_EQ(Names(d), (std::vector<std::string>{"赵六"}));
}

TEST(PeopleDecisions, TwoPartyBlockRolesForOneNameAreAConflict) {
  PeopleDecisions d;
  d.Keep("王强", true);
  d.Anonymize({"王强", "victim", false, {}, true});
  EXPECT_EQ(d.SettleConflicts(),
            "a victim to anonymize has the same name as a participant who "
            "keeps it; review who is who");
  EXPECT_EQ(Names(d), (std::vector<std::string>{"王强"}));
}

TEST(PeopleDecisions, AStrongNameKeptOnlyInTheBodyIsDropped) {
  PeopleDecisions d;
  d.Keep("王强", /*in_party_block=*/false);
  d.Anonymize({"王强", "victim", false, {}, true});
  EXPECT_EQ(d.SettleConflicts(), "");
  EXPECT_TRUE(d.anonymized().empty());
}

TEST(PeopleDecisions, PriorDecisionsOverrideKeptNamesAndFixPseudonyms) {
  PeopleDecisions d;
  d.Keep("王丽华", true);
  const auto fixed =
      d.AdoptPrior("原告王丽华与被告孙大勇", {{"王丽华", "王某某", "victim"},
                                              {"赵六", "赵某", "witness"},
                                              {"孙大勇", "", "granted"}});
  EXPECT_EQ(fixed.size(), 1u);  // 赵六 is not in the text; 孙大勇 has none
  EXPECT_EQ(fixed.at("王丽华"), "王某某");
  EXPECT_EQ(Names(d), (std::vector<std::string>{"王丽华", "孙大勇"}));
  EXPECT_FALSE(d.IsKept("王丽华"));
  EXPECT_EQ(d.SettleConflicts(), "");
}

}  // namespace
}  // namespace wenshu
