// AddressDetector: the home addresses of natural persons (rules §5).
//
// An address is a home address when it follows a home cue (住, 住址, 住所,
// 户籍地, 户籍所在地, 暂住地, 现住, 经常居住地, 家住, 租住, 住处 and their
// forms with 为/系/在/于) said of a natural person, or when the text ties a
// place to a home (位于…的家中, 的住处, 的租住房). The gazetteer finds where
// the administrative part ends: the text is kept through the county-level
// unit and the rest is reported as a span that can be removed as it is
// (Span::removable). When no county-level unit can be determined the whole
// address is reported, and the redaction pass removes it with its cue as a
// clause, or masks it where that would break the sentence.
//
// Not reported: the addresses of organisations (a company's, a court's or a
// prison's 住所地: the subject before the cue names an organisation), places
// that are nobody's home (the scene of an offence), cues that are not about
// an address (住院, 住宿, 户籍信息, 住所地人民法院). Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
#define WENSHU_REDACTORS_ADDRESS_DETECTOR_H_

#include <string_view>
#include <vector>

#include "redactors/detector.h"
#include "redactors/gazetteer.h"

namespace wenshu {

class AddressDetector : public Detector {
 public:
  AddressDetector();  // the embedded gazetteer
  explicit AddressDetector(const Gazetteer& gazetteer);
  std::string_view name() const override { return "address"; }
  std::vector<std::string> TriggerPatterns() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

  // True when the subject the text names before `cue` (in its sentence,
  // after the last role label such as 法定代表人) is an organisation.
  static bool OrganisationBefore(std::string_view text, size_t cue);

 private:
  // Reports the spans of one address text[begin, end).
  void Report(std::string_view text, size_t begin, size_t end,
              std::string_view rule, std::vector<Span>* out) const;

  const Gazetteer& gazetteer_;
  Regex cue_;       // group 1: the cue; the match ends where the address starts
  Regex home_tie_;  // group 1: the address before 的家中 and the like
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
