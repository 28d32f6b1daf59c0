#include "pipeline/request_register.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <mutex>
#include <unordered_set>
#include <utility>

#include "core/encoding.h"
#include "core/json.h"
#include "redactors/case_terms.h"

namespace wenshu {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

namespace {

// Version 1 of the register: one table of requests. A later version adds a
// step to Migrate and raises kSchemaVersion (kept in PRAGMA user_version).
constexpr int kSchemaVersion = 1;

// Executed in order, in one transaction, on a new file.
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

constexpr char kDefaultFile[] = "wenshu-requests.sqlite";

constexpr char kColumns[] =
    "id, case_number, case_key, requester, kind, terms, persons, "
    "justification, status, COALESCE(decided_by, ''), "
    "COALESCE(decided_at, ''), COALESCE(decision_note, ''), created_at";

void RegisterConnector() {
  static std::once_flag once;
  std::call_once(once,
                 [] { Poco::Data::SQLite::Connector::registerConnector(); });
}

// The first code point of valid UTF-8 at `pos`, and its length.
char32_t DecodeAt(std::string_view s, size_t pos, size_t* length) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (0x3F >> (n - 1));
  for (size_t i = 1; i < n && pos + i < s.size(); ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  *length = n;
  return cp;
}

bool IsSpaceOrInvisible(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060 ||
         c == 0x3000 || c == 0xFEFF;
}

// True when valid UTF-8 `s` has nothing but whitespace and zero-width
// characters.
bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t length = 1;
    if (!IsSpaceOrInvisible(DecodeAt(s, i, &length))) return false;
    i += length;
  }
  return true;
}

// `field` must be valid UTF-8 and, when `required`, not blank.
Status CheckText(std::string_view value, std::string_view field, bool required,
                 std::string_view what_to_do) {
  if (FirstInvalidUtf8(value)) {
    return Status::InvalidInput(std::string(field) +
                                " is not valid UTF-8; write it in UTF-8");
  }
  if (required && IsBlank(value)) {
    return Status::InvalidInput(std::string(field) + " is blank; " +
                                std::string(what_to_do));
  }
  return Status::Ok();
}

// Each item of a list of terms or persons: valid UTF-8, not blank. Items
// are named by position (1-based), never by their text.
Status CheckItems(const std::vector<std::string>& items,
                  std::string_view singular, std::string_view what_to_do) {
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string name =
        std::string(singular) + " " + std::to_string(i + 1);
    if (FirstInvalidUtf8(items[i]))
      return Status::InvalidInput(name +
                                  " is not valid UTF-8; write it in UTF-8");
    if (IsBlank(items[i])) {
      return Status::InvalidInput(name + " is empty or only whitespace; " +
                                  std::string(what_to_do));
    }
  }
  return Status::Ok();
}

std::string NotACaseNumber(std::string_view typed) {
  return "\"" + std::string(typed) +
         "\" is not a case number; write it as the judgment does, e.g. "
         "（2023）京0105民初123号";
}

std::string JsonArray(const std::vector<std::string>& items) {
  std::string out;
  JsonWriter writer(&out);
  writer.BeginArray();
  for (const std::string& item : items) writer.String(item);
  writer.EndArray();
  return out;
}

// The adapter reads objects only, so the array is read as the value of one.
Result<std::vector<std::string>> ParseJsonArray(const std::string& json) {
  Result<JsonObject> object = JsonObject::Parse("{\"items\":" + json + "}");
  if (!object.ok()) return object.status();
  return object.value().GetStringArray("items");
}

std::string Iso8601Utc(std::chrono::system_clock::time_point t) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Columns of kColumns, one vector each, filled by one SELECT.
struct RequestRows {
  std::vector<Poco::Int64> id;
  std::vector<std::string> case_number, case_key, requester, kind, terms,
      persons, justification, status, decided_by, decided_at, note, created_at;

  void Into(Poco::Data::Statement& statement) {
    statement, into(id), into(case_number), into(case_key), into(requester),
        into(kind), into(terms), into(persons), into(justification),
        into(status), into(decided_by), into(decided_at), into(note),
        into(created_at);
  }

  Result<std::vector<PartyRequest>> ToRequests() const {
    std::vector<PartyRequest> out;
    out.reserve(id.size());
    for (size_t i = 0; i < id.size(); ++i) {
      PartyRequest r;
      r.id = id[i];
      r.case_number = case_number[i];
      r.case_key = case_key[i];
      r.requester = requester[i];
      std::optional<RequestKind> k = ParseRequestKind(kind[i]);
      std::optional<RequestStatus> s = ParseRequestStatus(status[i]);
      Result<std::vector<std::string>> t = ParseJsonArray(terms[i]);
      Result<std::vector<std::string>> p = ParseJsonArray(persons[i]);
      if (!k || !s || !t.ok() || !p.ok()) {
        return Status::Internal("request " + std::to_string(r.id) +
                                " in the register is malformed (kind, "
                                "status, terms or persons); the file was "
                                "changed outside wenshu");
      }
      r.kind = *k;
      r.status = *s;
      r.terms = std::move(t).value();
      r.persons = std::move(p).value();
      r.justification = justification[i];
      r.decided_by = decided_by[i];
      r.decided_at = decided_at[i];
      r.decision_note = note[i];
      r.created_at = created_at[i];
      out.push_back(std::move(r));
    }
    return out;
  }
};

}  // namespace

std::string_view RequestKindName(RequestKind kind) {
  switch (kind) {
    case RequestKind::kNonPublication:
      return "non_publication";
    case RequestKind::kRedaction:
      return "redaction";
    case RequestKind::kAnonymization:
      return "anonymization";
  }
  return "non_publication";
}

std::optional<RequestKind> ParseRequestKind(std::string_view name) {
  if (name == "non_publication") return RequestKind::kNonPublication;
  if (name == "redaction") return RequestKind::kRedaction;
  if (name == "anonymization") return RequestKind::kAnonymization;
  return std::nullopt;
}

std::string_view RequestStatusName(RequestStatus status) {
  switch (status) {
    case RequestStatus::kPending:
      return "pending";
    case RequestStatus::kGranted:
      return "granted";
    case RequestStatus::kRejected:
      return "rejected";
  }
  return "pending";
}

std::optional<RequestStatus> ParseRequestStatus(std::string_view name) {
  if (name == "pending") return RequestStatus::kPending;
  if (name == "granted") return RequestStatus::kGranted;
  if (name == "rejected") return RequestStatus::kRejected;
  return std::nullopt;
}

std::vector<std::string> CaseRequests::TermTexts() const {
  std::vector<std::string> out;
  for (const Granted& g : redaction_terms) out.push_back(g.text);
  return out;
}

std::vector<std::string> CaseRequests::PersonTexts() const {
  std::vector<std::string> out;
  for (const Granted& g : anonymized_persons) out.push_back(g.text);
  return out;
}

const CaseRequests* RequestIndex::For(std::string_view key) const {
  if (by_case_ == nullptr) return nullptr;
  auto it = by_case_->find(std::string(key));
  return it == by_case_->end() ? nullptr : &it->second;
}

size_t RequestIndex::cases() const {
  return by_case_ == nullptr ? 0 : by_case_->size();
}

// The one place that sees Poco::Data: every Poco exception becomes a Status
// in Write, Read or Open.
struct RequestRegister::Impl {
  Impl(std::string path_in, RequestRegisterOptions options_in,
       Poco::Data::Session session_in)
      : path(std::move(path_in)),
        options(std::move(options_in)),
        session(std::move(session_in)) {}

  std::string path;
  RequestRegisterOptions options;
  Poco::Data::Session session;

  std::string Now() const {
    return Iso8601Utc(options.clock ? options.clock()
                                    : std::chrono::system_clock::now());
  }

  void Execute(const std::string& sql) { session << sql, now; }

  Status DatabaseError(const std::exception& e) const {
    if (dynamic_cast<const Poco::Data::SQLite::DBLockedException*>(&e) ||
        dynamic_cast<const Poco::Data::SQLite::TableLockedException*>(&e)) {
      return Status::IoError(
          "request register " + path + " stayed locked by another writer for " +
          std::to_string(options.busy_timeout.count()) + " ms; try again");
    }
    const auto* poco = dynamic_cast<const Poco::Exception*>(&e);
    return Status::IoError("request register " + path + ": " +
                           (poco != nullptr ? poco->displayText() : e.what()));
  }

  // Runs `body` in one write transaction. BEGIN IMMEDIATE takes the write
  // lock first (waiting up to the busy timeout), so a transaction that has
  // read never fails to upgrade to a write. The transaction is rolled back
  // when `body` returns an error or anything throws.
  template <typename Body>
  Status Write(Body&& body) {
    try {
      Execute("BEGIN IMMEDIATE");
    } catch (const std::exception& e) {
      return DatabaseError(e);
    }
    Status status;
    try {
      status = body();
      if (status.ok()) {
        Execute("COMMIT");
        return status;
      }
    } catch (const std::exception& e) {
      status = DatabaseError(e);
    }
    try {
      Execute("ROLLBACK");
    } catch (const std::exception&) {
      // The transaction is gone already (SQLite rolls back on some errors).
    }
    return status;
  }

  template <typename Body>
  Status Read(Body&& body) {
    try {
      return body();
    } catch (const std::exception& e) {
      return DatabaseError(e);
    }
  }

  int UserVersion() {
    int version = 0;
    session << "PRAGMA user_version", into(version), now;
    return version;
  }

  // Creates or migrates the schema. Runs in a write transaction, so that two
  // processes opening a new file at once create it once.
  Status EnsureSchema() {
    int version = 0;
    if (Status s = Read([&] {
          version = UserVersion();
          return Status::Ok();
        });
        !s.ok()) {
      return s;
    }
    if (version == kSchemaVersion) return Status::Ok();
    return Write([&]() -> Status {
      version = UserVersion();
      if (version == kSchemaVersion) return Status::Ok();
      if (version > kSchemaVersion) {
        return Status::InvalidInput(
            path +
            " was written by a newer version of wenshu (register "
            "schema " +
            std::to_string(version) + ", this version reads " +
            std::to_string(kSchemaVersion) + "); use that version");
      }
      // Version 0: a new, empty file. (Version 2 will migrate a version 1
      // file here, before this check.)
      int tables = 0;
      session << "SELECT count(*) FROM sqlite_master", into(tables), now;
      if (tables > 0) {
        return Status::InvalidInput(
            path +
            " is another SQLite database, not a request register; "
            "name a new file or an existing register");
      }
      for (const char* statement : kSchemaV1) Execute(statement);
      Execute("PRAGMA user_version = " + std::to_string(kSchemaVersion));
      return Status::Ok();
    });
  }

  // The requests WHERE `where` (with its ? bound by `bind_args`), by id.
  template <typename BindArgs>
  Result<std::vector<PartyRequest>> Select(const std::string& where,
                                           BindArgs&& bind_args) {
    RequestRows rows;
    Status s = Read([&] {
      Poco::Data::Statement select(session);
      select << "SELECT " << kColumns << " FROM requests" << where
             << " ORDER BY id";
      rows.Into(select);
      bind_args(select);
      select.execute();
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return rows.ToRequests();
  }
};

std::string RequestRegister::DefaultPath() {
  const char* env = std::getenv("WENSHU_REQUESTS");
  if (env != nullptr && *env != '\0') return env;
  return kDefaultFile;
}

Result<RequestRegister> RequestRegister::Open(const std::string& path,
                                              RequestRegisterOptions options) {
  if (path.empty())
    return Status::InvalidInput("the request register path is empty");
  if (!options.create_if_missing) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) {
        return Status::NotFound("no request register at " + path +
                                " (a register is created when the first "
                                "request is added)");
      }
      return Status::IoError("cannot open request register " + path + ": " +
                             std::strerror(errno));
    }
  }
  RegisterConnector();
  // SQLite reads a name starting with "file:" as a URI.
  const std::string file = path.rfind("file:", 0) == 0 ? "./" + path : path;
  std::unique_ptr<Impl> impl;
  try {
    impl = std::make_unique<Impl>(
        path, std::move(options),
        Poco::Data::Session(Poco::Data::SQLite::Connector::KEY, file));
    impl->Execute("PRAGMA busy_timeout = " +
                  std::to_string(impl->options.busy_timeout.count()));
    std::string mode;
    impl->session << "PRAGMA journal_mode", into(mode), now;
    if (mode != "wal") {
      mode.clear();
      impl->session << "PRAGMA journal_mode = WAL", into(mode), now;
    }
  } catch (const std::exception& e) {
    const auto* poco = dynamic_cast<const Poco::Exception*>(&e);
    std::string hint;
    if (dynamic_cast<const Poco::Data::SQLite::CorruptImageException*>(&e)) {
      hint = " (it is no SQLite database; name another file)";
    } else if (dynamic_cast<const Poco::Data::ConnectionFailedException*>(&e)) {
      hint = " (check that the directory exists and may be written to)";
    }
    return Status::IoError("cannot open request register " + path + ": " +
                           (poco != nullptr ? poco->displayText() : e.what()) +
                           hint);
  }
  if (Status s = impl->EnsureSchema(); !s.ok()) return s;
  return RequestRegister(std::move(impl));
}

RequestRegister::RequestRegister(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
RequestRegister::RequestRegister(RequestRegister&&) noexcept = default;
RequestRegister& RequestRegister::operator=(RequestRegister&&) noexcept =
    default;
RequestRegister::~RequestRegister() = default;

const std::string& RequestRegister::path() const { return impl_->path; }

Status RequestRegister::Validate(const NewRequest& request) {
  if (FirstInvalidUtf8(request.case_number))
    return Status::InvalidInput("the case number is not valid UTF-8");
  if (!CaseTermsBook::Key(request.case_number))
    return Status::InvalidInput(NotACaseNumber(request.case_number));
  if (Status s = CheckText(request.requester, "the requester", true,
                           "name the party who filed the request");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckText(request.justification, "the justification", true,
                           "give the reasons the party stated (e.g. trade "
                           "secrets, personal privacy)");
      !s.ok()) {
    return s;
  }
  const std::string kind(RequestKindName(request.kind));
  if (request.kind != RequestKind::kRedaction && !request.terms.empty()) {
    return Status::InvalidInput(
        "only a redaction request lists terms, this is a " + kind +
        " request; file a separate redaction request for them");
  }
  if (request.kind != RequestKind::kAnonymization && !request.persons.empty()) {
    return Status::InvalidInput(
        "only an anonymization request names persons, this is a " + kind +
        " request; file a separate anonymization request for them");
  }
  if (request.kind == RequestKind::kRedaction) {
    if (request.terms.empty()) {
      return Status::InvalidInput(
          "a redaction request must list at least one term or passage to "
          "remove");
    }
    if (Status s = CheckItems(request.terms, "term",
                              "remove it or give the text to remove");
        !s.ok()) {
      return s;
    }
    // The pipeline compiles granted terms; a term it would refuse later is
    // refused now.
    Result<CaseTerms> compiled = CaseTerms::Compile(request.terms, "terms");
    if (!compiled.ok()) return compiled.status();
  }
  if (request.kind == RequestKind::kAnonymization) {
    if (request.persons.empty()) {
      return Status::InvalidInput(
          "an anonymization request must name at least one person to "
          "anonymize");
    }
    if (Status s = CheckItems(request.persons, "person",
                              "remove it or give the person's name");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

Result<int64_t> RequestRegister::Add(const NewRequest& request) {
  if (Status s = Validate(request); !s.ok()) return s;
  const std::string key = *CaseTermsBook::Key(request.case_number);
  const std::string kind(RequestKindName(request.kind));
  const std::string terms = JsonArray(request.terms);
  const std::string persons = JsonArray(request.persons);
  const std::string created_at = impl_->Now();
  Poco::Int64 id = 0;
  Status s = impl_->Write([&] {
    impl_->session << "INSERT INTO requests (case_number, case_key, "
                      "requester, kind, terms, persons, justification, "
                      "status, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
        bind(request.case_number), bind(key), bind(request.requester),
        bind(kind), bind(terms), bind(persons), bind(request.justification),
        bind(created_at), now;
    impl_->session << "SELECT last_insert_rowid()", into(id), now;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return static_cast<int64_t>(id);
}

Result<PartyRequest> RequestRegister::Decide(int64_t id, RequestStatus outcome,
                                             const std::string& decided_by,
                                             const std::string& note) {
  if (outcome == RequestStatus::kPending) {
    return Status::InvalidInput(
        "a decision grants or rejects a request; pending is no decision");
  }
  if (Status s = CheckText(decided_by, "the decider", true,
                           "name the judge or official who decided");
      !s.ok()) {
    return s;
  }
  if (Status s = CheckText(note, "the decision note", false, ""); !s.ok())
    return s;
  const std::string status(RequestStatusName(outcome));
  const std::string decided_at = impl_->Now();
  const Poco::Int64 row_id = id;
  PartyRequest decided;
  Status s = impl_->Write([&]() -> Status {
    Result<std::vector<PartyRequest>> found = impl_->Select(
        " WHERE id = ?",
        [&](Poco::Data::Statement& select) { select, bind(row_id); });
    if (!found.ok()) return found.status();
    if (found.value().empty()) {
      return Status::NotFound("no request has id " + std::to_string(id) +
                              "; list the register to find the id");
    }
    const PartyRequest& before = found.value().front();
    if (before.status != RequestStatus::kPending) {
      return Status::InvalidInput(
          "request " + std::to_string(id) + " was already " +
          std::string(RequestStatusName(before.status)) + " by " +
          before.decided_by + " at " + before.decided_at +
          "; a decision is final (a party who disagrees files a new "
          "request)");
    }
    Poco::Data::Statement update(impl_->session);
    update << "UPDATE requests SET status = ?, decided_by = ?, "
              "decided_at = ?, decision_note = ? "
              "WHERE id = ? AND status = 'pending'",
        bind(status), bind(decided_by), bind(decided_at);
    if (note.empty()) {
      update, Poco::Data::Keywords::use(Poco::Data::Keywords::null);
    } else {
      update, bind(note);
    }
    update, bind(row_id);
    update.execute();
    int changed = 0;
    impl_->session << "SELECT changes()", into(changed), now;
    if (changed != 1) {
      return Status::Internal("request " + std::to_string(id) +
                              " changed while it was being decided");
    }
    decided = before;
    decided.status = outcome;
    decided.decided_by = decided_by;
    decided.decided_at = decided_at;
    decided.decision_note = note;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return decided;
}

Result<std::vector<PartyRequest>> RequestRegister::List(
    const RequestFilter& filter) {
  std::string where;
  std::vector<std::string> args;
  if (filter.case_number) {
    std::optional<std::string> key = CaseTermsBook::Key(*filter.case_number);
    if (!key) return Status::InvalidInput(NotACaseNumber(*filter.case_number));
    where += " WHERE case_key = ?";
    args.push_back(*key);
  }
  if (filter.status) {
    where += where.empty() ? " WHERE status = ?" : " AND status = ?";
    args.emplace_back(RequestStatusName(*filter.status));
  }
  return impl_->Select(where, [&](Poco::Data::Statement& select) {
    for (const std::string& arg : args) select, bind(arg);
  });
}

Result<RequestIndex> RequestRegister::LoadIndex() {
  // One statement: one consistent snapshot, whatever other writers do.
  Result<std::vector<PartyRequest>> rows = impl_->Select(
      " WHERE status IN ('granted', 'pending')", [](Poco::Data::Statement&) {});
  if (!rows.ok()) return rows.status();
  auto by_case = std::make_shared<RequestIndex::Map>();
  std::unordered_map<std::string, std::unordered_set<std::string>> seen_terms,
      seen_persons;
  for (const PartyRequest& r : rows.value()) {
    CaseRequests& c = (*by_case)[r.case_key];
    if (r.status == RequestStatus::kPending) {
      c.pending.push_back(r.id);
      continue;
    }
    switch (r.kind) {
      case RequestKind::kNonPublication:
        c.non_publication.push_back(r.id);
        break;
      case RequestKind::kRedaction:
        for (const std::string& term : r.terms) {
          if (seen_terms[r.case_key].insert(term).second)
            c.redaction_terms.push_back({r.id, term});
        }
        break;
      case RequestKind::kAnonymization:
        for (const std::string& person : r.persons) {
          if (seen_persons[r.case_key].insert(person).second)
            c.anonymized_persons.push_back({r.id, person});
        }
        break;
    }
  }
  return RequestIndex(std::move(by_case));
}

}  // namespace wenshu
