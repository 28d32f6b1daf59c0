#include "redactors/policy.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "core/digest.h"
#include "core/json.h"
#include "redactors/cue_set.h"
#include "redactors/party_block.h"

namespace wenshu {

extern const std::string_view kDefaultPolicyJson;

namespace {

constexpr std::string_view kOverlapPolicies[] = {
    "protected_then_longest_then_priority"};

Status KeyError(std::string_view source, std::string_view key,
                const Status& status) {
  return Status::InvalidInput(std::string(source) + ": " + std::string(key) +
                              ": " + status.message());
}

Status CheckKeys(const JsonObject& object, std::string_view source,
                 std::string_view where, const std::set<std::string>& allowed) {
  for (const std::string& key : object.Keys()) {
    if (!allowed.count(key)) {
      return Status::InvalidInput(std::string(source) + ": unknown key \"" +
                                  std::string(where) + key + "\"");
    }
  }
  return Status::Ok();
}

// The words at `key` of `section`, none of them empty. `where` is the key's
// full name (people.minor_cues), for errors.
Result<std::vector<std::string>> WordList(const JsonObject& section,
                                          const std::string& key,
                                          std::string_view source,
                                          const std::string& where) {
  Result<std::vector<std::string>> v = section.GetStringArray(key);
  if (!v.ok()) return KeyError(source, where, v.status());
  for (const std::string& item : v.value()) {
    if (item.empty()) {
      return Status::InvalidInput(std::string(source) + ": " + where +
                                  " holds an empty string");
    }
  }
  return v;
}

using PeopleWordList = std::vector<std::string> PeoplePolicy::*;

// The people section's lists of words, by key.
constexpr std::pair<const char*, PeopleWordList> kPeopleWordLists[] = {
    {"family_causes", &PeoplePolicy::family_causes},
    {"family_cause_words", &PeoplePolicy::family_cause_words},
    {"family_roles", &PeoplePolicy::family_roles},
    {"criminal_roles", &PeoplePolicy::criminal_roles},
    {"criminal_cues", &PeoplePolicy::criminal_cues},
    {"kinship_cues", &PeoplePolicy::kinship_cues},
    {"family_party_cues", &PeoplePolicy::family_party_cues},
    {"defendant_cues", &PeoplePolicy::defendant_cues},
    {"co_offender_cues", &PeoplePolicy::co_offender_cues},
    {"co_offender_notes", &PeoplePolicy::co_offender_notes},
    {"minor_cues", &PeoplePolicy::minor_cues},
    {"list_ending_role_words", &PeoplePolicy::list_ending_role_words},
    {"statement_words", &PeoplePolicy::statement_words},
    {"not_witness_words", &PeoplePolicy::not_witness_words},
    {"bracket_witness_words", &PeoplePolicy::bracket_witness_words},
    {"victim_words", &PeoplePolicy::victim_words},
    {"representative_links", &PeoplePolicy::representative_links},
    {"alias_cues", &PeoplePolicy::alias_cues},
    {"given_name_cues_before", &PeoplePolicy::given_name_cues_before},
    {"given_name_cues_after", &PeoplePolicy::given_name_cues_after},
    {"bench_titles", &PeoplePolicy::bench_titles},
    {"organisation_suffixes", &PeoplePolicy::organisation_suffixes}};

// The lists PeoplePolicy::BodyCues joins.
constexpr std::pair<const char*, PeopleWordList> kPeopleBodyCueLists[] = {
    {"criminal_cues", &PeoplePolicy::criminal_cues},
    {"kinship_cues", &PeoplePolicy::kinship_cues},
    {"family_party_cues", &PeoplePolicy::family_party_cues},
    {"defendant_cues", &PeoplePolicy::defendant_cues},
    {"co_offender_cues", &PeoplePolicy::co_offender_cues},
    {"minor_cues", &PeoplePolicy::minor_cues}};

Status ParsePeople(const JsonObject& people, std::string_view source,
                   PeoplePolicy* out) {
  if (Status s = CheckKeys(people, source, "people.",
                           {"enabled",
                            "pseudonym_style",
                            "pseudonym_script",
                            "family_causes",
                            "family_cause_words",
                            "family_roles",
                            "criminal_roles",
                            "minors",
                            "adult_age",
                            "criminal_cues",
                            "kinship_cues",
                            "family_party_cues",
                            "defendant_cues",
                            "co_offender_cues",
                            "co_offender_notes",
                            "minor_cues",
                            "list_ending_role_words",
                            "statement_words",
                            "not_witness_words",
                            "bracket_witness_words",
                            "victim_words",
                            "representative_links",
                            "alias_cues",
                            "given_name_cues_before",
                            "given_name_cues_after",
                            "bench_titles",
                            "organisation_suffixes",
                            "share_across_case_family"});
      !s.ok()) {
    return s;
  }
  for (auto [key, field] :
       {std::pair{"enabled", &out->enabled}, std::pair{"minors", &out->minors},
        std::pair{"share_across_case_family",
                  &out->share_across_case_family}}) {
    Result<bool> v = people.GetBool(key);
    if (!v.ok())
      return KeyError(source, std::string("people.") + key, v.status());
    *field = v.value();
  }
  Result<std::string> style = people.GetString("pseudonym_style");
  if (!style.ok())
    return KeyError(source, "people.pseudonym_style", style.status());
  if (style.value() == "per_char") {
    out->style = PseudonymStyle::kPerChar;
  } else if (style.value() == "single") {
    out->style = PseudonymStyle::kSingle;
  } else if (style.value() == "double") {
    out->style = PseudonymStyle::kDouble;
  } else if (style.value() == "letters") {
    out->style = PseudonymStyle::kLetters;
  } else {
    return Status::InvalidInput(std::string(source) +
                                ": people.pseudonym_style: \"" + style.value() +
                                "\" is not per_char (张某某), single (张某), "
                                "double (张某某) or letters "
                                "(张XX)");
  }
  Result<std::string> script = people.GetString("pseudonym_script");
  if (!script.ok())
    return KeyError(source, "people.pseudonym_script", script.status());
  if (script.value() == "han") {
    out->script = PseudonymScript::kHan;
  } else if (script.value() == "latin") {
    out->script = PseudonymScript::kLatin;
  } else {
    return Status::InvalidInput(std::string(source) +
                                ": people.pseudonym_script: \"" +
                                script.value() + "\" is not han or latin");
  }
  Result<int64_t> age = people.GetInt("adult_age");
  if (!age.ok()) return KeyError(source, "people.adult_age", age.status());
  if (age.value() < 1 || age.value() > 30) {
    return Status::InvalidInput(std::string(source) +
                                ": people.adult_age must be between 1 and 30");
  }
  out->adult_age = static_cast<int>(age.value());
  for (const auto& [key, member] : kPeopleWordLists) {
    Result<std::vector<std::string>> v =
        WordList(people, key, source, std::string("people.") + key);
    if (!v.ok()) return v.status();
    out->*member = std::move(v).value();
  }
  for (auto [key, roles] :
       {std::pair{"family_roles", &out->family_roles},
        std::pair{"criminal_roles", &out->criminal_roles}}) {
    for (const std::string& role : *roles) {
      if (!RoleKindFromName(role)) {
        return Status::InvalidInput(
            std::string(source) + ": people." + key + ": unknown role \"" +
            role +
            "\" (roles: party, defendant, victim, civil_plaintiff, witness, "
            "appraiser, statutory_representative, agent, "
            "legal_representative, prosecution)");
      }
    }
  }
  // A criminal cue names its role the way the party block does (被害人 →
  // victim): the reason a person found after it is anonymized.
  for (const std::string& cue : out->criminal_cues) {
    if (!out->party_block.KindOf(cue)) {
      return Status::InvalidInput(std::string(source) +
                                  ": people.criminal_cues: \"" + cue +
                                  "\" is not a role label (被害人, 证人, "
                                  "鉴定人, 附带民事诉讼原告人 ...)");
    }
  }
  // The body cues are searched by one automaton (CueSet): each list is
  // checked alone, to name it.
  for (const auto& [key, member] : kPeopleBodyCueLists) {
    if (Status s = CueSet::Check(out->*member); !s.ok())
      return KeyError(source, std::string("people.") + key, s);
  }
  return Status::Ok();
}

// The party_block section's lists of words, by key.
constexpr std::pair<const char*, std::vector<std::string> PartyBlockPolicy::*>
    kPartyBlockWordLists[] = {
        {"ethnicities", &PartyBlockPolicy::ethnicities},
        {"organisation_endings", &PartyBlockPolicy::organisation_endings},
        {"organisation_cues", &PartyBlockPolicy::organisation_cues},
        {"alias_cues", &PartyBlockPolicy::alias_cues},
        {"lawyer_words", &PartyBlockPolicy::lawyer_words}};

Status ParseRoleLabels(const JsonObject& labels, std::string_view source,
                       std::vector<RoleLabel>* out) {
  std::vector<std::string> kinds;
  for (int i = 0; i < kRoleKindCount; ++i)
    kinds.emplace_back(RoleKindName(static_cast<RoleKind>(i)));
  if (Status s = CheckKeys(labels, source, "party_block.role_labels.",
                           std::set<std::string>(kinds.begin(), kinds.end()));
      !s.ok()) {
    return s;
  }
  std::map<std::string, std::string> kind_of;  // label -> its kind's key
  for (const std::string& name : kinds) {
    const std::string key = "party_block.role_labels." + name;
    if (labels.TypeOf(name) == JsonType::kMissing) continue;
    Result<std::vector<std::string>> v = WordList(labels, name, source, key);
    if (!v.ok()) return v.status();
    for (const std::string& label : v.value()) {
      // The earlier kind's key first: the one a court's file most likely
      // added the label to, when it did not also take it out of the other.
      if (auto [at, added] = kind_of.emplace(label, key); !added) {
        return Status::InvalidInput(std::string(source) + ": " + at->second +
                                    " and " + key + " both hold \"" + label +
                                    "\": a label has one kind");
      }
      out->push_back({label, *RoleKindFromName(name)});
    }
  }
  // Longest first, so that 被告人 wins over 被告 and 附带民事诉讼原告人
  // over 原告.
  std::stable_sort(out->begin(), out->end(),
                   [](const RoleLabel& a, const RoleLabel& b) {
                     return a.label.size() > b.label.size();
                   });
  return Status::Ok();
}

Status ParsePartyBlockWords(const JsonObject& section, std::string_view source,
                            PartyBlockPolicy* out) {
  std::set<std::string> allowed = {"role_labels"};
  for (const auto& [key, member] : kPartyBlockWordLists) allowed.insert(key);
  if (Status s = CheckKeys(section, source, "party_block.", allowed); !s.ok())
    return s;
  Result<JsonObject> labels = section.GetObject("role_labels");
  if (!labels.ok())
    return KeyError(source, "party_block.role_labels", labels.status());
  if (Status s = ParseRoleLabels(labels.value(), source, &out->role_labels);
      !s.ok()) {
    return s;
  }
  for (const auto& [key, member] : kPartyBlockWordLists) {
    Result<std::vector<std::string>> v =
        WordList(section, key, source, std::string("party_block.") + key);
    if (!v.ok()) return v.status();
    out->*member = std::move(v).value();
  }
  return Status::Ok();
}

constexpr std::pair<const char*, HealthCaseKindPolicy HealthPolicy::*>
    kHealthCaseKinds[] = {{"criminal", &HealthPolicy::criminal},
                          {"civil", &HealthPolicy::civil},
                          {"administrative", &HealthPolicy::administrative},
                          {"other", &HealthPolicy::other}};

Status ParseHealth(const JsonObject& health, std::string_view source,
                   HealthPolicy* out) {
  if (Status s =
          CheckKeys(health, source, "health.",
                    {"enabled", "by_case_kind", "cues", "patient_cues",
                     "condition_suffixes", "condition_terms", "pregnancy_terms",
                     "disability_kinds", "stop_words", "negations",
                     "treatment_words", "generic_conditions",
                     "generic_modifiers", "other_person_words", "injury_words",
                     "injury_findings", "finding_cues", "institution_words"});
      !s.ok()) {
    return s;
  }
  Result<bool> enabled = health.GetBool("enabled");
  if (!enabled.ok())
    return KeyError(source, "health.enabled", enabled.status());
  out->enabled = enabled.value();

  Result<JsonObject> kinds = health.GetObject("by_case_kind");
  if (!kinds.ok())
    return KeyError(source, "health.by_case_kind", kinds.status());
  if (Status s = CheckKeys(kinds.value(), source, "health.by_case_kind.",
                           {"criminal", "civil", "administrative", "other"});
      !s.ok()) {
    return s;
  }
  for (const auto& [kind, member] : kHealthCaseKinds) {
    const std::string where = std::string("health.by_case_kind.") + kind;
    Result<JsonObject> entry = kinds.value().GetObject(kind);
    if (!entry.ok()) return KeyError(source, where, entry.status());
    if (Status s = CheckKeys(entry.value(), source, where + ".",
                             {"conditions", "injuries"});
        !s.ok()) {
      return s;
    }
    HealthCaseKindPolicy& k = out->*member;
    for (auto [key, field] : {std::pair{"conditions", &k.conditions},
                              std::pair{"injuries", &k.injuries}}) {
      Result<bool> v = entry.value().GetBool(key);
      if (!v.ok()) return KeyError(source, where + "." + key, v.status());
      *field = v.value();
    }
  }

  for (auto [key, field] :
       {std::pair{"cues", &out->cues},
        std::pair{"patient_cues", &out->patient_cues},
        std::pair{"condition_suffixes", &out->condition_suffixes},
        std::pair{"condition_terms", &out->condition_terms},
        std::pair{"pregnancy_terms", &out->pregnancy_terms},
        std::pair{"disability_kinds", &out->disability_kinds},
        std::pair{"stop_words", &out->stop_words},
        std::pair{"negations", &out->negations},
        std::pair{"treatment_words", &out->treatment_words},
        std::pair{"generic_conditions", &out->generic_conditions},
        std::pair{"generic_modifiers", &out->generic_modifiers},
        std::pair{"other_person_words", &out->other_person_words},
        std::pair{"injury_words", &out->injury_words},
        std::pair{"injury_findings", &out->injury_findings},
        std::pair{"finding_cues", &out->finding_cues},
        std::pair{"institution_words", &out->institution_words}}) {
    Result<std::vector<std::string>> v =
        WordList(health, key, source, std::string("health.") + key);
    if (!v.ok()) return v.status();
    *field = std::move(v).value();
  }
  // Without cues and suffixes the cue rule could not fire: a court that
  // wants no health redaction says "enabled": false instead.
  for (auto [key, list] :
       {std::pair{"cues", &out->cues},
        std::pair{"condition_suffixes", &out->condition_suffixes}}) {
    if (out->enabled && list->empty()) {
      return Status::InvalidInput(std::string(source) + ": health." + key +
                                  " must not be empty while health.enabled "
                                  "is true");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Policy> Policy::FromJson(std::string_view json,
                                std::string_view source) {
  Result<JsonObject> parsed = JsonObject::Parse(json);
  if (!parsed.ok()) {
    return Status::InvalidInput(std::string(source) + ": " +
                                parsed.status().message());
  }
  const JsonObject& root = parsed.value();
  if (Status s = CheckKeys(root, source, "",
                           {"version", "description", "mask_character",
                            "overlap_policy", "priority", "categories",
                            "party_block", "people", "health", "publication"});
      !s.ok()) {
    return s;
  }
  Policy policy;
  policy.sha256_ = Sha256Hex(json);
  Result<std::string> version = root.GetString("version");
  if (!version.ok()) return KeyError(source, "version", version.status());
  policy.version_ = version.value();
  if (root.TypeOf("mask_character") != JsonType::kMissing) {
    Result<std::string> mask = root.GetString("mask_character");
    if (!mask.ok()) return KeyError(source, "mask_character", mask.status());
    if (mask.value().empty()) {
      return Status::InvalidInput(std::string(source) +
                                  ": mask_character must not be empty");
    }
    policy.mask_character_ = mask.value();
  }
  Result<std::string> overlap = root.GetString("overlap_policy");
  if (!overlap.ok())
    return KeyError(source, "overlap_policy", overlap.status());
  bool known = false;
  for (std::string_view name : kOverlapPolicies)
    known |= name == overlap.value();
  if (!known) {
    return Status::InvalidInput(
        std::string(source) + ": overlap_policy \"" + overlap.value() +
        "\" is not one of: " + std::string(kOverlapPolicies[0]));
  }
  policy.overlap_policy_ = overlap.value();

  Result<std::vector<std::string>> priority = root.GetStringArray("priority");
  if (!priority.ok()) return KeyError(source, "priority", priority.status());
  policy.priority_.fill(kCategoryCount);
  for (size_t i = 0; i < priority.value().size(); ++i) {
    std::optional<Category> c = CategoryFromName(priority.value()[i]);
    if (!c || *c == Category::kProtected) {
      return Status::InvalidInput(std::string(source) +
                                  ": priority: unknown category \"" +
                                  priority.value()[i] + "\"");
    }
    policy.priority_[static_cast<int>(*c)] = static_cast<int>(i);
  }

  Result<JsonObject> categories = root.GetObject("categories");
  if (!categories.ok())
    return KeyError(source, "categories", categories.status());
  std::set<Category> seen;
  for (const std::string& name : categories.value().Keys()) {
    std::optional<Category> c = CategoryFromName(name);
    if (!c || *c == Category::kProtected) {
      return Status::InvalidInput(std::string(source) +
                                  ": categories: unknown category \"" + name +
                                  "\"");
    }
    seen.insert(*c);
    const std::string where = "categories." + name;
    Result<JsonObject> entry = categories.value().GetObject(name);
    if (!entry.ok()) return KeyError(source, where, entry.status());
    if (Status s =
            CheckKeys(entry.value(), source, where + ".",
                      {"action", "keep_leading", "keep_trailing", "label"});
        !s.ok()) {
      return s;
    }
    CategoryPolicy& cp = policy.categories_[static_cast<int>(*c)];
    Result<std::string> action = entry.value().GetString("action");
    if (!action.ok())
      return KeyError(source, where + ".action", action.status());
    if (action.value() == "delete")
      cp.action = Action::kDelete;
    else if (action.value() == "mask")
      cp.action = Action::kMask;
    else if (action.value() == "replace")
      cp.action = Action::kReplace;
    else if (action.value() == "pseudonym" && *c == Category::kPersonName)
      cp.action = Action::kPseudonym;
    else {
      return Status::InvalidInput(
          std::string(source) + ": " + where + ".action: \"" + action.value() +
          "\" is not delete, mask or replace" +
          (*c == Category::kPersonName ? std::string(" or pseudonym")
                                       : std::string()));
    }
    for (auto [key, field] : {std::pair{"keep_leading", &cp.keep_leading},
                              std::pair{"keep_trailing", &cp.keep_trailing}}) {
      Result<int64_t> v = entry.value().GetInt(key);
      if (!v.ok()) return KeyError(source, where + "." + key, v.status());
      if (v.value() < 0 || v.value() > 8) {
        return Status::InvalidInput(std::string(source) + ": " + where + "." +
                                    key + " must be between 0 and 8");
      }
      *field = static_cast<int>(v.value());
    }
    Result<std::string> label = entry.value().GetString("label");
    if (!label.ok()) return KeyError(source, where + ".label", label.status());
    cp.label = label.value();
  }
  for (int i = 0; i < kCategoryCount; ++i) {
    const Category c = static_cast<Category>(i);
    if (c == Category::kProtected) continue;
    if (!seen.count(c)) {
      return Status::InvalidInput(std::string(source) + ": categories: \"" +
                                  std::string(CategoryName(c)) +
                                  "\" is missing");
    }
  }
  // Without a "party_block" section the block is read with the built-in
  // words (a court's file is laid over the built-in one, which has it).
  if (root.TypeOf("party_block") == JsonType::kMissing) {
    policy.people_.party_block = NationalDefault().party_block();
  } else {
    Result<JsonObject> section = root.GetObject("party_block");
    if (!section.ok()) return KeyError(source, "party_block", section.status());
    if (Status s = ParsePartyBlockWords(section.value(), source,
                                        &policy.people_.party_block);
        !s.ok()) {
      return s;
    }
  }
  // Without a "people" section names are left alone (the built-in policy
  // has one).
  if (root.TypeOf("people") == JsonType::kMissing) {
    policy.people_.enabled = false;
  } else {
    Result<JsonObject> people = root.GetObject("people");
    if (!people.ok()) return KeyError(source, "people", people.status());
    if (Status s = ParsePeople(people.value(), source, &policy.people_);
        !s.ok()) {
      return s;
    }
  }
  // Without a "publication" section every readable document is published
  // (the built-in policy has one).
  if (root.TypeOf("publication") == JsonType::kMissing) {
    policy.publication_.enabled = false;
  } else {
    Result<JsonObject> publication = root.GetObject("publication");
    if (!publication.ok())
      return KeyError(source, "publication", publication.status());
    if (Status s = ParsePublicationPolicy(publication.value(), source,
                                          &policy.publication_);
        !s.ok()) {
      return s;
    }
  }
  // Without a "health" section health status is left alone (the built-in
  // policy has one).
  if (root.TypeOf("health") == JsonType::kMissing) {
    policy.health_.enabled = false;
  } else {
    Result<JsonObject> health = root.GetObject("health");
    if (!health.ok()) return KeyError(source, "health", health.status());
    if (Status s = ParseHealth(health.value(), source, &policy.health_);
        !s.ok()) {
      return s;
    }
  }
  return policy;
}

std::vector<std::string> PeoplePolicy::BodyCues() const {
  std::vector<std::string> all;
  for (const auto& [key, member] : kPeopleBodyCueLists)
    all.insert(all.end(), (this->*member).begin(), (this->*member).end());
  return all;
}

std::string_view Policy::DefaultJson() { return kDefaultPolicyJson; }

const Policy& Policy::NationalDefault() {
  static const Policy* policy = [] {
    Result<Policy> p = FromJson(kDefaultPolicyJson, "built-in default policy");
    if (!p.ok()) {
      std::fprintf(stderr, "wenshu: %s\n", p.status().message().c_str());
      std::abort();
    }
    return new Policy(std::move(p).value());
  }();
  return *policy;
}

}  // namespace wenshu
