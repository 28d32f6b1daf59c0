// Body name shapes: where a person's name written in running text starts and
// ends, for the people stage's body-mention step (body_mentions.h) and its
// mention spans (person_mentions.h).
//
// Chinese text has no spaces: after a cue (被害人, 其子) a name of one to
// three given-name characters runs into the next word. These functions
// decide its length from the surname model (person_names.h), stop
// characters, the common-word lexicon (lexicon.h) and how the candidate
// forms recur in the document (OccurrenceCounter). All work on normalized,
// valid UTF-8 text and return byte ranges of it; an empty range means "no
// name here". Stateless and thread-safe, except OccurrenceCounter (one per
// document, one thread), whose views point into the text it counts in.
#ifndef WENSHU_REDACTORS_BODY_NAME_SHAPE_H_
#define WENSHU_REDACTORS_BODY_NAME_SHAPE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.h"

namespace wenshu {

// Characters that cannot stand in a given name right after a cue: function
// words, verbs and nouns that follow names in judgments (的, 了, 称, 驾 ...),
// ASCII and punctuation other than the middle dot.
bool IsStopChar(char32_t c);

// Counts of short strings in one document, each computed once: the same
// candidate names come up at every cue. Occurrences do not overlap (counted
// from the left, as a search that resumes after each match). The first
// queries search the text; past kQueriesBeforeIndex distinct strings on a
// large text, every string of a queried byte length is tallied in one pass
// and later queries of that length are lookups, so a document naming
// thousands of people costs passes per length, not per name. On a text
// below that size, a string that starts with a character of three bytes
// is looked for only where that character stands, found once per
// character (a surname's places serve all its candidate names). Either way
// the counts are the same. Views returned by nothing; `text` must outlive
// the counter (its keys are views into it). Not thread-safe.
class OccurrenceCounter {
 public:
  explicit OccurrenceCounter(std::string_view text) : text_(text) {}
  size_t Count(std::string_view s);
  // Occurrences of `s` not followed by another name character.
  size_t CountAlone(std::string_view s);

 private:
  static constexpr size_t kQueriesBeforeIndex = 64;
  static constexpr size_t kTextForIndex = 64 << 10;
  struct Tally {
    size_t all = 0;
    size_t alone = 0;
    size_t free_from = 0;  // where the next occurrence may start
  };
  // The tallies of every string of `bytes` bytes, built on first use; null
  // while searching is still the cheaper way.
  const std::unordered_map<std::string_view, Tally>* TalliesOf(size_t bytes);
  // The occurrences of `s`, by a search of the text or, on a text below
  // kTextForIndex, at the places of its first character.
  Tally TallyOf(std::string_view s);

  std::string_view text_;
  std::unordered_map<std::string_view, size_t> counts_, alone_;
  size_t queries_ = 0;
  std::unordered_map<size_t, std::unordered_map<std::string_view, Tally>>
      tallies_;  // by byte length
  // Where each character of three bytes asked about stands (its bytes as
  // the low 24 bits of the key), ascending.
  std::unordered_map<uint32_t, std::vector<uint32_t>> places_;
};

// True when a 某 at `pos` ends a court's pseudonym that keeps part of the
// given name (马元某), rather than starting 某日, 某处 after a full name.
bool IsCourtPseudonymTail(std::string_view text, size_t pos);

// 马元: a surname and a single given-name character.
bool IsOneCharacterGivenName(std::string_view name);

// A name right at `pos` in running text: a known surname and one or two
// given-name characters (or a minority name with a middle dot), the length
// chosen from how the candidates recur in the document; empty when there
// is none, when it is already anonymized, or when it is a common noun that
// the document also uses as one (被害人钱款 next to 骗得的钱款). Whether a
// common word right after a cue (被害人钱包) is a name is the caller's to
// decide: inside a 、 list it is one.
ByteRange BodyNameAt(std::string_view text, size_t pos,
                     OccurrenceCounter& counter);

// The length in bytes of an already anonymized name at `pos` (周某甲, 张某1,
// 李××), or 0.
size_t AnonymizedNameLength(std::string_view text, size_t pos);

// An item of a 、 list: two to four Han characters up to the next 、 or the
// word that ends the list (的, 等, 和, 及, 与, punctuation), whatever its
// surname; empty when the run is a common word or holds a stop character.
ByteRange ListItemAt(std::string_view text, size_t pos);

// A name right after a role cue whose end is marked: a surname and one or
// two given-name characters that `closes` says end there (a list delimiter,
// a statement word, punctuation: 证人后明远的证言, 被害人和晓雯，). The
// surname is one of the model's, also one read only where a name is marked
// (和, 后: NameModel::MarkedSurnameAt), or, unless `known_surname`, any Han
// character that is no stop character (a surname the model lacks). The
// given name holds no stop character and no 某; the run is no common word
// and holds no frequent noun (被害人和同事). The shortest run wins; empty
// when there is none.
ByteRange ClosedNameAt(std::string_view text, size_t pos, bool known_surname,
                       const std::function<bool(size_t end)>& closes);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_BODY_NAME_SHAPE_H_
