// People decisions: who the people stage (people.h) anonymizes and who keeps
// the name, as its steps build them up for one document —
//   party_roles.h adds the party block's participants,
//   body_mentions.h adds people found only in the body, and co-offenders
//     whose cases are handled apart (kept unless a rule anonymizes them),
//   AdoptPrior adds what the case family decided before,
//   SettleConflicts drops or refuses names both anonymized and kept,
// before pseudonyms.h numbers the pseudonyms. One object per document; not
// thread-safe. Holds copies of the names, no views.
#ifndef WENSHU_REDACTORS_PEOPLE_DECISIONS_H_
#define WENSHU_REDACTORS_PEOPLE_DECISIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/document.h"

namespace wenshu {

// A person to anonymize.
struct PersonCandidate {
  std::string name;
  std::string reason;  // victim, witness, family_party, minor ...
  // The party block gives a non-Han ethnicity or a foreign nationality.
  bool no_surname_hint = false;
  std::vector<std::string> aliases;  // declared aliases, Latin forms
  // True when the party block names the person's role. Only a party-block
  // role against a party-block role is a conflict to hold for; a name found
  // in the body gives way to a participant who keeps it.
  bool strong = true;
};

class PeopleDecisions {
 public:
  // Adds `c`, or merges it into the candidate of the same name: its aliases
  // are appended and it is strong when either is.
  void Anonymize(PersonCandidate c);
  // A natural person who keeps the name; `in_party_block` when the party
  // block gives the role (a conflict with such a name holds the document).
  void Keep(std::string_view name, bool in_party_block);

  // True when `name` is kept already.
  bool IsKept(std::string_view name) const;

  // A co-offender whose case is handled apart (李四(另案处理)): he or she
  // keeps the name like an adult defendant, unless the person is also
  // anonymized when the decisions are settled (a victim, a witness, a
  // minor): then that rule wins.
  void KeepCoOffender(std::string_view name);
  bool IsCoOffender(std::string_view name) const;

  // What the case family decided before (`prior`), for the persons this
  // text mentions: they are anonymized even where this document alone would
  // keep them (the victim as plaintiff in the related civil case). Returns
  // the pseudonyms already given, by name; a person listed without one (a
  // granted request to anonymize someone) gets one like anyone else.
  std::unordered_map<std::string, std::string> AdoptPrior(
      std::string_view text, const std::vector<PersonRecord>& prior);

  // Drops each candidate whose name is also kept, unless both come from the
  // party block: then returns why the document must be held ("a victim to
  // anonymize has the same name as a participant who keeps it; review who
  // is who") and leaves the decisions as they were. Empty when settled.
  // Then every co-offender not anonymized joins the kept names.
  std::string SettleConflicts();

  const std::vector<PersonCandidate>& anonymized() const { return anonymize_; }
  const std::vector<std::string>& kept() const { return kept_; }

 private:
  std::vector<PersonCandidate> anonymize_;
  std::vector<std::string> kept_;
  std::vector<std::string> kept_in_block_;  // roles from the party block
  std::vector<std::string> co_offenders_;
  // The same names indexed, so that a document naming thousands of people
  // costs no search of every list per name.
  std::unordered_map<std::string, size_t> anonymize_at_;  // name → index
  std::unordered_set<std::string> kept_set_;
  std::unordered_set<std::string> kept_in_block_set_;
  std::unordered_set<std::string> co_offender_set_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PEOPLE_DECISIONS_H_
