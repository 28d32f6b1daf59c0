// Fuzz target: any bytes, as a JSON Lines record and as a text file, through
// the whole pipeline. Whatever happens, the invariants of the output hold:
// a published text is exactly the input with the audited redactions applied,
// the redactions are ordered and in bounds, and the public text goes through
// again unchanged. Built as a libFuzzer target with clang
// (-DWENSHU_BUILD_FUZZERS=ON) and, always, with a replay main that runs it
// over files (ctest runs it over the corpora).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pipeline/document_processor.h"
#include "core/encoding.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using wenshu::fuzz::Check;

// `record`: what was processed (its metadata goes with the second run).
void CheckDocument(const wenshu::DocumentProcessor& processor,
                   const wenshu::InputRecord& record,
                   const wenshu::ProcessedDocument& doc) {
  using wenshu::PublicationStatus;
  const std::string_view input = record.text;
  if (doc.status != PublicationStatus::kPublished) {
    Check(doc.public_text.empty(), "an unpublished document has no public text");
    if (doc.status == PublicationStatus::kHeld)
      Check(!doc.error.empty(), "a held document says why");
    else
      Check(!doc.grounds.empty(), "a withheld document has its grounds");
    return;
  }
  size_t last_end = 0;
  for (const wenshu::Redaction& r : doc.redactions) {
    Check(r.begin >= last_end && r.begin < r.end && r.end <= input.size(),
          "redactions are ordered, non-empty and in bounds");
    last_end = r.end;
  }
  Check(wenshu::RedactionPass::Apply(input, doc.redactions) == doc.public_text,
        "the audit reproduces the public text");
  // A text that was nothing but an identifier clause is left empty, and an
  // empty text is not a document: nothing to run again.
  if (doc.public_text.empty()) return;
  wenshu::ProcessedDocument again = processor.ProcessRecord(
      wenshu::InputRecord{"again", doc.public_text, record.meta});
  Check(again.status == PublicationStatus::kPublished,
        "a public text is publishable");
  Check(again.public_text == doc.public_text, "redaction is idempotent");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const wenshu::DocumentProcessor& processor = wenshu::fuzz::FuzzProcessor();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // As one JSON Lines record.
  wenshu::ParsedLine parsed = wenshu::ParseInputLine(bytes);
  wenshu::ProcessedDocument from_line = processor.ProcessJsonLine(bytes, 1);
  if (parsed.record.ok()) {
    CheckDocument(processor, parsed.record.value(), from_line);
  } else {
    Check(from_line.status == wenshu::PublicationStatus::kHeld,
          "a bad line is held");
  }
  // As a text file.
  wenshu::Result<wenshu::DecodedText> decoded = wenshu::DecodeToUtf8(bytes);
  if (decoded.ok()) {
    wenshu::InputRecord record{"file", decoded.value().utf8, {}};
    CheckDocument(processor, record, processor.ProcessRecord(record));
  }
  return 0;
}
