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
// Immutable after construction; ForEachEnd is thread-safe.
#ifndef WENSHU_REDACTORS_LITERAL_AUTOMATON_H_
#define WENSHU_REDACTORS_LITERAL_AUTOMATON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wenshu {

class LiteralAutomaton {
 public:
  // `literals` may repeat; an empty one is ignored.
  explicit LiteralAutomaton(const std::vector<std::string>& literals);

  bool empty() const { return longest_literal_ == 0; }
  size_t longest_literal() const { return longest_literal_; }

  // For every position where at least one literal ends in `text`, in
  // increasing order, calls on_end(end, length): `end` is the byte offset
  // just past the match and `length` that of the longest literal ending
  // there (the shorter ones lie inside it). Stops when on_end returns false.
  template <typename OnEnd>
  void ForEachEnd(std::string_view text, OnEnd on_end) const {
    uint32_t state = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      state = Step(state, static_cast<unsigned char>(text[i]));
      const uint32_t length = nodes_[state].longest;
      if (length > 0 && !on_end(i + 1, static_cast<size_t>(length))) return;
    }
  }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> next;  // sorted by byte
    uint32_t fail = 0;
    uint32_t longest = 0;  // the longest literal ending here, via suffixes
  };

  // The child of `node` on `c`, or 0 (the root) when there is none.
  uint32_t Child(uint32_t node, unsigned char c) const;
  uint32_t Step(uint32_t state, unsigned char c) const;

  std::vector<Node> nodes_;
  size_t longest_literal_ = 0;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_LITERAL_AUTOMATON_H_
