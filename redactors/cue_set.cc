#include "redactors/cue_set.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/utf8.h"

namespace wenshu {
namespace {

// A cue too long to take would fill the message: its start names it.
std::string Quoted(std::string_view cue) {
  const std::string_view start = CharsAfter(cue, 0, 20);
  std::string out = "\"";
  out.append(start);
  if (start.size() < cue.size()) out.append("…");
  out.append("\"");
  return out;
}

}  // namespace

Status CueSet::Check(const std::vector<std::string>& cues) {
  for (const std::string& c : cues) {
    if (!IsWellFormedUtf8(c))
      return Status::InvalidInput("cue " + Quoted(c) +
                                  " is not well-formed UTF-8");
    if (c.size() > kMaxCueBytes) {
      return Status::InvalidInput("cue " + Quoted(c) + " is longer than " +
                                  std::to_string(kMaxCueBytes) +
                                  " bytes: a cue is a word or a phrase");
    }
  }
  return Status::Ok();
}

Result<CueSet> CueSet::Compile(const std::vector<std::string>& cues) {
  if (Status s = Check(cues); !s.ok()) return s;
  CueSet set;
  const std::set<std::string> distinct(cues.begin(), cues.end());
  set.cues_.assign(distinct.begin(), distinct.end());
  std::stable_sort(set.cues_.begin(), set.cues_.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  if (set.cues_.empty()) return set;
  set.automaton_ = std::make_shared<const LiteralAutomaton>(set.cues_);
  return set;
}

std::vector<CueHit> CueSet::Find(std::string_view text, size_t end) const {
  if (!automaton_) return {};
  end = std::min(end, text.size());
  // Every position where a cue lies wholly in text[0, end) reports every cue
  // that starts there, also one running past `end`: the matches are taken
  // over as much text as the longest cue can reach from the last position.
  const size_t reach =
      std::min(text.size(), end + automaton_->longest_literal() - 1);
  std::vector<WordHit> found;
  automaton_->ForEachMatch(text.substr(0, reach), [&](size_t begin, size_t k) {
    if (begin < end) found.push_back({begin, k});
  });
  std::sort(found.begin(), found.end());
  return FromHits(found, end);
}

std::vector<CueHit> CueSet::FromHits(const std::vector<WordHit>& found,
                                     size_t end) const {
  // By position, then in cues_ order (longest first). A cue starting
  // before `end` ends within the reach Find scans.
  std::vector<CueHit> hits;
  for (size_t i = 0; i < found.size() && found[i].begin < end;) {
    size_t j = i;
    while (j < found.size() && found[j].begin == found[i].begin) ++j;
    // The last of a position's cues is its shortest.
    if (found[i].begin + cues_[found[j - 1].word].size() <= end) {
      for (size_t k = i; k < j; ++k)
        hits.emplace_back(found[k].begin, cues_[found[k].word]);
    }
    i = j;
  }
  return hits;
}

}  // namespace wenshu
