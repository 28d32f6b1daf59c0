#include "redactors/verifier.h"

namespace wenshu {

Status Verifier::Check(std::string_view public_text) const {
  // The public text is the validated input with valid UTF-8 spliced in.
  Result<NormalizedText> normalized =
      NormalizedText::NormalizeValidUtf8(public_text);
  if (!normalized.ok()) return normalized.status();
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
