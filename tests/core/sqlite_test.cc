#include "core/sqlite.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace wenshu {
namespace {

// A path unique per test and process, with any file SQLite left there
// removed.
std::string TempPath() {
  const std::string path =
      ::testing::TempDir() + "/wenshu_sqlite_" + std::to_string(getpid()) +
      "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name();
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::remove((path + suffix).c_str());
  return path;
}

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

SqliteDatabase OpenOrDie(const std::string& path) {
  Result<SqliteDatabase> db =
      SqliteDatabase::Open(path, {.what = "test database"});
  EXPECT_TRUE(db.ok()) << db.status().message();
  return std::move(db).value();
}

// The one value `sql` reads; `if_no_row` when it reads none (and a test
// failure when the query fails).
template <typename T>
T QueryOne(SqliteDatabase& db, const char* sql, T if_no_row) {
  T value = if_no_row;
  const Status s = db.Run(sql, [&](SqlStatement& q) { q.Into(&value); });
  EXPECT_TRUE(s.ok()) << sql << ": " << s.message();
  return value;
}

TEST(SqliteDatabase, OpenCreatesTheFileInWriteAheadLogMode) {
  const std::string path = TempPath();
  SqliteDatabase db = OpenOrDie(path);
  EXPECT_TRUE(Exists(path));
  EXPECT_EQ(db.path(), path);
  const std::string mode = QueryOne(db, "PRAGMA journal_mode", std::string());
  EXPECT_EQ(mode, "wal");
  const int64_t timeout = QueryOne(db, "PRAGMA busy_timeout", int64_t{0});
  EXPECT_EQ(timeout, 10000);
}

TEST(SqliteDatabase, BindsParametersAndReadsColumns) {
  SqliteDatabase db = OpenOrDie(TempPath());
  ASSERT_TRUE(db.Run("CREATE TABLE t (id INTEGER, name TEXT, note TEXT)").ok());
  for (int64_t id : {1, 2}) {
    const std::string name = id == 1 ? "张三" : "李四";
    ASSERT_TRUE(db.Run("INSERT INTO t VALUES (?, ?, ?)", [&](SqlStatement& s) {
                    s.Bind(id).Bind(name);
                    if (id == 1) {
                      s.BindNull();
                    } else {
                      s.Bind(std::string("note"));
                    }
                  }).ok());
  }
  std::vector<int64_t> ids;
  std::vector<std::string> names, notes;
  ASSERT_TRUE(
      db.Run("SELECT id, name, COALESCE(note, '-') FROM t ORDER BY id",
             [&](SqlStatement& s) { s.Into(&ids).Into(&names).Into(&notes); })
          .ok());
  EXPECT_EQ(ids, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(names, (std::vector<std::string>{"张三", "李四"}));
  EXPECT_EQ(notes, (std::vector<std::string>{"-", "note"}));
}

TEST(SqliteDatabase, AFailedStatementIsAnIoErrorNamingTheDatabase) {
  const std::string path = TempPath();
  SqliteDatabase db = OpenOrDie(path);
  const Status s = db.Run("SELECT * FROM missing_table");
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_TRUE(s.message().starts_with("test database " + path + ": "))
      << s.message();
  EXPECT_NE(s.message().find("missing_table"), std::string::npos);
}

TEST(SqliteDatabase, TransactionCommitsWhenTheBodySucceeds) {
  SqliteDatabase db = OpenOrDie(TempPath());
  ASSERT_TRUE(db.Run("CREATE TABLE t (x INTEGER)").ok());
  ASSERT_TRUE(
      db.Transaction([&] { return db.Run("INSERT INTO t VALUES (1)"); }).ok());
  const int64_t count = QueryOne(db, "SELECT count(*) FROM t", int64_t{0});
  EXPECT_EQ(count, 1);
}

TEST(SqliteDatabase, TransactionRollsBackAndReturnsTheBodysError) {
  SqliteDatabase db = OpenOrDie(TempPath());
  ASSERT_TRUE(db.Run("CREATE TABLE t (x INTEGER CHECK (x > 0))").ok());
  const Status refused = db.Transaction([&]() -> Status {
    if (Status s = db.Run("INSERT INTO t VALUES (1)"); !s.ok()) return s;
    return Status::InvalidInput("refused after the insert");
  });
  EXPECT_EQ(refused.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(refused.message(), "refused after the insert");
  const Status failed = db.Transaction([&]() -> Status {
    if (Status s = db.Run("INSERT INTO t VALUES (2)"); !s.ok()) return s;
    return db.Run("INSERT INTO t VALUES (-1)");  // breaks the CHECK
  });
  EXPECT_EQ(failed.code(), StatusCode::kIoError);
  const int64_t count = QueryOne(db, "SELECT count(*) FROM t", int64_t{-1});
  EXPECT_EQ(count, 0);
}

TEST(SqliteDatabase, AWriterWaitsNoLongerThanTheBusyTimeout) {
  const std::string path = TempPath();
  SqliteDatabase holder = OpenOrDie(path);
  Result<SqliteDatabase> waiter = SqliteDatabase::Open(
      path,
      {.what = "test database", .busy_timeout = std::chrono::milliseconds(50)});
  ASSERT_TRUE(waiter.ok());
  const Status held = holder.Transaction([&]() -> Status {
    return waiter.value().Transaction([] { return Status::Ok(); });
  });
  EXPECT_EQ(held.code(), StatusCode::kIoError);
  EXPECT_EQ(held.message(), "test database " + path +
                                " stayed locked by another writer for 50 ms; "
                                "try again");
}

TEST(SqliteDatabase, ANameStartingWithFileColonIsAFileNotAUri) {
  // Relative to the working directory, where SQLite would read a URI.
  const std::string name =
      "file:wenshu_sqlite_" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"})
    std::remove((name + suffix).c_str());
  {
    Result<SqliteDatabase> db = SqliteDatabase::Open(name);
    ASSERT_TRUE(db.ok()) << db.status().message();
    EXPECT_EQ(db.value().path(), name);
    EXPECT_TRUE(Exists(name));
  }
  for (const char* suffix : {"", "-wal", "-shm"})
    std::remove((name + suffix).c_str());
}

// (A missing directory is not tested here: Poco retries the connection
// until its login timeout, a minute.)
TEST(SqliteDatabase, AFileThatIsNoDatabaseIsRefusedWithAHint) {
  const std::string path = TempPath();
  {
    std::ofstream f(path, std::ios::binary);
    f << "this is a text file, long enough to be read as a header by "
         "SQLite, which then finds it is not a database at all.";
  }
  Result<SqliteDatabase> db =
      SqliteDatabase::Open(path, {.what = "test database"});
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kIoError);
  const std::string message = db.status().message();
  EXPECT_TRUE(message.starts_with("cannot open test database " + path + ": "))
      << message;
  EXPECT_TRUE(
      message.ends_with(" (it is no SQLite database; name another file)"))
      << message;
}

}  // namespace
}  // namespace wenshu
