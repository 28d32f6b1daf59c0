// FindBytes: the one substring search of Wenshu's own code, for words
// looked up in document text (cue words, names, terms).
//
// In Chinese text a byte search by the first byte (std::string_view::find,
// which calls memchr for it) stops at nearly every character: the lead byte
// of a three-byte character only names its block. Debian 12's glibc has no
// vectorized memmem and reads the text a byte at a time. FindBytes compares
// two bytes of the word at once over 32 positions of the text (16 without
// AVX2, a byte at a time off x86): the last byte of the word and the last
// byte of its first character, in Chinese both continuation bytes, which
// together agree with about one position in 4,000 of ordinary text. Only
// there does it compare the whole word.
//
// Stateless and thread-safe; reads no byte outside `text` and `needle`.
#ifndef WENSHU_CORE_BYTE_SEARCH_H_
#define WENSHU_CORE_BYTE_SEARCH_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace wenshu {

// The start of the first occurrence of `needle` in `text` at or after
// `from`, or npos; npos too for an empty needle and for `from` past the
// end. The same answer as text.find(needle, from) for a non-empty needle.
size_t FindBytes(std::string_view text, std::string_view needle,
                 size_t from = 0);

// Every occurrence of each needle in `text`, overlapping ones included, as
// (needle index, start) pairs ordered by needle, then start: what FindBytes
// gives for each needle searched again from the byte after each occurrence.
// An empty needle occurs nowhere. With AVX2, from kOnePassFewest up to
// kOnePassNeedles needles of kOnePassLength bytes or more are found in one
// pass over the text instead of one pass each (fewer cost less alone): a
// position is judged for all of them at once by the needles' second, third
// and sixth bytes, the needles sorted into eight buckets with a table of
// each byte's two halves per bucket (the scheme of
// Hyperscan's "Teddy"), and only the needles of a bucket that agrees are
// compared there. Shorter needles, and all of them without AVX2, are
// searched one by one.
inline constexpr size_t kOnePassFewest = 8;
inline constexpr size_t kOnePassNeedles = 64;
inline constexpr size_t kOnePassLength = 6;
std::vector<std::pair<size_t, size_t>> FindEachNeedle(
    std::string_view text, const std::vector<std::string_view>& needles);

// The first byte at or after `from` that is an ASCII control (below 0x20)
// or, when `quote_or_backslash`, a '"' or a '\\'; npos when there is none.
// What a JSON string must escape, and what a judgment's text may not hold
// but for tabs and line breaks: 32 bytes compared at a time (16 without
// AVX2), since such a byte is rare and the text is long.
size_t FindControlByte(std::string_view text, size_t from,
                       bool quote_or_backslash);

// Adds byte `b` to a set of bytes kept for a vector pass that tells them
// with two table lookups: per low nibble, a bit per high nibble (h & 7),
// the bytes below 0x80 in the first 16 entries, those from 0x80 on in the
// last 16.
inline void AddToByteRows(unsigned char b, std::array<uint8_t, 32>* rows) {
  (*rows)[(b >> 7) * 16 + (b & 0x0F)] |=
      static_cast<uint8_t>(1u << (b >> 4 & 7));
}

// A set of byte values, and where the first of them stands in a text: 32
// bytes at a time where the processor has AVX2 (each byte told by two
// table lookups, AddToByteRows), one at a time otherwise and at the end.
class ByteSet {
 public:
  ByteSet() = default;
  ByteSet(std::initializer_list<unsigned char> bytes) {
    for (unsigned char b : bytes) Add(b);
  }
  void Add(unsigned char b) {
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
    AddToByteRows(b, &rows_);
  }
  bool Contains(unsigned char b) const {
    return (bits_[b >> 6] >> (b & 63) & 1) != 0;
  }
  // The first position at or after `from` whose byte is in the set, or
  // npos.
  size_t Find(std::string_view text, size_t from) const;

 private:
  std::array<uint64_t, 4> bits_{};
  std::array<uint8_t, 32> rows_{};
};

// Three-byte characters that begin with the same two bytes, as the set of
// their third bytes (bit b & 0x3F for the continuation byte b).
struct CharsAfterTwoBytes {
  CharsAfterTwoBytes(unsigned char lead_byte, unsigned char second_byte,
                     uint64_t third_bits);
  unsigned char lead = 0;
  unsigned char second = 0;
  uint64_t thirds = 0;
  // The third bytes for a vector pass (AddToByteRows).
  std::array<uint8_t, 32> rows{};
  // Whether the character at text[p] is one of them.
  bool StartsAt(std::string_view text, size_t p) const {
    if (thirds == 0 || p + 2 >= text.size()) return false;
    const auto third = static_cast<unsigned char>(text[p + 2]);
    return static_cast<unsigned char>(text[p]) == lead &&
           static_cast<unsigned char>(text[p + 1]) == second &&
           (third & 0xC0) == 0x80 && (thirds >> (third & 0x3F) & 1) != 0;
  }
};

// The positions holding a lead byte (0xC0 or above) outside [lo, hi], for
// a caller that walks a text forwards and asks at each step for the next
// one, but for those that start a character of `passed` (if given; it
// must outlive the object). In well-formed UTF-8 with lo, hi = E4, E9: the
// characters that are neither ASCII nor in U+4000-U+9FFF, where most of a
// judgment's text is; with some characters of U+3000-U+303F (E3 80 xx)
// passed, not its commonest punctuation (。、《》) either. The bytes are
// judged 64 at a time and the block's answer kept, so that the next
// question about the same block costs a shift. Reads no byte outside
// `text`, which must outlive it.
class LeadsOutside {
 public:
  LeadsOutside(std::string_view text, unsigned char lo, unsigned char hi,
               const CharsAfterTwoBytes* passed = nullptr)
      : text_(text), lo_(lo), hi_(hi), passed_(passed) {}

  // The first position in [from, to) holding such a lead, or `to` when
  // there is none. Any `from` is answered; one in the block of the
  // previous question is answered without reading the text again.
  size_t Next(size_t from, size_t to) {
    if (to > text_.size()) to = text_.size();
    while (from < to) {
      if (from - base_ >= 64) Judge(from);  // also when from < base_
      const uint64_t rest = leads_ >> (from - base_);
      if (rest != 0) {
        const size_t p = from + static_cast<size_t>(__builtin_ctzll(rest));
        return p < to ? p : to;
      }
      from = base_ + 64;
    }
    return to;
  }

 private:
  // Sets leads_ to the leads of the 64 bytes from `from` (none past the
  // end) and base_ to `from`.
  void Judge(size_t from);

  std::string_view text_;
  unsigned char lo_, hi_;
  const CharsAfterTwoBytes* passed_;
  size_t base_ = static_cast<size_t>(-64);  // no block judged yet
  uint64_t leads_ = 0;
};

// The first ASCII letter or digit at or after `from`, or npos. Scans for
// the alphanumeric runs of a judgment (identifiers, VINs) step over the
// Chinese text between them, and over its punctuation, which is ASCII once
// normalized; sixteen bytes are compared at a time.
size_t FindAsciiAlnum(std::string_view text, size_t from);
// The first ASCII digit at or after `from`, or npos, the same way.
size_t FindAsciiDigit(std::string_view text, size_t from);
// The first ASCII letter (of either case) at or after `from`, or npos, the
// same way.
size_t FindAsciiLetter(std::string_view text, size_t from);
// The first space, tab, line feed or carriage return at or after `from`,
// or npos, the same way: the breaks a page or a column leaves in a name.
size_t FindAsciiSpace(std::string_view text, size_t from);

// A set of byte pairs (a byte and the one after it), and where in a text
// one of them starts a word: at a position whose pair is in the set and
// that no ASCII letter or digit comes right before. How the values a
// document names again are looked for (repeated_identifiers.h): where a
// mention can start is told by its first two bytes, and a mention stands
// alone. Where the processor has AVX2, thirty-two positions are compared at
// a time by the first and the second byte alone (two table lookups each)
// and the byte before; only there is the pair looked up.
class BytePairSet {
 public:
  BytePairSet() { rows_.reserve(16); }  // a document's keys start with few
  // A pair found wherever it stands (also when added with a third byte).
  void Add(unsigned char first, unsigned char second) {
    if (Thirds* t = ThirdsOf(first, second)) t->allowed.fill(~uint64_t{0});
    if (first >= 0x80) any_third_ = true;
    AddPair(first, second);
  }
  // A pair found only where one of the third bytes it is added with
  // follows it (the first three bytes of a character of three or four),
  // unless it is added without one as well.
  void AddTriple(unsigned char first, unsigned char second,
                 unsigned char third) {
    Thirds* t = ThirdsOf(first, second);
    if (t == nullptr) {
      if (Contains(first, second)) return;  // added without a third
      t = &thirds_.emplace_back(Thirds{first, second, {}});
    }
    t->allowed[third >> 6] |= uint64_t{1} << (third & 63);
    AddToByteRows(third, &third_rows_);
    AddPair(first, second);
  }
  // Whether the pair was added, with a third byte or without.
  bool Contains(unsigned char first, unsigned char second) const {
    const uint16_t row = row_of_[first];
    return row != 0 && (rows_[row - 1][second >> 6] >> (second & 63) & 1);
  }
  // Whether the pair at text[p] (p + 1 < text.size()) is in the set, with
  // its third byte when it was added with some only (none past the end).
  bool ContainsAt(std::string_view text, size_t p) const {
    const auto first = static_cast<unsigned char>(text[p]);
    const auto second = static_cast<unsigned char>(text[p + 1]);
    if (!Contains(first, second)) return false;
    const Thirds* t = thirds_.empty() ? nullptr : ThirdsOf(first, second);
    if (t == nullptr) return true;
    if (p + 2 >= text.size()) return false;
    const auto third = static_cast<unsigned char>(text[p + 2]);
    return (t->allowed[third >> 6] >> (third & 63) & 1) != 0;
  }
  // The first position p >= `from` with p + 1 < text.size() where the pair
  // at p is in the set (ContainsAt) and p == 0 or text[p - 1] is no ASCII
  // letter or digit; npos when there is none.
  size_t FindWordStart(std::string_view text, size_t from) const;

 private:
  void AddPair(unsigned char first, unsigned char second) {
    if (row_of_[first] == 0) {
      rows_.emplace_back();
      row_of_[first] = static_cast<uint16_t>(rows_.size());
    }
    rows_[row_of_[first] - 1][second >> 6] |= uint64_t{1} << (second & 63);
    AddToByteRows(first, &first_rows_);
    AddToByteRows(second, &second_rows_);
  }

  // The third bytes a pair added with AddTriple (only) may be followed by.
  struct Thirds {
    unsigned char first, second;
    std::array<uint64_t, 4> allowed;
  };
  Thirds* ThirdsOf(unsigned char first, unsigned char second) {
    return const_cast<Thirds*>(std::as_const(*this).ThirdsOf(first, second));
  }
  const Thirds* ThirdsOf(unsigned char first, unsigned char second) const {
    for (const Thirds& t : thirds_)
      if (t.first == first && t.second == second) return &t;
    return nullptr;
  }

  // Per first byte, 1 + its row of second bytes (one bit each) in rows_, or
  // 0 when no pair starts with it: a set is built per document, and its
  // few rows cost less to clear than a bit for every pair.
  std::array<uint16_t, 256> row_of_{};
  std::vector<std::array<uint64_t, 4>> rows_;
  std::vector<Thirds> thirds_;  // few: a document's keys start with few
  // The pairs' first (second) bytes as a set, for the vector pass: a byte
  // b is in it when its row (AddToByteRows: by its top bit and low nibble)
  // holds the bit of its high nibble. Exact, so that a continuation byte
  // (B1) never passes for the ASCII byte it differs from in its top bit
  // (1), which would make most of a text's characters candidates.
  std::array<uint8_t, 32> first_rows_{};
  std::array<uint8_t, 32> second_rows_{};
  // The third bytes of the pairs added with one, as a set of the same
  // kind: a pair whose first byte is not ASCII is looked at only where one
  // of them follows it, unless such a pair was added without a third
  // (any_third_).
  std::array<uint8_t, 32> third_rows_{};
  bool any_third_ = false;
};

namespace byte_search_internal {

// The bit that six bytes (the low 48 of `bytes`) hash to in a table of
// 2^(64 - shift) bits (WordStarts::NarrowChars).
inline uint64_t FollowedBit(uint64_t bytes, unsigned shift) {
  return ((bytes & 0xFFFF'FFFF'FFFFu) * 0x9E37'79B9'7F4A'7C15u) >> shift;
}

// 1 when the three-byte character that `bytes` (eight bytes read from it,
// little-endian) starts with is narrowed (bit set in `narrowed`, indexed
// as WordStarts' passed characters) and its six bytes' bit in `followed`
// is clear; else 0. Without a branch, for the vector pass's stops too.
inline uint64_t PassedByWhatFollows(const uint64_t* narrowed,
                                    const uint64_t* followed, unsigned shift,
                                    uint64_t bytes) {
  const uint64_t in_narrowed =
      narrowed[(bytes & 0x0Fu) << 6 | (bytes >> 8 & 0x3Fu)] >>
      (bytes >> 16 & 0x3Fu);
  const uint64_t bit = FollowedBit(bytes, shift);
  return in_narrowed & ~(followed[bit >> 6] >> (bit & 63)) & 1;
}

}  // namespace byte_search_internal

// Where a search for many words at once (an automaton in its start state)
// has to look: at a byte that may start a word, except where a three-byte
// character (lead byte E0-EF, two continuation bytes) stands that starts
// none, though its lead byte may start others. In Chinese text the lead
// byte names only a block of 64 characters, so it is the whole character
// that tells. Where the processor has AVX2, thirty-two positions are judged
// at a time: the bytes by two table lookups, the characters by gathering
// their bits.
class WordStarts {
 public:
  // `byte` may start a word.
  void AddStartByte(unsigned char byte) {
    start_byte_[byte] = true;
    (byte < 0x80 ? low_rows_ : high_rows_)[byte & 0x0F] |=
        static_cast<uint8_t>(1u << (byte >> 4 & 7));
  }
  // The characters lead (E0-EF), second (80-BF), third start no word, for
  // each third byte 80 + k whose bit k `thirds` holds.
  void AddPassedChars(unsigned char lead, unsigned char second,
                      uint64_t thirds) {
    passed_[(lead & 0x0Fu) << 6 | (second & 0x3Fu)] |= thirds;
  }
  // Passes more characters where what follows them shows that they start
  // no word there. `chars` (three-byte characters, each its three bytes
  // as the low 24 bits of a little-endian load) start a word only where
  // the six bytes from them are one of `followed` (the low 48 bits of a
  // little-endian load): elsewhere Find passes them like passed
  // characters, and so it does only where eight bytes are left to read.
  // In Chinese text a word's first character is mostly followed by
  // another than its own second, so most stops are passed this way.
  // Replaces what an earlier call set.
  void NarrowChars(const std::vector<uint32_t>& chars,
                   const std::vector<uint64_t>& followed);

  // What Find remembers of the last block of positions it judged whole,
  // so that a search from inside that block reads its answer off the
  // block's bits instead of judging the positions again (a search for
  // words stops every few dozen bytes and goes on just after). Each
  // position is judged by its own bytes alone, so the bits hold whatever
  // the later search starts from. One per text: the bits are that text's.
  struct Cursor {
    size_t base = 0;
    uint32_t stops = 0;  // bit k: position base + k is an answer
    bool judged = false;
  };

  // The first position p >= `from` whose byte may start a word and where
  // no passed character starts; text.size() when there is none. The bytes
  // of a passed character after its lead are continuation bytes, which
  // must start no word: while one does, add no passed character.
  size_t Find(std::string_view text, size_t from) const {
    Cursor cursor;
    return Find(text, from, &cursor);
  }
  // The same, remembering in `cursor` (of this text) the block judged last.
  size_t Find(std::string_view text, size_t from, Cursor* cursor) const {
    if (cursor->judged && from >= cursor->base &&
        from - cursor->base < kBlock) {
      const uint32_t rest =
          cursor->stops & (~uint32_t{0} << (from - cursor->base));
      if (rest != 0)
        return cursor->base + static_cast<size_t>(__builtin_ctz(rest));
      from = cursor->base + kBlock;
    }
    if (text.size() - from >= kBlockMin) from = FindBlocks(text, from, cursor);
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = from; i < n;) {
      const unsigned char b = data[i];
      if (b >= 0xE0 && b <= 0xEF && i + 2 < n) {
        const unsigned b1 = data[i + 1] ^ 0x80u, b2 = data[i + 2] ^ 0x80u;
        // Both continuation bytes (80-BF) and the character passed.
        if ((b1 | b2) < 0x40 &&
            (passed_[(b & 0x0Fu) << 6 | b1] >> b2 & 1) != 0) {
          i += 3;
          continue;
        }
      }
      if (start_byte_[b]) {
        if (!PassedByWhatFollows(data + i, n - i)) return i;
        i += 3;  // a narrowed character: three bytes, see NarrowChars
        continue;
      }
      ++i;
    }
    return n;
  }

 private:
  // From this many bytes on, Find judges blocks of kBlock positions first.
  static constexpr size_t kBlockMin = 64;
  static constexpr size_t kBlock = 32;
  // Find over whole blocks: the first position found (its block's answers
  // left in `cursor`), or the first not looked at.
  size_t FindBlocks(std::string_view text, size_t from, Cursor* cursor) const;

  // Whether the character at `at` (with `left` bytes from it) is one of
  // NarrowChars' and followed by none of the six bytes it starts a word
  // with.
  bool PassedByWhatFollows(const unsigned char* at, size_t left) const {
    if (narrowed_.empty() || left < 8) return false;
    uint64_t bytes;
    std::memcpy(&bytes, at, sizeof bytes);
    // A lead byte E0-EF and two continuation bytes.
    return (bytes & 0xC0C0F0u) == 0x8080E0u &&
           byte_search_internal::PassedByWhatFollows(
               narrowed_.data(), followed_.data(), followed_shift_, bytes) != 0;
  }

  std::array<bool, 256> start_byte_{};
  // Per low nibble, which high nibbles (h & 7) of the start bytes below
  // 0x80 and from 0x80 on occur with it: the vector pass's membership.
  std::array<uint8_t, 16> low_rows_{};
  std::array<uint8_t, 16> high_rows_{};
  // Bit (third & 3F) of entry (lead & 0F) << 6 | (second & 3F).
  std::array<uint64_t, 16 * 64> passed_{};
  // The narrowed characters, indexed as passed_ (empty: none), and a bit
  // per hash of each six bytes they start a word with (a Bloom filter of
  // one hash: a bit set by another six bytes only keeps a stop).
  std::vector<uint64_t> narrowed_;
  std::vector<uint64_t> followed_;
  unsigned followed_shift_ = 64;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_BYTE_SEARCH_H_
