// The command line of the batch commands, `wenshu redact` and `wenshu
// check`: the usage text, the options in one struct, and the one parser
// that reads them and checks how they combine. Usage errors of every
// command are reported the same way (PrintUsageError).
//
// Stateless and thread-safe. ParseBatchOptions opens no file: whether the
// files the options name can be read is for ProcessorSetup (see
// processor_setup.h) to find out. A malformed command line is an
// InvalidInput status whose message is the usage error's text.
#ifndef WENSHU_PIPELINE_CLI_OPTIONS_H_
#define WENSHU_PIPELINE_CLI_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"
#include "pipeline/progress.h"

namespace wenshu {

// `wenshu --help`, `wenshu redact --help` and `wenshu check --help`.
extern const char kWenshuUsage[];
// `wenshu publish --help`.
extern const char kPublishUsage[];

enum class BatchCommand { kRedact, kCheck, kPublish };

struct BatchOptions {
  bool help = false;      // -h or --help: print kWenshuUsage, nothing else
  // "jsonl", "text", "docx", "html", "xml", or for FILEs "auto" (each
  // file's content tells); after parsing never empty.
  std::string in_format;
  // "utf-8": text files written in UTF-8; "": each in its own encoding.
  std::string out_encoding;
  std::string xml_mapping_file;  // --xml-mapping
  std::string out_dir;
  int threads = 0;  // 0: one per core
  size_t max_inflight_mb = 32;
  size_t max_case_families = 200000;
  ProgressLine::Mode progress = ProgressLine::Mode::kAuto;
  std::string pseudonyms = "han";
  std::string case_terms_file;
  std::string policy_file;
  std::string requests_file;
  std::string holidays_file;
  std::vector<std::string> files;
  // The case-family registry across runs (family_store.h), redact alone:
  // the key file (else $WENSHU_REGISTRY_KEY), a retired key still matched,
  // or the registry explicitly off. check never uses the registry.
  std::string registry_key_file;
  std::string registry_old_key_file;
  bool no_family_registry = false;
  // The per-document budget and duplicate ids (document_processor.h,
  // batch.h): --max-document-mb, --max-document-seconds, --strict-ids.
  size_t max_document_mb = 20;
  double max_document_seconds = 10;
  bool strict_ids = false;
  // wenshu check alone.
  std::string check_format = "table";
  bool overdue = false;
  std::string as_of;  // ISO date; today when empty (check, publish)
  // wenshu publish alone.
  std::string corpus_key_file;  // --corpus-key: keyed pseudonym ids
  size_t per_page = 50;         // --per-page: entries per index page
  bool quiet = false;           // --quiet: no progress, no summary
  // Set by publish, not by a flag: each document keeps its input text for
  // the review report (DocumentProcessor::KeepOriginalText), and a
  // --requests file that does not exist yet is created by the run (it holds
  // the publication registry) instead of refused.
  bool keep_original_text = false;
};

// Parses the words after the command ({"--threads", "2", "a.txt"}): options
// as "--name VALUE" or "--name=VALUE", anything not starting with '-' a
// FILE. -h/--help ends parsing with `help` set (errors before it still
// count). --format, --overdue and --as-of are options of check alone.
Result<BatchOptions> ParseBatchOptions(const std::vector<std::string>& args,
                                       BatchCommand command);

// "wenshu: MESSAGE\nTry 'wenshu --help'.\n", the text of a usage error.
std::string UsageErrorText(const std::string& message);
// Writes UsageErrorText(message) to standard error; returns the exit status
// of a usage error, 2.
int PrintUsageError(const std::string& message);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_CLI_OPTIONS_H_
