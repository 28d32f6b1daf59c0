#include "redactors/pseudonyms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redactors/policy.h"

namespace wenshu {
namespace {

std::vector<std::string> Pseudonyms(const PseudonymAssignment& a) {
  std::vector<std::string> out;
  for (const PersonRecord& r : a.people)
    out.push_back(r.name + "=" + r.pseudonym);
  return out;
}

PersonCandidate Candidate(const char* name) {
  return {name, "victim", false, {}, true};
}

const PeoplePolicy& Defaults() { return Policy::NationalDefault().people(); }

TEST(Pseudonyms, InOrderOfFirstAppearance) {
  const PseudonymAssignment a = AssignPseudonyms(
      "赵六和王丽华", {Candidate("王丽华"), Candidate("赵六")}, {}, Defaults());
  EXPECT_EQ(Pseudonyms(a),
            (std::vector<std::string>{"赵六=赵某", "王丽华=王某某"}));
}

TEST(Pseudonyms, CollisionsAreNumbered) {
  const PseudonymAssignment a = AssignPseudonyms(
      "马红军、马红伟、刘芝",
      {Candidate("马红伟"), Candidate("马红军"), Candidate("刘芝")}, {},
      Defaults());
  EXPECT_EQ(Pseudonyms(a),
            (std::vector<std::string>{"马红军=马某某1", "马红伟=马某某2",
                                      "刘芝=刘某"}));
}

TEST(Pseudonyms, APseudonymInTheTextIsTaken) {
  // 张某 and 张某1 stand in the text already; 张某某 does not count as 张某.
  const PseudonymAssignment a = AssignPseudonyms(
      "张三与张某、张某1", {Candidate("张三")}, {}, Defaults());
  EXPECT_EQ(Pseudonyms(a), (std::vector<std::string>{"张三=张某2"}));
  const PseudonymAssignment b =
      AssignPseudonyms("张三与张某某", {Candidate("张三")}, {}, Defaults());
  EXPECT_EQ(Pseudonyms(b), (std::vector<std::string>{"张三=张某"}));
}

TEST(Pseudonyms, TheCaseFamilysPseudonymsStand) {
  const PseudonymAssignment a =
      AssignPseudonyms("王丽华与王丽", {Candidate("王丽华"), Candidate("王丽")},
                       {{"王丽华", "王某某1"}}, Defaults());
  EXPECT_EQ(Pseudonyms(a),
            (std::vector<std::string>{"王丽华=王某某1", "王丽=王某"}));
}

TEST(Pseudonyms, AliasesFollowTheirPerson) {
  PersonCandidate c = Candidate("罗三毛");
  c.aliases = {"罗三"};
  const PseudonymAssignment a =
      AssignPseudonyms("赵六、罗三毛", {c, Candidate("赵六")}, {}, Defaults());
  ASSERT_EQ(a.aliases.size(), 2u);
  EXPECT_TRUE(a.aliases[0].empty());
  EXPECT_EQ(a.aliases[1], (std::vector<std::string>{"罗三"}));
}

TEST(Pseudonyms, ANameNotInTheTextComesLast) {
  const PseudonymAssignment a = AssignPseudonyms(
      "赵六", {Candidate("钱七"), Candidate("赵六")}, {}, Defaults());
  EXPECT_EQ(Pseudonyms(a),
            (std::vector<std::string>{"赵六=赵某", "钱七=钱某"}));
}

}  // namespace
}  // namespace wenshu
