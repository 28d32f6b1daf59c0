// wenshu_engines_bench: the same cue set run by four regex engines over the
// same synthetic text, in MB/s, with a check that they find the same
// matches. It measures only: Wenshu's own scanning is not changed by it.
//
//   wenshu_engines_bench [--megabytes N] [--runs R] [--shapes FILE]
//
// The text is about N MB (default 2) of invented judgments from a fixed
// seed (bench/synthetic_judgment.h), each normalized as the pipeline does
// before the detectors run; the engines scan one document at a time. The
// cue set is the trigger words of each detector of DetectorSet::Standard()
// (one pattern per detector: its Detector::TriggerWords() as alternatives,
// caseless) plus the eight identifier shapes
// of bench/identifier_shapes.txt. The engines:
//
//   re2-per-pattern  one RE2 search loop per pattern over each document
//                    (core/regex.h's Regex), as each detector scans today;
//   re2-set          one RE2::Set pass (core/regex.h's RegexSet) says which
//                    patterns occur in the document; then a Regex search
//                    loop for those patterns only gives the positions;
//   re2-set-only     the RE2::Set pass alone (which patterns, no positions);
//   vectorscan-which the same database compiled with HS_FLAG_SINGLEMATCH
//                    (the first match of each pattern only): which patterns;
//   vectorscan       one Vectorscan (Hyperscan) block-mode scan of the
//                    compiled set, reporting every match end with its
//                    pattern id; a pattern it rejects is named, then tried
//                    again with its zero repeats ([...]{0}, which it does
//                    not accept) dropped, and left out if still rejected;
//   aho-corasick     redactors/literal_automaton.h over the patterns that
//                    are finite sets of literals (expanded here: alternation,
//                    (?:...), ?, (?i) on ASCII letters), every occurrence.
//
// Each engine runs R times (default 5) over the whole text; the best run
// gives its MB/s: 10^6 bytes of normalized text per second of the thread's
// CPU time (CLOCK_THREAD_CPUTIME_ID), which other work on a shared machine
// disturbs less than wall time. "Build ms" is the CPU time to compile the
// engine's patterns (RE2 builds its DFAs lazily, during the first scans).
// The match sets are then compared per (document, pattern): RE2 reports
// leftmost-first non-overlapping matches, Vectorscan and Aho-Corasick every
// end of every match, so the check is that all engines agree on which
// patterns occur in which document, that every RE2 match end is one
// Vectorscan reports, and that Aho-Corasick's ends equal Vectorscan's on
// the literal patterns. Exits 1 when a check fails. A second table gives
// each pattern's own RE2 search loop in MB/s, to show which cost most.
// Vectorscan is found by pkg-config (libhs); the program is not built
// without it.
#include <hs/hs.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "bench/synthetic_judgment.h"
#include "core/normalized_text.h"
#include "core/regex.h"
#include "redactors/detector.h"
#include "redactors/detector_set.h"
#include "redactors/literal_automaton.h"

namespace wenshu {
namespace {

constexpr uint64_t kSeed = 20240601;

struct Pattern {
  std::string owner;  // the detector, or "shape:<name>"
  std::string regex;
};

// (document, pattern, end of match), the unit of comparison.
using Hit = std::tuple<uint32_t, uint32_t, uint64_t>;

// What an engine reports: counted while timed, collected once after.
struct Sink {
  bool collect = false;
  uint64_t count = 0;
  std::vector<Hit> hits;
  void Add(uint32_t doc, uint32_t pattern, uint64_t end) {
    ++count;
    if (collect) hits.emplace_back(doc, pattern, end);
  }
};

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "wenshu_engines_bench: %s\n", what.c_str());
  std::exit(2);
}

std::vector<Pattern> ReadShapes(const std::string& path) {
  std::ifstream in(path);
  if (!in) Fail("cannot read " + path);
  std::vector<Pattern> shapes;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) Fail("no tab in a line of " + path);
    shapes.push_back({"shape:" + line.substr(0, tab), line.substr(tab + 1)});
  }
  return shapes;
}

// --- Literal expansion, for Aho-Corasick --------------------------------

// Expands a regex that denotes a finite set of literals: characters,
// alternation, (?:...), ? after a character or group, and (?i) (ASCII
// letters both ways). Anything else (classes, repeats, escapes, anchors,
// dot) means the pattern is not a literal set: nullopt.
class LiteralExpander {
 public:
  explicit LiteralExpander(std::string_view p) : p_(p) {}

  std::optional<std::vector<std::string>> Run() {
    std::optional<std::vector<std::string>> r = Alternation(false);
    if (!r || i_ != p_.size()) return std::nullopt;
    std::sort(r->begin(), r->end());
    r->erase(std::unique(r->begin(), r->end()), r->end());
    if (std::find(r->begin(), r->end(), "") != r->end()) return std::nullopt;
    return r;
  }

 private:
  static constexpr size_t kMaxLiterals = 4096;

  std::optional<std::vector<std::string>> Alternation(bool caseless) {
    std::vector<std::string> all;
    for (;;) {
      std::optional<std::vector<std::string>> s = Sequence(caseless);
      if (!s) return std::nullopt;
      all.insert(all.end(), s->begin(), s->end());
      if (i_ < p_.size() && p_[i_] == '|') {
        ++i_;
        continue;
      }
      return all;
    }
  }

  // `caseless` is updated by a (?i) met in the sequence; it lasts to the end
  // of the enclosing group, across later alternatives too.
  std::optional<std::vector<std::string>> Sequence(bool& caseless) {
    std::vector<std::string> acc{""};
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      std::vector<std::string> atom;
      if (p_.substr(i_, 4) == "(?i)") {
        caseless = true;
        i_ += 4;
        continue;
      }
      if (p_.substr(i_, 3) == "(?:") {
        i_ += 3;
        std::optional<std::vector<std::string>> inner = Alternation(caseless);
        if (!inner || i_ >= p_.size() || p_[i_] != ')') return std::nullopt;
        ++i_;
        atom = std::move(*inner);
      } else {
        const unsigned char c = static_cast<unsigned char>(p_[i_]);
        if (std::string_view("\\.[]{}*+^$()?").find(static_cast<char>(c)) !=
            std::string_view::npos) {
          return std::nullopt;
        }
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::string ch(p_.substr(i_, len));
        i_ += len;
        atom.push_back(ch);
        if (caseless && len == 1 && std::isalpha(c)) {
          atom.push_back(std::string(
              1, static_cast<char>(std::islower(c) ? std::toupper(c)
                                                   : std::tolower(c))));
        }
      }
      if (i_ < p_.size() && p_[i_] == '?') {
        ++i_;
        atom.push_back("");
      }
      std::vector<std::string> next;
      for (const std::string& a : acc) {
        for (const std::string& b : atom) next.push_back(a + b);
      }
      if (next.size() > kMaxLiterals) return std::nullopt;
      acc = std::move(next);
    }
    return acc;
  }

  std::string_view p_;
  size_t i_ = 0;
};

// `text` cut to at most `limit` bytes with "..." when longer, at a
// character boundary.
std::string Shortened(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return text.substr(0, cut) + "...";
}

// `pattern` without its zero repeats: a bracket class or a single
// character followed by {0} matches the empty string, so dropping both
// leaves the language as it was. Vectorscan rejects {0} ("Invalid repeat").
std::string DropZeroRepeats(std::string_view pattern) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t atom_end = i + 1;
    if (pattern[i] == '[') {
      const size_t close = pattern.find(']', i + 2);
      if (close == std::string_view::npos) return std::string(pattern);
      atom_end = close + 1;
    } else if (pattern[i] == '\\') {
      atom_end = std::min(pattern.size(), i + 2);
    }
    if (pattern.substr(atom_end, 3) == "{0}") {
      i = atom_end + 3;
      continue;
    }
    out.append(pattern.substr(i, atom_end - i));
    i = atom_end;
  }
  return out;
}

// --- Engines ---------------------------------------------------------------

void Re2PerPattern(const std::vector<Regex>& regexes,
                   const std::vector<std::string>& docs, Sink& sink) {
  RegexMatch m;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const std::string_view text = docs[d];
    for (uint32_t p = 0; p < regexes.size(); ++p) {
      size_t from = 0;
      while (from <= text.size() && regexes[p].Search(text, from, &m)) {
        const size_t begin = m.groups[0].data() - text.data();
        const size_t end = begin + m.groups[0].size();
        sink.Add(d, p, end);
        from = end > begin ? end : end + 1;
      }
    }
  }
}

void Re2Set(const RegexSet& set, const std::vector<Regex>& regexes,
            const std::vector<std::string>& docs, bool positions, Sink& sink) {
  std::vector<int> matched;
  RegexMatch m;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const std::string_view text = docs[d];
    if (Status s = set.Match(text, &matched); !s.ok()) Fail(s.message());
    for (int p : matched) {
      if (!positions) {
        sink.Add(d, static_cast<uint32_t>(p), 0);
        continue;
      }
      size_t from = 0;
      while (from <= text.size() && regexes[p].Search(text, from, &m)) {
        const size_t begin = m.groups[0].data() - text.data();
        const size_t end = begin + m.groups[0].size();
        sink.Add(d, static_cast<uint32_t>(p), end);
        from = end > begin ? end : end + 1;
      }
    }
  }
}

struct HsContext {
  Sink* sink;
  uint32_t doc;
};

int OnHsMatch(unsigned int id, unsigned long long /*from*/,
              unsigned long long to, unsigned int /*flags*/, void* context) {
  auto* c = static_cast<HsContext*>(context);
  c->sink->Add(c->doc, id, to);
  return 0;
}

void Vectorscan(const hs_database_t* db, hs_scratch_t* scratch,
                const std::vector<std::string>& docs, Sink& sink) {
  HsContext context{&sink, 0};
  for (uint32_t d = 0; d < docs.size(); ++d) {
    context.doc = d;
    if (hs_scan(db, docs[d].data(), static_cast<unsigned>(docs[d].size()), 0,
                scratch, OnHsMatch, &context) != HS_SUCCESS) {
      Fail("hs_scan failed");
    }
  }
}

void AhoCorasick(const LiteralAutomaton& automaton,
                 const std::vector<uint32_t>& literal_pattern,
                 const std::vector<size_t>& literal_length,
                 const std::vector<std::string>& docs, Sink& sink) {
  for (uint32_t d = 0; d < docs.size(); ++d) {
    automaton.ForEachMatch(docs[d], [&](size_t begin, size_t k) {
      sink.Add(d, literal_pattern[k], begin + literal_length[k]);
    });
  }
}

// --- Measuring ---------------------------------------------------------------

// The calling thread's CPU time, in seconds.
double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Row {
  std::string engine;
  std::string patterns;  // which patterns it ran
  double mb_per_s = 0;
  double build_ms = 0;
  uint64_t reported = 0;
  std::vector<Hit> hits;  // sorted, unique
};

Row Measure(const std::string& engine, const std::string& patterns,
            double build_ms, size_t bytes, int runs,
            const std::function<void(Sink&)>& run) {
  Row row;
  row.engine = engine;
  row.patterns = patterns;
  row.build_ms = build_ms;
  double best = 1e300;
  for (int r = 0; r < runs; ++r) {
    Sink sink;
    const double start = CpuSeconds();
    run(sink);
    best = std::min(best, CpuSeconds() - start);
    row.reported = sink.count;
  }
  row.mb_per_s = static_cast<double>(bytes) / 1e6 / best;
  Sink sink;
  sink.collect = true;
  run(sink);
  std::sort(sink.hits.begin(), sink.hits.end());
  sink.hits.erase(std::unique(sink.hits.begin(), sink.hits.end()),
                  sink.hits.end());
  row.hits = std::move(sink.hits);
  std::fprintf(stderr, "  %-16s %8.1f MB/s  %llu matches reported\n",
               engine.c_str(), row.mb_per_s,
               static_cast<unsigned long long>(row.reported));
  return row;
}

// (document, pattern) pairs with a hit, restricted to `keep` patterns.
std::set<std::pair<uint32_t, uint32_t>> Occurrences(
    const std::vector<Hit>& hits, const std::vector<bool>& keep) {
  std::set<std::pair<uint32_t, uint32_t>> out;
  for (const auto& [d, p, e] : hits) {
    if (keep[p]) out.emplace(d, p);
  }
  return out;
}

std::set<Hit> Ends(const std::vector<Hit>& hits,
                   const std::vector<bool>& keep) {
  std::set<Hit> out;
  for (const Hit& h : hits) {
    if (keep[std::get<1>(h)]) out.insert(h);
  }
  return out;
}

int Main(int argc, char** argv) {
  size_t megabytes = 2;
  int runs = 5;
  std::string shapes_path = WENSHU_IDENTIFIER_SHAPES;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 < argc && arg == "--megabytes") {
      megabytes = std::strtoul(argv[++i], nullptr, 10);
    } else if (i + 1 < argc && arg == "--runs") {
      runs = std::atoi(argv[++i]);
    } else if (i + 1 < argc && arg == "--shapes") {
      shapes_path = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: wenshu_engines_bench [--megabytes N] [--runs R] "
                   "[--shapes FILE]\n");
      return 2;
    }
  }
  if (megabytes == 0 || megabytes > 1000 || runs < 1) Fail("bad arguments");

  // The text: normalized documents, scanned one at a time.
  std::vector<std::string> docs;
  size_t bytes = 0;
  for (SyntheticJudgment& j : GenerateJudgments(kSeed, megabytes * 1000000)) {
    Result<NormalizedText> n = NormalizedText::Normalize(j.text);
    if (!n.ok()) Fail(n.status().message());
    docs.emplace_back(n.value().text());
    bytes += docs.back().size();
  }

  // The cue set.
  std::vector<Pattern> patterns;
  for (const std::unique_ptr<Detector>& d :
       DetectorSet::Standard().detectors()) {
    // A detector's trigger words as one pattern, letters in either case
    // as the detector set matches them.
    const std::vector<std::string> words = d->TriggerWords();
    if (words.empty()) continue;
    std::string alternatives;
    for (const std::string& w : words) {
      if (!alternatives.empty()) alternatives += '|';
      alternatives += Regex::QuoteMeta(w);
    }
    patterns.push_back({std::string(d->name()), "(?i)(?:" + alternatives + ")"});
  }
  const size_t triggers = patterns.size();
  for (Pattern& p : ReadShapes(shapes_path)) patterns.push_back(std::move(p));
  const size_t n = patterns.size();

  std::vector<Regex> regexes;
  double start = CpuSeconds();
  for (const Pattern& p : patterns) {
    Result<Regex> r = Regex::Compile(p.regex);
    if (!r.ok()) Fail(p.owner + ": " + r.status().message());
    regexes.push_back(std::move(r).value());
  }
  const double regexes_ms = (CpuSeconds() - start) * 1e3;
  RegexSet set;
  start = CpuSeconds();
  for (const Pattern& p : patterns) {
    if (Result<int> i = set.Add(p.regex); !i.ok()) Fail(i.status().message());
  }
  if (Status s = set.Compile(); !s.ok()) Fail(s.message());
  const double set_ms = (CpuSeconds() - start) * 1e3;

  // Vectorscan: each pattern alone first, to name those it rejects.
  std::vector<bool> in_hs(n, false);
  std::vector<std::string> hs_rejected;
  std::vector<std::string> hs_patterns(n);
  std::vector<const char*> hs_expressions;
  std::vector<unsigned> hs_flags, hs_ids;
  auto hs_accepts = [](const std::string& pattern, std::string* why) {
    hs_database_t* one = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(pattern.c_str(), HS_FLAG_UTF8, HS_MODE_BLOCK, nullptr, &one,
                   &error) != HS_SUCCESS) {
      *why = error->message;
      if (!why->empty() && why->back() == '.') why->pop_back();
      hs_free_compile_error(error);
      return false;
    }
    hs_free_database(one);
    return true;
  };
  for (size_t p = 0; p < n; ++p) {
    std::string why;
    hs_patterns[p] = patterns[p].regex;
    if (!hs_accepts(hs_patterns[p], &why)) {
      std::string rejected = patterns[p].owner + " `" +
                             Shortened(patterns[p].regex, 120) + "`: " + why;
      const std::string rewritten = DropZeroRepeats(patterns[p].regex);
      std::string why_again;
      if (rewritten != patterns[p].regex && hs_accepts(rewritten, &why_again)) {
        rejected += " (accepted with its {0} repeats dropped)";
        hs_patterns[p] = rewritten;
        hs_rejected.push_back(rejected);
      } else {
        hs_rejected.push_back(rejected + " (left out)");
        continue;
      }
    }
    in_hs[p] = true;
    hs_ids.push_back(static_cast<unsigned>(p));
  }
  for (unsigned id : hs_ids) {
    hs_expressions.push_back(hs_patterns[id].c_str());
    hs_flags.push_back(HS_FLAG_UTF8);
  }
  // The set compiled twice: reporting every match, and (SINGLEMATCH) only
  // the first of each pattern, which answers RE2::Set's question.
  auto hs_build = [&](unsigned extra_flags, hs_database_t** db,
                      hs_scratch_t** scratch) {
    std::vector<unsigned> flags(hs_flags);
    for (unsigned& f : flags) f |= extra_flags;
    hs_compile_error_t* error = nullptr;
    const double begin = CpuSeconds();
    if (hs_compile_multi(hs_expressions.data(), flags.data(), hs_ids.data(),
                         static_cast<unsigned>(hs_expressions.size()),
                         HS_MODE_BLOCK, nullptr, db, &error) != HS_SUCCESS) {
      Fail(std::string("hs_compile_multi: ") + error->message);
    }
    if (hs_alloc_scratch(*db, scratch) != HS_SUCCESS) Fail("hs_alloc_scratch");
    return (CpuSeconds() - begin) * 1e3;
  };
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
  const double hs_ms = hs_build(0, &db, &scratch);
  hs_database_t* db_which = nullptr;
  hs_scratch_t* scratch_which = nullptr;
  const double hs_which_ms =
      hs_build(HS_FLAG_SINGLEMATCH, &db_which, &scratch_which);

  // Aho-Corasick over the patterns that are literal sets.
  start = CpuSeconds();
  std::vector<bool> literal(n, false);
  std::vector<std::string> literals;
  std::vector<uint32_t> literal_pattern;
  std::vector<size_t> literal_length;
  for (size_t p = 0; p < n; ++p) {
    std::optional<std::vector<std::string>> set_of =
        LiteralExpander(patterns[p].regex).Run();
    if (!set_of) continue;
    literal[p] = true;
    for (std::string& l : *set_of) {
      literal_pattern.push_back(static_cast<uint32_t>(p));
      literal_length.push_back(l.size());
      literals.push_back(std::move(l));
    }
  }
  const LiteralAutomaton automaton(literals);
  const double ac_ms = (CpuSeconds() - start) * 1e3;
  size_t literal_patterns = 0;
  for (bool l : literal) literal_patterns += l;

  std::fprintf(stderr,
               "%zu documents, %.2f MB normalized; %zu patterns (%zu detector "
               "triggers, %zu identifier shapes); best of %d runs\n",
               docs.size(), bytes / 1e6, n, triggers, n - triggers, runs);
  const std::string all = "all " + std::to_string(n);
  std::vector<Row> rows;
  rows.push_back(Measure("re2-per-pattern", all, regexes_ms, bytes, runs,
                         [&](Sink& s) { Re2PerPattern(regexes, docs, s); }));
  rows.push_back(
      Measure("re2-set", all, set_ms + regexes_ms, bytes, runs,
              [&](Sink& s) { Re2Set(set, regexes, docs, true, s); }));
  rows.push_back(
      Measure("re2-set-only", all + " (which, not where)", set_ms, bytes, runs,
              [&](Sink& s) { Re2Set(set, regexes, docs, false, s); }));
  rows.push_back(Measure("vectorscan",
                         std::to_string(hs_expressions.size()) +
                             " accepted of " + std::to_string(n),
                         hs_ms, bytes, runs,
                         [&](Sink& s) { Vectorscan(db, scratch, docs, s); }));
  rows.push_back(
      Measure("vectorscan-which",
              std::to_string(hs_expressions.size()) + " (which, not where)",
              hs_which_ms, bytes, runs,
              [&](Sink& s) { Vectorscan(db_which, scratch_which, docs, s); }));
  rows.push_back(Measure(
      "aho-corasick",
      std::to_string(literal_patterns) + " literal-set patterns (" +
          std::to_string(literals.size()) + " literals)",
      ac_ms, bytes, runs, [&](Sink& s) {
        AhoCorasick(automaton, literal_pattern, literal_length, docs, s);
      }));

  // Each pattern's own RE2 search loop, best of the runs.
  std::vector<double> pattern_mb_per_s(n);
  for (size_t p = 0; p < n; ++p) {
    const std::vector<Regex> one_regex = [&] {
      std::vector<Regex> v;
      v.push_back(Regex(patterns[p].regex));
      return v;
    }();
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
      Sink sink;
      const double begin = CpuSeconds();
      Re2PerPattern(one_regex, docs, sink);
      best = std::min(best, CpuSeconds() - begin);
    }
    pattern_mb_per_s[p] = static_cast<double>(bytes) / 1e6 / best;
  }

  // The checks.
  const std::vector<bool> every(n, true);
  std::vector<bool> hs_and_literal(n);
  for (size_t p = 0; p < n; ++p) hs_and_literal[p] = in_hs[p] && literal[p];
  const Row& per = rows[0];
  const Row& re2set = rows[1];
  const Row& setonly = rows[2];
  const Row& hs = rows[3];
  const Row& hs_which = rows[4];
  const Row& ac = rows[5];
  std::vector<std::pair<std::string, bool>> checks;
  checks.push_back({"re2-set finds the same matches as re2-per-pattern",
                    per.hits == re2set.hits});
  checks.push_back(
      {"re2-set-only: the same patterns in the same documents",
       Occurrences(per.hits, every) == Occurrences(setonly.hits, every)});
  checks.push_back(
      {"vectorscan: the same patterns in the same documents "
       "(on the patterns it accepted)",
       Occurrences(per.hits, in_hs) == Occurrences(hs.hits, in_hs)});
  {
    const std::set<Hit> hs_ends = Ends(hs.hits, in_hs);
    bool subset = true;
    for (const Hit& h : Ends(per.hits, in_hs)) subset &= hs_ends.count(h) > 0;
    checks.push_back({"vectorscan reports every end of an RE2 match", subset});
    checks.push_back(
        {"vectorscan-which: the same patterns in the same documents",
         Occurrences(per.hits, in_hs) == Occurrences(hs_which.hits, in_hs)});
  }
  checks.push_back(
      {"aho-corasick: the same patterns in the same documents (literal sets)",
       Occurrences(per.hits, literal) == Occurrences(ac.hits, literal)});
  checks.push_back(
      {"aho-corasick reports the same match ends as vectorscan "
       "(literal sets it accepted)",
       Ends(ac.hits, hs_and_literal) == Ends(hs.hits, hs_and_literal)});

  // The report, in Markdown.
  std::printf(
      "Engines over %.2f MB of normalized synthetic judgments "
      "(%zu documents, one at a time, 1 thread, best of %d runs, "
      "MB/s of CPU time); "
      "%zu patterns: %zu detector triggers and %zu identifier "
      "shapes.\n\n",
      bytes / 1e6, docs.size(), runs, n, triggers, n - triggers);
  std::printf(
      "| Engine | Patterns run | MB/s | Build ms | Matches reported | "
      "(document, pattern) pairs |\n|---|---|--:|--:|--:|--:|\n");
  for (const Row& r : rows) {
    std::printf("| %s | %s | %.1f | %.1f | %llu | %zu |\n", r.engine.c_str(),
                r.patterns.c_str(), r.mb_per_s, r.build_ms,
                static_cast<unsigned long long>(r.reported),
                Occurrences(r.hits, every).size());
  }
  std::printf("\n");
  bool ok = true;
  for (const auto& [what, passed] : checks) {
    std::printf("- %s: %s\n", what.c_str(), passed ? "yes" : "NO");
    ok &= passed;
  }
  std::printf("\nVectorscan rejected %zu pattern(s) as written%s\n",
              hs_rejected.size(), hs_rejected.empty() ? "." : ":");
  for (const std::string& r : hs_rejected) std::printf("- %s\n", r.c_str());
  std::printf(
      "\n| Pattern (owner) | RE2 alone, MB/s | Literal set |\n"
      "|---|--:|---|\n");
  for (size_t p = 0; p < n; ++p) {
    std::string shown;
    for (char c : Shortened(patterns[p].regex, 60)) {
      if (c == '|') shown += '\\';  // in a table cell, | must be escaped
      shown += c;
    }
    std::printf("| %s `%s` | %.1f | %s |\n", patterns[p].owner.c_str(),
                shown.c_str(), pattern_mb_per_s[p], literal[p] ? "yes" : "no");
  }
  hs_free_scratch(scratch);
  hs_free_database(db);
  hs_free_scratch(scratch_which);
  hs_free_database(db_which);
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace wenshu

int main(int argc, char** argv) { return wenshu::Main(argc, argv); }
