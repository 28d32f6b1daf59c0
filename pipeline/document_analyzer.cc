#include "pipeline/document_analyzer.h"

#include <algorithm>

#include "core/byte_search.h"
#include "core/normalized_text.h"
#include "core/regex.h"
#include "core/utf8.h"
#include "redactors/detector.h"

namespace wenshu {

extern const std::string_view kCausesOfActionText;

namespace {

// Characters, not bytes: court, type and number sit here. Counted in
// characters so that masking (a plate's ASCII letters become ×, two bytes
// each) does not move the window over the same text.
constexpr size_t kHeaderChars = 200;

bool IsIdeograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// The court: the run of ideographs that ends with the first 法院 of the
// header ("北京市朝阳区人民法院", "上海海事法院").
// Titles are often spaced out ("北 京 市 朝 阳 区 人 民 法 院"): single
// spaces between ideographs are tolerated and dropped.
std::string FindCourt(std::string_view text, size_t window) {
  const std::string_view head = text.substr(0, window);
  size_t at = FindBytes(head, "法院");
  size_t end = at + std::string_view("法院").size();
  // Spaces are crossed only in a spaced-out title; otherwise a space is
  // where the paragraph before the court ends.
  bool spaced = false;
  if (at == std::string_view::npos) {
    at = FindBytes(head, "法 院");
    if (at == std::string_view::npos) return "";
    end = at + std::string_view("法 院").size();
    spaced = true;
  }
  size_t begin = at;
  for (int chars = 0; begin >= 3 && chars < 30; ++chars) {
    size_t i = begin;
    if (spaced && text[i - 1] == ' ' && i >= 4) --i;
    if (!IsIdeograph(CodePointBefore(text, i))) break;
    begin = PreviousCharBoundary(text, i);
  }
  std::string court;
  for (char c : text.substr(begin, end - begin)) {
    if (c != ' ') court.push_back(c);
  }
  if (court.size() < 12) return "";  // at least two characters before 法院
  return court;
}

// The first crime named as 犯…罪 after `from` (up to 20 ideographs between).
std::string FindCrime(std::string_view text, size_t from) {
  constexpr std::string_view kCommit = "犯";
  constexpr std::string_view kCrime = "罪";
  for (size_t at = FindBytes(text, kCommit, from); at != std::string_view::npos;
       at = FindBytes(text, kCommit, at + kCommit.size())) {
    size_t i = at + kCommit.size();
    for (int chars = 0; chars <= 20 && i + 3 <= text.size(); ++chars) {
      if (text.substr(i, kCrime.size()) == kCrime) {
        if (chars == 0) break;
        // A crime's name stands alone: 犯盗窃罪，/ 犯盗窃罪一案 / 犯盗窃罪判处.
        const std::string_view after = text.substr(i + kCrime.size(), 3);
        if (after.size() == 3 && static_cast<uint8_t>(after[0]) >= 0xE4 &&
            static_cast<uint8_t>(after[0]) <= 0xE9 && after != "一" &&
            after != "判" && after != "被" && after != "和" && after != "及" &&
            after != "与" && after != "、") {
          break;
        }
        return std::string(text.substr(
            at + kCommit.size(), i + kCrime.size() - at - kCommit.size()));
      }
      // Particles never stand inside a crime's name.
      const std::string_view ch = text.substr(i, 3);
      if (ch == "的" || ch == "了" || ch == "是" || ch == "在" || ch == "有")
        break;
      if (!IsIdeograph(CodePointAt(text, i))) break;
      i = NextCharBoundary(text, i);
    }
  }
  return "";
}

// Document types, longest first; spaces allowed between the characters.
// Without a group: the match is the type, and a pattern this large (over
// RE2's 512 instructions) would have its groups found by RE2's slowest
// engine.
const Regex& DocTypeRegex() {
  static const Regex r = [] {
    const char* types[] = {"刑事附带民事判决书",
                           "刑事附带民事裁定书",
                           "刑事附带民事调解书",
                           "行政赔偿判决书",
                           "国家赔偿决定书",
                           "赔偿委员会决定书",
                           "驳回申诉通知书",
                           "强制医疗决定书",
                           "民事判决书",
                           "民事裁定书",
                           "民事调解书",
                           "民事决定书",
                           "刑事判决书",
                           "刑事裁定书",
                           "刑事决定书",
                           "行政判决书",
                           "行政裁定书",
                           "行政调解书",
                           "执行裁定书",
                           "执行决定书",
                           "司法救助决定书",
                           "支付令",
                           "决定书",
                           "通知书",
                           "判决书",
                           "裁定书",
                           "调解书"};
    std::string pattern = "(?:";
    bool first = true;
    for (const char* t : types) {
      if (!first) pattern += "|";
      first = false;
      std::string_view s(t);
      for (size_t i = 0; i < s.size(); i += 3) {  // all CJK: 3 bytes each
        if (i) pattern += " ?";
        pattern += s.substr(i, 3);
      }
    }
    pattern += ")";
    return Regex(pattern);
  }();
  return r;
}

// Words that name a party's role, which no cause of action holds.
constexpr std::string_view kRoleWords[] = {"原告", "被告", "上诉人", "申请人",
                                           "第三人"};

// The cause in a procedure sentence the list does not know: "原告甲与被告乙
// 确认合同无效纠纷一案" gives 确认合同无效纠纷, the words between the last
// party's name (as the party block writes it, followed by a comma) and 一案,
// when they end in 纠纷 or 争议 or start with 申请.
std::string CauseAfterLastParty(std::string_view text, size_t parties_begin,
                                size_t parties_end) {
  constexpr std::string_view kCase = "一案";
  constexpr size_t kMaxRunBytes = 60 * 3;
  const size_t at = FindBytes(text, kCase, parties_end);
  if (at == std::string_view::npos || parties_end <= parties_begin) return {};
  // The run of Han characters before 一案.
  size_t begin = at;
  while (begin > 0 && at - begin < kMaxRunBytes) {
    const char32_t c = CodePointBefore(text, begin);
    if (!IsIdeograph(c) && c != 0x3001) break;  // 、 joins causes
    begin = PreviousCharBoundary(text, begin);
  }
  const std::string_view run = text.substr(begin, at - begin);
  const std::string_view zone =
      text.substr(parties_begin, parties_end - parties_begin);
  // The last two characters of every name the party block writes before a
  // comma or a bracket: a split of the run into ...name | cause needs
  // them at the split (a longer name ends the same way).
  std::vector<std::string_view> name_ends;
  for (std::string_view delimiter : {"，", ",", "（", "(", "\n"}) {
    for (size_t p = FindBytes(zone, delimiter); p != std::string_view::npos;
         p = FindBytes(zone, delimiter, p + delimiter.size())) {
      if (p >= 6 && CharStart(zone, p - 6) == p - 6)
        name_ends.push_back(zone.substr(p - 6, 6));
    }
  }
  // The shortest cause after a listed name wins.
  for (size_t k = run.size(); k >= 6; k -= 3) {
    const std::string_view tail = run.substr(k);
    const bool shaped = tail.ends_with("纠纷") || tail.ends_with("争议") ||
                        tail.starts_with("申请");
    if (!shaped) continue;
    const std::string_view end = run.substr(k - 6, 6);
    if (std::find(name_ends.begin(), name_ends.end(), end) == name_ends.end())
      continue;
    // A cause names no party: "与被告李四分家析产纠纷" is a split at the
    // wrong name (one the party block does not list).
    if (tail.starts_with("与") || tail.starts_with("诉") ||
        std::any_of(std::begin(kRoleWords), std::end(kRoleWords),
                    [tail](std::string_view w) {
                      return FindBytes(tail, w) != std::string_view::npos;
                    }))
      continue;
    return std::string(tail);
  }
  return {};
}

const LiteralSet& PartiesEndWords() {
  static const LiteralSet words({"一案", "立案后", "提起公诉", "提出上诉",
                                 "向本院提起", "向本院申请", "申请执行",
                                 "本院受理", "审理终结"});
  return words;
}

// Where the holding starts: just after "判决如下：" and its kin. Found by
// looking for 如下 (rare) and checking the word before it.
size_t FindHoldingStart(std::string_view text, size_t from) {
  constexpr std::string_view kAsFollows = "如下";
  static const Regex before(R"((?:判决|裁定|决定|调解协议)$)");
  for (size_t at = FindBytes(text, kAsFollows, from);
       at != std::string_view::npos;
       at = FindBytes(text, kAsFollows, at + kAsFollows.size())) {
    const size_t word_from = at >= 12 ? CharStart(text, at - 12) : 0;
    if (!before.PartialMatch(text.substr(word_from, at - word_from))) continue;
    size_t end = at + kAsFollows.size();
    if (end < text.size() && text[end] == ' ') ++end;
    if (end < text.size() && text[end] == ':') ++end;
    return end;
  }
  return text.size();
}

// What starts the tail: the appeal notice, the finality clause, the bench's
// signatures (审判长 and 审判员, maybe spaced out by one space, tab or line
// break between their characters).
const LiteralSet& TailWords() {
  static const LiteralSet words = [] {
    std::vector<std::string> w = {
        "如不服本判决", "如不服本裁定",   "如不服本决定", "本判决为终审",
        "本裁定为终审", "本调解书为终审", "本决定为终审", "人民陪审员"};
    for (std::string_view a : {"", " ", "\t", "\n", "\f", "\r"})
      for (std::string_view b : {"", " ", "\t", "\n", "\f", "\r"})
        for (std::string_view last : {"长", "员"})
          w.push_back("审" + std::string(a) + "判" + std::string(b) +
                      std::string(last));
    return LiteralSet(w);
  }();
  return words;
}

size_t SentenceStart(std::string_view text, size_t pos, size_t floor) {
  constexpr std::string_view kStop = "。";
  while (pos > floor) {
    if (pos >= kStop.size() &&
        text.substr(pos - kStop.size(), kStop.size()) == kStop) {
      return pos;
    }
    --pos;
  }
  return floor;
}

}  // namespace

DocumentAnalyzer::DocumentAnalyzer() {
  std::string_view rest = kCausesOfActionText;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest =
        nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    causes_.emplace_back(line);
  }
  std::sort(causes_.begin(), causes_.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
}

const DocumentAnalyzer& DocumentAnalyzer::Instance() {
  static const DocumentAnalyzer* analyzer = new DocumentAnalyzer();
  return *analyzer;
}

DocumentHeader DocumentAnalyzer::Analyze(std::string_view text) const {
  DocumentHeader h;
  const size_t window = CharsAfter(text, 0, kHeaderChars).size();
  RegexMatch m;
  h.court = FindCourt(text, window);
  size_t doc_type_end = 0;
  if (DocTypeRegex().SearchIn(text, 0, window, &m)) {
    h.doc_type = WithoutSpaces(m.groups[0]);
    doc_type_end = m.groups[0].data() - text.data() + m.groups[0].size();
  }
  h.case_number = FindCaseNumber(text, 0, window);
  const size_t header_end = h.case_number ? h.case_number->end : doc_type_end;

  // Parties: from the end of the header to the sentence that opens the
  // procedure ("…一案，本院于…立案后").
  size_t parties_end = header_end;
  if (const size_t at = PartiesEndWords().FindFrom(text, header_end);
      at != std::string_view::npos) {
    parties_end = SentenceStart(text, at, header_end);
  }
  size_t holding_begin = FindHoldingStart(text, parties_end);
  size_t tail_begin = text.size();
  const size_t tail_from =
      holding_begin < text.size() ? holding_begin : parties_end;
  if (const size_t at = TailWords().FindFrom(text, tail_from);
      at != std::string_view::npos) {
    tail_begin = at;
  }
  if (holding_begin > tail_begin) holding_begin = tail_begin;
  h.zones = {{Zone::kHeader, 0, header_end},
             {Zone::kParties, header_end, parties_end},
             {Zone::kBody, parties_end, holding_begin},
             {Zone::kHolding, holding_begin, tail_begin},
             {Zone::kTail, tail_begin, text.size()}};

  // Cause of action: in a criminal case a crime named in the text; else a
  // known cause right before 一案 in the procedure sentence, else what
  // stands there between the last party's name and 一案.
  const bool criminal = (h.case_number && h.case_number->type_code.find("刑") !=
                                              std::string::npos) ||
                        h.doc_type.find("刑事") != std::string::npos;
  const bool other_kind =
      (h.case_number &&
       h.case_number->type_code.find_first_of("民行执") == 0) ||
      h.doc_type.find("民事") != std::string::npos ||
      h.doc_type.find("行政") != std::string::npos;
  if (criminal || !other_kind) h.cause = FindCrime(text, header_end);
  if (h.cause.empty()) {
    // At each 一案 ("…纠纷一案"), a known cause right before it.
    constexpr std::string_view kCase = "一案";
    for (size_t at = FindBytes(text, kCase, header_end);
         h.cause.empty() && at != std::string_view::npos;
         at = FindBytes(text, kCase, at + kCase.size())) {
      const std::string_view before = text.substr(0, at);
      for (const std::string& cause : causes_) {
        if (before.size() >= cause.size() &&
            before.substr(before.size() - cause.size()) == cause) {
          h.cause = cause;
          break;
        }
      }
    }
  }
  if (!criminal &&
      (h.cause.empty() || !std::string_view(h.cause).ends_with("罪"))) {
    // The words before 一案 may name a narrower cause than the list knows
    // (技术合同纠纷 where the list has 合同纠纷).
    const std::string named =
        CauseAfterLastParty(text, header_end, parties_end);
    if (h.cause.empty() || (named.size() > h.cause.size() &&
                            std::string_view(named).ends_with(h.cause)))
      if (!named.empty()) h.cause = named;
  }
  // The decision date closes the tail; without a recognised tail, look at
  // the end of the text only.
  constexpr size_t kDateWindow = 4096;
  h.decision_date = FindLastChineseNumeralDate(
      text, tail_begin < text.size()
                ? tail_begin
                : CharStart(text, text.size() > kDateWindow
                                      ? text.size() - kDateWindow
                                      : 0));
  return h;
}

}  // namespace wenshu
