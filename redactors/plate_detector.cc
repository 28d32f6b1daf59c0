#include "redactors/plate_detector.h"

namespace wenshu {
namespace {

constexpr std::string_view kProvinces =
    "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

char Upper(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Letter(char c) { return Upper(c) >= 'A' && Upper(c) <= 'Z'; }

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

std::vector<std::string> PlateDetector::TriggerWords() const {
  // Every plate starts with a province (and a letter, which Find checks
  // first at each start).
  std::vector<std::string> words;
  for (size_t i = 0; i < kProvinces.size(); i += 3)
    words.emplace_back(kProvinces.substr(i, 3));
  return words;
}

Status PlateDetector::Find(const Document& doc, ScanContext& context,
                           SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  RegexMatch m;
  size_t pos = 0;
  // Every plate starts at a trigger word (a province) followed by a
  // letter: after the detector set's pass, only there is a match looked
  // for.
  const ScanContext::TriggerHits* starts = context.trigger_hits();
  size_t next_start = 0;
  auto next_match = [&] {
    if (starts == nullptr) return plate_.Search(text, pos, &m);
    for (; next_start < starts->size(); ++next_start) {
      const size_t at = (*starts)[next_start].begin;
      const size_t letter = at + 3;  // every province is three bytes
      if (at >= pos && letter < text.size() && Letter(text[letter]) &&
          plate_.MatchAt(text, at, text.size(), &m)) {
        ++next_start;
        return true;
      }
    }
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
