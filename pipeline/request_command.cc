#include "pipeline/request_command.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include "core/json.h"
#include "core/status.h"
#include "core/utf8.h"
#include "pipeline/command_args.h"
#include "pipeline/command_reporter.h"
#include "pipeline/request_register.h"

namespace wenshu {
namespace {

constexpr char kRequestUsage[] =
    R"(usage: wenshu request add|decide|list [options]

The register of requests by parties (publication rules §6): a party asks
that a judgment not be published, that listed terms or passages be removed,
or that named persons be anonymized; the court grants or rejects the
request. Only a granted request changes what is published.

commands:
  add      record a request, pending until decided; prints its id
  decide   grant or reject a pending request
  list     show the requests, as a table or as JSON Lines

The register is an SQLite file: --db FILE, else $WENSHU_REQUESTS, else
wenshu-requests.sqlite in the current directory. Several processes may use
it at once.

exit status: 0 on success, 2 on a usage error (nothing is opened), 1 when the
register refuses the command or cannot be read or written (nothing is
changed).

See 'wenshu request COMMAND --help'.
)";

constexpr char kAddUsage[] =
    R"(usage: wenshu request add --case CASE_NUMBER --requester NAME
         --kind non_publication|redaction|anonymization
         [--term TEXT]... [--person NAME]... --justification TEXT [--db FILE]

Records a party's request, pending until the court decides it, and prints
its id.

  --case CASE_NUMBER    the case number as the judgment writes it, e.g.
                        （2023）京0105民初123号
  --requester NAME      the party (or the agent) who filed the request
  --kind KIND           non_publication: do not publish the judgment
                        redaction: remove the terms given with --term
                        anonymization: anonymize the persons given with
                        --person
  --term TEXT           a term or passage to remove (redaction; once for
                        each, at least one)
  --person NAME         a person to anonymize (anonymization; once for each,
                        at least one)
  --justification TEXT  the reasons the party gave (trade secrets, personal
                        privacy...)
  --db FILE             the register (default: $WENSHU_REQUESTS, else
                        wenshu-requests.sqlite; created if missing)
  -h, --help            this text
)";

constexpr char kDecideUsage[] =
    R"(usage: wenshu request decide ID --grant|--reject --by NAME [--note TEXT]
         [--db FILE]

Records the court's decision on pending request ID. A decision is final: a
request already granted or rejected is not decided again.

  --grant, --reject  the decision
  --by NAME          the judge or official who decided
  --note TEXT        a note on the decision (optional)
  --db FILE          the register (default: $WENSHU_REQUESTS, else
                     wenshu-requests.sqlite)
  -h, --help         this text
)";

constexpr char kListUsage[] = R"(usage: wenshu request list [--case CASE_NUMBER]
         [--status pending|granted|rejected] [--format table|jsonl]
         [--db FILE]

Shows the requests in the register, oldest first.

  --case CASE_NUMBER  only this case (brackets, digits and spaces may be
                      full-width or half-width)
  --status STATUS     only pending, granted or rejected requests
  --format FORMAT     table (default: one line each, long texts shortened)
                      or jsonl (one JSON object per line, everything)
  --db FILE           the register (default: $WENSHU_REQUESTS, else
                      wenshu-requests.sqlite)
  -h, --help          this text
)";

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                             const std::vector<OptionSpec>& specs) {
  return ParseCommandArgs(args, 1, specs);
}

// Messages for one sub-command, all starting "wenshu request SUB:".
CommandReporter Reporter(std::string_view command, std::ostream& err) {
  return CommandReporter(command.empty()
                             ? "wenshu request"
                             : "wenshu request " + std::string(command),
                         err);
}

std::string DbPath(const ParsedArgs& parsed) {
  return parsed.Value("--db").value_or(RequestRegister::DefaultPath());
}

// --- display width of a table cell (terminals show CJK two columns wide) --

int ColumnsOf(char32_t c) {
  const bool wide =
      (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
      (c >= 0x3041 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
      (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t pos = 0; pos < s.size(); pos = NextCharBoundary(s, pos))
    width += ColumnsOf(CodePointAt(s, pos));
  return width;
}

// One line of at most `max_width` columns: control characters (line breaks
// in a passage) become spaces, and a longer text is cut and ends in "…".
std::string Cell(std::string_view s, size_t max_width) {
  const bool fits = DisplayWidth(s) <= max_width;
  std::string out;
  size_t width = 0;
  for (size_t pos = 0; pos < s.size();) {
    const size_t next = NextCharBoundary(s, pos);
    width += ColumnsOf(CodePointAt(s, pos));
    if (!fits && width > max_width - 1) return out + "…";
    // An ASCII control character; an ill-formed byte is kept as it is.
    const unsigned char first = static_cast<unsigned char>(s[pos]);
    if (next - pos == 1 && (first < 0x20 || first == 0x7F)) {
      out += ' ';
    } else {
      out.append(s.substr(pos, next - pos));
    }
    pos = next;
  }
  return out;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

void PrintTable(const std::vector<PartyRequest>& requests, std::ostream& out) {
  constexpr size_t kItemsWidth = 30;
  constexpr size_t kJustificationWidth = 40;
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"ID", "STATUS", "KIND", "CASE", "REQUESTER", "TERMS/PERSONS",
                  "CREATED", "DECIDED", "JUSTIFICATION"});
  for (const PartyRequest& r : requests) {
    const std::vector<std::string>& items =
        r.kind == RequestKind::kRedaction ? r.terms : r.persons;
    rows.push_back(
        {std::to_string(r.id), std::string(RequestStatusName(r.status)),
         std::string(RequestKindName(r.kind)), Cell(r.case_key, 40),
         Cell(r.requester, 20),
         items.empty() ? "-" : Cell(Joined(items), kItemsWidth), r.created_at,
         r.status == RequestStatus::kPending
             ? "-"
             : Cell(r.decided_by, 20) + " " + r.decided_at,
         Cell(r.justification, kJustificationWidth)});
  }
  std::vector<size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], DisplayWidth(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size())
        line.append(widths[c] - DisplayWidth(row[c]) + 2, ' ');
    }
    out << line << '\n';
  }
}

std::string JsonLine(const PartyRequest& r) {
  std::string line;
  JsonWriter w(&line);
  auto string_or_null = [&](std::string_view key, const std::string& value) {
    w.Key(key);
    if (value.empty()) {
      w.Null();
    } else {
      w.String(value);
    }
  };
  auto array = [&](std::string_view key, const std::vector<std::string>& v) {
    w.Key(key).BeginArray();
    for (const std::string& item : v) w.String(item);
    w.EndArray();
  };
  w.BeginObject();
  w.Key("id").Int(r.id);
  w.Key("case_number").String(r.case_number);
  w.Key("case_key").String(r.case_key);
  w.Key("requester").String(r.requester);
  w.Key("kind").String(RequestKindName(r.kind));
  array("terms", r.terms);
  array("persons", r.persons);
  w.Key("justification").String(r.justification);
  w.Key("status").String(RequestStatusName(r.status));
  string_or_null("decided_by", r.decided_by);
  string_or_null("decided_at", r.decided_at);
  string_or_null("decision_note", r.decision_note);
  w.Key("created_at").String(r.created_at);
  w.EndObject();
  return line;
}

int Add(const std::vector<std::string>& args, std::ostream& out,
        std::ostream& err) {
  CommandReporter report = Reporter("add", err);
  Result<ParsedArgs> parsed = ParseArgs(args, {{"--case"},
                                               {"--requester"},
                                               {"--kind"},
                                               {"--term", true, true},
                                               {"--person", true, true},
                                               {"--justification"},
                                               {"--db"}});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kAddUsage;
    return report.Written(out);
  }
  if (!a.positional.empty()) {
    return report.Usage("unexpected argument '" + a.positional.front() +
                        "' (give every value after its option)");
  }
  for (std::string_view required :
       {"--case", "--requester", "--kind", "--justification"}) {
    if (!a.Has(required))
      return report.Usage(std::string(required) + " is required");
  }
  std::optional<RequestKind> kind = ParseRequestKind(*a.Value("--kind"));
  if (!kind) {
    return report.Usage(
        "--kind must be non_publication, redaction or anonymization");
  }
  NewRequest request;
  request.case_number = *a.Value("--case");
  request.requester = *a.Value("--requester");
  request.kind = *kind;
  request.terms = a.Values("--term");
  request.persons = a.Values("--person");
  request.justification = *a.Value("--justification");
  // Refused before the register is opened, so that a refused request does
  // not even create the file.
  if (Status s = RequestRegister::Validate(request); !s.ok())
    return report.Refused(s);
  Result<RequestRegister> reg = RequestRegister::Open(DbPath(a));
  if (!reg.ok()) return report.Refused(reg.status());
  Result<int64_t> id = reg.value().Add(request);
  if (!id.ok()) return report.Refused(id.status());
  out << id.value() << '\n';
  return report.Written(out);
}

std::optional<int64_t> ParseId(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t id = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    id = id * 10 + (c - '0');
  }
  if (id <= 0) return std::nullopt;
  return id;
}

int Decide(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err) {
  CommandReporter report = Reporter("decide", err);
  Result<ParsedArgs> parsed = ParseArgs(args, {{"--grant", false},
                                               {"--reject", false},
                                               {"--by"},
                                               {"--note"},
                                               {"--db"}});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kDecideUsage;
    return report.Written(out);
  }
  if (a.positional.size() != 1) {
    return report.Usage(a.positional.empty()
                            ? "give the ID of the request to decide"
                            : "give one ID (unexpected argument '" +
                                  a.positional[1] + "')");
  }
  std::optional<int64_t> id = ParseId(a.positional.front());
  if (!id) {
    return report.Usage("ID must be a request's number, such as 12 (not '" +
                        a.positional.front() + "')");
  }
  if (a.Has("--grant") == a.Has("--reject"))
    return report.Usage("give either --grant or --reject");
  if (!a.Has("--by")) return report.Usage("--by is required");
  RequestRegisterOptions options;
  options.create_if_missing = false;
  Result<RequestRegister> reg = RequestRegister::Open(DbPath(a), options);
  if (!reg.ok()) return report.Refused(reg.status());
  Result<PartyRequest> decided = reg.value().Decide(
      *id,
      a.Has("--grant") ? RequestStatus::kGranted : RequestStatus::kRejected,
      *a.Value("--by"), a.Value("--note").value_or(""));
  if (!decided.ok()) return report.Refused(decided.status());
  const PartyRequest& r = decided.value();
  out << "request " << r.id << ": " << RequestStatusName(r.status) << " by "
      << r.decided_by << " at " << r.decided_at << '\n';
  return report.Written(out);
}

int List(const std::vector<std::string>& args, std::ostream& out,
         std::ostream& err) {
  CommandReporter report = Reporter("list", err);
  Result<ParsedArgs> parsed =
      ParseArgs(args, {{"--case"}, {"--status"}, {"--format"}, {"--db"}});
  if (!parsed.ok()) return report.Usage(parsed.status().message());
  const ParsedArgs& a = parsed.value();
  if (a.help) {
    out << kListUsage;
    return report.Written(out);
  }
  if (!a.positional.empty())
    return report.Usage("unexpected argument '" + a.positional.front() + "'");
  RequestFilter filter;
  filter.case_number = a.Value("--case");
  if (std::optional<std::string> status = a.Value("--status")) {
    filter.status = ParseRequestStatus(*status);
    if (!filter.status)
      return report.Usage("--status must be pending, granted or rejected");
  }
  const std::string format = a.Value("--format").value_or("table");
  if (format != "table" && format != "jsonl")
    return report.Usage("--format must be table or jsonl");
  RequestRegisterOptions options;
  options.create_if_missing = false;
  Result<RequestRegister> reg = RequestRegister::Open(DbPath(a), options);
  if (!reg.ok()) return report.Refused(reg.status());
  Result<std::vector<PartyRequest>> requests = reg.value().List(filter);
  if (!requests.ok()) return report.Refused(requests.status());
  if (format == "jsonl") {
    for (const PartyRequest& r : requests.value()) out << JsonLine(r) << '\n';
  } else {
    PrintTable(requests.value(), out);
  }
  return report.Written(out);
}

}  // namespace

int RunRequestCommand(const std::vector<std::string>& args, std::ostream& out,
                      std::ostream& err) {
  CommandReporter report = Reporter("", err);
  if (args.empty()) {
    err << kRequestUsage;
    return 2;
  }
  const std::string& command = args.front();
  if (command == "-h" || command == "--help" || command == "help") {
    out << kRequestUsage;
    return report.Written(out);
  }
  if (command == "add") return Add(args, out, err);
  if (command == "decide") return Decide(args, out, err);
  if (command == "list") return List(args, out, err);
  return report.Usage("unknown command '" + command +
                      "' (commands: add, decide, list)");
}

}  // namespace wenshu
