#include "redactors/publication_policy.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>


namespace wenshu {
namespace {

Status Error(std::string_view source, std::string_view key,
             std::string_view message) {
  return Status::InvalidInput(std::string(source) + ": publication." +
                              std::string(key) + ": " + std::string(message));
}

Status CheckKnownKeys(const JsonObject& object, std::string_view source,
                      std::string_view where,
                      const std::set<std::string>& allowed) {
  for (const std::string& key : object.Keys()) {
    if (!allowed.count(key)) {
      return Status::InvalidInput(std::string(source) +
                                  ": unknown key \"publication." +
                                  std::string(where) + key + "\"");
    }
  }
  return Status::Ok();
}

Status ReadWords(const JsonObject& object, std::string_view source,
                 const std::string& where, std::string_view key,
                 std::vector<std::string>* out) {
  Result<std::vector<std::string>> v = object.GetStringArray(key);
  if (!v.ok())
    return Error(source, where + std::string(key), v.status().message());
  for (const std::string& item : v.value()) {
    if (item.empty())
      return Error(source, where + std::string(key), "holds an empty string");
  }
  *out = std::move(v).value();
  return Status::Ok();
}

Status ReadInt(const JsonObject& object, std::string_view source,
               const std::string& where, std::string_view key, int low,
               int high, int* out) {
  Result<int64_t> v = object.GetInt(key);
  if (!v.ok())
    return Error(source, where + std::string(key), v.status().message());
  if (v.value() < low || v.value() > high) {
    return Error(source, where + std::string(key),
                 "must be between " + std::to_string(low) + " and " +
                     std::to_string(high));
  }
  *out = static_cast<int>(v.value());
  return Status::Ok();
}

Status ReadInference(const JsonObject& publication, std::string_view source,
                     std::string_view key, CauseInference* out) {
  const std::string where = std::string(key) + ".";
  Result<JsonObject> object = publication.GetObject(key);
  if (!object.ok()) return Error(source, key, object.status().message());
  if (Status s = CheckKnownKeys(
          object.value(), source, where,
          {"cause", "words", "strong_words", "strong_weight", "min_score"});
      !s.ok())
    return s;
  Result<std::string> cause = object.value().GetString("cause");
  if (!cause.ok())
    return Error(source, where + "cause", cause.status().message());
  if (cause.value().empty()) return Error(source, where + "cause", "is empty");
  out->cause = cause.value();
  for (auto [name, field] : {std::pair{"words", &out->words},
                             std::pair{"strong_words", &out->strong_words}}) {
    if (Status s = ReadWords(object.value(), source, where, name, field);
        !s.ok())
      return s;
  }
  for (auto [name, field] : {std::pair{"strong_weight", &out->strong_weight},
                             std::pair{"min_score", &out->min_score}}) {
    if (Status s = ReadInt(object.value(), source, where, name, 1, 100, field);
        !s.ok())
      return s;
  }
  return Status::Ok();
}

Status ReadBackground(const JsonObject& publication, std::string_view source,
                      CauseBackground* out) {
  const std::string where = "infer_background.";
  Result<JsonObject> object = publication.GetObject("infer_background");
  if (!object.ok())
    return Error(source, "infer_background", object.status().message());
  if (Status s = CheckKnownKeys(object.value(), source, where,
                                {"other_civil_words", "dominance",
                                 "dependant_words", "dependant_window_chars",
                                 "incidental_family_words",
                                 "incidental_dominance"});
      !s.ok())
    return s;
  for (auto [name, field] :
       {std::pair{"other_civil_words", &out->other_civil_words},
        std::pair{"dependant_words", &out->dependant_words},
        std::pair{"incidental_family_words", &out->incidental_family_words}}) {
    if (Status s = ReadWords(object.value(), source, where, name, field);
        !s.ok())
      return s;
  }
  for (auto [name, field, high] :
       {std::tuple{"dominance", &out->dominance, 100},
        std::tuple{"dependant_window_chars", &out->dependant_window_chars,
                   200},
        std::tuple{"incidental_dominance", &out->incidental_dominance, 100}}) {
    if (Status s = ReadInt(object.value(), source, where, name, 0, high, field);
        !s.ok())
      return s;
  }
  return Status::Ok();
}

Status ReadCustodySigns(const JsonObject& publication, std::string_view source,
                        CustodySigns* out) {
  const std::string where = "custody_signs.";
  Result<JsonObject> object = publication.GetObject("custody_signs");
  if (!object.ok())
    return Error(source, "custody_signs", object.status().message());
  if (Status s = CheckKnownKeys(object.value(), source, where,
                                {"words", "not_within", "minor_party_words"});
      !s.ok())
    return s;
  for (auto [name, field] :
       {std::pair{"words", &out->words},
        std::pair{"not_within", &out->not_within},
        std::pair{"minor_party_words", &out->minor_party_words}}) {
    if (Status s = ReadWords(object.value(), source, where, name, field);
        !s.ok())
      return s;
  }
  return Status::Ok();
}

}  // namespace

Status ParsePublicationPolicy(const JsonObject& publication,
                              std::string_view source, PublicationPolicy* out) {
  if (Status s = CheckKnownKeys(publication, source, "",
                                {"enabled",
                                 "publishable_doc_types",
                                 "mediation_withheld_doc_types",
                                 "mediation_published_doc_types",
                                 "mediation_confirmation_case_types",
                                 "mediation_confirmation_words",
                                 "divorce_or_custody_causes",
                                 "divorce_or_custody_cause_words",
                                 "infer_divorce_or_custody",
                                 "infer_family",
                                 "infer_background",
                                 "custody_signs",
                                 "adult_age",
                                 "min_offence_age",
                                 "review_margin_years",
                                 "facts_cues",
                                 "juvenile_tribunal_words",
                                 "state_secret_flags",
                                 "juvenile_flags",
                                 "court_discretion_flags",
                                 "court_discretion_approvals",
                                 "state_secret_words"});
      !s.ok()) {
    return s;
  }
  Result<bool> enabled = publication.GetBool("enabled");
  if (!enabled.ok())
    return Error(source, "enabled", enabled.status().message());
  out->enabled = enabled.value();
  for (auto [key, field] :
       {std::pair{"publishable_doc_types", &out->publishable_doc_types},
        std::pair{"mediation_withheld_doc_types",
                  &out->mediation_withheld_doc_types},
        std::pair{"mediation_published_doc_types",
                  &out->mediation_published_doc_types},
        std::pair{"mediation_confirmation_case_types",
                  &out->mediation_confirmation_case_types},
        std::pair{"mediation_confirmation_words",
                  &out->mediation_confirmation_words},
        std::pair{"divorce_or_custody_causes", &out->divorce_or_custody_causes},
        std::pair{"divorce_or_custody_cause_words",
                  &out->divorce_or_custody_cause_words},
        std::pair{"facts_cues", &out->facts_cues},
        std::pair{"juvenile_tribunal_words", &out->juvenile_tribunal_words},
        std::pair{"state_secret_flags", &out->state_secret_flags},
        std::pair{"juvenile_flags", &out->juvenile_flags},
        std::pair{"court_discretion_flags", &out->court_discretion_flags},
        std::pair{"state_secret_words", &out->state_secret_words}}) {
    if (Status s = ReadWords(publication, source, "", key, field); !s.ok())
      return s;
  }
  if (out->enabled && out->publishable_doc_types.empty()) {
    return Error(source, "publishable_doc_types",
                 "must not be empty while publication.enabled is true "
                 "(nothing could be published)");
  }
  for (auto [key, field] :
       {std::pair{"infer_divorce_or_custody", &out->infer_divorce_or_custody},
        std::pair{"infer_family", &out->infer_family}}) {
    if (Status s = ReadInference(publication, source, key, field); !s.ok())
      return s;
  }
  if (Status s = ReadBackground(publication, source, &out->infer_background);
      !s.ok())
    return s;
  for (const std::string& w : out->infer_background.incidental_family_words) {
    const std::vector<std::string>& family = out->infer_family.words;
    if (std::find(family.begin(), family.end(), w) == family.end()) {
      return Error(source, "infer_background.incidental_family_words",
                   "\"" + w + "\" is not one of infer_family.words");
    }
  }
  if (Status s = ReadCustodySigns(publication, source, &out->custody_signs);
      !s.ok())
    return s;
  for (auto [key, field, low, high] :
       {std::tuple{"adult_age", &out->adult_age, 1, 30},
        std::tuple{"min_offence_age", &out->min_offence_age, 1, 30},
        std::tuple{"review_margin_years", &out->review_margin_years, 0, 10},
        std::tuple{"court_discretion_approvals",
                   &out->court_discretion_approvals, 0, 10}}) {
    if (Status s = ReadInt(publication, source, "", key, low, high, field);
        !s.ok())
      return s;
  }
  if (out->min_offence_age >= out->adult_age) {
    return Error(source, "min_offence_age",
                 "must be below publication.adult_age");
  }
  return Status::Ok();
}

bool CauseIsOneOf(std::string_view cause,
                  const std::vector<std::string>& causes,
                  const std::vector<std::string>& words) {
  if (cause.empty()) return false;
  if (std::find(causes.begin(), causes.end(), cause) != causes.end())
    return true;
  return std::any_of(words.begin(), words.end(), [cause](const std::string& w) {
    return cause.find(w) != std::string_view::npos;
  });
}

std::vector<std::string> CauseInferenceWords(const PublicationPolicy& policy) {
  std::vector<std::string> words;
  for (const std::vector<std::string>* list :
       {&policy.infer_divorce_or_custody.words,
        &policy.infer_divorce_or_custody.strong_words,
        &policy.infer_family.words, &policy.infer_family.strong_words,
        &policy.infer_background.other_civil_words,
        &policy.infer_background.dependant_words}) {
    words.insert(words.end(), list->begin(), list->end());
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  std::set<std::string> seen;
  std::erase_if(
      words, [&seen](const std::string& w) { return !seen.insert(w).second; });
  return words;
}

}  // namespace wenshu
