// The publication registry (rules §7): what has been made public, in which
// version, and why each version came or went. It remembers across runs so
// that a run over the same inputs publishes nothing twice, a changed public
// text becomes a new version (the old one superseded, with the reason), and
// a withdrawal by court staff sticks.
//
// The model. A document is known by a stable key its caller gives (the
// normalized case number plus the document type, or a record id). Per key:
//   status    published | withheld (a stub: the document is known, its text
//             is not public) | withdrawn (it was public once and is no
//             longer: a granted non-publication request, or staff);
//   versions  1, 2, ...: each the SHA-256 of its public text (of the stub's
//             text for a withheld version), the policy version and input
//             digest it was made from, the run that made it and why; a
//             version that a later one replaced is superseded, with the
//             reason of the replacement;
//   events    the change feed: one event for every change (seq, key,
//             version, kind, reason, run id, logical time), append-only,
//             numbered in commit order; a reader resumes with EventsSince
//             the last seq it saw.
//
// A staff withdrawal (Withdraw) sticks: a later Record of a publishable
// outcome reports kStillWithdrawn and writes nothing. It is lifted only by
// Reinstate (`wenshu registry reinstate KEY --reason TEXT`), which is itself
// an event; the status is then "withdrawn" until the next run records the
// document, and a publishable outcome then republishes it as a new version.
//
// Determinism. Nothing here reads the clock or draws a random number: the
// run gives its own id and logical time (RunStamp) and every stored time is
// that. A run's records are applied in the order of their keys, whatever
// order they were recorded in, so the events of a run split into shards and
// merged (one RecordRun over all the shards' outcomes) are those of one run
// over the same inputs. Event numbers follow commit order; they depend on
// timing only when two writers commit at once.
//
// Pieces, so that the storage can change without the rest (as FamilyStore):
//   PublicationRegistry        the interface; no SQLite type in it.
//   SqlitePublicationRegistry  in the register database (register_schema.h),
//                              beside the party requests and the case
//                              families.
//   RegistryRun                one run's records, committed as one batch.
//
// Errors are Status values: kInvalidInput for a malformed outcome, key or
// reason (nothing written), kNotFound for an unknown key, kIoError when the
// database fails (the batch rolled back, nothing written), kInvalidInput
// naming the key when a document changed under a run (RegistryRun::Commit).
#ifndef WENSHU_PIPELINE_PUBLICATION_REGISTRY_H_
#define WENSHU_PIPELINE_PUBLICATION_REGISTRY_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

enum class RegistryStatus { kPublished, kWithheld, kWithdrawn };

// "published", "withheld", "withdrawn".
std::string_view RegistryStatusName(RegistryStatus status);
std::optional<RegistryStatus> ParseRegistryStatus(std::string_view name);

// Reasons a caller gives for a new version (rules §7); any other non-empty
// text is accepted too.
inline constexpr char kReasonCorrectedOriginal[] = "corrected original";
inline constexpr char kReasonNewPolicy[] = "new policy";
inline constexpr char kReasonGrantedRequest[] = "granted request";

// Who runs, and when: given by the run, never read from the clock here.
struct RunStamp {
  std::string run_id;  // non-empty, e.g. "publish 2026-12-06 batch 7"
  std::string at;      // the run's logical time, e.g. "2026-12-06T08:00:00Z"
};

// What one run decided for one document.
struct PublicationOutcome {
  enum class Kind { kPublish, kWithhold };
  std::string key;  // non-empty, no control characters
  Kind kind = Kind::kPublish;
  std::string text_sha256;  // of the public text (the stub's for kWithhold),
                            // 64 lowercase hex digits
  std::string policy_version;
  std::string input_digest;
  // Why, when this makes a new version. For kWithhold the ground in words
  // (required). For kPublish optional: when empty and a published text
  // changes, the registry says kReasonCorrectedOriginal if the input digest
  // changed, else kReasonNewPolicy if the policy version did, else refuses
  // (kInvalidInput: the caller must say why, e.g. kReasonGrantedRequest).
  std::string reason;
};

enum class RecordChange {
  kNew,             // public for the first time (version 1, or after stubs)
  kChanged,         // public in a new version (republished)
  kUnchanged,       // as recorded before; nothing written
  kWithheld,        // a stub, never public
  kWithdrawn,       // no longer public (it was)
  kStillWithdrawn,  // withdrawn by staff; the outcome is not applied
};

// "new", "changed", "unchanged", "withheld", "withdrawn", "still_withdrawn".
std::string_view RecordChangeName(RecordChange change);

struct RecordResult {
  RecordChange change = RecordChange::kUnchanged;
  RegistryStatus status = RegistryStatus::kPublished;  // after
  int64_t version = 0;                                 // after
  std::string reason;  // of the new version; empty when nothing was written
  // The key's last event: when planned, the one seen (0: none), which a
  // batch commit checks has not moved (RegistryRun); once written, the
  // event this record appended.
  int64_t observed_seq = 0;
  bool operator==(const RecordResult&) const = default;
};

// A document's current state.
struct PublicationEntry {
  std::string key;
  RegistryStatus status = RegistryStatus::kPublished;
  int64_t version = 0;
  std::string text_sha256;  // of the current version
  std::string policy_version;
  std::string input_digest;
  bool staff_withdrawn = false;  // sticks until reinstated
  std::string withdrawn_by;      // when staff_withdrawn
  std::string withdrawn_reason;  // when staff_withdrawn
  int64_t last_seq = 0;          // its last event
  bool operator==(const PublicationEntry&) const = default;
};

// One version of a document.
struct PublicationVersion {
  int64_t version = 0;
  PublicationOutcome::Kind kind = PublicationOutcome::Kind::kPublish;
  std::string text_sha256;
  std::string policy_version;
  std::string input_digest;
  std::string reason;  // why this version was made
  std::string run_id;
  std::string at;
  std::string superseded_reason;  // empty while it is the current version
  bool operator==(const PublicationVersion&) const = default;
};

// One change, as the feed gives it. kind: "new", "changed", "withheld",
// "withdrawn" (by a run or by staff), "reinstated".
struct RegistryEvent {
  int64_t seq = 0;
  std::string key;
  int64_t version = 0;
  std::string kind;
  std::string reason;
  std::string run_id;
  std::string at;
  std::string by;  // who withdrew or reinstated; empty for a run's events
  bool operator==(const RegistryEvent&) const = default;
};

class RegistryRun;

// The registry's storage. Implementations are thread-safe; every writing
// call commits atomically (all or nothing) and writes nothing when it fails.
class PublicationRegistry {
 public:
  virtual ~PublicationRegistry() = default;

  // What recording `outcome` would do now, writing nothing. Fails on a
  // malformed outcome or a failed read.
  virtual Result<RecordResult> Plan(const PublicationOutcome& outcome) = 0;

  // Records `outcomes` (one run's, each key at most once) in one
  // transaction, applied in key order; returns the result of each, in the
  // order given. When `observed_seqs` is not empty it holds one seq per
  // outcome (RecordResult::observed_seq of a Plan): an outcome whose key
  // has had an event since fails the whole batch. Recording the same
  // outcome again writes nothing (kUnchanged).
  virtual Result<std::vector<RecordResult>> RecordRun(
      const RunStamp& run, const std::vector<PublicationOutcome>& outcomes,
      const std::vector<int64_t>& observed_seqs = {}) = 0;

  // Withdraws a known document by staff: status withdrawn, sticking until
  // Reinstate. kNotFound for an unknown key, kInvalidInput without a reason
  // or `by`, or when it is already withdrawn by staff.
  virtual Status Withdraw(const std::string& key, const std::string& reason,
                          const std::string& by, const RunStamp& when) = 0;
  // Lifts a staff withdrawal (see the file comment). kNotFound for an
  // unknown key, kInvalidInput when it is not withdrawn by staff.
  virtual Status Reinstate(const std::string& key, const std::string& reason,
                           const std::string& by, const RunStamp& when) = 0;

  // The current state of `key`; nullopt when unknown.
  virtual Result<std::optional<PublicationEntry>> Find(
      const std::string& key) = 0;
  // Every document (with `status` only those), by key.
  virtual Result<std::vector<PublicationEntry>> List(
      std::optional<RegistryStatus> status = std::nullopt) = 0;
  // The versions of `key`, oldest first (empty when unknown).
  virtual Result<std::vector<PublicationVersion>> History(
      const std::string& key) = 0;
  // The events of `key`, in order (empty when unknown).
  virtual Result<std::vector<RegistryEvent>> EventsOf(
      const std::string& key) = 0;
  // The events after `seq` (0: from the start), in order, at most `limit`
  // (all when `limit` <= 0).
  // A reader that saw up to seq N asks for EventsSince(N) and misses
  // nothing: events are only ever appended.
  virtual Result<std::vector<RegistryEvent>> EventsSince(int64_t seq,
                                                         int64_t limit) = 0;

  // Records one outcome alone (a batch of one).
  Result<RecordResult> Record(const RunStamp& run,
                              const PublicationOutcome& outcome);
  // A run whose records are committed together (see RegistryRun).
  RegistryRun BeginRun(RunStamp run);
};

// One run's records, kept in memory until Commit writes them in one
// transaction: a run killed before Commit leaves the registry as it was,
// and a rerun records the same outcomes again. Record says what the
// document's change will be (from the committed state), so that the caller
// can write its files before committing; Commit refuses the whole batch
// (kInvalidInput naming the key, nothing written) when a document changed
// meanwhile, e.g. a staff withdrawal during the run. Not thread-safe: one
// thread records (publish records in input order; the order does not
// matter to the result). The registry must outlive it.
class RegistryRun {
 public:
  RegistryRun(PublicationRegistry& registry, RunStamp stamp);

  // Plans `outcome` and keeps it for Commit. kInvalidInput when the key was
  // recorded before in this run or the outcome is malformed.
  Result<RecordResult> Record(PublicationOutcome outcome);
  // Writes every kept outcome in one transaction; returns their results in
  // recording order. Once committed, the run takes no more records.
  Result<std::vector<RecordResult>> Commit();
  size_t size() const { return outcomes_.size(); }
  const RunStamp& stamp() const { return stamp_; }

 private:
  PublicationRegistry* registry_;
  RunStamp stamp_;
  std::vector<PublicationOutcome> outcomes_;
  std::vector<int64_t> observed_;
  std::set<std::string> keys_;
  bool committed_ = false;
};

// The registry in the register database (register_schema.h). One
// connection, guarded by a mutex.
class SqlitePublicationRegistry : public PublicationRegistry {
 public:
  struct Options {
    // When false, a missing file is kNotFound (commands that only read or
    // change known documents do not create a file behind a mistyped path).
    bool create_if_missing = true;
    std::chrono::milliseconds busy_timeout{10000};
  };
  // Opens or creates the database at `path`, creating or migrating its
  // schema. kIoError when the file cannot be opened, kInvalidInput for
  // another program's database or a newer schema.
  static Result<std::unique_ptr<SqlitePublicationRegistry>> Open(
      const std::string& path, Options options);
  static Result<std::unique_ptr<SqlitePublicationRegistry>> Open(
      const std::string& path) {
    return Open(path, Options());
  }
  ~SqlitePublicationRegistry() override;

  Result<RecordResult> Plan(const PublicationOutcome& outcome) override;
  Result<std::vector<RecordResult>> RecordRun(
      const RunStamp& run, const std::vector<PublicationOutcome>& outcomes,
      const std::vector<int64_t>& observed_seqs = {}) override;
  Status Withdraw(const std::string& key, const std::string& reason,
                  const std::string& by, const RunStamp& when) override;
  Status Reinstate(const std::string& key, const std::string& reason,
                   const std::string& by, const RunStamp& when) override;
  Result<std::optional<PublicationEntry>> Find(const std::string& key) override;
  Result<std::vector<PublicationEntry>> List(
      std::optional<RegistryStatus> status = std::nullopt) override;
  Result<std::vector<PublicationVersion>> History(
      const std::string& key) override;
  Result<std::vector<RegistryEvent>> EventsOf(const std::string& key) override;
  Result<std::vector<RegistryEvent>> EventsSince(int64_t seq,
                                                 int64_t limit) override;

 private:
  struct Impl;
  explicit SqlitePublicationRegistry(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLICATION_REGISTRY_H_
