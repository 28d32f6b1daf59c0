// Fuzz target: any bytes as an HTML page, through ProcessFile as `wenshu redact`
// takes a file: read, redacted, written back in its own format and the
// written file verified in every string. Whatever happens, a published
// document's file reads back as exactly its public text, a document that
// is not published has no file, and a held one says why. Built as a
// libFuzzer target with clang (-DWENSHU_BUILD_FUZZERS=ON) and, always,
// with the replay main that ctest runs over corpora/fuzz/html.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/html_reader.h"
#include "pipeline/document_processor.h"
#include "pipeline/file_formats.h"

namespace {

void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const wenshu::DocumentProcessor processor(
      wenshu::Policy::NationalDefault(), wenshu::DetectorSet::Standard());
  wenshu::FileFormatOptions options;
  options.forced = wenshu::FileFormat::kHtml;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const wenshu::ProcessedDocument doc =
      wenshu::ProcessFile(processor, "fuzz.html", bytes, options, nullptr);
  if (doc.status != wenshu::PublicationStatus::kPublished) {
    Check(doc.public_file.empty(), "an unpublished document has no file");
    Check(doc.status != wenshu::PublicationStatus::kHeld || !doc.error.empty(),
          "a held document says why");
    return 0;
  }
  Check(!doc.public_file.empty(), "a published document has its file");
  wenshu::Result<wenshu::HtmlDocument> again =
      wenshu::ReadHtml(doc.public_file);
  Check(again.ok(), "a written page reads back");
  Check(again.value().text == doc.public_text,
        "a written page reads back as exactly the public text");
  return 0;
}
