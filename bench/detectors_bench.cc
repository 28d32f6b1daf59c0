// Benchmarks of every detector and every stage of the pipeline, in MB/s.
//
// The input is about 1 MB of invented judgments from a fixed seed
// (bench/synthetic_judgment.h), never real data. Each benchmark reports the
// bytes it consumed per iteration:
//
//   Detector/<name>        one detector of DetectorSet::Standard() over the
//                          documents' normalized texts joined into one ~1 MB
//                          text, with the context's digit chains already
//                          built (DigitChains measures those alone). The
//                          keep-rule detector scans the whole text here;
//                          in the pipeline it scans only windows around
//                          candidates.
//   the stage benchmarks   one document at a time, as the pipeline runs
//                          them: ParseInputLine (a JSON Lines record
//                          read into an InputRecord, its text checked),
//                          Normalize, Analyze, DetectorSet::Find at
//                          both strictnesses, PeopleFinder::Find (party
//                          block, body cues, pseudonyms, mentions),
//                          HealthFinder::Find, RedactionPass::Run,
//                          Verifier::Find, and end to end
//                          DocumentProcessor::ProcessRecord (from an
//                          InputRecord) and ProcessJsonLine (from the
//                          JSON line, MB/s of line bytes).
//
// Figures are for comparing builds on one machine; speed goals live here,
// never in tests.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/synthetic_judgment.h"
#include "core/input_record.h"
#include "core/normalized_text.h"
#include "pipeline/document_analyzer.h"
#include "pipeline/document_processor.h"
#include "redactors/detector.h"
#include "redactors/detector_set.h"
#include "redactors/digit_chain.h"
#include "redactors/health.h"
#include "redactors/people.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"
#include "redactors/span_source.h"
#include "redactors/verifier.h"

namespace wenshu {
namespace {

constexpr uint64_t kSeed = 20240601;
constexpr size_t kCorpusBytes = 1 << 20;

[[noreturn]] void Die(const std::string& what, const Status& status) {
  std::fprintf(stderr, "wenshu_bench: %s: %s\n", what.c_str(),
               status.message().c_str());
  std::abort();
}

// What `source` finds in `text` with a context and sink of its own.
Result<std::vector<Span>> FindSpans(const SpanSource& source,
                                    std::string_view text,
                                    Strictness strictness,
                                    const DocumentHeader& header = {}) {
  return FindSpansAlone(source, Document{text, header, {}}, strictness);
}

// Built once, before the first timed iteration of any benchmark.
struct Corpus {
  std::vector<InputRecord> records;
  std::vector<std::string> json_lines;  // each record as a JSON line
  std::vector<NormalizedText> normalized;
  std::vector<std::vector<Span>> spans;   // standard detection, per document
  std::vector<std::string> public_texts;  // the redaction pass's output
  std::string joined;                     // normalized texts, one per line
  size_t bytes = 0;                       // of the original texts
  size_t normalized_bytes = 0;
  size_t public_bytes = 0;
  size_t json_bytes = 0;
};

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const RedactionPass pass(Policy::NationalDefault());
    for (SyntheticJudgment& j : GenerateJudgments(kSeed, kCorpusBytes)) {
      Result<NormalizedText> n = NormalizedText::Normalize(j.text);
      if (!n.ok()) Die(j.id, n.status());
      Result<std::vector<Span>> spans = FindSpans(
          DetectorSet::Standard(), n.value().text(), Strictness::kStandard);
      if (!spans.ok()) Die(j.id, spans.status());
      c->bytes += j.text.size();
      c->normalized_bytes += n.value().text().size();
      c->joined += n.value().text();
      c->joined += '\n';
      c->public_texts.push_back(
          pass.Run(j.text, n.value(), spans.value()).text);
      c->public_bytes += c->public_texts.back().size();
      c->spans.push_back(std::move(spans).value());
      c->normalized.push_back(std::move(n).value());
      c->json_lines.push_back(ToJsonLine(j));
      c->json_lines.back().pop_back();  // the newline, as the reader drops it
      c->json_bytes += c->json_lines.back().size();
      c->records.push_back(InputRecord{std::move(j.id), std::move(j.text), {}});
    }
    return c;
  }();
  return *corpus;
}

void SetBytes(benchmark::State& state, size_t bytes_per_iteration) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes_per_iteration));
}

void SetDocuments(benchmark::State& state, const Corpus& c) {
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()) *
                             static_cast<double>(c.records.size()),
                         benchmark::Counter::kIsRate);
}

void BM_ParseInputLine(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const std::string& line : c.json_lines) {
      ParsedLine parsed = ParseInputLine(line);
      if (!parsed.record.ok()) {
        state.SkipWithError(parsed.record.status().message().c_str());
        return;
      }
      benchmark::DoNotOptimize(parsed);
    }
  }
  SetBytes(state, c.json_bytes);
}

void BM_Normalize(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const InputRecord& r : c.records) {
      Result<NormalizedText> n = NormalizedText::Normalize(r.text);
      benchmark::DoNotOptimize(n);
    }
  }
  SetBytes(state, c.bytes);
}

void BM_Analyze(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const DocumentAnalyzer& analyzer = DocumentAnalyzer::Instance();
  for (auto _ : state) {
    for (const NormalizedText& n : c.normalized) {
      DocumentHeader header = analyzer.Analyze(n.text());
      benchmark::DoNotOptimize(header);
    }
  }
  SetBytes(state, c.normalized_bytes);
}

void BM_DigitChains(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    DigitChains chains(c.joined);
    benchmark::DoNotOptimize(chains.chains().data());
  }
  SetBytes(state, c.joined.size());
}

void BM_Detector(benchmark::State& state, const Detector* detector) {
  const Corpus& c = TheCorpus();
  const Document doc{c.joined, {}, {}};
  ScanContext context(c.joined, Strictness::kStandard);
  context.digit_chains();
  SpanSink sink;
  std::vector<Span>& spans = sink.mutable_spans();
  for (auto _ : state) {
    spans.clear();
    if (Status s = detector->Find(doc, context, sink); !s.ok()) {
      state.SkipWithError(s.message().c_str());
      break;
    }
    benchmark::DoNotOptimize(spans.data());
  }
  state.counters["spans"] = static_cast<double>(spans.size());
  SetBytes(state, c.joined.size());
}

void BM_DetectorSet(benchmark::State& state, Strictness strictness) {
  const Corpus& c = TheCorpus();
  const DetectorSet& detectors = DetectorSet::Standard();
  for (auto _ : state) {
    for (const NormalizedText& n : c.normalized) {
      Result<std::vector<Span>> spans =
          FindSpans(detectors, n.text(), strictness);
      if (!spans.ok()) {
        state.SkipWithError(spans.status().message().c_str());
        return;
      }
      benchmark::DoNotOptimize(spans);
    }
  }
  SetBytes(state, c.normalized_bytes);
}

// The repeated-identifiers source over each document, after the detector
// set's spans (copied into its sink, as the find-spans stage leaves them).
void BM_RepeatedIdentifiers(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const RepeatedIdentifierFinder finder(DetectorSet::Standard());
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < c.normalized.size(); ++i) {
      const Document doc{c.normalized[i].text(), {}, {}};
      ScanContext scan(doc.text, Strictness::kStandard);
      SpanSink sink;
      sink.Append(c.spans[i]);
      if (Status s = finder.Find(doc, scan, sink); !s.ok()) Die("repeats", s);
      found += sink.spans().size() - c.spans[i].size();
      benchmark::DoNotOptimize(sink);
    }
  }
  state.counters["spans"] = static_cast<double>(found);
  SetBytes(state, c.normalized_bytes);
}

void BM_RedactionPass(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const RedactionPass pass(Policy::NationalDefault());
  for (auto _ : state) {
    for (size_t i = 0; i < c.records.size(); ++i) {
      RedactionResult result =
          pass.Run(c.records[i].text, c.normalized[i], c.spans[i]);
      benchmark::DoNotOptimize(result);
    }
  }
  SetBytes(state, c.bytes);
}

void BM_Verifier(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const RedactionPass pass(Policy::NationalDefault());
  const Verifier verifier(DetectorSet::Standard(), pass);
  for (auto _ : state) {
    for (const std::string& text : c.public_texts) {
      Result<std::vector<Span>> residual =
          FindSpans(verifier, text, Strictness::kWidest);
      benchmark::DoNotOptimize(residual);
    }
  }
  SetBytes(state, c.public_bytes);
}

// The header of each document, as the stages after the analysis get it.
std::vector<DocumentHeader> Headers(const Corpus& c) {
  std::vector<DocumentHeader> headers;
  for (const NormalizedText& n : c.normalized)
    headers.push_back(DocumentAnalyzer::Instance().Analyze(n.text()));
  return headers;
}

void BM_People(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const PeopleFinder finder(Policy::NationalDefault().people());
  const std::vector<DocumentHeader> headers = Headers(c);
  // The lexicon and the name model are built on their first use, inside
  // Find: one untimed pass first, or the first timed iteration (the only
  // one under a short --benchmark_min_time) measures their start-up.
  for (size_t i = 0; i < c.normalized.size(); ++i) {
    Document doc{c.normalized[i].text(), headers[i], {}};
    ScanContext scan(doc.text, Strictness::kStandard);
    SpanSink sink;
    benchmark::DoNotOptimize(finder.Find(doc, scan, sink));
  }
  size_t anonymized = 0;
  for (auto _ : state) {
    anonymized = 0;
    for (size_t i = 0; i < c.normalized.size(); ++i) {
      Document doc{c.normalized[i].text(), headers[i], {}};
      ScanContext scan(doc.text, Strictness::kStandard);
      SpanSink sink;
      benchmark::DoNotOptimize(finder.Find(doc, scan, sink));
      anonymized += sink.anonymized().size();
    }
  }
  state.counters["people"] = static_cast<double>(anonymized);
  SetBytes(state, c.normalized_bytes);
}

void BM_Health(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const HealthFinder finder(Policy::NationalDefault().health());
  const std::vector<DocumentHeader> headers = Headers(c);
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < c.normalized.size(); ++i) {
      Result<std::vector<Span>> spans = FindSpans(
          finder, c.normalized[i].text(), Strictness::kStandard, headers[i]);
      found += spans.value().size();
      benchmark::DoNotOptimize(spans);
    }
  }
  state.counters["spans"] = static_cast<double>(found);
  SetBytes(state, c.normalized_bytes);
}

void BM_ProcessRecord(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const DocumentProcessor processor(Policy::NationalDefault(),
                                    DetectorSet::Standard());
  size_t held = 0;
  for (auto _ : state) {
    held = 0;
    for (const InputRecord& r : c.records) {
      ProcessedDocument doc = processor.ProcessRecord(r);
      held += doc.status == PublicationStatus::kHeld;
      benchmark::DoNotOptimize(doc);
    }
  }
  state.counters["held"] = static_cast<double>(held);
  SetDocuments(state, c);
  SetBytes(state, c.bytes);
}

void BM_ProcessJsonLine(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  const DocumentProcessor processor(Policy::NationalDefault(),
                                    DetectorSet::Standard());
  size_t held = 0;
  for (auto _ : state) {
    held = 0;
    for (size_t i = 0; i < c.json_lines.size(); ++i) {
      ProcessedDocument doc = processor.ProcessJsonLine(c.json_lines[i], i + 1);
      held += doc.status == PublicationStatus::kHeld;
      benchmark::DoNotOptimize(doc);
    }
  }
  state.counters["held"] = static_cast<double>(held);
  SetDocuments(state, c);
  SetBytes(state, c.json_bytes);
}

// Registered at start-up so that each detector of the standard set gets a
// benchmark named after it, in pipeline order.
bool RegisterAll() {
  auto add = [](const std::string& name, auto fn) {
    benchmark::RegisterBenchmark(name.c_str(), fn)
        ->Unit(benchmark::kMillisecond);
  };
  add("ParseInputLine", BM_ParseInputLine);
  add("NormalizedText::Normalize", BM_Normalize);
  add("DocumentAnalyzer::Analyze", BM_Analyze);
  add("DigitChains", BM_DigitChains);
  for (const std::unique_ptr<Detector>& d :
       DetectorSet::Standard().detectors()) {
    const Detector* detector = d.get();
    add("Detector/" + std::string(detector->name()),
        [detector](benchmark::State& state) { BM_Detector(state, detector); });
  }
  add("DetectorSet::Find/standard", [](benchmark::State& state) {
    BM_DetectorSet(state, Strictness::kStandard);
  });
  add("DetectorSet::Find/widest", [](benchmark::State& state) {
    BM_DetectorSet(state, Strictness::kWidest);
  });
  add("PeopleFinder::Find", BM_People);
  add("HealthFinder::Find", BM_Health);
  add("RepeatedIdentifierFinder::Find", BM_RepeatedIdentifiers);
  add("RedactionPass::Run", BM_RedactionPass);
  add("Verifier::Find", BM_Verifier);
  add("DocumentProcessor::ProcessRecord", BM_ProcessRecord);
  add("DocumentProcessor::ProcessJsonLine", BM_ProcessJsonLine);
  return true;
}

const bool registered = RegisterAll();

}  // namespace
}  // namespace wenshu
