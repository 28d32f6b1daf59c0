#include "redactors/phone_detector.h"

namespace wenshu {
namespace {

bool IsMobile(std::string_view d) {
  return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

bool IsAreaCode(std::string_view d) {
  if (d.size() < 3 || d.size() > 4 || d[0] != '0' || d[1] == '0') return false;
  // 010 and 02x are the only three-digit codes.
  if (d.size() == 3) return d[1] == '1' || d[1] == '2';
  return d[1] != '1' && d[1] != '2';
}

// A local number written after its area code and a separator (010-12345678).
bool IsLocalNumber(std::string_view d) {
  return (d.size() == 7 || d.size() == 8) && d[0] != '0';
}

// A local number standing alone or glued to its area code: real ones never
// start with 1 (that would read as a mobile or a service number).
bool IsBareLocalNumber(std::string_view d) {
  return IsLocalNumber(d) && d[0] != '1';
}

// Landline digits written without any separator: area code + local number.
bool IsGluedLandline(std::string_view d) {
  for (size_t area = 3; area <= 4; ++area) {
    if (d.size() > area && IsAreaCode(d.substr(0, area)) &&
        IsBareLocalNumber(d.substr(area))) {
      return true;
    }
  }
  return false;
}

// How people split a mobile number: 138 1234 5678, 138-12345678,
// 1381234-5678, optionally after 86. Other splits (1401040675-1) are
// something else.
// A line break falls wherever the line ended, not where the writer grouped
// the digits: the groups on either side of one count as one.
bool MobileGrouping(std::string_view text, const DigitChain& chain,
                    size_t first, size_t last) {
  std::vector<size_t> sizes;
  for (size_t g = first; g <= last; ++g) {
    const size_t size = chain.group(g).end - chain.group(g).begin;
    if (g > first && text[chain.group(g).begin - 1] == '\n')
      sizes.back() += size;
    else
      sizes.push_back(size);
  }
  if (sizes.size() > 1 && sizes.front() == 2) sizes.erase(sizes.begin());  // 86
  if (sizes.size() == 1) return sizes[0] == 11 || sizes[0] == 13;
  const std::vector<std::vector<size_t>> allowed = {{3, 4, 4}, {3, 8}, {7, 4}};
  for (const auto& a : allowed) {
    if (sizes == a) return true;
  }
  return false;
}

bool LetterAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsAsciiAlnum(text[pos]);
}

}  // namespace

PhoneDetector::PhoneDetector()
    : cue_(
          R"((?:电话|手机|座机|固话|传真|联系方式|联系号码|Tel|TEL|tel|Phone|phone)(?:号码|号)?(?:为|是)?[:\s]*$)"),
      cue_words_({"电话", "手机", "座机", "固话", "传真", "联系方式",
                  "联系号码", "Tel", "TEL", "tel", "Phone", "phone"}),
      bracketed_area_(
          R"(\((0[1-9][0-9]{1,2})\)\s?([0-9]{7,8})(?:(?:-|转|ext\.?)([0-9]{1,5}))?)") {
}

bool PhoneDetector::CueEnds(std::string_view before) const {
  // Most numbers have no cue word near them: looked for first, in one
  // pass, before the pattern.
  return cue_words_.AnyIn(before) && cue_.PartialMatch(before);
}

std::vector<std::string> PhoneDetector::TriggerWords() const {
  return {};  // works from the shared digit chains
}

Status PhoneDetector::Find(const Document& doc, ScanContext& context,
                           SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  std::string digits, local;
  for (const DigitChain& chain : context.digit_chains()) {
    if (chain.end - chain.begin < 7) continue;
    const size_t groups = chain.group_count;
    const size_t found_before = out->size();
    for (size_t first = 0; first < groups; ++first) {
      const size_t begin = chain.group(first).begin;
      const bool letter_before = begin > 0 && IsAsciiAlnum(text[begin - 1]);
      for (size_t last = first; last < groups; ++last) {
        ChainDigits(text, chain, first, last, &digits);
        if (digits.size() > 16) break;
        const size_t end = chain.group(last).end;
        const bool glued_after = LetterAt(text, end);
        // Mobile, with or without the country code.
        std::string_view mobile = digits;
        size_t span_begin = begin;
        if (digits.size() == 13 && digits.compare(0, 2, "86") == 0) {
          mobile = std::string_view(digits).substr(2);
          if (begin > 0 && text[begin - 1] == '+') span_begin = begin - 1;
        }
        // Letters may precede a mobile number (wx13812345678, Tel13812345678)
        // but not follow it.
        if (IsMobile(mobile) && MobileGrouping(text, chain, first, last) &&
            (!glued_after || context.widest())) {
          out->push_back({span_begin, end, Category::kPhone, "mobile",
                          "11-digit mainland mobile number"});
          continue;
        }
        // Landline: area code group, local number group(s), extension.
        if ((letter_before || glued_after) && !context.widest()) continue;
        if (last > first &&
            IsAreaCode(text.substr(begin, chain.group(first).end - begin))) {
          ChainDigits(text, chain, first + 1, last, &local);
          if (IsLocalNumber(local)) {
            size_t span_end = end;
            // An extension group: 010-12345678-123.
            if (last + 1 < groups) {
              const DigitGroup& ext = chain.group(last + 1);
              if (ext.end - ext.begin <= 5 && text[ext.begin - 1] == '-')
                span_end = ext.end;
            }
            out->push_back({begin, span_end, Category::kPhone, "landline",
                            "area code and local number"});
            continue;
          }
        }
        // Without separators or without the area code: only after a cue.
        if (first == last &&
            (IsGluedLandline(digits) || IsBareLocalNumber(digits))) {
          if (CueEnds(CharsBefore(text, begin, 8))) {
            out->push_back({begin, end, Category::kPhone, "landline_cued",
                            "number after a phone cue word"});
          }
        }
      }
    }
    // Whatever number follows a phone label is a phone number, even one
    // glued to an extension or written with a wrong length.
    bool whole_chain_found = false;
    for (size_t k = found_before; k < out->size(); ++k) {
      whole_chain_found |=
          (*out)[k].begin <= chain.begin && (*out)[k].end >= chain.end;
    }
    if (!whole_chain_found && CueEnds(CharsBefore(text, chain.begin, 8))) {
      ChainDigits(text, chain, 0, groups - 1, &digits);
      if (digits.size() >= 7 && !LetterAt(text, chain.end)) {
        Span s{chain.begin, chain.end, Category::kPhone, "phone_after_label",
               "number right after a phone label"};
        // Longer than any phone number with its extension: two numbers run
        // together, or a phone run into other digits; a mask keeps none.
        s.mask_whole = digits.size() > 20;
        out->push_back(s);
      }
    }
  }
  if (text.find("(0") == std::string_view::npos) return Status::Ok();
  RegexMatch m;
  size_t pos = 0;
  while (bracketed_area_.Search(text, pos, &m)) {
    const size_t begin = m.groups[0].data() - text.data();
    const size_t end = begin + m.groups[0].size();
    pos = end;
    if (!IsAreaCode(m.groups[1])) continue;
    // A local number starting with 0 or 1 is unusual; after a phone label
    // (or at the widest strictness) the bracketed area code is enough.
    if (!IsBareLocalNumber(m.groups[2]) && !context.widest() &&
        !CueEnds(CharsBefore(text, begin, 8))) {
      continue;
    }
    if (LetterAt(text, end) && !context.widest()) continue;
    out->push_back({begin, end, Category::kPhone, "landline_bracketed",
                    "bracketed area code and local number"});
  }
  return Status::Ok();
}

}  // namespace wenshu
