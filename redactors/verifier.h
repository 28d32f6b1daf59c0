// Verifier: the last check before anything is published.
//
// Re-scans a public text with every detector at the widest strictness and
// plans the redaction pass over it; if the pass would still change anything,
// an identifier survived and the document must be held (fail closed). The
// result names the category, the rule and the byte offset in the public
// text, never the identifier itself. Immutable and thread-safe.
#ifndef WENSHU_REDACTORS_VERIFIER_H_
#define WENSHU_REDACTORS_VERIFIER_H_

#include <string_view>

#include "pipeline/status.h"
#include <string>
#include <vector>

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
  // keep their names): none of their full names may remain.
  Status Check(std::string_view public_text,
               const std::vector<PersonRecord>& anonymized = {},
               const std::vector<std::string>& kept = {}) const;

 private:
  const DetectorSet& detectors_;
  const RedactionPass& pass_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_VERIFIER_H_
