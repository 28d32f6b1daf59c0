// BankAccountDetector: bank cards and accounts, of natural and legal persons.
//
// A 16-19 digit number that passes the Luhn check is a card when it carries a
// known issuer prefix (62 UnionPay, 4 Visa, 51-55 and 22-27 Mastercard, 35
// JCB, 9 domestic passbooks) or stands near a bank cue word; account numbers
// of other lengths (10-30 digits, no check digit) are taken only next to a
// cue word (账号, 账户, 卡号, 开户行, 银行, 存折...). The widest strictness
// takes any Luhn-valid 16-19 digit number and any 8+ digit number after a
// cue. Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_BANK_ACCOUNT_DETECTOR_H_
#define WENSHU_REDACTORS_BANK_ACCOUNT_DETECTOR_H_

#include <array>
#include <string_view>

#include "redactors/detector.h"

namespace wenshu {

class BankAccountDetector : public Detector {
 public:
  BankAccountDetector();
  std::string_view name() const override { return "bank_account"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

 private:
  // A bank cue in the few characters before a number: the words, in the
  // order the first that matches at a place wins.
  LiteralAutomaton cue_before_;
  // A bank cue word just after a number (6222...（中国银行）): starting
  // within its first kCueAfterReach characters, on the same line.
  static constexpr size_t kCueAfterReach = 3;
  bool CueAfter(std::string_view after) const;

  std::array<std::string_view, 6> cue_after_;
  std::array<char32_t, 6> cue_after_first_;  // each word's first character
  LiteralSet not_bank_;  // cues that say the number is something else
};

bool PassesLuhn(std::string_view digits);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_BANK_ACCOUNT_DETECTOR_H_
