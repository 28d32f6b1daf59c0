// VehicleIdDetector: vehicle identification numbers (车架号, VIN, 车辆识别代号)
// and engine numbers (发动机号), rules §5.
//
// A VIN is 17 characters from A-H, J-N, P, R-Z and 0-9 (ISO 3779, GB 16735)
// that stand alone: not part of a longer run of letters and digits (an
// 18-digit ID number, a credit code, a longer serial). Anywhere in the text
// a VIN is taken when it has an upper-case letter and a valid check digit
// at position 9 (rule "vin_checked"); right after a VIN cue (车架号, 车辆识别
// 代号, VIN, 底盘号 ..., then 码 / 为 / 是 / : / spaces) any VIN shape is
// taken, also all digits or in lower case (rule "vin_cued"). A 17-digit number
// without a cue is never a VIN: lawyers' licence numbers have that shape.
//
// An engine number is taken only after its cue (发动机号, 发动机号码,
// 发动机编号): 5 to 20 letters and digits, at least one of them a digit,
// possibly split once by a hyphen or a space (rule "engine_number_cued").
// The span is the number alone, never the cue.
//
// At the widest strictness (the verify pass) a cue may stand up to eight
// characters before the number (车架号（后附）为, 发动机号分别为), a cued VIN
// may hold any ASCII letter (I, O and Q typed for 1 and 0).
//
// Thread-safe: immutable after construction.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_VEHICLE_ID_DETECTOR_H_
#define WENSHU_REDACTORS_VEHICLE_ID_DETECTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "redactors/detector.h"

namespace wenshu {

class VehicleIdDetector : public Detector {
 public:
  VehicleIdDetector();
  std::string_view name() const override { return "vehicle_id"; }
  std::vector<std::string> TriggerWords() const override;
  // Seventeen characters of the VIN alphabet (digits and the capitals but
  // I, O and Q) in a row, one of them a letter.
  bool TriggeredInCode(std::string_view text) const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  // Group 1 is the cue, group 2 the VIN candidate (17 letters and digits,
  // checked in code).
  Regex vin_cued_;
  Regex vin_cued_loose_;  // kWidest
  // Group 1 is the cue, groups 2-4 the engine number: a run, then an
  // optional separator and a second run.
  Regex engine_cued_;
  Regex engine_cued_loose_;  // kWidest
};

// True when `vin` is 17 characters of the VIN alphabet (upper case, no I, O
// or Q) whose position 9 is the ISO 3779 check digit (0-9 or X).
bool IsValidVin(std::string_view vin);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_VEHICLE_ID_DETECTOR_H_
