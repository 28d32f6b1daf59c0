// Encoding detection and conversion between UTF-8 and the encodings
// judgments arrive in (the ICU converter adapter).
//
// Judgments arrive as UTF-8 with or without a byte-order mark, UTF-16 (little
// or big endian) with or without a byte-order mark, or GB18030 / GBK from
// older systems. DecodeToUtf8 turns any of these into UTF-8 and names the
// encoding; EncodeFromUtf8 writes UTF-8 back in a named encoding, so that a
// text decoded and encoded again unchanged gives back its bytes exactly.
// Anything that cannot be converted exactly fails with kInvalidInput and a
// message naming the first bad byte. Stateless and thread-safe. The only
// place that sees ICU's converters and charset detector (ucnv, ucsdet);
// their UErrorCode becomes a Status here. Returned text is the caller's;
// nothing views the input bytes.
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
  // One of "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16LE (BOM)",
  // "UTF-16BE", "UTF-16BE (BOM)", "GB18030": "(BOM)" exactly when the input
  // began with a byte-order mark (which is not part of `utf8`).
  std::string encoding;
};

// The byte offset of the first ill-formed UTF-8 sequence, or nullopt when
// `text` is well-formed UTF-8.
std::optional<size_t> FirstInvalidUtf8(std::string_view text);

// Detects the encoding of `bytes` and converts them to UTF-8, in this order:
//   1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
//   2. well-formed UTF-8 without NUL bytes is UTF-8;
//   3. UTF-16 without a byte-order mark, when the text read as UTF-16 (the
//      more plausible of little and big endian) is plausible judgment text:
//      an even length, no unpaired surrogate, no C0 control but \t \r \n,
//      no noncharacter, and at least 90% of its characters CJK, ASCII,
//      full-width forms or common punctuation;
//   4. other well-formed UTF-8 (with NULs) is UTF-8;
//   5. GB18030 (a superset of GBK and GB2312), when every byte sequence
//      converts and the text converts back to exactly the same bytes.
// Fails with kInvalidInput otherwise (the message names the byte offset and
// ICU's guess of the charset, if any).
Result<DecodedText> DecodeToUtf8(std::string_view bytes);

// Writes `utf8` in `encoding`, one of the names DecodedText::encoding gives
// (a "(BOM)" name writes the byte-order mark first). Fails with
// kInvalidInput when `utf8` is not well-formed UTF-8, when `encoding` is not
// one of those names, or when a character cannot be written in `encoding`
// (the message names its byte offset in `utf8`; nothing is ever substituted).
Result<std::string> EncodeFromUtf8(std::string_view utf8,
                                   std::string_view encoding);

}  // namespace wenshu

#endif  // WENSHU_CORE_ENCODING_H_
