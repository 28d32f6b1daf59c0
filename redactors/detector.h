// Detector: a span source (span_source.h) that finds one kind of identifier
// in a text, plus what the detector set needs to run many of them cheaply
// (trigger words, whether it reports kept text); and the helpers
// detectors share for validating candidates in code.
//
// A detector's Find reads the ScanContext (the normalized text of one
// document plus the candidate indexes shared by all sources; it reads
// scan.text(), which is doc.text) and appends Spans in byte offsets of that
// text. It never edits text. Detectors are immutable after construction:
// Find may be called from many threads at once, each with its own
// ScanContext and SpanSink. Find returns a non-ok Status only when a regex
// engine fails; the caller then holds the document (fail closed). The
// helpers below are stateless or immutable, and thread-safe.
#ifndef WENSHU_REDACTORS_DETECTOR_H_
#define WENSHU_REDACTORS_DETECTOR_H_

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_search.h"
#include "core/regex.h"
#include "core/span.h"
#include "core/status.h"
#include "core/utf8.h"
#include "redactors/digit_chain.h"
#include "redactors/literal_automaton.h"
#include "redactors/span_source.h"

namespace wenshu {

class Detector : public SpanSource {
 public:
  // Words of which at least one occurs in any text in which this detector
  // can find something, at either strictness (ASCII letters in either
  // case). The detector set finds every detector's words in one pass of one
  // automaton and skips a detector none of whose words occur. No words: the
  // detector always runs (those working from the digit chains, which are
  // cheap to look at). An empty word is refused (DetectorSet's build).
  virtual std::vector<std::string> TriggerWords() const = 0;
  // A trigger checked in code beside the words, for a shape no short list
  // of words states: true when `text` holds it, and the detector then runs
  // even if none of its words occur. It must hold wherever the detector can
  // find something by that shape. Default: no such trigger.
  virtual bool TriggeredInCode(std::string_view text) const {
    (void)text;
    return false;
  }
  // True for detectors of text kept by rule (Category::kProtected). They
  // run after the others, only around what the others found, and scan only
  // the context's regions.
  virtual bool ReportsProtected() const { return false; }
};

// Helpers for validating candidates in code, since RE2 has no look-around.

// The parts of `text` around every occurrence of any of `literals`: from
// `before` bytes before it to `after` bytes after its start, cut at
// character boundaries, sorted and merged. Detectors whose patterns all
// contain one of a few literals run their regexes only there: a byte
// search over the whole text is far cheaper than a regex pass.
std::vector<ByteRange> LiteralWindows(
    std::string_view text, std::initializer_list<std::string_view> literals,
    size_t before, size_t after);

// A fixed list of words to find in a text: each by FindBytes when they
// are few (a byte search each beats one automaton pass several times
// over), in one pass of a LiteralAutomaton (Aho-Corasick) over them all
// when they are many (a pass per word would cost more). Immutable and
// thread-safe.
class LiteralSet {
 public:
  // From this many literals on, one automaton pass finds them.
  static constexpr size_t kManyLiterals = 9;

  explicit LiteralSet(std::initializer_list<std::string_view> literals);
  explicit LiteralSet(const std::vector<std::string>& literals);
  // The start of the first occurrence of any literal at or after `from`,
  // or npos. Occurrences that overlap are all found, by starting the next
  // search one byte after the last start.
  size_t FindFrom(std::string_view text, size_t from) const;
  // True when `text` holds one of the literals.
  bool AnyIn(std::string_view text) const {
    return FindFrom(text, 0) != std::string_view::npos;
  }

  const std::vector<std::string>& literals() const { return literals_; }
  // The automaton, when there are kManyLiterals or more; else null.
  const LiteralAutomaton* automaton() const {
    return automaton_ ? &*automaton_ : nullptr;
  }

 private:
  std::vector<std::string> literals_;  // none empty
  std::optional<LiteralAutomaton> automaton_;
};

// The matches of the regex words[0]|words[1]|… (the automaton's literals
// as alternatives, in their order) that a search repeated from the end of
// each match finds: at the leftmost start where a word begins, the first
// word in the list that matches there; then on from its end. The
// automaton's letters match exactly (AsciiCase::kExact). One pass of the
// automaton, in bounded memory, instead of a regex search per match.
std::vector<ByteRange> LeftmostFirstMatches(const LiteralAutomaton& words,
                                            std::string_view text);

// LiteralWindows for a LiteralSet: the same windows.
std::vector<ByteRange> LiteralWindows(std::string_view text,
                                      const LiteralSet& literals, size_t before,
                                      size_t after);
// Where the literals start in `text`, overlapping occurrences included:
// ascending, each once.
std::vector<size_t> LiteralStarts(std::string_view text,
                                  const LiteralSet& literals);

// The same windows around given starts (those of the literals, found by
// another pass).
std::vector<ByteRange> WindowsAt(std::string_view text,
                                 const std::vector<size_t>& starts,
                                 size_t before, size_t after);

// `offsets` ascending, each once.
void SortUnique(std::vector<size_t>* offsets);

// Where a detector's cue words start in context.text(), ascending, each
// once: the detector set's hits of its trigger words (ScanContext::
// trigger_hits) whose word, an index in its TriggerWords(), `chosen`
// takes, when the set runs it; else every occurrence of `cues` found here
// (the detector run alone). Every match of the detector's pattern must
// start at one of the chosen words, and at one of `cues`, so that both
// give the same findings. Such a pattern is then tried, anchored, only
// there (Regex::SearchStarts) instead of searched for through a window.
template <typename Chosen>
std::vector<size_t> CueStarts(const ScanContext& context, Chosen chosen,
                              const LiteralSet& cues) {
  const ScanContext::TriggerHits* hits = context.trigger_hits();
  if (hits == nullptr) return LiteralStarts(context.text(), cues);
  std::vector<size_t> starts;
  for (const WordHit& hit : *hits)
    if (chosen(hit.word)) starts.push_back(hit.begin);
  SortUnique(&starts);
  return starts;
}

// The windows around a detector's cue words (CueStarts) in context.text().
template <typename Chosen>
std::vector<ByteRange> CueWindows(const ScanContext& context, Chosen chosen,
                                  const LiteralSet& cues, size_t before,
                                  size_t after) {
  return WindowsAt(context.text(), CueStarts(context, chosen, cues), before,
                   after);
}

// Word groups a rule's every match holds: one word of each group. A window
// that lacks every word of some group cannot hold a match, and looking for
// the words is far cheaper than the rule's regex pass.
using RequiredWords = std::vector<std::vector<std::string_view>>;

// Words a rule's every match starts with: one of them (none: not known).
using StartWords = std::vector<std::string_view>;

// Which of several rules' required words a window holds, and where their
// start words stand in it: every word of every rule looked for in one pass
// over the window, instead of a byte search per word and rule. Immutable;
// thread-safe.
class RequiredWordsFilter {
 public:
  // `starts`, when given, has one entry per rule.
  explicit RequiredWordsFilter(const std::vector<RequiredWords>& rules,
                               const std::vector<StartWords>& starts = {});
  // The filter of rules that each hold their words as `needs`.
  template <typename Rule>
  static RequiredWordsFilter Of(const std::vector<Rule>& rules) {
    std::vector<RequiredWords> needs;
    for (const Rule& rule : rules) needs.push_back(rule.needs);
    return RequiredWordsFilter(needs);
  }
  // Per rule, in the constructor's order: whether `text` holds a word of
  // every one of its groups (always, for no groups; never, for an empty
  // group).
  std::vector<bool> Held(std::string_view text) const;
  // The same in `*held`, and, unless `starts` is null, in (*starts)[r] for
  // each held rule r with start words the offsets in `text` where one of
  // them begins (ascending, each once); the other rules' lists are left
  // empty. The vectors' storage is reused.
  void Held(std::string_view text, std::vector<bool>* held,
            std::vector<std::vector<size_t>>* starts) const;

 private:
  std::vector<std::string_view> words_;  // each distinct word once
  LiteralAutomaton automaton_;           // over words_
  // Per rule, per group: the indexes in words_ of the group's words.
  std::vector<std::vector<std::vector<size_t>>> groups_;
  // Per word in words_: the rules it is a start word of.
  std::vector<std::vector<size_t>> starting_;
};

// Sorts ranges and merges those that overlap or touch.
std::vector<ByteRange> MergeRanges(std::vector<ByteRange> ranges);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DETECTOR_H_
