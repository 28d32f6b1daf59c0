// IdNumberDetector: PRC resident identity numbers.
//
// Finds 18-digit numbers (GB 11643: region, birth date, sequence, MOD 11-2
// check character, the last may be X), legacy 15-digit numbers (region,
// YYMMDD birth date, sequence) and numbers a source already masked in part
// (3201**********1234). Digits may be full-width in the original and split
// by spaces or hyphens. Standard strictness demands a valid check character
// for 18-digit numbers and a cue word for 15-digit ones; the widest
// strictness also takes an 18-digit number with a wrong check character when
// an ID cue word stands before it (a mistyped ID). Right after an ID label
// (身份证号码：, 公民身份号码为 …) the whole run of digits is the ID,
// whatever its check character or length, from 15 digits on (rule
// "id_cued_run"): a mistyped ID, an ID run into a phone number or a digit
// before it is removed whole, never left for the verify pass to hold or to
// miss; a run longer than 18 digits there is masked whole. Anywhere, with
// no cue, a run of digits longer than an ID that holds a plausible ID
// (IsPlausibleId18) not standing between separators of its own is removed
// whole, keeping none of its digits when masked (rule "id_embedded_run":
// an ID run into a phone number, a digit before it, two IDs back to back,
// an ID inside a long run). Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_ID_NUMBER_DETECTOR_H_
#define WENSHU_REDACTORS_ID_NUMBER_DETECTOR_H_

#include <string_view>

#include "redactors/detector.h"

namespace wenshu {

class IdNumberDetector : public Detector {
 public:
  IdNumberDetector();
  std::string_view name() const override { return "id_number"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  LiteralSet cue_;  // 身份证 and friends, near a 15-digit number
  Regex label_;     // an ID label ending right before a number
};

// Exposed for tests and for other detectors that must not mistake an ID
// number for something else.
bool IsValidRegionPrefix(std::string_view digits);
char IdCheckCharacter(std::string_view first17);
bool IsValidId18(std::string_view id, bool require_check_character);
bool IsValidId15(std::string_view id);
// A valid 18-digit ID (IsValidId18 with its check character) whose birth
// date lies between 1900-01-01 and today: the test for an ID found inside a
// longer run of digits, where nothing else says it is one.
bool IsPlausibleId18(std::string_view id);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_ID_NUMBER_DETECTOR_H_
