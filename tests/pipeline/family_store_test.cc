#include "pipeline/family_store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <string>
#include <thread>
#include <vector>

#include "core/digest.h"
#include "core/sqlite.h"
#include "pipeline/request_register.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

using testing_support::ReadFile;
using testing_support::TempPath;
using testing_support::TempRegisterPath;
using testing_support::WriteFile;

const std::string kCriminal = "(2023)苏0211刑初77号";
const std::string kCivil = "(2024)苏0211民初405号";
const std::string kAppeal = "(2024)苏02刑终19号";
const std::string kUnrelated = "(2022)浙0106民初3号";

RegistryKey Key(char fill) {
  Result<RegistryKey> key = RegistryKey::FromBytes(std::string(32, fill), "t");
  EXPECT_TRUE(key.ok());
  return std::move(key).value();
}

std::unique_ptr<SqliteFamilyStore> OpenStore(const std::string& path) {
  Result<std::unique_ptr<SqliteFamilyStore>> store =
      SqliteFamilyStore::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return store.ok() ? std::move(store).value() : nullptr;
}

std::vector<SealedPerson> FindOrDie(FamilyStore& store,
                                    const std::vector<std::string>& keys) {
  Result<std::vector<SealedPerson>> found = store.Find(keys);
  EXPECT_TRUE(found.ok()) << found.status().message();
  return found.ok() ? found.value() : std::vector<SealedPerson>{};
}

std::vector<std::string> Names(const std::vector<PersonRecord>& people) {
  std::vector<std::string> out;
  for (const PersonRecord& p : people)
    out.push_back(p.name + "=" + p.pseudonym + "/" + p.reason);
  return out;
}

// The bytes SQLite wrote for `path`: the file and its write-ahead log.
std::string DatabaseBytes(const std::string& path) {
  return ReadFile(path) + ReadFile(path + "-wal");
}

// Invented text of a later document naming the family's people.
const std::string kLaterText =
    "原告邵明川诉称，被告柴永福于夜间在滨湖区菱湖路殴打邵明川，"
    "目击者葛兰芝当场劝阻。邵明川为此支出医疗费。";

TEST(RegistryKey, ShorterThan32BytesIsRefused) {
  Result<RegistryKey> key = RegistryKey::FromBytes(std::string(31, 'k'), "f");
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(key.status().message().find("holds 31 bytes, fewer than 32"),
            std::string::npos)
      << key.status().message();
}

TEST(RegistryKey, MissingFileOrDirectoryIsAnIoErrorNamingIt) {
  const std::string missing = TempPath("key", "absent");
  std::remove(missing.c_str());
  for (const std::string& path : {missing, ::testing::TempDir()}) {
    Result<RegistryKey> key = RegistryKey::Load(path);
    ASSERT_FALSE(key.ok()) << path;
    EXPECT_EQ(key.status().code(), StatusCode::kIoError);
    EXPECT_NE(key.status().message().find(path), std::string::npos);
  }
}

TEST(RegistryKey, FileBytesAreTheKeyLineBreakIncluded) {
  const std::string path = TempPath("key", "k");
  WriteFile(path, std::string(32, 'a') + "\n");
  Result<RegistryKey> key = RegistryKey::Load(path);
  ASSERT_TRUE(key.ok()) << key.status().message();
  EXPECT_EQ(key.value().bytes(), std::string(32, 'a') + "\n");
  EXPECT_NE(key.value().id(), Key('a').id());
  EXPECT_EQ(key.value().id().size(), 16u);
}

TEST(RegistryKey, SealIsNeitherTheNameNorItsDigestAndDependsOnKeyAndSalt) {
  const RegistryKey a = Key('a');
  const std::string salt(32, '0');
  const std::string seal = a.Seal(salt, "邵明川");
  EXPECT_EQ(seal.size(), 64u);
  EXPECT_EQ(seal.find("邵明川"), std::string::npos);
  EXPECT_NE(seal, Sha256Hex("邵明川"));
  EXPECT_EQ(seal, a.Seal(salt, "邵明川"));
  EXPECT_NE(seal, Key('b').Seal(salt, "邵明川"));
  EXPECT_NE(seal, a.Seal(std::string(32, '1'), "邵明川"));
  EXPECT_NE(a.id(), Key('b').id());
}

TEST(SqliteFamilyStore, NewFileHasRegisterSchemaVersionTwo) {
  const std::string path = TempRegisterPath("fam", "db");
  { ASSERT_NE(OpenStore(path), nullptr); }
  const std::string header = ReadFile(path);
  ASSERT_GE(header.size(), 100u);
  EXPECT_EQ(header.substr(60, 4), std::string("\0\0\0\3", 4));
  // The request register opens the same file.
  Result<RequestRegister> reg = RequestRegister::Open(path);
  ASSERT_TRUE(reg.ok()) << reg.status().message();
}

// A register written by the version before the family registry: the
// requests table alone, user_version 1.
TEST(SqliteFamilyStore, MigratesARegisterOfVersionOneKeepingItsRequests) {
  const std::string path = TempRegisterPath("fam", "db");
  {
    Result<SqliteDatabase> db = SqliteDatabase::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()
                    .Run(R"(CREATE TABLE requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT, case_number TEXT NOT NULL,
  case_key TEXT NOT NULL, requester TEXT NOT NULL, kind TEXT NOT NULL,
  terms TEXT NOT NULL DEFAULT '[]', persons TEXT NOT NULL DEFAULT '[]',
  justification TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
  decided_by TEXT, decided_at TEXT, decision_note TEXT,
  created_at TEXT NOT NULL))")
                    .ok());
    ASSERT_TRUE(db.value()
                    .Run("INSERT INTO requests (case_number, case_key, "
                         "requester, kind, justification, created_at) VALUES "
                         "('（2023）苏0211刑初77号', '" +
                         kCriminal +
                         "', '当事人', 'non_publication', '隐私', "
                         "'2024-01-02T03:04:05Z')")
                    .ok());
    ASSERT_TRUE(db.value().Run("PRAGMA user_version = 1").ok());
  }
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->FamilyCount().value(), 0);
  Result<RequestRegister> reg = RequestRegister::Open(path);
  ASSERT_TRUE(reg.ok()) << reg.status().message();
  Result<std::vector<PartyRequest>> requests = reg.value().List();
  ASSERT_TRUE(requests.ok());
  ASSERT_EQ(requests.value().size(), 1u);
  EXPECT_EQ(requests.value()[0].case_key, kCriminal);
}

TEST(SqliteFamilyStore, RefusesAnotherProgramsDatabase) {
  const std::string path = TempRegisterPath("fam", "db");
  {
    Result<SqliteDatabase> db = SqliteDatabase::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value().Run("CREATE TABLE invoices (id INTEGER)").ok());
  }
  Result<std::unique_ptr<SqliteFamilyStore>> store =
      SqliteFamilyStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidInput);
}

TEST(SqliteFamilyStore, RoundTripKeepsSealsPseudonymsAndOrderButNoName) {
  const std::string path = TempRegisterPath("fam", "db");
  const RegistryKey key = Key('a');
  {
    std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
    ASSERT_TRUE(store
                    ->Record({kCriminal},
                             {{"邵明川", "邵某", "victim"},
                              {"葛兰芝", "葛某某", "witness"}},
                             key)
                    .ok());
  }
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  const std::vector<SealedPerson> found = FindOrDie(*store, {kCriminal});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_LT(found[0].order, found[1].order);
  EXPECT_EQ(found[0].pseudonym, "邵某");
  EXPECT_EQ(found[0].reason, "victim");
  EXPECT_EQ(found[0].name_chars, 3);
  EXPECT_TRUE(found[0].surname_led);
  EXPECT_EQ(found[0].key_id, key.id());
  EXPECT_EQ(found[0].name_mac, key.Seal(found[0].salt, "邵明川"));
  EXPECT_EQ(found[1].name_mac, key.Seal(found[1].salt, "葛兰芝"));
  EXPECT_EQ(FindOrDie(*store, {kUnrelated}).size(), 0u);
  store.reset();
  const std::string bytes = DatabaseBytes(path);
  EXPECT_EQ(bytes.find("邵明川"), std::string::npos);
  EXPECT_EQ(bytes.find("葛兰芝"), std::string::npos);
  EXPECT_EQ(bytes.find("明川"), std::string::npos);
  EXPECT_EQ(bytes.find(Sha256Hex("邵明川")), std::string::npos);
}

TEST(SqliteFamilyStore, ADocumentCitingTwoFamiliesMergesThemIntoTheOldest) {
  const std::string path = TempRegisterPath("fam", "db");
  const RegistryKey key = Key('a');
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  ASSERT_TRUE(
      store->Record({kCriminal}, {{"邵明川", "邵某", "victim"}}, key).ok());
  ASSERT_TRUE(
      store->Record({kCivil}, {{"葛兰芝", "葛某某", "witness"}}, key).ok());
  EXPECT_EQ(store->FamilyCount().value(), 2);
  ASSERT_TRUE(store->Record({kAppeal, kCriminal, kCivil}, {}, key).ok());
  EXPECT_EQ(store->FamilyCount().value(), 1);
  const std::vector<SealedPerson> found = FindOrDie(*store, {kAppeal});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].pseudonym, "邵某");
  EXPECT_EQ(found[1].pseudonym, "葛某某");
  // Each keeps the salt it was sealed with.
  EXPECT_NE(found[0].salt, found[1].salt);
}

TEST(SqliteFamilyStore, TheSameNameInTwoFamiliesHasTwoUnlinkableSeals) {
  const std::string path = TempRegisterPath("fam", "db");
  const RegistryKey key = Key('a');
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  ASSERT_TRUE(
      store->Record({kCriminal}, {{"邵明川", "邵某", "victim"}}, key).ok());
  ASSERT_TRUE(
      store->Record({kUnrelated}, {{"邵明川", "邵某", "victim"}}, key).ok());
  const std::vector<SealedPerson> a = FindOrDie(*store, {kCriminal});
  const std::vector<SealedPerson> b = FindOrDie(*store, {kUnrelated});
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NE(a[0].name_mac, b[0].name_mac);
}

TEST(SqliteFamilyStore, NobodyProtectedInANewFamilyWritesNothing) {
  const std::string path = TempRegisterPath("fam", "db");
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  ASSERT_TRUE(store->Record({kCriminal}, {}, Key('a')).ok());
  EXPECT_EQ(store->FamilyCount().value(), 0);
  ASSERT_TRUE(store->Record({}, {{"邵明川", "邵某", "victim"}}, Key('a')).ok());
  EXPECT_EQ(store->PeopleCount().value(), 0);
}

TEST(SqliteFamilyStore, ThePersonRecordedTwiceIsKeptOnce) {
  const std::string path = TempRegisterPath("fam", "db");
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(
        store->Record({kCriminal}, {{"邵明川", "邵某", "victim"}}, Key('a'))
            .ok());
  }
  EXPECT_EQ(store->PeopleCount().value(), 1);
}

TEST(SqliteFamilyStore, TwoConnectionsRecordAtOnce) {
  const std::string path = TempRegisterPath("fam", "db");
  { ASSERT_NE(OpenStore(path), nullptr); }
  constexpr int kEach = 40;
  auto writer = [&](const std::string& court) {
    std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
    const RegistryKey key = Key('a');
    for (int i = 0; i < kEach; ++i) {
      const std::string number =
          "(2024)" + court + "民初" + std::to_string(i + 1) + "号";
      EXPECT_TRUE(
          store->Record({number}, {{"邵明川", "邵某", "victim"}}, key).ok());
    }
  };
  std::thread a(writer, "苏0211");
  std::thread b(writer, "苏0212");
  a.join();
  b.join();
  std::unique_ptr<SqliteFamilyStore> store = OpenStore(path);
  EXPECT_EQ(store->FamilyCount().value(), 2 * kEach);
  EXPECT_EQ(store->PeopleCount().value(), 2 * kEach);
}

// Sealed people of one family, as a store would hold them.
std::vector<SealedPerson> Sealed(
    const RegistryKey& key, const std::string& salt,
    const std::vector<std::tuple<std::string, int64_t, std::string>>& people) {
  std::vector<SealedPerson> out;
  int64_t order = 0;
  for (const auto& [name, chars, pseudonym] : people) {
    out.push_back({++order, key.id(), salt, key.Seal(salt, name), chars,
                   NameStartsWithSurname(name), pseudonym, "victim"});
  }
  return out;
}

TEST(MatchSealedPeople, FindsTheNamesTheTextHoldsAsItWritesThem) {
  const RegistryKey key = Key('a');
  const std::string salt(32, '7');
  const std::vector<PersonRecord> found =
      MatchSealedPeople(kLaterText,
                        Sealed(key, salt,
                               {{"邵明川", 3, "邵某1"},
                                {"葛兰芝", 3, "葛某某"},
                                {"吕文", 2, "吕某"}}),
                        {&key});
  EXPECT_EQ(Names(found), (std::vector<std::string>{"邵明川=邵某1/victim",
                                                    "葛兰芝=葛某某/victim"}));
}

TEST(MatchSealedPeople, ANameWithoutAKnownSurnameIsFoundToo) {
  const RegistryKey key = Key('a');
  const std::string name = "阿依古丽·艾买提";
  ASSERT_FALSE(NameStartsWithSurname(name));
  ASSERT_TRUE(NameStartsWithSurname("邵明川"));
  const std::vector<PersonRecord> found =
      MatchSealedPeople("证人阿依古丽·艾买提证实，邵明川当晚在场。",
                        Sealed(key, std::string(32, '7'),
                               {{name, 8, "阿某"}, {"邵明川", 3, "邵某"}}),
                        {&key});
  EXPECT_EQ(Names(found), (std::vector<std::string>{name + "=阿某/victim",
                                                    "邵明川=邵某/victim"}));
}

TEST(MatchSealedPeople, AnotherKeyMatchesNothing) {
  const RegistryKey key = Key('a');
  const RegistryKey other = Key('b');
  const std::vector<SealedPerson> stored =
      Sealed(key, std::string(32, '7'), {{"邵明川", 3, "邵某1"}});
  EXPECT_TRUE(MatchSealedPeople(kLaterText, stored, {&other}).empty());
  // The same bytes under the id of the right key do not match either.
  std::vector<SealedPerson> relabelled =
      Sealed(other, std::string(32, '7'), {{"邵明川", 3, "邵某1"}});
  relabelled[0].name_mac = stored[0].name_mac;
  EXPECT_TRUE(MatchSealedPeople(kLaterText, relabelled, {&other}).empty());
}

TEST(MatchSealedPeople, ARetiredKeyStillMatchesWhenGiven) {
  const RegistryKey old_key = Key('a');
  const RegistryKey new_key = Key('b');
  const std::vector<SealedPerson> stored =
      Sealed(old_key, std::string(32, '7'), {{"邵明川", 3, "邵某1"}});
  EXPECT_EQ(MatchSealedPeople(kLaterText, stored, {&new_key, &old_key}).size(),
            1u);
}

TEST(MatchSealedPeople, TheFirstRecordedPseudonymWins) {
  const RegistryKey key = Key('a');
  std::vector<SealedPerson> stored =
      Sealed(key, std::string(32, '7'), {{"邵明川", 3, "邵某1"}});
  std::vector<SealedPerson> later =
      Sealed(key, std::string(32, '8'), {{"邵明川", 3, "邵某2"}});
  later[0].order = 9;
  stored.push_back(later[0]);
  EXPECT_EQ(Names(MatchSealedPeople(kLaterText, stored, {&key})),
            (std::vector<std::string>{"邵明川=邵某1/victim"}));
}

TEST(MatchSealedPeople, ANameSplitByALineBreakIsNoMatch) {
  const RegistryKey key = Key('a');
  const std::vector<SealedPerson> stored =
      Sealed(key, std::string(32, '7'), {{"邵明川", 3, "邵某1"}});
  EXPECT_TRUE(MatchSealedPeople("原告邵明\n川诉称", stored, {&key}).empty());
  EXPECT_TRUE(MatchSealedPeople("", stored, {&key}).empty());
}

// A FamilyRegistry over a file, as a later run opens it.
FamilyRegistry OpenRegistry(const std::string& path, char key) {
  return FamilyRegistry(OpenStore(path), Key(key));
}

TEST(FamilyRegistry, ALaterRunMatchesWhatAnEarlierRecorded) {
  const std::string path = TempRegisterPath("fam", "db");
  {
    FamilyRegistry first = OpenRegistry(path, 'a');
    ASSERT_TRUE(first
                    .Record({kCriminal}, {{"邵明川", "邵某1", "victim"},
                                          {"葛兰芝", "葛某某", "witness"}})
                    .ok());
  }
  FamilyRegistry later = OpenRegistry(path, 'a');
  Result<std::vector<PersonRecord>> found =
      later.Match({kCivil, kCriminal}, kLaterText);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(Names(found.value()),
            (std::vector<std::string>{"邵明川=邵某1/victim",
                                      "葛兰芝=葛某某/witness"}));
  FamilyRegistry wrong = OpenRegistry(path, 'b');
  found = wrong.Match({kCivil, kCriminal}, kLaterText);
  ASSERT_TRUE(found.ok());
  EXPECT_TRUE(found.value().empty());
  EXPECT_TRUE(later.write_status().ok());
}

TEST(FamilyRegistry, WritesUnderTheNewKeyAndMatchesUnderTheOldOne) {
  const std::string path = TempRegisterPath("fam", "db");
  {
    FamilyRegistry first = OpenRegistry(path, 'a');
    ASSERT_TRUE(
        first.Record({kCriminal}, {{"邵明川", "邵某1", "victim"}}).ok());
  }
  std::vector<RegistryKey> old_keys;
  old_keys.push_back(Key('a'));
  FamilyRegistry rotating(OpenStore(path), Key('b'), std::move(old_keys));
  Result<std::vector<PersonRecord>> found =
      rotating.Match({kCriminal}, kLaterText);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found.value().size(), 1u);
  ASSERT_TRUE(rotating.Record({kCivil, kCriminal}, found.value()).ok());
  // Now the new key alone finds the person.
  FamilyRegistry renewed = OpenRegistry(path, 'b');
  found = renewed.Match({kCivil}, kLaterText);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(Names(found.value()),
            (std::vector<std::string>{"邵明川=邵某1/victim"}));
}

// A store whose every call fails, as a database that went away.
class BrokenStore : public FamilyStore {
 public:
  Result<std::vector<SealedPerson>> Find(
      const std::vector<std::string>&) override {
    return Status::IoError("cannot read register database x: disk I/O error");
  }
  Status Record(const std::vector<std::string>&,
                const std::vector<PersonToSeal>&, const RegistryKey&) override {
    return Status::IoError("cannot write register database x: disk full");
  }
};

TEST(FamilyRegistry, KeepsTheFirstFailedWrite) {
  FamilyRegistry registry(std::make_unique<BrokenStore>(), Key('a'));
  EXPECT_FALSE(registry.Match({kCriminal}, kLaterText).ok());
  EXPECT_FALSE(registry.Record({kCriminal}, {{"邵明川", "邵某", "v"}}).ok());
  EXPECT_EQ(registry.write_status().message(),
            "cannot write register database x: disk full");
}

}  // namespace
}  // namespace wenshu
