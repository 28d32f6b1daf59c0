#include "pipeline/case_family.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "tests/pipeline/cli_harness.h"

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

// The registry across runs (family_store.h) behind CaseFamilies.

RegistryKey TestKey(char fill) {
  return RegistryKey::FromBytes(std::string(32, fill), "test").value();
}

std::unique_ptr<FamilyRegistry> OpenRegistry(const std::string& path,
                                             char key = 'k') {
  Result<std::unique_ptr<SqliteFamilyStore>> store =
      SqliteFamilyStore::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return std::make_unique<FamilyRegistry>(std::move(store).value(),
                                          TestKey(key));
}

// Invented text of a later document of the family.
const std::string kLater = "原告张三诉被告王二，证人李四出庭。";

TEST(CaseFamiliesWithRegistry, ALaterRunFindsWhomAnEarlierRunProtected) {
  const std::string path = testing_support::TempRegisterPath("families", "db");
  {
    std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path);
    CaseFamilies run1(200000, registry.get());
    run1.Commit({kFirst}, {Person("张三", "张某1"), Person("李四", "李某")});
    EXPECT_TRUE(registry->write_status().ok());
  }
  std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path);
  CaseFamilies run2(200000, registry.get());
  const CaseFamilies::Snapshot s = run2.Lookup({kAppeal, kFirst}, kLater);
  EXPECT_TRUE(s.status.ok());
  EXPECT_EQ(Names(s), (std::vector<std::string>{"张三=张某1", "李四=李某"}));
  // Only the names the text holds come back: the store has no names.
  EXPECT_EQ(Names(run2.Lookup({kFirst}, "原告张三。")),
            (std::vector<std::string>{"张三=张某1"}));
  EXPECT_TRUE(run2.Lookup({kOther}, kLater).people.empty());
  // Without the registry the family is forgotten (finding 9 of issue 21).
  EXPECT_TRUE(CaseFamilies().Lookup({kAppeal, kFirst}, kLater).people.empty());
}

TEST(CaseFamiliesWithRegistry, AnotherKeyFindsNobody) {
  const std::string path = testing_support::TempRegisterPath("families", "db");
  {
    std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path, 'k');
    CaseFamilies(200000, registry.get())
        .Commit({kFirst}, {Person("张三", "张某1")});
  }
  std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path, 'x');
  CaseFamilies run2(200000, registry.get());
  EXPECT_TRUE(run2.Lookup({kFirst}, kLater).people.empty());
}

TEST(CaseFamiliesWithRegistry, StoredPeopleComeFirstThenThisRunsOwn) {
  const std::string path = testing_support::TempRegisterPath("families", "db");
  {
    std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path);
    CaseFamilies(200000, registry.get())
        .Commit({kFirst}, {Person("李四", "李某")});
  }
  std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path);
  CaseFamilies run2(200000, registry.get());
  run2.Commit({kAppeal}, {Person("王二", "王某"), Person("李四", "李某甲")});
  EXPECT_EQ(Names(run2.Lookup({kAppeal, kFirst}, kLater)),
            (std::vector<std::string>{"李四=李某", "王二=王某"}));
}

TEST(CaseFamiliesWithRegistry, ACommitAfterTheLookupMakesItStale) {
  const std::string path = testing_support::TempRegisterPath("families", "db");
  std::unique_ptr<FamilyRegistry> registry = OpenRegistry(path);
  CaseFamilies families(200000, registry.get());
  const CaseFamilies::Snapshot before = families.Lookup({kFirst}, kLater);
  EXPECT_TRUE(before.people.empty());
  families.Commit({kFirst}, {Person("张三", "张某1")});
  EXPECT_FALSE(families.IsCurrent({kFirst}, before.version));
  const CaseFamilies::Snapshot after = families.Lookup({kFirst}, kLater);
  EXPECT_TRUE(families.IsCurrent({kFirst}, after.version));
  EXPECT_EQ(Names(after), (std::vector<std::string>{"张三=张某1"}));
}

// Counts what reaches the store; fails every read when `broken`.
class CountingStore : public FamilyStore {
 public:
  explicit CountingStore(bool broken) : broken_(broken) {}
  Result<std::vector<SealedPerson>> Find(
      const std::vector<std::string>&) override {
    if (broken_) return Status::IoError("cannot read register database x");
    return std::vector<SealedPerson>{};
  }
  Status Record(const std::vector<std::string>&,
                const std::vector<PersonToSeal>&, const RegistryKey&) override {
    ++records_;
    return Status::Ok();
  }
  int records() const { return records_; }

 private:
  const bool broken_;
  int records_ = 0;
};

TEST(CaseFamiliesWithRegistry, AStoreThatCannotBeReadIsTheSnapshotsStatus) {
  FamilyRegistry registry(std::make_unique<CountingStore>(true), TestKey('k'));
  CaseFamilies families(200000, &registry);
  const CaseFamilies::Snapshot s = families.Lookup({kFirst}, kLater);
  EXPECT_FALSE(s.status.ok());
  EXPECT_EQ(s.status.message(), "cannot read register database x");
  // No keys, nothing to read.
  EXPECT_TRUE(families.Lookup({}, kLater).status.ok());
}

TEST(CaseFamiliesWithRegistry, WhatThisRunRecordedIsNotWrittenAgain) {
  auto store = std::make_unique<CountingStore>(false);
  CountingStore* counting = store.get();
  FamilyRegistry registry(std::move(store), TestKey('k'));
  CaseFamilies families(200000, &registry);
  families.Commit({kFirst}, {Person("张三", "张某")});
  families.Commit({kFirst}, {Person("张三", "张某")});  // nothing new
  families.Commit({kFirst}, {});                        // nothing new
  EXPECT_EQ(counting->records(), 1);
  families.Commit({kFirst}, {Person("李四", "李某")});  // a new person
  families.Commit({kAppeal, kFirst}, {});               // a new key
  families.Commit({kAppeal}, {});                       // known now
  EXPECT_EQ(counting->records(), 3);
}

}  // namespace
}  // namespace wenshu
