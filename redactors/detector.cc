#include "redactors/detector.h"

#include <string.h>

#include <algorithm>
#include <array>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {

namespace {

// The window of a literal starting at `at`, cut at character boundaries.
ByteRange WindowAt(std::string_view text, size_t at, size_t before,
                   size_t after) {
  return {CharStart(text, at > before ? at - before : 0),
          CharStart(text, std::min(text.size(), at + after))};
}

}  // namespace

std::vector<ByteRange> LiteralWindows(
    std::string_view text, std::initializer_list<std::string_view> literals,
    size_t before, size_t after) {
  std::vector<ByteRange> windows;
  for (std::string_view literal : literals) {
    for (size_t at = FindBytes(text, literal); at != std::string_view::npos;
         at = FindBytes(text, literal, at + literal.size())) {
      windows.push_back(WindowAt(text, at, before, after));
    }
  }
  return MergeRanges(std::move(windows));
}

std::vector<ByteRange> WindowsAt(std::string_view text,
                                 const std::vector<size_t>& starts,
                                 size_t before, size_t after) {
  std::vector<ByteRange> windows;
  windows.reserve(starts.size());
  for (const size_t at : starts)
    windows.push_back(WindowAt(text, at, before, after));
  return MergeRanges(std::move(windows));
}

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals)
    : LiteralSet(std::vector<std::string>(literals.begin(), literals.end())) {}

LiteralSet::LiteralSet(const std::vector<std::string>& literals) {
  for (const std::string& literal : literals) {
    if (!literal.empty()) literals_.push_back(literal);
  }
  if (literals_.size() >= kManyLiterals) automaton_.emplace(literals_);
}

namespace {

// The start of the first occurrence of any of the automaton's literals at
// or after `from`, or npos: at each end, the longest literal ending there
// starts first; once an end lies a longest literal past the earliest start
// seen, nothing further on starts before it.
size_t EarliestStart(const LiteralAutomaton& words, std::string_view text,
                     size_t from) {
  if (from >= text.size()) return std::string_view::npos;
  const size_t longest = words.longest_literal();
  size_t first = std::string_view::npos;
  words.ForEachEnd(text.substr(from), [&](size_t end, size_t length) {
    if (first != std::string_view::npos && end >= first + longest) return false;
    first = std::min(first, end - length);
    return true;
  });
  return first == std::string_view::npos ? first : from + first;
}

}  // namespace

size_t LiteralSet::FindFrom(std::string_view text, size_t from) const {
  if (from >= text.size()) return std::string_view::npos;
  if (automaton_) return EarliestStart(*automaton_, text, from);
  size_t first = std::string_view::npos;
  for (const std::string& literal : literals_) {
    const size_t at = FindBytes(text, literal, from);
    if (at < first) first = at;
  }
  return first;
}

std::vector<ByteRange> LeftmostFirstMatches(const LiteralAutomaton& words,
                                            std::string_view text) {
  // The earliest start from the last match's end, then the first word of
  // the list that starts there; nothing is kept but the matches.
  std::vector<ByteRange> matches;
  for (size_t from = 0;;) {
    const size_t at = EarliestStart(words, text, from);
    if (at == std::string_view::npos) return matches;
    const auto& literals = words.literals();
    const auto word =
        std::find_if(literals.begin(), literals.end(), [&](const auto& w) {
          return !w.empty() && text.substr(at).starts_with(w);
        });
    if (word == literals.end()) return matches;  // cannot happen
    matches.push_back({at, at + word->size()});
    from = matches.back().end;
  }
}

std::vector<size_t> LiteralStarts(std::string_view text,
                                  const LiteralSet& literals) {
  std::vector<size_t> starts;
  if (const LiteralAutomaton* automaton = literals.automaton()) {
    automaton->ForEachMatch(
        text, [&](size_t begin, size_t) { starts.push_back(begin); });
  } else {
    for (const std::string& literal : literals.literals()) {
      for (size_t at = FindBytes(text, literal); at != std::string_view::npos;
           at = FindBytes(text, literal, at + 1)) {
        starts.push_back(at);
      }
    }
  }
  SortUnique(&starts);
  return starts;
}

void SortUnique(std::vector<size_t>* offsets) {
  std::sort(offsets->begin(), offsets->end());
  offsets->erase(std::unique(offsets->begin(), offsets->end()), offsets->end());
}

std::vector<ByteRange> LiteralWindows(std::string_view text,
                                      const LiteralSet& literals, size_t before,
                                      size_t after) {
  return WindowsAt(text, LiteralStarts(text, literals), before, after);
}

namespace {

std::vector<std::string_view> DistinctWords(
    const std::vector<RequiredWords>& rules,
    const std::vector<StartWords>& starts) {
  std::vector<std::string_view> words;
  const auto add = [&](std::string_view word) {
    if (std::find(words.begin(), words.end(), word) == words.end())
      words.push_back(word);
  };
  for (const RequiredWords& needs : rules)
    for (const std::vector<std::string_view>& group : needs)
      for (std::string_view word : group) add(word);
  for (const StartWords& rule : starts)
    for (std::string_view word : rule) add(word);
  return words;
}

size_t IndexOf(const std::vector<std::string_view>& words,
               std::string_view word) {
  return static_cast<size_t>(std::find(words.begin(), words.end(), word) -
                             words.begin());
}

}  // namespace

RequiredWordsFilter::RequiredWordsFilter(
    const std::vector<RequiredWords>& rules,
    const std::vector<StartWords>& starts)
    : words_(DistinctWords(rules, starts)),
      automaton_(words_),
      starting_(words_.size()) {
  for (const RequiredWords& needs : rules) {
    std::vector<std::vector<size_t>>& groups = groups_.emplace_back();
    for (const std::vector<std::string_view>& group : needs) {
      std::vector<size_t>& indexes = groups.emplace_back();
      for (std::string_view word : group)
        indexes.push_back(IndexOf(words_, word));
    }
  }
  for (size_t r = 0; r < starts.size() && r < rules.size(); ++r) {
    for (std::string_view word : starts[r]) {
      std::vector<size_t>& rules_of = starting_[IndexOf(words_, word)];
      if (rules_of.empty() || rules_of.back() != r) rules_of.push_back(r);
    }
  }
}

std::vector<bool> RequiredWordsFilter::Held(std::string_view text) const {
  std::vector<bool> held;
  Held(text, &held, nullptr);
  return held;
}

void RequiredWordsFilter::Held(std::string_view text, std::vector<bool>* held,
                               std::vector<std::vector<size_t>>* starts) const {
  if (starts != nullptr) {
    starts->resize(groups_.size());
    for (std::vector<size_t>& at : *starts) at.clear();
  }
  // Which words the text holds, a bit each: on the stack for the usual
  // few dozen words. An empty word is in no text: the automaton ignores it.
  constexpr size_t kStackWords = 256;
  std::array<uint64_t, kStackWords / 64> on_stack{};
  std::vector<uint64_t> on_heap;
  uint64_t* present = on_stack.data();
  if (words_.size() > kStackWords) {
    on_heap.assign((words_.size() + 63) / 64, 0);
    present = on_heap.data();
  }
  automaton_.ForEachMatch(text, [&](size_t begin, size_t word) {
    present[word / 64] |= uint64_t{1} << (word % 64);
    if (starts != nullptr)
      for (size_t r : starting_[word]) (*starts)[r].push_back(begin);
  });
  const auto holds = [present](size_t word) {
    return (present[word / 64] >> (word % 64) & 1) != 0;
  };
  held->clear();
  for (const std::vector<std::vector<size_t>>& groups : groups_) {
    held->push_back(std::all_of(
        groups.begin(), groups.end(), [&](const std::vector<size_t>& group) {
          return std::any_of(group.begin(), group.end(), holds);
        }));
  }
  if (starts != nullptr) {
    // Found in the order of their ends: a rule's words of several lengths
    // come out of order, and a word may start where another does.
    for (size_t r = 0; r < starts->size(); ++r) {
      std::vector<size_t>& at = (*starts)[r];
      if (!(*held)[r]) {
        at.clear();
        continue;
      }
      SortUnique(&at);
    }
  }
}

std::vector<ByteRange> MergeRanges(std::vector<ByteRange> ranges) {
  std::sort(
      ranges.begin(), ranges.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  // Merged in place: the first `merged` ranges are the result so far.
  size_t merged = 0;
  for (const ByteRange& r : ranges) {
    if (merged > 0 && r.begin <= ranges[merged - 1].end) {
      ranges[merged - 1].end = std::max(ranges[merged - 1].end, r.end);
    } else {
      ranges[merged++] = r;
    }
  }
  ranges.resize(merged);
  return ranges;
}

}  // namespace wenshu
