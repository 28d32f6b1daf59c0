// PhoneDetector: mainland mobile numbers (1[3-9] + 9 digits, optional +86 or
// 86 prefix, spaces or hyphens inside) and landlines with an area code
// (010-12345678, (0571)88888888, 0571-8888 8888-123, ...). A landline
// written without separators, or without its area code, is taken only after
// a cue word (电话, 座机, 传真, ...). Whatever run of 7 or more digits
// follows a phone label is a phone number ("phone_after_label"), however
// long; one longer than 20 digits (two numbers run together, a number run
// into other digits) keeps none of its digits when masked. Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_PHONE_DETECTOR_H_
#define WENSHU_REDACTORS_PHONE_DETECTOR_H_

#include "redactors/detector.h"

namespace wenshu {

class PhoneDetector : public Detector {
 public:
  PhoneDetector();
  std::string_view name() const override { return "phone"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  // A phone cue just before a number: true when `before` ends with one.
  bool CueEnds(std::string_view before) const;

  Regex cue_;             // a phone cue word just before a number
  LiteralSet cue_words_;  // the words every cue holds
  Regex bracketed_area_;  // (0571)88888888
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PHONE_DETECTOR_H_
