#include "redactors/cue_set.h"

#include <algorithm>
#include <set>

#include "core/regex.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

// A cue too long to compile would fill the message: its start names it.
std::string Quoted(std::string_view cue) {
  const std::string_view start = CharsAfter(cue, 0, 20);
  std::string out = "\"";
  out.append(start);
  if (start.size() < cue.size()) out.append("…");
  out.append("\"");
  return out;
}

// The engine's reason without the pattern Regex::Compile quotes before it
// ("bad pattern '...': pattern too large - compile failed").
std::string RegexError(const Status& status) {
  const std::string& message = status.message();
  const size_t cut = message.rfind("': ");
  return cut == std::string::npos ? message : message.substr(cut + 3);
}

}  // namespace

Result<CueSet> CueSet::Compile(const std::vector<std::string>& cues) {
  CueSet set;
  const std::set<std::string> distinct(cues.begin(), cues.end());
  set.cues_.assign(distinct.begin(), distinct.end());
  std::stable_sort(set.cues_.begin(), set.cues_.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  if (set.cues_.empty()) return set;
  std::string pattern;
  for (const std::string& c : set.cues_) {
    if (!pattern.empty()) pattern += "|";
    pattern += Regex::QuoteMeta(c);
  }
  // The alternation holds every cue: when it compiles, so does each cue
  // alone. When it does not, the first cue that does not compile alone is
  // named, or else the cues together are.
  Result<Regex> all = Regex::Compile("(" + pattern + ")");
  if (!all.ok()) {
    for (const std::string& c : set.cues_) {
      Result<Regex> alone = Regex::Compile(Regex::QuoteMeta(c));
      if (!alone.ok()) {
        return Status::InvalidInput("cue " + Quoted(c) +
                                    " does not compile: " +
                                    RegexError(alone.status()));
      }
    }
    return Status::InvalidInput("the cues together do not compile: " +
                                RegexError(all.status()));
  }
  set.automaton_ = std::make_shared<const LiteralAutomaton>(set.cues_);
  return set;
}

std::vector<CueHit> CueSet::Find(std::string_view text, size_t end) const {
  std::vector<CueHit> hits;
  if (!automaton_) return hits;
  end = std::min(end, text.size());
  // Every position where a cue lies wholly in text[0, end) reports every cue
  // that starts there, also one running past `end`: the matches are taken
  // over as much text as the longest cue can reach from the last position.
  const size_t reach =
      std::min(text.size(), end + automaton_->longest_literal() - 1);
  std::vector<std::pair<size_t, size_t>> found;  // (begin, cue index)
  automaton_->ForEachMatch(text.substr(0, reach), [&](size_t begin, size_t k) {
    if (begin < end) found.emplace_back(begin, k);
  });
  // By position, then in cues_ order (longest first).
  std::sort(found.begin(), found.end());
  for (size_t i = 0; i < found.size();) {
    size_t j = i;
    while (j < found.size() && found[j].first == found[i].first) ++j;
    // The last of a position's cues is its shortest.
    if (found[i].first + cues_[found[j - 1].second].size() <= end) {
      for (size_t k = i; k < j; ++k)
        hits.emplace_back(found[k].first, cues_[found[k].second]);
    }
    i = j;
  }
  return hits;
}

}  // namespace wenshu
