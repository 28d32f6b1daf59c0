// CoveredBytes: which bytes of a text the ranges taken so far cover, a bit
// per byte. Whether a new range would overlap them is a look at its own
// bits, however many were taken before: a sorted list or a tree of ranges
// costs a search, and a list a shift of its tail, per range. Sized to the
// text once (an eighth of its bytes). Header-only; one per text and thread.
#ifndef WENSHU_CORE_COVERED_BYTES_H_
#define WENSHU_CORE_COVERED_BYTES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace wenshu {

class CoveredBytes {
 public:
  // For ranges inside [0, size).
  explicit CoveredBytes(size_t size) : words_(size / 64 + 1, 0) {}

  // Whether a byte of the non-empty [begin, end) is covered.
  bool Any(size_t begin, size_t end) const {
    for (size_t w = begin / 64; w <= (end - 1) / 64; ++w)
      if (words_[w] & Mask(w, begin, end)) return true;
    return false;
  }
  // Covers the non-empty [begin, end).
  void Cover(size_t begin, size_t end) {
    for (size_t w = begin / 64; w <= (end - 1) / 64; ++w)
      words_[w] |= Mask(w, begin, end);
  }

 private:
  // The bits of word `w` inside [begin, end).
  static uint64_t Mask(size_t w, size_t begin, size_t end) {
    const size_t lo = std::max(begin, w * 64) - w * 64;
    const size_t hi = std::min(end, w * 64 + 64) - w * 64;  // 1..64
    const uint64_t upto = hi == 64 ? ~uint64_t{0} : (uint64_t{1} << hi) - 1;
    return upto & (~uint64_t{0} << lo);
  }

  std::vector<uint64_t> words_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_COVERED_BYTES_H_
