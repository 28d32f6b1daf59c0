// The ICU converter adapter: the only file that sees ucnv_* and ucsdet_*.
#include "core/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace wenshu {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts `bytes` from `charset` to UTF-8, stopping at the first byte that
// is not valid in that charset.
Result<std::string> Convert(std::string_view bytes, const char* charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset, &error));
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU has no converter for ") + charset);
  }
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &error));
  if (U_FAILURE(error)) return Status::Internal("ICU has no UTF-8 converter");
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                      nullptr, &error);
  std::string out(bytes.size() * 2 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(),
                 &source, bytes.data() + bytes.size(), pivot, &pivot_source,
                 &pivot_target, pivot + 1024, true, true, &error);
  if (U_FAILURE(error)) {
    return Status::InvalidInput(
        std::string("not valid ") + charset + " at byte " +
        std::to_string(source - bytes.data()) + " (" + u_errorName(error) +
        "); convert the file to UTF-8, for example with iconv");
  }
  out.resize(target - out.data());
  return out;
}

// ICU's guess for text that is not UTF-8, or "" when it has none.
std::string DetectCharset(std::string_view bytes) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&error));
  if (U_FAILURE(error)) return "";
  ucsdet_setText(det.get(), bytes.data(),
                 static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)),
                 &error);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &error);
  if (U_FAILURE(error) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &error);
  return U_FAILURE(error) || name == nullptr ? "" : name;
}

}  // namespace

std::optional<size_t> FirstInvalidUtf8(std::string_view text) {
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, bytes + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const uint8_t lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // The common case, inline: a three-byte sequence for U+1000-U+CFFF and
    // U+E000-U+FFFF (lead E1-EC, EE-EF; no surrogates or overlongs there).
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < n &&
        (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes) {
  auto starts_with = [&](std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
  };
  if (starts_with("\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    if (auto bad = FirstInvalidUtf8(rest)) {
      return Status::InvalidInput(
          "UTF-8 (with byte-order mark) is invalid at byte " +
          std::to_string(*bad + 3));
    }
    return DecodedText{std::string(rest), "UTF-8 (BOM)"};
  }
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    const bool little = starts_with("\xFF\xFE");
    Result<std::string> utf8 =
        Convert(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE");
    if (!utf8.ok()) return utf8.status();
    return DecodedText{std::move(utf8).value(),
                       little ? "UTF-16LE" : "UTF-16BE"};
  }
  if (!FirstInvalidUtf8(bytes)) return DecodedText{std::string(bytes), "UTF-8"};
  // Not UTF-8. Chinese legacy text is GB18030 (a superset of GBK and
  // GB2312); a strict conversion decides, and when it fails ICU's detector
  // says what the text more likely is.
  const char* charset = "GB18030";
  Result<std::string> utf8 = Convert(bytes, charset);
  if (!utf8.ok()) {
    const std::string guess = DetectCharset(bytes);
    return Status::InvalidInput(
        "the text is neither UTF-8, UTF-16 with a byte-order mark, nor "
        "GB18030/GBK: " +
        utf8.status().message() +
        (guess.empty() ? "" : " (ICU guesses " + guess + ")"));
  }
  return DecodedText{std::move(utf8).value(), charset};
}

}  // namespace wenshu
