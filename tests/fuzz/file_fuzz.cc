// Fuzz target: any bytes as a file of one structured format (an HTML page
// with WENSHU_FUZZ_HTML defined, else a case-system XML export), through
// ProcessFile as `wenshu redact` takes a file: read, redacted, written back
// in its own format, and the written file verified in every string.
// Whatever happens, a published document's file reads back as exactly its
// public text, a document that is not published has no file, and a held
// one says why. Built as html_fuzz and xml_fuzz: libFuzzer targets with
// clang (-DWENSHU_BUILD_FUZZERS=ON) and, always, replays that ctest runs
// over corpora/fuzz/html and corpora/fuzz/xml.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/html_reader.h"
#include "core/xml_case_reader.h"
#include "pipeline/file_formats.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using wenshu::fuzz::Check;

#ifdef WENSHU_FUZZ_HTML
constexpr wenshu::FileFormat kFormat = wenshu::FileFormat::kHtml;
wenshu::Result<std::string> TextOf(const std::string& file) {
  wenshu::Result<wenshu::HtmlDocument> read = wenshu::ReadHtml(file);
  if (!read.ok()) return read.status();
  return read.value().text;
}
#else
constexpr wenshu::FileFormat kFormat = wenshu::FileFormat::kXml;
wenshu::Result<std::string> TextOf(const std::string& file) {
  wenshu::Result<wenshu::XmlCaseDocument> read =
      wenshu::ReadXmlCase(file, wenshu::DefaultXmlMapping());
  if (!read.ok()) return read.status();
  return read.value().text;
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  wenshu::FileFormatOptions options;
  options.forced = kFormat;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const wenshu::ProcessedDocument doc = wenshu::ProcessFile(
      wenshu::fuzz::FuzzProcessor(), "fuzz", bytes, options, nullptr);
  if (doc.status != wenshu::PublicationStatus::kPublished) {
    Check(doc.public_file.empty(), "an unpublished document has no file");
    Check(doc.status != wenshu::PublicationStatus::kHeld || !doc.error.empty(),
          "a held document says why");
    return 0;
  }
  Check(!doc.public_file.empty(), "a published document has its file");
  const wenshu::Result<std::string> again = TextOf(doc.public_file);
  Check(again.ok(), "a written file reads back");
  Check(again.value() == doc.public_text,
        "a written file reads back as exactly the public text");
  return 0;
}
