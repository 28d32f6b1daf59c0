// RepeatedIdentifierFinder: a span source (span_source.h) that reports every
// other mention of an identifier value already found in the document, so
// that one value found once is removed at every mention, in every width and
// spacing (rules §5: "deleted, wherever it appears").
//
// A detector sees a mention only when its shape and cues fit: the same phone
// number written later as "139 1234 5678" is found, but split by a line
// break ("1391234\n5678"), after a different label, or a plate written
// "京 A12345" or "京A-12345" is not. This source takes the values the
// detectors found (already in the sink: ID numbers, phones, bank accounts,
// plates, property certificates, travel documents, vehicle ids, QQ
// numbers, and the detail of a home address below the county), and reports
// each other mention of the same value in the text.
//
// How values are compared. A value's key (IdentifierKey) is its characters
// with the separators dropped and ASCII letters upper-cased. A mention is a
// run of the key's characters in the text with at most kMaxGap separator
// characters (spaces, tabs, line breaks, hyphens and dashes, middle dots,
// zero-width characters) between any two of them. The text the sources scan
// is normalized (core/normalized_text.h), so full-width digits and letters
// are already half-width there. A mention must stand alone: the character
// before and after it, over at most kMaxGap separators, is no ASCII letter or
// digit (nor '.', ',', '_' or '@' joined to one), so a value inside a longer
// number ("613912345678", "139 1234 5678 9") is another number and is never
// cut. Keys shorter than kMinValueChars characters or with fewer than four
// digits are not looked for elsewhere: too short to tell one identifier from
// another number.
//
// Which values. Every identifier span in the sink of the categories above,
// unless it lies wholly inside a protected span (a keep rule kept it) or
// inside a longer identifier span (the pass would drop it), and whose text
// has no ASCII character other than letters, digits and separators (an
// e-mail address or a WeChat id is not compared this way).
//
// Find appends to sink.identifier_values() the values found (each key once,
// in order of first mention) and to sink.spans() one span per other mention,
// with the value's category, rule kRule, in byte offsets of scan.text();
// a mention already covered by a span in the sink is not reported again.
// It then runs the detector set's keep rules around the new spans
// (DetectorSet::FindKeptAround), so a mention inside a case number, an
// amount or another kept text is dropped by the redaction pass as a
// detector's would be. Run it after the detector set, over the same sink.
// The verify pass (verifier.h) gets the same values through the
// ScanContext and looks for them with FindValueMentions.
//
// Linear in the text: one walk over it, passing by one table load each the
// bytes that start no key and by one bit test the pairs of bytes no key
// starts with, looking up each place where a standalone run starts by its
// first seven significant bytes in a sorted index of the keys, and
// comparing a whole key only where they agree.
//
// Errors: Find fails only when the keep rules fail (a regex engine error);
// the caller then holds the document. Immutable after construction and
// thread-safe; the spans' rule and reason view string literals.
#ifndef WENSHU_REDACTORS_REPEATED_IDENTIFIERS_H_
#define WENSHU_REDACTORS_REPEATED_IDENTIFIERS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/byte_search.h"
#include "core/span.h"
#include "core/status.h"
#include "redactors/detector_set.h"
#include "redactors/span_source.h"

namespace wenshu {

class RepeatedIdentifierFinder : public SpanSource {
 public:
  static constexpr std::string_view kRule = "repeated_value";
  // The fewest characters (after separators are dropped) a key must have.
  static constexpr size_t kMinValueChars = 7;
  // The most separator characters between two characters of a mention, and
  // the reach of the look for a neighbour before and after it.
  static constexpr size_t kMaxGap = 4;

  // `keep_rules` must outlive the finder.
  explicit RepeatedIdentifierFinder(const DetectorSet& keep_rules)
      : keep_rules_(keep_rules) {}

  std::string_view name() const override { return "repeated_identifiers"; }
  // Precondition: `sink` holds the detector set's spans over `scan.text()`.
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

 private:
  const DetectorSet& keep_rules_;
};

// The key of an identifier written as `value` (see above), or nullopt when
// it has an ASCII character other than a letter, a digit or a separator, is
// shorter than kMinValueChars characters or has fewer than four digits.
std::optional<std::string> IdentifierKey(std::string_view value);

// The values of the identifier spans among `spans` (offsets of `text`),
// chosen as described above, each key once, in order of first mention.
std::vector<IdentifierValue> CollectIdentifierValues(
    std::string_view text, const std::vector<Span>& spans);

// Every standalone mention of any of `values` in `text`, sorted by begin and
// not overlapping (where two keys match at one place, the longer wins): a
// span with the value's category and rule RepeatedIdentifierFinder::kRule.
// `text` should be normalized; it need not be valid UTF-8.
std::vector<Span> FindValueMentions(std::string_view text,
                                    const std::vector<IdentifierValue>& values);

// FindValueMentions for one set of values, prepared once (the keys' index
// and the pairs their mentions can start with) and asked of many texts:
// the verify pass reads the public text and every output field for the
// same values. Immutable after construction and thread-safe.
class ValueMentions {
 public:
  explicit ValueMentions(std::vector<IdentifierValue> values);
  // FindValueMentions(text, values).
  std::vector<Span> Find(std::string_view text) const;
  // The values as given.
  const std::vector<IdentifierValue>& values() const { return values_; }

 private:
  std::vector<IdentifierValue> values_;
  // The keys by their first bytes (Pack), with their index in values_.
  std::vector<std::pair<uint64_t, size_t>> index_;
  BytePairSet pairs_;  // the pairs a mention can start with
  // Every key starts with an ASCII byte or a lead byte (C2-F4): the
  // places to look are found by BytePairSet::FindWordStart.
  bool lead_bytes_only_ = true;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_REPEATED_IDENTIFIERS_H_
