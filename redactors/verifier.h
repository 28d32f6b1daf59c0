// Verifier: the last check before anything is published.
//
// Re-scans a public text with every detector at the widest strictness and
// plans the redaction pass over it; if the pass would still change anything,
// an identifier survived and the document must be held (fail closed). A
// term listed for the case (CaseTerms) found anywhere in the public text —
// with the same tolerance of spacing and full-width forms as the search
// that removed it — holds the document too; a masked term no longer
// matches. The result names the category, the rule and the byte offset in
// the public text, never the identifier or the term itself. Immutable and
// thread-safe.
#ifndef WENSHU_REDACTORS_VERIFIER_H_
#define WENSHU_REDACTORS_VERIFIER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/people.h"
#include "redactors/redaction_pass.h"

namespace wenshu {

class Verifier {
 public:
  Verifier(const DetectorSet& detectors, const RedactionPass& pass)
      : detectors_(detectors), pass_(pass) {}

  // `public_text` must be well-formed UTF-8 (it is built from validated
  // input). Ok when it holds no residual identifier; kInvalidInput with
  // the reason otherwise; the detectors' own error when they fail.
  // `anonymized` are the people anonymized in it (and `kept` those who
  // keep their names): none of their full names may remain. None of
  // `case_terms` may occur.
  Status Check(std::string_view public_text,
               const std::vector<PersonRecord>& anonymized = {},
               const std::vector<std::string>& kept = {},
               const CaseTerms& case_terms = CaseTerms()) const;

 private:
  const DetectorSet& detectors_;
  const RedactionPass& pass_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_VERIFIER_H_
