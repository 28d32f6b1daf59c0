#include "redactors/plate_detector.h"

#include <bitset>

#include "core/byte_search.h"

namespace wenshu {
namespace {

constexpr std::string_view kProvinces =
    "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

char Upper(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Letter(char c) { return Upper(c) >= 'A' && Upper(c) <= 'Z'; }

// Whether the three bytes at `at` are a province's character.
bool ProvinceAt(std::string_view text, size_t at) {
  static const std::bitset<0x10000>* const provinces = [] {
    auto* set = new std::bitset<0x10000>();
    for (size_t i = 0; i < kProvinces.size(); i += 3)
      set->set(CodePointAt(kProvinces, i));
    return set;
  }();
  const auto byte = [&](size_t i) {
    return static_cast<unsigned char>(text[at + i]);
  };
  if ((byte(0) & 0xF0) != 0xE0 || (byte(1) & 0xC0) != 0x80 ||
      (byte(2) & 0xC0) != 0x80)
    return false;
  return provinces->test((byte(0) & 0x0Fu) << 12 | (byte(1) & 0x3Fu) << 6 |
                         (byte(2) & 0x3Fu));
}

// Validates the characters after the office letter.
bool ValidTail(std::string_view tail, bool has_suffix) {
  int digits = 0;
  for (char c : tail) digits += Digit(c);
  const size_t n = tail.size();
  if (has_suffix) return (n == 4 || n == 5) && digits >= 3;
  if (n == 5) return digits >= 2;
  if (n == 6) {
    // New energy: small cars D/F + one letter or digit + four digits; large
    // vehicles five digits + D/F.
    const char a = Upper(tail[0]), z = Upper(tail[5]);
    const bool small = (a == 'D' || a == 'F') && Digit(tail[2]) &&
                       Digit(tail[3]) && Digit(tail[4]) && Digit(tail[5]);
    const bool large = (z == 'D' || z == 'F') && digits == 5;
    return small || large;
  }
  return false;
}

}  // namespace

PlateDetector::PlateDetector()
    : plate_(
          "([" + std::string(kProvinces) +
          R"(])([A-HJ-NP-Za-hj-np-z])([·\s]?)([A-HJ-NP-Za-hj-np-z0-9]{4,6})([挂学警使领港澳]?))") {
}

size_t PlateDetector::NextStart(std::string_view text, size_t from) {
  // The letter of a plate starts a run of ASCII letters (a province's last
  // byte is no ASCII): each run is looked at once, at its first letter,
  // then passed.
  if (from > text.size() || text.size() - from < 4)
    return std::string_view::npos;
  for (size_t at = FindAsciiLetter(text, from + 3);
       at != std::string_view::npos; at = FindAsciiLetter(text, at)) {
    if (ProvinceAt(text, at - 3)) return at - 3;
    while (at < text.size() && Letter(text[at])) ++at;
  }
  return std::string_view::npos;
}

Status PlateDetector::Find(const Document& doc, ScanContext& context,
                           SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  size_t pos = 0;
  // Every plate starts at a province followed by a letter: only there is
  // a match looked for, each such place once, in the text's order.
  size_t next_start = 0;
  auto next_match = [&] {
    for (size_t at = NextStart(text, std::max(pos, next_start));
         at != std::string_view::npos; at = NextStart(text, at + 1)) {
      if (plate_.MatchAt(text, at, text.size(), &m)) {
        next_start = at + 1;
        return true;
      }
    }
    next_start = text.size();
    return false;
  };
  while (next_match()) {
    const size_t begin = m.groups[0].data() - text.data();
    const size_t end = begin + m.groups[0].size();
    // Resume just after the province character so that an overlapping
    // candidate is not lost.
    pos = begin + m.groups[1].size();
    const std::string_view letter = m.groups[2];
    const std::string_view tail = m.groups[4];
    const bool has_suffix = !m.groups[5].empty();
    if (end < text.size() && (IsAsciiAlnum(text[end]))) continue;
    if (begin > 0 && IsAsciiAlnum(text[begin - 1])) continue;
    // Lower-case letters are a typist's slip (浙j9j631); with three digits the
    // shape is still unmistakable.
    bool lower = letter[0] >= 'a';
    int digits = 0;
    for (char c : tail) {
      lower |= (c >= 'a' && c <= 'z');
      digits += c >= '0' && c <= '9';
    }
    if (lower && digits < 3 && !context.widest()) continue;
    if (!ValidTail(tail, has_suffix)) continue;
    out->push_back({begin, end, Category::kPlate,
                    tail.size() == 6 ? "plate_new_energy" : "plate",
                    "province, office letter and a valid serial"});
    pos = end;
  }
  return Status::Ok();
}

}  // namespace wenshu
