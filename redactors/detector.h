// Detector: finds one kind of identifier in a text and reports spans.
//
// A detector reads a ScanContext (the normalized text of one document plus
// lazily built candidate indexes shared by all detectors) and appends Spans
// in byte offsets of that text. It never edits text. Detectors are immutable
// after construction: Detect may be called from many threads at once, each
// with its own ScanContext. Detect returns a non-ok Status only when a regex
// engine fails; the caller then holds the document (fail closed).
#ifndef WENSHU_REDACTORS_DETECTOR_H_
#define WENSHU_REDACTORS_DETECTOR_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/utf8.h"
#include "redactors/digit_chain.h"
#include "core/regex.h"
#include "core/span.h"

namespace wenshu {

// kStandard is what the redaction pass uses: every candidate must validate
// (check digits, cue words). kWidest is what the verify pass uses: the same
// shapes with the validations that can be evaded relaxed, so that anything
// that still looks like an identifier in a public text holds the document.
enum class Strictness { kStandard, kWidest };

// One document's text as the detectors see it. Not thread-safe: one context
// per document per thread. The text must outlive the context.
class ScanContext {
 public:
  ScanContext(std::string_view text, Strictness strictness)
      : text_(text), strictness_(strictness), regions_{{0, text.size()}} {}

  std::string_view text() const { return text_; }
  // The parts of the text worth scanning, sorted and disjoint: the whole text
  // unless the caller narrowed it (keep rules only need to look around
  // identifier candidates). Detectors that honour regions say so.
  const std::vector<ByteRange>& regions() const { return regions_; }
  void set_regions(std::vector<ByteRange> regions) {
    regions_ = std::move(regions);
  }
  Strictness strictness() const { return strictness_; }
  bool widest() const { return strictness_ == Strictness::kWidest; }

  // Every maximal chain of ASCII digits in the text (see digit_chain.h),
  // found on first use and shared by the digit-based detectors.
  const std::vector<DigitChain>& digit_chains() const;

 private:
  std::string_view text_;
  Strictness strictness_;
  std::vector<ByteRange> regions_;
  mutable std::optional<DigitChains> digit_chains_;
};

class Detector {
 public:
  virtual ~Detector() = default;

  // A short stable name, e.g. "id_number".
  virtual std::string_view name() const = 0;
  // RE2 patterns of which at least one matches any text in which this
  // detector can find something, at either strictness. The detector set
  // runs them all in one RE2::Set pass and skips a detector none of whose
  // triggers matched. No patterns: the detector always runs (those working
  // from the digit chains, which are cheap to look at).
  virtual std::vector<std::string> TriggerPatterns() const = 0;
  virtual Status Detect(const ScanContext& context,
                        std::vector<Span>* out) const = 0;
  // True for detectors of text kept by rule (Category::kProtected). They
  // run after the others, only around what the others found, and scan only
  // the context's regions.
  virtual bool ReportsProtected() const { return false; }
};

// Helpers for validating candidates in code, since RE2 has no look-around.

// The parts of `text` around every occurrence of any of `literals`: from
// `before` bytes before it to `after` bytes after its start, cut at
// character boundaries, sorted and merged. Detectors whose patterns all
// contain one of a few literals run their regexes only there: a byte
// search over the whole text is far cheaper than a regex pass.
std::vector<ByteRange> LiteralWindows(
    std::string_view text, std::initializer_list<std::string_view> literals,
    size_t before, size_t after);

// A fixed list of words found in one pass: an RE2 alternation of the quoted
// literals, instead of one byte search per word. Immutable and thread-safe.
class LiteralSet {
 public:
  explicit LiteralSet(std::initializer_list<std::string_view> literals);
  // The start of the first occurrence of any literal at or after `from`,
  // or npos. Occurrences that overlap are all found, by starting the next
  // search one byte after the last start.
  size_t FindFrom(std::string_view text, size_t from) const;

 private:
  Regex alternation_;
};

// LiteralWindows for a LiteralSet: the same windows, in one regex pass.
std::vector<ByteRange> LiteralWindows(std::string_view text,
                                      const LiteralSet& literals,
                                      size_t before, size_t after);

// Sorts ranges and merges those that overlap or touch.
std::vector<ByteRange> MergeRanges(std::vector<ByteRange> ranges);

// True for ASCII letters and digits.
bool IsAsciiAlnum(char c);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DETECTOR_H_
