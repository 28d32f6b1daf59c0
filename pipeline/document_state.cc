#include "pipeline/document_state.h"

namespace wenshu {

ProcessedDocument HeldDocument(ProcessedDocument doc, std::string reason) {
  doc.status = PublicationStatus::kHeld;
  doc.error = std::move(reason);
  doc.public_text.clear();
  doc.redactions.clear();
  return doc;
}

}  // namespace wenshu
