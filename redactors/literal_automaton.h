// LiteralAutomaton: many byte strings found in one pass over a text, in time
// linear in the text whatever their number (the Aho-Corasick automaton:
// a trie of the literals with, at each node, the link to the longest proper
// suffix that is also in the trie).
//
// Built for the terms listed for a case (case_terms.h), where ten thousand
// terms over a megabyte of text must cost one pass, not one pass per term.
// Matching is on bytes; literals and text in well-formed UTF-8 match as
// characters, since UTF-8 synchronizes itself.
//
// With AsciiCase::kFold, ASCII letters match in either case (the literals'
// and the text's); every other byte matches itself.
//
// Immutable after construction; ForEachEnd is thread-safe.
#ifndef WENSHU_REDACTORS_LITERAL_AUTOMATON_H_
#define WENSHU_REDACTORS_LITERAL_AUTOMATON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/byte_search.h"

namespace wenshu {

enum class AsciiCase { kExact, kFold };

class LiteralAutomaton {
 public:
  // `literals` may repeat; an empty one is ignored. A literal is known by
  // its index in `literals`.
  explicit LiteralAutomaton(const std::vector<std::string>& literals,
                            AsciiCase ascii_case = AsciiCase::kExact);
  explicit LiteralAutomaton(const std::vector<std::string_view>& literals,
                            AsciiCase ascii_case = AsciiCase::kExact);

  bool empty() const { return longest_literal_ == 0; }
  size_t longest_literal() const { return longest_literal_; }
  // The literals as given (index as in the constructor) and how letters
  // match: what a WordPass (word_pass.h) needs to find them with others.
  const std::vector<std::string>& literals() const { return literals_; }
  AsciiCase ascii_case() const {
    return fold_ascii_ ? AsciiCase::kFold : AsciiCase::kExact;
  }

  // For every position where at least one literal ends in `text`, in
  // increasing order, calls on_end(end, length): `end` is the byte offset
  // just past the match and `length` that of the longest literal ending
  // there (the shorter ones lie inside it). Stops when on_end returns false.
  template <typename OnEnd>
  void ForEachEnd(std::string_view text, OnEnd on_end) const {
    Scan(text, [&](size_t end, uint32_t state) {
      return on_end(end, static_cast<size_t>(longest_[state]));
    });
  }

  // Every occurrence of every literal, overlapping ones included: calls
  // on_match(begin, index) for each, in increasing order of the end (and,
  // at one end, from the longest literal to the shortest). The work is
  // linear in the text plus the number of occurrences.
  template <typename OnMatch>
  void ForEachMatch(std::string_view text, OnMatch on_match) const {
    Scan(text, [&](size_t end, uint32_t state) {
      for (uint32_t node = nodes_[state].ends_here ? state
                                                   : nodes_[state].dictionary;
           node != 0; node = nodes_[node].dictionary) {
        for (uint32_t k = nodes_[node].first_literal; k != kNoLiteral;
             k = next_literal_[k]) {
          on_match(end - lengths_[k], static_cast<size_t>(k));
        }
      }
      return true;
    });
  }

  // The same occurrences as (index, begin) pairs, ordered by index, then
  // begin, in `*out` (cleared first, its storage reused).
  void EveryOccurrence(std::string_view text,
                       std::vector<std::pair<size_t, size_t>>* out) const;

 private:
  static constexpr uint32_t kNoLiteral = UINT32_MAX;

  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> next;  // sorted by byte
    uint32_t fail = 0;
    uint32_t longest = 0;    // the longest literal ending here, via suffixes
    bool ends_here = false;  // a literal is exactly this node's path
    // The nearest proper suffix node where a literal ends (0: none).
    uint32_t dictionary = 0;
    uint32_t first_literal = kNoLiteral;  // the literals ending exactly here
  };

  void Build(const std::vector<std::string_view>& literals);
  // Sends the capital letters where the small ones go (from the root and
  // in the table), after Build from literals in small letters.
  void FoldCapitals();
  void PrepareSkips();
  // Narrows the skip's stops by what follows them (WordStarts::NarrowChars).
  void NarrowStarts();

  // From the root, the first position at or after `i` where a step may
  // leave it (starts_: the bytes that start a literal, and the three-byte
  // characters passed whole, whose three steps lead back to the root with
  // no literal ending on the way). In Chinese text most characters start
  // no literal, so the automaton runs only where one could begin. The
  // states and matches are those of stepping every byte: the skipped bytes
  // take the root to itself and end no literal.
  size_t SkipAtRoot(std::string_view text, size_t i,
                    WordStarts::Cursor* cursor) const {
    return starts_.Find(text, i, cursor);
  }

  // Steps over `text`, calling at(end, state) after every byte that ends
  // a literal (longest_[state] > 0); stops when it returns false. The
  // table's loop calls nothing else, so that the state stays in a
  // register.
  template <typename At>
  void Scan(std::string_view text, At at) const {
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    const uint32_t* const longest = longest_.data();
    uint32_t state = 0;
    WordStarts::Cursor cursor;
    if (table_.empty()) {
      for (size_t i = 0; i < n; ++i) {
        if (state == 0 && (i = SkipAtRoot(text, i, &cursor)) == n) return;
        state = StepByLinks(state, data[i]);
        if (longest[state] > 0 && !at(i + 1, state)) return;
      }
      return;
    }
    for (size_t i = 0;;) {
      const size_t end = StepToLiteralEnd(text, i, &state, &cursor);
      if (end == std::string_view::npos || !at(end, state)) return;
      i = end;
    }
  }
  // Steps with the table from byte `i` in `*state` to the first byte that
  // ends a literal: returns the position just past it, with `*state` the
  // state there; npos when none does before the end. A function of its
  // own, out of line: its loop keeps every value in a register.
  size_t StepToLiteralEnd(std::string_view text, size_t i, uint32_t* state,
                          WordStarts::Cursor* cursor) const;

  // The child of `node` on `c`, or 0 (the root) when there is none.
  uint32_t Child(uint32_t node, unsigned char c) const;
  uint32_t Step(uint32_t state, unsigned char c) const {
    if (!table_.empty()) return table_[state * classes_ + class_of_[c]];
    return StepByLinks(state, c);
  }
  uint32_t StepByLinks(uint32_t state, unsigned char c) const;

  bool fold_ascii_ = false;
  std::vector<std::string> literals_;

  // The transitions as a table of nodes × byte classes (a byte that occurs
  // in no literal is class 0; each other byte is a class of its own), so
  // that a step is one load; built only while it stays within
  // kMaxTableEntries and node numbers fit its sixteen-bit entries. Empty:
  // Step follows the suffix links instead.
  static constexpr size_t kMaxTableEntries = size_t{1} << 20;
  std::array<uint8_t, 256> class_of_{};
  size_t classes_ = 1;
  std::vector<uint16_t> table_;  // node numbers fit: see Build

  std::vector<Node> nodes_;
  std::vector<uint32_t> longest_;  // nodes_[i].longest, packed for the scan
  // The root's children by byte (0: none), so that the step most taken over
  // text matching nothing is one load, not a search of the root's list.
  std::array<uint32_t, 256> root_next_{};
  // Where a step from the root may leave it (see SkipAtRoot).
  WordStarts starts_;
  std::vector<uint32_t> lengths_;       // per literal
  std::vector<uint32_t> next_literal_;  // per literal: the next at its node
  size_t longest_literal_ = 0;
};

// Every occurrence of every needle in `text`, overlapping ones included, as
// (needle index, begin) pairs ordered by needle, then begin. A few needles
// are searched with FindEachNeedle (fastest there); from kManyNeedles on, one
// LiteralAutomaton pass finds them all, so that a text naming thousands of
// people costs time linear in its length plus the occurrences, never
// needles × text. Empty needles occur nowhere. Thread-safe (no state).
inline constexpr size_t kManyNeedles = 48;
std::vector<std::pair<size_t, size_t>> FindEveryOccurrence(
    std::string_view text, const std::vector<std::string_view>& needles);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_LITERAL_AUTOMATON_H_
