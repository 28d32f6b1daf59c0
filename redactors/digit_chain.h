// DigitChain: a run of ASCII digit groups joined by single spaces, hyphens
// or dashes, line breaks, dots or middle dots, as identifiers are written
// in judgments ("138 1234 5678", "1101-0519-8001-0112-34", "139.1128.6745",
// "139—1128—6745", an ID broken across two lines). Digit-based detectors look at a chain and at the
// runs of whole groups inside it, so that a phone number followed by a space
// and an ID number yields both, and no number is ever cut mid-group.
#ifndef WENSHU_REDACTORS_DIGIT_CHAIN_H_
#define WENSHU_REDACTORS_DIGIT_CHAIN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace wenshu {

// One group of ASCII digits: its byte range in the text.
using DigitGroup = ByteRange;

// A chain is a view of consecutive groups; the groups of all chains of a
// text live in one vector (see DigitChains), so finding them allocates once.
struct DigitChain {
  size_t begin = 0;
  size_t end = 0;
  const DigitGroup* first_group = nullptr;
  size_t group_count = 0;

  const DigitGroup& group(size_t g) const { return first_group[g]; }
};

class DigitChains {
 public:
  // Finds every maximal chain in `text` (ASCII digits only: run it on
  // normalized text, where full-width digits are already half-width).
  explicit DigitChains(std::string_view text);
  DigitChains(const DigitChains&) = delete;
  DigitChains& operator=(const DigitChains&) = delete;

  const std::vector<DigitChain>& chains() const { return chains_; }

 private:
  std::vector<DigitGroup> groups_;
  std::vector<DigitChain> chains_;
};

// The bytes of the separator at byte `i` of `text` that may stand between
// two groups of one chain (a space, a hyphen, a line break, a dot, a middle
// dot, a dash U+2010-U+2015 or a minus sign U+2212), or 0.
size_t DigitSeparatorAt(std::string_view text, size_t i);

// The digits of groups [first, last] of `chain`, separators removed, written
// to `out` (cleared first).
void ChainDigits(std::string_view text, const DigitChain& chain, size_t first,
                 size_t last, std::string* out);
std::string ChainDigits(std::string_view text, const DigitChain& chain,
                        size_t first, size_t last);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DIGIT_CHAIN_H_
