#include "redactors/id_number_detector.h"

namespace wenshu {
namespace {

int Num(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsMaskChar(char32_t c) { return c == '*' || c == 0x00D7 || c == 'X' || c == 'x'; }

}  // namespace

bool IsValidRegionPrefix(std::string_view digits) {
  if (digits.size() < 2) return false;
  const int p = Num(digits.substr(0, 2));
  return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) ||
         (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) ||
         p == 71 || p == 81 || p == 82 || p == 83;
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1870 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

char IdCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3,
                                     7, 9, 10, 5, 8, 4, 2};
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
    : masked_(R"([0-9*×][0-9*×Xx]{13,17})"),
      cue_(R"(身份证|身份号码|证件号码|证号)") {}

std::vector<std::string> IdNumberDetector::TriggerPatterns() const {
  return {R"([0-9][0-9 \-]{13,}[0-9])", R"([0-9*×][0-9*×Xx]{13,})"};
}

Status IdNumberDetector::Detect(const ScanContext& context,
                                std::vector<Span>* out) const {
  const std::string_view text = context.text();
  for (const DigitChain& chain : context.digit_chains()) {
    if (chain.end - chain.begin < 15) continue;
    const size_t groups = chain.groups.size();
    for (size_t first = 0; first < groups; ++first) {
      for (size_t last = first; last < groups; ++last) {
        std::string digits = ChainDigits(text, chain, first, last);
        if (digits.size() > 18) break;
        size_t end = chain.groups[last].end;
        // A trailing X belongs to the number only at the chain's end.
        if (digits.size() == 17 && last == groups - 1 && end < text.size() &&
            (text[end] == 'X' || text[end] == 'x')) {
          digits.push_back('X');
          ++end;
        }
        if (end < text.size() && IsAsciiAlnum(text[end]) && digits.size() == 18 &&
            text[end - 1] != 'X' && text[end - 1] != 'x') {
          // Glued to letters after the digits ("...1234AB"): not a bare ID.
          if (!context.widest()) continue;
        }
        const size_t begin = chain.groups[first].begin;
        if (digits.size() == 18) {
          if (IsValidId18(digits, /*require_check_character=*/true)) {
            out->push_back({begin, end, Category::kIdNumber, "id18_checked",
                            "region code, birth date and MOD 11-2 check character valid"});
          } else if (context.widest() && IsValidId18(digits, false)) {
            out->push_back({begin, end, Category::kIdNumber, "id18_structure",
                            "region code and birth date valid (check character not)"});
          }
        } else if (digits.size() == 15 && IsValidId15(digits)) {
          const bool cued = cue_.PartialMatch(CharsBefore(text, begin, 12));
          if (cued || context.widest()) {
            out->push_back({begin, end, Category::kIdNumber, "id15_legacy",
                            cued ? "legacy 15-digit number after an ID cue word"
                                 : "legacy 15-digit number: region code and birth date valid"});
          }
        }
      }
    }
  }
  // Numbers the source masked in part: still identifying, still deleted.
  RegexMatch m;
  size_t pos = 0;
  while (masked_.Search(text, pos, &m)) {
    const size_t begin = m.groups[0].data() - text.data();
    const size_t end = begin + m.groups[0].size();
    pos = end;
    const char32_t before = CodePointBefore(text, begin);
    const char32_t after = CodePointAt(text, end);
    if ((before < 0x80 && IsAsciiAlnum(static_cast<char>(before))) ||
        before == '*' || before == 0x00D7 ||
        (after < 0x80 && IsAsciiAlnum(static_cast<char>(after))) ||
        after == '*' || after == 0x00D7) {
      continue;
    }
    int chars = 0, digits = 0, masks = 0;
    std::string leading;
    const std::string_view s = m.groups[0];
    for (size_t i = 0; i < s.size();) {
      const char32_t c = CodePointAt(s, i);
      i += c < 0x80 ? 1 : 2;  // only ASCII and U+00D7 can occur here
      ++chars;
      const bool final_char = i >= s.size();
      if (c >= '0' && c <= '9') {
        ++digits;
        if (leading.size() == static_cast<size_t>(chars - 1)) leading.push_back(static_cast<char>(c));
      } else if (IsMaskChar(c) && !(final_char && (c == 'X' || c == 'x') && masks == 0)) {
        ++masks;
      }
    }
    // Sources that mask an ID keep its region prefix (3201**********1234);
    // a run that starts with masks (our own masked accounts among them)
    // identifies nobody.
    if (chars != 18 || masks < 2 || digits < 6 || leading.size() < 2 ||
        !IsValidRegionPrefix(leading)) {
      continue;
    }
    out->push_back({begin, end, Category::kIdNumber, "id_partly_masked",
                    "ID-number shape with some digits already masked"});
  }
  return Status::Ok();
}

}  // namespace wenshu
