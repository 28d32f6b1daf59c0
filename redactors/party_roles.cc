#include "redactors/party_roles.h"

#include "core/regex.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "redactors/person_names.h"
#include "redactors/publication_policy.h"

namespace wenshu {

namespace {

// True when a participant's paragraph says the person is kin to a party
// (系原告之女, 系被告的儿子, 近亲属).
bool NamesAKinship(std::string_view paragraph) {
  static const Regex* const kinship = new Regex(
      R"(系[^,，。;；]{0,8}(?:之|的)(?:[子女妻夫母父兄弟姐妹孙儿媳婿侄甥]|亲属)|近亲属)");
  return kinship->PartialMatch(paragraph);
}

}  // namespace
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

PeopleCase PeopleCaseOf(const DocumentHeader& header, size_t text_size,
                        const PeoplePolicy& policy) {
  PeopleCase kind;
  kind.parties = {0, 0};
  kind.tail = {text_size, text_size};
  for (const ZoneSpan& z : header.zones) {
    if (z.zone == Zone::kParties) kind.parties = {z.begin, z.end};
    if (z.zone == Zone::kTail) kind.tail = {z.begin, z.end};
  }
  kind.criminal = (header.case_number && header.case_number->type_code.find(
                                             "刑") != std::string::npos) ||
                  header.doc_type.find("刑事") != std::string::npos;
  kind.family = CauseIsOneOf(header.cause, policy.family_causes,
                             policy.family_cause_words);
  return kind;
}

void DecidePartyRoles(std::string_view text,
                      const std::vector<Participant>& participants,
                      const DocumentHeader& header, const PeopleCase& kind,
                      const PeoplePolicy& policy, PeopleDecisions* decisions) {
  const NameModel& model = NameModel::Instance();
  std::vector<bool> anonymized(participants.size(), false);
  for (size_t i = 0; i < participants.size(); ++i) {
    const Participant& p = participants[i];
    if (p.organisation) continue;
    const std::string_view name =
        text.substr(p.name.begin, p.name.end - p.name.begin);
    const size_t surname = model.SurnameAt(name, 0);
    if (surname > 0 && IsAnonymizedGivenName(name, surname)) continue;
    if (IsAnonymizedGivenName(name, NextCharBoundary(name, 0))) continue;
    // A name that is its own pseudonym (J., a Latin name already cut) has
    // nothing left to anonymize.
    if (model.Pseudonym(name, model.Analyze(name, false), policy.style,
                        policy.script) == name)
      continue;
    std::string reason;
    if (policy.minors && p.birth_date && header.decision_date) {
      const Date& b = *p.birth_date;
      const Date& d = *header.decision_date;
      int age = d.year - b.year;
      if (d.month < b.month || (d.month == b.month && d.day < b.day)) --age;
      if (age < policy.adult_age) reason = "minor";
    }
    const std::string_view role = RoleKindName(p.kind);
    if (reason.empty() && p.kind != RoleKind::kStatutoryRepresentative &&
        !(p.lawyer && p.kind == RoleKind::kAgent)) {
      if (kind.family && Contains(policy.family_roles, role))
        reason = "family_" + std::string(role);
      if (kind.criminal && Contains(policy.criminal_roles, role))
        reason = std::string(role);
    }
    // A relative acting as agent (委托诉讼代理人…，系原告之女) would name the
    // family whose parties are anonymized: anonymized with them.
    if (reason.empty() && kind.family && p.kind == RoleKind::kAgent &&
        !p.lawyer &&
        Contains(policy.family_roles, RoleKindName(RoleKind::kParty)) &&
        NamesAKinship(text.substr(p.paragraph.begin,
                                  p.paragraph.end - p.paragraph.begin))) {
      reason = "family_relative_agent";
    }
    if (reason.empty() && p.kind == RoleKind::kStatutoryRepresentative &&
        p.represents >= 0 && anonymized[p.represents]) {
      reason = "statutory_representative";
    }
    const bool no_surname_hint =
        p.foreign || (!p.ethnicity.empty() && p.ethnicity != "汉族");
    if (reason.empty()) {
      decisions->Keep(name, /*in_party_block=*/true);
      continue;
    }
    anonymized[i] = true;
    PersonCandidate c{std::string(name), reason, no_surname_hint, {}};
    for (const ByteRange& a : p.aliases) {
      std::string_view alias = text.substr(a.begin, a.end - a.begin);
      // 以下简称 of a person is often the name itself or a role: keep only
      // name-like aliases.
      const bool latin =
          !alias.empty() && static_cast<unsigned char>(alias[0]) < 0x80;
      if (alias != name && Utf8CharCount(alias) >= 2 &&
          (Utf8CharCount(alias) <= 6 || (latin && alias.size() <= 40)) &&
          !IsAnonymizedGivenName(alias, NextCharBoundary(alias, 0))) {
        c.aliases.emplace_back(alias);
      }
    }
    decisions->Anonymize(std::move(c));
  }
}

}  // namespace wenshu
