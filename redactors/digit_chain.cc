#include "redactors/digit_chain.h"

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
  struct Bounds {
    size_t begin, end, first_group, group_count;
  };
  std::vector<Bounds> bounds;
  const size_t n = text.size();
  // From chain to chain, over the bytes between sixteen at a time.
  for (size_t i = FindAsciiDigit(text, 0); i != std::string_view::npos;
       i = FindAsciiDigit(text, i)) {
    Bounds b{i, i, groups_.size(), 0};
    while (true) {
      DigitGroup group{i, i};
      while (i < n && IsAsciiDigit(text[i])) ++i;
      group.end = i;
      groups_.push_back(group);
      ++b.group_count;
      const size_t sep = DigitSeparatorAt(text, i);
      if (sep > 0 && i + sep < n && IsAsciiDigit(text[i + sep])) {
        i += sep;
        continue;
      }
      break;
    }
    b.end = i;
    bounds.push_back(b);
  }
  // Pointers into groups_ only once it has stopped growing.
  chains_.reserve(bounds.size());
  for (const Bounds& b : bounds) {
    chains_.push_back(
        {b.begin, b.end, groups_.data() + b.first_group, b.group_count});
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
