#include "redactors/detector.h"

#include <algorithm>

#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {

std::vector<ByteRange> LiteralWindows(
    std::string_view text, std::initializer_list<std::string_view> literals,
    size_t before, size_t after) {
  std::vector<ByteRange> windows;
  for (std::string_view literal : literals) {
    for (size_t at = FindText(text, literal); at != std::string_view::npos;
         at = FindText(text, literal, at + literal.size())) {
      windows.push_back({CharStart(text, at > before ? at - before : 0),
                         CharStart(text, std::min(text.size(), at + after))});
    }
  }
  return MergeRanges(std::move(windows));
}

namespace {

std::string Alternation(std::initializer_list<std::string_view> literals) {
  std::string pattern;
  for (std::string_view literal : literals) {
    if (!pattern.empty()) pattern += '|';
    pattern += Regex::QuoteMeta(literal);
  }
  return pattern;
}

}  // namespace

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals)
    : alternation_(Alternation(literals)) {}

size_t LiteralSet::FindFrom(std::string_view text, size_t from) const {
  RegexMatch m;
  if (from >= text.size() || !alternation_.Search(text, from, &m))
    return std::string_view::npos;
  return m.groups[0].data() - text.data();
}

std::vector<ByteRange> LiteralWindows(std::string_view text,
                                      const LiteralSet& literals, size_t before,
                                      size_t after) {
  std::vector<ByteRange> windows;
  for (size_t at = literals.FindFrom(text, 0); at != std::string_view::npos;
       at = literals.FindFrom(text, at + 1)) {
    windows.push_back({CharStart(text, at > before ? at - before : 0),
                       CharStart(text, std::min(text.size(), at + after))});
  }
  return MergeRanges(std::move(windows));
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

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

}  // namespace wenshu
