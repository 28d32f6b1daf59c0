#include "redactors/digit_chain.h"

namespace wenshu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<DigitChain> FindDigitChains(std::string_view text) {
  // A plain byte scan: every chain starts with a digit, and a separator is
  // kept only when a digit follows it. Cheaper than a regex for something
  // this simple, and it visits each byte once.
  std::vector<DigitChain> chains;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    DigitChain chain;
    chain.begin = i;
    while (true) {
      DigitGroup group{i, i};
      while (i < n && IsDigit(text[i])) ++i;
      group.end = i;
      chain.groups.push_back(group);
      if (i + 1 < n && (text[i] == ' ' || text[i] == '-') && IsDigit(text[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    chain.end = i;
    chains.push_back(std::move(chain));
  }
  return chains;
}

std::string ChainDigits(std::string_view text, const DigitChain& chain,
                        size_t first, size_t last) {
  std::string digits;
  for (size_t g = first; g <= last; ++g) {
    const DigitGroup& group = chain.groups[g];
    digits.append(text.substr(group.begin, group.end - group.begin));
  }
  return digits;
}

}  // namespace wenshu
