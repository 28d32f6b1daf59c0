#include "pipeline/batch.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <utility>

#include "pipeline/runner.h"

namespace wenshu {
namespace {

// A document between its worker and the writer. The source document is
// kept only when it may have to be processed again (it has a case family).
struct DoneDocument {
  FormattedDocument formatted;
  SourceDocument source;
  std::vector<std::string> family_keys;
  std::vector<PersonRecord> people;
  uint64_t family_version = 0;
};

struct DoneBatch {
  std::vector<DoneDocument> documents;
  size_t progress_bytes = 0;
};

// Processes and formats `source` into `done`; returns the progress bytes.
size_t ProcessOne(const DocumentSource& source, const BatchOutput& output,
                  const CaseFamilies& families, SourceDocument&& document,
                  DoneDocument* done) {
  ProcessedDocument processed = source.Process(document, &families);
  const size_t bytes = source.ProgressBytes(document, processed);
  done->formatted = FormattedDocument();
  output.Format(document, processed, &done->formatted);
  done->formatted.status = processed.status;
  done->formatted.error = std::move(processed.error);
  done->family_keys = std::move(processed.family_keys);
  done->people = std::move(processed.people);
  done->family_version = processed.family_version;
  if (!done->family_keys.empty()) done->source = std::move(document);
  return bytes;
}

}  // namespace

void BatchCounts::Add(PublicationStatus status) {
  (status == PublicationStatus::kPublished  ? published
   : status == PublicationStatus::kWithheld ? withheld
                                            : held)++;
}

BatchRunOptions RunOptionsFor(const BatchOptions& options) {
  BatchRunOptions run;
  run.threads = options.threads;
  run.max_inflight_bytes = options.max_inflight_mb << 20;
  run.max_case_families = options.max_case_families;
  run.progress = options.progress;
  return run;
}

BatchCounts RunBatch(DocumentSource& source, BatchOutput& output,
                     const BatchRunOptions& options) {
  ProgressLine progress(options.progress);
  CaseFamilies families(options.max_case_families, options.family_registry);
  BatchCounts counts;
  RunOrdered<SourceBatch, DoneBatch>(
      [&](SourceBatch* batch) { return source.Next(batch); },
      [&](SourceBatch&& batch, size_t) {
        DoneBatch done;
        done.documents.resize(batch.documents.size());
        for (size_t k = 0; k < batch.documents.size(); ++k) {
          done.progress_bytes +=
              ProcessOne(source, output, families,
                         std::move(batch.documents[k]), &done.documents[k]);
        }
        return done;
      },
      [&](DoneBatch&& done, size_t) {
        for (DoneDocument& d : done.documents) {
          if (!families.IsCurrent(d.family_keys, d.family_version)) {
            SourceDocument again = std::move(d.source);
            ProcessOne(source, output, families, std::move(again), &d);
          }
          families.Commit(d.family_keys, d.people);
          counts.Add(d.formatted.status);
          output.Write(std::move(d.formatted));
        }
        output.EndBatch();
        progress.Add(done.documents.size(), done.progress_bytes);
      },
      RunnerOptions{options.threads, options.max_inflight_bytes});
  output.Flush();
  progress.Finish();
  return counts;
}

void PrintBatchSummary(const BatchCounts& counts) {
  std::fprintf(stderr,
               "wenshu: %zu documents: %zu published, %zu withheld, %zu held\n",
               counts.total(), counts.published, counts.withheld, counts.held);
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) == 0) {
    std::fprintf(stderr, "wenshu: peak memory %.1f MB\n",
                 usage.ru_maxrss / 1024.0);
  }
}

bool JsonLinesSource::Next(SourceBatch* batch) {
  batch->documents.clear();
  batch->input_bytes = 0;
  if (!reader_.Next(&lines_)) return false;
  batch->documents.resize(lines_.lines.size());
  for (size_t k = 0; k < lines_.lines.size(); ++k) {
    batch->documents[k].input = std::move(lines_.lines[k]);
    batch->documents[k].number = lines_.first_line + k;
  }
  batch->input_bytes = lines_.bytes;
  return true;
}

ProcessedDocument JsonLinesSource::Process(const SourceDocument& document,
                                           const CaseFamilies* families) const {
  return processor_.ProcessJsonLine(document.input, document.number, families);
}

size_t JsonLinesSource::ProgressBytes(const SourceDocument& document,
                                      const ProcessedDocument&) const {
  return document.input.size() + 1;  // with its line break
}

void JsonLinesOutput::Format(const SourceDocument&,
                             const ProcessedDocument& document,
                             FormattedDocument* formatted) const {
  formatted->record = format_(document);
}

void JsonLinesOutput::Write(FormattedDocument&& document) {
  records_ += document.record;
}

void JsonLinesOutput::EndBatch() {
  if (!write_failed_) {
    // A batch goes out whole (flushed), so that a failure is seen here,
    // while errno still says why.
    errno = 0;
    if (!out_.write(records_.data(), records_.size()) || !out_.flush())
      NoteFailure();
  }
  records_.clear();
}

void JsonLinesOutput::NoteFailure() {
  write_failed_ = true;
  write_error_ = errno != 0 ? std::strerror(errno) : "the stream was closed";
}

void JsonLinesOutput::Flush() {
  errno = 0;
  if (!write_failed_ && !out_.flush()) NoteFailure();
}

int RunJsonLinesBatch(std::istream& in, std::ostream& out,
                      const std::string& header,
                      const DocumentProcessor& processor,
                      const JsonLinesOutput::Formatter& format,
                      const BatchRunOptions& options) {
  if (&in == &std::cin && &out == &std::cout) {
    // Nothing else of the program reads or writes them from here on:
    // unsynchronized with C stdio, they are faster.
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
  }
  JsonLinesSource source(in, processor);
  JsonLinesOutput output(out, format);
  out << header;
  const BatchCounts counts = RunBatch(source, output, options);
  if (output.write_failed()) {
    std::fprintf(stderr, "wenshu: writing standard output failed: %s\n",
                 output.write_error().empty() ? "the stream was closed"
                                              : output.write_error().c_str());
    return 1;
  }
  PrintBatchSummary(counts);
  return 0;
}

}  // namespace wenshu
