#include "redactors/person_mentions.h"

#include <algorithm>
#include <map>
#include <utility>

#include "core/utf8.h"
#include "redactors/body_name_shape.h"
#include "redactors/lexicon.h"
#include "redactors/literal_automaton.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

bool IsBoundaryChar(char32_t c) {
  return c == 0 || c == U',' || c == U'。' || c == U'、' || c == U';' ||
         c == U':' || c == U'(' || c == U')' || c == U' ' || c == U'\n' ||
         c == U'"' || c == U'“' || c == U'”' || c == U'!' || c == U'?' ||
         c == U'\t' || c == U'《' || c == U'》' || c == U'[' || c == U']';
}

bool IsBenchTitleBefore(std::string_view text, size_t at,
                        const PeoplePolicy& policy) {
  size_t pos = at;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == ':')) --pos;
  if (pos >= 3 && text.compare(pos - 3, 3, "\xE3\x80\x80") == 0) pos -= 3;
  for (const std::string& title : policy.bench_titles) {
    if (pos >= title.size() &&
        text.compare(pos - title.size(), title.size(), title) == 0)
      return true;
  }
  return false;
}

// True when the mention ending at `end` opens an organisation's name
// (张三丰科技有限公司): Han characters up to an organisation suffix follow,
// with nothing in between that reads as a verb or particle.
bool StartsOrganisation(std::string_view text, size_t end,
                        const PeoplePolicy& policy) {
  // 何娟担任公司顾问: a verb right after the name is the sentence going on.
  if (Lexicon::Instance().IsFunctionWord(text.substr(end, 6))) return false;
  size_t pos = end;
  for (int chars = 0; chars < 10 && pos < text.size(); ++chars) {
    const std::string* found = nullptr;
    for (const std::string& suffix : policy.organisation_suffixes) {
      if (text.compare(pos, suffix.size(), suffix) == 0 &&
          (found == nullptr || suffix.size() > found->size()))
        found = &suffix;
    }
    if (found != nullptr) {
      // A bare 店/厂/公司 right after a name, or one character before it,
      // is the sentence going on (王芳店里, 何娟有公司钥匙, 吴蔚帮公司做事):
      // an organisation needs a word of two characters or more before it
      // (张三丰科技公司), or a compound suffix (张三有限公司).
      return chars >= 2 || found->size() >= 9;
    }
    const char32_t c = CodePointAt(text, pos);
    if (!IsHan(c) || IsStopChar(c)) return false;
    pos = NextCharBoundary(text, pos);
  }
  return false;
}

struct Mention {
  size_t begin;
  size_t end;
  int person;  // index into the assigned people, or -1 for a kept name
  std::string_view replacement = {};  // instead of the person's pseudonym
};

// A name to look for: an anonymized person's name or alias, or a kept name.
struct Needle {
  std::string text;
  int person;  // index into the assigned people, -1 for kept
  std::string_view replacement = {};
};

}  // namespace

std::vector<Span> FindPersonMentions(std::string_view text, size_t tail_begin,
                                     const PseudonymAssignment& assigned,
                                     const std::vector<std::string>& kept,
                                     const PeoplePolicy& policy,
                                     const KeepText& keep) {
  const NameModel& model = NameModel::Instance();
  const std::vector<PersonRecord>& people = assigned.people;
  std::vector<Needle> needles;
  for (size_t k = 0; k < people.size(); ++k) {
    needles.push_back({people[k].name, static_cast<int>(k)});
  }
  for (size_t k = 0; k < people.size(); ++k) {
    for (const std::string& alias : assigned.aliases[k]) {
      const NameParts parts = model.Analyze(alias, false);
      if (parts.shape == NameShape::kLatin) {
        // A Latin-script alias gets its own Latin pseudonym (Peter → P.).
        needles.push_back(
            {alias, static_cast<int>(k),
             keep(model.Pseudonym(alias, parts, policy.style, policy.script))});
      } else {
        needles.push_back({alias, static_cast<int>(k)});
      }
    }
  }
  // Every mention of a kept name is reported, and shields what it holds (a
  // kept 张三丰 shields the 张三 inside it).
  for (const std::string& k : kept) needles.push_back({k, -1});
  std::stable_sort(needles.begin(), needles.end(),
                   [](const Needle& a, const Needle& b) {
                     return a.text.size() > b.text.size();
                   });
  std::map<size_t, Mention> taken;  // begin → mention
  auto overlaps = [&](size_t b, size_t e) {
    auto next = taken.lower_bound(b);
    if (next != taken.end() && next->first < e) return true;
    return next != taken.begin() && std::prev(next)->second.end > b;
  };
  // Every occurrence of every needle, taken needle by needle in the order
  // above, each needle's occurrences from the left. A few needles are
  // searched one by one (memmem is fastest there); many are found in one
  // pass over the text, so that a document naming thousands of people
  // costs time linear in its length, not names × text.
  constexpr size_t kNeedlesForOnePass = 48;
  std::vector<std::pair<size_t, size_t>> occurrences;  // (needle, begin)
  if (needles.size() < kNeedlesForOnePass) {
    for (size_t k = 0; k < needles.size(); ++k) {
      const std::string_view needle = needles[k].text;
      for (size_t at = FindText(text, needle); at != std::string_view::npos;
           at = FindText(text, needle, at + 1)) {
        occurrences.emplace_back(k, at);
      }
    }
  } else {
    std::vector<std::string_view> texts;
    texts.reserve(needles.size());
    for (const Needle& n : needles) texts.push_back(n.text);
    LiteralAutomaton(texts).ForEachMatch(text, [&](size_t begin, size_t k) {
      occurrences.emplace_back(k, begin);
    });
    std::sort(occurrences.begin(), occurrences.end());
  }
  for (const auto& [k, at] : occurrences) {
    const Needle& n = needles[k];
    {
      const size_t end = at + n.text.size();
      if (overlaps(at, end)) continue;
      // 马元 inside 马元某 is another person's pseudonym, not this name.
      if (IsOneCharacterGivenName(n.text) && IsCourtPseudonymTail(text, end))
        continue;
      if (n.person >= 0) {
        if (IsBenchTitleBefore(text, at, policy) && at >= tail_begin) continue;
        if (StartsOrganisation(text, end, policy)) continue;
      }
      taken.emplace(at, Mention{at, end, n.person, n.replacement});
    }
  }
  // A name split by a line break or spaces (张\n小明, from a page or a
  // column break): the replacement keeps the break at the same place in the
  // pseudonym (张\n某某). Where the runs of breaks begin, found in one pass.
  std::vector<size_t> breaks;
  if (!people.empty()) {
    auto is_break = [](char c) {
      return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    };
    for (size_t g = 0; g < text.size(); ++g) {
      if (is_break(text[g]) && (g == 0 || !is_break(text[g - 1])))
        breaks.push_back(g);
    }
  }
  for (size_t k = 0; k < people.size(); ++k) {
    const std::string& name = people[k].name;
    if (name.empty() || static_cast<unsigned char>(name[0]) < 0x80) continue;
    // Where such a mention can start: a break inside it comes right after
    // one of its first characters. The breaks were found once for the
    // document; here each is tried against the name's prefixes.
    std::vector<size_t> starts;
    for (const size_t w : breaks) {
      for (size_t cut = NextCharBoundary(name, 0); cut < name.size();
           cut = NextCharBoundary(name, cut)) {
        if (cut <= w && text.compare(w - cut, cut, name, 0, cut) == 0)
          starts.push_back(w - cut);
      }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (const size_t at : starts) {
      size_t t = at, n = 0;
      std::vector<std::pair<size_t, std::string_view>> gaps;  // after char #
      size_t chars = 0;
      while (n < name.size()) {
        const size_t len = NextCharBoundary(name, n) - n;
        if (text.compare(t, len, name, n, len) != 0) break;
        t += len;
        n += len;
        ++chars;
        if (n == name.size()) break;
        size_t g = t;
        while (g < text.size() && (text[g] == ' ' || text[g] == '\n' ||
                                   text[g] == '\r' || text[g] == '\t'))
          ++g;
        if (g > t) {
          gaps.push_back({chars, text.substr(t, g - t)});
          t = g;
        }
      }
      if (n != name.size() || gaps.empty() || overlaps(at, t)) continue;
      std::string replacement;
      const std::string& pseudonym = people[k].pseudonym;
      size_t p = 0, c = 0, next_gap = 0;
      while (p < pseudonym.size()) {
        const size_t len = NextCharBoundary(pseudonym, p) - p;
        replacement.append(pseudonym, p, len);
        p += len;
        ++c;
        while (next_gap < gaps.size() && gaps[next_gap].first == c &&
               p < pseudonym.size())
          replacement.append(gaps[next_gap++].second);
      }
      taken.emplace(at, Mention{at, t, static_cast<int>(k),
                                keep(std::move(replacement))});
    }
  }
  // A two-character given name standing alone (小明 for 张小明).
  for (size_t k = 0; k < people.size(); ++k) {
    const PersonRecord& r = people[k];
    const NameParts parts = model.Analyze(r.name, false);
    if (parts.shape != NameShape::kHan || parts.given_chars < 2) continue;
    const std::string given = r.name.substr(parts.kept_bytes);
    for (size_t at = FindText(text, given); at != std::string_view::npos;
         at = FindText(text, given, at + 1)) {
      const size_t end = at + given.size();
      if (overlaps(at, end) || at >= tail_begin) continue;
      const char32_t before = CodePointBefore(text, at);
      const char32_t after = CodePointAt(text, end);
      const bool left = IsBoundaryChar(before) || before == U'叫' ||
                        before == U'称' || before == U'喊';
      const bool right = IsBoundaryChar(after) || after == U'说' ||
                         after == U'称' || after == U'的';
      if (left && right)
        taken.emplace(at, Mention{at, end, static_cast<int>(k)});
    }
  }
  // The bench in the tail (审判员　王丽): never anonymized, never touched.
  std::vector<ByteRange> bench;
  for (const std::string& title : policy.bench_titles) {
    for (size_t at = text.find(title, tail_begin); at != std::string_view::npos;
         at = text.find(title, at + title.size())) {
      size_t b = at + title.size();
      while (b < text.size() && (text[b] == ' ' || text[b] == ':')) ++b;
      while (text.compare(b, 3, "\xE3\x80\x80") == 0) b += 3;
      size_t e = b;
      int chars = 0;
      while (e < text.size() && chars <= 4 && IsHan(CodePointAt(text, e))) {
        e = NextCharBoundary(text, e);
        ++chars;
      }
      const bool seen =
          std::any_of(bench.begin(), bench.end(),
                      [&](const ByteRange& r) { return r.begin == b; });
      if (chars >= 2 && chars <= 4 && !seen && !overlaps(b, e))
        bench.push_back({b, e});
    }
  }
  std::vector<std::string_view> pseudonyms;
  for (const PersonRecord& r : people) pseudonyms.push_back(keep(r.pseudonym));
  std::vector<Span> spans;
  for (const ByteRange& r : bench) {
    Span s{r.begin, r.end, Category::kProtected, "bench_name",
           "the bench keeps its names under rules Art. 11"};
    s.inviolable = true;
    spans.push_back(s);
  }
  for (const auto& [begin, m] : taken) {
    if (m.person < 0) {
      Span s{m.begin, m.end, Category::kProtected, "kept_name",
             "keeps the name under rules Art. 11"};
      s.inviolable = true;
      spans.push_back(s);
      continue;
    }
    Span s;
    s.begin = m.begin;
    s.end = m.end;
    s.category = Category::kPersonName;
    s.rule = people[m.person].reason;  // why: victim, witness, minor ...
    s.reason = "anonymized under rules §3";
    s.replacement =
        m.replacement.empty() ? pseudonyms[m.person] : m.replacement;
    spans.push_back(s);
  }
  std::stable_sort(
      spans.begin(), spans.end(),
      [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return spans;
}

size_t FindResidualMention(std::string_view text,
                           const std::vector<PersonRecord>& people,
                           const std::vector<std::string>& kept,
                           const PeoplePolicy& policy) {
  size_t first = std::string_view::npos;
  for (const PersonRecord& r : people) {
    for (size_t at = FindText(text, r.name); at != std::string_view::npos;
         at = FindText(text, r.name, at + 1)) {
      if (StartsOrganisation(text, at + r.name.size(), policy)) continue;
      if (IsBenchTitleBefore(text, at, policy)) continue;
      if (IsOneCharacterGivenName(r.name) &&
          IsCourtPseudonymTail(text, at + r.name.size()))
        continue;
      bool inside_kept = false;
      for (const std::string& k : kept) {
        if (k.size() <= r.name.size()) continue;
        const size_t from =
            at + r.name.size() > k.size() ? at + r.name.size() - k.size() : 0;
        const size_t hit = FindText(text, k, from);
        inside_kept |= hit != std::string_view::npos && hit <= at;
      }
      if (inside_kept) continue;
      first = std::min(first, at);
      break;
    }
  }
  return first;
}

}  // namespace wenshu
