// Verifier: the last check before anything is published, as a span source
// (span_source.h) run over the public text.
//
// Find takes a Document whose text is the public text as published (the
// validated input with valid UTF-8 spliced in, not normalized) and reports
// what survived, in byte offsets of that text, from the first of these
// checks that finds anything:
//   1. a full name of a person anonymized in it (scan.anonymized(); those in
//      scan.kept_names() keep theirs) — one kPersonName span, rule
//      kResidualNameRule, covering the first character of the mention;
//   2. a term listed for the case (scan.case_terms()), with the same
//      tolerance of spacing and full-width forms as the search that removed
//      it (a masked term no longer matches) — one kCaseSpecific span, rule
//      kResidualTermRule, covering the first character of the occurrence;
//   3. an identifier: every detector re-scans the normalized public text at
//      the widest strictness, every mention of a value found in the
//      document (scan.identifier_values(), compared as repeated_identifiers.h
//      compares them: full-width folded, separators dropped) is added with
//      the keep rules around it, and the redaction pass is planned over it
//      all; each edit it would still make is a span with the edit's range,
//      category and rule.
// Nothing reported: the text may be published. Anything reported: the
// document is held, with the message Describe gives (naming the category,
// the rule and the byte offset, never the identifier, name or term).
// Find fails with the normalizer's or the detectors' own error. The scan
// passed to Find supplies only what must not survive (its strictness is
// not used: the verifier always scans at the widest, with a context of its
// own over the normalized text).
//
// Spans' rules view string literals (or, should an edit name a rule no
// span has, a string the sink keeps). Immutable and thread-safe.
#ifndef WENSHU_REDACTORS_VERIFIER_H_
#define WENSHU_REDACTORS_VERIFIER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "redactors/detector_set.h"
#include "redactors/redaction_pass.h"
#include "redactors/span_source.h"

namespace wenshu {

class Verifier : public SpanSource {
 public:
  static constexpr std::string_view kResidualNameRule = "residual_name";
  static constexpr std::string_view kResidualTermRule = "residual_term";

  Verifier(const DetectorSet& detectors, const RedactionPass& pass)
      : detectors_(detectors), pass_(pass) {}

  std::string_view name() const override { return "verify"; }
  // `doc.text` must be well-formed UTF-8 (it is built from validated input).
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

  // Why a document whose public text Find reported `residual` in (not
  // empty) is held: "verify: residual phone (rule mobile) at byte 12 of
  // the public text and 2 more", "verify: residual person_name at byte 3 of
  // the public text".
  static std::string Describe(const std::vector<Span>& residual);

 private:
  const DetectorSet& detectors_;
  const RedactionPass& pass_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_VERIFIER_H_
