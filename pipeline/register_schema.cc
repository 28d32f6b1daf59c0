#include "pipeline/register_schema.h"

#include <string>

namespace wenshu {
namespace {

// Version 1: one table of requests. Executed in order on a new file.
constexpr const char* kSchemaV1[] = {
    R"(CREATE TABLE requests (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  case_number   TEXT NOT NULL,
  case_key      TEXT NOT NULL,
  requester     TEXT NOT NULL CHECK (requester <> ''),
  kind          TEXT NOT NULL
                CHECK (kind IN ('non_publication', 'redaction', 'anonymization')),
  terms         TEXT NOT NULL DEFAULT '[]',
  persons       TEXT NOT NULL DEFAULT '[]',
  justification TEXT NOT NULL CHECK (justification <> ''),
  status        TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'granted', 'rejected')),
  decided_by    TEXT,
  decided_at    TEXT,
  decision_note TEXT,
  created_at    TEXT NOT NULL,
  CHECK ((status = 'pending') = (decided_by IS NULL)),
  CHECK ((status = 'pending') = (decided_at IS NULL))
))",
    "CREATE INDEX requests_by_case ON requests (case_key, status)",
    "CREATE INDEX requests_by_status ON requests (status)",
    // The register is a record: a decision is final and nothing is deleted,
    // whoever writes to the file.
    R"(CREATE TRIGGER requests_decision_is_final
BEFORE UPDATE ON requests WHEN OLD.status <> 'pending'
BEGIN SELECT RAISE(ABORT, 'request already decided'); END)",
    R"(CREATE TRIGGER requests_are_kept
BEFORE DELETE ON requests
BEGIN SELECT RAISE(ABORT, 'requests are never deleted'); END)",
};

// Version 2 adds the case-family registry (family_store.h). No column holds
// a name: name_mac is HMAC-SHA256(key, salt NUL name) in hex, key_id tells
// which key made it, name_chars how many characters the name has (the
// window a new document is searched with), surname_led whether it starts
// with a surname of the built-in list (which the pseudonym shows anyway;
// it spares sealing the windows that start otherwise). The pseudonym is what the
// published judgments print anyway. Ids are plain rowids, not AUTOINCREMENT:
// a new row still sorts after every existing one, and an INSERT OR IGNORE
// that finds its row writes nothing (AUTOINCREMENT would bump its counter,
// one synced write per document of a known family).
constexpr const char* kSchemaV2[] = {
    R"(CREATE TABLE families (
  id         INTEGER PRIMARY KEY,
  salt       TEXT NOT NULL CHECK (length(salt) = 32),
  created_at TEXT NOT NULL
))",
    R"(CREATE TABLE family_keys (
  case_key  TEXT PRIMARY KEY,
  family_id INTEGER NOT NULL REFERENCES families (id)
))",
    "CREATE INDEX family_keys_by_family ON family_keys (family_id)",
    R"(CREATE TABLE family_people (
  id          INTEGER PRIMARY KEY,
  family_id   INTEGER NOT NULL REFERENCES families (id),
  key_id      TEXT NOT NULL CHECK (length(key_id) = 16),
  salt        TEXT NOT NULL CHECK (length(salt) = 32),
  name_mac    TEXT NOT NULL CHECK (length(name_mac) = 64),
  name_chars  INTEGER NOT NULL CHECK (name_chars > 0),
  surname_led INTEGER NOT NULL CHECK (surname_led IN (0, 1)),
  pseudonym   TEXT NOT NULL,
  reason      TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (family_id, key_id, salt, name_mac)
))",
    "CREATE INDEX family_people_by_family ON family_people (family_id, id)",
};

// Version 3 adds the publication registry (publication_registry.h). Keys
// are the caller's; times are the run's logical time, never the clock.
// Events are numbered by rowid (no AUTOINCREMENT: nothing is ever deleted,
// so a new event always takes the next number); versions and events are a
// record and are never deleted, events never changed.
constexpr const char* kSchemaV3[] = {
    R"(CREATE TABLE publications (
  doc_key          TEXT PRIMARY KEY CHECK (doc_key <> ''),
  status           TEXT NOT NULL
                   CHECK (status IN ('published', 'withheld', 'withdrawn')),
  version          INTEGER NOT NULL CHECK (version > 0),
  ever_published   INTEGER NOT NULL CHECK (ever_published IN (0, 1)),
  staff_withdrawn  INTEGER NOT NULL DEFAULT 0
                   CHECK (staff_withdrawn IN (0, 1)),
  withdrawn_by     TEXT,
  withdrawn_reason TEXT,
  last_seq         INTEGER NOT NULL,
  CHECK (staff_withdrawn = 0 OR status = 'withdrawn')
))",
    "CREATE INDEX publications_by_status ON publications (status, doc_key)",
    R"(CREATE TABLE publication_versions (
  doc_key           TEXT NOT NULL REFERENCES publications (doc_key),
  version           INTEGER NOT NULL CHECK (version > 0),
  kind              TEXT NOT NULL CHECK (kind IN ('publish', 'withhold')),
  text_sha256       TEXT NOT NULL CHECK (length(text_sha256) = 64),
  policy_version    TEXT NOT NULL,
  input_digest      TEXT NOT NULL,
  reason            TEXT NOT NULL,
  run_id            TEXT NOT NULL,
  at                TEXT NOT NULL,
  superseded_reason TEXT,
  PRIMARY KEY (doc_key, version)
))",
    R"(CREATE TABLE publication_events (
  seq     INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('new', 'changed', 'withheld',
                                        'withdrawn', 'reinstated')),
  reason  TEXT NOT NULL,
  run_id  TEXT NOT NULL,
  at      TEXT NOT NULL,
  acted_by TEXT NOT NULL DEFAULT ''
))",
    "CREATE INDEX publication_events_by_key "
    "ON publication_events (doc_key, seq)",
    R"(CREATE TRIGGER publication_events_are_kept
BEFORE DELETE ON publication_events
BEGIN SELECT RAISE(ABORT, 'publication events are never deleted'); END)",
    R"(CREATE TRIGGER publication_events_are_final
BEFORE UPDATE ON publication_events
BEGIN SELECT RAISE(ABORT, 'publication events are never changed'); END)",
    R"(CREATE TRIGGER publication_versions_are_kept
BEFORE DELETE ON publication_versions
BEGIN SELECT RAISE(ABORT, 'publication versions are never deleted'); END)",
};

Result<int64_t> QueryInt(SqliteDatabase& database, const std::string& sql) {
  int64_t value = 0;
  Status s = database.Run(sql, [&](SqlStatement& q) { q.Into(&value); });
  if (!s.ok()) return s;
  return value;
}

template <size_t N>
Status RunAll(SqliteDatabase& database, const char* const (&statements)[N]) {
  for (const char* statement : statements) {
    if (Status s = database.Run(statement); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status EnsureRegisterSchema(SqliteDatabase& database) {
  Result<int64_t> version = QueryInt(database, "PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (version.value() == kRegisterSchemaVersion) return Status::Ok();
  return database.Transaction([&]() -> Status {
    version = QueryInt(database, "PRAGMA user_version");
    if (!version.ok()) return version.status();
    if (version.value() == kRegisterSchemaVersion) return Status::Ok();
    if (version.value() > kRegisterSchemaVersion) {
      return Status::InvalidInput(
          database.path() +
          " was written by a newer version of wenshu (register schema " +
          std::to_string(version.value()) + ", this version reads " +
          std::to_string(kRegisterSchemaVersion) + "); use that version");
    }
    if (version.value() == 0) {
      Result<int64_t> tables =
          QueryInt(database, "SELECT count(*) FROM sqlite_master");
      if (!tables.ok()) return tables.status();
      if (tables.value() > 0) {
        return Status::InvalidInput(
            database.path() +
            " is another SQLite database, not a request register; "
            "name a new file or an existing register");
      }
      if (Status s = RunAll(database, kSchemaV1); !s.ok()) return s;
      version = 1;
    }
    // Version 1 -> 2 -> 3: what is there stays as it is.
    if (version.value() == 1) {
      if (Status s = RunAll(database, kSchemaV2); !s.ok()) return s;
      version = 2;
    }
    if (version.value() == 2) {
      if (Status s = RunAll(database, kSchemaV3); !s.ok()) return s;
    }
    return database.Run("PRAGMA user_version = " +
                        std::to_string(kRegisterSchemaVersion));
  });
}

}  // namespace wenshu
