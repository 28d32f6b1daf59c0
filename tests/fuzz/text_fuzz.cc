// Fuzz target: any bytes as a text file. When DecodeToUtf8 reads them, the
// text is well-formed UTF-8 and EncodeFromUtf8 in the encoding it named
// gives back exactly the input bytes; the text written in each encoding with
// a byte-order mark decodes back to the same text in that encoding. When it
// does not read them, the error is kInvalidInput. Built as a libFuzzer
// target with clang (-DWENSHU_BUILD_FUZZERS=ON) and, always, with the
// replay main that ctest runs over the corpora.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/encoding.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using wenshu::fuzz::Check;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  wenshu::Result<wenshu::DecodedText> decoded = wenshu::DecodeToUtf8(bytes);
  if (!decoded.ok()) {
    Check(decoded.status().code() == wenshu::StatusCode::kInvalidInput,
          "unreadable text is invalid input");
    return 0;
  }
  const wenshu::DecodedText& text = decoded.value();
  Check(!wenshu::FirstInvalidUtf8(text.utf8).has_value(),
        "decoded text is UTF-8");
  wenshu::Result<std::string> encoded =
      wenshu::EncodeFromUtf8(text.utf8, text.encoding);
  Check(encoded.ok(), "decoded text encodes in its own encoding");
  Check(encoded.value() == bytes, "decoding and encoding gives the bytes back");
  for (const char* encoding : {"UTF-8 (BOM)", "UTF-16LE (BOM)",
                               "UTF-16BE (BOM)"}) {
    wenshu::Result<std::string> other =
        wenshu::EncodeFromUtf8(text.utf8, encoding);
    Check(other.ok(), "any text encodes in UTF-8 and UTF-16");
    wenshu::Result<wenshu::DecodedText> back =
        wenshu::DecodeToUtf8(other.value());
    Check(back.ok() && back.value().utf8 == text.utf8 &&
              back.value().encoding == encoding,
          "a text with a byte-order mark decodes back to itself");
  }
  wenshu::Result<std::string> gb = wenshu::EncodeFromUtf8(text.utf8, "GB18030");
  Check(gb.ok(), "any text encodes in GB18030");
  return 0;
}
