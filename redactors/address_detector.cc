#include "redactors/address_detector.h"

namespace wenshu {

AddressDetector::AddressDetector() = default;

std::vector<std::string> AddressDetector::TriggerPatterns() const {
  return {"住|户籍|户口"};
}

Status AddressDetector::Detect(const ScanContext&, std::vector<Span>*) const {
  return Status::Ok();
}

}  // namespace wenshu
