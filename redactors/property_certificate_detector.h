// PropertyCertificateDetector: numbers of real-estate, house-ownership, land,
// forest-right and vehicle registration certificates:
// 京(2019)朝阳区不动产权第0012345号, X房权证Y字第12345号, local house-and-land
// forms (沪房地浦字(2005)第012345号, 粤房地权证穗字第…号, 房地产权证第…号),
// X林证字(2010)第…号, 国用(2010)第123号, and numbers after a certificate cue
// (房产证号, 房屋所有权证号, 产权证号, 不动产权证书号, 国有土地使用证号,
// 宅基地使用证号, 林权证号, 机动车登记证书编号...). The span is the
// certificate's serial number (the part that identifies the holder); the
// issuing office and year around it stay readable. Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_PROPERTY_CERTIFICATE_DETECTOR_H_
#define WENSHU_REDACTORS_PROPERTY_CERTIFICATE_DETECTOR_H_

#include <optional>
#include <vector>

#include "redactors/detector.h"

namespace wenshu {

class PropertyCertificateDetector : public Detector {
 public:
  PropertyCertificateDetector();
  std::string_view name() const override { return "property_certificate"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  struct Rule {
    Regex regex;  // group 1 is the serial number
    std::string_view name;
    std::string_view reason;
    RequiredWords needs;  // a window without them is not searched
  };
  std::vector<Rule> rules_;
  // The rules' words, looked for in a window at once.
  std::optional<RequiredWordsFilter> required_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PROPERTY_CERTIFICATE_DETECTOR_H_
