// The ICU converter adapter: the only file that sees ucnv_* and ucsdet_*.
#include "core/encoding.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
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
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr std::string_view kBomSuffix = " (BOM)";

// Converts `bytes` from `from` to `to`, stopping at the first byte that is
// not valid in `from` and at the first character `to` cannot carry (ICU's
// default would substitute one). On failure, `*failed_at` (if given) is the
// offset in `bytes` of the first invalid byte (for a character `to` cannot
// carry, where ICU stopped reading: possibly past it).
Result<std::string> Convert(std::string_view bytes, const char* from_charset,
                            const char* to_charset,
                            size_t* failed_at = nullptr) {
  UErrorCode error = U_ZERO_ERROR;
  Converter from(ucnv_open(from_charset, &error));
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU has no converter for ") +
                            from_charset);
  }
  Converter to(ucnv_open(to_charset, &error));
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU has no converter for ") +
                            to_charset);
  }
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                      nullptr, &error);
  ucnv_setFromUCallBack(to.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &error);
  if (U_FAILURE(error)) return Status::Internal("ICU refused a callback");
  std::string out(std::max<size_t>(bytes.size() * 2, 64), '\0');
  size_t written = 0;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  for (;;) {
    error = U_ZERO_ERROR;
    char* target = out.data() + written;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(),
                   &source, source_end, pivot, &pivot_source, &pivot_target,
                   pivot + 1024, reset, true, &error);
    reset = false;
    written = static_cast<size_t>(target - out.data());
    if (error != U_BUFFER_OVERFLOW_ERROR) break;
    out.resize(out.size() * 2);
  }
  if (U_FAILURE(error)) {
    size_t at = static_cast<size_t>(source - bytes.data());
    // ICU stops after an invalid sequence; the error names its first byte.
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(from.get(), invalid, &invalid_length, &ignored);
    if (U_SUCCESS(ignored) && invalid_length > 0 &&
        static_cast<size_t>(invalid_length) <= at) {
      at -= static_cast<size_t>(invalid_length);
    }
    if (failed_at != nullptr) *failed_at = at;
    return Status::InvalidInput(std::string("not convertible from ") +
                                from_charset + " to " + to_charset +
                                " at byte " + std::to_string(at) + " (" +
                                u_errorName(error) + ")");
  }
  out.resize(written);
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

// How plausible a code point is in a Chinese judgment. kForbidden: never
// in a text file (C0 controls but \t \r \n, noncharacters); kChinese: CJK
// ideographs, CJK punctuation and full-width forms, the evidence that a
// reading is the right one.
enum class Plausibility { kForbidden, kUnlikely, kLikely, kChinese };

Plausibility Classify(uint32_t c) {
  if (c < 0x20) {
    return c == '\t' || c == '\n' || c == '\r' ? Plausibility::kLikely
                                               : Plausibility::kForbidden;
  }
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
    return Plausibility::kForbidden;
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) ||
      (c >= 0xFF01 && c <= 0xFFEF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x3FFFF)) {
    return Plausibility::kChinese;
  }
  if (c < 0x7F || (c >= 0xA0 && c <= 0xFF) ||    // ASCII, Latin-1
      (c >= 0x2010 && c <= 0x205E) ||            // general punctuation
      (c >= 0x2100 && c <= 0x22FF) ||            // letterlike, numbers, math
      (c >= 0x2460 && c <= 0x25FF) ||            // ①, box drawing, shapes
      (c >= 0x3400 && c <= 0x4DBF)) {            // CJK extension A
    return Plausibility::kLikely;
  }
  return Plausibility::kUnlikely;
}

// What a reading of the bytes in one encoding looks like.
struct Reading {
  bool valid = false;      // converts, and nothing forbidden
  size_t characters = 0;
  size_t likely = 0;       // characters that are kLikely or kChinese
  size_t evidence = 0;     // bytes that only this reading explains well

  bool Plausible() const {
    return valid && characters > 0 && likely * 10 >= characters * 9;
  }
};

bool IsAsciiText(uint8_t b) {
  return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n' || b == '\r';
}

// `bytes` read as UTF-16 of one byte order, without converting. Evidence:
// ASCII characters (a NUL byte beside each) and Chinese characters, except
// those whose two bytes are both ASCII text (such a unit is as well read as
// two ASCII characters of a legacy encoding).
Reading ReadAsUtf16(std::string_view bytes, bool little_endian) {
  Reading r;
  if (bytes.size() % 2 != 0) return r;
  const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  auto unit = [&](size_t i) -> uint32_t {
    return little_endian ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
  };
  for (size_t i = 0; i < n; i += 2) {
    uint32_t c = unit(i);
    size_t width = 2;
    if (c >= 0xDC00 && c <= 0xDFFF) return r;  // a lone low surrogate
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 2 >= n) return r;
      const uint32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return r;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      width = 4;
    }
    const Plausibility p = Classify(c);
    if (p == Plausibility::kForbidden) return r;
    ++r.characters;
    if (p != Plausibility::kUnlikely) ++r.likely;
    const bool ascii_pair =
        width == 2 && IsAsciiText(b[i]) && IsAsciiText(b[i + 1]);
    if (c < 0x80 || (p == Plausibility::kChinese && !ascii_pair))
      r.evidence += width;
    if (width == 4) i += 2;
  }
  r.valid = true;
  return r;
}

// Decoded UTF-8 text of a legacy encoding, judged like ReadAsUtf16.
// Evidence: the non-ASCII Chinese characters (two bytes each, as most are in
// GB18030).
Reading JudgeLegacyText(std::string_view utf8) {
  Reading r;
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0) return r;
    const Plausibility p = Classify(static_cast<uint32_t>(c));
    if (p == Plausibility::kForbidden) return r;
    ++r.characters;
    if (p != Plausibility::kUnlikely) ++r.likely;
    if (p == Plausibility::kChinese && c >= 0x80) r.evidence += 2;
  }
  r.valid = true;
  return r;
}

// `bytes` as GB18030, only when converting the text back gives exactly
// `bytes`: ICU reads a few byte sequences through one-way fallback
// mappings, and such a text could not be written back unchanged.
Result<std::string> DecodeGb18030Exactly(std::string_view bytes) {
  Result<std::string> utf8 = Convert(bytes, "GB18030", "UTF-8");
  if (!utf8.ok()) return utf8;
  Result<std::string> back = Convert(utf8.value(), "UTF-8", "GB18030");
  if (!back.ok() || back.value() != bytes) {
    size_t at = 0;
    if (back.ok()) {
      const std::string& again = back.value();
      while (at < bytes.size() && at < again.size() && bytes[at] == again[at])
        ++at;
    }
    return Status::InvalidInput(
        "not valid GB18030 at byte " + std::to_string(at) +
        " (a sequence with no exact Unicode equivalent)");
  }
  return utf8;
}

// The byte offset in `utf8` (well-formed) of the first character that
// `charset` cannot carry exactly (no mapping, or a one-way one), found one
// character at a time.
size_t FirstUnencodable(std::string_view utf8, const char* charset) {
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    const std::string_view piece = utf8.substr(start, i - start);
    Result<std::string> bytes = Convert(piece, "UTF-8", charset);
    if (!bytes.ok()) return static_cast<size_t>(start);
    Result<std::string> back = Convert(bytes.value(), charset, "UTF-8");
    if (!back.ok() || back.value() != piece) return static_cast<size_t>(start);
  }
  return utf8.size();
}

Result<DecodedText> DecodeUtf16(std::string_view bytes, bool little_endian,
                                bool bom) {
  const char* charset = little_endian ? "UTF-16LE" : "UTF-16BE";
  size_t at = 0;
  Result<std::string> utf8 = Convert(bytes, charset, "UTF-8", &at);
  if (!utf8.ok()) {
    return Status::InvalidInput(std::string("not valid ") + charset +
                                " at byte " + std::to_string(at + (bom ? 2 : 0)) +
                                "; convert the file to UTF-8, for example "
                                "with iconv");
  }
  return DecodedText{std::move(utf8).value(),
                     std::string(charset) + (bom ? " (BOM)" : "")};
}

}  // namespace

std::optional<size_t> FirstInvalidUtf8(std::string_view text) {
  // simdjson's validator reads gigabytes a second and accepts exactly what
  // the loop below accepts (well-formed UTF-8: no overlongs, surrogates or
  // code points past U+10FFFF); the loop runs only to say where it breaks.
  if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
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
  if (bytes.starts_with(kUtf8Bom)) {
    std::string_view rest = bytes.substr(kUtf8Bom.size());
    if (auto bad = FirstInvalidUtf8(rest)) {
      return Status::InvalidInput(
          "UTF-8 (with byte-order mark) is invalid at byte " +
          std::to_string(*bad + kUtf8Bom.size()));
    }
    return DecodedText{std::string(rest), "UTF-8 (BOM)"};
  }
  if (bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom)) {
    return DecodeUtf16(bytes.substr(2), bytes.starts_with(kUtf16LeBom),
                       /*bom=*/true);
  }
  const bool utf8 = !FirstInvalidUtf8(bytes).has_value();
  const bool has_nul = bytes.find('\0') != std::string_view::npos;
  if (utf8 && !has_nul) return DecodedText{std::string(bytes), "UTF-8"};

  // UTF-16 without a byte-order mark: the more plausible byte order.
  const Reading le = ReadAsUtf16(bytes, /*little_endian=*/true);
  const Reading be = ReadAsUtf16(bytes, /*little_endian=*/false);
  const bool little = !be.Plausible() ||
                      (le.Plausible() && le.evidence >= be.evidence);
  const Reading& utf16 = little ? le : be;
  // A NUL byte is in no legacy Chinese text but beside every ASCII
  // character of UTF-16.
  if (utf16.Plausible() && has_nul)
    return DecodeUtf16(bytes, little, /*bom=*/false);
  if (utf8) return DecodedText{std::string(bytes), "UTF-8"};

  Result<std::string> gb = DecodeGb18030Exactly(bytes);
  if (gb.ok()) {
    // Both readings convert: the one that explains more bytes as Chinese.
    if (utf16.Plausible()) {
      const Reading legacy = JudgeLegacyText(gb.value());
      if (!legacy.Plausible() || utf16.evidence > legacy.evidence)
        return DecodeUtf16(bytes, little, /*bom=*/false);
    }
    return DecodedText{std::move(gb).value(), "GB18030"};
  }
  if (utf16.Plausible()) return DecodeUtf16(bytes, little, /*bom=*/false);
  const std::string guess = DetectCharset(bytes);
  return Status::InvalidInput(
      "the text is neither UTF-8, UTF-16, nor GB18030/GBK: " +
      gb.status().message() +
      (guess.empty() ? "" : " (ICU guesses " + guess + ")") +
      "; convert the file to UTF-8, for example with iconv");
}

Result<std::string> EncodeFromUtf8(std::string_view utf8,
                                   std::string_view encoding) {
  if (auto bad = FirstInvalidUtf8(utf8)) {
    return Status::InvalidInput("cannot encode text that is not UTF-8: "
                                "invalid at byte " +
                                std::to_string(*bad));
  }
  std::string_view charset = encoding;
  const bool bom = charset.ends_with(kBomSuffix);
  if (bom) charset.remove_suffix(kBomSuffix.size());
  if (charset == "UTF-8")
    return (bom ? std::string(kUtf8Bom) : std::string()) + std::string(utf8);
  const char* icu_name = nullptr;
  std::string_view bom_bytes;
  if (charset == "UTF-16LE") {
    icu_name = "UTF-16LE";
    bom_bytes = kUtf16LeBom;
  } else if (charset == "UTF-16BE") {
    icu_name = "UTF-16BE";
    bom_bytes = kUtf16BeBom;
  } else if (charset == "GB18030" && !bom) {
    icu_name = "GB18030";
  } else {
    return Status::InvalidInput("no such output encoding: \"" +
                                std::string(encoding) +
                                "\" (UTF-8, UTF-8 (BOM), UTF-16LE, UTF-16LE "
                                "(BOM), UTF-16BE, UTF-16BE (BOM), GB18030)");
  }
  Result<std::string> out = Convert(utf8, "UTF-8", icu_name);
  // Read back to be sure nothing was written through a one-way mapping.
  if (out.ok() && std::string_view(icu_name) == "GB18030") {
    Result<std::string> back = Convert(out.value(), icu_name, "UTF-8");
    if (!back.ok() || back.value() != utf8)
      out = Status::InvalidInput("not exact");
  }
  if (!out.ok()) {
    return Status::InvalidInput(
        std::string(icu_name) + " cannot carry the character at byte " +
        std::to_string(FirstUnencodable(utf8, icu_name)) + " of the text");
  }
  return (bom ? std::string(bom_bytes) : std::string()) +
         std::move(out).value();
}

}  // namespace wenshu
