// Encoding detection and conversion to UTF-8 (the ICU converter adapter).
//
// Judgments arrive as UTF-8 with or without a byte-order mark, UTF-16 with a
// byte-order mark, or GB18030 / GBK from older systems. DecodeToUtf8 turns any
// of these into UTF-8 and says which it was; anything else fails with
// kInvalidInput and a message naming the first bad byte. Stateless and
// thread-safe. The only place that sees ICU's converters and charset
// detector (ucnv, ucsdet); their UErrorCode becomes a Status here. Returned
// text is the caller's; nothing views the input bytes.
#ifndef WENSHU_CORE_ENCODING_H_
#define WENSHU_CORE_ENCODING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace wenshu {

struct DecodedText {
  std::string utf8;
  std::string
      encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
};

// The byte offset of the first ill-formed UTF-8 sequence, or nullopt when
// `text` is well-formed UTF-8.
std::optional<size_t> FirstInvalidUtf8(std::string_view text);

Result<DecodedText> DecodeToUtf8(std::string_view bytes);

}  // namespace wenshu

#endif  // WENSHU_CORE_ENCODING_H_
