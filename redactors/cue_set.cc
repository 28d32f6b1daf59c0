#include "redactors/cue_set.h"

#include <algorithm>
#include <set>

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
    Result<Regex> alone = Regex::Compile(Regex::QuoteMeta(c));
    if (!alone.ok()) {
      return Status::InvalidInput("cue " + Quoted(c) + " does not compile: " +
                                  RegexError(alone.status()));
    }
    if (!pattern.empty()) pattern += "|";
    pattern += Regex::QuoteMeta(c);
  }
  Result<Regex> all = Regex::Compile("(" + pattern + ")");
  if (!all.ok()) {
    return Status::InvalidInput("the cues together do not compile: " +
                                RegexError(all.status()));
  }
  set.regex_ = std::make_shared<const Regex>(std::move(all).value());
  return set;
}

std::vector<CueHit> CueSet::Find(std::string_view text, size_t end) const {
  std::vector<CueHit> hits;
  if (!regex_) return hits;
  end = std::min(end, text.size());
  RegexMatch m;
  size_t from = 0;
  while (from < end && regex_->SearchIn(text, from, end, &m)) {
    const size_t at = m.groups[0].data() - text.data();
    for (const std::string& c : cues_) {
      if (text.compare(at, c.size(), c) == 0) hits.emplace_back(at, c);
    }
    from = NextCharBoundary(text, at);
  }
  return hits;
}

}  // namespace wenshu
