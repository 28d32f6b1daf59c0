// PublicationDecider: whether a judgment goes online at all (rules §1-2).
//
// From the header (document type, case-type code, cause of action, decision
// date, zones), the record's metadata (flags, the court-discretion record)
// and the text (the defendants' birth dates in the party block, offence
// dates in the facts, the words that show a family dispute when no cause
// is stated, the signs of a divorce or a child's custody in the title and
// the holding), as the policy's "publication" section says:
//
//   withheld    one or more grounds: state_secret, court_discretion,
//               mediation, not_publishable_type, divorce_or_custody,
//               juvenile_crime (party_request comes from the request
//               register, outside this class);
//   held        for review, when the signals conflict or are missing: a
//               document type that cannot be read, a court-discretion flag
//               without its approval record, state-secret words without the
//               flag, a juvenile tribunal whose defendants all seem adult, a
//               defendant under 18 at the decision (or close to it) whose
//               offence date cannot be found, a civil document without a
//               stated cause whose words score a divorce or custody
//               dispute and another family dispute alike, an adoption or
//               paternity matter whose parties' ages cannot be read;
//   published   otherwise.
//
// Every decision lists its reasons: the ground, the field or words that
// triggered it, and the value found, so that a court can see why; and
// whether it was inferred from the text, with its signals.
//
// A stated cause (meta.cause, else the procedure sentence) is
// authoritative over what the facts suggest; only a sign of a divorce or a
// child's custody in the cause, the title or the holding (抚养, 探望,
// 监护权; not 被抚养人生活费 or 监护人责任) overrides it, and only toward
// withholding.
// Immutable after construction; Decide is thread-safe.
//
// Decide never fails: missing or conflicting signals hold the document
// (fail closed) rather than publish it. Preconditions: `policy` was
// validated by Policy::FromJson (the decider keeps its own copy); `text` is
// the normalized text `header`'s offsets refer to. The decision owns its
// strings.
#ifndef WENSHU_PIPELINE_PUBLICATION_DECISION_H_
#define WENSHU_PIPELINE_PUBLICATION_DECISION_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/input_record.h"
#include "pipeline/document_analyzer.h"
#include "redactors/party_block.h"
#include "redactors/publication_policy.h"

namespace wenshu {

struct PublicationDecision {
  enum class Outcome { kPublish, kWithhold, kHold };
  Outcome outcome = Outcome::kPublish;
  std::vector<std::string> grounds;  // when withheld, in the order found
  std::string hold_reason;           // when held
  std::vector<DecisionReason> reasons;
  // Whether the decision rests on words of the text (true: a cause told
  // from the facts, a sign in the title or the holding, an age read from
  // the dates) or only on the metadata, the stated cause and the document
  // type (false), and the signals it rests on, each with where it was
  // found: "cause:离婚纠纷 (stated)", "meta.cause:继承纠纷 (stated)",
  // "holding:抚养费", "text:抚养权×2", "meta.flags:state_secret".
  bool inferred = false;
  std::vector<std::string> signals;
  // A cause told from the words of a document that states none; the
  // people stage treats it as the document's cause.
  std::optional<std::string> inferred_cause;
  // State secrets: even the stub is withheld.
  bool stub_withheld = false;
};

struct CauseWordIndex;

class PublicationDecider {
 public:
  // `party_block` is how the party block is read for defendants' birth
  // dates: the same words as the people steps (Policy::party_block()).
  PublicationDecider(const PublicationPolicy& policy,
                     const PartyBlockPolicy& party_block);
  ~PublicationDecider();
  PublicationDecider(PublicationDecider&&) noexcept;

  // `text` is the normalized view the header's offsets refer to.
  PublicationDecision Decide(std::string_view text,
                             const DocumentHeader& header,
                             const InputMeta& meta) const;

 private:
  PublicationPolicy policy_;
  PartyBlockParser party_block_;
  // The words of the cause inference, found in one regex pass.
  std::unique_ptr<const CauseWordIndex> cause_words_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLICATION_DECISION_H_
