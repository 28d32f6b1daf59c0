// The wenshu command line.
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "pipeline/document_processor.h"
#include "core/encoding.h"
#include "core/json.h"
#include "core/normalized_text.h"
#include "pipeline/progress.h"
#include "pipeline/request_command.h"
#include "pipeline/request_register.h"
#include "pipeline/runner.h"
#include "publishers/check_report.h"
#include "publishers/jsonl_publisher.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/lexicon.h"
#include "redactors/policy.h"
#include "core/regex.h"

namespace wenshu {
namespace {

constexpr char kUsage[] = R"(usage: wenshu redact [options] [FILE...]

Removes the personal identifiers the publication rules require from court
judgments and writes what may be published.

  With no FILE, reads JSON Lines on standard input, one document per line:
    {"id": "...", "text": "...", "meta": {...}}
  and writes one JSON line per input line, in input order, to standard output:
    {"id", "status": "published"|"withheld"|"held", "grounds", "text",
     "redactions": [{"begin","end","category","action","replacement","rule"}],
     "error" (held only), ...}
  With FILEs (UTF-8, UTF-16 with BOM, or GB18030/GBK text), writes each
  file's public text to standard output, or one file each under --out DIR
  together with DIR/audit.jsonl.

options:
  --in-format jsonl|text  what standard input or FILE holds (default: jsonl
                          for standard input, text for files)
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
  --holidays FILE         working-day calendar for due dates, instead of the
                          built-in one: {"holidays": [...], "workdays": [...]}
  --progress, --no-progress
                          progress line on standard error (default: when it
                          is a terminal)
  -h, --help              this text

other commands:
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
  --version               the version and the policy version

exit status: 0 when every document was processed (held documents included,
in JSON Lines mode), 3 when a FILE was held, 2 on a usage error, 1 when
input or output failed.
)";

struct Options {
  std::string in_format;
  std::string out_dir;
  int threads = 0;
  size_t max_inflight_mb = 32;
  size_t max_case_families = 200000;
  ProgressLine::Mode progress = ProgressLine::Mode::kAuto;
  std::string pseudonyms = "han";
  std::string case_terms_file;
  std::string policy_file;
  std::string requests_file;
  std::string holidays_file;
  std::vector<std::string> files;
  // wenshu check
  bool check = false;
  std::string check_format = "table";
  bool overdue = false;
  std::string as_of;  // ISO date; today when empty
};

int UsageError(const std::string& message) {
  std::fprintf(stderr, "wenshu: %s\nTry 'wenshu --help'.\n", message.c_str());
  return 2;
}

std::optional<long> ParsePositive(const std::string& s) {
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(s.c_str(), &end, 10);
  if (errno || end == s.c_str() || *end != '\0' || v <= 0) return std::nullopt;
  return v;
}

struct Counts {
  size_t published = 0, withheld = 0, held = 0;
  void Add(PublicationStatus s) {
    (s == PublicationStatus::kPublished  ? published
     : s == PublicationStatus::kWithheld ? withheld
                                         : held)++;
  }
};

void PrintSummary(const Counts& c) {
  std::fprintf(
      stderr, "wenshu: %zu documents: %zu published, %zu withheld, %zu held\n",
      c.published + c.withheld + c.held, c.published, c.withheld, c.held);
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) == 0) {
    std::fprintf(stderr, "wenshu: peak memory %.1f MB\n",
                 usage.ru_maxrss / 1024.0);
  }
}

int RunJsonLines(const Options& options, const DocumentProcessor& processor) {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  ProgressLine progress(options.progress);
  Counts counts;
  bool write_failed = false;
  RunnerOptions runner{options.threads, options.max_inflight_mb << 20};
  // Lines travel in batches of about kBatchBytes so that thread hand-offs
  // cost nothing next to the work; a longer line travels alone.
  constexpr size_t kBatchBytes = 256 << 10;
  struct Batch {
    size_t first_line = 0;
    std::vector<std::string> lines;
    size_t total = 0;
    size_t bytes() const { return total; }
  };
  // A document whose case family changed while it was in flight is
  // processed again by the writer (see case_family.h), so it keeps its line.
  struct DocOut {
    std::string record;
    std::string line;
    size_t line_number = 0;
    PublicationStatus status = PublicationStatus::kHeld;
    std::vector<std::string> family_keys;
    std::vector<PersonRecord> people;
    uint64_t family_version = 0;
  };
  struct Out {
    std::vector<DocOut> docs;
    size_t documents = 0;
  };
  CaseFamilies families(options.max_case_families);
  // wenshu check --overdue: the day a due date must be before.
  std::optional<Date> check_as_of;
  if (options.check && options.overdue) {
    check_as_of = options.as_of.empty()
                      ? Date::FromSysDays(std::chrono::floor<std::chrono::days>(
                            std::chrono::system_clock::now()))
                      : Date::ParseIso(options.as_of);
  }
  if (options.check && options.check_format == "table")
    std::cout << CheckReportHeader();
  auto to_out = [&](ProcessedDocument&& doc, DocOut* out) {
    if (!options.check) {
      out->record = FormatJsonRecord(doc, processor.policy());
    } else if (options.check_format == "jsonl") {
      if (!check_as_of || !FormatCheckRow(doc, check_as_of).empty())
        out->record = FormatJsonRecord(doc, processor.policy(), false);
    } else {
      out->record = FormatCheckRow(doc, check_as_of);
    }
    out->status = doc.status;
    out->family_keys = std::move(doc.family_keys);
    out->people = std::move(doc.people);
    out->family_version = doc.family_version;
  };
  size_t lines_read = 0;
  bool at_end = false;
  std::string pending;
  bool has_pending = false;
  RunOrdered<Batch, Out>(
      [&](Batch* batch) {
        if (at_end && !has_pending) return false;
        batch->first_line = lines_read + 1;
        while (batch->total < kBatchBytes) {
          std::string line;
          if (has_pending) {
            line = std::move(pending);
            has_pending = false;
          } else if (!std::getline(std::cin, line)) {
            at_end = true;
            break;
          }
          if (!batch->lines.empty() &&
              batch->total + line.size() > kBatchBytes) {
            pending = std::move(line);
            has_pending = true;
            break;
          }
          batch->total += line.size() + 1;
          batch->lines.push_back(std::move(line));
          ++lines_read;
        }
        return !batch->lines.empty();
      },
      [&](Batch&& batch, size_t) {
        Out out;
        out.docs.resize(batch.lines.size());
        for (size_t k = 0; k < batch.lines.size(); ++k) {
          DocOut& d = out.docs[k];
          d.line_number = batch.first_line + k;
          to_out(processor.ProcessJsonLine(batch.lines[k], d.line_number,
                                           &families),
                 &d);
          if (!d.family_keys.empty()) d.line = std::move(batch.lines[k]);
        }
        out.documents = batch.lines.size();
        return out;
      },
      [&](Out&& out, size_t bytes) {
        std::string records;
        for (DocOut& d : out.docs) {
          if (!families.IsCurrent(d.family_keys, d.family_version)) {
            to_out(processor.ProcessJsonLine(d.line, d.line_number, &families),
                   &d);
          }
          families.Commit(d.family_keys, d.people);
          counts.Add(d.status);
          records += d.record;
        }
        if (!write_failed &&
            !std::cout.write(records.data(), records.size())) {
          write_failed = true;
        }
        progress.Add(out.documents, bytes);
      },
      runner);
  std::cout.flush();
  progress.Finish();
  if (write_failed || !std::cout) {
    std::fprintf(stderr, "wenshu: writing standard output failed: %s\n",
                 std::strerror(errno));
    return 1;
  }
  PrintSummary(counts);
  return 0;
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int RunFiles(const Options& options, const DocumentProcessor& processor) {
  if (!options.out_dir.empty()) {
    if (mkdir(options.out_dir.c_str(), 0755) != 0 && errno != EEXIST) {
      std::fprintf(stderr, "wenshu: cannot create %s: %s\n",
                   options.out_dir.c_str(), std::strerror(errno));
      return 1;
    }
  }
  std::ofstream audit;
  if (!options.out_dir.empty()) {
    audit.open(options.out_dir + "/audit.jsonl",
               std::ios::binary | std::ios::trunc);
    if (!audit) {
      std::fprintf(stderr, "wenshu: cannot write %s/audit.jsonl\n",
                   options.out_dir.c_str());
      return 1;
    }
  }
  ProgressLine progress(options.progress);
  Counts counts;
  bool io_failed = false;
  size_t next_file = 0;
  struct FileItem {
    std::string path;
    size_t size = 0;
    size_t bytes() const { return size; }
  };
  struct Out {
    ProcessedDocument doc;
    std::string path;
  };
  CaseFamilies families(options.max_case_families);
  auto process_file = [&](const std::string& path) {
    InputRecord record;
    record.id = path;
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    Out out{ProcessedDocument{}, path};
    if (!in) {
      out.doc.id = path;
      out.doc.status = PublicationStatus::kHeld;
      out.doc.error = "cannot read " + path + ": " + std::strerror(errno);
      return out;
    }
    Result<DecodedText> decoded = DecodeToUtf8(bytes.str());
    if (!decoded.ok()) {
      out.doc.id = path;
      out.doc.status = PublicationStatus::kHeld;
      out.doc.error = path + ": " + decoded.status().message();
      return out;
    }
    record.text = std::move(decoded.value().utf8);
    out.doc = processor.ProcessRecord(record, &families);
    return out;
  };
  RunOrdered<FileItem, Out>(
      [&](FileItem* item) {
        if (next_file >= options.files.size()) return false;
        item->path = options.files[next_file++];
        struct stat st;
        item->size = stat(item->path.c_str(), &st) == 0
                         ? static_cast<size_t>(st.st_size)
                         : 0;
        return true;
      },
      [&](FileItem&& item, size_t) { return process_file(item.path); },
      [&](Out&& out, size_t) {
        if (!families.IsCurrent(out.doc.family_keys, out.doc.family_version))
          out = process_file(out.path);
        families.Commit(out.doc.family_keys, out.doc.people);
        counts.Add(out.doc.status);
        if (out.doc.status == PublicationStatus::kHeld) {
          std::fprintf(stderr, "wenshu: %s held: %s\n", out.path.c_str(),
                       out.doc.error.c_str());
        }
        if (options.out_dir.empty()) {
          if (out.doc.status == PublicationStatus::kPublished) {
            std::cout << out.doc.public_text;
            if (!out.doc.public_text.empty() &&
                out.doc.public_text.back() != '\n' &&
                options.files.size() > 1) {
              std::cout << '\n';
            }
          }
        } else {
          if (out.doc.status == PublicationStatus::kPublished) {
            const std::string target =
                options.out_dir + "/" + BaseName(out.path);
            std::ofstream file(target, std::ios::binary | std::ios::trunc);
            file << out.doc.public_text;
            if (!file) {
              std::fprintf(stderr, "wenshu: cannot write %s\n", target.c_str());
              io_failed = true;
            }
          }
          audit << FormatJsonRecord(out.doc, processor.policy(),
                                    /*include_text=*/false);
        }
        progress.Add(1, out.doc.input_bytes);
      },
      RunnerOptions{options.threads, options.max_inflight_mb << 20});
  std::cout.flush();
  progress.Finish();
  if (!options.out_dir.empty()) {
    audit.flush();
    std::fprintf(stderr, "wenshu: public texts and audit.jsonl written to %s\n",
                 options.out_dir.c_str());
  }
  PrintSummary(counts);
  if (io_failed || !std::cout || (audit.is_open() && !audit)) return 1;
  return counts.held > 0 ? 3 : 0;
}

int RunTextStdin(const Options& options, const DocumentProcessor& processor) {
  std::stringstream bytes;
  bytes << std::cin.rdbuf();
  Result<DecodedText> decoded = DecodeToUtf8(bytes.str());
  if (!decoded.ok()) {
    std::fprintf(stderr, "wenshu: standard input held: %s\n",
                 decoded.status().message().c_str());
    return 3;
  }
  InputRecord record{"-", std::move(decoded.value().utf8), {}};
  ProcessedDocument doc = processor.ProcessRecord(record);
  if (doc.status != PublicationStatus::kPublished) {
    std::fprintf(stderr, "wenshu: standard input held: %s\n",
                 doc.error.c_str());
    return 3;
  }
  std::cout << doc.public_text;
  return std::cout ? 0 : 1;
}

constexpr char kCaseTermsHelp[] =
    "The --case-terms file must hold one JSON object mapping case numbers to "
    "lists of\nterms, e.g. {\"(2023)京0105民初123号\": [\"配方A-17\", "
    "\"...\"]}; fix it and run again.\n";

// The bytes of a file; `error` gets the reason when it cannot be read.
std::string ReadWholeFile(const std::string& path, std::string* error) {
  struct stat st;
  const int e = stat(path.c_str(), &st) != 0 ? errno
                : S_ISDIR(st.st_mode)        ? EISDIR
                                             : 0;
  if (e != 0) {
    *error = std::strerror(e);
    return "";
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in) *error = std::strerror(errno);
  return bytes.str();
}

// The side file of --case-terms, read and checked before the first
// document: a bad file stops the program.
Result<CaseTermsBook> ReadCaseTerms(const std::string& path) {
  std::string error;
  const std::string bytes = ReadWholeFile(path, &error);
  if (!error.empty()) {
    return Status::IoError("cannot read case terms file " + path + ": " +
                           error);
  }
  Result<CaseTermsBook> book = CaseTermsBook::Parse(bytes);
  if (!book.ok()) {
    return Status::InvalidInput("case terms file " + path + ": " +
                                book.status().message());
  }
  return book;
}

// The line of `file_text` where the key a policy error names (the last
// part of "publication.adult_age", or the quoted unknown key) is written,
// or 0.
int LineOfKeyIn(std::string_view file_text, std::string_view message) {
  static const Regex* key = new Regex(R"(([a-z_]+(?:\.[a-z_]+)+))");
  RegexMatch m;
  if (!key->Search(message, 0, &m)) return 0;
  const std::string_view path = m.groups[1];
  const std::string last(path.substr(path.rfind('.') + 1));
  const size_t at = file_text.find("\"" + last + "\"");
  if (at == std::string_view::npos) return 0;
  return 1 + static_cast<int>(std::count(file_text.begin(),
                                         file_text.begin() + at, '\n'));
}

// The built-in policy, or a court's file laid over it (--policy), checked
// whole before the first document.
Result<Policy> LoadPolicy(const Options& options) {
  const PseudonymScript script = options.pseudonyms == "latin"
                                     ? PseudonymScript::kLatin
                                     : PseudonymScript::kHan;
  if (options.policy_file.empty())
    return Policy::NationalDefault().WithPseudonymScript(script);
  std::string error;
  const std::string text = ReadWholeFile(options.policy_file, &error);
  if (!error.empty()) {
    return Status::IoError("cannot read policy file " + options.policy_file +
                           ": " + error);
  }
  Result<std::string> merged =
      MergeJsonObjects(Policy::DefaultJson(), text);
  if (!merged.ok()) {
    return Status::InvalidInput(options.policy_file + ": " +
                                merged.status().message());
  }
  Result<Policy> policy = Policy::FromJson(merged.value(), options.policy_file);
  if (!policy.ok()) {
    std::string message = policy.status().message();
    // The message starts with the file's name; the key comes after it.
    const int line = LineOfKeyIn(
        text, std::string_view(message).substr(options.policy_file.size()));
    if (line > 0) {
      message.insert(options.policy_file.size(), ":" + std::to_string(line));
    }
    return Status::InvalidInput(message);
  }
  return policy.value().WithPseudonymScript(script);
}

// The party request register, read once before the first document.
Result<RequestIndex> LoadRequests(const Options& options) {
  std::string path = options.requests_file;
  if (path.empty()) {
    path = RequestRegister::DefaultPath();
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return RequestIndex();  // none yet
  }
  RequestRegisterOptions open;
  open.create_if_missing = false;
  Result<RequestRegister> reg = RequestRegister::Open(path, open);
  if (!reg.ok()) return reg.status();
  return reg.value().LoadIndex();
}

int Redact(const std::vector<std::string>& args, bool check = false) {
  Options options;
  options.check = check;
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
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--in-format") {
      auto v = take_value();
      if (!v || (*v != "jsonl" && *v != "text")) {
        return UsageError("--in-format takes jsonl or text");
      }
      options.in_format = *v;
    } else if (arg == "--out") {
      auto v = take_value();
      if (!v || v->empty()) return UsageError("--out takes a directory");
      options.out_dir = *v;
    } else if (arg == "--threads") {
      auto v = take_value();
      std::optional<long> n = v ? ParsePositive(*v) : std::nullopt;
      if (!n || *n > 1024)
        return UsageError("--threads takes a number from 1 to 1024");
      options.threads = static_cast<int>(*n);
    } else if (arg == "--max-inflight-mb") {
      auto v = take_value();
      std::optional<long> n = v ? ParsePositive(*v) : std::nullopt;
      if (!n || *n > 65536)
        return UsageError("--max-inflight-mb takes a number from 1 to 65536");
      options.max_inflight_mb = static_cast<size_t>(*n);
    } else if (arg == "--max-case-families") {
      auto v = take_value();
      std::optional<long> n = v ? ParsePositive(*v) : std::nullopt;
      if (!n || *n > 100000000)
        return UsageError(
            "--max-case-families takes a number from 1 to 100000000");
      options.max_case_families = static_cast<size_t>(*n);
    } else if (arg == "--pseudonyms") {
      auto v = take_value();
      if (!v || (*v != "han" && *v != "latin"))
        return UsageError("--pseudonyms takes han or latin");
      options.pseudonyms = *v;
    } else if (arg == "--case-terms") {
      auto v = take_value();
      if (!v || v->empty()) return UsageError("--case-terms takes a file");
      if (!options.case_terms_file.empty())
        return UsageError("--case-terms may be given once");
      options.case_terms_file = *v;
    } else if (arg == "--policy" || arg == "--requests" ||
               arg == "--holidays") {
      auto v = take_value();
      if (!v || v->empty()) return UsageError(arg + " takes a file");
      (arg == "--policy"     ? options.policy_file
       : arg == "--requests" ? options.requests_file
                             : options.holidays_file) = *v;
    } else if (check && arg == "--format") {
      auto v = take_value();
      if (!v || (*v != "table" && *v != "jsonl"))
        return UsageError("--format takes table or jsonl");
      options.check_format = *v;
    } else if (check && arg == "--overdue") {
      options.overdue = true;
    } else if (check && arg == "--as-of") {
      auto v = take_value();
      if (!v || !Date::ParseIso(*v))
        return UsageError("--as-of takes a date (2024-03-01)");
      options.as_of = *v;
    } else if (arg == "--progress") {
      options.progress = ProgressLine::Mode::kOn;
    } else if (arg == "--no-progress") {
      options.progress = ProgressLine::Mode::kOff;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("unknown option '" + arg + "'");
    } else {
      options.files.push_back(arg);
    }
  }
  if (options.in_format.empty())
    options.in_format = options.files.empty() ? "jsonl" : "text";
  if (options.in_format == "jsonl" && !options.files.empty()) {
    return UsageError(
        "--in-format jsonl reads standard input; give no FILE (use: wenshu "
        "redact < FILE)");
  }
  if (!options.out_dir.empty() && options.files.empty()) {
    return UsageError("--out needs FILEs to read");
  }
  if (check && (!options.files.empty() || options.in_format == "text"))
    return UsageError("check reads JSON Lines on standard input");
  if (!options.as_of.empty() && !options.overdue)
    return UsageError("--as-of goes with --overdue");
  Result<Policy> loaded = LoadPolicy(options);
  if (!loaded.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", loaded.status().message().c_str());
    return 2;
  }
  const Policy policy = std::move(loaded).value();
  Result<RequestIndex> requests = LoadRequests(options);
  if (!requests.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", requests.status().message().c_str());
    return 2;
  }
  WorkCalendar calendar = WorkCalendar::China();
  if (!options.holidays_file.empty()) {
    std::string error;
    const std::string text = ReadWholeFile(options.holidays_file, &error);
    Result<WorkCalendar> loaded_calendar =
        error.empty()
            ? WorkCalendar::FromJson(text, options.holidays_file)
            : Result<WorkCalendar>(Status::IoError(
                  "cannot read calendar file " + options.holidays_file +
                  ": " + error));
    if (!loaded_calendar.ok()) {
      std::fprintf(stderr, "wenshu: %s\n",
                   loaded_calendar.status().message().c_str());
      return 2;
    }
    calendar = std::move(loaded_calendar).value();
  }
  CaseTermsBook case_terms;
  if (!options.case_terms_file.empty()) {
    Result<CaseTermsBook> book = ReadCaseTerms(options.case_terms_file);
    if (!book.ok()) {
      std::fprintf(stderr, "wenshu: %s\n%s", book.status().message().c_str(),
                   kCaseTermsHelp);
      return 2;
    }
    case_terms = std::move(book).value();
  }
  DocumentProcessor processor(policy, DetectorSet::Standard(),
                              std::move(case_terms),
                              std::move(requests).value(), calendar);
  if (policy.people().enabled && !Lexicon::Instance().available()) {
    std::fprintf(stderr,
                 "wenshu: warning: no word list at %s; names after role cues "
                 "are told from ordinary words by stop characters alone "
                 "(install python3-jieba, or set WENSHU_LEXICON)\n",
                 Lexicon::Instance().source().c_str());
  }
  if (options.in_format == "jsonl") return RunJsonLines(options, processor);
  if (options.files.empty()) return RunTextStdin(options, processor);
  return RunFiles(options, processor);
}

// `wenshu names`: the body-name finder alone, for measuring it on named-
// entity sets. Reads {"id", "text"} lines; writes {"id", "persons":
// [[begin, end], ...]} with UTF-8 byte offsets into the text.
int Names(const std::vector<std::string>& args) {
  if (!args.empty()) {
    if (args[0] == "-h" || args[0] == "--help") {
      std::fputs(
          "usage: wenshu names < sentences.jsonl\n\nReads {\"id\", "
          "\"text\"} lines and writes {\"id\", \"persons\": [[begin, "
          "end], ...]}\n(UTF-8 byte offsets): the names the people stage "
          "finds from role and\nkinship cues in running text.\n",
          stdout);
      return 0;
    }
    return UsageError("names takes no arguments; it reads standard input");
  }
  const PeopleFinder finder(Policy::NationalDefault().people());
  std::string line;
  size_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    Result<JsonObject> parsed = JsonObject::Parse(line);
    Result<std::string> text = parsed.ok()
                                   ? parsed.value().GetString("text")
                                   : Result<std::string>(parsed.status());
    if (!text.ok()) {
      std::fprintf(stderr, "wenshu: line %zu: %s\n", line_number,
                   text.status().message().c_str());
      return 1;
    }
    Result<NormalizedText> view =
        NormalizedText::Normalize(text.value());
    std::string record;
    JsonWriter out(&record);
    out.BeginObject();
    if (parsed.value().TypeOf("id") == JsonType::kString)
      out.Key("id").String(parsed.value().GetString("id").value());
    else if (parsed.value().TypeOf("id") == JsonType::kNumber)
      out.Key("id").Int(parsed.value().GetInt("id").value());
    out.Key("persons").BeginArray();
    if (view.ok()) {
      for (const ByteRange& r :
           finder.CandidateNames(view.value().text())) {
        out.BeginArray()
            .Int(static_cast<int64_t>(
                view.value().offsets().ToOriginalBegin(r.begin)))
            .Int(static_cast<int64_t>(
                view.value().offsets().ToOriginalEnd(r.end)))
            .EndArray();
      }
    }
    out.EndArray().EndObject();
    std::cout << record << '\n';
  }
  return std::cout ? 0 : 1;
}

}  // namespace
}  // namespace wenshu

int main(int argc, char** argv) {
  // Documents come and go by the thousand: keep freed memory in the heap
  // instead of returning it to the kernel after every document.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" ||
      args[0] == "help") {
    std::fputs(wenshu::kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::printf("wenshu 0.1.0 (policy %s)\n",
                wenshu::Policy::NationalDefault().version().c_str());
    return 0;
  }
  if (args[0] == "redact") {
    return wenshu::Redact(
        std::vector<std::string>(args.begin() + 1, args.end()));
  }
  if (args[0] == "check") {
    return wenshu::Redact(
        std::vector<std::string>(args.begin() + 1, args.end()), true);
  }
  if (args[0] == "request") {
    return wenshu::RunRequestCommand(
        std::vector<std::string>(args.begin() + 1, args.end()), std::cout,
        std::cerr);
  }
  if (args[0] == "names") {
    return wenshu::Names(
        std::vector<std::string>(args.begin() + 1, args.end()));
  }
  return wenshu::UsageError("unknown command '" + args[0] +
                            "' (commands: redact, check, request, names)");
}
