// TravelDocumentDetector: passport numbers and Hong Kong / Macao / Taiwan
// travel permits and identity cards, next to their cue words (护照号码,
// 港澳通行证, 台胞证, 回乡证, 香港身份证...). Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_TRAVEL_DOCUMENT_DETECTOR_H_
#define WENSHU_REDACTORS_TRAVEL_DOCUMENT_DETECTOR_H_

#include "redactors/detector.h"

namespace wenshu {

class TravelDocumentDetector : public Detector {
 public:
  TravelDocumentDetector();
  std::string_view name() const override { return "travel_document"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  Regex cued_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_TRAVEL_DOCUMENT_DETECTOR_H_
