#include "redactors/protected_span_detector.h"

#include <algorithm>
#include <string_view>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/id_number_detector.h"

namespace wenshu {
namespace {

constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Province abbreviations used in court codes of case numbers.
constexpr std::string_view kCourtProvinces =
    "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵";

// What an amount of money may hold before its 元, 港币 or 英镑: digits, a
// decimal point, a space (RE2's \s), 万 or 亿, and the first character of
// a currency (美元, 港元, 欧元, 日元) or of 余元; with thousands separators,
// a comma too.
constexpr std::string_view kAmountRun = "0123456789. \t\n\f\r万亿美港欧日余";
constexpr std::string_view kGroupedAmountRun =
    "0123456789., \t\n\f\r万亿美港欧日余";

// What a year range holds before its dash, 至 or 到, and a numeric date
// before its first separator.
constexpr std::string_view kYearRun = "0123456789 \t\n\f\r";
constexpr std::string_view kDigits = "0123456789";

// The words every cue of a contract, invoice or order number starts with.
StartWords ReferenceCueStarts() {
  return {"合同",   "协议", "发票",   "订单", "借据",     "运单",
          "快递单", "保单", "保险单", "批次", "案件编号", "报案"};
}

bool IsCodeChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// The runs of ASCII digits and capital letters in `text` at least a credit
// code long (18): every character of a code is one of them, so a code lies
// inside one such run. Offsets are `text`'s.
std::vector<ByteRange> CodeRuns(std::string_view text) {
  constexpr size_t kCodeLength = 18;
  std::vector<ByteRange> runs;
  for (size_t p = FindAsciiAlnum(text, 0); p != std::string_view::npos;
       p = FindAsciiAlnum(text, p)) {
    size_t end = p;
    while (end < text.size() && IsCodeChar(text[end])) ++end;
    if (end - p >= kCodeLength) runs.push_back({p, end});
    p = std::max(end, p + 1);  // a small letter starts no run
  }
  return runs;
}

bool IsSpace(char c) {  // RE2's \s
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// `count` ASCII digits end at `end` (exclusive).
bool DigitsBefore(std::string_view text, size_t end, size_t count) {
  if (end < count) return false;
  for (size_t i = end - count; i < end; ++i)
    if (!IsAsciiDigit(text[i])) return false;
  return true;
}

// The shapes every match of a rule holds (see Rule::may_match).

// [12][0-9]{3}[-/.]: four digits, then a dash, a slash or a dot.
bool MayHoldNumericDate(std::string_view w) {
  static const ByteSet kSeparators{'-', '/', '.'};
  for (size_t i = kSeparators.Find(w, 4); i != std::string_view::npos;
       i = kSeparators.Find(w, i + 1)) {
    if (DigitsBefore(w, i, 4)) return true;
  }
  return false;
}

// (19|20)[0-9]{2}\s?[-~至到]: four digits, a space or none, then a dash, a
// tilde, 至 or 到.
bool MayHoldYearRange(std::string_view w) {
  // The dash, the tilde, and the lead bytes of 至 and 到.
  static const ByteSet kStarts{'-', '~', 0xE8, 0xE5};
  for (size_t i = kStarts.Find(w, 4); i != std::string_view::npos;
       i = kStarts.Find(w, i + 1)) {
    const std::string_view rest = w.substr(i);
    if (!(w[i] == '-' || w[i] == '~' || rest.starts_with("至") ||
          rest.starts_with("到")))
      continue;
    if (DigitsBefore(w, i, 4) ||
        (IsSpace(w[i - 1]) && DigitsBefore(w, i - 1, 4)))
      return true;
  }
  return false;
}

// [0-9](?:,[0-9]{3})+: a digit, a comma, three digits.
bool MayHoldGroupedAmount(std::string_view w) {
  for (size_t i = w.find(',', 1);
       i != std::string_view::npos && i + 3 < w.size();
       i = w.find(',', i + 1)) {
    if (IsAsciiDigit(w[i - 1]) && DigitsBefore(w, i + 4, 3)) return true;
  }
  return false;
}

// 第[0-9〇零一二三四五六七八九十百千两]+: 第 and a numeral right after it.
bool MayHoldStatute(std::string_view w) {
  static constexpr std::u32string_view kNumerals =
      U"〇零一二三四五六七八九十百千两";
  for (size_t at = FindBytes(w, "第"); at != std::string_view::npos;
       at = FindBytes(w, "第", at + 1)) {
    const size_t next = at + std::string_view("第").size();
    if (next >= w.size()) break;
    if (IsAsciiDigit(w[next]) ||
        kNumerals.find(CodePointAt(w, next)) != std::u32string_view::npos)
      return true;
  }
  return false;
}

// \(\s?[0-9]{4}\s?\): a year in brackets.
bool MayHoldCaseNumber(std::string_view w) {
  for (size_t at = w.find('('); at != std::string_view::npos;
       at = w.find('(', at + 1)) {
    size_t i = at + 1;
    if (i < w.size() && IsSpace(w[i])) ++i;
    if (i + 4 > w.size() || !DigitsBefore(w, i + 4, 4)) continue;
    i += 4;
    if (i < w.size() && IsSpace(w[i])) ++i;
    if (i < w.size() && w[i] == ')') return true;
  }
  return false;
}

}  // namespace

bool IsValidCreditCode(std::string_view code) {
  static constexpr int kWeights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                     29, 25, 13, 8,  24, 10, 30, 28};
  if (code.size() != 18) return false;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    const size_t v = kCreditAlphabet.find(code[i]);
    if (v == std::string_view::npos) return false;
    sum += static_cast<int>(v) * kWeights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return code[17] == kCreditAlphabet[check];
}

ProtectedSpanDetector::ProtectedSpanDetector(bool shape_checks)
    : shape_checks_(shape_checks),
      credit_code_(R"([0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10})"),
      credit_cue_(R"(信用代码|组织机构代码|注册号|税号|纳税人识别号)"),
      numbered_(R"(第\s?([0-9][0-9A-Za-z\-]{5,29})\s?号)"),
      certificate_before_(
          R"((?:不动产|房权证|房地|产权证|林权?证|国用|集用|集建|集有|国土|字\s?(?:\(\s?[0-9]{4}\s?\)\s?)?$))") {
  const std::string provinces(kCourtProvinces);
  rules_.push_back(
      {Regex(
           R"(\(\s?[0-9]{4}\s?\)\s?(?:(?:[)" + provinces +
           R"(](?:\s?[0-9]{1,6})?|最高法|最高人民法院)\s?)?[\x{4E00}-\x{7B2B}\x{7B2D}-\x{9FFF}]{1,6}?\s?[0-9]{1,8}\s?号(?:之[一二三四五六七八九十0-9]+)?)"),
       "case_number",
       "case number: (year) court code, case type, sequence",
       {{"号"}},
       MayHoldCaseNumber,
       {"(", 0, 0}});
  rules_.push_back(
      {Regex(R"(\(\s?[0-9]{4}\s?\)[\p{Han}0-9]{1,12}?字第\s?[0-9]{1,8}\s?号)"),
       "case_number_old",
       "pre-2016 case number with 字第",
       {{"字第"}}});
  rules_.push_back(
      {Regex(R"([〔\[【][0-9]{4}[〕\]】]\s?第?\s?[0-9]{1,8}\s?号)"),
       "document_number",
       "official document number",
       {{"号"}, {"〔", "[", "【"}},
       nullptr,
       {},
       {},
       {"〔", "[", "【"}});
  rules_.push_back(
      {Regex(
           R"(第[0-9〇零一二三四五六七八九十百千两]+(?:条|款|项)(?:之[一二三四五六七八九十]+)?)"),
       "statute",
       "statute article number",
       {{"条", "款", "项"}},
       MayHoldStatute,
       {},
       {},
       {"第"}});
  rules_.push_back(
      {Regex(
           R"([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?\s?(?:万|亿)?(?:元|美元|港元|港币|欧元|日元|英镑))"),
       "amount_grouped",
       "amount with thousands separators",
       {{"元", "港币", "英镑"}},
       MayHoldGroupedAmount,
       {},
       {{"元", "港币", "英镑"}, kGroupedAmountRun, 1}});
  rules_.push_back(
      {Regex(
           R"([0-9]+(?:\.[0-9]+)?\s?(?:万|亿)?(?:元|美元|港元|港币|欧元|日元|英镑|余元))"),
       "amount",
       "amount of money",
       {{"元", "港币", "英镑"}},
       nullptr,
       {},
       {{"元", "港币", "英镑"}, kAmountRun, 1}});
  rules_.push_back(
      {Regex(R"([0-9]{4}\s?年\s?[0-9]{1,2}\s?月(?:\s?[0-9]{1,2}\s?日)?)"),
       "date",
       "calendar date",
       {{"年"}, {"月"}},
       nullptr,
       {"年", 4, 5}});
  rules_.push_back(
      {Regex(
           R"((?:19|20)[0-9]{2}\s?[\-~至到]\s?(?:19|20)[0-9]{2}\s?年(?:度)?)"),
       "year_range",
       "a range of years",
       {{"年"}, {"-", "~", "至", "到"}},
       MayHoldYearRange,
       {},
       {{"-", "~", "至", "到"}, kYearRun, 4}});
  rules_.push_back({Regex(R"([12][0-9]{3}[\-/.][01]?[0-9][\-/.][0-3]?[0-9])"),
                    "date_numeric",
                    "numeric date",
                    {{"-", "/", "."}},
                    MayHoldNumericDate,
                    {},
                    {{"-", "/", "."}, kDigits, 4}});
  rules_.push_back(
      {Regex(
           R"((?:执业证号|执业证书号|执业证书编号|执业证编号|律师执业证号|执业证|工作证号)(?:码)?(?:为|是)?[:\s]*([0-9]{8,20}))"),
       "practising_licence",
       "lawyer or legal worker practising licence number",
       // Every cue holds one of these.
       {{"执业证", "工作证"}},
       nullptr,
       {},
       {},
       // And starts with one of these.
       {"执业证", "律师执业证", "工作证"}});
  rules_.push_back(
      {Regex(
           R"((?:工商注册号|营业执照注册号|营业执照号码|营业执照号|注册号)(?:码)?(?:为|是)?[:\s]*([0-9A-Z]{13,18}))"),
       "registration_number",
       "company registration number after its cue",
       {{"注册号", "执照"}},
       nullptr,
       {},
       {},
       {"工商注册号", "营业执照", "注册号"}});
  rules_.push_back(
      {Regex(
           R"((?:组织机构代码|机构代码)(?:证)?(?:号)?(?:为|是)?[:\s]*([0-9A-Z]{8}-?[0-9X]))"),
       "organisation_code",
       "organisation code after its cue",
       {{"代码"}},
       nullptr,
       {},
       {},
       {"组织机构代码", "机构代码"}});
  rules_.push_back(
      {Regex(
           R"((?:合同编号|合同号|协议编号|协议号|发票号码|发票代码|发票号|订单号|订单编号|借据号|借据编号|运单号|快递单号|保单号|保险单号|批次号|案件编号|报案号)(?:码)?(?:为|是)?[:\s]*([A-Za-z0-9][A-Za-z0-9\-]{3,39}))"),
       "document_reference",
       "contract, invoice or order number",
       {{"号", "码"}, ReferenceCueStarts()},
       nullptr,
       {},
       {},
       ReferenceCueStarts()});
  std::vector<RequiredWords> needs;
  std::vector<StartWords> starts;
  for (const Rule& rule : rules_) {
    needs.push_back(rule.needs);
    starts.push_back(rule.starts);
  }
  // The numbered documents: 第, a serial, 号.
  needs.push_back({{"第"}, {"号"}});
  starts.push_back({"第"});
  required_.emplace(needs, starts);
}

std::vector<std::string> ProtectedSpanDetector::TriggerWords() const {
  return {};  // runs around the other detectors' candidates instead
}

Status ProtectedSpanDetector::Find(const Document& doc, ScanContext& context,
                                   SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  // Per rule, whether the window holds its words and where its start words
  // stand (in the text's offsets): kept across windows for their storage.
  std::vector<bool> held;
  std::vector<std::vector<size_t>> starts;
  for (const ByteRange& region : context.regions()) {
    const std::string_view window =
        text.substr(region.begin, region.end - region.begin);
    // Most windows lack most rules' words.
    required_->Held(window, &held, &starts);
    for (std::vector<size_t>& at : starts)
      for (size_t& offset : at) offset += region.begin;
    for (size_t r = 0; r < rules_.size(); ++r) {
      const Rule& rule = rules_[r];
      if (!held[r]) continue;
      if (shape_checks_ && rule.may_match != nullptr && !rule.may_match(window))
        continue;
      const bool started = shape_checks_ && !rule.starts.empty();
      const bool anchored = shape_checks_ && !rule.anchor.word.empty();
      const bool tailed = shape_checks_ && !rule.tail.words.empty();
      const auto search = [&](size_t pos) {
        if (started)
          return rule.regex.SearchStarts(text, pos, region.end, starts[r], &m);
        if (anchored)
          return rule.regex.SearchAnchored(text, pos, region.end, rule.anchor,
                                           &m);
        if (tailed)
          return rule.regex.SearchTail(text, pos, region.end, rule.tail, &m);
        return rule.regex.SearchIn(text, pos, region.end, &m);
      };
      size_t pos = region.begin;
      while (search(pos)) {
        const std::string_view whole = m.groups[0];
        pos = whole.data() - text.data() + whole.size();
        if (whole.empty()) {
          ++pos;
          continue;
        }
        const std::string_view kept =
            m.group_count > 1 && m.matched(1) ? m.groups[1] : whole;
        const size_t begin = kept.data() - text.data();
        out->push_back({begin, begin + kept.size(), Category::kProtected,
                        rule.name, rule.reason});
      }
    }
    // Numbered documents (第410782120180000136号道路交通事故认定书): a serial
    // written 第…号 names a document, never a person, except the serials of
    // property certificates (不动产权第…号, 字第…号), which are deleted.
    const size_t numbered = rules_.size();
    const auto search_numbered = [&](size_t pos) {
      return shape_checks_ ? numbered_.SearchStarts(text, pos, region.end,
                                                    starts[numbered], &m)
                           : numbered_.SearchIn(text, pos, region.end, &m);
    };
    size_t pos = region.begin;
    while (held[numbered] && search_numbered(pos)) {
      const std::string_view serial = m.groups[1];
      const size_t begin = m.groups[0].data() - text.data();
      pos = begin + m.groups[0].size();
      if (certificate_before_.PartialMatch(CharsBefore(text, begin, 14)))
        continue;
      const size_t serial_begin = serial.data() - text.data();
      out->push_back({serial_begin, serial_begin + serial.size(),
                      Category::kProtected, "numbered_document",
                      "serial written 第…号: a document number"});
    }
    // Credit codes: checksum-valid with a letter, or any shape after the cue,
    // looked for only inside the runs a code can lie in.
    const std::vector<ByteRange> runs =
        shape_checks_ ? CodeRuns(window)
                      : std::vector<ByteRange>{{0, window.size()}};
    for (const ByteRange& run : runs) {
      pos = region.begin + run.begin;
      while (credit_code_.SearchIn(text, pos, region.begin + run.end, &m)) {
        pos = m.groups[0].data() - text.data() + m.groups[0].size();
        ReportCreditCode(text, m.groups[0], out);
      }
    }
  }
  return Status::Ok();
}

void ProtectedSpanDetector::ReportCreditCode(std::string_view text,
                                             std::string_view code,
                                             std::vector<Span>* out) const {
  const size_t begin = code.data() - text.data();
  const size_t end = begin + code.size();
  if ((begin > 0 && IsAsciiAlnum(text[begin - 1])) ||
      (end < text.size() && IsAsciiAlnum(text[end]))) {
    return;
  }
  bool has_letter = false;
  for (char c : code) has_letter |= (c >= 'A' && c <= 'Z');
  // A code that is a valid ID number is a person's number (a natural
  // person's taxpayer number is the ID number): never protected.
  if (IsValidId18(code, /*require_check_character=*/true)) return;
  const bool cued = credit_cue_.PartialMatch(CharsBefore(text, begin, 12));
  if ((has_letter && IsValidCreditCode(code)) || cued) {
    out->push_back(
        {begin, end, Category::kProtected, "credit_code",
         cued ? "code after 统一社会信用代码 or a similar cue"
              : "unified social credit code with a valid check character"});
  }
}

}  // namespace wenshu
