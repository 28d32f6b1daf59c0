// RedactionPass: the one place where text is rewritten.
//
// Takes a document's original text, its normalized view and every span the
// detectors reported on that view, and produces the public text in one pass:
// identifier spans wholly inside a protected span are dropped, and so is
// every span that shares a byte with an inviolable one (a kept name:
// Span::inviolable), whole, never trimmed; no clause deletion or tidying
// reaches into an inviolable span (the span is masked instead); overlaps are
// resolved by the policy's named overlap policy, each surviving span gets
// the action its category has in the policy (clause-aware deletion, masking
// or a label), and the edits are applied to the original bytes. Everything
// outside the edits is copied unchanged (rules §7). Running the pass on its
// own output changes nothing (idempotence): masks are fixed points and edits
// that would not change the text are dropped.
//
// Immutable after construction; Run and Plan are thread-safe.
#ifndef WENSHU_REDACTORS_REDACTION_PASS_H_
#define WENSHU_REDACTORS_REDACTION_PASS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/normalized_text.h"
#include "core/span.h"
#include "redactors/clause.h"
#include "redactors/policy.h"

namespace wenshu {

struct RedactionResult {
  std::string text;
  std::vector<Redaction> redactions;  // sorted, non-overlapping
  std::vector<KeptConflict> kept_conflicts;  // sorted by begin
};

// A conflict the kept name's winning does not settle: the span that lost
// would have removed a value the rules delete (an identifier, an address:
// it now stays), or it is a protected person's mention covering the whole
// kept name (the same words both kept and protected). The document cannot
// be published with confidence.
bool Unresolved(const KeptConflict& conflict);

class RedactionPass {
 public:
  explicit RedactionPass(const Policy& policy) : policy_(policy) {}

  const Policy& policy() const { return policy_; }

  // The edits the pass would make. `spans` are in offsets of
  // normalized.text(), which must have been built from `original`.
  std::vector<Redaction> Plan(std::string_view original,
                              const NormalizedText& normalized,
                              const std::vector<Span>& spans) const;

  // Plans and applies.
  RedactionResult Run(std::string_view original,
                      const NormalizedText& normalized,
                      const std::vector<Span>& spans) const;

  // The spans that lose to a kept name, each with the first kept name it
  // reaches into, in offsets of `original` (through `normalized`'s map).
  std::vector<KeptConflict> KeptConflicts(
      const NormalizedText& normalized, const std::vector<Span>& spans) const;

  static std::string Apply(std::string_view original,
                           const std::vector<Redaction>& redactions);

 private:
  std::string Mask(std::string_view original_slice,
                   const CategoryPolicy& cp) const;

  const Policy& policy_;
  ClauseFinder clauses_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_REDACTION_PASS_H_
