// AddressDetector: the home addresses of natural persons (rules §5).
#ifndef WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
#define WENSHU_REDACTORS_ADDRESS_DETECTOR_H_

#include <vector>

#include "redactors/detector.h"

namespace wenshu {

class AddressDetector : public Detector {
 public:
  AddressDetector();
  std::string_view name() const override { return "address"; }
  std::vector<std::string> TriggerPatterns() const override;
  Status Detect(const ScanContext& context,
                std::vector<Span>* out) const override;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
