#include "redactors/person_mentions.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "core/byte_search.h"
#include "core/covered_bytes.h"
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

bool StartsWithAny(std::string_view text, size_t pos,
                   const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (text.compare(pos, w.size(), w) == 0) return true;
  return false;
}

bool EndsWithAny(std::string_view text, size_t pos,
                 const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (pos >= w.size() && text.compare(pos - w.size(), w.size(), w) == 0)
      return true;
  return false;
}

// True when the run at [at, end) is part of a longer word of the lexicon:
// two to four Han characters holding it and at least one character beside
// it (国庆 in 国庆节, 建国 in 建国初期).
bool InsideLongerWord(std::string_view text, size_t at, size_t end) {
  const Lexicon& lexicon = Lexicon::Instance();
  std::vector<size_t> begins = {at};
  for (size_t b = at;
       begins.size() < 3 && b > 0 && IsHan(CodePointBefore(text, b));) {
    b = PreviousCharBoundary(text, b);
    begins.push_back(b);
  }
  std::vector<size_t> ends = {end};
  for (size_t e = end;
       ends.size() < 3 && e < text.size() && IsHan(CodePointAt(text, e));) {
    e = NextCharBoundary(text, e);
    ends.push_back(e);
  }
  for (size_t i = 0; i < begins.size(); ++i) {
    for (size_t j = 0; j < ends.size(); ++j) {
      // The given name has two characters: at most two more make a word
      // of the lexicon's length.
      if (i + j == 0 || i + j > 2) continue;
      constexpr int kMinFrequency = 10;
      if (lexicon.IsWord(text.substr(begins[i], ends[j] - begins[i]),
                         kMinFrequency))
        return true;
    }
  }
  return false;
}

// True when the given name at [at, end) stands as a name: not inside a
// longer word, and with a cue on one side (叫国庆, 国庆对此) and a cue or
// punctuation on the other. Punctuation on both sides, or 的 after it,
// is enough for a given name that is no word (,丽华,); one that is a word
// (国庆, 文明) needs a cue after it.
bool StandsAsAName(std::string_view text, size_t at, size_t end, bool is_word,
                   const PeoplePolicy& policy) {
  if (InsideLongerWord(text, at, end)) return false;
  const bool cue_before = EndsWithAny(text, at, policy.given_name_cues_before);
  const bool cue_after = StartsWithAny(text, end, policy.given_name_cues_after);
  const bool mark_before = IsBoundaryChar(CodePointBefore(text, at));
  const char32_t next = CodePointAt(text, end);
  const bool mark_after = IsBoundaryChar(next) || next == U'的';
  if (is_word) return cue_after && (mark_before || cue_before);
  return (cue_before || mark_before) && (cue_after || mark_after);
}

// A given name of two characters that may stand alone for an anonymized
// person, with what replaces it.
struct GivenNameAlone {
  std::string given;
  int person;            // index into the assigned people
  bool is_word = false;  // also a common word (国庆, 文明)
  bool shared = false;   // the given name of several anonymized persons
  std::string_view replacement = {};  // empty: the person's pseudonym
};

// The pseudonym's part for the given name (某某 of 李某某, XX of Li XX), or
// empty when it cannot be told apart from the surname's.
std::string MaskedGivenName(std::string_view name, const NameParts& parts,
                            const PeoplePolicy& policy,
                            const NameModel& model) {
  const std::string p =
      model.Pseudonym(name, parts, policy.style, policy.script);
  if (policy.script == PseudonymScript::kLatin) {
    const size_t space = p.rfind(' ');
    return space == std::string::npos ? "" : p.substr(space + 1);
  }
  if (p.size() <= parts.kept_bytes ||
      p.compare(0, parts.kept_bytes, name.substr(0, parts.kept_bytes)) != 0)
    return "";
  return p.substr(parts.kept_bytes);
}

// The given names of `people` that may stand alone: two characters after a
// surname. One that a kept person shares (王国庆 kept, 李国庆 anonymized)
// is left alone: it cannot be told whose it is. One that several
// anonymized persons share is replaced by the masked given name alone
// (某某), which names neither.
std::vector<GivenNameAlone> GivenNamesAlone(
    const std::vector<PersonRecord>& people,
    const std::vector<std::string>& kept, const PeoplePolicy& policy,
    const NameModel& model, const KeepText& keep) {
  auto given_of = [&](std::string_view name) -> std::string {
    const NameParts parts = model.Analyze(name, false);
    if (parts.shape != NameShape::kHan || parts.given_chars != 2) return "";
    return std::string(name.substr(parts.kept_bytes));
  };
  // By given name, so that thousands of people cost no pairwise search.
  std::unordered_map<std::string, size_t> index;
  std::vector<GivenNameAlone> out;
  for (size_t k = 0; k < people.size(); ++k) {
    std::string given = given_of(people[k].name);
    if (given.empty()) continue;
    if (auto same = index.find(given); same != index.end()) {
      out[same->second].shared = true;
      continue;
    }
    const bool is_word = Lexicon::Instance().IsWord(given, 30);
    index.emplace(given, out.size());
    out.push_back({std::move(given), static_cast<int>(k), is_word});
  }
  // A kept name ending in the given name (王国庆 for 国庆).
  for (const std::string& k : kept) {
    if (k.size() < 9) continue;
    const size_t cut =
        PreviousCharBoundary(k, PreviousCharBoundary(k, k.size()));
    if (auto same = index.find(k.substr(cut)); same != index.end())
      out[same->second].given.clear();
  }
  for (GivenNameAlone& g : out) {
    if (!g.shared) continue;
    const std::string& name = people[g.person].name;
    std::string masked =
        MaskedGivenName(name, model.Analyze(name, false), policy, model);
    if (masked.empty()) {
      g.given.clear();
      continue;
    }
    g.replacement = keep(std::move(masked));
  }
  std::erase_if(out, [](const GivenNameAlone& g) { return g.given.empty(); });
  return out;
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
  bool one_character_given = false;  // IsOneCharacterGivenName(text)
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
  // The mentions taken, never overlapping, in the order taken (sorted by
  // begin once all are in), and the bytes they cover. Every mention and
  // every range asked about is non-empty.
  std::vector<Mention> taken;
  CoveredBytes covered(text.size());
  auto overlaps = [&](size_t b, size_t e) { return covered.Any(b, e); };
  // Only where nothing overlaps it (checked first).
  const auto take = [&](const Mention& m) {
    covered.Cover(m.begin, m.end);
    taken.push_back(m);
  };
  // Every occurrence of every needle, taken needle by needle in the order
  // above, each needle's occurrences from the left (one pass over the text
  // for many needles: see FindEveryOccurrence).
  std::vector<std::string_view> texts;
  texts.reserve(needles.size());
  for (Needle& n : needles) {
    texts.push_back(n.text);
    n.one_character_given = IsOneCharacterGivenName(n.text);
  }
  const std::vector<std::pair<size_t, size_t>> occurrences =
      FindEveryOccurrence(text, texts);
  taken.reserve(occurrences.size() + 16);
  for (const auto& [k, at] : occurrences) {
    const Needle& n = needles[k];
    {
      const size_t end = at + n.text.size();
      if (overlaps(at, end)) continue;
      // 马元 inside 马元某 is another person's pseudonym, not this name.
      if (n.one_character_given && IsCourtPseudonymTail(text, end)) continue;
      if (n.person >= 0) {
        if (IsBenchTitleBefore(text, at, policy) && at >= tail_begin) continue;
        if (StartsOrganisation(text, end, policy)) continue;
      }
      take(Mention{at, end, n.person, n.replacement});
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
    for (size_t g = FindAsciiSpace(text, 0); g != std::string_view::npos;
         g = FindAsciiSpace(text, g)) {
      breaks.push_back(g);
      while (g < text.size() && is_break(text[g])) ++g;
    }
  }
  // Where such a mention can start: a break inside it comes right after
  // one of its first characters. Every proper prefix of every name is
  // indexed once; each break then looks up the few byte lengths a prefix
  // can have, so the work is breaks × prefix lengths, not breaks × names.
  std::unordered_map<std::string_view, std::vector<size_t>> by_prefix;
  std::vector<size_t> prefix_lengths;
  for (size_t k = 0; k < people.size() && !breaks.empty(); ++k) {
    const std::string& name = people[k].name;
    if (name.empty() || static_cast<unsigned char>(name[0]) < 0x80) continue;
    for (size_t cut = NextCharBoundary(name, 0); cut < name.size();
         cut = NextCharBoundary(name, cut)) {
      by_prefix[std::string_view(name).substr(0, cut)].push_back(k);
      if (std::find(prefix_lengths.begin(), prefix_lengths.end(), cut) ==
          prefix_lengths.end())
        prefix_lengths.push_back(cut);
    }
  }
  std::vector<std::vector<size_t>> starts_of(people.size());
  for (const size_t w : breaks) {
    for (const size_t cut : prefix_lengths) {
      if (cut > w) continue;
      auto hit = by_prefix.find(text.substr(w - cut, cut));
      if (hit == by_prefix.end()) continue;
      for (const size_t k : hit->second) starts_of[k].push_back(w - cut);
    }
  }
  for (size_t k = 0; k < people.size(); ++k) {
    const std::string& name = people[k].name;
    std::vector<size_t>& starts = starts_of[k];
    if (starts.empty()) continue;
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
      take(Mention{at, t, static_cast<int>(k), keep(std::move(replacement))});
    }
  }
  // A two-character given name standing alone (国庆 for 李国庆): the
  // person's pseudonym, when the words around it say it stands as a name.
  const std::vector<GivenNameAlone> given_names =
      GivenNamesAlone(people, kept, policy, model, keep);
  std::vector<std::string_view> givens;
  givens.reserve(given_names.size());
  for (const GivenNameAlone& g : given_names) givens.push_back(g.given);
  const std::vector<std::pair<size_t, size_t>> given_at =
      FindEveryOccurrence(text, givens);  // (name, begin)
  for (const auto& [k, at] : given_at) {
    const GivenNameAlone& g = given_names[k];
    const size_t end = at + g.given.size();
    if (at >= tail_begin || overlaps(at, end)) continue;
    if (!StandsAsAName(text, at, end, g.is_word, policy)) continue;
    take(Mention{at, end, g.person, g.replacement});
  }
  // The bench in the tail (审判员　王丽): never anonymized, never touched.
  std::vector<ByteRange> bench;
  for (const std::string& title : policy.bench_titles) {
    for (size_t at = FindBytes(text, title, tail_begin);
         at != std::string_view::npos;
         at = FindBytes(text, title, at + title.size())) {
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
  // Never overlapping and never empty, the mentions begin at distinct
  // places: sorted by begin, they are in the order of the text.
  std::sort(taken.begin(), taken.end(), [](const Mention& a, const Mention& b) {
    return a.begin < b.begin;
  });
  // In the order of the text: the mentions taken are sorted and never
  // overlap, no bench name overlaps one of them, and no two bench names
  // begin at the same place, so the bench's names sorted and merged in
  // put every span where a sort of them all would.
  std::sort(
      bench.begin(), bench.end(),
      [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<Span> spans;
  spans.reserve(bench.size() + taken.size());
  auto next_bench = bench.begin();
  const auto add_bench_before = [&](size_t end) {
    for (; next_bench != bench.end() && next_bench->begin < end; ++next_bench) {
      Span s{next_bench->begin, next_bench->end, Category::kProtected,
             "bench_name", "the bench keeps its names under rules Art. 11"};
      s.inviolable = true;
      spans.push_back(s);
    }
  };
  for (const Mention& m : taken) {
    add_bench_before(m.begin);
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
  add_bench_before(std::string_view::npos);
  return spans;
}

size_t FindResidualMention(std::string_view text,
                           const std::vector<PersonRecord>& people,
                           const std::vector<std::string>& kept,
                           const PeoplePolicy& policy) {
  // Every occurrence of every name in one search, tried from the left: the
  // first that no rule explains is the answer.
  std::vector<std::string_view> names;
  names.reserve(people.size());
  for (const PersonRecord& r : people) names.push_back(r.name);
  std::vector<std::pair<size_t, size_t>> occurrences =
      FindEveryOccurrence(text, names);
  std::sort(occurrences.begin(), occurrences.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  size_t first = std::string_view::npos;
  for (const auto& [person, at] : occurrences) {
    const std::string& name = people[person].name;
    if (StartsOrganisation(text, at + name.size(), policy)) continue;
    if (IsBenchTitleBefore(text, at, policy)) continue;
    if (IsOneCharacterGivenName(name) &&
        IsCourtPseudonymTail(text, at + name.size()))
      continue;
    // Inside a longer kept name (the 张三 of a kept 张三丰): a kept name
    // starting at most its extra length before the mention.
    bool inside_kept = false;
    for (const std::string& k : kept) {
      if (k.size() <= name.size() || inside_kept) continue;
      const size_t lowest = at + name.size() > k.size()
                                ? at + name.size() - k.size()
                                : 0;
      for (size_t b = lowest; b <= at && !inside_kept; ++b)
        inside_kept = text.compare(b, k.size(), k) == 0;
    }
    if (inside_kept) continue;
    first = at;
    break;
  }
  return first;
}

}  // namespace wenshu
