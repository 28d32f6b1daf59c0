// Party roles: the people stage's first decision (rules §3) — which
// participants of the party block (party_block.h) are anonymized, and why.
//
// The case kind decides: in a criminal case the policy's criminal_roles
// (victims, witnesses ...), in a marriage-family or inheritance case its
// family_roles (every party); in every case a minor (birth date against the
// decision date) and the statutory representative of anyone anonymized.
// Lawyers acting as agents, organisations and names already anonymized are
// never candidates; every other natural person keeps the name. Stateless
// and thread-safe.
#ifndef WENSHU_REDACTORS_PARTY_ROLES_H_
#define WENSHU_REDACTORS_PARTY_ROLES_H_

#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "redactors/party_block.h"
#include "redactors/people_decisions.h"
#include "redactors/policy.h"

namespace wenshu {

// What the people stage needs to know of a document's kind and layout.
struct PeopleCase {
  bool criminal = false;  // case type 刑, or a 刑事 document
  bool family = false;    // a marriage-family or inheritance cause
  ByteRange parties;      // the party block (empty when there is none)
  ByteRange tail;         // the signatures (starts at the text's end if none)
};

// `text_size` is the length of the normalized text the header describes.
PeopleCase PeopleCaseOf(const DocumentHeader& header, size_t text_size,
                        const PeoplePolicy& policy);

// Decides for every participant parsed from `text`: anonymized (with its
// aliases that look like names) or kept as a party-block role.
void DecidePartyRoles(std::string_view text,
                      const std::vector<Participant>& participants,
                      const DocumentHeader& header, const PeopleCase& kind,
                      const PeoplePolicy& policy, PeopleDecisions* decisions);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PARTY_ROLES_H_
