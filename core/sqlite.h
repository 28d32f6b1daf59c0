// The SQLite adapter: one connection to an SQLite file through Poco::Data.
// The only place that sees Poco::Data; its exceptions become Status values
// here and nowhere else.
//
// SqliteDatabase is one connection. It is not thread-safe: use one per
// thread. Any number of connections, in this process or in others, may use
// the same file at once (write-ahead log where the file system supports it;
// a writer waits up to the busy timeout for another writer to finish).
//
// Every call that touches the file returns a Status: kIoError naming the
// database ("<what> <path>: <SQLite's message>"), with its own message when
// the file stayed locked by another writer past the busy timeout. Nothing
// throws.
//
// A SqlStatement is valid only inside the `prepare` callback it is passed
// to; the variables bound into it by Into must outlive the Run call, and
// are filled when Run returns Ok.
#ifndef WENSHU_CORE_SQLITE_H_
#define WENSHU_CORE_SQLITE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

// One statement being prepared: its parameters (the ? of the SQL, in
// order) and where its result columns go (in column order; a vector takes
// every row, a scalar the only one).
class SqlStatement {
 public:
  // Binds a copy of the value.
  SqlStatement& Bind(const std::string& value);
  SqlStatement& Bind(int64_t value);
  SqlStatement& BindNull();

  SqlStatement& Into(std::vector<std::string>* column);
  SqlStatement& Into(std::vector<int64_t>* column);
  SqlStatement& Into(std::string* value);
  SqlStatement& Into(int64_t* value);

 private:
  friend class SqliteDatabase;
  struct Impl;
  explicit SqlStatement(Impl* impl) : impl_(impl) {}
  Impl* impl_;
};

struct SqliteOptions {
  // What the file is, for messages: "request register".
  std::string what = "database";
  // How long a write waits for another connection's write to finish.
  std::chrono::milliseconds busy_timeout{10000};
};

class SqliteDatabase {
 public:
  // Opens or creates the file at `path` (a name starting with "file:" is a
  // file name, not a URI), sets the busy timeout and write-ahead logging
  // (waiting up to the busy timeout when another connection is creating the
  // same file).
  // kIoError ("cannot open <what> <path>: ...") when the file cannot be
  // opened or is no SQLite database; the message says what to check.
  static Result<SqliteDatabase> Open(const std::string& path,
                                     SqliteOptions options = {});

  // Movable, not copyable; destroying it closes the connection.
  SqliteDatabase(SqliteDatabase&&) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&&) noexcept;
  ~SqliteDatabase();

  // Runs one statement; `prepare`, when given, binds its parameters and
  // result variables.
  Status Run(std::string_view sql,
             const std::function<void(SqlStatement&)>& prepare = {});

  // Runs `body` in one write transaction. BEGIN IMMEDIATE takes the write
  // lock first (waiting up to the busy timeout), so a transaction that has
  // read never fails to upgrade to a write. Commits when `body` returns Ok;
  // rolls back and returns the error otherwise, or when the commit fails.
  Status Transaction(const std::function<Status()>& body);

  const std::string& path() const;

 private:
  struct Impl;
  explicit SqliteDatabase(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_SQLITE_H_
