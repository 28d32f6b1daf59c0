#include "redactors/repeated_identifiers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <utility>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/detector.h"

namespace wenshu {
namespace {

constexpr size_t kMaxGap = RepeatedIdentifierFinder::kMaxGap;
// Keys are indexed by their first bytes; every key has at least this many
// (kMinValueChars characters take at least one byte each).
constexpr size_t kPrefixBytes = 7;
static_assert(kPrefixBytes <= RepeatedIdentifierFinder::kMinValueChars &&
              kPrefixBytes <= 8);

constexpr std::string_view kReason =
    "the same value as an identifier found elsewhere in the document";

bool HasValue(Category c) {
  switch (c) {
    case Category::kIdNumber:
    case Category::kPhone:
    case Category::kImAccount:
    case Category::kBankAccount:
    case Category::kPlate:
    case Category::kPropertyCertificate:
    case Category::kTravelDocument:
    case Category::kVehicleId:
    // A home address cut once (its detail below the county, with its
    // numbers) is cut at every mention: 学院路3号院5号楼201室 in the party
    // block and again in 位于…的房屋.
    case Category::kAddress:
      return true;
    default:
      return false;
  }
}

// What may stand between two characters of an identifier as written.
constexpr bool IsSeparator(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case '-':
    case 0x00A0:  // no-break space
    case 0x00B7:  // middle dot
    case 0x200B:  // zero-width space, non-joiner, joiner
    case 0x200C:
    case 0x200D:
    case 0x2060:  // word joiner
    case 0x2212:  // minus sign
    case 0x3000:  // ideographic space
    case 0x30FB:  // katakana middle dot
    case 0xFEFF:  // zero-width no-break space
    case 0xFF0D:  // full-width hyphen-minus
      return true;
    default:
      return c >= 0x2010 && c <= 0x2015;  // hyphens and dashes
  }
}

// The bytes a separator's UTF-8 form starts with, each once: the first
// `count` of `bytes`.
struct SeparatorLeads {
  std::array<unsigned char, 256> bytes{};
  size_t count = 0;
};
constexpr SeparatorLeads kSeparatorLeads = [] {
  std::array<bool, 256> lead{};
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (!IsSeparator(c)) continue;
    lead[c < 0x80 ? c : c < 0x800 ? 0xC0 | c >> 6 : 0xE0 | c >> 12] = true;
  }
  SeparatorLeads leads;
  for (unsigned b = 0; b < 256; ++b)
    if (lead[b]) leads.bytes[leads.count++] = static_cast<unsigned char>(b);
  return leads;
}();

char Upper(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }

// True when the character `c` (as decoded) glues a mention to a longer run:
// an ASCII letter or digit.
bool IsAlnum(char32_t c) { return c < 0x80 && IsAsciiAlnum(char(c)); }
// Characters that join two parts of one number or address: 1.5, 1,000,
// a_b, a@b.
bool IsJoiner(char32_t c) {
  return c == '.' || c == ',' || c == '_' || c == '@';
}

// The byte length of the character at `pos` (1 for ill-formed bytes).
size_t CharLength(std::string_view text, size_t pos) {
  return NextCharBoundary(text, pos) - pos;
}

// True when nothing before `pos` continues the mention starting there: over
// at most kMaxGap separators, no ASCII letter or digit, and no joiner with
// one before it.
bool StandsAloneBefore(std::string_view text, size_t pos) {
  size_t i = pos;
  for (size_t gap = 0; i > 0; ++gap) {
    const size_t p = PreviousCharBoundary(text, i);
    const char32_t c = CodePointAt(text, p);
    if (IsAlnum(c)) return false;
    if (IsJoiner(c)) return p == 0 || !IsAlnum(CodePointBefore(text, p));
    if (!IsSeparator(c) || gap == kMaxGap) return true;
    i = p;
  }
  return true;
}

// The same after a mention ending at `pos`.
bool StandsAloneAfter(std::string_view text, size_t pos) {
  size_t i = pos;
  for (size_t gap = 0; i < text.size(); ++gap) {
    const char32_t c = CodePointAt(text, i);
    if (IsAlnum(c)) return false;
    const size_t next = NextCharBoundary(text, i);
    if (IsJoiner(c))
      return next >= text.size() || !IsAlnum(CodePointAt(text, next));
    if (!IsSeparator(c) || gap == kMaxGap) return true;
    i = next;
  }
  return true;
}

// Moves `*pos` over the separators at it; false when there are more than
// kMaxGap of them or the text ends.
bool SkipGap(std::string_view text, size_t* pos) {
  for (size_t gap = 0; *pos < text.size(); ++gap) {
    if (!IsSeparator(CodePointAt(text, *pos))) return true;
    if (gap == kMaxGap) return false;
    *pos = NextCharBoundary(text, *pos);
  }
  return false;
}

// Where the mention of `key` that starts at `pos` ends, or npos.
size_t MatchAt(std::string_view text, size_t pos, std::string_view key) {
  size_t k = 0;
  for (;;) {
    const size_t len = CharLength(text, pos);
    if (k + len > key.size()) return std::string_view::npos;
    if (len == 1) {
      if (Upper(text[pos]) != key[k]) return std::string_view::npos;
    } else if (text.substr(pos, len) != key.substr(k, len)) {
      return std::string_view::npos;
    }
    k += len;
    pos += len;
    if (k == key.size()) return pos;
    if (!SkipGap(text, &pos)) return std::string_view::npos;
  }
}

// The first kPrefixBytes bytes of `s`, packed; `s` must be long enough.
uint64_t Pack(std::string_view s) {
  uint64_t packed = 0;
  for (size_t i = 0; i < kPrefixBytes; ++i)
    packed = (packed << 8) | static_cast<unsigned char>(s[i]);
  return packed;
}

// The first kPrefixBytes significant bytes of the text from `pos` (ASCII
// letters upper-cased, separators skipped as in a mention), packed; false
// when the text or the run ends first.
bool PrefixAt(std::string_view text, size_t pos, uint64_t* packed) {
  char bytes[kPrefixBytes];
  size_t n = 0;
  while (n < kPrefixBytes) {
    if (pos >= text.size()) return false;
    const size_t len = CharLength(text, pos);
    for (size_t b = 0; b < len && n < kPrefixBytes; ++b)
      bytes[n++] = len == 1 ? Upper(text[pos]) : text[pos + b];
    pos += len;
    if (n < kPrefixBytes && !SkipGap(text, &pos)) return false;
  }
  *packed = Pack(std::string_view(bytes, kPrefixBytes));
  return true;
}

}  // namespace

std::optional<std::string> IdentifierKey(std::string_view value) {
  std::string key;
  size_t chars = 0, digits = 0;
  for (size_t i = 0; i < value.size();) {
    const char32_t c = CodePointAt(value, i);
    const size_t len = CharLength(value, i);
    if (c == 0) return std::nullopt;  // ill-formed
    if (!IsSeparator(c)) {
      if (c < 0x80) {
        if (!IsAsciiAlnum(value[i])) return std::nullopt;
        digits += IsAsciiDigit(value[i]);
        key.push_back(Upper(value[i]));
      } else {
        key.append(value.substr(i, len));
      }
      ++chars;
    }
    i += len;
  }
  if (chars < RepeatedIdentifierFinder::kMinValueChars || digits < 4)
    return std::nullopt;
  return key;
}

std::vector<IdentifierValue> CollectIdentifierValues(
    std::string_view text, const std::vector<Span>& spans) {
  // Protected spans and identifier spans, each sorted by begin, longer
  // first.
  std::vector<const Span*> kept, found;
  for (const Span& s : spans) {
    if (s.end <= s.begin || s.end > text.size()) continue;
    if (s.category == Category::kProtected)
      kept.push_back(&s);
    else if (HasValue(s.category))
      found.push_back(&s);
  }
  const auto by_begin = [](const Span* a, const Span* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->end > b->end;
  };
  std::sort(kept.begin(), kept.end(), by_begin);
  std::sort(found.begin(), found.end(), by_begin);

  std::vector<IdentifierValue> values;
  size_t k = 0;
  size_t kept_reach = 0;   // the furthest end of a protected span so far
  size_t found_reach = 0;  // the same for identifier spans
  size_t found_begin = 0;  // the begin of the span that reached furthest
  for (const Span* s : found) {
    while (k < kept.size() && kept[k]->begin <= s->begin)
      kept_reach = std::max(kept_reach, kept[k++]->end);
    const bool inside_kept = s->end <= kept_reach;
    // Inside a longer identifier span (one that starts earlier, or at the
    // same place and ends later: sorted before this one).
    const bool inside_longer = s->end <= found_reach &&
                               (found_begin < s->begin || s->end < found_reach);
    if (s->end > found_reach) {
      found_reach = s->end;
      found_begin = s->begin;
    }
    if (inside_kept || inside_longer) continue;
    std::optional<std::string> key =
        IdentifierKey(text.substr(s->begin, s->end - s->begin));
    if (!key) continue;
    const bool known =
        std::any_of(values.begin(), values.end(),
                    [&](const IdentifierValue& v) { return v.key == *key; });
    if (!known) values.push_back({std::move(*key), s->category});
  }
  return values;
}

std::vector<Span> FindValueMentions(
    std::string_view text, const std::vector<IdentifierValue>& values) {
  return ValueMentions(values).Find(text);
}

ValueMentions::ValueMentions(std::vector<IdentifierValue> values)
    : values_(std::move(values)) {
  // Which two bytes a mention can start with. A key that starts with a
  // character of several bytes (an address's 学院路…) is told by its first
  // two, which belong to one character: the lead byte alone is shared by
  // most of the ideographs. One that starts with an ASCII letter or digit,
  // by its first (in either case) and its second character (in either
  // case) or the first byte of a separator (one may come between its
  // characters).
  const auto both_cases = [](unsigned char c) {
    return std::array<unsigned char, 2>{
        c,
        static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)};
  };
  std::array<bool, 128> ascii_lead{};
  std::vector<unsigned char> ascii_leads;  // those set in ascii_lead
  index_.reserve(values_.size());
  for (size_t v = 0; v < values_.size(); ++v) {
    const std::string& key = values_[v].key;
    if (key.size() < kPrefixBytes) continue;
    index_.push_back({Pack(key), v});
    const auto lead = static_cast<unsigned char>(key[0]);
    const auto second = static_cast<unsigned char>(key[1]);
    if (lead >= 0x80) {
      // A character of three bytes or four is told by its first three.
      if (lead >= 0xE0)
        pairs_.AddTriple(lead, second, static_cast<unsigned char>(key[2]));
      else
        pairs_.Add(lead, second);
      // Stepping a byte at a time never lands inside a character on a
      // lead byte (C2-F4) or an ASCII one: while every key starts with
      // one (IdentifierKey's keys are well-formed UTF-8), skipping to the
      // next pair that can start a key finds the places a character at a
      // time would. A key starting with any other byte is looked for at
      // every character.
      if (lead < 0xC2 || lead > 0xF4) lead_bytes_only_ = false;
      continue;
    }
    for (const unsigned char a : both_cases(lead)) {
      if (!ascii_lead[a]) ascii_leads.push_back(a);
      ascii_lead[a] = true;
      for (const unsigned char b : both_cases(second)) pairs_.Add(a, b);
    }
  }
  std::sort(index_.begin(), index_.end());
  for (const unsigned char a : ascii_leads) {
    for (size_t k = 0; k < kSeparatorLeads.count; ++k)
      pairs_.Add(a, kSeparatorLeads.bytes[k]);
  }
}

std::vector<Span> ValueMentions::Find(std::string_view text) const {
  std::vector<Span> out;
  if (index_.empty()) return out;
  // A mention has at least kPrefixBytes bytes: none starts at the last.
  for (size_t pos = 0; pos + 1 < text.size();) {
    if (lead_bytes_only_) {
      // A mention stands alone: no ASCII letter or digit right before it
      // (StandsAloneBefore checks the rest).
      pos = pairs_.FindWordStart(text, pos);
      if (pos == std::string_view::npos) break;
    }
    uint64_t prefix = 0;
    if (!pairs_.ContainsAt(text, pos) || !StandsAloneBefore(text, pos) ||
        !PrefixAt(text, pos, &prefix)) {
      pos = NextCharBoundary(text, pos);
      continue;
    }
    size_t best_end = std::string_view::npos;
    size_t best_value = 0;
    for (auto it = std::lower_bound(index_.begin(), index_.end(),
                                    std::make_pair(prefix, size_t{0}));
         it != index_.end() && it->first == prefix; ++it) {
      const size_t end = MatchAt(text, pos, values_[it->second].key);
      if (end == std::string_view::npos || !StandsAloneAfter(text, end))
        continue;
      if (best_end == std::string_view::npos || end > best_end) {
        best_end = end;
        best_value = it->second;
      }
    }
    if (best_end == std::string_view::npos) {
      pos = NextCharBoundary(text, pos);
      continue;
    }
    Span s;
    s.begin = pos;
    s.end = best_end;
    s.category = values_[best_value].category;
    s.rule = RepeatedIdentifierFinder::kRule;
    s.reason = kReason;
    out.push_back(s);
    pos = best_end;
  }
  return out;
}

Status RepeatedIdentifierFinder::Find(const Document& doc, ScanContext& scan,
                                      SpanSink& sink) const {
  const std::string_view text = scan.text();
  std::vector<IdentifierValue>& values = sink.identifier_values();
  for (IdentifierValue& v : CollectIdentifierValues(text, sink.spans())) {
    const bool known =
        std::any_of(values.begin(), values.end(),
                    [&](const IdentifierValue& w) { return w.key == v.key; });
    if (!known) values.push_back(std::move(v));
  }
  if (values.empty()) return Status::Ok();
  auto prepared = std::make_shared<const ValueMentions>(values);
  const std::vector<Span> mentions = prepared->Find(text);
  // For the verify pass, which looks for the same values in the public
  // text.
  sink.set_prepared_values(std::move(prepared));
  if (mentions.empty()) return Status::Ok();

  // A mention a span already in the sink covers was found (or kept) there.
  std::vector<ByteRange> covering;
  for (const Span& s : sink.spans()) {
    if (s.end > s.begin) covering.push_back({s.begin, s.end});
  }
  std::sort(
      covering.begin(), covering.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  const size_t first = sink.spans().size();
  size_t c = 0, reach = 0;
  for (const Span& m : mentions) {
    while (c < covering.size() && covering[c].begin <= m.begin)
      reach = std::max(reach, covering[c++].end);
    if (m.end <= reach) continue;
    sink.Add(m);
  }
  return keep_rules_.FindKeptAround(doc, scan, sink, first);
}

}  // namespace wenshu
