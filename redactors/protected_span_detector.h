// ProtectedSpanDetector: text that looks like an identifier but is kept by
// rule (rules §5 "kept", anatomy "things that look like identifiers"): case
// numbers, document numbers, statute articles, amounts, dates, unified social
// credit codes and organisation codes (checksum-validated, or after their
// cue), lawyers' practising licence numbers, contract, invoice and order
// numbers. Reported with Category::kProtected; an identifier span that lies
// wholly inside a protected span is dropped by the redaction pass.
// Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text(), only within scan.regions(), and
// never edits; it fails only when a regex engine does.
#ifndef WENSHU_REDACTORS_PROTECTED_SPAN_DETECTOR_H_
#define WENSHU_REDACTORS_PROTECTED_SPAN_DETECTOR_H_

#include <optional>
#include <vector>

#include "redactors/detector.h"

namespace wenshu {

class ProtectedSpanDetector : public Detector {
 public:
  // With `shape_checks` off every rule whose words a window holds is
  // searched over the whole window, without the checks and anchors below
  // (which change no finding: the tests compare both).
  explicit ProtectedSpanDetector(bool shape_checks = true);
  std::string_view name() const override { return "protected"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;
  bool ReportsProtected() const override { return true; }

 private:
  struct Rule {
    Regex regex;  // the protected text is group 1 when there is one
    std::string_view name;
    std::string_view reason;
    RequiredWords needs;  // a window without them is not searched
    // A check far cheaper than the pattern, false only for a window that
    // holds no match (a shape every match has: 4 digits then a dash...);
    // null when the words say enough.
    bool (*may_match)(std::string_view window) = nullptr;
    // When its word is set, every match holds it where it says: searched
    // with Regex::SearchAnchored.
    Regex::Anchor anchor = {};
    // When its words are set, every match holds one after a run of its
    // characters: searched with Regex::SearchTail.
    Regex::Tail tail = {};
    // When set, every match starts with one of these words: tried only
    // where the window's pass of the rules' words found one
    // (Regex::SearchStarts).
    StartWords starts = {};
  };
  // Reports the credit code `code` (a view into `text`) when it stands
  // alone and is checksum-valid with a letter, or follows its cue.
  void ReportCreditCode(std::string_view text, std::string_view code,
                        std::vector<Span>* out) const;

  bool shape_checks_;
  std::vector<Rule> rules_;
  // The rules' words, and those of the numbered documents (the last
  // entry), looked for in a window at once.
  std::optional<RequiredWordsFilter> required_;
  Regex credit_code_;
  Regex credit_cue_;
  Regex numbered_;
  Regex certificate_before_;
};

// GB 32100 unified social credit code check (18 characters).
bool IsValidCreditCode(std::string_view code);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PROTECTED_SPAN_DETECTOR_H_
