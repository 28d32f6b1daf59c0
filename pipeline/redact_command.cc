#include "pipeline/redact_command.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/encoding.h"
#include "core/input_record.h"
#include "pipeline/batch.h"
#include "pipeline/processor_setup.h"
#include "publishers/jsonl_publisher.h"

namespace wenshu {
namespace {

// The FILEs, one document each, read and decoded on the worker.
class FileListSource : public DocumentSource {
 public:
  FileListSource(const std::vector<std::string>& files,
                 const DocumentProcessor& processor)
      : files_(files), processor_(processor) {}

  bool Next(SourceBatch* batch) override {
    batch->documents.clear();
    if (next_file_ >= files_.size()) return false;
    const std::string& path = files_[next_file_++];
    batch->documents.push_back({path, 0});
    struct stat st;
    batch->input_bytes =
        stat(path.c_str(), &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
    return true;
  }

  ProcessedDocument Process(const SourceDocument& document,
                            const CaseFamilies* families) const override {
    const std::string& path = document.input;
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in)
      return HeldFile(path,
                      "cannot read " + path + ": " + std::strerror(errno));
    Result<DecodedText> decoded = DecodeToUtf8(bytes.str());
    if (!decoded.ok())
      return HeldFile(path, path + ": " + decoded.status().message());
    InputRecord record;
    record.id = path;
    record.text = std::move(decoded.value().utf8);
    return processor_.ProcessRecord(record, families);
  }

  size_t ProgressBytes(const SourceDocument&,
                       const ProcessedDocument& processed) const override {
    return processed.input_bytes;
  }

 private:
  static ProcessedDocument HeldFile(const std::string& path,
                                    std::string error) {
    ProcessedDocument doc;
    doc.id = path;
    doc.status = PublicationStatus::kHeld;
    doc.error = std::move(error);
    return doc;
  }

  const std::vector<std::string>& files_;
  const DocumentProcessor& processor_;
  size_t next_file_ = 0;
};

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The public texts of FILEs: on `out` (a line break between texts that
// lack one when there are several), or each in its own file under
// `out_dir` with an audit record in out_dir/audit.jsonl.
class FileTextsOutput : public BatchOutput {
 public:
  FileTextsOutput(std::ostream& out, const BatchOptions& options,
                  const Policy& policy)
      : out_(out),
        out_dir_(options.out_dir),
        several_files_(options.files.size() > 1),
        policy_(policy) {}

  // Creates the directory and the audit file; false (said on standard
  // error) when it cannot.
  bool Open() {
    if (out_dir_.empty()) return true;
    if (mkdir(out_dir_.c_str(), 0755) != 0 && errno != EEXIST) {
      std::fprintf(stderr, "wenshu: cannot create %s: %s\n", out_dir_.c_str(),
                   std::strerror(errno));
      return false;
    }
    audit_.open(out_dir_ + "/audit.jsonl", std::ios::binary | std::ios::trunc);
    if (!audit_) {
      std::fprintf(stderr, "wenshu: cannot write %s/audit.jsonl\n",
                   out_dir_.c_str());
      return false;
    }
    return true;
  }

  void Format(const SourceDocument& source, const ProcessedDocument& document,
              FormattedDocument* formatted) const override {
    formatted->name = source.input;
    if (document.status == PublicationStatus::kPublished)
      formatted->public_text = document.public_text;
    if (!out_dir_.empty()) {
      formatted->record =
          FormatJsonRecord(document, policy_, /*include_text=*/false);
    }
  }

  void Write(FormattedDocument&& document) override {
    const bool published = document.status == PublicationStatus::kPublished;
    if (document.status == PublicationStatus::kHeld) {
      std::fprintf(stderr, "wenshu: %s held: %s\n", document.name.c_str(),
                   document.error.c_str());
    }
    if (out_dir_.empty()) {
      if (!published) return;
      const std::string& text = document.public_text;
      errno = 0;
      out_ << text;
      if (!text.empty() && text.back() != '\n' && several_files_) out_ << '\n';
      NoteOutFailure();
      return;
    }
    if (published) {
      const std::string target = out_dir_ + "/" + BaseName(document.name);
      errno = 0;
      std::ofstream file(target, std::ios::binary | std::ios::trunc);
      file << document.public_text;
      file.flush();
      if (!file) {
        std::fprintf(stderr, "wenshu: cannot write %s: %s\n", target.c_str(),
                     errno != 0 ? std::strerror(errno) : "write failed");
        io_failed_ = true;
      }
    }
    audit_ << document.record;
  }

  void Flush() override {
    errno = 0;
    out_.flush();
    NoteOutFailure();
  }

  // After the batch: the closing message and summary; the exit status.
  int Finish(const BatchCounts& counts) {
    if (!out_error_.empty()) {
      std::fprintf(stderr, "wenshu: writing standard output failed: %s\n",
                   out_error_.c_str());
    }
    if (!out_dir_.empty()) {
      audit_.flush();
      std::fprintf(stderr,
                   "wenshu: public texts and audit.jsonl written to %s\n",
                   out_dir_.c_str());
    }
    PrintBatchSummary(counts);
    if (io_failed_ || !out_ || (audit_.is_open() && !audit_)) return 1;
    return counts.held > 0 ? 3 : 0;
  }

 private:
  std::ostream& out_;
  const std::string out_dir_;
  const bool several_files_;
  const Policy& policy_;
  // The first failure writing `out_`, as errno said it when it happened.
  void NoteOutFailure() {
    if (out_ || !out_error_.empty()) return;
    out_error_ = errno != 0 ? std::strerror(errno) : "the stream was closed";
  }

  std::ofstream audit_;
  bool io_failed_ = false;
  std::string out_error_;
};

// The one text on standard input (--in-format text, no FILE), read whole.
// It stands alone: no case family reaches it.
class WholeTextSource : public DocumentSource {
 public:
  WholeTextSource(std::istream& in, const DocumentProcessor& processor)
      : in_(in), processor_(processor) {}

  bool Next(SourceBatch* batch) override {
    batch->documents.clear();
    if (read_) return false;
    read_ = true;
    std::stringstream bytes;
    bytes << in_.rdbuf();
    Result<DecodedText> decoded = DecodeToUtf8(bytes.str());
    if (decoded.ok()) {
      text_ = std::move(decoded.value().utf8);
    } else {
      decode_error_ = decoded.status().message();
    }
    batch->documents.push_back({});
    batch->input_bytes = text_.size();
    return true;
  }

  ProcessedDocument Process(const SourceDocument&,
                            const CaseFamilies*) const override {
    if (!decode_error_.empty()) {
      ProcessedDocument doc;
      doc.status = PublicationStatus::kHeld;
      doc.error = decode_error_;
      return doc;
    }
    return processor_.ProcessRecord(InputRecord{"-", text_, {}});
  }

  size_t ProgressBytes(const SourceDocument&,
                       const ProcessedDocument& processed) const override {
    return processed.input_bytes;
  }

 private:
  std::istream& in_;
  const DocumentProcessor& processor_;
  bool read_ = false;
  std::string text_;
  std::string decode_error_;
};

// The public text of the one text on standard input, or why it is not
// published.
class WholeTextOutput : public BatchOutput {
 public:
  explicit WholeTextOutput(std::ostream& out) : out_(out) {}

  void Format(const SourceDocument&, const ProcessedDocument& document,
              FormattedDocument* formatted) const override {
    formatted->public_text = document.public_text;
  }

  void Write(FormattedDocument&& document) override {
    published_ = document.status == PublicationStatus::kPublished;
    if (!published_) {
      std::fprintf(stderr, "wenshu: standard input held: %s\n",
                   document.error.c_str());
      return;
    }
    out_ << document.public_text;
  }

  int Finish() const {
    if (!published_) return 3;
    return out_ ? 0 : 1;
  }

 private:
  std::ostream& out_;
  bool published_ = false;
};

int RedactFiles(const BatchOptions& options, const ProcessorSetup& setup,
                std::ostream& out) {
  FileListSource source(options.files, setup.processor());
  FileTextsOutput output(out, options, setup.policy());
  if (!output.Open()) return 1;
  return output.Finish(RunBatch(source, output, RunOptionsFor(options)));
}

int RedactWholeText(const BatchOptions& options, const ProcessorSetup& setup,
                    std::istream& in, std::ostream& out) {
  WholeTextSource source(in, setup.processor());
  WholeTextOutput output(out);
  BatchRunOptions run = RunOptionsFor(options);
  run.progress = ProgressLine::Mode::kOff;  // one document
  RunBatch(source, output, run);
  return output.Finish();
}

}  // namespace

int RunRedactCommand(const std::vector<std::string>& args, std::istream& in,
                     std::ostream& out) {
  return RunBatchCommand(
      args, BatchCommand::kRedact, out,
      [&](const BatchOptions& options, const ProcessorSetup& setup) {
        if (options.in_format == "jsonl") {
          const Policy& policy = setup.policy();
          return RunJsonLinesBatch(
              in, out, "", setup.processor(),
              [&policy](const ProcessedDocument& doc) {
                return FormatJsonRecord(doc, policy);
              },
              RunOptionsFor(options));
        }
        if (options.files.empty())
          return RedactWholeText(options, setup, in, out);
        return RedactFiles(options, setup, out);
      });
}

}  // namespace wenshu
