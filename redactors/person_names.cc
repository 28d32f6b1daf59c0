#include "redactors/person_names.h"

#include <string.h>

#include <memory>
#include <sstream>

#include "core/transliterator.h"
#include "core/utf8.h"

namespace wenshu {

extern const std::string_view kSurnamesText;

namespace {

constexpr std::string_view kMiddleDot = "·";

// Han-Latin with tone marks removed. The adapter serializes its callers;
// only first characters that are not known surnames (whose readings are
// computed once) reach it at run time.
class HanLatin {
 public:
  static HanLatin& Instance() {
    static HanLatin* instance = new HanLatin();
    return *instance;
  }
  std::string Transliterate(std::string_view han) {
    if (!transliterator_.ok()) return std::string(han);
    const std::string out = transliterator_.value().Transliterate(han);
    std::string word;
    for (char c : out) {
      if (c != ' ' && c != '\'') word.push_back(c);
    }
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] -= 32;
    return word;
  }

 private:
  HanLatin()
      : transliterator_(Transliterator::Create("Han-Latin; Latin-ASCII")) {}
  const Result<Transliterator> transliterator_;
};

bool IsAsciiLetter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

bool IsAnonymizedGivenName(std::string_view text, size_t pos) {
  const char32_t c = CodePointAt(text, pos);
  return c == U'某' || c == U'X' || c == U'x' || c == U'×' || c == U'*' ||
         c == U'＊' || c == U'Ｘ' || c == U'〇';
}

const NameModel& NameModel::Instance() {
  static const NameModel* model = new NameModel();
  return *model;
}

NameModel::NameModel() {
  // kSurnamesText is a compiled-in constant: views into it live forever.
  std::string_view text = kSurnamesText;
  size_t line_start = 0;
  bool marked_only = false;  // inside [marked-only] ... [end]
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line == "[marked-only]" || line == "[end]") {
      marked_only = line == "[marked-only]";
      continue;
    }
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      size_t j = line.find(' ', i);
      if (j == std::string_view::npos) j = line.size();
      std::string_view word = line.substr(i, j - i);
      i = j;
      if (word.empty()) continue;
      const size_t colon = word.find(':');
      if (colon != std::string_view::npos) {
        readings_[word.substr(0, colon)] = std::string(word.substr(colon + 1));
        continue;
      }
      if (marked_only) {
        marked_only_.insert(word);
        continue;
      }
      (Utf8CharCount(word) == 1 ? single_ : compound_).insert(word);
    }
  }
  // A character of three bytes is one code point below 0x10000.
  const auto three_byte_char = [](std::string_view s) {
    return NextCharBoundary(s, 0) == 3 ? CodePointAt(s, 0) : char32_t{0};
  };
  for (std::string_view word : single_) {
    if (const char32_t c = three_byte_char(word); c != 0 && word.size() == 3)
      single_three_bytes_.set(c);
  }
  for (std::string_view word : compound_) {
    if (const char32_t c = three_byte_char(word); c != 0)
      compound_first_.set(c);
  }
}

size_t NameModel::SurnameAt(std::string_view text, size_t pos) const {
  const size_t first = NextCharBoundary(text, pos) - pos;
  if (first < 3) return 0;
  // A character of three bytes is told by its code point's bits.
  const char32_t c = first == 3 ? CodePointAt(text, pos) : 0;
  const size_t second = NextCharBoundary(text, pos + first) - (pos + first);
  if (second == 3 && (c == 0 || compound_first_[c]) &&
      compound_.count(text.substr(pos, first + second)))
    return first + second;
  if (c != 0) return single_three_bytes_[c] ? first : 0;
  return single_.count(text.substr(pos, first)) ? first : 0;
}

size_t NameModel::MarkedSurnameAt(std::string_view text, size_t pos) const {
  if (const size_t surname = SurnameAt(text, pos); surname > 0) return surname;
  const size_t first = NextCharBoundary(text, pos) - pos;
  return first == 3 && marked_only_.count(text.substr(pos, first)) ? first : 0;
}

NameParts NameModel::Analyze(std::string_view name,
                             bool no_surname_hint) const {
  NameParts parts;
  if (name.empty()) return parts;
  if (IsAsciiLetter(name[0])) {
    parts.shape = NameShape::kLatin;
    parts.kept_bytes = 1;
    return parts;
  }
  const size_t chars = Utf8CharCount(name);
  const size_t first = NextCharBoundary(name, 0);
  // The name is known to be one: a surname read only where a name's place
  // is marked (和, 后) is a surname here.
  const size_t surname = MarkedSurnameAt(name, 0);
  const bool dotted = name.find(kMiddleDot) != std::string_view::npos;
  const size_t surname_chars =
      surname == 0 ? 1 : Utf8CharCount(name.substr(0, surname));
  const bool han_shape =
      !dotted && chars > surname_chars &&
      (no_surname_hint || surname == 0 ? surname > 0 && chars <= 3
                                       : chars <= 4);
  if (han_shape) {
    parts.shape = NameShape::kHan;
    parts.kept_bytes = surname == 0 ? first : surname;
    parts.given_chars = chars - surname_chars;
    return parts;
  }
  parts.shape = NameShape::kNoSurname;
  parts.kept_bytes = first;
  return parts;
}

std::string NameModel::Romanize(std::string_view han) const {
  auto it = readings_.find(han);
  if (it != readings_.end()) return it->second;
  return HanLatin::Instance().Transliterate(han);
}

std::string NameModel::Pseudonym(std::string_view name, const NameParts& parts,
                                 PseudonymStyle style,
                                 PseudonymScript script) const {
  const std::string_view kept = name.substr(0, parts.kept_bytes);
  if (parts.shape == NameShape::kLatin) return std::string(kept) + ".";
  if (script == PseudonymScript::kLatin) return Romanize(kept) + " XX";
  std::string out(kept);
  switch (style) {
    case PseudonymStyle::kPerChar:
      if (parts.shape == NameShape::kHan) {
        for (size_t i = 0; i < std::max<size_t>(parts.given_chars, 1); ++i)
          out += "某";
      } else {
        out += "某";
      }
      break;
    case PseudonymStyle::kSingle:
      out += "某";
      break;
    case PseudonymStyle::kDouble:
      out += "某某";
      break;
    case PseudonymStyle::kLetters:
      out += "XX";
      break;
  }
  return out;
}

}  // namespace wenshu
