// EmailDetector: e-mail addresses (local@domain.tld), also when glued to
// Chinese text or inside a URL. Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_EMAIL_DETECTOR_H_
#define WENSHU_REDACTORS_EMAIL_DETECTOR_H_

#include "redactors/detector.h"

namespace wenshu {

class EmailDetector : public Detector {
 public:
  EmailDetector();
  std::string_view name() const override { return "email"; }
  std::vector<std::string> TriggerWords() const override { return {"@"}; }
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  Regex address_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_EMAIL_DETECTOR_H_
