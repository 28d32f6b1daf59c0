// RequestRegister: the register of requests by parties (rules §6) — a party
// asks for full non-publication, for the redaction of listed terms or
// passages, or for the anonymization of named persons; the court grants or
// rejects; only a granted request changes the output. The register keeps
// every request and its decision in an embedded SQLite file, so that the
// record outlives any one run of the pipeline. The same file holds the
// case-family registry (family_store.h); register_schema.h has the schema
// of both.
//
// A RequestRegister is one connection to the file. It is not thread-safe:
// use one per thread. Any number of registers, in this process or in others,
// may use the same file at once (write-ahead log; a writer waits up to
// RequestRegisterOptions::busy_timeout for another writer to finish).
//
// Every request is checked before anything is written, and every write is
// one transaction: a refused or failed call leaves the file as it was.
// Failures are Status values: kInvalidInput for a request or decision the
// register refuses, kNotFound for an unknown id or a missing file,
// kIoError when the file cannot be opened, read or written (or stayed
// locked by another writer), kInternal for content that breaks the
// register's own rules (a bug, or a file edited by hand). Messages say what
// to do; none contains a redaction term or a person's name.
//
// The pipeline reads the register once at start-up, with LoadIndex(), and
// consults the returned RequestIndex for every document.
#ifndef WENSHU_PIPELINE_REQUEST_REGISTER_H_
#define WENSHU_PIPELINE_REQUEST_REGISTER_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace wenshu {

enum class RequestKind {
  kNonPublication,  // withhold the whole document (ground party_request)
  kRedaction,       // remove the listed terms or passages
  kAnonymization,   // anonymize the listed persons
};
// "non_publication", "redaction", "anonymization".
std::string_view RequestKindName(RequestKind kind);
std::optional<RequestKind> ParseRequestKind(std::string_view name);

enum class RequestStatus { kPending, kGranted, kRejected };
// "pending", "granted", "rejected".
std::string_view RequestStatusName(RequestStatus status);
std::optional<RequestStatus> ParseRequestStatus(std::string_view name);

// A request as filed.
struct NewRequest {
  std::string case_number;  // as the party wrote it; must parse
  std::string requester;    // the party (or its agent) who filed it
  RequestKind kind = RequestKind::kNonPublication;
  std::vector<std::string> terms;    // kRedaction only: at least one
  std::vector<std::string> persons;  // kAnonymization only: at least one
  std::string justification;         // the reasons given; required
};

// A request as recorded. Text fields are UTF-8; times are ISO 8601 UTC
// ("2024-03-01T09:30:00Z").
struct PartyRequest {
  int64_t id = 0;
  std::string case_number;  // as typed
  std::string case_key;     // CaseTermsBook::Key(case_number)
  std::string requester;
  RequestKind kind = RequestKind::kNonPublication;
  std::vector<std::string> terms;    // kRedaction only
  std::vector<std::string> persons;  // kAnonymization only
  std::string justification;
  RequestStatus status = RequestStatus::kPending;
  std::string decided_by;     // empty while pending
  std::string decided_at;     // empty while pending
  std::string decision_note;  // empty when none was given
  std::string created_at;

  bool operator==(const PartyRequest&) const = default;
};

// Which requests List returns; an empty filter returns all of them.
struct RequestFilter {
  std::optional<std::string> case_number;  // any form a judgment uses
  std::optional<RequestStatus> status;
};

// What the granted and pending requests of one case ask of the pipeline.
struct CaseRequests {
  // A granted term or person, with the request that granted it (for the
  // audit).
  struct Granted {
    int64_t request_id = 0;
    std::string text;
    bool operator==(const Granted&) const = default;
  };

  // Ids of granted non-publication requests: withhold the document
  // (ground party_request) when not empty.
  std::vector<int64_t> non_publication;
  // Granted redaction terms and anonymized persons, in request id order,
  // each text once (with the first request that granted it).
  std::vector<Granted> redaction_terms;
  std::vector<Granted> anonymized_persons;
  // Ids of requests not yet decided.
  std::vector<int64_t> pending;

  bool withheld() const { return !non_publication.empty(); }
  bool has_pending() const { return !pending.empty(); }
  // The texts alone, e.g. for CaseTerms::Compile.
  std::vector<std::string> TermTexts() const;
  std::vector<std::string> PersonTexts() const;
};

// A snapshot of the register for the pipeline, keyed by case number.
// Immutable once loaded: copies share the data, and any number of threads
// may call For at once.
class RequestIndex {
 public:
  RequestIndex() = default;  // no requests

  // The requests of the case whose key (CaseTermsBook::Key of a typed case
  // number, or CaseNumber::text of a document's header) is `key`; nullptr
  // when the case has no granted or pending request. Valid while this index
  // or a copy of it lives.
  const CaseRequests* For(std::string_view key) const;

  // Cases with at least one granted or pending request.
  size_t cases() const;

 private:
  friend class RequestRegister;
  using Map = std::unordered_map<std::string, CaseRequests>;
  explicit RequestIndex(std::shared_ptr<const Map> by_case)
      : by_case_(std::move(by_case)) {}
  std::shared_ptr<const Map> by_case_;
};

struct RequestRegisterOptions {
  // Open creates the file and the schema when the file does not exist;
  // otherwise a missing file is kNotFound (for reading commands, which
  // should not leave an empty register behind a mistyped path).
  bool create_if_missing = true;
  // How long a write waits for another connection's write to finish.
  std::chrono::milliseconds busy_timeout{10000};
  // The time stamped on requests and decisions; the system clock if empty.
  std::function<std::chrono::system_clock::time_point()> clock;
};

class RequestRegister {
 public:
  // The register file to use when none is named: $WENSHU_REQUESTS if set
  // and not empty, else "wenshu-requests.sqlite" in the current directory.
  static std::string DefaultPath();

  // Opens (and, if allowed, creates) the register at `path`; creates the
  // schema when the file is new, sets the busy timeout and write-ahead
  // logging (where the file system supports it; otherwise SQLite's
  // rollback journal, which is as safe but lets readers wait for writers).
  // Fails with kIoError when the file cannot be opened or is no SQLite
  // database, kInvalidInput when it is another program's database or one
  // written by a newer version of Wenshu, kNotFound when it does not exist
  // and options.create_if_missing is false.
  static Result<RequestRegister> Open(const std::string& path,
                                      RequestRegisterOptions options = {});

  // Movable, not copyable; a moved-from register may only be assigned to
  // or destroyed. Destroying it closes the connection.
  RequestRegister(RequestRegister&&) noexcept;
  RequestRegister& operator=(RequestRegister&&) noexcept;
  ~RequestRegister();

  // The checks Add makes before writing: a case number that parses, a
  // requester and a justification that are not blank, at least one term
  // for a redaction and one person for an anonymization (none otherwise),
  // no blank term or person, valid UTF-8 throughout. kInvalidInput naming
  // the first problem.
  static Status Validate(const NewRequest& request);

  // Records `request` as pending and returns its id (ids grow and are never
  // reused).
  Result<int64_t> Add(const NewRequest& request);

  // Records the court's decision on a pending request: `outcome` kGranted
  // or kRejected, `decided_by` the judge or official (not blank), `note`
  // optional. Returns the request as decided. Refused (nothing written):
  // an unknown id (kNotFound), a request already decided, a blank decider,
  // outcome kPending (kInvalidInput).
  Result<PartyRequest> Decide(int64_t id, RequestStatus outcome,
                              const std::string& decided_by,
                              const std::string& note);

  // The requests matching `filter`, by id. kInvalidInput when the filter's
  // case number does not parse.
  Result<std::vector<PartyRequest>> List(const RequestFilter& filter = {});

  // The granted and pending requests of every case, read in one snapshot.
  Result<RequestIndex> LoadIndex();

  const std::string& path() const;

 private:
  struct Impl;
  explicit RequestRegister(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REQUEST_REGISTER_H_
