// ImAccountDetector: QQ numbers and WeChat ids written next to their cue
// words (QQ号12345678, 微信号：wxid_abc123). A bare number or handle without
// a cue is never taken. Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_IM_ACCOUNT_DETECTOR_H_
#define WENSHU_REDACTORS_IM_ACCOUNT_DETECTOR_H_

#include "redactors/detector.h"

namespace wenshu {

class ImAccountDetector : public Detector {
 public:
  ImAccountDetector();
  std::string_view name() const override { return "im_account"; }
  std::vector<std::string> TriggerWords() const override {
    return {"qq", "微信"};  // qq in either case
  }
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  Regex qq_;
  Regex list_item_;  // 、87654321 right after a QQ number
  Regex wechat_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_IM_ACCOUNT_DETECTOR_H_
