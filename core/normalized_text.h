// NormalizedText: the detection view of a document, with a map back to the
// original bytes.
//
// Detectors run on a normalized copy of the text: Unicode NFKC (full-width
// ASCII becomes half-width, Kangxi radicals and CJK compatibility ideographs
// become ordinary ideographs, U+3000 becomes a space), CJK Radicals
// Supplement forms folded to their ordinary characters, the middle-dot
// variants folded to U+00B7, zero-width characters removed, and numbers
// written digit by digit in Chinese numerals (runs of seven digits or more,
// 〇一二…九, 壹贰叁…玖, 幺, mixed with Arabic digits or not) read as ASCII
// digits, so that an identifier is seen in any numeral system. Every byte
// offset in the normalized text maps back to a byte offset in the original,
// so a span found in the normalized view names exactly the original bytes
// that produced it.
//
// A NormalizedText is immutable once built and safe to share between threads;
// text() and offsets() return references valid while it lives (a Document
// views text(), so the NormalizedText must outlive it).
// The original text must be valid UTF-8 (see encoding.h); Normalize fails with
// kInvalidInput otherwise and kInternal if ICU reports an error.
#ifndef WENSHU_CORE_NORMALIZED_TEXT_H_
#define WENSHU_CORE_NORMALIZED_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

// Maps normalized byte offsets to original byte offsets. Only the places
// where the two texts differ are stored, so the map of an already-normalized
// text is empty.
class OffsetMap {
 public:
  struct Change {
    size_t original_begin;
    size_t original_length;
    size_t normalized_begin;
    size_t normalized_length;
  };

  OffsetMap() = default;
  explicit OffsetMap(std::vector<Change> changes)
      : changes_(std::move(changes)) {}

  // The original offset where a span starting at `normalized` starts. An
  // offset inside a changed run maps to the start of that run.
  size_t ToOriginalBegin(size_t normalized) const;
  // The original offset where a span ending at `normalized` ends. An offset
  // inside a changed run maps to the end of that run.
  size_t ToOriginalEnd(size_t normalized) const;

  const std::vector<Change>& changes() const { return changes_; }

 private:
  std::vector<Change> changes_;  // sorted by normalized_begin
};

class NormalizedText {
 public:
  static Result<NormalizedText> Normalize(std::string_view original);
  // The same without checking the input, for text already known to be
  // well-formed UTF-8 (validated input, or text built from it).
  static Result<NormalizedText> NormalizeValidUtf8(std::string_view original);
  // The same, saying whether numbers written in Chinese numerals are read
  // as digits (`false` leaves them as written).
  static Result<NormalizedText> NormalizeValidUtf8(std::string_view original,
                                                   bool read_numerals);

  // True when some number written in Chinese numerals was read as digits.
  bool has_numeral_runs() const { return numeral_runs_; }

  const std::string& text() const { return text_; }
  const OffsetMap& offsets() const { return offsets_; }

 private:
  NormalizedText(std::string text, OffsetMap offsets)
      : text_(std::move(text)), offsets_(std::move(offsets)) {}

  std::string text_;
  OffsetMap offsets_;
  bool numeral_runs_ = false;
};

// `text` without its spaces (U+0020, which is also what normalization makes
// of the ideographic space): the form a spaced-out title ("民 事 判 决 书")
// or case number takes when it is compared or recorded.
std::string WithoutSpaces(std::string_view text);

}  // namespace wenshu

#endif  // WENSHU_CORE_NORMALIZED_TEXT_H_
