// Fuzz target: any bytes as a .docx, read, redacted and written back. When
// ReadDocx reads the bytes and the standard processor publishes the flat
// text, WriteDocx either refuses (the document would be held) or writes a
// package that ReadDocx reads back to exactly the public text. Nothing may
// crash, hang or leak on the way. Built as a libFuzzer target with clang
// (-DWENSHU_BUILD_FUZZERS=ON) and, always, with the replay main that ctest
// runs over corpora/fuzz/docx.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/docx_reader.h"
#include "pipeline/document_processor.h"
#include "publishers/docx_writer.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using wenshu::fuzz::Check;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const wenshu::DocumentProcessor& processor = wenshu::fuzz::FuzzProcessor();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  wenshu::Result<wenshu::DocxDocument> docx = wenshu::ReadDocx(bytes);
  if (!docx.ok()) return 0;
  const wenshu::ProcessedDocument doc = processor.ProcessRecord(
      wenshu::InputRecord{"docx", docx.value().text, {}});
  if (doc.status != wenshu::PublicationStatus::kPublished) return 0;
  std::vector<wenshu::TextEdit> edits;
  for (const wenshu::Redaction& r : doc.redactions)
    edits.push_back({r.begin, r.end, r.replacement});
  std::sort(edits.begin(), edits.end(),
            [](const wenshu::TextEdit& a, const wenshu::TextEdit& b) {
              return a.begin < b.begin;
            });
  wenshu::Result<std::string> written =
      wenshu::WriteDocx(docx.value(), edits, doc.public_text);
  if (!written.ok()) return 0;  // held: nothing is written
  wenshu::Result<wenshu::DocxDocument> again =
      wenshu::ReadDocx(written.value());
  Check(again.ok(), "a written .docx reads back");
  Check(again.value().text == doc.public_text,
        "a written .docx reads back as exactly the public text");
  return 0;
}
