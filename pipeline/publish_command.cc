#include "pipeline/publish_command.h"

#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>

#include "core/date.h"
#include "core/xml_case_reader.h"
#include "pipeline/batch.h"
#include "pipeline/file_source.h"
#include "pipeline/input_tree.h"
#include "pipeline/output_files.h"
#include "pipeline/processor_setup.h"
#include "pipeline/publication_registry.h"
#include "pipeline/publish_output.h"
#include "pipeline/request_register.h"

namespace wenshu {
namespace {

// Several JSON Lines files read as one stream, a line break added after a
// file that does not end with one.
class ConcatenatedFiles : public std::streambuf {
 public:
  explicit ConcatenatedFiles(std::vector<std::string> paths)
      : paths_(std::move(paths)) {}

  // The first file that could not be opened or read, with the reason.
  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override {
    while (true) {
      if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
      if (!file_.is_open()) {
        if (next_ >= paths_.size()) return traits_type::eof();
        file_.open(paths_[next_], std::ios::binary);
        if (!file_) {
          error_ = "cannot read " + paths_[next_] + ": " + std::strerror(errno);
          return traits_type::eof();
        }
        ++next_;
        last_ = '\n';
      }
      file_.read(buffer_, sizeof buffer_);
      const std::streamsize got = file_.gcount();
      if (got > 0) {
        last_ = buffer_[got - 1];
        setg(buffer_, buffer_, buffer_ + got);
        continue;
      }
      if (file_.bad()) {
        error_ = "cannot read " + paths_[next_ - 1] + ": " +
                 std::strerror(errno);
        return traits_type::eof();
      }
      file_.close();
      if (last_ != '\n') {
        buffer_[0] = '\n';
        last_ = '\n';
        setg(buffer_, buffer_, buffer_ + 1);
      }
    }
  }

 private:
  std::vector<std::string> paths_;
  size_t next_ = 0;
  std::ifstream file_;
  char buffer_[1 << 16];
  char last_ = '\n';
  std::string error_;
};

size_t FileSize(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
}

std::string Joined(const std::map<std::string, size_t>& counts) {
  std::string out;
  for (const auto& [name, n] : counts) {
    if (!out.empty()) out += ", ";
    out += name + " " + std::to_string(n);
  }
  return out;
}

void PrintSummary(const PublishCounts& c, const OutputFiles& files,
                  double seconds, const std::string& out_dir) {
  const size_t total = c.published + c.withheld + c.held;
  std::fprintf(stderr,
               "wenshu: %zu documents in %.1f s (%.1f MB/s): %zu published, "
               "%zu withheld, %zu held\n",
               total, seconds, c.input_bytes / 1e6 / std::max(seconds, 1e-6),
               c.published, c.withheld, c.held);
  if (!c.withheld_by_ground.empty())
    std::fprintf(stderr, "  withheld by ground: %s\n",
                 Joined(c.withheld_by_ground).c_str());
  if (!c.held_by_reason.empty())
    std::fprintf(stderr, "  held by reason: %s\n",
                 Joined(c.held_by_reason).c_str());
  if (!c.redactions.empty())
    std::fprintf(stderr, "  redactions by category: %s\n",
                 Joined(c.redactions).c_str());
  std::fprintf(stderr,
               "  registry: %zu new, %zu changed, %zu unchanged, %zu "
               "withdrawn",
               c.new_, c.changed, c.unchanged, c.withdrawn);
  if (c.still_withdrawn > 0)
    std::fprintf(stderr, ", %zu kept withdrawn", c.still_withdrawn);
  std::fputc('\n', stderr);
  if (c.family_conflicts > 0) {
    std::fprintf(stderr,
                 "  final scan: %zu withdrawn for review (a value protected "
                 "in another document of the case family)\n",
                 c.family_conflicts);
  }
  std::fprintf(stderr, "  files: %zu written, %zu unchanged, %zu removed\n",
               files.written(), files.unchanged(), files.removed());
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) == 0)
    std::fprintf(stderr, "  peak memory %.1f MB\n", usage.ru_maxrss / 1024.0);
  std::fprintf(stderr,
               "wenshu: %s/site is the public website; %s/corpus is for "
               "researchers; %s/review holds ORIGINAL TEXT, for court staff "
               "only\n",
               out_dir.c_str(), out_dir.c_str(), out_dir.c_str());
  if (c.held > 0) {
    std::fprintf(stderr,
                 "wenshu: %zu document%s held for review: open "
                 "%s/review/index.html\n",
                 c.held, c.held == 1 ? "" : "s", out_dir.c_str());
  }
}

int Publish(const BatchOptions& options, const ProcessorSetup& setup,
            std::istream& in) {
  const auto start = std::chrono::steady_clock::now();
  PublishOptions publish;
  publish.as_of = *Date::ParseIso(options.as_of.empty()
                                     ? UtcTimestampNow().substr(0, 10)
                                                        : options.as_of);
  publish.per_page = options.per_page;
  publish.generator = "wenshu 0.1.0";
  if (!options.corpus_key_file.empty()) {
    std::ifstream key_in(options.corpus_key_file, std::ios::binary);
    std::stringstream key;
    key << key_in.rdbuf();
    if (!key_in) {
      std::fprintf(stderr, "wenshu: cannot read --corpus-key %s: %s\n",
                   options.corpus_key_file.c_str(), std::strerror(errno));
      return 2;
    }
    if (key.str().size() < 16) {
      std::fprintf(stderr,
                   "wenshu: --corpus-key %s holds %zu bytes; a key needs 16 "
                   "or more (e.g. head -c 32 /dev/urandom > %s)\n",
                   options.corpus_key_file.c_str(), key.str().size(),
                   options.corpus_key_file.c_str());
      return 2;
    }
    publish.corpus_key = key.str();
  }

  // The inputs: JSON Lines, or files in the formats redact reads.
  bool json_lines = options.in_format == "jsonl";
  if (options.in_format == "auto") {
    json_lines = true;
    for (const std::string& f : options.files)
      if (!f.ends_with(".jsonl")) json_lines = false;
  }
  InputTree tree;
  size_t total_bytes = 0;
  if (!json_lines) {
    Result<InputTree> listed = ListInputs(options.files, options.out_dir);
    if (!listed.ok()) {
      std::fprintf(stderr, "wenshu: %s\n", listed.status().message().c_str());
      return 2;
    }
    tree = std::move(listed).value();
    if (tree.files.empty()) {
      std::fprintf(stderr,
                   "wenshu: no file to read in %s (names starting with '.' "
                   "and links are left out)\n",
                   options.files[0].c_str());
      return 2;
    }
    for (const InputFile& f : tree.files) total_bytes += FileSize(f.path);
  } else {
    for (const std::string& f : options.files) {
      struct stat st;
      if (stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        std::fprintf(stderr, "wenshu: cannot read %s: %s\n", f.c_str(),
                     stat(f.c_str(), &st) != 0 ? std::strerror(errno)
                                               : "not a file");
        return 2;
      }
      total_bytes += static_cast<size_t>(st.st_size);
    }
  }

  XmlMapping mapping;
  Result<FileFormatOptions> formats = FileFormatOptionsFor(options, &mapping);
  if (!formats.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", formats.status().message().c_str());
    return 2;
  }

  const std::string db = options.requests_file.empty()
                             ? RequestRegister::DefaultPath()
                             : options.requests_file;
  auto registry = SqlitePublicationRegistry::Open(db);
  if (!registry.ok()) {
    std::fprintf(stderr, "wenshu: the publication registry %s: %s\n",
                 db.c_str(), registry.status().message().c_str());
    return 2;
  }
  Result<OutputFiles> files = OutputFiles::Open(options.out_dir);
  if (!files.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", files.status().message().c_str());
    return 1;
  }
  PublishOutput output(files.value(), *registry.value(), setup.policy(),
                       publish);
  if (!output.Open()) return 1;

  BatchRunOptions run = setup.RunOptions(options);
  run.total_bytes = total_bytes;
  run.total_documents = json_lines ? 0 : tree.files.size();
  if (!options.quiet) run.plain_progress_every = std::chrono::seconds(10);

  std::string read_error;
  if (json_lines && !options.files.empty()) {
    ConcatenatedFiles buffer(options.files);
    std::istream stream(&buffer);
    JsonLinesSource source(stream, setup.processor());
    RunBatch(source, output, run);
    read_error = buffer.error();
  } else if (json_lines) {
    JsonLinesSource source(in, setup.processor());
    RunBatch(source, output, run);
    if (in.bad()) read_error = "reading standard input failed";
  } else {
    if (tree.skipped > 0 && !options.quiet) {
      std::fprintf(stderr,
                   "wenshu: %zu entr%s left out (names starting with '.', "
                   "links, --out itself)\n",
                   tree.skipped, tree.skipped == 1 ? "y" : "ies");
    }
    FileListSource source(tree.files, setup.processor(), formats.value());
    RunBatch(source, output, run);
  }
  if (!read_error.empty()) {
    // A run that did not read all its input records nothing.
    std::fprintf(stderr, "wenshu: %s; nothing recorded\n", read_error.c_str());
    return 1;
  }
  const int status = output.Finish();
  const double seconds = std::chrono::duration<double>(
                             std::chrono::steady_clock::now() - start)
                             .count();
  if (!options.quiet)
    PrintSummary(output.counts(), files.value(), seconds, options.out_dir);
  return status;
}

}  // namespace

int RunPublishCommand(const std::vector<std::string>& args, std::istream& in,
                      std::ostream& out) {
  return RunBatchCommand(
      args, BatchCommand::kPublish, out,
      [&](const BatchOptions& options, const ProcessorSetup& setup) {
        return Publish(options, setup, in);
      });
}

}  // namespace wenshu
