// WordPass: the word automata of several sources found in one pass over a
// text, instead of one pass of each.
//
// The detector set's trigger words, the people finder's body cues and the
// health finder's words are each a LiteralAutomaton a source reads through
// ScanContext::WordHits. Each pass over a text costs about the same whatever
// the words (a step per byte where a word could start, a skip elsewhere),
// so three passes cost nearly three times one. A WordPass is built once,
// from those automata, into one automaton over all their literals; its one
// pass over a document's text gives every member the hits its own pass
// would have given: the same (begin, literal index) pairs, in the same
// order. A member whose letters match exactly, in a pass that folds ASCII
// case for another member, has each hit with a letter in it compared byte
// for byte before it is counted.
//
// The pipeline builds one for the sources of the find-spans stage and hands
// it to the stage's ScanContext (set_word_pass); a source run alone, or an
// automaton the pass was not built from, makes its own pass as before.
//
// Immutable after construction; Run is thread-safe. The member automata must
// outlive the pass.
#ifndef WENSHU_REDACTORS_WORD_PASS_H_
#define WENSHU_REDACTORS_WORD_PASS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "redactors/literal_automaton.h"

namespace wenshu {

// One occurrence of a literal of an automaton in a text.
struct WordHit {
  size_t begin;
  size_t word;  // the literal's index in its automaton
  bool operator<(const WordHit& o) const {
    return begin != o.begin ? begin < o.begin : word < o.word;
  }
  bool operator==(const WordHit&) const = default;
};

class WordPass {
 public:
  // Null members are skipped; a member named twice is one member.
  explicit WordPass(std::vector<const LiteralAutomaton*> members);

  // The index of `words` among the members, or npos.
  size_t MemberOf(const LiteralAutomaton& words) const;
  const std::vector<const LiteralAutomaton*>& members() const {
    return members_;
  }

  // Every occurrence of every member's literals in `text`, overlapping ones
  // included: out[m] holds member m's, sorted by begin, then literal index
  // (what member m's own ForEachMatch reports, sorted).
  std::vector<std::vector<WordHit>> Run(std::string_view text) const;

 private:
  struct Origin {
    uint32_t member;
    uint32_t word;
    // The member matches letters exactly while the pass folds their case,
    // and the literal has a letter: compare the text before counting.
    bool exact_letters;
  };

  std::vector<const LiteralAutomaton*> members_;
  std::vector<Origin> origins_;  // per literal of the joint automaton
  std::optional<LiteralAutomaton> joint_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_WORD_PASS_H_
