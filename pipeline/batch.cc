#include "pipeline/batch.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <utility>

#include "pipeline/document_state.h"
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
  // The id as output, and what a held record made for a duplicate id
  // needs of the processed document.
  std::optional<std::string> id;
  size_t line_number = 0;
  size_t input_bytes = 0;
};

struct DoneBatch {
  std::vector<DoneDocument> documents;
  size_t progress_bytes = 0;
};

constexpr char kDuplicateId[] =
    "duplicate id: an earlier record of this run has the same id "
    "(--strict-ids)";

// Processes and formats `source` into `done`; returns the progress bytes.
// `keep_source`: keep the source document even without a case family.
size_t ProcessOne(const DocumentSource& source, const BatchOutput& output,
                  const CaseFamilies& families, SourceDocument&& document,
                  DoneDocument* done, bool keep_source) {
  ProcessedDocument processed = source.Process(document, &families);
  const size_t bytes = source.ProgressBytes(document, processed);
  done->formatted = FormattedDocument();
  output.Format(document, processed, &done->formatted);
  done->formatted.status = processed.status;
  done->formatted.error = std::move(processed.error);
  done->family_keys = std::move(processed.family_keys);
  done->people = std::move(processed.people);
  done->family_version = processed.family_version;
  done->id = std::move(processed.id);
  done->line_number = processed.line_number;
  done->input_bytes = processed.input_bytes;
  if (keep_source || !done->family_keys.empty())
    done->source = std::move(document);
  return bytes;
}

// `d` as a record held for its duplicate id, formatted anew.
void HoldDuplicate(const BatchOutput& output, DoneDocument* d) {
  ProcessedDocument held;
  held.id = d->id;
  held.line_number = d->line_number;
  held.input_bytes = d->input_bytes;
  held = HeldDocument(std::move(held), kDuplicateId);
  d->formatted = FormattedDocument();
  output.Format(d->source, held, &d->formatted);
  d->formatted.status = held.status;
  d->formatted.error = held.error;
  // Held: it leaves nothing to its case family.
  d->family_keys.clear();
  d->people.clear();
}

uint64_t Fnv1a64(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

}  // namespace

bool SeenIds::Insert(std::string_view id) {
  uint64_t hash = Fnv1a64(id);
  if (hash == 0) hash = 1;  // 0 marks an empty slot
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i] == hash) return true;
    if (slots_[i] == 0) {
      slots_[i] = hash;
      ++size_;
      return false;
    }
  }
}

void SeenIds::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (const uint64_t hash : old) {
    if (hash == 0) continue;
    size_t i = hash & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = hash;
  }
}

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
  run.strict_ids = options.strict_ids;
  return run;
}

BatchCounts RunBatch(DocumentSource& source, BatchOutput& output,
                     const BatchRunOptions& options) {
  ProgressLine progress(options.progress);
  progress.SetTotals(options.total_documents, options.total_bytes);
  if (options.plain_progress_every.count() > 0)
    progress.SetPlainLines(options.plain_progress_every);
  CaseFamilies families(options.max_case_families, options.family_registry);
  BatchCounts counts;
  SeenIds seen_ids;
  RunOrdered<SourceBatch, DoneBatch>(
      [&](SourceBatch* batch) { return source.Next(batch); },
      [&](SourceBatch&& batch, size_t) {
        DoneBatch done;
        done.documents.resize(batch.documents.size());
        for (size_t k = 0; k < batch.documents.size(); ++k) {
          done.progress_bytes +=
              ProcessOne(source, output, families,
                         std::move(batch.documents[k]), &done.documents[k],
                         options.strict_ids);
        }
        return done;
      },
      [&](DoneBatch&& done, size_t) {
        for (DoneDocument& d : done.documents) {
          const bool duplicate =
              d.id && !d.id->empty() && seen_ids.Insert(*d.id);
          if (duplicate) ++counts.duplicate_ids;
          if (duplicate && options.strict_ids) {
            HoldDuplicate(output, &d);
          } else if (!families.IsCurrent(d.family_keys, d.family_version)) {
            SourceDocument again = std::move(d.source);
            ProcessOne(source, output, families, std::move(again), &d,
                       options.strict_ids);
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
               "wenshu: %zu documents: %zu published, %zu withheld, %zu held",
               counts.total(), counts.published, counts.withheld, counts.held);
  if (counts.duplicate_ids > 0) {
    std::fprintf(stderr, "; %zu duplicate id%s", counts.duplicate_ids,
                 counts.duplicate_ids == 1 ? "" : "s");
  }
  std::fputc('\n', stderr);
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
    batch->documents[k].dropped_bytes =
        lines_.sizes[k] > batch->documents[k].input.size() ? lines_.sizes[k]
                                                           : 0;
  }
  batch->input_bytes = lines_.bytes;
  return true;
}

ProcessedDocument JsonLinesSource::Process(const SourceDocument& document,
                                           const CaseFamilies* families) const {
  JsonLineExtent extent;
  extent.dropped_bytes = document.dropped_bytes;
  extent.readable_padding = document.input.capacity() - document.input.size();
  return processor_.ProcessJsonLine(document.input, document.number, families,
                                    extent);
}

size_t JsonLinesSource::ProgressBytes(const SourceDocument& document,
                                      const ProcessedDocument&) const {
  // With its line break.
  return (document.dropped_bytes > 0 ? document.dropped_bytes
                                     : document.input.size()) +
         1;
}

void JsonLinesOutput::Format(const SourceDocument&,
                             const ProcessedDocument& document,
                             FormattedDocument* formatted) const {
  formatted->record = format_(document);
}

void JsonLinesOutput::Write(FormattedDocument&& document) {
  // The first record of a batch is taken over, not copied: a document of
  // tens of MB is then never twice in memory here.
  if (records_.empty() && document.record.size() > (1u << 20)) {
    records_ = std::move(document.record);
  } else {
    records_ += document.record;
  }
}

void JsonLinesOutput::EndBatch() {
  if (!write_failed_) {
    // A batch goes out whole (flushed), so that a failure is seen here,
    // while errno still says why.
    errno = 0;
    if (!out_.write(records_.data(), records_.size()) || !out_.flush())
      NoteFailure();
  }
  // A huge record's buffer is not kept for the next batch.
  if (records_.capacity() > (4u << 20)) {
    std::string().swap(records_);
  } else {
    records_.clear();
  }
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
