#include "redactors/verifier.h"

#include "core/normalized_text.h"
#include "core/utf8.h"
#include "redactors/case_terms.h"
#include "redactors/person_mentions.h"
#include "redactors/repeated_identifiers.h"

namespace wenshu {
namespace {

// A span over the character of `text` at `begin`.
Span FirstCharacter(std::string_view text, size_t begin, Category category,
                    std::string_view rule) {
  Span s;
  s.begin = begin;
  s.end = NextCharBoundary(text, begin);
  s.category = category;
  s.rule = rule;
  s.reason = "survived in the public text";
  return s;
}

}  // namespace

Status Verifier::Find(const Document& doc, ScanContext& scan,
                      SpanSink& sink) const {
  const std::string_view public_text = doc.text;
  // The public text is the validated input with valid UTF-8 spliced in.
  Result<NormalizedText> normalized =
      NormalizedText::NormalizeValidUtf8(public_text,
                                         scan.source_has_numeral_runs());
  if (!normalized.ok()) return normalized.status();
  const NormalizedText& view = normalized.value();
  if (!scan.anonymized().empty()) {
    // Under the run's own people policy, as the finder used it.
    const size_t at =
        FindResidualMention(view.text(), scan.anonymized(), scan.kept_names(),
                            pass_.policy().people());
    if (at != std::string_view::npos) {
      sink.Add(FirstCharacter(public_text, view.offsets().ToOriginalBegin(at),
                              Category::kPersonName, kResidualNameRule));
      return Status::Ok();
    }
  }
  if (scan.case_terms() != nullptr && !scan.case_terms()->empty()) {
    const size_t at = scan.case_terms()->FindFirst(view.text());
    if (at != std::string_view::npos) {
      sink.Add(FirstCharacter(public_text, view.offsets().ToOriginalBegin(at),
                              Category::kCaseSpecific, kResidualTermRule));
      return Status::Ok();
    }
  }
  const Document normalized_doc{view.text(), {}, {}};
  ScanContext widest(view.text(), Strictness::kWidest);
  SpanSink found;
  if (Status s = detectors_.Find(normalized_doc, widest, found); !s.ok())
    return s;
  // Every mention of a value found in the document, in any width or
  // spacing, with the keep rules around it as the find-spans stage ran them.
  if (scan.identifier_values() != nullptr) {
    const size_t first = found.spans().size();
    found.Append(scan.identifier_values()->Find(view.text()));
    if (Status s = detectors_.FindKeptAround(normalized_doc, widest, found,
                                             first);
        !s.ok()) {
      return s;
    }
  }
  for (const Redaction& r : pass_.Plan(public_text, view, found.spans())) {
    Span s;
    s.begin = r.begin;
    s.end = r.end;
    s.category = r.category;
    // The rule of the span the edit came from: a string literal.
    s.rule = sink.Keep(r.rule);
    for (const Span& f : found.spans()) {
      if (f.rule == r.rule) {
        s.rule = f.rule;
        s.reason = f.reason;
        break;
      }
    }
    sink.Add(s);
  }
  return Status::Ok();
}

std::string Verifier::Describe(const std::vector<Span>& residual) {
  const Span& r = residual.front();
  if (r.rule == kResidualNameRule || r.rule == kResidualTermRule) {
    return "verify: residual " + std::string(CategoryName(r.category)) +
           " at byte " + std::to_string(r.begin) + " of the public text";
  }
  return "verify: residual " + std::string(CategoryName(r.category)) +
         " (rule " + std::string(r.rule) + ") at byte " +
         std::to_string(r.begin) + " of the public text" +
         (residual.size() > 1
              ? " and " + std::to_string(residual.size() - 1) + " more"
              : "");
}

}  // namespace wenshu
