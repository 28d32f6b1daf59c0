// DetectorSet: every detector of the pipeline, run over one text as one
// span source (span_source.h).
//
// One pass of one automaton (LiteralAutomaton, ASCII letters folded) over
// the text finds every detector's trigger words and says which detectors
// have one in it; only those run, with those whose trigger in code
// (Detector::TriggeredInCode) holds, each told where its words are
// (ScanContext::trigger_hits). The pass's result is stored in the
// ScanContext (ScanContext::WordHits), so a context shared with other
// sources, or a later scan filling it first, costs no second pass. Find
// appends every span found, sorted by begin, then by longer first, after
// whatever the sink already holds (which it leaves as it is). The context's
// regions are the same after Find as before. Built once at start-up; Find is
// const and thread-safe. Find fails (kResourceExhausted or kInternal) when a
// regex engine fails, or with the build error when a detector gave an empty
// trigger word; the caller must then hold the document.
#ifndef WENSHU_REDACTORS_DETECTOR_SET_H_
#define WENSHU_REDACTORS_DETECTOR_SET_H_

#include <memory>
#include <string_view>
#include <vector>

#include "redactors/detector.h"
#include "redactors/span_source.h"

namespace wenshu {

class DetectorSet : public SpanSource {
 public:
  // How far a keep rule may reach around an identifier it contains: the
  // longest protected text with its cue (组织机构代码证号为 + a code, 发票号码:
  // + a forty-character number, a case number with spaces) stays within this
  // many bytes of any identifier inside it. Keep rules scan only these
  // windows around the candidates.
  static constexpr size_t kKeepRuleReach = 96;

  // The standard detectors: ID numbers, phones, e-mail, QQ/WeChat, bank
  // accounts, plates, vehicle ids, property certificates, travel documents,
  // home addresses, and the protected spans. Aborts if a built-in pattern is
  // broken.
  static const DetectorSet& Standard();

  explicit DetectorSet(std::vector<std::unique_ptr<Detector>> detectors);

  std::string_view name() const override { return "detectors"; }
  // Runs at `scan`'s strictness.
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

  // Runs the keep rules (the detectors that report kProtected) around the
  // spans sink.spans()[first...] only, within kKeepRuleReach of each, and
  // appends what they report; Find does this for the candidates it found.
  // A source that reports identifiers outside the detector set (the
  // repeated_identifiers source) calls it for its own. The context's
  // regions are the same after as before. Fails like Find.
  Status FindKeptAround(const Document& doc, ScanContext& scan, SpanSink& sink,
                        size_t first) const;

  const std::vector<std::unique_ptr<Detector>>& detectors() const {
    return detectors_;
  }
  // The automaton over every detector's trigger words, which Find reads
  // through ScanContext::WordHits (for a WordPass); null when the set could
  // not be built.
  const LiteralAutomaton* trigger_automaton() const { return triggers_.get(); }

 private:
  std::vector<std::unique_ptr<Detector>> detectors_;
  std::unique_ptr<LiteralAutomaton> triggers_;  // every detector's words
  std::vector<size_t> trigger_owner_;  // word index -> detector index
  std::vector<size_t> trigger_own_;    // word index -> index in its own
  std::vector<bool> always_run_;       // detectors without triggers
  Status build_status_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DETECTOR_SET_H_
