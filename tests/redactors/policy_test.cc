#include "redactors/policy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace wenshu {
namespace {

std::string DefaultPolicyText() {
  std::ifstream in(std::string(WENSHU_SOURCE_DIR) +
                   "/redactors/default_policy.json");
  EXPECT_TRUE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The default policy with `from` replaced by `to` (which must be there).
std::string Edited(const std::string& from, const std::string& to) {
  std::string text = DefaultPolicyText();
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

// The default policy with its "health" section replaced by `section` (none
// when empty).
std::string WithHealthSection(const std::string& section) {
  std::string text = DefaultPolicyText();
  const size_t begin = text.find(",\n  \"health\": {\n");
  const size_t end = text.rfind("\n}");
  EXPECT_NE(begin, std::string::npos);
  EXPECT_NE(end, std::string::npos);
  if (begin == std::string::npos || end == std::string::npos) return text;
  text.replace(begin, end - begin,
               section.empty() ? "" : ",\n  \"health\": " + section);
  return text;
}

// The default policy with the health list `key` replaced by `list`.
std::string WithHealthList(const std::string& key, const std::string& list) {
  std::string text = DefaultPolicyText();
  const std::string opening = "\"" + key + "\": [";
  const size_t health = text.find("\"health\": {\n");
  const size_t begin = text.find(opening, health);
  EXPECT_NE(begin, std::string::npos) << key;
  if (health == std::string::npos || begin == std::string::npos) return text;
  const size_t end = text.find(']', begin);
  text.replace(begin, end + 1 - begin, "\"" + key + "\": " + list);
  return text;
}

TEST(Policy, NationalDefaultLoads) {
  const Policy& p = Policy::NationalDefault();
  EXPECT_EQ(p.version(), "cn-national-2016.3");
  EXPECT_EQ(p.mask_character(), "×");
  EXPECT_EQ(p.overlap_policy(), "protected_then_longest_then_priority");

  EXPECT_EQ(p.For(Category::kIdNumber).action, Action::kDelete);
  EXPECT_EQ(p.For(Category::kIdNumber).keep_leading, 4);
  EXPECT_EQ(p.For(Category::kIdNumber).keep_trailing, 2);
  EXPECT_EQ(p.For(Category::kIdNumber).label, "[身份证号码]");
  EXPECT_EQ(p.For(Category::kPhone).action, Action::kDelete);
  EXPECT_EQ(p.For(Category::kPhone).keep_leading, 3);
  EXPECT_EQ(p.For(Category::kBankAccount).keep_trailing, 4);
  EXPECT_EQ(p.For(Category::kPlate).action, Action::kMask);
  EXPECT_EQ(p.For(Category::kPlate).keep_leading, 2);
  EXPECT_EQ(p.For(Category::kPropertyCertificate).action, Action::kMask);
  EXPECT_EQ(p.For(Category::kTravelDocument).action, Action::kDelete);
  EXPECT_EQ(p.For(Category::kEmail).action, Action::kDelete);
  EXPECT_EQ(p.For(Category::kImAccount).action, Action::kDelete);
}

TEST(Policy, NationalDefaultPeopleCues) {
  const PeoplePolicy& p = Policy::NationalDefault().people();
  using Words = std::vector<std::string>;
  EXPECT_EQ(p.criminal_cues, (Words{"被害人", "证人", "鉴定人",
                                    "附带民事诉讼原告人", "附带民事诉讼原告"}));
  EXPECT_EQ(p.defendant_cues, (Words{"被告人", "罪犯"}));
  EXPECT_EQ(p.minor_cues,
            (Words{"未成年人", "幼女", "女童", "男童", "未成年被害人"}));
  EXPECT_EQ(
      p.list_ending_role_words,
      (Words{"原审", "原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人",
             "被害人", "证人", "辩护人", "附带民事", "第三人", "法定代理人"}));
  EXPECT_EQ(p.statement_words,
            (Words{"的证言", "的陈述", "证言", "陈述", "的证词", "证词",
                   "的询问笔录", "询问笔录", "的辨认笔录", "辨认笔录", "的笔录",
                   "笔录", "的谅解书", "谅解书"}));
  EXPECT_EQ(p.not_witness_words, (Words{"保证人", "见证人"}));
  EXPECT_EQ(p.bracket_witness_words, (Words{"证人"}));
  EXPECT_EQ(p.victim_words, (Words{"被害人"}));
  EXPECT_EQ(p.representative_links, (Words{"的法定代理人", "之法定代理人"}));
  EXPECT_EQ(p.alias_cues,
            (Words{"绰号", "外号", "小名", "乳名", "曾用名", "又名", "别名"}));
  EXPECT_EQ(p.bench_titles, (Words{"审判长", "审判员", "人民陪审员", "陪审员",
                                   "书记员", "法官助理", "执行员", "代理审判员",
                                   "速录员", "检察员", "公诉人", "代书记员"}));
  EXPECT_EQ(p.organisation_suffixes.size(), 18u);
  EXPECT_EQ(p.organisation_suffixes.front(), "有限责任公司");
  EXPECT_EQ(p.organisation_suffixes.back(), "店");
}

TEST(Policy, ACueTooLongStopsTheLoadNamingTheKey) {
  // A cue is a word or a phrase; nine million characters are neither, and
  // would make the automaton as big as the memory.
  const std::string cue(9000000, 'a');
  Result<Policy> p = Policy::FromJson(
      Edited(R"("minor_cues": [)", R"("minor_cues": [")" + cue + "\", "),
      "court.json");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kInvalidInput);
  const std::string message = p.status().message();
  EXPECT_EQ(message.rfind(
                "court.json: people.minor_cues: cue \"aaaaaaaaaaaaaaaaaaaa…\" "
                "is longer than 256 bytes",
                0),
            0u)
      << message.substr(0, 200);
  EXPECT_LT(message.size(), 200u);
}

TEST(Policy, ACourtsCueListReplacesTheDefault) {
  Result<Policy> p = Policy::FromJson(
      Edited(R"("minor_cues": [)", R"("minor_cues": ["少年", )"), "court.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p.value().people().minor_cues.front(), "少年");
  EXPECT_EQ(p.value().people().minor_cues.size(), 6u);
}

// A file without a party_block section reads the block with the built-in
// words; one with its own section reads it with that.
TEST(Policy, PartyBlockSectionOrTheBuiltInWords) {
  std::string json = DefaultPolicyText();
  const size_t begin = json.find("  \"party_block\": {");
  const size_t end = json.find("  \"people\": {");
  ASSERT_NE(begin, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  json.erase(begin, end - begin);
  Result<Policy> without = Policy::FromJson(json, "court.json");
  ASSERT_TRUE(without.ok()) << without.status().message();
  EXPECT_EQ(without.value().party_block().role_labels.size(),
            Policy::NationalDefault().party_block().role_labels.size());
  EXPECT_EQ(without.value().party_block().ethnicities,
            Policy::NationalDefault().party_block().ethnicities);
  Result<Policy> court = Policy::FromJson(
      Edited(R"("lawyer_words": [)", R"("lawyer_words": ["法律顾问", )"),
      "court.json");
  ASSERT_TRUE(court.ok()) << court.status().message();
  EXPECT_EQ(court.value().party_block().lawyer_words.front(), "法律顾问");
  EXPECT_EQ(court.value().people().party_block.lawyer_words.size(), 5u);
}

TEST(Policy, NationalDefaultPriorityFollowsTheFile) {
  const Policy& p = Policy::NationalDefault();
  const std::vector<Category> order = {
      Category::kIdNumber,       Category::kPhone,
      Category::kImAccount,      Category::kBankAccount,
      Category::kTravelDocument, Category::kPropertyCertificate,
      Category::kEmail,          Category::kPlate};
  for (size_t i = 0; i < order.size(); ++i) {
    EXPECT_EQ(p.Priority(order[i]), static_cast<int>(i))
        << CategoryName(order[i]);
  }
  // Protected spans are not ranked: they are never in an overlap contest.
  EXPECT_EQ(p.Priority(Category::kProtected), kCategoryCount);
}

TEST(Policy, BuiltInDefaultIsTheFileInTheSourceTree) {
  Result<Policy> p =
      Policy::FromJson(DefaultPolicyText(), "default_policy.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  const Policy& built_in = Policy::NationalDefault();
  EXPECT_EQ(p.value().version(), built_in.version());
  for (int i = 0; i < kCategoryCount; ++i) {
    const Category c = static_cast<Category>(i);
    EXPECT_EQ(p.value().For(c).action, built_in.For(c).action)
        << CategoryName(c);
    EXPECT_EQ(p.value().For(c).keep_leading, built_in.For(c).keep_leading);
    EXPECT_EQ(p.value().For(c).keep_trailing, built_in.For(c).keep_trailing);
    EXPECT_EQ(p.value().For(c).label, built_in.For(c).label);
    EXPECT_EQ(p.value().Priority(c), built_in.Priority(c));
  }
}

TEST(Policy, CourtPolicyChangesTakeEffect) {
  std::string json =
      Edited(R"("mask_character": "×")", R"("mask_character": "*")");
  const std::string from =
      R"("phone": {"action": "delete", "keep_leading": 3, "keep_trailing": 0)";
  const size_t pos = json.find(from);
  ASSERT_NE(pos, std::string::npos);
  json.replace(
      pos, from.size(),
      R"("phone": {"action": "replace", "keep_leading": 0, "keep_trailing": 1)");
  Result<Policy> p = Policy::FromJson(json, "court.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p.value().mask_character(), "*");
  EXPECT_EQ(p.value().For(Category::kPhone).action, Action::kReplace);
  EXPECT_EQ(p.value().For(Category::kPhone).keep_leading, 0);
  EXPECT_EQ(p.value().For(Category::kPhone).keep_trailing, 1);
  EXPECT_EQ(p.value().For(Category::kPhone).label, "[电话号码]");
}

TEST(Policy, ActionNames) {
  EXPECT_EQ(ActionName(Action::kDelete), "delete");
  EXPECT_EQ(ActionName(Action::kMask), "mask");
  EXPECT_EQ(ActionName(Action::kReplace), "replace");
}

struct ErrorCase {
  const char* name;
  std::string json;
  std::vector<std::string> must_mention;  // besides the source name
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

class PolicyErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(PolicyErrorTest, NamesTheSourceAndTheKey) {
  const ErrorCase& c = GetParam();
  Result<Policy> p = Policy::FromJson(c.json, "court.json");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kInvalidInput);
  const std::string message = p.status().message();
  EXPECT_EQ(message.rfind("court.json", 0), 0u) << message;
  for (const std::string& word : c.must_mention) {
    EXPECT_NE(message.find(word), std::string::npos)
        << "\"" << message << "\" does not mention \"" << word << "\"";
  }
}

INSTANTIATE_TEST_SUITE_P(
    PolicyFromJson, PolicyErrorTest,
    ::testing::Values(
        ErrorCase{"UnknownTopLevelKey",
                  Edited(R"("version":)", R"("bogus": 1, "version":)"),
                  {"unknown key", "\"bogus\""}},
        ErrorCase{"UnknownKeyInsideACategory",
                  Edited(R"("label": "[电话号码]")",
                         R"("label": "[电话号码]", "colour": "red")"),
                  {"unknown key", "categories.phone.colour"}},
        ErrorCase{
            "UnknownCategory",
            Edited(
                R"("email": {)",
                R"("fax": {"action": "delete", "keep_leading": 0, "keep_trailing": 0, "label": "x"}, "email": {)"),
            {"categories", "\"fax\""}},
        ErrorCase{
            "ProtectedIsNotAConfigurableCategory",
            Edited(
                R"("categories": {)",
                R"("categories": {"protected": {"action": "delete", "keep_leading": 0, "keep_trailing": 0, "label": "x"},)"),
            {"categories", "\"protected\""}},
        ErrorCase{"KeepLeadingOfTheWrongType",
                  Edited(R"("keep_leading": 3)", R"("keep_leading": "3")"),
                  {"categories.phone.keep_leading", "string"}},
        ErrorCase{"KeepLeadingFractional",
                  Edited(R"("keep_leading": 3)", R"("keep_leading": 3.5)"),
                  {"categories.phone.keep_leading"}},
        ErrorCase{"KeepLeadingNegative",
                  Edited(R"("keep_leading": 3)", R"("keep_leading": -1)"),
                  {"categories.phone.keep_leading", "between 0 and 8"}},
        ErrorCase{"KeepTrailingTooLarge",
                  Edited(R"("keep_trailing": 4)", R"("keep_trailing": 9)"),
                  {"categories.bank_account.keep_trailing", "between 0 and 8"}},
        ErrorCase{"BadActionErase",
                  Edited(R"("phone": {"action": "delete")",
                         R"("phone": {"action": "erase")"),
                  {"categories.phone.action", "\"erase\""}},
        ErrorCase{
            "MissingCategory",
            Edited(
                R"("plate": {"action": "mask", "keep_leading": 2, "keep_trailing": 0, "label": "[车牌号码]"},)",
                ""),
            {"categories", "\"plate\"", "missing"}},
        ErrorCase{"UnknownOverlapPolicy",
                  Edited("protected_then_longest_then_priority", "first_wins"),
                  {"overlap_policy", "\"first_wins\""}},
        ErrorCase{"UnknownPriorityCategory",
                  Edited(R"("id_number", "phone")", R"("fax", "phone")"),
                  {"priority", "\"fax\""}},
        ErrorCase{"MissingVersion",
                  Edited(R"("version": "cn-national-2016.3",)", ""),
                  {"version"}},
        ErrorCase{"EmptyMaskCharacter",
                  Edited(R"("mask_character": "×")", R"("mask_character": "")"),
                  {"mask_character"}},
        ErrorCase{"MalformedJson",
                  Edited(R"("version": "cn-national-2016.3",)",
                         R"("version": "cn-national-2016.3")"),
                  {"malformed JSON"}},
        ErrorCase{"UnknownPseudonymStyle",
                  Edited(R"("pseudonym_style": "per_char")",
                         R"("pseudonym_style": "stars")"),
                  {"people.pseudonym_style", "\"stars\""}},
        ErrorCase{"UnknownRole",
                  Edited(R"("criminal_roles": ["victim",)",
                         R"("criminal_roles": ["bystander",)"),
                  {"people.criminal_roles", "\"bystander\""}},
        ErrorCase{
            "CriminalCueThatIsNoRole",
            Edited(R"("criminal_cues": [)", R"("criminal_cues": ["路人", )"),
            {"people.criminal_cues", "\"路人\"", "not a role label"}},
        ErrorCase{
            "EmptyDefendantCue",
            Edited(R"("defendant_cues": [)", R"("defendant_cues": ["", )"),
            {"people.defendant_cues", "empty string"}},
        ErrorCase{"BenchTitlesOfTheWrongType",
                  Edited(R"("bench_titles": [)", R"("bench_titles": [1, )"),
                  {"people.bench_titles"}},
        ErrorCase{"MissingAliasCues",
                  Edited(R"("alias_cues": ["绰号")", R"("alias_cue": ["绰号")"),
                  {"people.alias_cue"}},
        ErrorCase{"RoleLabelsOfAnUnknownKind",
                  Edited(R"("prosecution": [)", R"("prosecutor": [)"),
                  {"unknown key", "party_block.role_labels.prosecutor"}},
        ErrorCase{
            "RoleLabelsOfTheWrongType",
            Edited(R"("appraiser": ["鉴定人"])", R"("appraiser": "鉴定人")"),
            {"party_block.role_labels.appraiser"}},
        ErrorCase{
            "EmptyRoleLabel",
            Edited(R"("victim": ["被害人"])", R"("victim": ["被害人", ""])"),
            {"party_block.role_labels.victim", "empty"}},
        ErrorCase{
            "MisspeltPartyBlockKey",
            Edited(R"("organisation_cues": [)", R"("organization_cues": [)"),
            {"unknown key", "party_block.organization_cues"}},
        ErrorCase{"EthnicitiesOfTheWrongType",
                  Edited(R"("ethnicities": [)", R"("ethnicities": [1, )"),
                  {"party_block.ethnicities"}},
        ErrorCase{"RoleLabelOfTwoKinds",
                  Edited(R"("witness": ["证人"])",
                         R"("witness": ["证人", "被害人"])"),
                  {"party_block.role_labels.victim and "
                   "party_block.role_labels.witness both hold \"被害人\""}},
        ErrorCase{"EmptyLawyerWord",
                  Edited(R"("lawyer_words": [)", R"("lawyer_words": ["", )"),
                  {"party_block.lawyer_words", "empty"}},
        ErrorCase{"CriminalCueThatIsNoRoleLabel",
                  Edited(R"("witness": ["证人"],)", ""),
                  {"people.criminal_cues", "证人"}},
        ErrorCase{"UnknownPeopleKey",
                  Edited(R"("minors": true)", R"("minors": true, "pets": 1)"),
                  {"unknown key", "people.pets"}},
        ErrorCase{"AdultAgeOutOfRange",
                  Edited(R"("minors": true,
    "adult_age": 18)",
                         R"("minors": true,
    "adult_age": 0)"),
                  {"people.adult_age"}},
        ErrorCase{"UnknownPublicationKey",
                  Edited(R"("publication": {)",
                         R"("publication": {"publish_everything": true,)"),
                  {"unknown key", "publication.publish_everything"}},
        ErrorCase{"PublicationWordsOfTheWrongType",
                  Edited(R"("state_secret_flags": ["state_secret"])",
                         R"("state_secret_flags": "state_secret")"),
                  {"publication.state_secret_flags"}},
        ErrorCase{
            "OffenceAgeNotBelowAdultAge",
            Edited(R"("min_offence_age": 12)", R"("min_offence_age": 18)"),
            {"publication.min_offence_age"}},
        ErrorCase{
            "NothingPublishable",
            Edited(
                R"("publishable_doc_types": ["判决书", "裁定书", "支付令", "驳回申诉通知书", "决定书", "调解书"])",
                R"("publishable_doc_types": [])"),
            {"publication.publishable_doc_types", "must not be empty"}},
        ErrorCase{"UnknownInferenceKey",
                  Edited(R"("订婚"],
      "strong_words": [],)",
                         R"("订婚"],
      "strong_words": [], "max_words": 9,)"),
                  {"unknown key", "publication.infer_family.max_words"}},
        ErrorCase{"InferenceWeightOutOfRange",
                  Edited(R"("strong_weight": 2,)", R"("strong_weight": 0,)"),
                  {"publication.infer_divorce_or_custody.strong_weight"}},
        ErrorCase{"EmptyInferenceWord",
                  Edited(R"("strong_words": [],)", R"("strong_words": [""],)"),
                  {"publication.infer_family.strong_words", "empty"}},
        ErrorCase{
            "UnknownBackgroundKey",
            Edited(R"("dominance": 3,)", R"("dominance": 3, "ratio": 2,)"),
            {"unknown key", "publication.infer_background.ratio"}},
        ErrorCase{"BackgroundWindowOfTheWrongType",
                  Edited(R"("dependant_window_chars": 20)",
                         R"("dependant_window_chars": "20")"),
                  {"publication.infer_background.dependant_window_chars"}},
        ErrorCase{"PseudonymOnlyForPersonNames",
                  Edited(R"("phone": {"action": "delete")",
                         R"("phone": {"action": "pseudonym")"),
                  {"categories.phone.action", "\"pseudonym\""}},
        ErrorCase{"UnknownHealthKey",
                  Edited(R"("enabled": true,
    "by_case_kind")",
                         R"("enabled": true, "colour": 1,
    "by_case_kind")"),
                  {"unknown key", "health.colour"}},
        ErrorCase{
            "UnknownHealthCaseKind",
            Edited(
                R"("by_case_kind": {)",
                R"("by_case_kind": {"military": {"conditions": true, "injuries": false},)"),
            {"unknown key", "health.by_case_kind.military"}},
        ErrorCase{"HealthSwitchOfTheWrongType",
                  Edited(R"("criminal": {"conditions": true)",
                         R"("criminal": {"conditions": "yes")"),
                  {"health.by_case_kind.criminal.conditions"}},
        ErrorCase{"UnknownHealthSwitch",
                  Edited(R"("civil": {"conditions": true,)",
                         R"("civil": {"conditions": true, "pregnancy": true,)"),
                  {"unknown key", "health.by_case_kind.civil.pregnancy"}},
        ErrorCase{"MissingHealthCaseKind",
                  Edited(R"("other": {"conditions": true, "injuries": false})",
                         R"("x": 1)"),
                  {"health.by_case_kind"}},
        ErrorCase{"HealthListOfTheWrongType",
                  Edited(R"("patient_cues": ["患者", "病史"])",
                         R"("patient_cues": "患者")"),
                  {"health.patient_cues"}},
        ErrorCase{"EmptyHealthTerm",
                  Edited(R"("patient_cues": ["患者", "病史"])",
                         R"("patient_cues": ["患者", ""])"),
                  {"health.patient_cues", "empty"}},
        ErrorCase{"HealthEnabledWithoutCues",
                  WithHealthList("cues", "[]"),
                  {"health.cues", "must not be empty"}},
        ErrorCase{"HealthCuesOfTheWrongType",
                  WithHealthList("cues", "[1]"),
                  {"health.cues"}},
        ErrorCase{"HealthIsNotAnObject",
                  WithHealthSection("1"),
                  {"health", "object"}},
        ErrorCase{"NotAnObject", "[1, 2]", {"object"}},
        ErrorCase{"EmptyDocument", "", {}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) {
      return info.param.name;
    });

TEST(Policy, HealthSectionLoads) {
  const HealthPolicy& h = Policy::NationalDefault().health();
  EXPECT_TRUE(h.enabled);
  // Conditions are redacted in every case kind; injury findings, which the
  // reasoning and the award rest on, are kept.
  for (const HealthCaseKindPolicy* kind :
       {&h.criminal, &h.civil, &h.administrative, &h.other}) {
    EXPECT_TRUE(kind->conditions);
    EXPECT_FALSE(kind->injuries);
  }
  EXPECT_EQ(h.cues.front(), "患有");
  EXPECT_EQ(h.patient_cues, (std::vector<std::string>{"患者", "病史"}));
  for (const std::vector<std::string>* list :
       {&h.condition_suffixes, &h.condition_terms, &h.pregnancy_terms,
        &h.disability_kinds, &h.stop_words, &h.negations, &h.generic_conditions,
        &h.generic_modifiers, &h.other_person_words, &h.injury_words,
        &h.injury_findings, &h.finding_cues, &h.institution_words}) {
    EXPECT_FALSE(list->empty());
  }
  EXPECT_EQ(Policy::NationalDefault().For(Category::kHealth).action,
            Action::kMask);
}

TEST(Policy, CourtPolicySetsHealthPerCaseKind) {
  Result<Policy> p = Policy::FromJson(
      Edited(R"("civil": {"conditions": true, "injuries": false})",
             R"("civil": {"conditions": false, "injuries": true})"),
      "court.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_FALSE(p.value().health().civil.conditions);
  EXPECT_TRUE(p.value().health().civil.injuries);
  EXPECT_TRUE(p.value().health().criminal.conditions);
  EXPECT_FALSE(p.value().health().criminal.injuries);
}

TEST(Policy, HealthSectionMayBeDisabled) {
  Result<Policy> p = Policy::FromJson(Edited(R"("health": {
    "enabled": true,)",
                                             R"("health": {
    "enabled": false,)"),
                                      "court.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_FALSE(p.value().health().enabled);
}

TEST(Policy, MissingHealthSectionDisablesTheStage) {
  Result<Policy> p = Policy::FromJson(WithHealthSection(""), "court.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_FALSE(p.value().health().enabled);
  EXPECT_TRUE(p.value().people().enabled);
}

// style.md: "A bad policy stops the program before the first document, with
// a message naming the line." A court editing its file by hand needs to know
// where the syntax error is.
TEST(Policy, MalformedJsonNamesTheLine) {
  const std::string json =
      "{\n"
      "  \"version\": \"court-1\",\n"
      "  \"mask_character\": \"×\"\n"  // missing comma
      "  \"overlap_policy\": \"protected_then_longest_then_priority\"\n"
      "}\n";
  Result<Policy> p = Policy::FromJson(json, "court.json");
  ASSERT_FALSE(p.ok());
  // The comma is missing at the end of line 3; a parser notices on line 4.
  const std::string message = p.status().message();
  EXPECT_TRUE(message.find("line 3") != std::string::npos ||
              message.find("line 4") != std::string::npos)
      << message;
}

}  // namespace
}  // namespace wenshu
