// CueSet: a list of literal cue words (被害人, 其子, 未成年人 ...) found in
// running text in one pass of one LiteralAutomaton (Aho-Corasick) over the
// words, in time linear in the text whatever their number.
//
// The words come from the policy file (people.*_cues). Check refuses a list
// with a Status naming its first word that is not well-formed UTF-8 or is
// longer than kMaxCueBytes; Policy::FromJson runs it on every cue list, so
// a bad cue stops the program at start, and Compile runs it again. Immutable
// after Compile and safe to use from many threads at once. Hits view the
// CueSet's own words and stay valid as long as it does.
#ifndef WENSHU_REDACTORS_CUE_SET_H_
#define WENSHU_REDACTORS_CUE_SET_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "redactors/literal_automaton.h"
#include "redactors/word_pass.h"

namespace wenshu {

// A cue found at byte offset `at`; `cue` views the CueSet's copy.
using CueHit = std::pair<size_t, std::string_view>;

class CueSet {
 public:
  // A cue is a word or a phrase: longer ones are refused, so that a policy
  // cannot make the automaton as big as the memory.
  static constexpr size_t kMaxCueBytes = 256;
  // Ok when Compile takes every cue of the list.
  static Status Check(const std::vector<std::string>& cues);
  // `cues` in any order, duplicates allowed. An empty list finds nothing.
  static Result<CueSet> Compile(const std::vector<std::string>& cues);

  // Every cue lying wholly in text[0, end), by position. Where cues overlap
  // (附带民事诉讼原告人 holds 原告人), every cue starting at a position is
  // reported there, longest first, and the search goes on from the next
  // character: a shorter cue inside a longer one is found too.
  std::vector<CueHit> Find(std::string_view text, size_t end) const;
  // The same from the hits of automaton() over the whole text (a literal's
  // index is the cue's in cues()), such as a WordPass gives: the hits
  // Find(text, end) reports, without a pass of its own.
  std::vector<CueHit> FromHits(const std::vector<WordHit>& hits,
                               size_t end) const;
  // The automaton over cues(), or null when there are none.
  const LiteralAutomaton* automaton() const { return automaton_.get(); }

  const std::vector<std::string>& cues() const { return cues_; }

 private:
  CueSet() = default;
  std::vector<std::string> cues_;  // distinct, longest first
  // Over cues_ (a cue is known by its index there); null when there are none.
  std::shared_ptr<const LiteralAutomaton> automaton_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_CUE_SET_H_
