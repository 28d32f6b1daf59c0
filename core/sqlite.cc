#include "core/sqlite.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <utility>

namespace wenshu {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;

struct SqlStatement::Impl {
  explicit Impl(Poco::Data::Session& session) : statement(session) {}
  Poco::Data::Statement statement;
};

SqlStatement& SqlStatement::Bind(const std::string& value) {
  impl_->statement, bind(value);
  return *this;
}

SqlStatement& SqlStatement::Bind(int64_t value) {
  impl_->statement, bind(static_cast<Poco::Int64>(value));
  return *this;
}

SqlStatement& SqlStatement::BindNull() {
  impl_->statement, Poco::Data::Keywords::use(Poco::Data::Keywords::null);
  return *this;
}

SqlStatement& SqlStatement::Into(std::vector<std::string>* column) {
  impl_->statement, into(*column);
  return *this;
}

SqlStatement& SqlStatement::Into(std::vector<int64_t>* column) {
  impl_->statement, into(*column);
  return *this;
}

SqlStatement& SqlStatement::Into(std::string* value) {
  impl_->statement, into(*value);
  return *this;
}

SqlStatement& SqlStatement::Into(int64_t* value) {
  impl_->statement, into(*value);
  return *this;
}

namespace {

void RegisterConnector() {
  static std::once_flag once;
  std::call_once(once,
                 [] { Poco::Data::SQLite::Connector::registerConnector(); });
}

void SwitchToWriteAheadLog(Poco::Data::Session& session) {
  std::string mode;
  session << "PRAGMA journal_mode", into(mode), Poco::Data::Keywords::now;
  if (mode != "wal") {
    mode.clear();
    session << "PRAGMA journal_mode = WAL", into(mode),
        Poco::Data::Keywords::now;
  }
}

std::string MessageOf(const std::exception& e) {
  const auto* poco = dynamic_cast<const Poco::Exception*>(&e);
  return poco != nullptr ? poco->displayText() : e.what();
}

}  // namespace

struct SqliteDatabase::Impl {
  Impl(std::string path_in, SqliteOptions options_in,
       Poco::Data::Session session_in)
      : path(std::move(path_in)),
        options(std::move(options_in)),
        session(std::move(session_in)) {}

  std::string path;
  SqliteOptions options;
  Poco::Data::Session session;

  Status Error(const std::exception& e) const {
    if (dynamic_cast<const Poco::Data::SQLite::DBLockedException*>(&e) ||
        dynamic_cast<const Poco::Data::SQLite::TableLockedException*>(&e)) {
      return Status::IoError(
          options.what + " " + path + " stayed locked by another writer for " +
          std::to_string(options.busy_timeout.count()) + " ms; try again");
    }
    return Status::IoError(options.what + " " + path + ": " + MessageOf(e));
  }
};

Result<SqliteDatabase> SqliteDatabase::Open(const std::string& path,
                                            SqliteOptions options) {
  RegisterConnector();
  const std::string what = options.what;  // options moves into the Impl
  // SQLite reads a name starting with "file:" as a URI.
  const std::string file = path.rfind("file:", 0) == 0 ? "./" + path : path;
  std::unique_ptr<Impl> impl;
  try {
    impl = std::make_unique<Impl>(
        path, std::move(options),
        Poco::Data::Session(Poco::Data::SQLite::Connector::KEY, file));
    Poco::Data::Session& session = impl->session;
    session << "PRAGMA busy_timeout = " +
                   std::to_string(impl->options.busy_timeout.count()),
        Poco::Data::Keywords::now;
    // Switching to WAL needs the file to itself, and SQLite reports a lock
    // at once, without waiting the busy timeout, while another connection
    // is creating the same new file: wait for it here, as long.
    const auto deadline =
        std::chrono::steady_clock::now() + impl->options.busy_timeout;
    for (;;) {
      try {
        SwitchToWriteAheadLog(session);
        break;
      } catch (const Poco::Data::SQLite::DBLockedException&) {
        if (std::chrono::steady_clock::now() >= deadline) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
  } catch (const std::exception& e) {
    std::string hint;
    if (dynamic_cast<const Poco::Data::SQLite::CorruptImageException*>(&e)) {
      hint = " (it is no SQLite database; name another file)";
    } else if (dynamic_cast<const Poco::Data::ConnectionFailedException*>(&e)) {
      hint = " (check that the directory exists and may be written to)";
    }
    return Status::IoError("cannot open " + what + " " + path + ": " +
                           MessageOf(e) + hint);
  }
  return SqliteDatabase(std::move(impl));
}

SqliteDatabase::SqliteDatabase(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
SqliteDatabase::SqliteDatabase(SqliteDatabase&&) noexcept = default;
SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&&) noexcept = default;
SqliteDatabase::~SqliteDatabase() = default;

const std::string& SqliteDatabase::path() const { return impl_->path; }

Status SqliteDatabase::Run(std::string_view sql,
                           const std::function<void(SqlStatement&)>& prepare) {
  try {
    SqlStatement::Impl statement(impl_->session);
    statement.statement << std::string(sql);
    if (prepare) {
      SqlStatement handle(&statement);
      prepare(handle);
    }
    statement.statement.execute();
    return Status::Ok();
  } catch (const std::exception& e) {
    return impl_->Error(e);
  }
}

Status SqliteDatabase::Transaction(const std::function<Status()>& body) {
  if (Status s = Run("BEGIN IMMEDIATE"); !s.ok()) return s;
  Status status = body();
  if (status.ok()) {
    status = Run("COMMIT");
    if (status.ok()) return status;
  }
  // The transaction may be gone already (SQLite rolls back on some errors).
  static_cast<void>(Run("ROLLBACK"));
  return status;
}

}  // namespace wenshu
