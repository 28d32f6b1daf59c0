#include "redactors/verifier.h"

namespace wenshu {

Status Verifier::Check(std::string_view public_text,
                       const std::vector<PersonRecord>& anonymized,
                       const std::vector<std::string>& kept,
                       const CaseTerms& case_terms) const {
  // The public text is the validated input with valid UTF-8 spliced in.
  Result<NormalizedText> normalized =
      NormalizedText::NormalizeValidUtf8(public_text);
  if (!normalized.ok()) return normalized.status();
  if (!anonymized.empty()) {
    const size_t at = PeopleFinder::FindResidualMention(
        normalized.value().text(), anonymized, kept);
    if (at != std::string_view::npos) {
      return Status::InvalidInput(
          "verify: residual person_name at byte " +
          std::to_string(normalized.value().offsets().ToOriginalBegin(at)) +
          " of the public text");
    }
  }
  if (!case_terms.empty()) {
    const size_t at = case_terms.FindFirst(normalized.value().text());
    if (at != std::string_view::npos) {
      return Status::InvalidInput(
          "verify: residual " +
          std::string(CategoryName(Category::kCaseSpecific)) + " at byte " +
          std::to_string(normalized.value().offsets().ToOriginalBegin(at)) +
          " of the public text");
    }
  }
  Result<std::vector<Span>> spans =
      detectors_.Detect(normalized.value().text(), Strictness::kWidest);
  if (!spans.ok()) return spans.status();
  const std::vector<Redaction> residual =
      pass_.Plan(public_text, normalized.value(), spans.value());
  if (residual.empty()) return Status::Ok();
  const Redaction& r = residual.front();
  return Status::InvalidInput(
      "verify: residual " + std::string(CategoryName(r.category)) + " (rule " +
      r.rule + ") at byte " + std::to_string(r.begin) + " of the public text" +
      (residual.size() > 1
           ? " and " + std::to_string(residual.size() - 1) + " more"
           : ""));
}

}  // namespace wenshu
