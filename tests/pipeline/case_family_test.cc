#include "pipeline/case_family.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenshu {
namespace {

PersonRecord Person(const std::string& name, const std::string& pseudonym) {
  return PersonRecord{name, pseudonym, "victim"};
}

std::vector<std::string> Names(const CaseFamilies::Snapshot& s) {
  std::vector<std::string> out;
  for (const PersonRecord& p : s.people)
    out.push_back(p.name + "=" + p.pseudonym);
  return out;
}

const std::string kFirst = "(2023)京0105民初1号";
const std::string kAppeal = "(2024)京03民终2号";
const std::string kEnforce = "(2024)京0105执3号";
const std::string kOther = "(2023)沪0101民初9号";

TEST(CaseFamilies, UnknownKeysHaveNoPeopleAndVersionZero) {
  CaseFamilies families;
  const CaseFamilies::Snapshot s = families.Lookup({kFirst});
  EXPECT_TRUE(s.people.empty());
  EXPECT_EQ(s.version, 0u);
  EXPECT_TRUE(families.IsCurrent({kFirst}, 0));
  EXPECT_EQ(families.family_count(), 0u);
}

TEST(CaseFamilies, AnAppealCitingTheFirstInstanceSharesItsPeople) {
  CaseFamilies families;
  families.Commit({kFirst}, {Person("张三", "张某")});
  // The appeal carries its own number and cites the first instance's.
  const CaseFamilies::Snapshot s = families.Lookup({kAppeal, kFirst});
  EXPECT_EQ(Names(s), (std::vector<std::string>{"张三=张某"}));
  EXPECT_EQ(s.version, 1u);
  families.Commit({kAppeal, kFirst}, {Person("李四", "李某")});
  // Now the appeal's number alone finds the whole family.
  EXPECT_EQ(Names(families.Lookup({kAppeal})),
            (std::vector<std::string>{"张三=张某", "李四=李某"}));
  EXPECT_EQ(families.family_count(), 1u);
}

TEST(CaseFamilies, ANameIsRecordedOnceWithItsFirstPseudonym) {
  CaseFamilies families;
  families.Commit({kFirst}, {Person("张三", "张某")});
  families.Commit({kFirst}, {Person("张三", "张某甲"), Person("王五", "王某")});
  EXPECT_EQ(Names(families.Lookup({kFirst})),
            (std::vector<std::string>{"张三=张某", "王五=王某"}));
}

TEST(CaseFamilies, ADocumentCitingTwoFamiliesMergesThemOldestFirst) {
  CaseFamilies families;
  families.Commit({kFirst}, {Person("张三", "张某")});
  families.Commit({kEnforce}, {Person("赵六", "赵某")});
  EXPECT_EQ(families.family_count(), 2u);
  // Before merging, a lookup of both lists the older family first.
  EXPECT_EQ(Names(families.Lookup({kEnforce, kFirst})),
            (std::vector<std::string>{"张三=张某", "赵六=赵某"}));
  families.Commit({kAppeal, kEnforce, kFirst}, {});
  EXPECT_EQ(families.family_count(), 1u);
  EXPECT_EQ(Names(families.Lookup({kAppeal})),
            (std::vector<std::string>{"张三=张某", "赵六=赵某"}));
  EXPECT_TRUE(families.Lookup({kOther}).people.empty());
}

TEST(CaseFamilies, IsCurrentTurnsFalseWhenAnEarlierDocumentChangedTheFamily) {
  CaseFamilies families;
  families.Commit({kFirst}, {Person("张三", "张某")});
  const CaseFamilies::Snapshot seen = families.Lookup({kAppeal, kFirst});
  EXPECT_TRUE(families.IsCurrent({kAppeal, kFirst}, seen.version));
  families.Commit({kFirst}, {Person("李四", "李某")});
  EXPECT_FALSE(families.IsCurrent({kAppeal, kFirst}, seen.version));
  // Another family's change does not matter.
  const CaseFamilies::Snapshot again = families.Lookup({kAppeal, kFirst});
  families.Commit({kOther}, {Person("孙七", "孙某")});
  EXPECT_TRUE(families.IsCurrent({kAppeal, kFirst}, again.version));
}

TEST(CaseFamilies, NothingToShareIsNotRemembered) {
  CaseFamilies families;
  families.Commit({}, {Person("张三", "张某")});  // no case number
  families.Commit({kFirst}, {});                  // nobody anonymized
  EXPECT_EQ(families.family_count(), 0u);
  EXPECT_TRUE(families.Lookup({kFirst}).people.empty());
  // Once a family exists, a document without people still joins it.
  families.Commit({kFirst}, {Person("张三", "张某")});
  families.Commit({kAppeal, kFirst}, {});
  EXPECT_EQ(Names(families.Lookup({kAppeal})),
            (std::vector<std::string>{"张三=张某"}));
}

TEST(CaseFamilies, TheLeastRecentlyChangedFamilyIsForgottenFirst) {
  CaseFamilies families(/*max_families=*/2);
  families.Commit({kFirst}, {Person("张三", "张某")});
  families.Commit({kEnforce}, {Person("赵六", "赵某")});
  families.Commit({kFirst}, {Person("李四", "李某")});  // kFirst changed last
  families.Commit({kOther}, {Person("孙七", "孙某")});  // evicts kEnforce
  EXPECT_EQ(families.family_count(), 2u);
  EXPECT_TRUE(families.Lookup({kEnforce}).people.empty());
  EXPECT_EQ(Names(families.Lookup({kFirst})),
            (std::vector<std::string>{"张三=张某", "李四=李某"}));
  EXPECT_EQ(Names(families.Lookup({kOther})),
            (std::vector<std::string>{"孙七=孙某"}));
}

}  // namespace
}  // namespace wenshu
