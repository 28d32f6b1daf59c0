// Person names: what a name looks like and how it is anonymized (rules §4).
//
// NameModel knows the Chinese surnames (redactors/surnames.txt, compiled in;
// compound surnames such as 欧阳 are matched before single ones) and splits a
// name into the part that is kept and the part that is replaced:
//   - a Han-shaped name keeps its surname: 张三 → 张某, 欧阳明华 → 欧阳某某;
//   - a name with no surname (a minority or transliterated foreign name,
//     买买提·艾力, 扎西多吉, 约翰·史密斯) keeps its first character: 买某;
//   - a name in Latin letters keeps its first letter: John Smith → J.
// The pseudonym style (one 某 per given-name character by default) and the
// script (Han, or Latin for English output: "Zhang XX") come from the policy.
// Immutable and thread-safe.
#ifndef WENSHU_REDACTORS_PERSON_NAMES_H_
#define WENSHU_REDACTORS_PERSON_NAMES_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace wenshu {

enum class PseudonymStyle {
  kPerChar,  // 张三 → 张某, 张小明 → 张某某 (rules §4, the default)
  kSingle,   // always 张某
  kDouble,   // always 张某某
  kLetters,  // 张XX
};

enum class PseudonymScript {
  kHan,    // 张某
  kLatin,  // Zhang XX
};

enum class NameShape {
  kHan,        // surname + given name
  kNoSurname,  // minority or transliterated foreign name: first character kept
  kLatin,      // Latin letters: first letter kept
};

struct NameParts {
  NameShape shape = NameShape::kHan;
  size_t kept_bytes = 0;   // the surname, first character or first letter
  size_t given_chars = 0;  // characters replaced (Han-shaped names)
};

class NameModel {
 public:
  static const NameModel& Instance();

  // Byte length of the surname starting at `pos` (compound first), or 0.
  size_t SurnameAt(std::string_view text, size_t pos) const;
  // SurnameAt, or a surname that is also a function word's character (和,
  // 后: surnames.txt's [marked-only] part), for the places where a name is
  // known to start and its end is marked (被害人和晓雯，): the given name
  // tells the two readings apart there, not in running text.
  size_t MarkedSurnameAt(std::string_view text, size_t pos) const;
  bool IsCompoundSurname(std::string_view s) const {
    return compound_.count(s) > 0;
  }

  // How `name` splits. `no_surname_hint` is set when the party block gives a
  // non-Han ethnicity or a foreign nationality; a name of Han shape (known
  // surname, two or three characters, no middle dot) is still treated as
  // Han-shaped.
  NameParts Analyze(std::string_view name, bool no_surname_hint) const;

  // The pseudonym for `name` without any collision number.
  std::string Pseudonym(std::string_view name, const NameParts& parts,
                        PseudonymStyle style, PseudonymScript script) const;

  // The Latin reading of a surname or a first character, capitalized
  // ("Zhang", "Ouyang").
  std::string Romanize(std::string_view han) const;

 private:
  NameModel();
  std::unordered_set<std::string_view> single_;
  std::unordered_set<std::string_view> compound_;
  // By code point, the surnames of one three-byte character and the first
  // characters of three bytes of the compound ones: the characters of the
  // running text that SurnameAt reads are mostly told by one bit each,
  // without hashing.
  std::bitset<0x10000> single_three_bytes_;
  std::bitset<0x10000> compound_first_;
  std::unordered_set<std::string_view> marked_only_;
  std::unordered_map<std::string_view, std::string> readings_;
};

// True when the characters at `pos` already stand for an anonymized given
// name: 某, X, ×, ＊ or *, or a digit or 甲乙丙丁 right after 某 (张某1,
// 牟某甲). Running the pipeline twice must change nothing the second time.
bool IsAnonymizedGivenName(std::string_view text, size_t pos);

// True for characters of the CJK unified ideographs blocks.
bool IsHan(char32_t c);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PERSON_NAMES_H_
