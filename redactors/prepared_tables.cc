// The process-wide Lexicon and Gazetteer, over the tables the build
// prepared (tools/prepare_tables.cc writes them into generated/*.cc). Kept
// apart from lexicon.cc and gazetteer.cc so that the build-time tool can
// link those two without the tables it is about to write.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "redactors/gazetteer.h"
#include "redactors/lexicon.h"
#include "redactors/prepared_tables.h"

namespace wenshu {

namespace {

constexpr char kDefaultLexiconPath[] =
    "/usr/lib/python3/dist-packages/jieba/dict.txt";

[[noreturn]] void DataDefect(const Status& status) {
  std::fprintf(stderr, "wenshu: %s\n", status.message().c_str());
  std::abort();
}

}  // namespace

const Lexicon& Lexicon::Instance() {
  static const Lexicon* lexicon = [] {
    const char* env = std::getenv("WENSHU_LEXICON");
    if (env != nullptr && *env != '\0') return new Lexicon(FromFile(env));
    // A build without the word list: look for it at run time, as before.
    if (kLexiconTable.empty()) return new Lexicon(FromFile(kDefaultLexiconPath));
    Result<Lexicon> table =
        FromTable(kLexiconTable, std::string(kLexiconTableSource));
    if (!table.ok()) DataDefect(table.status());
    return new Lexicon(std::move(table).value());
  }();
  return *lexicon;
}

const Gazetteer& Gazetteer::Instance() {
  static const Gazetteer* instance = [] {
    Result<Gazetteer> g = FromTable(kGazetteerTable);
    if (!g.ok()) DataDefect(g.status());
    return new Gazetteer(std::move(g).value());
  }();
  return *instance;
}

}  // namespace wenshu
