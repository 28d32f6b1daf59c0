#include "redactors/bank_account_detector.h"

#include <algorithm>
#include <optional>
#include <string>

namespace wenshu {
namespace {

bool KnownCardPrefix(std::string_view d) {
  if (d.empty()) return false;
  const int two = d.size() >= 2 ? (d[0] - '0') * 10 + (d[1] - '0') : -1;
  return d[0] == '4' || d[0] == '9' || two == 62 || two == 60 || two == 35 ||
         (two >= 51 && two <= 55) || (two >= 22 && two <= 27);
}

// The card lengths UnionPay issues: the only ones looked for inside a
// longer run of digits without a cue.
bool UnionPayCard(std::string_view d) {
  return (d.size() == 16 || d.size() == 19) && d[0] == '6' && d[1] == '2';
}

}  // namespace

bool PassesLuhn(std::string_view digits) {
  int sum = 0;
  bool doubled = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (d < 0 || d > 9) return false;
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    doubled = !doubled;
  }
  return !digits.empty() && sum % 10 == 0;
}

BankAccountDetector::BankAccountDetector()
    : cue_before_(std::vector<std::string_view>{
          "账号", "帐号", "账户", "帐户", "卡号", "开户行", "开户银行", "银行",
          "存折", "储蓄", "信用卡", "借记卡", "收款账", "付款账", "银行卡"}),
      cue_after_{"银行", "账户", "帐户", "信用卡", "借记卡", "储蓄卡"},
      not_bank_({"QQ",     "qq",     "微信",     "流水号", "交易号", "交易单号",
                 "凭证号", "回单号", "业务编号", "编号",   "序号",   "批次号",
                 "执业证", "串号",   "IMEI",     "imei",   "证号",   "编码",
                 "代码",   "合同",   "发票",     "订单",   "运单",   "单号"}) {
  for (size_t w = 0; w < cue_after_.size(); ++w) {
    cue_after_first_[w] = CodePointAt(cue_after_[w], 0);
  }
}

bool BankAccountDetector::CueAfter(std::string_view after) const {
  // Tried at each of the first characters, a word compared only where its
  // first character stands: a search of the whole view costs more.
  for (size_t at = 0, chars = 0; at < after.size() && chars <= kCueAfterReach;
       ++chars) {
    const char32_t c = CodePointAt(after, at);
    if (c == '\n') return false;
    for (size_t w = 0; w < cue_after_.size(); ++w) {
      if (cue_after_first_[w] == c &&
          after.substr(at).starts_with(cue_after_[w]))
        return true;
    }
    at += Utf8Length(c);
  }
  return false;
}

std::vector<std::string> BankAccountDetector::TriggerWords() const {
  return {};  // works from the shared digit chains
}

Status BankAccountDetector::Find(const Document& doc, ScanContext& context,
                                 SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  std::string digits;
  for (const DigitChain& chain : context.digit_chains()) {
    if (chain.end - chain.begin < 8) continue;
    const std::string_view before = CharsBefore(text, chain.begin, 16);
    // The nearest bank cue decides; a word that says the number is
    // something else (流水号, 合同编号, QQ账号) counts only between that cue
    // and the number, or glued to the cue itself.
    size_t cue_begin = std::string_view::npos, cue_end = 0;
    if (const std::vector<ByteRange> cues =
            LeftmostFirstMatches(cue_before_, before);
        !cues.empty()) {
      cue_begin = cues.back().begin;
      cue_end = cues.back().end;
    }
    const bool cue = cue_begin != std::string_view::npos ||
                     CueAfter(CharsAfter(text, chain.end, 8));
    // Looked at only where a number could be reported (most chains, a
    // phone's or a date's, are not).
    std::optional<bool> denied_memo;
    const auto denied = [&] {
      if (denied_memo) return *denied_memo;
      if (cue_begin != std::string_view::npos) {
        const std::string_view glued = CharsBefore(before, cue_begin, 2);
        denied_memo = not_bank_.AnyIn(before.substr(cue_end)) ||
                      not_bank_.AnyIn(std::string(glued) +
                                      std::string(before.substr(
                                          cue_begin, cue_end - cue_begin)));
      } else {
        denied_memo = not_bank_.AnyIn(CharsBefore(text, chain.begin, 8));
      }
      return *denied_memo;
    };
    const size_t groups = chain.group_count;
    bool whole_taken = false;
    for (size_t first = 0; first < groups && !whole_taken; ++first) {
      for (size_t last = first; last < groups; ++last) {
        ChainDigits(text, chain, first, last, &digits);
        if (digits.size() > 30) break;
        const size_t begin = chain.group(first).begin;
        const size_t end = chain.group(last).end;
        const bool glued = (begin > 0 && IsAsciiAlnum(text[begin - 1])) ||
                           (end < text.size() && IsAsciiAlnum(text[end]));
        if (glued && !context.widest()) continue;
        const size_t n = digits.size();
        if (n >= 16 && n <= 19 && PassesLuhn(digits) && !denied() &&
            (cue || KnownCardPrefix(digits) || context.widest())) {
          out->push_back(
              {begin, end, Category::kBankAccount, "card_luhn",
               cue ? "Luhn-valid card number near a bank cue word"
                   : "Luhn-valid card number with a known issuer prefix"});
          if (first == 0 && last == groups - 1) whole_taken = true;
          continue;
        }
        // Accounts without a check digit: the whole chain, after a cue.
        if (first == 0 && last == groups - 1 && cue &&
            n >= (context.widest() ? 8u : 10u) && n <= 30 && !denied()) {
          out->push_back({begin, end, Category::kBankAccount, "account_cued",
                          "account number next to a bank cue word"});
          whole_taken = true;
        }
      }
    }
    if (whole_taken) continue;
    // A card run into other digits (a digit before it, a number glued after
    // it, two cards back to back): the whole run goes. Without a cue only
    // a UnionPay card at either end of the run counts, since a Luhn check
    // alone passes one window in ten (with a cue, account_cued above took
    // the run). A card between separators of its own was found above. A
    // run after a bank cue longer than any account goes whole, nothing
    // kept.
    ChainDigits(text, chain, 0, groups - 1, &digits);
    const std::string_view run = digits;
    if (run.size() <= 16 || denied()) continue;
    std::vector<size_t> cuts = {0};
    for (size_t g = 1, at = 0; g < groups; ++g) {
      at += chain.group(g - 1).end - chain.group(g - 1).begin;
      cuts.push_back(at);
    }
    cuts.push_back(run.size());
    auto is_cut = [&](size_t at) {
      return std::find(cuts.begin(), cuts.end(), at) != cuts.end();
    };
    bool card = false;
    if (!cue) {
      for (size_t len : {size_t{16}, size_t{19}}) {
        if (len >= run.size()) continue;
        for (size_t i : {size_t{0}, run.size() - len}) {
          const std::string_view window = run.substr(i, len);
          card |= UnionPayCard(window) && PassesLuhn(window) &&
                  !(is_cut(i) && is_cut(i + len));
        }
      }
    }
    const bool too_long = cue && run.size() > 30;
    if (!card && !too_long) continue;
    Span s{chain.begin, chain.end, Category::kBankAccount,
           card ? "card_embedded_run" : "account_cued_run",
           card ? "a run of digits with a Luhn-valid card number at one end"
                : "a run of digits after a bank cue, longer than any account"};
    s.mask_whole = too_long;
    out->push_back(s);
  }
  return Status::Ok();
}

}  // namespace wenshu
