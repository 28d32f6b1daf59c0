#include "pipeline/registry_command.h"

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/status.h"
#include "pipeline/command_args.h"
#include "pipeline/command_reporter.h"
#include "pipeline/publication_registry.h"
#include "pipeline/request_register.h"
#include "publishers/site_pages.h"

namespace wenshu {
namespace {

constexpr char kRegistryUsage[] =
    R"(usage: wenshu registry list|history|events|reinstate [options]

The publication registry (publication rules §7): every document a run has
recorded, its status (published, withheld as a stub, withdrawn), its
versions with the SHA-256 of each public text and why each came, and the
change feed of every change.

commands:
  list       the documents and their current version
  history    the versions and events of one document
  events     the change feed, oldest first, after a sequence number
  reinstate  lift a staff withdrawal (wenshu withdraw); the next run
             records the document again

Every command takes --requests FILE (or --db FILE): the register database,
else $WENSHU_REQUESTS, else wenshu-requests.sqlite. None creates it.
Output is tab-separated with a header line.

exit status: 0 on success, 2 on a usage error (nothing is opened), 1 when
the registry refuses the command or cannot be read or written (nothing is
changed).
)";

constexpr char kListUsage[] =
    R"(usage: wenshu registry list [--status published|withheld|withdrawn]
         [--requests FILE]

One line per document, by key: KEY STATUS VERSION TEXT_SHA256 POLICY
LAST_EVENT NOTE (who withdrew it and why, when withdrawn by staff).
)";

constexpr char kHistoryUsage[] =
    R"(usage: wenshu registry history KEY [--requests FILE]

The versions of the document KEY, oldest first (VERSION KIND TEXT_SHA256
POLICY INPUT RUN AT REASON SUPERSEDED), then a blank line and its events
(SEQ KIND VERSION RUN AT BY REASON).
)";

constexpr char kEventsUsage[] =
    R"(usage: wenshu registry events [--since SEQ] [--limit N] [--requests FILE]

The change feed: the events after SEQ (default 0, all), oldest first, at
most N (default all): SEQ KEY VERSION KIND RUN AT BY REASON. A reader that
saw up to SEQ resumes with --since SEQ and misses nothing.
)";

constexpr char kReinstateUsage[] =
    R"(usage: wenshu registry reinstate KEY --reason TEXT [--by NAME] [--at TIME]
         [--requests FILE]

Lifts the staff withdrawal of KEY. The document stays off the site until
the next run records it; a publishable outcome is then republished as a
new version.

  --reason TEXT  why (required)
  --by NAME      who (default: $USER)
  --at TIME      the time recorded (default: now, UTC)
)";

constexpr char kWithdrawUsage[] =
    R"(usage: wenshu withdraw KEY --reason TEXT [--by NAME] [--at TIME]
         [--requests FILE]

Withdraws the document KEY (as the publication registry knows it, see
`wenshu registry list`, e.g. 2023/京0105民初12345/; a case number as
written, （2023）京0105民初12345号, names the case's judgment) from
publication: it leaves the site, the search
index and the corpus at the next run, which leaves a withdrawal notice. The
withdrawal sticks: later runs do not republish the document until
`wenshu registry reinstate KEY --reason TEXT`.

  --reason TEXT    why (required)
  --by NAME        who (default: $USER)
  --at TIME        the time recorded (default: now, UTC)
  --requests FILE  the register database (also --db; default:
                   $WENSHU_REQUESTS, else wenshu-requests.sqlite)
)";

// Parses args[first...]: every option takes a value and is given once;
// --requests (also spelt --db) besides `names`. kInvalidInput is a usage
// error.
Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, size_t first,
                             const std::vector<std::string_view>& names) {
  std::vector<OptionSpec> specs = {{"--requests"}};
  for (std::string_view name : names) specs.push_back({name});
  return ParseCommandArgs(args, first, specs, {{"--db", "--requests"}});
}

using Reporter = CommandReporter;

// A value as one tab-separated cell: control characters become spaces, an
// empty value "-".
std::string Cell(std::string_view s) {
  if (s.empty()) return "-";
  std::string out(s);
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) c = ' ';
  }
  return out;
}

void PrintRow(std::ostream& out, const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i)
    out << (i == 0 ? "" : "\t") << cells[i];
  out << '\n';
}

std::optional<int64_t> ParseCount(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

Result<std::unique_ptr<SqlitePublicationRegistry>> OpenRegistry(
    const ParsedArgs& a) {
  SqlitePublicationRegistry::Options options;
  options.create_if_missing = false;
  return SqlitePublicationRegistry::Open(
      a.Value("--requests").value_or(RequestRegister::DefaultPath()), options);
}

// The key `given` names: itself when the registry knows it, else, for a
// case number as written (（2023）京0105民初12345号), the key of the case's
// judgment (its permanent folder, PermalinkPath). Unchanged when neither is
// known, so the registry says it is unknown.
std::string ResolveKey(PublicationRegistry& registry, const std::string& given) {
  Result<std::optional<PublicationEntry>> found = registry.Find(given);
  if (found.ok() && found.value()) return given;
  Result<std::string> path = PermalinkPath(given);
  if (!path.ok()) return given;
  found = registry.Find(path.value());
  return found.ok() && found.value() ? path.value() : given;
}

// The one KEY of a command, or a usage message.
std::optional<std::string> OneKey(const ParsedArgs& a, Reporter& report,
                                  int* code) {
  if (a.positional.size() == 1 && !a.positional.front().empty())
    return a.positional.front();
  *code = report.Usage(a.positional.size() > 1
                           ? "give one KEY (unexpected argument '" +
                                 a.positional[1] + "')"
                           : "give the KEY of the document");
  return std::nullopt;
}

int List(const std::vector<std::string>& args, std::ostream& out,
         std::ostream& err) {
  Reporter report("wenshu registry list", err);
  Result<ParsedArgs> parsed = ParseArgs(args, 1, {"--status"});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kListUsage;
    return report.Written(out);
  }
  if (!a.positional.empty())
    return report.Usage("unexpected argument '" + a.positional.front() + "'");
  std::optional<RegistryStatus> status;
  if (std::optional<std::string> s = a.Value("--status")) {
    status = ParseRegistryStatus(*s);
    if (!status)
      return report.Usage("--status must be published, withheld or withdrawn");
  }
  auto registry = OpenRegistry(a);
  if (!registry.ok()) return report.Refused(registry.status());
  Result<std::vector<PublicationEntry>> entries =
      registry.value()->List(status);
  if (!entries.ok()) return report.Refused(entries.status());
  PrintRow(out, {"KEY", "STATUS", "VERSION", "TEXT_SHA256", "POLICY",
                 "LAST_EVENT", "NOTE"});
  for (const PublicationEntry& e : entries.value()) {
    PrintRow(out, {Cell(e.key), std::string(RegistryStatusName(e.status)),
                   std::to_string(e.version), e.text_sha256,
                   Cell(e.policy_version), std::to_string(e.last_seq),
                   e.staff_withdrawn ? Cell("withdrawn by " + e.withdrawn_by +
                                            ": " + e.withdrawn_reason)
                                     : "-"});
  }
  return report.Written(out);
}

int History(const std::vector<std::string>& args, std::ostream& out,
            std::ostream& err) {
  Reporter report("wenshu registry history", err);
  Result<ParsedArgs> parsed = ParseArgs(args, 1, {});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kHistoryUsage;
    return report.Written(out);
  }
  int code = 0;
  std::optional<std::string> key = OneKey(a, report, &code);
  if (!key) return code;
  auto registry = OpenRegistry(a);
  if (!registry.ok()) return report.Refused(registry.status());
  key = ResolveKey(*registry.value(), *key);
  Result<std::vector<PublicationVersion>> versions =
      registry.value()->History(*key);
  if (!versions.ok()) return report.Refused(versions.status());
  if (versions.value().empty()) {
    return report.Refused(
        Status::NotFound("no document " + *key +
                         " in the publication registry (see 'wenshu "
                         "registry list')"));
  }
  Result<std::vector<RegistryEvent>> events = registry.value()->EventsOf(*key);
  if (!events.ok()) return report.Refused(events.status());
  PrintRow(out, {"VERSION", "KIND", "TEXT_SHA256", "POLICY", "INPUT", "RUN",
                 "AT", "REASON", "SUPERSEDED"});
  for (const PublicationVersion& v : versions.value()) {
    PrintRow(out, {std::to_string(v.version),
                   v.kind == PublicationOutcome::Kind::kPublish ? "publish"
                                                                : "withhold",
                   v.text_sha256, Cell(v.policy_version), Cell(v.input_digest),
                   Cell(v.run_id), Cell(v.at), Cell(v.reason),
                   Cell(v.superseded_reason)});
  }
  out << '\n';
  PrintRow(out, {"SEQ", "KIND", "VERSION", "RUN", "AT", "BY", "REASON"});
  for (const RegistryEvent& e : events.value()) {
    PrintRow(out, {std::to_string(e.seq), e.kind, std::to_string(e.version),
                   Cell(e.run_id), Cell(e.at), Cell(e.by), Cell(e.reason)});
  }
  return report.Written(out);
}

int Events(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err) {
  Reporter report("wenshu registry events", err);
  Result<ParsedArgs> parsed = ParseArgs(args, 1, {"--since", "--limit"});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kEventsUsage;
    return report.Written(out);
  }
  if (!a.positional.empty())
    return report.Usage("unexpected argument '" + a.positional.front() + "'");
  std::optional<int64_t> since = ParseCount(a.Value("--since").value_or("0"));
  if (!since)
    return report.Usage("--since must be an event number, such as 12");
  std::optional<int64_t> limit = ParseCount(a.Value("--limit").value_or("0"));
  if (!limit || (a.Value("--limit") && *limit == 0))
    return report.Usage("--limit must be a positive number");
  auto registry = OpenRegistry(a);
  if (!registry.ok()) return report.Refused(registry.status());
  Result<std::vector<RegistryEvent>> events =
      registry.value()->EventsSince(*since, *limit);
  if (!events.ok()) return report.Refused(events.status());
  PrintRow(out, {"SEQ", "KEY", "VERSION", "KIND", "RUN", "AT", "BY", "REASON"});
  for (const RegistryEvent& e : events.value()) {
    PrintRow(out,
             {std::to_string(e.seq), Cell(e.key), std::to_string(e.version),
              e.kind, Cell(e.run_id), Cell(e.at), Cell(e.by), Cell(e.reason)});
  }
  return report.Written(out);
}

// withdraw and reinstate: KEY --reason TEXT [--by NAME] [--at TIME].
int StaffAction(const std::vector<std::string>& args, size_t first,
                bool withdraw, const char* usage, Reporter& report,
                std::ostream& out) {
  Result<ParsedArgs> parsed =
      ParseArgs(args, first, {"--reason", "--by", "--at"});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << usage;
    return report.Written(out);
  }
  int code = 0;
  std::optional<std::string> key = OneKey(a, report, &code);
  if (!key) return code;
  const std::string reason = a.Value("--reason").value_or("");
  if (reason.empty()) return report.Usage("--reason TEXT is required");
  std::string by = a.Value("--by").value_or("");
  if (!a.Value("--by")) {
    const char* user = std::getenv("USER");
    by = user != nullptr ? user : "";
  }
  if (by.empty()) return report.Usage("--by NAME is required (no $USER)");
  const RunStamp when{
      withdraw ? "wenshu withdraw" : "wenshu registry reinstate",
      a.Value("--at").value_or(UtcTimestampNow())};
  auto registry = OpenRegistry(a);
  if (!registry.ok()) return report.Refused(registry.status());
  key = ResolveKey(*registry.value(), *key);
  Status s = withdraw ? registry.value()->Withdraw(*key, reason, by, when)
                      : registry.value()->Reinstate(*key, reason, by, when);
  if (!s.ok()) return report.Refused(s);
  out << Cell(*key)
      << (withdraw
              ? ": withdrawn by " + by +
                    "; later runs do not republish it until it is "
                    "reinstated\n"
              : ": reinstated by " + by + "; the next run records it again\n");
  return report.Written(out);
}

}  // namespace

int RunRegistryCommand(const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err) {
  Reporter report("wenshu registry", err);
  if (args.empty()) {
    err << kRegistryUsage;
    return 2;
  }
  const std::string& command = args.front();
  if (command == "-h" || command == "--help" || command == "help") {
    out << kRegistryUsage;
    return report.Written(out);
  }
  if (command == "list") return List(args, out, err);
  if (command == "history") return History(args, out, err);
  if (command == "events") return Events(args, out, err);
  if (command == "reinstate") {
    Reporter sub("wenshu registry reinstate", err);
    return StaffAction(args, 1, false, kReinstateUsage, sub, out);
  }
  return report.Usage("unknown command '" + command +
                      "' (commands: list, history, events, reinstate)");
}

int RunWithdrawCommand(const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err) {
  Reporter report("wenshu withdraw", err);
  return StaffAction(args, 0, true, kWithdrawUsage, report, out);
}

}  // namespace wenshu
