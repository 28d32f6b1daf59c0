// DigitChain: a run of ASCII digit groups joined by single spaces or hyphens,
// as identifiers are written in judgments ("138 1234 5678",
// "1101-0519-8001-0112-34"). Digit-based detectors look at a chain and at the
// runs of whole groups inside it, so that a phone number followed by a space
// and an ID number yields both, and no number is ever cut mid-group.
#ifndef WENSHU_REDACTORS_DIGIT_CHAIN_H_
#define WENSHU_REDACTORS_DIGIT_CHAIN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wenshu {

struct DigitGroup {
  size_t begin = 0;
  size_t end = 0;
};

struct DigitChain {
  size_t begin = 0;
  size_t end = 0;
  std::vector<DigitGroup> groups;  // at least one
};

// Finds every maximal chain in `text` (ASCII digits only: run it on
// normalized text, where full-width digits are already half-width).
std::vector<DigitChain> FindDigitChains(std::string_view text);

// The digits of groups [first, last] of `chain`, separators removed.
std::string ChainDigits(std::string_view text, const DigitChain& chain,
                        size_t first, size_t last);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_DIGIT_CHAIN_H_
