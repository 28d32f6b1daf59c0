#include "redactors/detector.h"

#include <string.h>

#include <algorithm>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {

std::vector<ByteRange> LiteralWindows(
    std::string_view text, std::initializer_list<std::string_view> literals,
    size_t before, size_t after) {
  std::vector<ByteRange> windows;
  for (std::string_view literal : literals) {
    for (size_t at = FindBytes(text, literal); at != std::string_view::npos;
         at = FindBytes(text, literal, at + literal.size())) {
      windows.push_back({CharStart(text, at > before ? at - before : 0),
                         CharStart(text, std::min(text.size(), at + after))});
    }
  }
  return MergeRanges(std::move(windows));
}

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals) {
  for (std::string_view literal : literals) {
    if (!literal.empty()) literals_.emplace_back(literal);
  }
  if (literals_.size() >= kManyLiterals) {
    std::string pattern;
    for (const std::string& literal : literals_) {
      if (!pattern.empty()) pattern += '|';
      pattern += Regex::QuoteMeta(literal);
    }
    alternation_.emplace(pattern);
  }
}

size_t LiteralSet::FindFrom(std::string_view text, size_t from) const {
  if (alternation_) {
    RegexMatch m;
    if (from >= text.size() || !alternation_->Search(text, from, &m))
      return std::string_view::npos;
    return m.groups[0].data() - text.data();
  }
  size_t first = std::string_view::npos;
  for (const std::string& literal : literals_) {
    const size_t at = FindBytes(text, literal, from);
    if (at < first) first = at;
  }
  return first;
}

std::vector<ByteRange> LiteralWindows(std::string_view text,
                                      const LiteralSet& literals, size_t before,
                                      size_t after) {
  std::vector<ByteRange> windows;
  const auto add = [&](size_t at) {
    windows.push_back({CharStart(text, at > before ? at - before : 0),
                       CharStart(text, std::min(text.size(), at + after))});
  };
  if (literals.alternation() != nullptr) {
    for (size_t at = literals.FindFrom(text, 0); at != std::string_view::npos;
         at = literals.FindFrom(text, at + 1)) {
      add(at);
    }
    return MergeRanges(std::move(windows));
  }
  // The window of a start is the same whichever literal starts there, and
  // MergeRanges sorts: each literal's starts (overlapping ones included),
  // merged, are the windows of every start of any literal.
  for (const std::string& literal : literals.literals()) {
    for (size_t at = FindBytes(text, literal); at != std::string_view::npos;
         at = FindBytes(text, literal, at + 1)) {
      add(at);
    }
  }
  return MergeRanges(std::move(windows));
}

bool HoldsRequiredWords(std::string_view text, const RequiredWords& needs) {
  for (const std::vector<std::string_view>& group : needs) {
    bool held = false;
    for (std::string_view word : group)
      held = held || FindBytes(text, word) != std::string_view::npos;
    if (!held) return false;
  }
  return true;
}

std::vector<ByteRange> MergeRanges(std::vector<ByteRange> ranges) {
  std::sort(
      ranges.begin(), ranges.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> merged;
  for (const ByteRange& r : ranges) {
    if (!merged.empty() && r.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

}  // namespace wenshu
