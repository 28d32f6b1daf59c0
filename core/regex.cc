#include "core/regex.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "core/byte_search.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

RE2::Options DefaultOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

}  // namespace

struct Regex::Lazy {
  std::string pattern;
  std::once_flag once;
  std::unique_ptr<re2::RE2> re;
};

Regex::Regex(std::unique_ptr<re2::RE2> re) : lazy_(std::make_unique<Lazy>()) {
  lazy_->pattern = re->pattern();
  lazy_->re = std::move(re);
}

Regex::Regex(std::string_view pattern) : lazy_(std::make_unique<Lazy>()) {
  lazy_->pattern = std::string(pattern);
}

const re2::RE2& Regex::re() const {
  std::call_once(lazy_->once, [lazy = lazy_.get()] {
    if (lazy->re) return;  // compiled by Compile
    lazy->re = std::make_unique<RE2>(re2::StringPiece(lazy->pattern),
                                     DefaultOptions());
    if (!lazy->re->ok()) {
      std::fprintf(stderr,
                   "wenshu: built-in pattern does not compile: %s: %s\n",
                   lazy->pattern.c_str(), lazy->re->error().c_str());
      std::abort();
    }
  });
  return *lazy_->re;
}

std::string Regex::QuoteMeta(std::string_view literal) {
  return RE2::QuoteMeta(re2::StringPiece(literal.data(), literal.size()));
}

Result<Regex> Regex::Compile(std::string_view pattern) {
  auto re = std::make_unique<RE2>(
      re2::StringPiece(pattern.data(), pattern.size()), DefaultOptions());
  if (!re->ok()) {
    return Status::InvalidInput("bad pattern '" + std::string(pattern) +
                                "': " + re->error());
  }
  return Regex(std::move(re));
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

const std::string& Regex::pattern() const { return lazy_->pattern; }

bool Regex::Search(std::string_view text, size_t from,
                   RegexMatch* match) const {
  return SearchIn(text, from, text.size(), match);
}

bool Regex::SearchIn(std::string_view text, size_t from, size_t to,
                     RegexMatch* match) const {
  return Match(text, from, to, /*anchored=*/false, match);
}

bool Regex::MatchAt(std::string_view text, size_t at, size_t to,
                    RegexMatch* match) const {
  return Match(text, at, to, /*anchored=*/true, match);
}

bool Regex::SearchStarts(std::string_view text, size_t from, size_t to,
                         const std::vector<size_t>& starts,
                         RegexMatch* match) const {
  if (from > to || to > text.size()) return false;
  for (auto it = std::lower_bound(starts.begin(), starts.end(), from);
       it != starts.end() && *it < to; ++it) {
    if (MatchAt(text, *it, to, match)) return true;
  }
  return false;
}

bool Regex::SearchAnchored(std::string_view text, size_t from, size_t to,
                           const Anchor& anchor, RegexMatch* match) const {
  if (from > to || to > text.size()) return false;
  const std::string_view before_to = text.substr(0, to);
  size_t next_start = from;  // the starts below it were tried
  for (size_t at = FindBytes(before_to, anchor.word, from + anchor.min);
       at != std::string_view::npos;
       at = FindBytes(before_to, anchor.word, at + 1)) {
    const size_t lowest = at >= anchor.max ? at - anchor.max : 0;
    for (size_t start = std::max(lowest, next_start); start + anchor.min <= at;
         ++start) {
      next_start = start + 1;
      if (MatchAt(text, start, to, match)) return true;
    }
  }
  return false;
}

bool Regex::SearchTail(std::string_view text, size_t from, size_t to,
                       const Tail& tail, RegexMatch* match) const {
  if (from > to || to > text.size()) return false;
  size_t next_start = from;  // the starts below it were tried
  for (size_t pos = from;;) {  // the occurrences before pos were tried
    // The earliest occurrence of a word from pos on. Each word is looked
    // for only up to the earliest found so far, so that a call reads the
    // text up to its match once per word, not to the end (a rare word
    // would be looked for to the end at every match).
    size_t at = std::string_view::npos;
    for (const std::string_view word : tail.words) {
      const size_t end =
          at == std::string_view::npos ? to : std::min(to, at + word.size());
      const size_t hit = FindBytes(text.substr(0, end), word, pos);
      if (hit < at) at = hit;
    }
    if (at == std::string_view::npos) return false;
    pos = at + 1;
    // Back over the run's characters, down to the starts not yet tried:
    // a match starting lower would have been found at an earlier word,
    // whose run reached it.
    size_t begin = at;
    while (begin > next_start) {
      const size_t previous = PreviousCharBoundary(text, begin);
      if (tail.run.find(text.substr(previous, begin - previous)) ==
          std::string_view::npos) {
        break;
      }
      begin = previous;
    }
    for (size_t start = std::max(begin, next_start); start + tail.min <= at;
         ++start) {
      next_start = start + 1;
      if (MatchAt(text, start, to, match)) return true;
    }
  }
}

bool Regex::Match(std::string_view text, size_t from, size_t to,
                  bool anchored, RegexMatch* match) const {
  if (from > to || to > text.size()) return false;
  const re2::RE2& re = this->re();
  const int groups =
      std::min(re.NumberOfCapturingGroups(), RegexMatch::kMaxGroups) + 1;
  re2::StringPiece pieces[RegexMatch::kMaxGroups + 1];
  if (!re.Match(re2::StringPiece(text.data(), text.size()), from, to,
                anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, pieces,
                groups)) {
    return false;
  }
  match->group_count = groups;
  for (int g = 0; g < groups; ++g) {
    match->groups[g] =
        pieces[g].data() == nullptr
            ? std::string_view()
            : std::string_view(pieces[g].data(), pieces[g].size());
  }
  for (int g = groups; g <= RegexMatch::kMaxGroups; ++g) {
    match->groups[g] = std::string_view();
  }
  return true;
}

bool Regex::FullMatch(std::string_view text) const {
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re());
}

bool Regex::PartialMatch(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re());
}

namespace {

std::string RunPattern(const BoundedRunRegex::Parts& parts, bool bounded) {
  std::string pattern(parts.before);
  pattern += "(";
  pattern += parts.run;
  pattern += "{" + std::to_string(parts.min) + ",";
  if (bounded) pattern += std::to_string(parts.max);
  pattern += "}";
  if (parts.lazy) pattern += "?";
  pattern += ")";
  pattern += parts.after;
  return pattern;
}

}  // namespace

BoundedRunRegex::BoundedRunRegex(const Parts& parts)
    : bounded_(RunPattern(parts, /*bounded=*/true)),
      unbounded_(RunPattern(parts, /*bounded=*/false)),
      group_(parts.group),
      max_(parts.max) {}

bool BoundedRunRegex::WithinBound(const RegexMatch& match) const {
  // A group the pattern lacks (a wrong number) leaves the pattern to decide.
  return group_ > 0 && group_ < match.group_count &&
         Utf8CharCount(match.groups[group_]) <= max_;
}

bool BoundedRunRegex::MatchAt(std::string_view text, size_t at, size_t to,
                              RegexMatch* match) const {
  if (!unbounded_.MatchAt(text, at, to, match)) return false;
  return WithinBound(*match) || bounded_.MatchAt(text, at, to, match);
}

bool BoundedRunRegex::SearchIn(std::string_view text, size_t from, size_t to,
                               RegexMatch* match) const {
  if (!unbounded_.SearchIn(text, from, to, match)) return false;
  return WithinBound(*match) || bounded_.SearchIn(text, from, to, match);
}

struct RegexSet::Impl {
  Impl() : set(DefaultOptions(), RE2::UNANCHORED) {}
  RE2::Set set;
  bool compiled = false;
};

RegexSet::RegexSet() : impl_(std::make_unique<Impl>()) {}
RegexSet::~RegexSet() = default;
RegexSet::RegexSet(RegexSet&&) noexcept = default;
RegexSet& RegexSet::operator=(RegexSet&&) noexcept = default;

Result<int> RegexSet::Add(std::string_view pattern) {
  std::string error;
  const int index =
      impl_->set.Add(re2::StringPiece(pattern.data(), pattern.size()), &error);
  if (index < 0) {
    return Status::InvalidInput("bad pattern '" + std::string(pattern) +
                                "': " + error);
  }
  return index;
}

Status RegexSet::Compile() {
  if (!impl_->set.Compile()) {
    return Status::ResourceExhausted(
        "the detector pattern set does not fit in RE2's memory budget");
  }
  impl_->compiled = true;
  return Status::Ok();
}

Status RegexSet::Match(std::string_view text, std::vector<int>* matched) const {
  if (!impl_->compiled)
    return Status::Internal("pattern set used before Compile");
  RE2::Set::ErrorInfo info{};
  matched->clear();
  const bool any = impl_->set.Match(re2::StringPiece(text.data(), text.size()),
                                    matched, &info);
  if (!any) {
    switch (info.kind) {
      case RE2::Set::kNoError:
        return Status::Ok();
      case RE2::Set::kOutOfMemory:
        return Status::ResourceExhausted(
            "RE2 ran out of memory while scanning the text");
      case RE2::Set::kInconsistent:
        return Status::Internal(
            "RE2 pattern set returned inconsistent results");
      case RE2::Set::kNotCompiled:
        return Status::Internal("RE2 pattern set not compiled");
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
