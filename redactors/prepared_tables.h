// The data compiled into the binary for the lexicon and the gazetteer:
// tables written at build time by tools/prepare_tables (generated/*.cc) and
// the gazetteer's embedded data files. Immutable, thread-safe; read by
// Lexicon::Instance and Gazetteer::Instance (prepared_tables.cc) and by the
// tests that compare them with a run-time load.
#ifndef WENSHU_REDACTORS_PREPARED_TABLES_H_
#define WENSHU_REDACTORS_PREPARED_TABLES_H_

#include <string_view>

namespace wenshu {

// generated/lexicon_table_data.cc: the table, and the word list it came
// from (empty when the build found none).
extern const std::string_view kLexiconTable;
extern const std::string_view kLexiconTableSource;
// generated/gazetteer_table_data.cc: the gazetteer's table; and the data
// files it was prepared from, for the tests that build it again.
extern const std::string_view kGazetteerTable;
extern const std::string_view kGazetteerProvincesCsv;
extern const std::string_view kGazetteerCitiesCsv;
extern const std::string_view kGazetteerAreasCsv;
extern const std::string_view kGazetteerHistoryTsv;

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PREPARED_TABLES_H_
