#include "redactors/digit_chain.h"

#include <algorithm>

#include "core/byte_search.h"
#include "core/utf8.h"

namespace wenshu {

size_t DigitSeparatorAt(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  switch (text[i]) {
    case ' ':
    case '-':
    case '\n':
    case '.':
      return 1;
    case '\xC2':
      return text.compare(i, 2, "\xC2\xB7") == 0 ? 2 : 0;
    case '\xE2':
      if (i + 2 >= text.size()) return 0;
      if (text[i + 1] == '\x80' && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
          static_cast<unsigned char>(text[i + 2]) <= 0x95)
        return 3;
      return text.compare(i, 3, "\xE2\x88\x92") == 0 ? 3 : 0;
    default:
      return 0;
  }
}

DigitChains::DigitChains(std::string_view text) {
  // A plain byte scan: every chain starts with a digit, and a separator is
  // kept only when a digit follows it. Cheaper than a regex for something
  // this simple, and it visits each byte once.
  const size_t n = text.size();
  size_t i = FindAsciiDigit(text, 0);
  if (i == std::string_view::npos) return;
  // Room for a judgment's usual numbers at once (one every few dozen
  // bytes in a dense one), not grown from one; a huge text's lists grow
  // as they fill, so that room never taken costs no memory.
  constexpr size_t kMostReserved = 4096;
  const size_t usual = std::min({n / 32 + 64, n / 2 + 1, kMostReserved});
  groups_.reserve(usual);
  chains_.reserve(usual);
  // From chain to chain, over the bytes between sixteen at a time.
  for (; i != std::string_view::npos; i = FindAsciiDigit(text, i)) {
    DigitChain chain{i, i, nullptr, 0};
    while (true) {
      DigitGroup group{i, i};
      while (i < n && IsAsciiDigit(text[i])) ++i;
      group.end = i;
      groups_.push_back(group);
      ++chain.group_count;
      const size_t sep = DigitSeparatorAt(text, i);
      if (sep > 0 && i + sep < n && IsAsciiDigit(text[i + sep])) {
        i += sep;
        continue;
      }
      break;
    }
    chain.end = i;
    chains_.push_back(chain);
  }
  // Pointers into groups_ only once it has stopped growing: the chains'
  // groups follow one another in it.
  size_t first_group = 0;
  for (DigitChain& chain : chains_) {
    chain.first_group = groups_.data() + first_group;
    first_group += chain.group_count;
  }
}

void ChainDigits(std::string_view text, const DigitChain& chain, size_t first,
                 size_t last, std::string* out) {
  out->clear();
  for (size_t g = first; g <= last; ++g) {
    const DigitGroup& group = chain.group(g);
    out->append(text.data() + group.begin, group.end - group.begin);
  }
}

std::string ChainDigits(std::string_view text, const DigitChain& chain,
                        size_t first, size_t last) {
  std::string digits;
  ChainDigits(text, chain, first, last, &digits);
  return digits;
}

}  // namespace wenshu
