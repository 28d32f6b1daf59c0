#include "pipeline/redact_command.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "core/encoding.h"
#include "core/input_record.h"
#include "core/xml_case_reader.h"
#include "pipeline/batch.h"
#include "pipeline/file_formats.h"
#include "pipeline/file_source.h"
#include "pipeline/input_tree.h"
#include "pipeline/processor_setup.h"
#include "publishers/jsonl_publisher.h"

namespace wenshu {
namespace {

// The public texts of the input files: on `out` (a line break between
// texts that lack one when there are several), or each in its own file
// under `out_dir` at its input's output name (the input tree mirrored, see
// input_tree.h) with an audit record in out_dir/audit.jsonl.
class FileTextsOutput : public BatchOutput {
 public:
  FileTextsOutput(std::ostream& out, const BatchOptions& options,
                  const std::vector<InputFile>& files, const Policy& policy)
      : out_(out),
        out_dir_(options.out_dir),
        several_files_(files.size() > 1),
        files_(files),
        policy_(policy) {}

  // Checks that every input has an output name of its own, creates the
  // directory and starts the audit; false (said on standard error, exit
  // status in `*exit_code`) when it cannot.
  bool Open(int* exit_code) {
    if (out_dir_.empty()) return true;
    // Two inputs that would write one file, or an input named like the
    // run's own audit, are refused before anything is written.
    std::map<std::string, std::string> owner;  // output name -> input
    for (const InputFile& file : files_) {
      const std::string& path = file.path;
      const std::string& name = file.output_name;
      if (name == kAuditName || name == kAuditName + kPartSuffix ||
          name.ends_with(kPartSuffix)) {
        std::fprintf(stderr,
                     "wenshu: %s would be written over the run's own %s; "
                     "rename it\n",
                     path.c_str(), name.c_str());
        *exit_code = 2;
        return false;
      }
      auto [it, inserted] = owner.emplace(name, path);
      if (!inserted) {
        std::fprintf(stderr,
                     "wenshu: %s and %s would both be written to %s/%s; "
                     "run them into different --out directories\n",
                     it->second.c_str(), path.c_str(), out_dir_.c_str(),
                     name.c_str());
        *exit_code = 2;
        return false;
      }
    }
    *exit_code = 1;
    if (mkdir(out_dir_.c_str(), 0755) != 0 && errno != EEXIST) {
      std::fprintf(stderr, "wenshu: cannot create %s: %s\n", out_dir_.c_str(),
                   std::strerror(errno));
      return false;
    }
    // audit.jsonl appears only when a run has finished: an earlier run's
    // goes first, this run's is written under a temporary name.
    const std::string audit = out_dir_ + "/" + kAuditName;
    if (std::remove(audit.c_str()) != 0 && errno != ENOENT) {
      std::fprintf(stderr, "wenshu: cannot replace %s: %s\n", audit.c_str(),
                   std::strerror(errno));
      return false;
    }
    audit_.open(audit + kPartSuffix, std::ios::binary | std::ios::trunc);
    if (!audit_) {
      std::fprintf(stderr, "wenshu: cannot write %s%s: %s\n", audit.c_str(),
                   kPartSuffix.c_str(), std::strerror(errno));
      return false;
    }
    return true;
  }

  void Format(const SourceDocument& source, const ProcessedDocument& document,
              FormattedDocument* formatted) const override {
    formatted->name = source.input;
    if (document.status == PublicationStatus::kPublished) {
      // Under --out a document is written in its own format (a .docx as a
      // .docx); on standard output as text.
      formatted->public_text = !out_dir_.empty() && !document.public_file.empty()
                                   ? document.public_file
                                   : document.public_text;
    }
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
    const std::string target = out_dir_ + "/" + files_[written_++].output_name;
    if (published) {
      if (!MakeParents(target)) {
        io_failed_ = true;
        audit_ << document.record;
        return;
      }
      // Written under a temporary name and renamed: a reader never sees a
      // public file half written.
      const std::string part = target + kPartSuffix;
      errno = 0;
      std::ofstream file(part, std::ios::binary | std::ios::trunc);
      file << document.public_text;
      file.close();
      if (!file || std::rename(part.c_str(), target.c_str()) != 0) {
        std::fprintf(stderr, "wenshu: cannot write %s: %s\n", target.c_str(),
                     errno != 0 ? std::strerror(errno) : "write failed");
        std::remove(part.c_str());
        io_failed_ = true;
      }
    } else if (std::remove((target + kPartSuffix).c_str()),
               std::remove(target.c_str()) == 0) {
      // A public text an earlier run left for a document that is no
      // longer published (withheld, or held) is taken down.
      ++taken_down_;
      std::fprintf(stderr, "wenshu: %s taken down: now %s\n", target.c_str(),
                   PublicationStatusName(document.status).data());
    } else if (errno != ENOENT) {
      std::fprintf(stderr, "wenshu: cannot take down %s: %s\n",
                   target.c_str(), std::strerror(errno));
      io_failed_ = true;
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
      // The audit is renamed into place last: its presence says the run
      // finished.
      const std::string audit = out_dir_ + "/" + kAuditName;
      audit_.close();
      if (!audit_ ||
          std::rename((audit + kPartSuffix).c_str(), audit.c_str()) != 0) {
        std::fprintf(stderr, "wenshu: cannot write %s: %s\n", audit.c_str(),
                     std::strerror(errno));
        io_failed_ = true;
      } else {
        std::fprintf(stderr,
                     "wenshu: public texts and audit.jsonl written to %s\n",
                     out_dir_.c_str());
      }
      if (taken_down_ > 0) {
        std::fprintf(stderr,
                     "wenshu: %zu public text%s of an earlier run taken down\n",
                     taken_down_, taken_down_ == 1 ? "" : "s");
      }
    }
    PrintBatchSummary(counts);
    if (io_failed_ || !out_) return 1;
    return counts.held > 0 ? 3 : 0;
  }

 private:
  // Creates the directories above `target` below out_dir_ (a mirrored
  // tree's folders); false, said on standard error, when it cannot.
  bool MakeParents(const std::string& target) {
    for (size_t slash = target.find('/', out_dir_.size() + 1);
         slash != std::string::npos; slash = target.find('/', slash + 1)) {
      const std::string dir = target.substr(0, slash);
      if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
        std::fprintf(stderr, "wenshu: cannot create %s: %s\n", dir.c_str(),
                     std::strerror(errno));
        return false;
      }
    }
    return true;
  }

  std::ostream& out_;
  const std::string out_dir_;
  const bool several_files_;
  const std::vector<InputFile>& files_;
  size_t written_ = 0;
  const Policy& policy_;
  // The first failure writing `out_`, as errno said it when it happened.
  void NoteOutFailure() {
    if (out_ || !out_error_.empty()) return;
    out_error_ = errno != 0 ? std::strerror(errno) : "the stream was closed";
  }

  static inline const std::string kAuditName = "audit.jsonl";
  static inline const std::string kPartSuffix = ".part";

  std::ofstream audit_;
  bool io_failed_ = false;
  size_t taken_down_ = 0;
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
    // Read up to the size budget; the rest of a larger input is counted
    // and dropped, and the document held unread.
    const size_t max_bytes = processor_.budget().max_bytes;
    std::string bytes;
    size_t total = 0;
    char piece[64 << 10];
    while (in_.read(piece, sizeof piece) || in_.gcount() > 0) {
      const size_t got = static_cast<size_t>(in_.gcount());
      total += got;
      if (total <= max_bytes) bytes.append(piece, got);
    }
    if (total > max_bytes) {
      decode_error_ = processor_.budget().OverSize(total);
      batch->documents.push_back({});
      batch->input_bytes = 0;
      return true;
    }
    Result<DecodedText> decoded = DecodeToUtf8(bytes);
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
  Result<InputTree> tree = ListInputs(options.files, options.out_dir);
  if (!tree.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", tree.status().message().c_str());
    return 2;
  }
  if (tree.value().files.empty()) {
    std::fprintf(stderr,
                 "wenshu: no file to read in %s (names starting with '.' "
                 "and links are left out)\n",
                 options.files[0].c_str());
    return 2;
  }
  XmlMapping mapping;
  Result<FileFormatOptions> formats = FileFormatOptionsFor(options, &mapping);
  if (!formats.ok()) {
    std::fprintf(stderr, "wenshu: %s\n", formats.status().message().c_str());
    return 2;
  }
  FileListSource source(tree.value().files, setup.processor(),
                        formats.value());
  FileTextsOutput output(out, options, tree.value().files, setup.policy());
  if (int exit_code = 0; !output.Open(&exit_code)) return exit_code;
  if (tree.value().skipped > 0) {
    std::fprintf(stderr,
                 "wenshu: %zu entr%s left out (names starting with '.', "
                 "links, --out itself)\n",
                 tree.value().skipped, tree.value().skipped == 1 ? "y" : "ies");
  }
  return output.Finish(RunBatch(source, output, setup.RunOptions(options)));
}

int RedactWholeText(const BatchOptions& options, const ProcessorSetup& setup,
                    std::istream& in, std::ostream& out) {
  WholeTextSource source(in, setup.processor());
  WholeTextOutput output(out);
  BatchRunOptions run = setup.RunOptions(options);
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
              setup.RunOptions(options));
        }
        if (options.files.empty())
          return RedactWholeText(options, setup, in, out);
        return RedactFiles(options, setup, out);
      });
}

}  // namespace wenshu
