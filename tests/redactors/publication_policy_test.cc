#include "redactors/publication_policy.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace wenshu {
namespace {

// A complete "publication" section, value by key; cases change one value.
std::map<std::string, std::string> BaseSection() {
  return {
      {"enabled", "true"},
      {"publishable_doc_types", R"(["判决书", "裁定书"])"},
      {"mediation_withheld_doc_types", R"(["调解书"])"},
      {"mediation_published_doc_types", R"(["行政调解书"])"},
      {"mediation_confirmation_case_types", R"(["民特"])"},
      {"mediation_confirmation_words", R"(["调解协议"])"},
      {"divorce_or_custody_causes", R"(["离婚纠纷"])"},
      {"divorce_or_custody_cause_words", R"(["抚养"])"},
      {"infer_divorce_or_custody",
       R"({"cause": "离婚纠纷", "words": ["离婚"], "strong_words":
       ["感情破裂"], "strong_weight": 2, "min_score": 1})"},
      {"infer_family",
       R"({"cause": "继承纠纷", "words": ["继承", "遗产"], "strong_words":
       [], "strong_weight": 3, "min_score": 2})"},
      {"infer_background",
       R"({"other_civil_words": ["借条"], "dominance": 3, "dependant_words":
       ["被抚养人生活费"], "dependant_window_chars": 20,
       "incidental_family_words": ["遗产"], "incidental_dominance": 2})"},
      {"custody_signs",
       R"({"words": ["抚养", "探望"], "not_within": ["被抚养"],
       "minor_party_words": ["收养"]})"},
      {"adult_age", "18"},
      {"min_offence_age", "12"},
      {"review_margin_years", "1"},
      {"facts_cues", R"(["经审理查明"])"},
      {"juvenile_tribunal_words", R"(["少年法庭"])"},
      {"state_secret_flags", R"(["state_secret"])"},
      {"juvenile_flags", R"(["juvenile"])"},
      {"court_discretion_flags", R"(["court_discretion"])"},
      {"court_discretion_approvals", "2"},
      {"state_secret_words", R"(["国家秘密"])"},
  };
}

std::string Json(const std::map<std::string, std::string>& section) {
  std::string out = "{";
  for (const auto& [key, value] : section) {
    if (out.size() > 1) out += ",";
    out += "\"" + key + "\":" + value;
  }
  return out + "}";
}

Status Parse(const std::map<std::string, std::string>& section,
             PublicationPolicy* out) {
  Result<JsonObject> json = JsonObject::Parse(Json(section));
  EXPECT_TRUE(json.ok()) << json.status().message();
  if (!json.ok()) return json.status();
  return ParsePublicationPolicy(json.value(), "court.json", out);
}

TEST(PublicationPolicy, ReadsEveryField) {
  PublicationPolicy p;
  ASSERT_TRUE(Parse(BaseSection(), &p).ok());
  EXPECT_TRUE(p.enabled);
  EXPECT_EQ(p.publishable_doc_types,
            (std::vector<std::string>{"判决书", "裁定书"}));
  EXPECT_EQ(p.mediation_published_doc_types,
            (std::vector<std::string>{"行政调解书"}));
  EXPECT_EQ(p.infer_divorce_or_custody.cause, "离婚纠纷");
  EXPECT_EQ(p.infer_divorce_or_custody.strong_words,
            (std::vector<std::string>{"感情破裂"}));
  EXPECT_EQ(p.infer_family.strong_weight, 3);
  EXPECT_EQ(p.infer_family.min_score, 2);
  EXPECT_EQ(p.infer_background.other_civil_words,
            (std::vector<std::string>{"借条"}));
  EXPECT_EQ(p.infer_background.dependant_window_chars, 20);
  EXPECT_EQ(p.infer_background.incidental_family_words,
            (std::vector<std::string>{"遗产"}));
  EXPECT_EQ(p.infer_background.incidental_dominance, 2);
  EXPECT_EQ(p.custody_signs.words,
            (std::vector<std::string>{"抚养", "探望"}));
  EXPECT_EQ(p.custody_signs.not_within,
            (std::vector<std::string>{"被抚养"}));
  EXPECT_EQ(p.custody_signs.minor_party_words,
            (std::vector<std::string>{"收养"}));
  EXPECT_EQ(p.adult_age, 18);
  EXPECT_EQ(p.min_offence_age, 12);
  EXPECT_EQ(p.review_margin_years, 1);
  EXPECT_EQ(p.court_discretion_approvals, 2);
  EXPECT_EQ(p.state_secret_words, (std::vector<std::string>{"国家秘密"}));
}

struct BadSectionCase {
  const char* name;
  std::string key;
  std::string value;  // empty: the key is removed
  std::string message;
};

class PublicationPolicyRejects
    : public ::testing::TestWithParam<BadSectionCase> {};

TEST_P(PublicationPolicyRejects, NamingTheSourceAndTheKey) {
  std::map<std::string, std::string> section = BaseSection();
  if (GetParam().value.empty()) {
    section.erase(GetParam().key);
  } else {
    section[GetParam().key] = GetParam().value;
  }
  PublicationPolicy p;
  const Status s = Parse(section, &p);
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Sections, PublicationPolicyRejects,
    ::testing::Values(
        BadSectionCase{"UnknownKey", "publish_everything", "true",
                       "court.json: unknown key "
                       "\"publication.publish_everything\""},
        BadSectionCase{"MissingList", "facts_cues", "",
                       "court.json: publication.facts_cues: \"facts_cues\" "
                       "must be an array of strings, not missing"},
        BadSectionCase{"EmptyWord", "state_secret_flags", R"(["a", ""])",
                       "court.json: publication.state_secret_flags: holds "
                       "an empty string"},
        BadSectionCase{"EnabledNotABoolean", "enabled", "1",
                       "court.json: publication.enabled: \"enabled\" must be "
                       "true or false, not a number"},
        BadSectionCase{"NothingPublishable", "publishable_doc_types", "[]",
                       "court.json: publication.publishable_doc_types: must "
                       "not be empty while publication.enabled is true "
                       "(nothing could be published)"},
        BadSectionCase{"AgeOutOfRange", "adult_age", "31",
                       "court.json: publication.adult_age: must be between 1 "
                       "and 30"},
        BadSectionCase{"OffenceAgeNotBelowAdultAge", "min_offence_age", "18",
                       "court.json: publication.min_offence_age: must be "
                       "below publication.adult_age"},
        BadSectionCase{"UnknownInferenceKey", "infer_family",
                       R"({"cause": "继承纠纷", "words": [], "strong_words":
                       [], "strong_weight": 3, "min_score": 2, "max": 1})",
                       "court.json: unknown key "
                       "\"publication.infer_family.max\""},
        BadSectionCase{"EmptyInferredCause", "infer_family",
                       R"({"cause": "", "words": [], "strong_words": [],
                       "strong_weight": 3, "min_score": 2})",
                       "court.json: publication.infer_family.cause: is "
                       "empty"},
        BadSectionCase{"WeightOutOfRange", "infer_divorce_or_custody",
                       R"({"cause": "离婚纠纷", "words": [], "strong_words":
                       [], "strong_weight": 0, "min_score": 1})",
                       "court.json: publication.infer_divorce_or_custody."
                       "strong_weight: must be between 1 and 100"},
        BadSectionCase{"DominanceOutOfRange", "infer_background",
                       R"({"other_civil_words": [], "dominance": 101,
                       "dependant_words": [], "dependant_window_chars": 20,
                       "incidental_family_words": [],
                       "incidental_dominance": 2})",
                       "court.json: publication.infer_background.dominance: "
                       "must be between 0 and 100"},
        BadSectionCase{"IncidentalWordNotAFamilyWord", "infer_background",
                       R"({"other_civil_words": [], "dominance": 3,
                       "dependant_words": [], "dependant_window_chars": 20,
                       "incidental_family_words": ["分家"],
                       "incidental_dominance": 2})",
                       "court.json: publication.infer_background."
                       "incidental_family_words: \"分家\" is not one of "
                       "infer_family.words"},
        BadSectionCase{"MissingCustodySigns", "custody_signs", "",
                       "court.json: publication.custody_signs: \"custody_"
                       "signs\" must be an object, not missing"},
        BadSectionCase{"UnknownCustodySignKey", "custody_signs",
                       R"({"words": [], "not_within": [],
                       "minor_party_words": [], "zones": []})",
                       "court.json: unknown key "
                       "\"publication.custody_signs.zones\""}),
    [](const ::testing::TestParamInfo<BadSectionCase>& info) {
      return info.param.name;
    });

TEST(PublicationPolicy, DisabledNeedsNoPublishableTypes) {
  std::map<std::string, std::string> section = BaseSection();
  section["enabled"] = "false";
  section["publishable_doc_types"] = "[]";
  PublicationPolicy p;
  ASSERT_TRUE(Parse(section, &p).ok());
  EXPECT_FALSE(p.enabled);
}

struct CauseCase {
  const char* cause;
  bool one_of;
};

class CauseIsOneOfCases : public ::testing::TestWithParam<CauseCase> {};

TEST_P(CauseIsOneOfCases, ListedOrHoldingAWord) {
  const std::vector<std::string> causes = {"离婚纠纷", "离婚后财产纠纷"};
  const std::vector<std::string> words = {"抚养", "监护"};
  EXPECT_EQ(CauseIsOneOf(GetParam().cause, causes, words), GetParam().one_of)
      << GetParam().cause;
}

INSTANTIATE_TEST_SUITE_P(
    Causes, CauseIsOneOfCases,
    ::testing::Values(CauseCase{"离婚纠纷", true},
                      CauseCase{"离婚后财产纠纷", true},
                      CauseCase{"变更子女抚养关系纠纷", true},  // a word
                      CauseCase{"申请变更监护人", true},
                      CauseCase{"涉外离婚纠纷", false},  // not listed as is
                      CauseCase{"民间借贷纠纷", false}, CauseCase{"", false}));

TEST(CauseInferenceWords, LongestFirstWithoutRepeats) {
  PublicationPolicy p;
  p.infer_divorce_or_custody.words = {"离婚", "a.b"};
  p.infer_divorce_or_custody.strong_words = {"感情破裂"};
  p.infer_family.words = {"离婚", "遗产继承"};
  p.infer_background.other_civil_words = {"借条"};
  p.infer_background.dependant_words = {"被抚养人生活费"};
  EXPECT_EQ(CauseInferenceWords(p),
            (std::vector<std::string>{"被抚养人生活费", "感情破裂", "遗产继承",
                                      "离婚", "借条", "a.b"}));
}

TEST(CauseInferenceWords, EmptyWithoutWords) {
  EXPECT_TRUE(CauseInferenceWords(PublicationPolicy{}).empty());
}

}  // namespace
}  // namespace wenshu
