#include "pipeline/document_state.h"

#include <chrono>
#include <cstdio>

namespace wenshu {

ProcessedDocument HeldDocument(ProcessedDocument doc, std::string reason) {
  doc.status = PublicationStatus::kHeld;
  doc.error = std::move(reason);
  doc.public_text.clear();
  doc.public_file.clear();
  doc.redactions.clear();
  return doc;
}

StageOutcome OutOfTime(const DocumentState& state, std::string_view where) {
  char text[160];
  std::snprintf(
      text, sizeof text,
      "document ran past the %g s budget (--max-document-seconds) before %.*s",
      std::chrono::duration<double>(state.deadline.budget()).count(),
      static_cast<int>(where.size()), where.data());
  return StageOutcome::Hold(text);
}

}  // namespace wenshu
