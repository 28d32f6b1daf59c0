#include "redactors/party_roles.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace wenshu {
namespace {

const PeoplePolicy& Defaults() { return Policy::NationalDefault().people(); }

// A header whose party block is the whole of `text` (normalized: ASCII
// commas, colons and brackets).
DocumentHeader HeaderFor(std::string_view text, const char* doc_type,
                         const char* cause) {
  DocumentHeader h;
  h.doc_type = doc_type;
  h.cause = cause;
  h.decision_date = Date{2023, 6, 1};
  h.zones = {{Zone::kParties, 0, text.size()}};
  return h;
}

struct Decided {
  std::vector<std::string> anonymized;  // name:reason
  std::vector<std::string> kept;
};

Decided Decide(std::string_view text, const DocumentHeader& header) {
  const PeopleCase kind = PeopleCaseOf(header, text.size(), Defaults());
  PeopleDecisions d;
  DecidePartyRoles(text,
                   ParsePartyBlock(text, kind.parties, Defaults().party_block),
                   header, kind, Defaults(), &d);
  Decided out;
  for (const PersonCandidate& c : d.anonymized())
    out.anonymized.push_back(c.name + ":" + c.reason);
  out.kept = d.kept();
  return out;
}

TEST(PartyRoles, CaseKindFromTheHeader) {
  DocumentHeader h;
  h.doc_type = "刑事判决书";
  h.zones = {{Zone::kParties, 10, 50}, {Zone::kTail, 90, 120}};
  PeopleCase kind = PeopleCaseOf(h, 120, Defaults());
  EXPECT_TRUE(kind.criminal);
  EXPECT_FALSE(kind.family);
  EXPECT_EQ(kind.parties.begin, 10u);
  EXPECT_EQ(kind.tail.begin, 90u);
  h.doc_type = "民事判决书";
  h.cause = "遗产继承纠纷";  // holds 继承
  h.zones.clear();
  kind = PeopleCaseOf(h, 120, Defaults());
  EXPECT_FALSE(kind.criminal);
  EXPECT_TRUE(kind.family);
  EXPECT_EQ(kind.tail.begin, 120u);  // no tail: it starts at the end
  h.cause = "买卖合同纠纷";
  h.case_number = CaseNumber{"(2023)京0105刑初1号", 2023, "京0105", "刑初"};
  kind = PeopleCaseOf(h, 120, Defaults());
  EXPECT_TRUE(kind.criminal);
  EXPECT_FALSE(kind.family);
}

struct RoleCase {
  const char* name;
  const char* text;
  const char* doc_type;
  const char* cause;
  std::vector<std::string> anonymized;  // name:reason
  std::vector<std::string> kept;
};

void PrintTo(const RoleCase& c, std::ostream* os) { *os << c.name; }

class PartyRolesTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(PartyRolesTest, DecidesWhoIsAnonymized) {
  const RoleCase& c = GetParam();
  const Decided d = Decide(c.text, HeaderFor(c.text, c.doc_type, c.cause));
  EXPECT_EQ(d.anonymized, c.anonymized);
  EXPECT_EQ(d.kept, c.kept);
}

INSTANTIATE_TEST_SUITE_P(
    Participants, PartyRolesTest,
    ::testing::Values(RoleCase{"CriminalVictimAnonymizedDefendantAndLawyerKept",
                               "被告人孙大勇,男,1990年2月2日出生。\n"
                               "辩护人周立,北京某某律师事务所律师。\n"
                               "被害人王丽华,女,1985年1月1日出生。\n",
                               "刑事判决书",
                               "",
                               {"王丽华:victim"},
                               {"孙大勇", "周立"}},
                      RoleCase{"FamilyPartiesAnonymizedTheirLawyerKept",
                               "原告:刘桂芝,女,1945年2月10日出生,汉族。\n"
                               "委托诉讼代理人:高明,河南某某律师事务所律师。\n"
                               "被告:马红军,男,1968年5月6日出生,汉族。\n",
                               "民事判决书",
                               "赡养纠纷",
                               {"刘桂芝:family_party", "马红军:family_party"},
                               {"高明"}},
                      RoleCase{
                          "AMinorAndTheRepresentativeInACommercialCase",
                          "原告:李小宝,男,2012年3月4日出生,汉族。\n"
                          "法定代理人:李大山,男,1980年1月1日出生,系原告之父。\n"
                          "被告:张三丰,男,1970年1月1日出生,汉族。\n",
                          "民事判决书",
                          "机动车交通事故责任纠纷",
                          {"李小宝:minor", "李大山:statutory_representative"},
                          {"张三丰"}},
                      RoleCase{"AnonymizedNamesAndOrganisationsAreNoCandidates",
                               "原告:张某某,女,1980年1月1日出生。\n"
                               "被告:北京某某科技有限公司,住所地北京市。\n",
                               "民事判决书",
                               "离婚纠纷",
                               {},
                               {}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace wenshu
