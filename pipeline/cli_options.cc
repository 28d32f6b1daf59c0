#include "pipeline/cli_options.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <type_traits>

#include "core/date.h"

namespace wenshu {

const char kWenshuUsage[] = R"(usage: wenshu redact [options] [FILE|DIR...]

Removes the personal identifiers the publication rules require from court
judgments and writes what may be published.

  With no FILE, reads JSON Lines on standard input, one document per line:
    {"id": "...", "text": "...", "meta": {...}}
  and writes one JSON line per input line, in input order, to standard output:
    {"id", "status": "published"|"withheld"|"held", "grounds", "text",
     "redactions": [{"begin","end","category","action","replacement","rule"}],
     "error" (held only), ...}
  With FILEs or DIRectories, reads each file as what its content shows
  (a Word .docx, an HTML page, a case-system XML export, or plain text in
  UTF-8, UTF-16 or GB18030/GBK) and writes its public text to standard
  output, or, with --out, the public file in its own format and encoding
  (a .docx as a .docx, a GB18030 text in GB18030) in the --out directory,
  a directory's files at the same places below it, with audit.jsonl.

options:
  --in-format FORMAT      what standard input or the FILEs hold: jsonl,
                          text, docx, html or xml (default: jsonl for
                          standard input; for files, told by each file's
                          content)
  --out-encoding utf-8    write public texts in UTF-8 (default: in the
                          encoding each text file came in)
  --xml-mapping FILE      read XML files with this mapping of another case
                          system's export (JSON: XPaths of paragraphs and
                          metadata) instead of Wenshu's own format
  --out DIR               write public texts and audit.jsonl under DIR
  --threads N             worker threads (default: all cores)
  --max-inflight-mb N     memory bound for documents in flight (default 32)
  --max-case-families N   case families whose pseudonyms are remembered
                          across documents (default 200000, about 0.7 KB
                          each; the least recently changed are forgotten)
  --pseudonyms han|latin  write pseudonyms as 张某 (default) or, for English
                          output and romanized corpora, as Zhang XX
  --case-terms FILE       terms and passages to remove per case (trade
                          secrets, privacy, technical investigation
                          measures...): a JSON object mapping case numbers
                          to lists of terms,
                            {"(2023)京0105民初123号": ["配方A-17", "..."]}
                          added to a record's own meta.case_terms
  --policy FILE           a court's policy (JSON), laid over the built-in
                          national defaults: name only what changes
  --requests FILE         the party request register (default:
                          $WENSHU_REQUESTS, else wenshu-requests.sqlite when
                          it exists); granted requests apply, pending ones
                          hold the document
  --registry-key FILE     remember across runs whom each case family
                          protected: the persons anonymized in a judgment
                          stay anonymized, with the same pseudonym, in any
                          later run over a judgment of the same or a cited
                          case number. Kept in the --requests database as
                          keyed hashes (HMAC-SHA256), never as names; FILE
                          is the secret key, at least 32 bytes (make one:
                          head -c 32 /dev/urandom > FILE). Default:
                          $WENSHU_REGISTRY_KEY. Without a key, a database
                          holding a registry is refused
  --registry-old-key FILE a retired key: its hashes are still matched, new
                          ones are written under --registry-key
  --no-family-registry    run without the registry (nothing is remembered
                          beyond this run)
  --holidays FILE         working-day calendar for due dates, instead of the
                          built-in one: {"holidays": [...], "workdays": [...]}
  --max-document-mb N     size budget per document: a text (a JSON line)
                          larger than N MB is held unread (default 20)
  --max-document-seconds S
                          time budget per document: one still in work after
                          S seconds (decimals allowed) is held and the
                          worker moves on (default 10)
  --strict-ids            hold a record whose id an earlier record of the
                          run had ("duplicate id"); without it duplicate
                          ids are only counted in the summary
  --progress, --no-progress
                          progress line on standard error (default: when it
                          is a terminal)
  -h, --help              this text

other commands:
  wenshu publish [options] FILE|DIR... --out DIR
                          the main job: the public site, the research
                          corpus, the staff review report and the audit,
                          with versions and withdrawals remembered across
                          runs (see wenshu publish --help)
  wenshu check [options]  the decision and its reasons for each JSON Lines
                          record on standard input, without public text:
                          a tab-separated table (--format jsonl for JSON
                          Lines); --overdue lists only the documents whose
                          publication due date is before --as-of DATE
                          (default today); takes the options of redact
  wenshu request add|decide|list
                          the party request register (see wenshu request
                          --help)
  wenshu names            the body-name finder alone (see wenshu names --help)
  wenshu registry list|history|events|reinstate
                          the publication registry: versions, withdrawals,
                          the change feed (see wenshu registry --help)
  wenshu withdraw KEY --reason TEXT
                          withdraw a published document (it stays withdrawn)
  --version               the version and the policy version

exit status: 0 when every document was processed (held documents included,
in JSON Lines mode), 3 when a FILE was held, 2 on a usage error, 1 when
input or output failed.
)";

const char kPublishUsage[] = R"(usage: wenshu publish [options] FILE|DIR... --out DIR
       wenshu publish [options] --out DIR < records.jsonl

Decides by law whether each judgment may be published, removes what the
publication rules require, and writes under DIR:

  site/        the public website: a page per published judgment, a stub
               per withheld one, indexes by court, year, cause and
               document type, and an offline search (serve this folder,
               or open site/index.html from disk)
  corpus/      the research corpus: judgments.jsonl, manifest.json and
               README.md (the datasheet)
  review/      the report for court staff: held documents first, then each
               document's original beside its public text with every change
               highlighted. It holds ORIGINAL TEXT: never publish it.
  feed/        events.jsonl, every change of the registry (for reusers)
  audit.jsonl  every decision and redaction of this run, never removed text
  state/       what later runs need (never publish it)

The publication registry (versions, withdrawals, the change feed) lives in
the register database (--requests FILE, else $WENSHU_REQUESTS, else
wenshu-requests.sqlite, created when missing). Running publish again over
the same inputs writes nothing and says "0 changed"; a changed public text
becomes a new version, the old page marked superseded; a document withheld
now (a granted request) or withdrawn by staff (wenshu withdraw) leaves the
site, the search and the corpus, with a withdrawal notice at its address.

Inputs: files and directories in any format redact reads (.docx, HTML,
case-system XML, text), or JSON Lines: files named *.jsonl, or standard
input with no FILE (--in-format jsonl reads every FILE as JSON Lines).

options (and every option of wenshu redact that reads or decides):
  --out DIR               where everything is written (required)
  --as-of DATE            the run's date (YYYY-MM-DD), recorded with every
                          version (default: today); the outputs hold no
                          other time, so a rerun on the same date writes
                          the same bytes
  --corpus-key FILE       a secret key (16 bytes or more): pseudonym ids in
                          the corpus are the same for the same person of a
                          case family in every document and run (HMAC);
                          without it, ids are per document
  --per-page N            entries per index page (default 50)
  -q, --quiet             no progress display and no summary (errors still
                          go to standard error)
  --threads N, --policy FILE, --requests FILE, --case-terms FILE,
  --pseudonyms han|latin, --registry-key FILE, --xml-mapping FILE, ...
                          as for wenshu redact
  -h, --help              this text

exit status: 0 when the run finished (held documents are listed in the
review report and the summary), 2 on a usage error, 1 when reading or
writing failed.
)";

namespace {

std::optional<long> ParsePositive(const std::string& s) {
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(s.c_str(), &end, 10);
  if (errno || end == s.c_str() || *end != '\0' || v <= 0) return std::nullopt;
  return v;
}

// A number of seconds above 0 and up to a day, decimals allowed.
std::optional<double> ParseSeconds(const std::string& s) {
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s.c_str(), &end);
  if (errno || end == s.c_str() || *end != '\0' || !(v > 0) || v > 86400)
    return std::nullopt;
  return v;
}

// The combinations the options cannot make, checked once all are read.
Status CheckCombination(const BatchOptions& options, BatchCommand command) {
  if (options.in_format != "jsonl" && options.in_format != "text" &&
      options.in_format != "auto" && options.files.empty()) {
    return Status::InvalidInput("--in-format " + options.in_format +
                                " reads FILEs; name the files to read");
  }
  if (command == BatchCommand::kPublish) {
    if (options.out_dir.empty())
      return Status::InvalidInput(
          "publish needs --out DIR, the folder it writes site/, corpus/, "
          "review/ and audit.jsonl to");
    return Status::Ok();
  }
  if (options.in_format == "jsonl" && !options.files.empty()) {
    return Status::InvalidInput(
        "--in-format jsonl reads standard input; give no FILE (use: wenshu "
        "redact < FILE)");
  }
  if (!options.out_dir.empty() && options.files.empty())
    return Status::InvalidInput("--out needs FILEs to read");
  if (command == BatchCommand::kCheck &&
      (!options.files.empty() || options.in_format == "text"))
    return Status::InvalidInput("check reads JSON Lines on standard input");
  if (options.no_family_registry && (!options.registry_key_file.empty() ||
                                     !options.registry_old_key_file.empty()))
    return Status::InvalidInput(
        "--no-family-registry cannot go with a registry key");
  if (!options.as_of.empty() && !options.overdue &&
      command != BatchCommand::kPublish)
    return Status::InvalidInput("--as-of goes with --overdue");
  return Status::Ok();
}

}  // namespace

Result<BatchOptions> ParseBatchOptions(const std::vector<std::string>& args,
                                       BatchCommand command) {
  const bool check = command == BatchCommand::kCheck;
  const bool publish = command == BatchCommand::kPublish;
  BatchOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    std::string value;
    bool has_value = false;
    if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
      value = arg.substr(arg.find('=') + 1);
      arg = arg.substr(0, arg.find('='));
      has_value = true;
    }
    auto take_value = [&]() -> std::optional<std::string> {
      if (has_value) return value;
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    // Each takes the option's value into `field`; the usage error, or "".
    auto number = [&](long max, auto* field) -> std::string {
      std::optional<std::string> v = take_value();
      std::optional<long> n = v ? ParsePositive(*v) : std::nullopt;
      if (!n || *n > max)
        return arg + " takes a number from 1 to " + std::to_string(max);
      *field = static_cast<std::remove_pointer_t<decltype(field)>>(*n);
      return "";
    };
    auto one_of = [&](const std::string& a, const std::string& b,
                      std::string* field) -> std::string {
      std::optional<std::string> v = take_value();
      if (!v || (*v != a && *v != b)) return arg + " takes " + a + " or " + b;
      *field = *v;
      return "";
    };
    auto path = [&](const std::string& what, std::string* field) {
      std::optional<std::string> v = take_value();
      if (!v || v->empty()) return arg + " takes " + what;
      *field = *v;
      return std::string();
    };
    std::string error;
    if (arg == "-h" || arg == "--help") {
      options.help = true;
      return options;
    } else if (arg == "--in-format") {
      std::optional<std::string> v = take_value();
      if (!v || (*v != "jsonl" && *v != "text" && *v != "docx" &&
                 *v != "html" && *v != "xml")) {
        error = arg + " takes jsonl, text, docx, html or xml";
      } else {
        options.in_format = *v;
      }
    } else if (!check && arg == "--out-encoding") {
      std::optional<std::string> v = take_value();
      if (!v || (*v != "utf-8" && *v != "UTF-8")) {
        error = arg + " takes utf-8 (without it, each text keeps its own)";
      } else {
        options.out_encoding = "utf-8";
      }
    } else if (!check && arg == "--xml-mapping") {
      error = path("a mapping file", &options.xml_mapping_file);
    } else if (arg == "--out") {
      error = path("a directory", &options.out_dir);
    } else if (arg == "--threads") {
      error = number(1024, &options.threads);
    } else if (arg == "--max-inflight-mb") {
      error = number(65536, &options.max_inflight_mb);
    } else if (arg == "--max-case-families") {
      error = number(100000000, &options.max_case_families);
    } else if (arg == "--pseudonyms") {
      error = one_of("han", "latin", &options.pseudonyms);
    } else if (arg == "--case-terms") {
      const bool given = !options.case_terms_file.empty();
      error = path("a file", &options.case_terms_file);
      if (error.empty() && given) error = "--case-terms may be given once";
    } else if (arg == "--policy") {
      error = path("a file", &options.policy_file);
    } else if (arg == "--requests") {
      error = path("a file", &options.requests_file);
    } else if (!check && arg == "--registry-key") {
      error = path("a key file", &options.registry_key_file);
    } else if (!check && arg == "--registry-old-key") {
      error = path("a key file", &options.registry_old_key_file);
    } else if (!check && arg == "--no-family-registry") {
      options.no_family_registry = true;
    } else if (arg == "--holidays") {
      error = path("a file", &options.holidays_file);
    } else if (check && arg == "--format") {
      error = one_of("table", "jsonl", &options.check_format);
    } else if (check && arg == "--overdue") {
      options.overdue = true;
    } else if ((check || publish) && arg == "--as-of") {
      std::optional<std::string> v = take_value();
      if (!v || !Date::ParseIso(*v)) {
        error = "--as-of takes a date (2024-03-01)";
      } else {
        options.as_of = *v;
      }
    } else if (publish && arg == "--corpus-key") {
      error = path("a key file", &options.corpus_key_file);
    } else if (publish && arg == "--per-page") {
      error = number(10000, &options.per_page);
    } else if (publish && (arg == "--quiet" || arg == "-q")) {
      options.quiet = true;
      options.progress = ProgressLine::Mode::kOff;
    } else if (arg == "--max-document-mb") {
      error = number(1 << 20, &options.max_document_mb);
    } else if (arg == "--max-document-seconds") {
      std::optional<std::string> v = take_value();
      std::optional<double> s = v ? ParseSeconds(*v) : std::nullopt;
      if (!s) {
        error = arg + " takes a number of seconds above 0 and up to 86400";
      } else {
        options.max_document_seconds = *s;
      }
    } else if (arg == "--strict-ids") {
      options.strict_ids = true;
    } else if (arg == "--progress") {
      options.progress = ProgressLine::Mode::kOn;
    } else if (arg == "--no-progress") {
      options.progress = ProgressLine::Mode::kOff;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option '" + arg + "'";
    } else {
      options.files.push_back(arg);
    }
    if (!error.empty()) return Status::InvalidInput(error);
  }
  if (options.in_format.empty())
    options.in_format = options.files.empty() ? "jsonl" : "auto";
  // check shows decisions, never public text: it neither reads nor writes
  // the case-family registry.
  if (check) options.no_family_registry = true;
  if (Status s = CheckCombination(options, command); !s.ok()) return s;
  return options;
}

std::string UsageErrorText(const std::string& message) {
  return "wenshu: " + message + "\nTry 'wenshu --help'.\n";
}

int PrintUsageError(const std::string& message) {
  std::fputs(UsageErrorText(message).c_str(), stderr);
  return 2;
}

}  // namespace wenshu
