#include "pipeline/request_register.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unordered_set>
#include <utility>

#include "core/encoding.h"
#include "core/json.h"
#include "core/sqlite.h"
#include "core/utf8.h"
#include "pipeline/register_schema.h"
#include "redactors/case_terms.h"

namespace wenshu {

namespace {

constexpr char kDefaultFile[] = "wenshu-requests.sqlite";

constexpr char kColumns[] =
    "id, case_number, case_key, requester, kind, terms, persons, "
    "justification, status, COALESCE(decided_by, ''), "
    "COALESCE(decided_at, ''), COALESCE(decision_note, ''), created_at";

bool IsSpaceOrInvisible(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060 ||
         c == 0x3000 || c == 0xFEFF;
}

// True when valid UTF-8 `s` has nothing but whitespace and zero-width
// characters.
bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size(); i = NextCharBoundary(s, i)) {
    if (!IsSpaceOrInvisible(CodePointAt(s, i))) return false;
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

// Built by appending: GCC 12 warns (-Wrestrict, a false positive) on a
// string literal + std::string chain.
std::string NotACaseNumber(std::string_view typed) {
  std::string message = "\"";
  message.append(typed);
  message.append(
      "\" is not a case number; write it as the judgment does, e.g. "
      "（2023）京0105民初123号");
  return message;
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
  std::vector<int64_t> id;
  std::vector<std::string> case_number, case_key, requester, kind, terms,
      persons, justification, status, decided_by, decided_at, note, created_at;

  void Into(SqlStatement& statement) {
    statement.Into(&id).Into(&case_number).Into(&case_key).Into(&requester);
    statement.Into(&kind).Into(&terms).Into(&persons).Into(&justification);
    statement.Into(&status).Into(&decided_by).Into(&decided_at).Into(&note);
    statement.Into(&created_at);
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

struct RequestRegister::Impl {
  Impl(RequestRegisterOptions options_in, SqliteDatabase database_in)
      : options(std::move(options_in)), database(std::move(database_in)) {}

  RequestRegisterOptions options;
  SqliteDatabase database;

  std::string Now() const {
    return Iso8601Utc(options.clock ? options.clock()
                                    : std::chrono::system_clock::now());
  }

  Result<int64_t> QueryInt(const std::string& sql) {
    int64_t value = 0;
    Status s = database.Run(sql, [&](SqlStatement& q) { q.Into(&value); });
    if (!s.ok()) return s;
    return value;
  }

  // Creates or migrates the schema (register_schema.h).
  Status EnsureSchema() { return EnsureRegisterSchema(database); }

  const std::string& path() const { return database.path(); }

  // The requests WHERE `where` (with its ? bound by `bind_args`), by id.
  Result<std::vector<PartyRequest>> Select(
      const std::string& where,
      const std::function<void(SqlStatement&)>& bind_args) {
    RequestRows rows;
    Status s = database.Run(std::string("SELECT ") + kColumns +
                                " FROM requests" + where + " ORDER BY id",
                            [&](SqlStatement& select) {
                              rows.Into(select);
                              bind_args(select);
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
  Result<SqliteDatabase> database = SqliteDatabase::Open(
      path, {.what = "request register", .busy_timeout = options.busy_timeout});
  if (!database.ok()) return database.status();
  auto impl =
      std::make_unique<Impl>(std::move(options), std::move(database).value());
  if (Status s = impl->EnsureSchema(); !s.ok()) return s;
  return RequestRegister(std::move(impl));
}

RequestRegister::RequestRegister(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
RequestRegister::RequestRegister(RequestRegister&&) noexcept = default;
RequestRegister& RequestRegister::operator=(RequestRegister&&) noexcept =
    default;
RequestRegister::~RequestRegister() = default;

const std::string& RequestRegister::path() const { return impl_->path(); }

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
  Result<int64_t> id = Status::Internal("no request was added");
  Status s = impl_->database.Transaction([&] {
    Status inserted = impl_->database.Run(
        "INSERT INTO requests (case_number, case_key, requester, kind, "
        "terms, persons, justification, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
        [&](SqlStatement& insert) {
          insert.Bind(request.case_number).Bind(key).Bind(request.requester);
          insert.Bind(kind).Bind(terms).Bind(persons);
          insert.Bind(request.justification).Bind(created_at);
        });
    if (!inserted.ok()) return inserted;
    id = impl_->QueryInt("SELECT last_insert_rowid()");
    return id.status();
  });
  if (!s.ok()) return s;
  return id;
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
  PartyRequest decided;
  Status s = impl_->database.Transaction([&]() -> Status {
    Result<std::vector<PartyRequest>> found = impl_->Select(
        " WHERE id = ?", [&](SqlStatement& select) { select.Bind(id); });
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
    Status updated = impl_->database.Run(
        "UPDATE requests SET status = ?, decided_by = ?, decided_at = ?, "
        "decision_note = ? WHERE id = ? AND status = 'pending'",
        [&](SqlStatement& update) {
          update.Bind(status).Bind(decided_by).Bind(decided_at);
          if (note.empty()) {
            update.BindNull();
          } else {
            update.Bind(note);
          }
          update.Bind(id);
        });
    if (!updated.ok()) return updated;
    Result<int64_t> changed = impl_->QueryInt("SELECT changes()");
    if (!changed.ok()) return changed.status();
    if (changed.value() != 1) {
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
  return impl_->Select(where, [&](SqlStatement& select) {
    for (const std::string& arg : args) select.Bind(arg);
  });
}

Result<RequestIndex> RequestRegister::LoadIndex() {
  // One statement: one consistent snapshot, whatever other writers do.
  Result<std::vector<PartyRequest>> rows = impl_->Select(
      " WHERE status IN ('granted', 'pending')", [](SqlStatement&) {});
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
