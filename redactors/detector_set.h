// DetectorSet: every detector of the pipeline, run over one text.
//
// One RE2::Set pass over the text says which detectors have a trigger in it;
// only those run. The result is every span found, sorted by begin, then by
// longer first. Built once at start-up; Detect is const and thread-safe.
// Detect fails (kResourceExhausted or kInternal) when a regex engine fails,
// and the caller must hold the document.
#ifndef WENSHU_REDACTORS_DETECTOR_SET_H_
#define WENSHU_REDACTORS_DETECTOR_SET_H_

#include <memory>
#include <vector>

#include "redactors/detector.h"

namespace wenshu {

class DetectorSet {
 public:
  // How far a keep rule may reach around an identifier it contains: the
  // longest protected text with its cue (组织机构代码证号为 + a code, 发票号码:
  // + a forty-character number, a case number with spaces) stays within this
  // many bytes of any identifier inside it. Keep rules scan only these
  // windows around the candidates.
  static constexpr size_t kKeepRuleReach = 96;

  // The standard detectors: ID numbers, phones, e-mail, QQ/WeChat, bank
  // accounts, plates, property certificates, travel documents, and the
  // protected spans. Aborts if a built-in pattern is broken.
  static const DetectorSet& Standard();

  explicit DetectorSet(std::vector<std::unique_ptr<Detector>> detectors);

  Result<std::vector<Span>> Detect(std::string_view text,
                                   Strictness strictness) const;

  const std::vector<std::unique_ptr<Detector>>& detectors() const {
    return detectors_;
  }

 private:
  std::vector<std::unique_ptr<Detector>> detectors_;
  RegexSet triggers_;
  std::vector<size_t> trigger_owner_;  // set index -> detector index
  std::vector<bool> always_run_;       // detectors without triggers
  Status build_status_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DETECTOR_SET_H_
