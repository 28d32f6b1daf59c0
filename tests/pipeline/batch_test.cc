#include "pipeline/batch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "publishers/jsonl_publisher.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"
#include "tests/pipeline/cli_harness.h"

namespace wenshu {
namespace {

// Documents "FAMILY:NAME:STATUS", two to a batch. Processing one records
// how many people its family knew (as the real processor's lookup does)
// and adds NAME to them.
class FakeSource : public DocumentSource {
 public:
  explicit FakeSource(std::vector<std::string> documents)
      : documents_(std::move(documents)) {}

  bool Next(SourceBatch* batch) override {
    batch->documents.clear();
    batch->input_bytes = 0;
    for (int k = 0; k < 2 && next_ < documents_.size(); ++k, ++next_) {
      batch->documents.push_back({documents_[next_], next_ + 1});
      batch->input_bytes += documents_[next_].size();
    }
    return !batch->documents.empty();
  }

  ProcessedDocument Process(const SourceDocument& document,
                            const CaseFamilies* families) const override {
    ++processed_;
    ProcessedDocument doc;
    const std::string& in = document.input;
    const size_t colon = in.find(':');
    const size_t second = in.find(':', colon + 1);
    doc.family_keys = {in.substr(0, colon)};
    const CaseFamilies::Snapshot prior = families->Lookup(doc.family_keys);
    doc.family_version = prior.version;
    doc.people = prior.people;
    doc.people.push_back({in.substr(colon + 1, second - colon - 1), "", ""});
    const char status = in[second + 1];
    doc.status = status == 'p'   ? PublicationStatus::kPublished
                 : status == 'w' ? PublicationStatus::kWithheld
                                 : PublicationStatus::kHeld;
    if (doc.status == PublicationStatus::kHeld) doc.error = "held " + in;
    doc.public_text = std::to_string(prior.people.size());
    return doc;
  }

  size_t ProgressBytes(const SourceDocument& document,
                       const ProcessedDocument&) const override {
    return document.input.size();
  }

  int processed() const { return processed_; }

 private:
  std::vector<std::string> documents_;
  size_t next_ = 0;
  mutable std::atomic<int> processed_{0};
};

// "NUMBER INPUT prior=N error" for each document, in writing order.
class FakeOutput : public BatchOutput {
 public:
  void Format(const SourceDocument& source, const ProcessedDocument& document,
              FormattedDocument* formatted) const override {
    formatted->name = std::to_string(source.number) + " " + source.input;
    formatted->record = "prior=" + document.public_text;
  }
  void Write(FormattedDocument&& document) override {
    written.push_back(document.name + " " + document.record + " " +
                      document.error);
  }
  void EndBatch() override { ++batches; }
  void Flush() override { ++flushes; }

  std::vector<std::string> written;
  int batches = 0;
  int flushes = 0;
};

// Four documents of family "f" interleaved with others: each sees all the
// earlier ones of its family, however many threads run, because the
// writer processes again any document whose family changed in flight.
TEST(RunBatch, InInputOrderAndFamiliesAsOnOneThread) {
  const std::vector<std::string> documents = {
      "f:a:p", "g:x:p", "f:b:w", "f:c:h", "h:y:p", "f:d:p", "g:z:h"};
  const std::vector<std::string> want = {
      "1 f:a:p prior=0 ",           "2 g:x:p prior=0 ", "3 f:b:w prior=1 ",
      "4 f:c:h prior=2 held f:c:h", "5 h:y:p prior=0 ", "6 f:d:p prior=3 ",
      "7 g:z:h prior=1 held g:z:h"};
  for (int threads : {1, 4}) {
    FakeSource source(documents);
    FakeOutput output;
    BatchRunOptions options;
    options.threads = threads;
    options.progress = ProgressLine::Mode::kOff;
    const BatchCounts counts = RunBatch(source, output, options);
    EXPECT_EQ(output.written, want) << threads << " threads";
    EXPECT_EQ(counts.published, 4u);
    EXPECT_EQ(counts.withheld, 1u);
    EXPECT_EQ(counts.held, 2u);
    EXPECT_EQ(counts.total(), 7u);
    EXPECT_EQ(output.batches, 4);  // two documents a batch
    EXPECT_EQ(output.flushes, 1);
    EXPECT_GE(source.processed(), 7);
  }
}

TEST(RunBatch, ManyBatchesInFlightStillGiveTheOneThreadResult) {
  std::vector<std::string> documents;
  for (int i = 0; i < 40; ++i)
    documents.push_back((i % 3 == 0 ? "f:" : "g:") + std::to_string(i) + ":p");
  std::vector<std::string> runs[2];
  for (int t = 0; t < 2; ++t) {
    FakeSource source(documents);
    FakeOutput output;
    BatchRunOptions options;
    options.threads = t == 0 ? 1 : 4;
    options.progress = ProgressLine::Mode::kOff;
    RunBatch(source, output, options);
    runs[t] = output.written;
  }
  ASSERT_EQ(runs[0].size(), 40u);
  EXPECT_EQ(runs[0][39], "40 f:39:p prior=13 ");
  EXPECT_EQ(runs[0], runs[1]);
}

// The FakeSource's documents get the id "FAMILY:NAME" (the part before
// the status).
class IdSource : public FakeSource {
 public:
  using FakeSource::FakeSource;
  ProcessedDocument Process(const SourceDocument& document,
                            const CaseFamilies* families) const override {
    ProcessedDocument doc = FakeSource::Process(document, families);
    doc.id = document.input.substr(0, document.input.rfind(':'));
    doc.line_number = document.number;
    return doc;
  }
};

// Ids compared in input order: the second "f:a" and the third are
// duplicates, whatever the number of threads; counted always, held only
// under strict_ids, and a held duplicate is formatted again as held (its
// source still at hand) and leaves nothing to its case family.
TEST(RunBatch, DuplicateIdsAreCountedAndHeldUnderStrictIds) {
  const std::vector<std::string> documents = {"f:a:p", "g:b:p", "f:a:p",
                                              "h:c:w", "f:a:w", "f:d:p"};
  for (bool strict : {false, true}) {
    for (int threads : {1, 4}) {
      IdSource source(documents);
      FakeOutput output;
      BatchRunOptions options;
      options.threads = threads;
      options.progress = ProgressLine::Mode::kOff;
      options.strict_ids = strict;
      const BatchCounts counts = RunBatch(source, output, options);
      EXPECT_EQ(counts.duplicate_ids, 2u) << strict << " " << threads;
      ASSERT_EQ(output.written.size(), 6u);
      if (!strict) {
        EXPECT_EQ(counts.held, 0u);
        EXPECT_EQ(output.written[2], "3 f:a:p prior=1 ");
        // The family remembers each name once.
        EXPECT_EQ(output.written[5], "6 f:d:p prior=1 ");
        continue;
      }
      EXPECT_EQ(counts.published, 3u);
      EXPECT_EQ(counts.withheld, 1u);
      EXPECT_EQ(counts.held, 2u);
      const std::string reason =
          "duplicate id: an earlier record of this run has the same id "
          "(--strict-ids)";
      EXPECT_EQ(output.written[2], "3 f:a:p prior= " + reason);
      EXPECT_EQ(output.written[4], "5 f:a:w prior= " + reason);
      // "a" reached family f from line 1; the held duplicates added none.
      EXPECT_EQ(output.written[5], "6 f:d:p prior=1 ");
    }
  }
}

TEST(SeenIds, TellsEachIdSeenBeforeAcrossGrowth) {
  SeenIds seen;
  for (int i = 0; i < 5000; ++i)
    EXPECT_FALSE(seen.Insert("record-" + std::to_string(i))) << i;
  EXPECT_EQ(seen.size(), 5000u);
  for (int i = 0; i < 5000; i += 7)
    EXPECT_TRUE(seen.Insert("record-" + std::to_string(i))) << i;
  EXPECT_TRUE(seen.Insert("record-4999"));
  EXPECT_FALSE(seen.Insert("record-5000"));
  EXPECT_FALSE(seen.Insert(""));
  EXPECT_TRUE(seen.Insert(""));
  EXPECT_EQ(seen.size(), 5002u);
}

TEST(RunBatch, NoDocumentsStillFlushes) {
  FakeSource source({});
  FakeOutput output;
  BatchRunOptions options;
  options.progress = ProgressLine::Mode::kOff;
  const BatchCounts counts = RunBatch(source, output, options);
  EXPECT_EQ(counts.total(), 0u);
  EXPECT_TRUE(output.written.empty());
  EXPECT_EQ(output.batches, 0);
  EXPECT_EQ(output.flushes, 1);
}

TEST(BatchCounts, AddsEachStatusToItsCount) {
  BatchCounts counts;
  counts.Add(PublicationStatus::kHeld);
  counts.Add(PublicationStatus::kPublished);
  counts.Add(PublicationStatus::kHeld);
  EXPECT_EQ(counts.published, 1u);
  EXPECT_EQ(counts.withheld, 0u);
  EXPECT_EQ(counts.held, 2u);
  EXPECT_EQ(counts.total(), 3u);
}

TEST(RunOptionsFor, TakesTheRunOptionsOfTheCommandLine) {
  BatchOptions options;
  options.threads = 3;
  options.max_inflight_mb = 2;
  options.max_case_families = 5;
  options.progress = ProgressLine::Mode::kOn;
  options.strict_ids = true;
  const BatchRunOptions run = RunOptionsFor(options);
  EXPECT_TRUE(run.strict_ids);
  EXPECT_EQ(run.threads, 3);
  EXPECT_EQ(run.max_inflight_bytes, 2u << 20);
  EXPECT_EQ(run.max_case_families, 5u);
  EXPECT_EQ(run.progress, ProgressLine::Mode::kOn);
}

TEST(JsonLinesSource, NumbersTheLinesAndCountsTheirBytes) {
  const DocumentProcessor processor(Policy::NationalDefault(),
                                    DetectorSet::Standard());
  std::istringstream in("a\n\nbcd");
  JsonLinesSource source(in, processor);
  SourceBatch batch;
  ASSERT_TRUE(source.Next(&batch));
  ASSERT_EQ(batch.documents.size(), 3u);
  EXPECT_EQ(batch.documents[2].input, "bcd");
  EXPECT_EQ(batch.documents[2].number, 3u);
  EXPECT_EQ(batch.bytes(), 7u);
  const ProcessedDocument doc = source.Process(batch.documents[1], nullptr);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error, "line 2: empty line where a JSON record was expected");
  EXPECT_EQ(source.ProgressBytes(batch.documents[2], doc), 4u);
  EXPECT_FALSE(source.Next(&batch));
}

// A line over the processor's size budget is dropped by the reader and
// held unread, naming its size and the option; the lines around it are
// read whole.
TEST(JsonLinesSource, ALineOverTheSizeBudgetIsHeldUnread) {
  DocumentBudget budget;
  budget.max_bytes = 1 << 20;
  const DocumentProcessor processor(Policy::NationalDefault(),
                                    DetectorSet::Standard(), CaseTermsBook(),
                                    RequestIndex(), WorkCalendar::China(),
                                    budget);
  const std::string huge =
      "{\"id\":\"big\",\"text\":\"" + std::string(1572864, 'x') + "\"}";
  std::istringstream in("{}\n" + huge + "\nabc\n");
  JsonLinesSource source(in, processor);
  SourceBatch batch;
  std::vector<SourceDocument> documents;
  while (source.Next(&batch)) {
    for (SourceDocument& d : batch.documents) documents.push_back(std::move(d));
  }
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].input, "{}");
  EXPECT_EQ(documents[1].input, "");
  EXPECT_EQ(documents[1].dropped_bytes, huge.size());
  EXPECT_EQ(documents[2].input, "abc");
  EXPECT_EQ(documents[2].number, 3u);
  const ProcessedDocument doc = source.Process(documents[1], nullptr);
  EXPECT_EQ(doc.status, PublicationStatus::kHeld);
  EXPECT_EQ(doc.error,
            "line 2: document is 1.5 MB, over the 1 MB budget "
            "(--max-document-mb)");
  EXPECT_FALSE(doc.id.has_value());
  EXPECT_EQ(doc.line_number, 2u);
  EXPECT_EQ(source.ProgressBytes(documents[1], doc), huge.size() + 1);
}

const char kJudgmentLine[] =
    "{\"id\":\"d\",\"text\":\"电话13812345678。\","
    "\"meta\":{\"doc_type\":\"民事判决书\"}}\n";

TEST(RunJsonLinesBatch, OneRecordPerLineAfterTheHeader) {
  const Policy& policy = Policy::NationalDefault();
  const DocumentProcessor processor(policy, DetectorSet::Standard());
  std::istringstream in(std::string(kJudgmentLine) + "not json\n");
  std::ostringstream out;
  BatchRunOptions options;
  options.threads = 2;
  options.progress = ProgressLine::Mode::kOff;
  EXPECT_EQ(RunJsonLinesBatch(
                in, out, "HEADER\n", processor,
                [&](const ProcessedDocument& doc) {
                  return FormatJsonRecord(doc, policy);
                },
                options),
            0);
  const std::vector<std::string> lines = testing_support::Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "HEADER");
  const JsonObject first = testing_support::Record(lines[1]);
  EXPECT_EQ(testing_support::Field(first, "status"), "published");
  EXPECT_EQ(lines[1].find("13812345678"), std::string::npos);
  const JsonObject second = testing_support::Record(lines[2]);
  EXPECT_EQ(testing_support::Field(second, "status"), "held");
  EXPECT_EQ(testing_support::Field(second, "error").rfind("line 2:", 0), 0u);
}

TEST(RunJsonLinesBatch, AFailedWriteIsExitOne) {
  const DocumentProcessor processor(Policy::NationalDefault(),
                                    DetectorSet::Standard());
  std::istringstream in(kJudgmentLine);
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  BatchRunOptions options;
  options.progress = ProgressLine::Mode::kOff;
  EXPECT_EQ(
      RunJsonLinesBatch(
          in, out, "", processor,
          [](const ProcessedDocument&) { return std::string("x\n"); }, options),
      1);
}

// A device that is full: every write fails with ENOSPC, as write(2) does.
class FullDevice : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize) override {
    errno = ENOSPC;
    return 0;
  }
  int_type overflow(int_type) override {
    errno = ENOSPC;
    return traits_type::eof();
  }
};

TEST(JsonLinesOutput, AFailedWriteSaysWhatTheSystemSaid) {
  FullDevice device;
  std::ostream out(&device);
  JsonLinesOutput output(
      out, [](const ProcessedDocument&) { return std::string("x\n"); });
  FormattedDocument formatted;
  output.Format(SourceDocument{}, ProcessedDocument{}, &formatted);
  output.Write(std::move(formatted));
  errno = 0;
  output.EndBatch();
  EXPECT_TRUE(output.write_failed());
  // Caught when the write failed, not read from a later, unrelated errno.
  errno = ENOTTY;
  EXPECT_EQ(output.write_error(), std::strerror(ENOSPC));
}

}  // namespace
}  // namespace wenshu
