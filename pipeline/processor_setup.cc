#include "pipeline/processor_setup.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

#include "core/json.h"
#include "core/regex.h"
#include "pipeline/family_store.h"
#include "pipeline/request_register.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/lexicon.h"

namespace wenshu {
namespace {

constexpr char kCaseTermsHelp[] =
    "The --case-terms file must hold one JSON object mapping case numbers to "
    "lists of\nterms, e.g. {\"(2023)京0105民初123号\": [\"配方A-17\", "
    "\"...\"]}; fix it and run again.";

constexpr char kPolicyHelp[] =
    "\nThe --policy file must be a readable JSON object naming only what the "
    "court\nchanges of the national defaults; fix it, or leave --policy out "
    "to run on the\ndefaults.";
constexpr char kCalendarHelp[] =
    "\nThe --holidays file must be a readable JSON object {\"holidays\": "
    "[...],\n\"workdays\": [...]}; fix it, or leave --holidays out to use "
    "the built-in\ncalendar.";

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

// The side file of --case-terms, if any; a bad one's message ends with
// what the file must hold.
Result<CaseTermsBook> LoadCaseTerms(const BatchOptions& options) {
  const std::string& path = options.case_terms_file;
  if (path.empty()) return CaseTermsBook();
  std::string error;
  const std::string bytes = ReadWholeFile(path, &error);
  if (!error.empty()) {
    return Status::IoError("cannot read case terms file " + path + ": " +
                           error + "\n" + kCaseTermsHelp);
  }
  Result<CaseTermsBook> book = CaseTermsBook::Parse(bytes);
  if (!book.ok()) {
    return Status::InvalidInput("case terms file " + path + ": " +
                                book.status().message() + "\n" +
                                kCaseTermsHelp);
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
  return 1 + static_cast<int>(
                 std::count(file_text.begin(), file_text.begin() + at, '\n'));
}

// The built-in policy, or a court's file laid over it (--policy), checked
// whole.
Result<Policy> LoadPolicy(const BatchOptions& options) {
  const PseudonymScript script = options.pseudonyms == "latin"
                                     ? PseudonymScript::kLatin
                                     : PseudonymScript::kHan;
  if (options.policy_file.empty())
    return Policy::NationalDefault().WithPseudonymScript(script);
  std::string error;
  const std::string text = ReadWholeFile(options.policy_file, &error);
  if (!error.empty()) {
    return Status::IoError("cannot read policy file " + options.policy_file +
                           ": " + error + kPolicyHelp);
  }
  Result<std::string> merged = MergeJsonObjects(Policy::DefaultJson(), text);
  if (!merged.ok()) {
    return Status::InvalidInput(options.policy_file + ": " +
                                merged.status().message() + kPolicyHelp);
  }
  Result<Policy> policy = Policy::FromJson(merged.value(), options.policy_file);
  if (!policy.ok()) {
    // The message starts with the file's name; the key comes after it.
    const std::string message = policy.status().message();
    const std::string_view after_name =
        std::string_view(message).substr(options.policy_file.size());
    const int line = LineOfKeyIn(text, after_name);
    if (line == 0) return Status::InvalidInput(message + kPolicyHelp);
    return Status::InvalidInput(options.policy_file + ":" +
                                std::to_string(line) +
                                std::string(after_name) + kPolicyHelp);
  }
  return policy.value().WithPseudonymScript(script);
}

// The party request register: --requests, else the default path when that
// file exists, else none.
Result<RequestIndex> LoadRequests(const BatchOptions& options) {
  std::string path = options.requests_file;
  if (path.empty() || options.keep_original_text) {
    // None named and none yet, or publish's, which creates the database
    // for its registry: no request yet.
    if (path.empty()) path = RequestRegister::DefaultPath();
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return RequestIndex();  // none yet
  }
  RequestRegisterOptions open;
  open.create_if_missing = false;
  Result<RequestRegister> reg = RequestRegister::Open(path, open);
  if (!reg.ok()) return reg.status();
  return reg.value().LoadIndex();
}

// The case-family registry across runs (family_store.h), in the register
// database: on with a key (--registry-key, else $WENSHU_REGISTRY_KEY),
// which creates the database when it is missing; none with
// --no-family-registry. Without a key, a database that holds a registry
// is refused: a run that cannot read what earlier runs protected would
// publish it (fail closed).
Result<std::unique_ptr<FamilyRegistry>> OpenFamilyRegistry(
    const BatchOptions& options) {
  if (options.no_family_registry) return std::unique_ptr<FamilyRegistry>();
  std::string key_path = options.registry_key_file;
  if (key_path.empty()) {
    const char* env = std::getenv("WENSHU_REGISTRY_KEY");
    if (env != nullptr) key_path = env;
  }
  const std::string db_path = options.requests_file.empty()
                                  ? RequestRegister::DefaultPath()
                                  : options.requests_file;
  if (key_path.empty()) {
    if (!options.registry_old_key_file.empty()) {
      return Status::InvalidInput(
          "--registry-old-key needs the new key: give --registry-key FILE "
          "(hashes are written under it)");
    }
    struct stat st;
    if (stat(db_path.c_str(), &st) != 0)
      return std::unique_ptr<FamilyRegistry>();
    Result<std::unique_ptr<SqliteFamilyStore>> store =
        SqliteFamilyStore::Open(db_path);
    if (!store.ok()) return store.status();
    Result<int64_t> people = store.value()->PeopleCount();
    if (!people.ok()) return people.status();
    if (people.value() > 0) {
      return Status::InvalidInput(
          db_path + " holds a case-family registry (" +
          std::to_string(people.value()) +
          " protected persons of earlier runs) and no key was given to read "
          "it; give --registry-key FILE (or set WENSHU_REGISTRY_KEY), or "
          "--no-family-registry to run without it");
    }
    return std::unique_ptr<FamilyRegistry>();
  }
  Result<RegistryKey> key = RegistryKey::Load(key_path);
  if (!key.ok()) return key.status();
  std::vector<RegistryKey> old_keys;
  if (!options.registry_old_key_file.empty()) {
    Result<RegistryKey> old = RegistryKey::Load(options.registry_old_key_file);
    if (!old.ok()) return old.status();
    if (old.value().id() == key.value().id()) {
      return Status::InvalidInput("--registry-old-key " +
                                  options.registry_old_key_file +
                                  " is the same key as " + key_path);
    }
    old_keys.push_back(std::move(old).value());
  }
  Result<std::unique_ptr<SqliteFamilyStore>> store =
      SqliteFamilyStore::Open(db_path);
  if (!store.ok()) return store.status();
  return std::make_unique<FamilyRegistry>(
      std::move(store).value(), std::move(key).value(), std::move(old_keys));
}

// The built-in calendar, or --holidays instead.
Result<WorkCalendar> LoadCalendar(const BatchOptions& options) {
  if (options.holidays_file.empty()) return WorkCalendar::China();
  std::string error;
  const std::string text = ReadWholeFile(options.holidays_file, &error);
  if (!error.empty()) {
    return Status::IoError("cannot read calendar file " +
                           options.holidays_file + ": " + error +
                           kCalendarHelp);
  }
  Result<WorkCalendar> calendar =
      WorkCalendar::FromJson(text, options.holidays_file);
  if (!calendar.ok())
    return Status::InvalidInput(calendar.status().message() + kCalendarHelp);
  return calendar;
}

}  // namespace

Result<std::unique_ptr<ProcessorSetup>> ProcessorSetup::Load(
    const BatchOptions& options) {
  Result<Policy> policy = LoadPolicy(options);
  if (!policy.ok()) return policy.status();
  // Before the requests: it creates the register database when missing.
  Result<std::unique_ptr<FamilyRegistry>> registry =
      OpenFamilyRegistry(options);
  if (!registry.ok()) return registry.status();
  Result<RequestIndex> requests = LoadRequests(options);
  if (!requests.ok()) return requests.status();
  Result<WorkCalendar> calendar = LoadCalendar(options);
  if (!calendar.ok()) return calendar.status();
  Result<CaseTermsBook> case_terms = LoadCaseTerms(options);
  if (!case_terms.ok()) return case_terms.status();
  std::unique_ptr<ProcessorSetup> setup(new ProcessorSetup(
      std::move(policy).value(), std::move(calendar).value()));
  DocumentBudget budget;
  budget.max_bytes = options.max_document_mb << 20;
  budget.max_time =
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
          std::chrono::duration<double>(options.max_document_seconds));
  auto processor = std::make_unique<DocumentProcessor>(
      setup->policy_, DetectorSet::Standard(), std::move(case_terms).value(),
      std::move(requests).value(), setup->calendar_, budget);
  processor->KeepOriginalText(options.keep_original_text);
  setup->processor_ = std::move(processor);
  setup->family_registry_ = std::move(registry).value();
  return setup;
}

BatchRunOptions ProcessorSetup::RunOptions(const BatchOptions& options) const {
  BatchRunOptions run = RunOptionsFor(options);
  run.family_registry = family_registry_.get();
  return run;
}

std::string ProcessorSetup::RegistryWriteError() const {
  if (family_registry_ == nullptr) return "";
  const Status s = family_registry_->write_status();
  if (s.ok()) return "";
  return "case-family registry: " + s.message() +
         "; the persons this run protected were not all recorded, so a "
         "later run may not protect them: fix the database and run these "
         "documents again";
}

std::string ProcessorSetup::WordListError() const {
  if (!policy_.people().enabled || Lexicon::Instance().available()) return "";
  return "no word list at " + Lexicon::Instance().source() +
         ": without it names cannot be told from ordinary words; install "
         "python3-jieba (scripts/test does), or set WENSHU_LEXICON to "
         "jieba's dict.txt";
}

namespace {

// Why standard input, when no FILE is named, is a directory, before
// anything is read; empty when it is not. (A FILE that is a directory is
// read as a tree of files; one that cannot be read is a held record.)
std::string UnusableInput(const BatchOptions& options) {
  struct stat st;
  if (options.files.empty() && fstat(0, &st) == 0 && S_ISDIR(st.st_mode))
    return "standard input is a directory; redirect a file, e.g. "
           "`wenshu redact < batch.jsonl`, or name it: `wenshu redact DIR "
           "--out OUT`";
  return "";
}

}  // namespace

int RunBatchCommand(
    const std::vector<std::string>& args, BatchCommand command,
    std::ostream& out,
    const std::function<int(const BatchOptions&, const ProcessorSetup&)>& run) {
  Result<BatchOptions> options = ParseBatchOptions(args, command);
  if (!options.ok()) return PrintUsageError(options.status().message());
  if (options.value().help) {
    out << (command == BatchCommand::kPublish ? kPublishUsage : kWenshuUsage);
    return 0;
  }
  // publish shows staff each document's original beside its public text.
  if (command == BatchCommand::kPublish)
    options.value().keep_original_text = true;
  Result<std::unique_ptr<ProcessorSetup>> setup =
      ProcessorSetup::Load(options.value());
  if (!setup.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", setup.status().message().c_str());
    return 2;
  }
  for (const std::string& error :
       {setup.value()->WordListError(), UnusableInput(options.value())}) {
    if (!error.empty()) {
      std::fprintf(stderr, "wenshu: %s\n", error.c_str());
      return 2;
    }
  }
  const int status = run(options.value(), *setup.value());
  if (const std::string error = setup.value()->RegistryWriteError();
      !error.empty()) {
    std::fprintf(stderr, "wenshu: %s\n", error.c_str());
    return status == 0 ? 1 : status;
  }
  return status;
}

}  // namespace wenshu
