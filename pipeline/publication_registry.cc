#include "pipeline/publication_registry.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <mutex>
#include <numeric>
#include <utility>

#include "core/sqlite.h"
#include "pipeline/register_schema.h"

namespace wenshu {
namespace {

constexpr size_t kMaxKeyBytes = 1000;

std::string_view KindName(PublicationOutcome::Kind kind) {
  return kind == PublicationOutcome::Kind::kPublish ? "publish" : "withhold";
}

bool HasControlCharacter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
  });
}

Status ValidateKey(const std::string& key) {
  if (key.empty()) return Status::InvalidInput("the document key is empty");
  if (key.size() > kMaxKeyBytes)
    return Status::InvalidInput("the document key is longer than " +
                                std::to_string(kMaxKeyBytes) + " bytes");
  if (HasControlCharacter(key)) {
    return Status::InvalidInput(
        "the document key holds a control character (a tab or a line "
        "break)");
  }
  return Status::Ok();
}

bool IsSha256Hex(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Status ValidateOutcome(const PublicationOutcome& o) {
  if (Status s = ValidateKey(o.key); !s.ok()) return s;
  if (!IsSha256Hex(o.text_sha256)) {
    return Status::InvalidInput("the text hash of " + o.key +
                                " is not 64 lowercase hex digits (SHA-256)");
  }
  if (o.kind == PublicationOutcome::Kind::kWithhold && o.reason.empty()) {
    return Status::InvalidInput("withholding " + o.key +
                                " needs its ground as the reason");
  }
  return Status::Ok();
}

Status ValidateStamp(const RunStamp& run) {
  if (run.run_id.empty()) return Status::InvalidInput("the run id is empty");
  return Status::Ok();
}

// A document's stored state with its current version.
struct State {
  PublicationEntry entry;
  PublicationOutcome::Kind kind = PublicationOutcome::Kind::kPublish;
  bool ever_published = false;
};

// What recording an outcome over a state does.
struct Planned {
  RecordResult result;
  bool write = false;
};

Result<Planned> Compute(const std::optional<State>& state,
                        const PublicationOutcome& o) {
  Planned p;
  if (state) {
    p.result.observed_seq = state->entry.last_seq;
    p.result.status = state->entry.status;
    p.result.version = state->entry.version;
  }
  if (state && state->entry.staff_withdrawn) {
    p.result.change = RecordChange::kStillWithdrawn;
    return p;
  }
  const bool publish = o.kind == PublicationOutcome::Kind::kPublish;
  const RegistryStatus target = publish ? RegistryStatus::kPublished
                                : (state && state->ever_published)
                                    ? RegistryStatus::kWithdrawn
                                    : RegistryStatus::kWithheld;
  if (state && state->entry.status == target && state->kind == o.kind &&
      state->entry.text_sha256 == o.text_sha256) {
    p.result.change = RecordChange::kUnchanged;
    return p;
  }
  std::string reason = o.reason;
  if (reason.empty()) {  // only a publication may come without one
    if (!state) {
      reason = "first publication";
    } else if (state->entry.input_digest != o.input_digest) {
      reason = kReasonCorrectedOriginal;
    } else if (state->entry.policy_version != o.policy_version) {
      reason = kReasonNewPolicy;
    } else if (state->kind == o.kind &&
               state->entry.text_sha256 == o.text_sha256) {
      reason = "republished";  // the same text, public again
    } else {
      return Status::InvalidInput(
          "the public text of " + o.key +
          " changed with the same input and policy; give the reason (e.g. " +
          kReasonGrantedRequest + ")");
    }
  }
  p.write = true;
  p.result.status = target;
  p.result.version = state ? state->entry.version + 1 : 1;
  p.result.reason = reason;
  switch (target) {
    case RegistryStatus::kPublished:
      p.result.change = state && state->ever_published ? RecordChange::kChanged
                                                       : RecordChange::kNew;
      break;
    case RegistryStatus::kWithdrawn:
      p.result.change = RecordChange::kWithdrawn;
      break;
    case RegistryStatus::kWithheld:
      p.result.change = RecordChange::kWithheld;
      break;
  }
  return p;
}

std::string_view EventKind(RecordChange change) {
  switch (change) {
    case RecordChange::kNew:
      return "new";
    case RecordChange::kChanged:
      return "changed";
    case RecordChange::kWithheld:
      return "withheld";
    default:
      return "withdrawn";
  }
}

constexpr char kSelectState[] =
    "SELECT p.doc_key, p.status, p.version, v.text_sha256, "
    "v.policy_version, v.input_digest, p.staff_withdrawn, "
    "coalesce(p.withdrawn_by, ''), coalesce(p.withdrawn_reason, ''), "
    "p.last_seq, v.kind, p.ever_published "
    "FROM publications p JOIN publication_versions v "
    "ON v.doc_key = p.doc_key AND v.version = p.version ";

// Rows of kSelectState followed by `where_and_order` with `bind`.
Result<std::vector<State>> QueryStates(
    SqliteDatabase& db, const std::string& where_and_order,
    const std::function<void(SqlStatement&)>& bind) {
  std::vector<std::string> key, status, sha, policy, input, by, why, kind;
  std::vector<int64_t> version, staff, last_seq, ever;
  Status s =
      db.Run(std::string(kSelectState) + where_and_order, [&](SqlStatement& q) {
        q.Into(&key).Into(&status).Into(&version).Into(&sha);
        q.Into(&policy).Into(&input).Into(&staff).Into(&by);
        q.Into(&why).Into(&last_seq).Into(&kind).Into(&ever);
        if (bind) bind(q);
      });
  if (!s.ok()) return s;
  std::vector<State> out;
  out.reserve(key.size());
  for (size_t i = 0; i < key.size(); ++i) {
    State st;
    st.entry.key = key[i];
    st.entry.status =
        ParseRegistryStatus(status[i]).value_or(RegistryStatus::kWithheld);
    st.entry.version = version[i];
    st.entry.text_sha256 = sha[i];
    st.entry.policy_version = policy[i];
    st.entry.input_digest = input[i];
    st.entry.staff_withdrawn = staff[i] != 0;
    st.entry.withdrawn_by = by[i];
    st.entry.withdrawn_reason = why[i];
    st.entry.last_seq = last_seq[i];
    st.kind = kind[i] == "publish" ? PublicationOutcome::Kind::kPublish
                                   : PublicationOutcome::Kind::kWithhold;
    st.ever_published = ever[i] != 0;
    out.push_back(std::move(st));
  }
  return out;
}

Result<std::optional<State>> ReadState(SqliteDatabase& db,
                                       const std::string& key) {
  Result<std::vector<State>> rows = QueryStates(
      db, "WHERE p.doc_key = ?", [&](SqlStatement& q) { q.Bind(key); });
  if (!rows.ok()) return rows.status();
  if (rows.value().empty()) return std::optional<State>();
  return std::optional<State>(std::move(rows.value().front()));
}

Result<int64_t> AppendEvent(SqliteDatabase& db, const std::string& key,
                            int64_t version, std::string_view kind,
                            const std::string& reason, const RunStamp& run,
                            const std::string& by) {
  Status s = db.Run(
      "INSERT INTO publication_events (doc_key, version, kind, reason, "
      "run_id, at, acted_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [&](SqlStatement& q) {
        q.Bind(key).Bind(version).Bind(std::string(kind)).Bind(reason);
        q.Bind(run.run_id).Bind(run.at).Bind(by);
      });
  if (!s.ok()) return s;
  int64_t seq = 0;
  s = db.Run("SELECT last_insert_rowid()",
             [&](SqlStatement& q) { q.Into(&seq); });
  if (!s.ok()) return s;
  return seq;
}

// Writes a planned change of `o` over `state`; sets the result's seq.
Status Apply(SqliteDatabase& db, const std::optional<State>& state,
             const PublicationOutcome& o, const RunStamp& run,
             RecordResult& result) {
  const std::string status(RegistryStatusName(result.status));
  const int64_t ever = (state && state->ever_published) ||
                               result.status == RegistryStatus::kPublished
                           ? 1
                           : 0;
  Status s;
  if (state) {
    s = db.Run(
        "UPDATE publication_versions SET superseded_reason = ? "
        "WHERE doc_key = ? AND version = ?",
        [&](SqlStatement& q) {
          q.Bind(result.reason).Bind(o.key).Bind(state->entry.version);
        });
  } else {
    s = db.Run(
        "INSERT INTO publications (doc_key, status, version, ever_published, "
        "last_seq) VALUES (?, ?, ?, ?, 0)",
        [&](SqlStatement& q) {
          q.Bind(o.key).Bind(status).Bind(result.version).Bind(ever);
        });
  }
  if (!s.ok()) return s;
  s = db.Run(
      "INSERT INTO publication_versions (doc_key, version, kind, "
      "text_sha256, policy_version, input_digest, reason, run_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      [&](SqlStatement& q) {
        q.Bind(o.key).Bind(result.version).Bind(std::string(KindName(o.kind)));
        q.Bind(o.text_sha256).Bind(o.policy_version).Bind(o.input_digest);
        q.Bind(result.reason).Bind(run.run_id).Bind(run.at);
      });
  if (!s.ok()) return s;
  Result<int64_t> seq =
      AppendEvent(db, o.key, result.version, EventKind(result.change),
                  result.reason, run, "");
  if (!seq.ok()) return seq.status();
  result.observed_seq = seq.value();
  return db.Run(
      "UPDATE publications SET status = ?, version = ?, ever_published = ?, "
      "last_seq = ? WHERE doc_key = ?",
      [&](SqlStatement& q) {
        q.Bind(status).Bind(result.version).Bind(ever).Bind(seq.value());
        q.Bind(o.key);
      });
}

Status ValidateStaffAction(const std::string& key, const std::string& reason,
                           const std::string& by, const RunStamp& when) {
  if (Status s = ValidateKey(key); !s.ok()) return s;
  if (reason.empty()) return Status::InvalidInput("the reason is empty");
  if (by.empty()) return Status::InvalidInput("who acts (by) is not given");
  return ValidateStamp(when);
}

Status UnknownKey(const std::string& key) {
  return Status::NotFound("no document " + key +
                          " in the publication registry");
}

}  // namespace

std::string_view RegistryStatusName(RegistryStatus status) {
  switch (status) {
    case RegistryStatus::kPublished:
      return "published";
    case RegistryStatus::kWithheld:
      return "withheld";
    case RegistryStatus::kWithdrawn:
      return "withdrawn";
  }
  return "withheld";
}

std::optional<RegistryStatus> ParseRegistryStatus(std::string_view name) {
  for (RegistryStatus s :
       {RegistryStatus::kPublished, RegistryStatus::kWithheld,
        RegistryStatus::kWithdrawn}) {
    if (RegistryStatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view RecordChangeName(RecordChange change) {
  switch (change) {
    case RecordChange::kNew:
      return "new";
    case RecordChange::kChanged:
      return "changed";
    case RecordChange::kUnchanged:
      return "unchanged";
    case RecordChange::kWithheld:
      return "withheld";
    case RecordChange::kWithdrawn:
      return "withdrawn";
    case RecordChange::kStillWithdrawn:
      return "still_withdrawn";
  }
  return "unchanged";
}

Result<RecordResult> PublicationRegistry::Record(
    const RunStamp& run, const PublicationOutcome& outcome) {
  Result<std::vector<RecordResult>> results = RecordRun(run, {outcome});
  if (!results.ok()) return results.status();
  return results.value().front();
}

RegistryRun PublicationRegistry::BeginRun(RunStamp run) {
  return RegistryRun(*this, std::move(run));
}

RegistryRun::RegistryRun(PublicationRegistry& registry, RunStamp stamp)
    : registry_(&registry), stamp_(std::move(stamp)) {}

Result<RecordResult> RegistryRun::Record(PublicationOutcome outcome) {
  if (committed_)
    return Status::InvalidInput("the run is committed; begin another");
  if (keys_.count(outcome.key) > 0) {
    return Status::InvalidInput(outcome.key +
                                " is recorded twice in the same run");
  }
  Result<RecordResult> planned = registry_->Plan(outcome);
  if (!planned.ok()) return planned.status();
  keys_.insert(outcome.key);
  observed_.push_back(planned.value().observed_seq);
  outcomes_.push_back(std::move(outcome));
  return planned;
}

Result<std::vector<RecordResult>> RegistryRun::Commit() {
  if (committed_) return Status::InvalidInput("the run is committed already");
  Result<std::vector<RecordResult>> results =
      registry_->RecordRun(stamp_, outcomes_, observed_);
  if (results.ok()) committed_ = true;
  return results;
}

struct SqlitePublicationRegistry::Impl {
  explicit Impl(SqliteDatabase db) : database(std::move(db)) {}
  std::mutex mu;
  SqliteDatabase database;
};

Result<std::unique_ptr<SqlitePublicationRegistry>>
SqlitePublicationRegistry::Open(const std::string& path, Options options) {
  if (path.empty())
    return Status::InvalidInput("the register database path is empty");
  if (!options.create_if_missing) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      if (errno == ENOENT)
        return Status::NotFound("no register database at " + path);
      return Status::IoError("cannot open register database " + path + ": " +
                             std::strerror(errno));
    }
  }
  Result<SqliteDatabase> database = SqliteDatabase::Open(
      path,
      {.what = "register database", .busy_timeout = options.busy_timeout});
  if (!database.ok()) return database.status();
  auto impl = std::make_unique<Impl>(std::move(database).value());
  if (Status s = EnsureRegisterSchema(impl->database); !s.ok()) return s;
  return std::unique_ptr<SqlitePublicationRegistry>(
      new SqlitePublicationRegistry(std::move(impl)));
}

SqlitePublicationRegistry::SqlitePublicationRegistry(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
SqlitePublicationRegistry::~SqlitePublicationRegistry() = default;

Result<RecordResult> SqlitePublicationRegistry::Plan(
    const PublicationOutcome& outcome) {
  if (Status s = ValidateOutcome(outcome); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(impl_->mu);
  Result<std::optional<State>> state = ReadState(impl_->database, outcome.key);
  if (!state.ok()) return state.status();
  Result<Planned> planned = Compute(state.value(), outcome);
  if (!planned.ok()) return planned.status();
  return planned.value().result;
}

Result<std::vector<RecordResult>> SqlitePublicationRegistry::RecordRun(
    const RunStamp& run, const std::vector<PublicationOutcome>& outcomes,
    const std::vector<int64_t>& observed_seqs) {
  if (Status s = ValidateStamp(run); !s.ok()) return s;
  if (!observed_seqs.empty() && observed_seqs.size() != outcomes.size()) {
    return Status::InvalidInput(
        "observed seqs must be one per outcome, or none");
  }
  for (const PublicationOutcome& o : outcomes) {
    if (Status s = ValidateOutcome(o); !s.ok()) return s;
  }
  // Applied in key order, whatever order the run recorded them in.
  std::vector<size_t> order(outcomes.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return outcomes[a].key < outcomes[b].key;
  });
  for (size_t i = 1; i < order.size(); ++i) {
    if (outcomes[order[i]].key == outcomes[order[i - 1]].key) {
      return Status::InvalidInput(outcomes[order[i]].key +
                                  " is recorded twice in the same run");
    }
  }
  std::vector<RecordResult> results(outcomes.size());
  if (outcomes.empty()) return results;
  std::lock_guard<std::mutex> lock(impl_->mu);
  SqliteDatabase& db = impl_->database;
  Status s = db.Transaction([&]() -> Status {
    for (size_t i : order) {
      const PublicationOutcome& o = outcomes[i];
      Result<std::optional<State>> state = ReadState(db, o.key);
      if (!state.ok()) return state.status();
      const int64_t seq =
          state.value() ? state.value()->entry.last_seq : int64_t{0};
      if (!observed_seqs.empty() && observed_seqs[i] != seq) {
        return Status::InvalidInput(
            o.key + " changed in the publication registry while the run " +
            run.run_id + " was recording it (event " + std::to_string(seq) +
            "); nothing of the run was recorded: run it again");
      }
      Result<Planned> planned = Compute(state.value(), o);
      if (!planned.ok()) return planned.status();
      results[i] = planned.value().result;
      if (!planned.value().write) continue;
      if (Status a = Apply(db, state.value(), o, run, results[i]); !a.ok())
        return a;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return results;
}

Status SqlitePublicationRegistry::Withdraw(const std::string& key,
                                           const std::string& reason,
                                           const std::string& by,
                                           const RunStamp& when) {
  if (Status s = ValidateStaffAction(key, reason, by, when); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(impl_->mu);
  SqliteDatabase& db = impl_->database;
  return db.Transaction([&]() -> Status {
    Result<std::optional<State>> state = ReadState(db, key);
    if (!state.ok()) return state.status();
    if (!state.value()) return UnknownKey(key);
    const PublicationEntry& e = state.value()->entry;
    if (e.staff_withdrawn) {
      return Status::InvalidInput(key + " is withdrawn already (by " +
                                  e.withdrawn_by + ": " + e.withdrawn_reason +
                                  ")");
    }
    Result<int64_t> seq =
        AppendEvent(db, key, e.version, "withdrawn", reason, when, by);
    if (!seq.ok()) return seq.status();
    return db.Run(
        "UPDATE publications SET status = 'withdrawn', staff_withdrawn = 1, "
        "withdrawn_by = ?, withdrawn_reason = ?, last_seq = ? "
        "WHERE doc_key = ?",
        [&](SqlStatement& q) {
          q.Bind(by).Bind(reason).Bind(seq.value()).Bind(key);
        });
  });
}

Status SqlitePublicationRegistry::Reinstate(const std::string& key,
                                            const std::string& reason,
                                            const std::string& by,
                                            const RunStamp& when) {
  if (Status s = ValidateStaffAction(key, reason, by, when); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(impl_->mu);
  SqliteDatabase& db = impl_->database;
  return db.Transaction([&]() -> Status {
    Result<std::optional<State>> state = ReadState(db, key);
    if (!state.ok()) return state.status();
    if (!state.value()) return UnknownKey(key);
    const PublicationEntry& e = state.value()->entry;
    if (!e.staff_withdrawn) {
      return Status::InvalidInput(key +
                                  " is not withdrawn by staff (its status is " +
                                  std::string(RegistryStatusName(e.status)) +
                                  "); only a staff withdrawal is reinstated");
    }
    Result<int64_t> seq =
        AppendEvent(db, key, e.version, "reinstated", reason, when, by);
    if (!seq.ok()) return seq.status();
    return db.Run(
        "UPDATE publications SET staff_withdrawn = 0, withdrawn_by = NULL, "
        "withdrawn_reason = NULL, last_seq = ? WHERE doc_key = ?",
        [&](SqlStatement& q) { q.Bind(seq.value()).Bind(key); });
  });
}

Result<std::optional<PublicationEntry>> SqlitePublicationRegistry::Find(
    const std::string& key) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Result<std::optional<State>> state = ReadState(impl_->database, key);
  if (!state.ok()) return state.status();
  if (!state.value()) return std::optional<PublicationEntry>();
  return std::optional<PublicationEntry>(state.value()->entry);
}

Result<std::vector<PublicationEntry>> SqlitePublicationRegistry::List(
    std::optional<RegistryStatus> status) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Result<std::vector<State>> rows =
      status ? QueryStates(impl_->database,
                           "WHERE p.status = ? ORDER BY p.doc_key",
                           [&](SqlStatement& q) {
                             q.Bind(std::string(RegistryStatusName(*status)));
                           })
             : QueryStates(impl_->database, "ORDER BY p.doc_key", {});
  if (!rows.ok()) return rows.status();
  std::vector<PublicationEntry> out;
  out.reserve(rows.value().size());
  for (State& st : rows.value()) out.push_back(std::move(st.entry));
  return out;
}

Result<std::vector<PublicationVersion>> SqlitePublicationRegistry::History(
    const std::string& key) {
  std::vector<int64_t> version;
  std::vector<std::string> kind, sha, policy, input, reason, run, at, gone;
  std::lock_guard<std::mutex> lock(impl_->mu);
  Status s = impl_->database.Run(
      "SELECT version, kind, text_sha256, policy_version, input_digest, "
      "reason, run_id, at, coalesce(superseded_reason, '') "
      "FROM publication_versions WHERE doc_key = ? ORDER BY version",
      [&](SqlStatement& q) {
        q.Into(&version).Into(&kind).Into(&sha).Into(&policy).Into(&input);
        q.Into(&reason).Into(&run).Into(&at).Into(&gone).Bind(key);
      });
  if (!s.ok()) return s;
  std::vector<PublicationVersion> out;
  for (size_t i = 0; i < version.size(); ++i) {
    out.push_back({version[i],
                   kind[i] == "publish" ? PublicationOutcome::Kind::kPublish
                                        : PublicationOutcome::Kind::kWithhold,
                   sha[i], policy[i], input[i], reason[i], run[i], at[i],
                   gone[i]});
  }
  return out;
}

namespace {

Result<std::vector<RegistryEvent>> QueryEvents(
    SqliteDatabase& db, const std::string& where_order_limit,
    const std::function<void(SqlStatement&)>& bind) {
  std::vector<int64_t> seqs, version;
  std::vector<std::string> key, kind, reason, run, at, by;
  Status s = db.Run(
      "SELECT seq, doc_key, version, kind, reason, run_id, at, acted_by "
      "FROM publication_events " +
          where_order_limit,
      [&](SqlStatement& q) {
        q.Into(&seqs).Into(&key).Into(&version).Into(&kind).Into(&reason);
        q.Into(&run).Into(&at).Into(&by);
        bind(q);
      });
  if (!s.ok()) return s;
  std::vector<RegistryEvent> out;
  for (size_t i = 0; i < seqs.size(); ++i) {
    out.push_back({seqs[i], key[i], version[i], kind[i], reason[i], run[i],
                   at[i], by[i]});
  }
  return out;
}

}  // namespace

Result<std::vector<RegistryEvent>> SqlitePublicationRegistry::EventsOf(
    const std::string& key) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return QueryEvents(impl_->database, "WHERE doc_key = ? ORDER BY seq",
                     [&](SqlStatement& q) { q.Bind(key); });
}

Result<std::vector<RegistryEvent>> SqlitePublicationRegistry::EventsSince(
    int64_t seq, int64_t limit) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return QueryEvents(impl_->database, "WHERE seq > ? ORDER BY seq LIMIT ?",
                     [&](SqlStatement& q) {
                       q.Bind(seq).Bind(limit > 0 ? limit : int64_t{-1});
                     });
}

}  // namespace wenshu
