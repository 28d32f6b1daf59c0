// Policy: what the redaction pass does with each category of identifier.
//
// Policy is data: the national defaults (rules §5) live in
// redactors/default_policy.json, compiled into the binary and parsed at
// start-up through the same loader a court's own file goes through. A policy
// is validated completely when loaded; an unknown key, a wrong type or a bad
// value fails with a message naming the file and the key. Immutable after
// loading and safe to share between threads.
#ifndef WENSHU_REDACTORS_POLICY_H_
#define WENSHU_REDACTORS_POLICY_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/status.h"
#include "redactors/party_block.h"
#include "redactors/person_names.h"
#include "redactors/publication_policy.h"

namespace wenshu {

struct CategoryPolicy {
  Action action = Action::kDelete;
  int keep_leading = 0;   // characters left unmasked at the start
  int keep_trailing = 0;  // ... and at the end
  std::string label;      // the replacement text for kReplace
};

// Who is anonymized and how (rules §3-4). Role names are those of
// RoleKind: party, defendant, victim, civil_plaintiff, witness, appraiser,
// statutory_representative, agent, legal_representative.
struct PeoplePolicy {
  bool enabled = true;
  PseudonymStyle style = PseudonymStyle::kPerChar;
  PseudonymScript script = PseudonymScript::kHan;
  // Causes of action of marriage-family and inheritance disputes: one of
  // these, or one holding one of the words (遗产继承纠纷, 子女赡养纠纷).
  std::vector<std::string> family_causes;
  std::vector<std::string> family_cause_words;
  std::vector<std::string> family_roles;    // anonymized in those cases
  std::vector<std::string> criminal_roles;  // anonymized in criminal cases
  // Statutory representatives follow the person they represent.
  bool minors = true;  // anonymize minors and their representatives
  int adult_age = 18;
  // Body cues: a name right after one of these is that role's (criminal
  // cases); a name right after a kinship cue is a relative's (criminal and
  // family cases).
  std::vector<std::string> criminal_cues;
  std::vector<std::string> kinship_cues;
  // In a family case, a name right after one of these in the body is a
  // party's (原告李四与被告王五…一案), anonymized even when the party block
  // could not be read.
  std::vector<std::string> family_party_cues;
  // In a criminal case, a name right after one of these (被告人, 罪犯) is a
  // defendant's and keeps its name (rules Art. 11).
  std::vector<std::string> defendant_cues;
  // A co-offender whose case is handled apart: a name right after one of
  // the cues (同案人, 伙同), or with one of the notes in a bracket right
  // after it (李四(另案处理)). He or she takes an adult defendant's role and
  // keeps the name unless a rule protects the person: a direct role cue
  // (被害人李四, 证人李四的证言), an age or role in a bracket, a minor cue.
  // Only the guesses give way to the note: a name joined by 和, 及 or 与 after
  // a role cue (被害人张三和李四(另案处理)) and a relative near a victim word.
  std::vector<std::string> co_offender_cues;
  std::vector<std::string> co_offender_notes;
  // A name right after one of these (未成年人, 幼女) is a minor's.
  std::vector<std::string> minor_cues;
  // Words that end a 、 list of names after a cue (原审被告人沈涛 after
  // 原审附带民事诉讼原告人冯玉梅、): role words.
  std::vector<std::string> list_ending_role_words;
  // After a cue, a name the surname model does not know (宓辉) is taken when
  // one of these follows it (的证言, 的陈述).
  std::vector<std::string> statement_words;
  // Words that hold a witness cue but name no witness (保证人, 见证人).
  std::vector<std::string> not_witness_words;
  // In a bracket right after a name in a criminal case (刘某（女，22岁，
  // 目击证人）), these make the person a witness or a victim; the victim
  // words also tie a kinship cue to the victim (被害人之父X).
  std::vector<std::string> bracket_witness_words;
  std::vector<std::string> victim_words;
  // An anonymized person's statutory representative named right after him
  // or her (林某某的法定代理人陈慧敏).
  std::vector<std::string> representative_links;
  // An alias in a bracket right after an anonymized person (罗三毛(绰号罗三)).
  std::vector<std::string> alias_cues;
  // A two-character given name standing alone (国庆 for 李国庆, 春燕称) is a
  // mention of the anonymized person when a cue stands on one side and a
  // cue or punctuation on the other: these come right before it (叫, 称,
  // 向) or right after it (称, 认为, 对此, 不予认可). A given name that is
  // also a common word (国庆, 文明) needs one of these cues; punctuation
  // on both sides or 的 is not enough for it.
  std::vector<std::string> given_name_cues_before;
  std::vector<std::string> given_name_cues_after;
  // The bench (审判长, 书记员 ...): a name right after one of these in the
  // tail is a judge's or clerk's and is never anonymized.
  std::vector<std::string> bench_titles;
  // A name that opens an organisation's name ending in one of these
  // (张三丰科技有限公司) is left whole; the longest suffix that matches
  // decides.
  std::vector<std::string> organisation_suffixes;
  // Share decisions and pseudonyms across documents of one case family.
  bool share_across_case_family = true;
  // How the party block is read: the policy's top-level "party_block"
  // section (also read by the publication decision), kept here for the
  // people steps that parse the block and read its role labels.
  PartyBlockPolicy party_block;

  // Every cue searched for in the body, in one list: the criminal, kinship,
  // family party, defendant, co-offender and minor cues (duplicates
  // possible).
  std::vector<std::string> BodyCues() const;
};

// Health status of natural persons (rules §5: 健康状况). What is reported
// for each case kind; how a reported span is rewritten is the "health"
// category's action.
struct HealthCaseKindPolicy {
  // Diagnoses, illnesses, disabilities and pregnancy of a person.
  bool conditions = true;
  // Injury findings (轻伤二级, 十级伤残, 骨折 after a diagnosis cue) that a
  // judgment's reasoning and award rest on.
  bool injuries = false;
};

struct HealthPolicy {
  bool enabled = true;
  HealthCaseKindPolicy criminal;
  HealthCaseKindPolicy civil;
  HealthCaseKindPolicy administrative;
  HealthCaseKindPolicy other;
  // A condition phrase follows one of these (患有, 诊断为 ...) ...
  std::vector<std::string> cues;
  // ... or precedes one of these (患者, 病史).
  std::vector<std::string> patient_cues;
  // A phrase after a cue is a condition when it ends with one of these.
  std::vector<std::string> condition_suffixes;
  // Conditions recognised without a cue (精神分裂症, 艾滋病 ...).
  std::vector<std::string> condition_terms;
  // Pregnancy of a person (怀孕, 妊娠), reported without a cue unless the
  // clause describes a class of people (怀孕的妇女, in sentencing statutes).
  std::vector<std::string> pregnancy_terms;
  // Kinds of disability (智力, 肢体 ...): 智力残疾二级 without a cue.
  std::vector<std::string> disability_kinds;
  // Words that end a condition phrase after a cue (导致, 于, 的 ...).
  std::vector<std::string> stop_words;
  // Not a diagnosis: 疾病, 重病 alone, also after these modifiers (多种,
  // 严重 ...).
  std::vector<std::string> generic_conditions;
  std::vector<std::string> generic_modifiers;
  // A phrase holding one of these is about someone else (妻子重病).
  std::vector<std::string> other_person_words;
  // A condition right after one of these is denied (无, 未见, 排除).
  std::vector<std::string> negations;
  // A listed term after one of these names what a drug treats (用于治疗
  // 癫痫的处方药), not who has it.
  std::vector<std::string> treatment_words;
  // A phrase holding one of these is an injury (伤, 骨折, 损伤 ...).
  std::vector<std::string> injury_words;
  // Injury-severity findings (轻伤二级, 轻微伤), reported as injuries only
  // right after a finding cue (构成, 鉴定为): 致人重伤 in a statute is none.
  std::vector<std::string> injury_findings;
  std::vector<std::string> finding_cues;
  // A term followed by one of these names an institution or a document
  // (精神病医院, 艾滋病防治, 疾病预防控制中心, 精神病鉴定意见书).
  std::vector<std::string> institution_words;
};

class Policy {
 public:
  // Parses and validates a policy document. `source` names it in errors.
  static Result<Policy> FromJson(std::string_view json,
                                 std::string_view source);
  // The built-in national defaults. Aborts if the built-in file is invalid
  // (a build defect, caught by the tests).
  static const Policy& NationalDefault();
  // The text of the built-in policy file, for laying a court's file over.
  static std::string_view DefaultJson();

  const std::string& version() const { return version_; }
  const std::string& mask_character() const { return mask_character_; }
  const std::string& overlap_policy() const { return overlap_policy_; }
  const PeoplePolicy& people() const { return people_; }
  // The words of the party block: the same for the people steps and the
  // publication decision.
  const PartyBlockPolicy& party_block() const { return people_.party_block; }
  const HealthPolicy& health() const { return health_; }
  const PublicationPolicy& publication() const { return publication_; }
  // SHA-256 of the policy text it was parsed from, in hex: with version(),
  // it says in every output record which rules decided it.
  const std::string& sha256() const { return sha256_; }
  // Returns a copy with the pseudonym script replaced (the --pseudonyms
  // flag).
  Policy WithPseudonymScript(PseudonymScript script) const {
    Policy p = *this;
    p.people_.script = script;
    return p;
  }
  const CategoryPolicy& For(Category category) const {
    return categories_[static_cast<int>(category)];
  }
  // Lower wins when two identifier spans cover the same text.
  int Priority(Category category) const {
    return priority_[static_cast<int>(category)];
  }

 private:
  Policy() = default;
  std::string version_;
  std::string mask_character_ = "×";
  std::string overlap_policy_;
  std::array<CategoryPolicy, kCategoryCount> categories_{};
  std::array<int, kCategoryCount> priority_{};
  PeoplePolicy people_;
  HealthPolicy health_;
  PublicationPolicy publication_;
  std::string sha256_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_POLICY_H_
