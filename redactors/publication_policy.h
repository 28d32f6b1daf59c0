// PublicationPolicy: which documents go online at all (rules §1-2), as data.
//
// The "publication" section of a policy file. Every list is matched as
// written against the header fields (document type, case-type code, cause
// of action), the record's metadata flags, or the text; nothing here is a
// regular expression. Parsed and validated by Policy::FromJson together with
// the rest of the policy.
#ifndef WENSHU_REDACTORS_PUBLICATION_POLICY_H_
#define WENSHU_REDACTORS_PUBLICATION_POLICY_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"
#include "core/status.h"

namespace wenshu {

// Causes of action told from the words of a document that does not state
// its cause (a civil document whose procedure sentence names none).
struct CauseInference {
  // The cause recorded for the document when the words decide it.
  std::string cause;
  // Words that show the dispute may be of this kind (离婚, 婚生); each
  // occurrence scores 1.
  std::vector<std::string> words;
  // Words that show the dispute itself is of this kind (抚养权, 感情破裂);
  // each occurrence scores `strong_weight`.
  std::vector<std::string> strong_words;
  int strong_weight = 2;
  // The score the kind needs, at the least, to decide the document.
  int min_score = 1;
};

// What makes family words background rather than the dispute itself.
struct CauseBackground {
  // Words of other civil disputes (合同, 借条, 交通事故): when their
  // occurrences reach `dominance` times the divorce-or-custody score, a
  // divorce or a child mentioned in the facts is background (an earlier
  // divorce between a debtor and a third party) and scores nothing. 0
  // turns this off.
  std::vector<std::string> other_civil_words;
  int dominance = 3;
  // A dependant in a damages claim (被抚养人生活费, 应被抚养12年): family
  // or custody words that overlap one of these words, or start within
  // `dependant_window_chars` characters after it, score nothing.
  std::vector<std::string> dependant_words;
  int dependant_window_chars = 20;
  // Family words that may only tell a relationship in the facts of another
  // dispute (恋爱, 前妻, 分家所得的房屋): when the words of other disputes
  // occur at least `incidental_dominance` times as often as these, they
  // score nothing, so that no family cause is inferred from them. Each
  // must also be one of infer_family's words. 0 turns this off.
  std::vector<std::string> incidental_family_words;
  int incidental_dominance = 2;
};

// Signs of a divorce or of a matter of a minor child (custody, support,
// visitation, guardianship, adoption, paternity) in the cause, the title
// or the holding: they withhold a civil document with divorce_or_custody
// whatever its cause, stated or inferred (a sign only makes a decision
// stricter, never looser).
struct CustodySigns {
  // 抚养, 抚育, 探望, 监护权, 离婚 ...
  std::vector<std::string> words;
  // An occurrence inside one of these is no sign: a dependant in a damages
  // claim (被抚养人生活费), a guardian's liability (监护人责任纠纷).
  std::vector<std::string> not_within;
  // Adoption and paternity (收养, 亲子关系): a sign when a party is under
  // publication.adult_age at the decision; when every party with a birth
  // date is an adult they are a family cause; when no age can be read the
  // document is held.
  std::vector<std::string> minor_party_words;
};

struct PublicationPolicy {
  bool enabled = true;
  // A document type is publishable when it ends with one of these (判决书,
  // 裁定书, 支付令 ...), unless a mediation rule below withholds it.
  std::vector<std::string> publishable_doc_types;
  // Mediation (rules §2): these document types are withheld ...
  std::vector<std::string> mediation_withheld_doc_types;
  // ... except these, published (行政调解书, 民事公益诉讼调解书).
  std::vector<std::string> mediation_published_doc_types;
  // A ruling confirming a people's mediation agreement: a case-type code
  // holding one of these (民特) and one of the words in the text.
  std::vector<std::string> mediation_confirmation_case_types;
  std::vector<std::string> mediation_confirmation_words;
  // Divorce, custody and guardianship of minors: withheld by cause, one of
  // these causes or one holding one of the words (涉外离婚纠纷,
  // 变更子女抚养关系纠纷: courts word causes in more ways than any list).
  std::vector<std::string> divorce_or_custody_causes;
  std::vector<std::string> divorce_or_custody_cause_words;
  // For civil documents without a stated cause: the words that show a
  // divorce or child-custody dispute (withheld), and those that show
  // another marriage-family or inheritance dispute (published with the
  // parties anonymized). Words are counted by occurrence, the longest word
  // at each place; the kind with the higher score decides, and a tie holds
  // the document for review.
  CauseInference infer_divorce_or_custody;
  CauseInference infer_family;
  CauseBackground infer_background;
  CustodySigns custody_signs;
  // Juvenile crime: a defendant under `adult_age` at the time of the
  // offence. Offence dates are full dates in the facts at least
  // `min_offence_age` years after the defendant's birth. Without one, a
  // defendant under adult_age + `review_margin_years` at the decision date
  // holds the document for review.
  int adult_age = 18;
  int min_offence_age = 12;
  int review_margin_years = 1;
  // Where the facts start (经审理查明, 指控).
  std::vector<std::string> facts_cues;
  // A juvenile tribunal (少年法庭) in the header: a signal that must agree
  // with the ages.
  std::vector<std::string> juvenile_tribunal_words;
  // Metadata flags (meta.flags) of each ground.
  std::vector<std::string> state_secret_flags;
  std::vector<std::string> juvenile_flags;
  std::vector<std::string> court_discretion_flags;
  // Approvals a court-discretion record must carry (Art. 12: the division
  // head and the vice-president in charge).
  int court_discretion_approvals = 2;
  // Words in the text that speak of state secrets: without the flag they
  // hold the document for review (only a flag withholds).
  std::vector<std::string> state_secret_words;
};

// Parses the "publication" object of a policy file into `out`. `source`
// names the file in errors.
Status ParsePublicationPolicy(const JsonObject& publication,
                              std::string_view source, PublicationPolicy* out);

// True when `cause` is one of `causes` or holds one of `words`.
bool CauseIsOneOf(std::string_view cause,
                  const std::vector<std::string>& causes,
                  const std::vector<std::string>& words);

// Every word the cause inference looks for, longest first and without
// repeats: where words start at one place, the first of them (the
// longest) is the one read there (LeftmostFirstMatches).
std::vector<std::string> CauseInferenceWords(const PublicationPolicy& policy);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PUBLICATION_POLICY_H_
