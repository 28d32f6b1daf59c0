#include "redactors/id_number_detector.h"

#include <algorithm>

#include "core/chinese_date.h"

namespace wenshu {
namespace {

// How far before a number an ID cue word may stand, in characters.
constexpr size_t kCueChars = 12;
constexpr size_t kWidestCueChars = 24;

int Num(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool IsValidRegionPrefix(std::string_view digits) {
  if (digits.size() < 2) return false;
  const int p = Num(digits.substr(0, 2));
  return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) ||
         (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) ||
         p == 71 || p == 81 || p == 82 || p == 83;
}

char IdCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[] = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                     3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

bool IsValidId18(std::string_view id, bool require_check_character) {
  if (id.size() != 18) return false;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return false;
  }
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (!((last >= '0' && last <= '9') || last == 'X')) return false;
  if (!IsValidRegionPrefix(id)) return false;
  if (!IsValidDate(Num(id.substr(6, 4)), Num(id.substr(10, 2)),
                   Num(id.substr(12, 2)))) {
    return false;
  }
  return !require_check_character || IdCheckCharacter(id) == last;
}

bool IsValidId15(std::string_view id) {
  if (id.size() != 15) return false;
  for (char c : id) {
    if (c < '0' || c > '9') return false;
  }
  return IsValidRegionPrefix(id) &&
         IsValidDate(1900 + Num(id.substr(6, 2)), Num(id.substr(8, 2)),
                     Num(id.substr(10, 2)));
}

IdNumberDetector::IdNumberDetector()
    : cue_(
          R"(身份证|身份号码|证件号码|证件号|社会保障号|社保卡号|驾驶证号|居住证号)"),
      label_(
          R"((?:身份证|身份号码|证件号码|证件号|社会保障号码?|社保卡号|驾驶证号|居住证号)(?:号码|号|码)?\s?(?::|为|是)?\s?$)") {
}

std::vector<std::string> IdNumberDetector::TriggerPatterns() const {
  return {};  // works from the shared digit chains, which cost nothing extra
}

Status IdNumberDetector::Find(const Document& doc, ScanContext& context,
                              SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const size_t first_found = out->size();
  const std::string_view text = context.text();
  std::string digits;
  for (const DigitChain& chain : context.digit_chains()) {
    if (chain.end - chain.begin < 15) continue;
    const size_t groups = chain.group_count;
    for (size_t first = 0; first < groups; ++first) {
      for (size_t last = first; last < groups; ++last) {
        ChainDigits(text, chain, first, last, &digits);
        if (digits.size() > 18) break;
        size_t end = chain.group(last).end;
        // A trailing X belongs to the number only at the chain's end.
        if (digits.size() == 17 && last == groups - 1 && end < text.size() &&
            (text[end] == 'X' || text[end] == 'x')) {
          digits.push_back('X');
          ++end;
        }
        if (end < text.size() && IsAsciiAlnum(text[end]) &&
            digits.size() == 18 && text[end - 1] != 'X' &&
            text[end - 1] != 'x') {
          // Glued to letters after the digits ("...1234AB"): not a bare ID.
          if (!context.widest()) continue;
        }
        const size_t begin = chain.group(first).begin;
        if (digits.size() == 18) {
          if (IsValidId18(digits, /*require_check_character=*/true)) {
            out->push_back(
                {begin, end, Category::kIdNumber, "id18_checked",
                 "region code, birth date and MOD 11-2 check character valid"});
          } else if (context.widest() && IsValidId18(digits, false) &&
                     cue_.PartialMatch(
                         CharsBefore(text, begin, kWidestCueChars))) {
            // A mistyped ID is still someone's ID: after an ID label, the
            // shape alone holds the document for review.
            out->push_back({begin, end, Category::kIdNumber, "id18_structure",
                            "ID label, region code and birth date (check "
                            "character wrong)"});
          }
        } else if (digits.size() == 15 && IsValidId15(digits) &&
                   cue_.PartialMatch(CharsBefore(
                       text, begin,
                       context.widest() ? kWidestCueChars : kCueChars))) {
          out->push_back({begin, end, Category::kIdNumber, "id15_legacy",
                          "legacy 15-digit number after an ID cue word"});
        }
      }
    }
  }
  // Right after an ID label the whole run of digits is the ID, whatever
  // its length or check character: it goes whole.
  for (const DigitChain& chain : context.digit_chains()) {
    const size_t begin = chain.group(0).begin;
    if (chain.end - begin < 15 ||
        !label_.PartialMatch(CharsBefore(text, begin, 10))) {
      continue;
    }
    ChainDigits(text, chain, 0, chain.group_count - 1, &digits);
    size_t end = chain.group(chain.group_count - 1).end;
    if (end < text.size() && (text[end] == 'X' || text[end] == 'x')) ++end;
    if (digits.size() < 15) continue;
    // A valid ID found above already covers it.
    const bool found = std::any_of(
        out->begin() + first_found, out->end(), [&](const Span& s) {
          return s.begin == begin && s.end == end &&
                 s.category == Category::kIdNumber;
        });
    if (found) continue;
    out->push_back({begin, end, Category::kIdNumber, "id_cued_run",
                    "the digits right after an ID label"});
  }
  // Numbers the source masked in part (3201**********1234): still
  // identifying, still deleted. They start with the digits of the region,
  // so they start at a digit group followed by a mask character.
  constexpr std::string_view kTimes = "\u00d7";
  auto mask_at =
      [&](size_t i) -> size_t {  // bytes of a mask character at i, or 0
    if (i >= text.size()) return 0;
    if (text[i] == '*' || text[i] == 'X' || text[i] == 'x') return 1;
    return text.substr(i, kTimes.size()) == kTimes ? kTimes.size() : 0;
  };
  for (const DigitChain& chain : context.digit_chains()) {
    if (mask_at(chain.end) == 0) continue;
    const size_t begin = chain.group(chain.group_count - 1).begin;
    if (begin > 0 && (IsAsciiAlnum(text[begin - 1]) || text[begin - 1] == '*'))
      continue;
    int chars = 0, digit_count = 0, masks = 0, leading = 0;
    size_t end = begin;
    bool final_x = false;
    while (chars < 19) {
      size_t len = 0;
      if (end < text.size() && text[end] >= '0' && text[end] <= '9') {
        len = 1;
        ++digit_count;
        if (leading == chars) ++leading;
        final_x = false;
      } else if ((len = mask_at(end)) != 0) {
        ++masks;
        final_x = text[end] == 'X' || text[end] == 'x';
      } else {
        break;
      }
      end += len;
      ++chars;
    }
    if (final_x) --masks;  // a trailing X may be the check character
    if (chars != 18 || masks < 2 || digit_count < 6 || leading < 2 ||
        !IsValidRegionPrefix(text.substr(begin, 2))) {
      continue;
    }
    out->push_back({begin, end, Category::kIdNumber, "id_partly_masked",
                    "ID-number shape with some digits already masked"});
  }
  return Status::Ok();
}

}  // namespace wenshu
