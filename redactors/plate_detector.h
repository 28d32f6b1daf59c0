// PlateDetector: mainland licence plates: a province abbreviation, the issuing
// office letter, an optional separator (· or a space) and five characters
// (ordinary), six (new-energy: D or F first or last), or four plus a special
// suffix (挂 trailer, 学 learner, 警 police, 使/领 embassy and consulate,
// 港/澳 cross-border). Ordinary plates need at least two digits; lower-case
// letters are accepted with three digits or more (any, at the widest
// strictness). Masked plates (京A×××××)
// are not plates any more and are never reported. Thread-safe.
//
// No trigger words: a plate starts where a province's character is
// followed by an ASCII letter, and that is found from the text's runs of
// ASCII letters and digits (a vector search), far fewer than the places
// the provinces' characters stand (北京, 新, 宁, 云 … in every judgment).
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_PLATE_DETECTOR_H_
#define WENSHU_REDACTORS_PLATE_DETECTOR_H_

#include "redactors/detector.h"

namespace wenshu {

class PlateDetector : public Detector {
 public:
  PlateDetector();
  std::string_view name() const override { return "plate"; }
  std::vector<std::string> TriggerWords() const override { return {}; }
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

  // The first position at or after `from` where a province's character
  // stands with an ASCII letter right after it, or npos: where a plate
  // may start.
  static size_t NextStart(std::string_view text, size_t from);

 private:
  Regex plate_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PLATE_DETECTOR_H_
