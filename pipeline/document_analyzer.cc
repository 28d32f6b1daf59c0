#include "pipeline/document_analyzer.h"

#include <algorithm>

#include "redactors/regex.h"

namespace wenshu {

extern const std::string_view kCausesOfActionText;

namespace {

constexpr size_t kHeaderWindow = 600;  // bytes: court, type and number sit here

const Regex& CourtRegex() {
  static const Regex r(
      R"(\p{Han}{2,30}?(?:人民法院|知识产权法院|海事法院|铁路运输法院|互联网法院|金融法院|军事法院|法院))");
  return r;
}

// Document types, longest first; spaces allowed between the characters.
const Regex& DocTypeRegex() {
  static const Regex r = [] {
    const char* types[] = {
        "刑事附带民事判决书", "刑事附带民事裁定书", "刑事附带民事调解书",
        "行政赔偿判决书", "国家赔偿决定书", "赔偿委员会决定书",
        "驳回申诉通知书", "强制医疗决定书", "民事判决书", "民事裁定书",
        "民事调解书", "民事决定书", "刑事判决书", "刑事裁定书", "刑事决定书",
        "行政判决书", "行政裁定书", "行政调解书", "执行裁定书", "执行决定书",
        "司法救助决定书", "支付令", "决定书", "通知书", "判决书", "裁定书",
        "调解书"};
    std::string pattern = "(";
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

const Regex& CrimeRegex() {
  static const Regex r(R"(犯(\p{Han}{1,20}?罪))");
  return r;
}

const Regex& CaseSentenceRegex() {
  static const Regex r(R"((?:纠纷|争议|之诉)一案|一案)");
  return r;
}

const Regex& PartiesEndRegex() {
  static const Regex r(
      R"(一案|立案后|提起公诉|提出上诉|向本院提起|向本院申请|申请执行|本院受理|审理终结)");
  return r;
}

const Regex& HoldingRegex() {
  static const Regex r(R"((?:判决|裁定|决定|调解协议)如下\s?[:：]?)");
  return r;
}

const Regex& TailRegex() {
  static const Regex r(
      R"(如不服本(?:判决|裁定|决定)|本(?:判决|裁定|调解书|决定)为终审|审\s?判\s?长|审\s?判\s?员|人民陪审员)");
  return r;
}

size_t SentenceStart(std::string_view text, size_t pos, size_t floor) {
  constexpr std::string_view kStop = "。";
  while (pos > floor) {
    if (pos >= kStop.size() && text.substr(pos - kStop.size(), kStop.size()) == kStop) {
      return pos;
    }
    --pos;
  }
  return floor;
}

std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

}  // namespace

std::string_view ZoneName(Zone zone) {
  switch (zone) {
    case Zone::kHeader: return "header";
    case Zone::kParties: return "parties";
    case Zone::kBody: return "body";
    case Zone::kHolding: return "holding";
    case Zone::kTail: return "tail";
  }
  return "unknown";
}

DocumentAnalyzer::DocumentAnalyzer() {
  std::string_view rest = kCausesOfActionText;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    causes_.emplace_back(line);
  }
  std::sort(causes_.begin(), causes_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

const DocumentAnalyzer& DocumentAnalyzer::Instance() {
  static const DocumentAnalyzer* analyzer = new DocumentAnalyzer();
  return *analyzer;
}

DocumentHeader DocumentAnalyzer::Analyze(std::string_view text) const {
  DocumentHeader h;
  const size_t window = std::min(text.size(), kHeaderWindow);
  RegexMatch m;
  if (CourtRegex().SearchIn(text, 0, window, &m)) h.court = std::string(m.groups[0]);
  if (DocTypeRegex().SearchIn(text, 0, window, &m)) h.doc_type = StripSpaces(m.groups[1]);
  h.case_number = FindCaseNumber(text, 0, window);
  size_t header_end = h.case_number ? h.case_number->end : 0;
  if (!h.case_number && DocTypeRegex().SearchIn(text, 0, window, &m)) {
    header_end = m.groups[0].data() - text.data() + m.groups[0].size();
  }

  // Parties: from the end of the header to the sentence that opens the
  // procedure ("…一案，本院于…立案后").
  size_t parties_end = header_end;
  if (PartiesEndRegex().Search(text, header_end, &m)) {
    parties_end = SentenceStart(text, m.groups[0].data() - text.data(), header_end);
  }
  size_t holding_begin = text.size();
  if (HoldingRegex().Search(text, parties_end, &m)) {
    holding_begin = m.groups[0].data() - text.data() + m.groups[0].size();
  }
  size_t tail_begin = text.size();
  const size_t tail_from = holding_begin < text.size() ? holding_begin : parties_end;
  if (TailRegex().Search(text, tail_from, &m)) {
    tail_begin = m.groups[0].data() - text.data();
  }
  if (holding_begin > tail_begin) holding_begin = tail_begin;
  h.zones = {{Zone::kHeader, 0, header_end},
             {Zone::kParties, header_end, parties_end},
             {Zone::kBody, parties_end, holding_begin},
             {Zone::kHolding, holding_begin, tail_begin},
             {Zone::kTail, tail_begin, text.size()}};

  // Cause of action: a crime named in the text, else a known civil cause
  // right before 一案 in the procedure sentence.
  if (CrimeRegex().Search(text, header_end, &m)) {
    h.cause = std::string(m.groups[1]);
  } else {
    size_t pos = header_end;
    while (h.cause.empty() && CaseSentenceRegex().Search(text, pos, &m)) {
      const size_t at = m.groups[0].data() - text.data();
      pos = at + m.groups[0].size();
      constexpr std::string_view kCase = "一案";
      const std::string_view before = text.substr(0, pos - kCase.size());
      for (const std::string& cause : causes_) {
        if (before.size() >= cause.size() &&
            before.substr(before.size() - cause.size()) == cause) {
          h.cause = cause;
          break;
        }
      }
    }
  }
  h.decision_date = FindLastChineseNumeralDate(text, tail_begin < text.size() ? tail_begin : parties_end);
  return h;
}

}  // namespace wenshu
