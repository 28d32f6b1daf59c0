#include "core/byte_search.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WENSHU_BYTE_SEARCH_X86 1
#endif

namespace wenshu {
namespace {

// The index of the last byte of the needle's first character (its first
// byte when that is ASCII or not a lead byte), kept below `last`.
size_t FirstAnchor(std::string_view needle, size_t last) {
  const auto lead = static_cast<unsigned char>(needle[0]);
  size_t length = 1;
  if (lead >= 0xF0) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC0) {
    length = 2;
  }
  return length - 1 < last ? length - 1 : last - 1;
}

#ifdef WENSHU_BYTE_SEARCH_X86
// The blocks of starts from `*p` while a whole block fits before `stop`:
// the first start where the needle's two anchor bytes agree and the whole
// needle matches, or npos with `*p` left at the first start not looked at.
// The loads at p + first and p + last read bytes up to p + last + width - 1,
// which is at most text.size() - 1 while p + width - 1 <= stop.
template <typename Mask>
size_t CheckCandidates(Mask mask, const char* data, size_t p,
                       std::string_view needle) {
  while (mask != 0) {
    const size_t start = p + static_cast<size_t>(__builtin_ctzll(mask));
    if (memcmp(data + start, needle.data(), needle.size()) == 0) return start;
    mask &= mask - 1;
  }
  return std::string_view::npos;
}

// 0xFF at each of the 32 starts from `at` where the needle's two anchor
// bytes agree.
__attribute__((target("avx2"))) __m256i AnchorsAgree(const char* at,
                                                     __m256i want_first,
                                                     __m256i want_last,
                                                     size_t first,
                                                     size_t last) {
  const __m256i at_first =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at + first));
  const __m256i at_last =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at + last));
  return _mm256_and_si256(_mm256_cmpeq_epi8(at_first, want_first),
                          _mm256_cmpeq_epi8(at_last, want_last));
}

__attribute__((target("avx2"))) size_t ScanBlocksAvx2(const char* data,
                                                      size_t* p, size_t stop,
                                                      std::string_view needle,
                                                      size_t first,
                                                      size_t last) {
  const __m256i want_first = _mm256_set1_epi8(needle[first]);
  const __m256i want_last = _mm256_set1_epi8(needle[last]);
  size_t q = *p;
  // Sixty-four starts at a time while none agrees, then thirty-two.
  for (; q + 63 <= stop; q += 64) {
    const __m256i low =
        AnchorsAgree(data + q, want_first, want_last, first, last);
    const __m256i high =
        AnchorsAgree(data + q + 32, want_first, want_last, first, last);
    const __m256i any = _mm256_or_si256(low, high);
    if (_mm256_testz_si256(any, any)) continue;
    const uint64_t mask =
        static_cast<uint32_t>(_mm256_movemask_epi8(low)) |
        uint64_t{static_cast<uint32_t>(_mm256_movemask_epi8(high))} << 32;
    if (const size_t at = CheckCandidates(mask, data, q, needle);
        at != std::string_view::npos)
      return at;
  }
  for (; q + 31 <= stop; q += 32) {
    const auto mask = static_cast<uint32_t>(_mm256_movemask_epi8(
        AnchorsAgree(data + q, want_first, want_last, first, last)));
    if (mask == 0) continue;
    if (const size_t at = CheckCandidates(mask, data, q, needle);
        at != std::string_view::npos)
      return at;
  }
  // The last few starts: the block of the 32 last starts of the text,
  // without those before q (looked at already, or before `from`).
  if (q <= stop && stop >= 31) {
    const size_t block = stop - 31;
    const auto mask = static_cast<uint32_t>(_mm256_movemask_epi8(AnchorsAgree(
                          data + block, want_first, want_last, first, last))) &
                      (~uint32_t{0} << (q - block));
    *p = stop + 1;
    return mask == 0 ? std::string_view::npos
                     : CheckCandidates(mask, data, block, needle);
  }
  *p = q;
  return std::string_view::npos;
}

size_t ScanBlocksSse2(const char* data, size_t* p, size_t stop,
                      std::string_view needle, size_t first, size_t last) {
  const __m128i want_first = _mm_set1_epi8(needle[first]);
  const __m128i want_last = _mm_set1_epi8(needle[last]);
  for (; *p + 15 <= stop; *p += 16) {
    const __m128i at_first =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + *p + first));
    const __m128i at_last =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + *p + last));
    const auto mask = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(at_first, want_first),
                                        _mm_cmpeq_epi8(at_last, want_last))));
    if (mask == 0) continue;
    if (const size_t at = CheckCandidates(mask, data, *p, needle);
        at != std::string_view::npos)
      return at;
  }
  return std::string_view::npos;
}

bool HasAvx2() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has;
}
#endif

#ifdef WENSHU_BYTE_SEARCH_X86
// 0xFF in each byte of `v` in [lo, hi] (unsigned): clamping it into the
// range leaves it be.
__m128i InRange(__m128i v, __m128i lo, __m128i hi) {
  return _mm_cmpeq_epi8(_mm_max_epu8(_mm_min_epu8(v, hi), lo), v);
}

// The rows of a byte set (AddToByteRows) for InRows: those of
// the bytes below 0x80, and of those from it on.
struct Rows256 {
  __m256i below, above;
};

__attribute__((target("avx2"))) Rows256 LoadRows(
    const std::array<uint8_t, 32>& rows) {
  return {_mm256_broadcastsi128_si256(
              _mm_loadu_si128(reinterpret_cast<const __m128i*>(rows.data()))),
          _mm256_broadcastsi128_si256(_mm_loadu_si128(
              reinterpret_cast<const __m128i*>(rows.data() + 16)))};
}

// 0xFF in each byte of `v` that the set holds: the row of its low nibble,
// below or above by its top bit, has the bit of its high nibble (h & 7).
__attribute__((target("avx2"))) __m256i InRows(__m256i v, Rows256 rows) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i bit_of = _mm256_setr_epi8(
      1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128,  //
      1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m256i low = _mm256_and_si256(v, nibble);
  const __m256i high = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
  const __m256i row =
      _mm256_blendv_epi8(_mm256_shuffle_epi8(rows.below, low),
                         _mm256_shuffle_epi8(rows.above, low), v);
  const __m256i hit = _mm256_and_si256(row, _mm256_shuffle_epi8(bit_of, high));
  return _mm256_xor_si256(_mm256_cmpeq_epi8(hit, _mm256_setzero_si256()),
                          _mm256_set1_epi8(-1));
}

// 0xFF in each byte of `v` in [lo, hi] (unsigned).
__attribute__((target("avx2"))) __m256i InRange256(__m256i v, char lo,
                                                   char hi) {
  const __m256i l = _mm256_set1_epi8(lo), h = _mm256_set1_epi8(hi);
  return _mm256_cmpeq_epi8(_mm256_max_epu8(_mm256_min_epu8(v, h), l), v);
}

// 0xFF in each byte of `v` that is an ASCII letter or digit: with 0x20
// set, exactly the letters of either case fall in 'a'-'z'.
// 0xFF at each ASCII letter of `v`, of either case: with 0x20 set, exactly
// the letters fall in 'a'-'z'.
__attribute__((target("avx2"))) __m256i AsciiLetters(__m256i v) {
  return InRange256(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 'z');
}

__attribute__((target("avx2"))) __m256i AsciiAlnum(__m256i v) {
  return _mm256_or_si256(InRange256(v, '0', '9'), AsciiLetters(v));
}

__attribute__((target("avx2"))) __m256i Load256(const unsigned char* at) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
}

// The first byte of a set (its rows, AddToByteRows) in whole blocks of 32
// from `*p`, or npos with `*p` left at the first byte not looked at.
__attribute__((target("avx2"))) size_t FindInRowsAvx2(
    const unsigned char* data, size_t n, size_t* p,
    const std::array<uint8_t, 32>& set) {
  const Rows256 rows = LoadRows(set);
  for (; *p + 32 <= n; *p += 32) {
    const auto mask = static_cast<uint32_t>(
        _mm256_movemask_epi8(InRows(Load256(data + *p), rows)));
    if (mask != 0) return *p + static_cast<size_t>(__builtin_ctz(mask));
  }
  return std::string_view::npos;
}

// BytePairSet::FindWordStart over the blocks of 32 positions from `*p`
// (> 0) while the block's pairs end before the text does: the first
// position found, or npos with `*p` left at the first position not looked
// at.
__attribute__((target("avx2"))) size_t PairStartsAvx2(
    const BytePairSet& set, const std::array<uint8_t, 32>& first_rows,
    const std::array<uint8_t, 32>& second_rows,
    const std::array<uint8_t, 32>* third_rows, std::string_view text,
    size_t* p) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const Rows256 first = LoadRows(first_rows);
  const Rows256 second = LoadRows(second_rows);
  const bool thirds = third_rows != nullptr;
  const Rows256 third = thirds ? LoadRows(*third_rows) : first;
  // The loads at p - 1 to p + 2 read up to byte p + 33.
  for (; *p + 34 <= text.size(); *p += 32) {
    const __m256i here = Load256(data + *p);
    __m256i candidates = _mm256_andnot_si256(
        AsciiAlnum(Load256(data + *p - 1)),
        _mm256_and_si256(InRows(here, first),
                         InRows(Load256(data + *p + 1), second)));
    // Where the first byte is not ASCII, a third byte of the set next.
    if (thirds)
      candidates = _mm256_and_si256(
          candidates,
          _mm256_or_si256(InRows(Load256(data + *p + 2), third),
                          _mm256_cmpgt_epi8(here, _mm256_set1_epi8(-1))));
    auto mask = static_cast<uint32_t>(_mm256_movemask_epi8(candidates));
    for (; mask != 0; mask &= mask - 1) {
      const size_t at = *p + static_cast<size_t>(__builtin_ctz(mask));
      if (set.ContainsAt(text, at)) return at;
    }
  }
  return std::string_view::npos;
}
#endif

}  // namespace

size_t FindBytes(std::string_view text, std::string_view needle, size_t from) {
  const size_t n = needle.size();
  if (n == 0 || from > text.size() || text.size() - from < n)
    return std::string_view::npos;
  const char* const data = text.data();
  if (n == 1) {
    const void* hit = memchr(data + from, needle[0], text.size() - from);
    return hit == nullptr ? std::string_view::npos
                          : static_cast<const char*>(hit) - data;
  }
  const size_t last = n - 1;
  const size_t first = FirstAnchor(needle, last);
  const char first_byte = needle[first];
  const char last_byte = needle[last];
  const size_t stop = text.size() - n;  // the last start a match can have
  size_t p = from;
#ifdef WENSHU_BYTE_SEARCH_X86
  // Thirty-two starts at a time where the processor has AVX2, then
  // sixteen; the loop below takes the last few.
  size_t found = std::string_view::npos;
  if (HasAvx2()) found = ScanBlocksAvx2(data, &p, stop, needle, first, last);
  if (found == std::string_view::npos)
    found = ScanBlocksSse2(data, &p, stop, needle, first, last);
  if (found != std::string_view::npos) return found;
#endif
  for (; p <= stop; ++p) {
    if (data[p + last] == last_byte && data[p + first] == first_byte &&
        memcmp(data + p, needle.data(), n) == 0) {
      return p;
    }
  }
  return std::string_view::npos;
}

namespace {

// Every occurrence of `needle` from `from` on, as (index, start) pairs.
void AppendEachOccurrence(std::string_view text, std::string_view needle,
                          size_t index,
                          std::vector<std::pair<size_t, size_t>>* out) {
  if (needle.empty()) return;
  for (size_t at = FindBytes(text, needle, 0); at != std::string_view::npos;
       at = FindBytes(text, needle, at + 1))
    out->emplace_back(index, at);
}

#ifdef WENSHU_BYTE_SEARCH_X86
// The bytes of each needle the pass judges a position by: of a name in
// Chinese, the last two bytes of its first character (six bits each) and
// the last of its second.
constexpr size_t kJudged = 3;
constexpr size_t kJudgedBytes[kJudged] = {1, 2, kOnePassLength - 1};
constexpr size_t kLastJudged = kJudgedBytes[kJudged - 1];

// Per judged byte, the buckets a byte's low half and its high half allow
// (bit b: bucket b), sixteen entries repeated in both lanes of a register.
struct BucketTables {
  std::array<std::array<uint8_t, 32>, kJudged> low{};
  std::array<std::array<uint8_t, 32>, kJudged> high{};
};

// The needles of the one pass by bucket, as indices into all the needles:
// bucket b's are needle[begin[b]] to needle[begin[b + 1] - 1].
struct Buckets {
  std::array<uint32_t, kOnePassNeedles> needle{};
  std::array<uint8_t, 9> begin{};
};

// The buckets allowed at each of the 32 positions from `at`.
__attribute__((target("avx2"))) __m256i BucketsAt(
    const char* at, const __m256i (&low)[kJudged],
    const __m256i (&high)[kJudged]) {
  const __m256i halves = _mm256_set1_epi8(0x0F);
  __m256i allowed = _mm256_set1_epi8(-1);
  for (size_t j = 0; j < kJudged; ++j) {
    const __m256i v = _mm256_loadu_si256(
        reinterpret_cast<const __m256i*>(at + kJudgedBytes[j]));
    const __m256i lo = _mm256_and_si256(v, halves);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), halves);
    allowed = _mm256_and_si256(
        allowed, _mm256_and_si256(_mm256_shuffle_epi8(low[j], lo),
                                  _mm256_shuffle_epi8(high[j], hi)));
  }
  return allowed;
}

// The starts where some bucket is allowed.
__attribute__((target("avx2"))) uint32_t AllowedStarts(__m256i allowed) {
  return ~static_cast<uint32_t>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(allowed, _mm256_setzero_si256())));
}

// The needles of the buckets `allowed` at the starts in `mask` of the
// block from `block`, compared there; each occurrence appended to `out`.
__attribute__((target("avx2"))) void CompareInBuckets(
    std::string_view text, const std::vector<std::string_view>& all,
    const Buckets& in_bucket, __m256i allowed, uint32_t mask, size_t block,
    std::vector<std::pair<size_t, size_t>>* out) {
  alignas(32) std::array<uint8_t, 32> buckets;
  _mm256_store_si256(reinterpret_cast<__m256i*>(buckets.data()), allowed);
  do {
    const size_t i = static_cast<size_t>(__builtin_ctz(mask));
    const size_t start = block + i;
    for (uint32_t b = buckets[i]; b != 0; b &= b - 1) {
      const int bucket = __builtin_ctz(b);
      for (size_t j = in_bucket.begin[bucket]; j < in_bucket.begin[bucket + 1];
           ++j) {
        const size_t k = in_bucket.needle[j];
        const std::string_view needle = all[k];
        if (needle.size() <= text.size() - start &&
            memcmp(text.data() + start, needle.data(), needle.size()) == 0)
          out->emplace_back(k, start);
      }
    }
    mask &= mask - 1;
  } while (mask != 0);
}

// The one pass over `text` (at least 32 + kOnePassLength - 1 bytes long)
// for the needles in `in_bucket` (each kOnePassLength bytes or more).
__attribute__((target("avx2"))) void OnePassAvx2(
    std::string_view text, const std::vector<std::string_view>& all,
    const Buckets& in_bucket, std::vector<std::pair<size_t, size_t>>* out) {
  BucketTables tables;
  for (size_t b = 0; b < 8; ++b) {
    const uint8_t bit = static_cast<uint8_t>(1u << b);
    for (size_t i = in_bucket.begin[b]; i < in_bucket.begin[b + 1]; ++i) {
      const std::string_view needle = all[in_bucket.needle[i]];
      for (size_t j = 0; j < kJudged; ++j) {
        const auto c = static_cast<unsigned char>(needle[kJudgedBytes[j]]);
        tables.low[j][c & 0x0F] |= bit;
        tables.low[j][16 + (c & 0x0F)] |= bit;
        tables.high[j][c >> 4] |= bit;
        tables.high[j][16 + (c >> 4)] |= bit;
      }
    }
  }
  __m256i low[kJudged], high[kJudged];
  for (size_t j = 0; j < kJudged; ++j) {
    low[j] = _mm256_loadu_si256(
        reinterpret_cast<const __m256i*>(tables.low[j].data()));
    high[j] = _mm256_loadu_si256(
        reinterpret_cast<const __m256i*>(tables.high[j].data()));
  }
  const char* const data = text.data();
  const size_t n = text.size();
  // A block's loads reach kLastJudged + 31 bytes past its first start;
  // the last block ends at the last start a needle of kOnePassLength bytes
  // can have, less what blocks before it looked at already.
  const size_t last_block = n - kLastJudged - 32;
  const auto compare = [&](__m256i allowed, uint32_t mask, size_t block) {
    CompareInBuckets(text, all, in_bucket, allowed, mask, block, out);
  };
  size_t q = 0;
  // Sixty-four starts at a time while no bucket allows any, then
  // thirty-two.
  for (; q + 32 <= last_block; q += 64) {
    const __m256i low_half = BucketsAt(data + q, low, high);
    const __m256i high_half = BucketsAt(data + q + 32, low, high);
    const __m256i any = _mm256_or_si256(low_half, high_half);
    if (_mm256_testz_si256(any, any)) continue;
    if (const uint32_t mask = AllowedStarts(low_half); mask != 0)
      compare(low_half, mask, q);
    if (const uint32_t mask = AllowedStarts(high_half); mask != 0)
      compare(high_half, mask, q + 32);
  }
  while (q <= last_block + 31) {
    const size_t block = q <= last_block ? q : last_block;
    const __m256i allowed = BucketsAt(data + block, low, high);
    // Without the starts looked at already.
    const uint32_t mask =
        AllowedStarts(allowed) & (~uint32_t{0} << (q - block));
    if (mask != 0) compare(allowed, mask, block);
    q = block + 32;
  }
}
#endif

}  // namespace

std::vector<std::pair<size_t, size_t>> FindEachNeedle(
    std::string_view text, const std::vector<std::string_view>& needles) {
  std::vector<std::pair<size_t, size_t>> out;
  // The needles of the one pass, in order.
  std::array<uint32_t, kOnePassNeedles> one_pass;
  size_t count = 0;
#ifdef WENSHU_BYTE_SEARCH_X86
  if (HasAvx2() && text.size() >= kLastJudged + 32) {
    for (size_t k = 0; k < needles.size(); ++k) {
      if (needles[k].size() < kOnePassLength) continue;
      if (count == kOnePassNeedles) {
        count = 0;  // too many: each searched alone
        break;
      }
      one_pass[count++] = static_cast<uint32_t>(k);
    }
    if (count < kOnePassFewest) count = 0;
  }
  if (count > 0) {
    // Needles alike in their judged bytes share a bucket: a bucket allows
    // every pairing of its needles' halves, so the fewer distinct bytes
    // in it, the fewer positions it lets through.
    std::array<uint8_t, kOnePassNeedles> bucket_of;
    std::array<std::array<char, kJudged>, kOnePassNeedles> seen;
    size_t distinct = 0;
    Buckets buckets;
    for (size_t i = 0; i < count; ++i) {
      const std::string_view needle = needles[one_pass[i]];
      std::array<char, kJudged> judged;
      for (size_t j = 0; j < kJudged; ++j) judged[j] = needle[kJudgedBytes[j]];
      const size_t at =
          std::find(seen.begin(), seen.begin() + distinct, judged) -
          seen.begin();
      if (at == distinct) seen[distinct++] = judged;
      bucket_of[i] = static_cast<uint8_t>(at % 8);
      ++buckets.begin[bucket_of[i] + 1];
    }
    for (size_t b = 0; b < 8; ++b) buckets.begin[b + 1] += buckets.begin[b];
    std::array<uint8_t, 8> filled{};
    for (size_t i = 0; i < count; ++i) {
      const uint8_t b = bucket_of[i];
      buckets.needle[buckets.begin[b] + filled[b]++] = one_pass[i];
    }
    OnePassAvx2(text, needles, buckets, &out);
  }
#endif
  for (size_t k = 0, next = 0; k < needles.size(); ++k) {
    if (next < count && one_pass[next] == k) {
      ++next;
      continue;
    }
    AppendEachOccurrence(text, needles[k], k, &out);
  }
  std::sort(out.begin(), out.end());
  return out;
}

CharsAfterTwoBytes::CharsAfterTwoBytes(unsigned char lead_byte,
                                       unsigned char second_byte,
                                       uint64_t third_bits)
    : lead(lead_byte), second(second_byte), thirds(third_bits) {
  for (unsigned b = 0; b < 64; ++b) {
    if (thirds >> b & 1)
      AddToByteRows(static_cast<unsigned char>(0x80 | b), &rows);
  }
}

#ifdef WENSHU_BYTE_SEARCH_X86
namespace {

// LeadsOutside::Judge over the 64 bytes from `at`, whose loads reach the
// byte at + 65: the leads outside [lo, hi] but for those of the passed
// characters.
__attribute__((target("avx2"))) uint64_t LeadsOutsideAvx2(
    const unsigned char* at, unsigned char lo, unsigned char hi,
    const CharsAfterTwoBytes* passed) {
  const __m256i lead = _mm256_set1_epi8(static_cast<char>(0xC0));
  uint64_t leads = 0;
  for (size_t k = 0; k < 64; k += 32) {
    const __m256i v = Load256(at + k);
    // Unsigned: v >= C0 when max(v, C0) == v.
    const __m256i is_lead = _mm256_cmpeq_epi8(_mm256_max_epu8(v, lead), v);
    __m256i out = _mm256_andnot_si256(
        InRange256(v, static_cast<char>(lo), static_cast<char>(hi)), is_lead);
    if (passed != nullptr) {
      const __m256i starts = _mm256_and_si256(
          _mm256_and_si256(
              _mm256_cmpeq_epi8(
                  v, _mm256_set1_epi8(static_cast<char>(passed->lead))),
              _mm256_cmpeq_epi8(
                  Load256(at + k + 1),
                  _mm256_set1_epi8(static_cast<char>(passed->second)))),
          InRows(Load256(at + k + 2), LoadRows(passed->rows)));
      out = _mm256_andnot_si256(starts, out);
    }
    leads |= uint64_t{static_cast<uint32_t>(_mm256_movemask_epi8(out))} << k;
  }
  return leads;
}

}  // namespace
#endif

void LeadsOutside::Judge(size_t from) {
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  base_ = from;
  leads_ = 0;
  size_t k = 0;
#ifdef WENSHU_BYTE_SEARCH_X86
  if (HasAvx2() && text_.size() - from >= 66) {
    leads_ = LeadsOutsideAvx2(data + from, lo_, hi_, passed_);
    return;
  }
  if (text_.size() - from >= 64) {
    const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC0));
    const __m128i low = _mm_set1_epi8(static_cast<char>(lo_));
    const __m128i high = _mm_set1_epi8(static_cast<char>(hi_));
    for (; k < 64; k += 16) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + from + k));
      // Unsigned: v >= C0 when max(v, C0) == v.
      const __m128i is_lead = _mm_cmpeq_epi8(_mm_max_epu8(v, lead), v);
      const __m128i inside = InRange(v, low, high);
      leads_ |= static_cast<uint64_t>(static_cast<uint32_t>(
                    _mm_movemask_epi8(_mm_andnot_si128(inside, is_lead))))
                << k;
    }
  }
#endif
  for (; k < 64 && from + k < text_.size(); ++k) {
    const unsigned char c = data[from + k];
    if (c >= 0xC0 && (c < lo_ || c > hi_)) leads_ |= uint64_t{1} << k;
  }
  // The passed characters among them, one by one.
  for (uint64_t left = passed_ == nullptr ? 0 : leads_; left != 0;
       left &= left - 1) {
    const auto bit = static_cast<unsigned>(__builtin_ctzll(left));
    if (passed_->StartsAt(text_, from + bit)) leads_ &= ~(uint64_t{1} << bit);
  }
}

namespace {

// The ASCII bytes FindAsciiOf looks for.
// (The controls are those below 0x20; kControlsQuotes adds '"' and '\\'.)
enum class AsciiClass {
  kDigits,
  kLetters,
  kAlnum,
  kSpaces,
  kControls,
  kControlsQuotes
};

template <AsciiClass kClass>
bool IsOf(unsigned char c) {
  if constexpr (kClass == AsciiClass::kSpaces)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  if constexpr (kClass == AsciiClass::kControls) return c < 0x20;
  if constexpr (kClass == AsciiClass::kControlsQuotes)
    return c < 0x20 || c == '"' || c == '\\';
  if constexpr (kClass == AsciiClass::kLetters)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return (c >= '0' && c <= '9') || (kClass == AsciiClass::kAlnum &&
                                    (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

#ifdef WENSHU_BYTE_SEARCH_X86
// FindAsciiOf over whole blocks of 32 bytes from `*p`: the first byte of
// the class, or npos with `*p` left at the first byte not looked at.
template <AsciiClass kClass>
__attribute__((target("avx2"))) size_t FindAsciiOfAvx2(
    const unsigned char* data, size_t n, size_t* p) {
  for (; *p + 32 <= n; *p += 32) {
    const __m256i v = Load256(data + *p);
    __m256i hit;
    if constexpr (kClass == AsciiClass::kSpaces) {
      hit = _mm256_or_si256(
          _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')),
                          _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\t'))),
          _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')),
                          _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\r'))));
    } else if constexpr (kClass == AsciiClass::kAlnum) {
      hit = AsciiAlnum(v);
    } else if constexpr (kClass == AsciiClass::kDigits) {
      hit = InRange256(v, '0', '9');
    } else if constexpr (kClass == AsciiClass::kLetters) {
      hit = AsciiLetters(v);
    } else {
      // max(v, 0x1F) == 0x1F exactly for the bytes 0x00-0x1F (unsigned).
      const __m256i below = _mm256_set1_epi8(0x1F);
      hit = _mm256_cmpeq_epi8(_mm256_max_epu8(v, below), below);
      if constexpr (kClass == AsciiClass::kControlsQuotes)
        hit = _mm256_or_si256(
            hit, _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),
                                 _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))));
    }
    const auto mask = static_cast<uint32_t>(_mm256_movemask_epi8(hit));
    if (mask != 0) return *p + static_cast<size_t>(__builtin_ctz(mask));
  }
  return std::string_view::npos;
}
#endif

// The first byte of the class at or after `from`, or npos.
template <AsciiClass kClass>
size_t FindAsciiOf(std::string_view text, size_t from) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t p = from;
#ifdef WENSHU_BYTE_SEARCH_X86
  if (HasAvx2()) {
    if (const size_t at = FindAsciiOfAvx2<kClass>(data, n, &p);
        at != std::string_view::npos)
      return at;
  }
  for (; p + 16 <= n; p += 16) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + p));
    __m128i hit;
    if constexpr (kClass == AsciiClass::kSpaces) {
      hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
    } else if constexpr (kClass == AsciiClass::kControls ||
                         kClass == AsciiClass::kControlsQuotes) {
      const __m128i below = _mm_set1_epi8(0x1F);
      hit = _mm_cmpeq_epi8(_mm_max_epu8(v, below), below);
      if constexpr (kClass == AsciiClass::kControlsQuotes)
        hit = _mm_or_si128(
            hit, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    } else {
      // With 0x20 set, exactly the letters of either case fall in 'a'-'z'.
      const __m128i letters = InRange(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                      _mm_set1_epi8('a'), _mm_set1_epi8('z'));
      const __m128i digits =
          InRange(v, _mm_set1_epi8('0'), _mm_set1_epi8('9'));
      if constexpr (kClass == AsciiClass::kLetters) {
        hit = letters;
      } else if constexpr (kClass == AsciiClass::kAlnum) {
        hit = _mm_or_si128(digits, letters);
      } else {
        hit = digits;
      }
    }
    const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(hit));
    if (mask != 0) return p + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; p < n; ++p) {
    if (IsOf<kClass>(data[p])) return p;
  }
  return std::string_view::npos;
}

}  // namespace

size_t BytePairSet::FindWordStart(std::string_view text, size_t from) const {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const auto starts_word = [&](size_t p) {
    return ContainsAt(text, p) && (p == 0 || !IsAsciiAlnum(data[p - 1]));
  };
  size_t p = from;
  if (p == 0 && text.size() >= 2) {
    if (starts_word(0)) return 0;
    p = 1;
  }
#ifdef WENSHU_BYTE_SEARCH_X86
  if (p > 0 && HasAvx2()) {
    if (const size_t at =
            PairStartsAvx2(*this, first_rows_, second_rows_,
                           any_third_ ? nullptr : &third_rows_, text, &p);
        at != std::string_view::npos)
      return at;
  }
#endif
  for (; p + 1 < text.size(); ++p) {
    if (starts_word(p)) return p;
  }
  return std::string_view::npos;
}

#ifdef WENSHU_BYTE_SEARCH_X86
namespace {

// A bit per each of the eight characters whose bytes are the low 8 bytes
// of `lead`, `second` and `third`: whether `passed` (as in WordStarts)
// holds it.
__attribute__((target("avx2"))) uint32_t PassedBits(const uint64_t* passed,
                                                    __m128i lead,
                                                    __m128i second,
                                                    __m128i third) {
  const __m256i a =
      _mm256_and_si256(_mm256_cvtepu8_epi32(lead), _mm256_set1_epi32(0x0F));
  const __m256i b =
      _mm256_and_si256(_mm256_cvtepu8_epi32(second), _mm256_set1_epi32(0x3F));
  const __m256i c =
      _mm256_and_si256(_mm256_cvtepu8_epi32(third), _mm256_set1_epi32(0x3F));
  const __m256i index = _mm256_or_si256(
      _mm256_or_si256(_mm256_slli_epi32(a, 12), _mm256_slli_epi32(b, 6)), c);
  // The 32-bit word of the bit (little-endian: the 64-bit words' halves in
  // order), then the bit.
  const __m256i words = _mm256_i32gather_epi32(
      reinterpret_cast<const int*>(passed), _mm256_srli_epi32(index, 5), 4);
  const __m256i bits =
      _mm256_srlv_epi32(words, _mm256_and_si256(index, _mm256_set1_epi32(31)));
  return static_cast<uint32_t>(
      _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(bits, 31))));
}

// WordStarts::FindBlocks: the first position found, with the bits of its
// block's answers in `*stops` and the block's first position in `*base`,
// or the first position not looked at.
__attribute__((target("avx2"))) size_t WordStartBlocksAvx2(
    const unsigned char* data, size_t p, size_t n,
    const std::array<uint8_t, 16>& low_rows,
    const std::array<uint8_t, 16>& high_rows, const uint64_t* passed,
    const uint64_t* narrowed, const uint64_t* followed, unsigned followed_shift,
    uint32_t* stops, size_t* base) {
  const __m256i low = _mm256_broadcastsi128_si256(
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(low_rows.data())));
  const __m256i high = _mm256_broadcastsi128_si256(
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(high_rows.data())));
  const __m256i bit_of = _mm256_setr_epi8(
      1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8,
      16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  // Each block reads the 34 bytes from p (its characters' last bytes).
  for (; p + 34 <= n; p += 32) {
    const __m256i v0 = Load256(data + p);
    const __m256i v1 = Load256(data + p + 1);
    const __m256i v2 = Load256(data + p + 2);
    // Start bytes: the row of the low nibble (from the table of bytes below
    // 0x80 or from 0x80 on, by the byte's top bit) holds the high one's.
    const __m256i lo = _mm256_and_si256(v0, nibble);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble);
    const __m256i rows = _mm256_blendv_epi8(_mm256_shuffle_epi8(low, lo),
                                            _mm256_shuffle_epi8(high, lo), v0);
    const __m256i want = _mm256_shuffle_epi8(bit_of, hi);
    const auto starts = static_cast<uint32_t>(_mm256_movemask_epi8(
        _mm256_cmpeq_epi8(_mm256_and_si256(rows, want), want)));
    if (starts == 0) continue;
    // Three-byte characters: a lead E0-EF, two continuation bytes.
    const __m256i lead = _mm256_cmpeq_epi8(
        _mm256_and_si256(v0, _mm256_set1_epi8(static_cast<char>(0xF0))),
        _mm256_set1_epi8(static_cast<char>(0xE0)));
    const __m256i top = _mm256_set1_epi8(static_cast<char>(0xC0));
    const __m256i continuation = _mm256_set1_epi8(static_cast<char>(0x80));
    const __m256i follow = _mm256_and_si256(
        _mm256_cmpeq_epi8(_mm256_and_si256(v1, top), continuation),
        _mm256_cmpeq_epi8(_mm256_and_si256(v2, top), continuation));
    const uint32_t chars = starts & static_cast<uint32_t>(_mm256_movemask_epi8(
                                        _mm256_and_si256(lead, follow)));
    uint32_t passed_here = 0;
    if (chars != 0) {
      const __m128i l0 = _mm256_castsi256_si128(v0);
      const __m128i l1 = _mm256_castsi256_si128(v1);
      const __m128i l2 = _mm256_castsi256_si128(v2);
      const __m128i h0 = _mm256_extracti128_si256(v0, 1);
      const __m128i h1 = _mm256_extracti128_si256(v1, 1);
      const __m128i h2 = _mm256_extracti128_si256(v2, 1);
      // Eight positions at a time, only where a character may be passed.
      if (chars & 0xFFu) passed_here |= PassedBits(passed, l0, l1, l2);
      if (chars & 0xFF00u)
        passed_here |= PassedBits(passed, _mm_srli_si128(l0, 8),
                                  _mm_srli_si128(l1, 8), _mm_srli_si128(l2, 8))
                       << 8;
      if (chars & 0xFF0000u)
        passed_here |= PassedBits(passed, h0, h1, h2) << 16;
      if (chars & 0xFF000000u)
        passed_here |= PassedBits(passed, _mm_srli_si128(h0, 8),
                                  _mm_srli_si128(h1, 8), _mm_srli_si128(h2, 8))
                       << 24;
    }
    uint32_t stop = starts & ~(chars & passed_here);
    // The narrowed characters among the stops that what follows passes
    // (WordStarts::NarrowChars), judged without a branch on the answer.
    for (uint32_t left = narrowed == nullptr ? 0 : stop & chars; left != 0;
         left &= left - 1) {
      const auto k = static_cast<unsigned>(__builtin_ctz(left));
      if (p + k + 8 > n) break;
      uint64_t bytes;
      std::memcpy(&bytes, data + p + k, sizeof bytes);
      stop &= ~(static_cast<uint32_t>(byte_search_internal::PassedByWhatFollows(
                    narrowed, followed, followed_shift, bytes))
                << k);
    }
    if (stop != 0) {
      *stops = stop;
      *base = p;
      return p + static_cast<size_t>(__builtin_ctz(stop));
    }
  }
  return p;
}

}  // namespace
#endif

void WordStarts::NarrowChars(const std::vector<uint32_t>& chars,
                             const std::vector<uint64_t>& followed) {
  narrowed_.clear();
  followed_.clear();
  followed_shift_ = 64;
  if (chars.empty()) return;
  narrowed_.assign(passed_.size(), 0);
  for (const uint32_t c : chars) {
    narrowed_[(c & 0x0Fu) << 6 | (c >> 8 & 0x3Fu)] |= uint64_t{1}
                                                      << (c >> 16 & 0x3Fu);
  }
  // About 32 bits per six bytes: one in 32 of the others keeps its stop.
  unsigned bits = 9;
  while (bits < 26 && (size_t{1} << bits) < followed.size() * 32) ++bits;
  followed_.assign((size_t{1} << bits) / 64, 0);
  followed_shift_ = 64 - bits;
  for (const uint64_t six : followed) {
    const uint64_t bit =
        byte_search_internal::FollowedBit(six, followed_shift_);
    followed_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

size_t WordStarts::FindBlocks(std::string_view text, size_t from,
                              Cursor* cursor) const {
#ifdef WENSHU_BYTE_SEARCH_X86
  if (HasAvx2()) {
    uint32_t stops = 0;
    size_t base = 0;
    const size_t at = WordStartBlocksAvx2(
        reinterpret_cast<const unsigned char*>(text.data()), from, text.size(),
        low_rows_, high_rows_, passed_.data(),
        narrowed_.empty() ? nullptr : narrowed_.data(), followed_.data(),
        followed_shift_, &stops, &base);
    if (stops != 0) *cursor = Cursor{base, stops, true};
    return at;
  }
#endif
  static_cast<void>(cursor);
  return from;
}

size_t ByteSet::Find(std::string_view text, size_t from) const {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t p = from;
#ifdef WENSHU_BYTE_SEARCH_X86
  if (HasAvx2() && p < n && n - p >= 32) {
    if (const size_t at = FindInRowsAvx2(data, n, &p, rows_);
        at != std::string_view::npos)
      return at;
  }
#endif
  for (; p < n; ++p) {
    if (Contains(data[p])) return p;
  }
  return std::string_view::npos;
}

size_t FindAsciiAlnum(std::string_view text, size_t from) {
  return FindAsciiOf<AsciiClass::kAlnum>(text, from);
}

size_t FindAsciiDigit(std::string_view text, size_t from) {
  return FindAsciiOf<AsciiClass::kDigits>(text, from);
}

size_t FindAsciiLetter(std::string_view text, size_t from) {
  return FindAsciiOf<AsciiClass::kLetters>(text, from);
}

size_t FindAsciiSpace(std::string_view text, size_t from) {
  return FindAsciiOf<AsciiClass::kSpaces>(text, from);
}

size_t FindControlByte(std::string_view text, size_t from,
                       bool quote_or_backslash) {
  return quote_or_backslash
             ? FindAsciiOf<AsciiClass::kControlsQuotes>(text, from)
             : FindAsciiOf<AsciiClass::kControls>(text, from);
}

}  // namespace wenshu
