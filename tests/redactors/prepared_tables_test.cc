// The tables the build prepares (tools/prepare_tables.cc) against what the
// program built at start-up before they existed: they must be present and
// give the same answers, word for word and character for character.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "redactors/gazetteer.h"
#include "redactors/lexicon.h"
#include "redactors/person_names.h"
#include "redactors/prepared_tables.h"

namespace wenshu {

namespace {

// The lexicon as the program loaded it at start-up before the table was
// prepared at build time: a hash map filled from the word list.
struct OldEntry {
  int frequency = 0;
  bool person_name = false;
  bool function_word = false;
  bool common_noun = false;
};
std::unordered_map<std::string, OldEntry> OldLoad(const std::string& path) {
  std::unordered_map<std::string, OldEntry> words;
  std::ifstream in(path);
  const NameModel& model = NameModel::Instance();
  std::string line;
  while (std::getline(in, line)) {
    const size_t a = line.find(' ');
    if (a == std::string::npos) continue;
    const size_t b = line.find(' ', a + 1);
    const std::string_view word(line.data(), a);
    if (word.size() < 6 || word.size() > 12) continue;
    OldEntry e;
    e.frequency = std::atoi(line.c_str() + a + 1);
    const std::string_view tag =
        b == std::string::npos ? std::string_view()
                               : std::string_view(line).substr(b + 1);
    e.person_name = tag.substr(0, 2) == "nr";
    e.common_noun = tag == "n" || tag == "t" || tag == "f" || tag == "vn" ||
                    tag == "s";
    e.function_word = tag == "d" || tag == "v" || tag == "p" || tag == "c" ||
                      tag == "a" || tag == "r" || tag == "ad" || tag == "u";
    if (e.frequency < 10 && model.SurnameAt(word, 0) == 0) continue;
    words.emplace(std::string(word), e);
  }
  return words;
}

TEST(PreparedTables, LexiconTableIsCompiledIn) {
  ASSERT_FALSE(kLexiconTable.empty())
      << "the build found no word list (python3-jieba)";
  Result<Lexicon> table =
      Lexicon::FromTable(kLexiconTable, std::string(kLexiconTableSource));
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_GT(table.value().size(), 100000u);
  EXPECT_EQ(table.value().source(), kLexiconTableSource);
}

TEST(PreparedTables, LexiconTableIsTheWordListLoadedAtRunTime) {
  ASSERT_FALSE(kLexiconTableSource.empty());
  const Lexicon now = Lexicon::FromFile(std::string(kLexiconTableSource));
  ASSERT_TRUE(now.available()) << "cannot read " << kLexiconTableSource;
  // Compared as a flag, not with EXPECT_EQ: a failure would print megabytes.
  EXPECT_TRUE(now.Serialize() == kLexiconTable)
      << "the word list changed since the build: rebuild";
}

// Every two- to four-character word of the list, and every threshold the
// finders use, answered as the old start-up map answered.
TEST(PreparedTables, LexiconAnswersAsTheOldStartUpMap) {
  const std::string path(kLexiconTableSource);
  ASSERT_FALSE(path.empty());
  const std::unordered_map<std::string, OldEntry> old = OldLoad(path);
  ASSERT_GT(old.size(), 100000u);
  Result<Lexicon> table = Lexicon::FromTable(kLexiconTable, path);
  ASSERT_TRUE(table.ok());
  const Lexicon& l = table.value();
  EXPECT_EQ(l.size(), old.size());
  std::ifstream in(path);
  std::string line;
  size_t checked = 0;
  size_t mismatches = 0;
  while (std::getline(in, line) && mismatches < 10) {
    const std::string word = line.substr(0, line.find(' '));
    auto it = old.find(word);
    const OldEntry* e = it == old.end() ? nullptr : &it->second;
    for (int f : {0, 5, 10, 20, 30, 100, 500}) {
      const bool word_ok = l.IsWord(word, f) == (e && e->frequency >= f);
      const bool noun_ok = l.IsCommonNoun(word, f) ==
                           (e && e->common_noun && e->frequency >= f);
      const bool non_name_ok = l.IsCommonNonName(word, f) ==
                               (e && !e->person_name && e->frequency >= f);
      if (!word_ok || !noun_ok || !non_name_ok) {
        ADD_FAILURE() << word << " at frequency " << f;
        ++mismatches;
      }
    }
    if (l.IsFunctionWord(word) !=
        (e && e->function_word && e->frequency >= 100)) {
      ADD_FAILURE() << word << " as a function word";
      ++mismatches;
    }
    ++checked;
  }
  EXPECT_GT(checked, 300000u);
}

TEST(PreparedTables, InstanceUsesTheCompiledTable) {
  const char* env = std::getenv("WENSHU_LEXICON");
  if (env != nullptr && *env != '\0') {
    EXPECT_EQ(Lexicon::Instance().source(), env);
  } else {
    EXPECT_TRUE(Lexicon::Instance().Serialize() == kLexiconTable);
  }
}

TEST(PreparedTables, GazetteerTableIsWhatTheDataFilesGive) {
  ASSERT_FALSE(kGazetteerTable.empty());
  Result<Gazetteer> built =
      Gazetteer::FromData(kGazetteerProvincesCsv, kGazetteerCitiesCsv,
                          kGazetteerAreasCsv, kGazetteerHistoryTsv);
  ASSERT_TRUE(built.ok()) << built.status().message();
  // Byte for byte: the same units, names, codes and folding.
  EXPECT_TRUE(built.value().Serialize() == kGazetteerTable);
  EXPECT_TRUE(Gazetteer::Instance().Serialize() == kGazetteerTable);
  EXPECT_FALSE(Gazetteer::Instance().FoldingTable().empty());
  // Read in place: the instance's units are views into the constant.
  const std::string_view name = Gazetteer::Instance().division(0).name;
  EXPECT_GE(name.data(), kGazetteerTable.data());
  EXPECT_LE(name.data() + name.size(),
            kGazetteerTable.data() + kGazetteerTable.size());
}

TEST(PreparedTables, GazetteerFoldsTraditionalNames) {
  const Gazetteer& g = Gazetteer::Instance();
  EXPECT_EQ(g.Find("廣東省"), g.Find("广东省"));
  EXPECT_FALSE(g.Find("廣東省").empty());
  EXPECT_EQ(g.Find("遼寧省"), g.Find("辽宁省"));
  const std::string address = "廣東省廣州市天河區石牌某某路";
  const AdminPrefix p = g.ParseAdminPrefix(address);
  EXPECT_EQ(p.kind, AdminPrefix::Kind::kCounty);
  EXPECT_EQ(address.substr(0, p.end), "廣東省廣州市天河區");
}

TEST(PreparedTables, GazetteerTableOfTheWrongShapeIsRefused) {
  const std::string table(kGazetteerTable);
  std::string wrong_magic = table;
  wrong_magic[0] = 'X';
  std::string odd_slots = table;
  odd_slots[12] = static_cast<char>(odd_slots[12] + 1);  // the slot count
  for (std::string_view bad :
       {std::string_view(), std::string_view(table).substr(0, 20),
        std::string_view(table).substr(0, table.size() - 1),
        std::string_view(wrong_magic), std::string_view(odd_slots),
        std::string_view(kLexiconTable)}) {
    EXPECT_FALSE(Gazetteer::FromTable(bad).ok()) << bad.size();
  }
  EXPECT_TRUE(Gazetteer::FromTable(table).ok());
}

TEST(PreparedTables, DamagedGazetteerTableStaysInsideItself) {
  // Every name offset, entry and parent pointing far outside: wrong
  // answers, no read outside the table (the sanitizer build would say).
  std::string table(kGazetteerTable);
  for (size_t i = 36; i + 4 <= table.size() / 2; i += 4) {
    table[i + 3] = static_cast<char>(0x7F);
  }
  Result<Gazetteer> g = Gazetteer::FromTable(table);
  ASSERT_TRUE(g.ok());
  g.value().Find("北京市");
  g.value().FindCode("110105");
  g.value().ParseAdminPrefix("北京市朝阳区某某路");
  for (size_t i = 0; i < g.value().size(); ++i) {
    const Division d = g.value().division(static_cast<int>(i));
    EXPECT_LE(d.name.size(), table.size());
    EXPECT_TRUE(g.value().Within(static_cast<int>(i), -2) == false);
  }
}

}  // namespace
}  // namespace wenshu
