// The RE2 adapter: every regular expression in Wenshu goes through Regex or
// RegexSet, which translate RE2's conventions (ok(), ErrorInfo) into Status.
//
// Both are immutable after construction and safe to use from many threads at
// once. Views returned in a RegexMatch point into the searched text and stay
// valid as long as it does.
#ifndef WENSHU_CORE_REGEX_H_
#define WENSHU_CORE_REGEX_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace wenshu {

struct RegexMatch {
  static constexpr int kMaxGroups = 8;
  // groups[0] is the whole match; an unmatched group has data() == nullptr.
  std::array<std::string_view, kMaxGroups + 1> groups;
  int group_count = 0;

  bool matched(int g) const { return groups[g].data() != nullptr; }
};

class Regex {
 public:
  // A built-in pattern, compiled when it is first used (a run that never
  // needs it, such as one small document, does not pay for compiling it),
  // once, whichever thread asks first. A pattern that does not compile is
  // a programming error and aborts, at that first use; every built-in
  // pattern is used by the tests. Patterns from data go through Compile,
  // which compiles at once and says what is wrong.
  explicit Regex(std::string_view pattern);
  static Result<Regex> Compile(std::string_view pattern);
  // `literal` with every regex metacharacter escaped.
  static std::string QuoteMeta(std::string_view literal);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  // Finds the first match in text[from, end). Offsets in the result are
  // relative to `text`, so the caller can continue from groups[0].end.
  bool Search(std::string_view text, size_t from, RegexMatch* match) const;
  // Searches only text[from, to), with ^ and $ not anchored to those bounds.
  bool SearchIn(std::string_view text, size_t from, size_t to,
                RegexMatch* match) const;
  // The match that starts at `at`, inside text[at, to): the one Search
  // would find there, without looking at later starts.
  bool MatchAt(std::string_view text, size_t at, size_t to,
               RegexMatch* match) const;
  // What SearchIn finds, for a pattern whose every match starts at one of
  // `starts` (offsets into `text`, ascending, each once): tried, anchored,
  // only at those from `from` on, below `to`.
  bool SearchStarts(std::string_view text, size_t from, size_t to,
                    const std::vector<size_t>& starts, RegexMatch* match) const;
  // Where every match of a pattern holds `word` from `min` to `max` bytes
  // after its start (the 年 of a date 2023年5月1日 four bytes after it).
  struct Anchor {
    std::string_view word;
    size_t min = 0;
    size_t max = 0;
  };
  // What SearchIn finds, for a pattern whose every match holds `anchor`:
  // tried, anchored, only at the starts an occurrence of its word allows,
  // in ascending order, each once, instead of searching every byte.
  bool SearchAnchored(std::string_view text, size_t from, size_t to,
                      const Anchor& anchor, RegexMatch* match) const;
  // Where every match of a pattern holds one of `words`, with at least
  // `min` bytes before it, all of them characters of `run`, however many
  // (an amount: digits, a point, spaces, 万 or 亿 before its 元).
  struct Tail {
    std::vector<std::string_view> words;
    std::string_view run;  // its characters one after another, in UTF-8
    size_t min = 1;
  };
  // What SearchIn finds, for a pattern whose every match holds `tail`:
  // tried, anchored, only at the starts in the run of its characters
  // before an occurrence of one of its words, in ascending order, each
  // once, instead of searching every byte.
  bool SearchTail(std::string_view text, size_t from, size_t to,
                  const Tail& tail, RegexMatch* match) const;
  // True when the whole of `text` matches.
  bool FullMatch(std::string_view text) const;
  // True when the regex matches somewhere in `text`.
  bool PartialMatch(std::string_view text) const;

  const std::string& pattern() const;

 private:
  struct Lazy;
  explicit Regex(std::unique_ptr<re2::RE2> re);
  // The compiled pattern, compiling it on first use.
  const re2::RE2& re() const;
  bool Match(std::string_view text, size_t from, size_t to, bool anchored,
             RegexMatch* match) const;
  std::unique_ptr<Lazy> lazy_;
};

// A pattern with one group that is a run of a character class between
// bounds (\p{Han}{1,8}?), matched through a variant without the upper bound
// (\p{Han}+?). RE2 finds a match's groups with its fast engines only in a
// program of at most 512 instructions, and a bound copies its class that
// many times: the case number's eight copies of \p{Han} make 808, and sent
// every match to RE2's slowest engine. The variant's matches include the
// pattern's, and are preferred in the same order (the run's repetitions
// in the same order, the bound only cutting them short), so the variant's
// preferred match is the pattern's whenever its run holds at most `max`
// characters; otherwise the pattern itself is matched.
class BoundedRunRegex {
 public:
  // The pattern: before + "(" + run + "{min,max}" + ("?" if lazy) + ")" +
  // after, whose group number `group` is that run. The run stands outside
  // every repetition (a match holds it once at most), so that its group
  // shows all it took.
  struct Parts {
    std::string_view before;
    std::string_view run;  // one character class
    size_t min = 0;
    size_t max = 0;
    bool lazy = false;
    std::string_view after;
    int group = 1;
  };
  explicit BoundedRunRegex(const Parts& parts);

  // What Regex::MatchAt and Regex::SearchIn of the pattern find.
  bool MatchAt(std::string_view text, size_t at, size_t to,
               RegexMatch* match) const;
  bool SearchIn(std::string_view text, size_t from, size_t to,
                RegexMatch* match) const;

 private:
  // True when the variant's `match` is the pattern's.
  bool WithinBound(const RegexMatch& match) const;

  Regex bounded_;
  Regex unbounded_;
  int group_;
  size_t max_;
};

// Many patterns in one pass: which of them match somewhere in a text. An RE2
// out-of-memory condition is reported as kResourceExhausted, never ignored.
class RegexSet {
 public:
  RegexSet();
  ~RegexSet();
  RegexSet(RegexSet&&) noexcept;
  RegexSet& operator=(RegexSet&&) noexcept;

  // Returns the index of the added pattern.
  Result<int> Add(std::string_view pattern);
  Status Compile();
  // Sets `matched` to the indexes of the patterns found in `text`.
  Status Match(std::string_view text, std::vector<int>* matched) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_REGEX_H_
