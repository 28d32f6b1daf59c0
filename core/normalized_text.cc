// The ICU adapter for normalization: the only file that sees icu::Normalizer2.
#include "core/normalized_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

#include "core/byte_search.h"
#include "core/encoding.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

// CJK Radicals Supplement forms that NFKC leaves alone, folded to the
// ordinary character a reader sees in them. Sorted by code point.
constexpr std::pair<char32_t, char32_t> kRadicalFolds[] = {
    {0x2E81, 0x5382}, {0x2E87, 0x51E0}, {0x2E8A, 0x535C}, {0x2E8B, 0x5369},
    {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3},
    {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E96, 0x5FC4}, {0x2E98, 0x624C},
    {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9D, 0x6708}, {0x2EA0, 0x6C11},
    {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA7, 0x725B},
    {0x2EA8, 0x72AD}, {0x2EA9, 0x738B}, {0x2EAA, 0x758B}, {0x2EAB, 0x7F52},
    {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAE, 0x7AF9}, {0x2EB2, 0x7F52},
    {0x2EB6, 0x7F8A}, {0x2EB9, 0x8002}, {0x2EBE, 0x8279}, {0x2EC1, 0x864E},
    {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1},
    {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECA, 0x8DB3},
    {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
    {0x2ECF, 0x961D}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F},
    {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752},
    {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE},
    {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
    {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364},
    {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEC, 0x9F50},
    {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F},
};

constexpr char32_t kMiddleDot = 0x00B7;
constexpr char32_t kRemoved = 0xFFFFFFFF;

// What the second folding step does with one code point: the replacement,
// kRemoved, or the code point itself when it is left alone.
char32_t Fold(char32_t c) {
  switch (c) {
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
      return kRemoved;
    case 0x2022:
    case 0x2027:
    case 0x2219:
    case 0x22C5:
    case 0x30FB:
    case 0xFF65:
    case 0x0387:
    case 0x16EB:
      return kMiddleDot;
    default:
      break;
  }
  if (c >= 0x2E80 && c <= 0x2EFF) {
    auto it =
        std::lower_bound(std::begin(kRadicalFolds), std::end(kRadicalFolds), c,
                         [](const std::pair<char32_t, char32_t>& p,
                            char32_t v) { return p.first < v; });
    if (it != std::end(kRadicalFolds) && it->first == c) return it->second;
  }
  return c;
}

// NFKC through ICU, then Fold on every code point of the result.
std::string NormalizeSegment(const icu::Normalizer2& nfkc,
                             std::string_view in) {
  std::string nfkc_text;
  icu::StringByteSink<std::string> sink(&nfkc_text);
  UErrorCode error = U_ZERO_ERROR;
  nfkc.normalizeUTF8(
      0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink,
      nullptr, error);
  if (U_FAILURE(error))
    nfkc_text.assign(in);  // input was validated; cannot happen
  // ICU's output is well-formed UTF-8.
  std::string out;
  for (size_t i = 0; i < nfkc_text.size();
       i = NextCharBoundary(nfkc_text, i)) {
    const char32_t folded = Fold(CodePointAt(nfkc_text, i));
    if (folded != kRemoved) AppendUtf8(folded, &out);
  }
  return out;
}

// What normalization does to each BMP code point standing alone, and
// whether a code point starts a new normalization segment. Computed from
// ICU's data a block of 256 code points at a time, the first time a text
// holds one of them: a judgment touches a handful of blocks (ASCII, CJK
// punctuation, full-width forms), so a process that redacts one document
// does not pay for the other 250. Lets the hot loop copy the (vast)
// unchanged part of a text without calling ICU per character. Thread-safe:
// a block is built once, under a lock, and read without one afterwards.
class CharTable {
 public:
  static const CharTable& Get() {
    static const CharTable* table = new CharTable();
    return *table;
  }

  const icu::Normalizer2* nfkc() const { return nfkc_; }
  bool ok() const { return nfkc_ != nullptr; }

  // The characters of U+3000-U+303F (E3 80 xx: the ideographic
  // punctuation 。、《》) that normalization leaves alone, and that nothing
  // around them joins: passed over like the ideographs.
  const CharsAfterTwoBytes& inert_punctuation() const {
    return inert_punctuation_;
  }

  bool BoundaryBefore(char32_t c) const {
    if (c < 0x10000) return BlockOf(c).flags[c & 0xFF] & kBoundary;
    return nfkc_->hasBoundaryBefore(static_cast<UChar32>(c));
  }
  // Sets `mapped` and returns true when the code point (< 0x10000)
  // changes.
  bool Changes(char32_t c, std::string_view* mapped) const {
    return Mapping(BlockOf(c), c, mapped);
  }
  // Both at once, with one look at the table: whether a segment starts
  // at the code point (< 0x10000), and, when it does, whether the code
  // point changes (and into what).
  bool StartsAndChanges(char32_t c, bool* starts,
                        std::string_view* mapped) const {
    const Block& block = BlockOf(c);
    *starts = block.flags[c & 0xFF] & kBoundary;
    return *starts && Mapping(block, c, mapped);
  }

 private:
  static constexpr uint8_t kChanged = 1;
  static constexpr uint8_t kBoundary = 2;

  struct Block {
    std::atomic<bool> ready{false};
    uint8_t flags[256] = {};
    uint16_t offset[256] = {};
    uint8_t length[256] = {};
    std::string pool;  // the changed code points' mappings, one after another
  };

  CharTable() : blocks_(0x100) {
    UErrorCode error = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCInstance(error);
    if (U_FAILURE(error)) {
      nfkc_ = nullptr;
      return;
    }
    uint64_t thirds = 0;
    for (char32_t c = 0x3000; c < 0x3040; ++c) {
      if (nfkc_->isInert(static_cast<UChar32>(c)) && Fold(c) == c)
        thirds |= uint64_t{1} << (c & 0x3F);
    }
    inert_punctuation_ = CharsAfterTwoBytes(0xE3, 0x80, thirds);
  }

  const Block& BlockOf(char32_t c) const {
    Block& block = blocks_[c >> 8];
    if (__builtin_expect(!block.ready.load(std::memory_order_acquire), 0))
      Build(c >> 8);
    return block;
  }

  static bool Mapping(const Block& block, char32_t c,
                      std::string_view* mapped) {
    const uint8_t k = c & 0xFF;
    if (!(block.flags[k] & kChanged)) return false;
    *mapped =
        std::string_view(block.pool.data() + block.offset[k], block.length[k]);
    return true;
  }

  __attribute__((noinline, cold)) void Build(char32_t index) const {
    const std::lock_guard<std::mutex> lock(build_);
    Block& block = blocks_[index];
    if (block.ready.load(std::memory_order_relaxed)) return;
    for (char32_t k = 0; k < 0x100; ++k) {
      const char32_t c = (index << 8) | k;
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      if (nfkc_->hasBoundaryBefore(static_cast<UChar32>(c)))
        block.flags[k] |= kBoundary;
      if (nfkc_->isInert(static_cast<UChar32>(c)) && Fold(c) == c) continue;
      std::string original;
      AppendUtf8(c, &original);
      std::string mapped = NormalizeSegment(*nfkc_, original);
      if (mapped == original) continue;
      block.flags[k] |= kChanged;
      block.offset[k] = static_cast<uint16_t>(block.pool.size());
      block.length[k] = static_cast<uint8_t>(mapped.size());
      block.pool += mapped;
    }
    block.ready.store(true, std::memory_order_release);
  }

  const icu::Normalizer2* nfkc_ = nullptr;
  CharsAfterTwoBytes inert_punctuation_{0xE3, 0x80, 0};
  mutable std::vector<Block> blocks_;
  mutable std::mutex build_;
};

// The digit a character stands for when numbers are written out in Chinese
// numerals (〇一二…九, 零, the financial 壹贰叁…玖, and 幺 as phone numbers
// are read aloud), or -1.
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': case U'壹': case U'幺': return 1;
    case U'二': case U'贰': case U'貳': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

// A character that may stand between two digits of one written number: a
// space (also U+3000 and the no-break space), a hyphen or dash, a line
// break.
bool DigitSeparator(char32_t c) {
  return c == U' ' || c == U'\u3000' || c == U'\u00A0' || c == U'-' ||
         c == U'\u2010' || c == U'\u2011' || c == U'\u2013' ||
         c == U'\u2014' || c == U'\u2212' || c == U'\n' || c == U'\r' ||
         c == U'\t';
}

// What a character is to a written number: a Chinese numeral (its digit,
// 0-9), another digit (ASCII or full-width), a separator, or nothing.
enum : int8_t { kNoDigit = -1, kOtherDigit = 10, kSeparator = 11 };

bool IsDigitKind(int8_t kind) { return kind >= 0 && kind <= kOtherDigit; }

// The kinds of the BMP characters, built once: one load per character.
const int8_t* DigitKinds() {
  static const std::vector<int8_t>* const table = [] {
    auto* t = new std::vector<int8_t>(0x10000, kNoDigit);
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (const int d = ChineseDigit(c); d >= 0) {
        (*t)[c] = static_cast<int8_t>(d);
      } else if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) {
        (*t)[c] = kOtherDigit;
      } else if (DigitSeparator(c)) {
        (*t)[c] = kSeparator;
      }
    }
    return t;
  }();
  return table->data();
}

// Decodes well-formed UTF-8 in place.
class DigitScanner {
 public:
  explicit DigitScanner(std::string_view text)
      : data_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        kinds_(DigitKinds()) {}

  // The start of the character byte `p` falls in.
  size_t CharStart(size_t p) const {
    while (p > 0 && (data_[p] & 0xC0) == 0x80) --p;
    return p;
  }
  // The kind of the character starting at `i` (< size), and its length.
  int8_t KindAt(size_t i, size_t* length) const {
    const unsigned char lead = data_[i];
    if (lead < 0x80) {
      *length = 1;
      return kinds_[lead];
    }
    if (lead >= 0xE0 && lead < 0xF0 && i + 2 < n_) {
      *length = 3;
      return kinds_[(lead & 0x0Fu) << 12 | (data_[i + 1] & 0x3Fu) << 6 |
                    (data_[i + 2] & 0x3Fu)];
    }
    if (lead >= 0xC0 && lead < 0xE0 && i + 1 < n_) {
      *length = 2;
      return kinds_[(lead & 0x1Fu) << 6 | (data_[i + 1] & 0x3Fu)];
    }
    *length = lead >= 0xF0 ? std::min<size_t>(4, n_ - i) : 1;
    return kNoDigit;  // outside the BMP, or cut short
  }
  int8_t KindBefore(size_t i, size_t* start) const {
    *start = CharStart(i - 1);
    size_t length;
    return KindAt(*start, &length);
  }
  size_t size() const { return n_; }

 private:
  const unsigned char* data_;
  size_t n_;
  const int8_t* kinds_;
};

// A number written digit by digit, at least this long, is an identifier's
// shape (a plate has 5 digits, a phone 11, an ID 15 or 18); dates, counts
// and ordinals written in Chinese numerals are shorter (二〇二三年).
constexpr size_t kNumeralRunDigits = 7;

// Reads the run of digits that starts at `begin` (a digit): digits with at
// most one separator between two. Appends to `folds` the Chinese numerals
// to read as digits when the run is an identifier's shape (at least
// kNumeralRunDigits digits, one of them a Chinese numeral; a lone numeral
// at an edge of other digits is more likely a word of its own, a name's
// last character in 张三13812345678). Returns where the run's last digit
// ends.
size_t ReadRun(const DigitScanner& scan, size_t begin,
               std::vector<std::pair<size_t, char>>* folds) {
  std::vector<std::pair<size_t, char>> chinese;
  size_t digits = 0, leading = 0, trailing = 0, end = begin;
  bool other_digit = false;
  for (size_t i = begin; i < scan.size();) {
    size_t length;
    int8_t kind = scan.KindAt(i, &length);
    if (kind == kSeparator && i > begin) {
      // One separator between two digits belongs to the run.
      const size_t next = i + length;
      if (next >= scan.size()) break;
      kind = scan.KindAt(next, &length);
      if (!IsDigitKind(kind)) break;
      i = next;
    }
    if (!IsDigitKind(kind)) break;
    if (kind == kOtherDigit) {
      other_digit = true;
      trailing = 0;
    } else {
      chinese.push_back({i, static_cast<char>('0' + kind)});
      if (!other_digit) ++leading;
      ++trailing;
    }
    ++digits;
    i += length;
    end = i;
  }
  if (digits >= kNumeralRunDigits && !chinese.empty()) {
    size_t from = 0, to = chinese.size();
    if (other_digit && leading == 1) from = 1;
    if (other_digit && trailing == 1 && to > from) --to;
    folds->insert(folds->end(), chinese.begin() + from, chinese.begin() + to);
  }
  return end;
}

// Where the Chinese numerals that belong to a number written digit by digit
// stand, with their digits, sorted by offset. Such a run holds
// kNumeralRunDigits digits: one with an ASCII digit is found at its ASCII
// digits (sixteen bytes compared at a time), one without has only digits
// of three bytes (the numerals, full-width digits) and spans at least 21
// bytes, so looking at one character in every 21 bytes finds it; only
// there is the run read whole. The text is well-formed UTF-8.
std::vector<std::pair<size_t, char>> NumeralRunFolds(std::string_view text) {
  constexpr size_t kStride = 3 * kNumeralRunDigits;
  std::vector<std::pair<size_t, char>> folds;
  const DigitScanner scan(text);
  size_t next_ascii = FindAsciiDigit(text, 0);  // npos: none left
  for (size_t p = 0; p < text.size();) {
    if (p == next_ascii) {
      // ASCII digits after neither a digit nor a separator start a run:
      // stepped over at once. Where the run goes on past them (to a
      // numeral), it is read from its start at the next position.
      size_t before;
      if (p == 0 || scan.KindBefore(p, &before) == kNoDigit) {
        while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p;
        next_ascii = FindAsciiDigit(text, p);
        continue;
      }
    }
    const size_t at = scan.CharStart(p);
    size_t length;
    int8_t kind = scan.KindAt(at, &length);
    size_t digit = at;
    if (kind == kSeparator && at + length < text.size()) {
      digit = at + length;
      kind = scan.KindAt(digit, &length);
    }
    if (!IsDigitKind(kind)) {
      // Not an ASCII digit here, so the next one lies further on.
      p = std::min(p + kStride, next_ascii);
      continue;
    }
    // Back to the run's first digit, over single separators.
    size_t begin = digit;
    while (begin > 0) {
      size_t before;
      const int8_t k = scan.KindBefore(begin, &before);
      if (IsDigitKind(k)) {
        begin = before;
        continue;
      }
      size_t two_before;
      if (k == kSeparator && before > 0 &&
          IsDigitKind(scan.KindBefore(before, &two_before))) {
        begin = two_before;
        continue;
      }
      break;
    }
    const size_t end = ReadRun(scan, begin, &folds);
    p = std::max(end, p + 1);
    if (next_ascii < p) next_ascii = FindAsciiDigit(text, p);
  }
  return folds;
}

}  // namespace

size_t OffsetMap::ToOriginalBegin(size_t normalized) const {
  auto it = std::upper_bound(
      changes_.begin(), changes_.end(), normalized,
      [](size_t v, const Change& c) { return v < c.normalized_begin; });
  if (it == changes_.begin()) return normalized;
  const Change& c = *(it - 1);
  const size_t normalized_end = c.normalized_begin + c.normalized_length;
  if (normalized < normalized_end) return c.original_begin;
  return c.original_begin + c.original_length + (normalized - normalized_end);
}

size_t OffsetMap::ToOriginalEnd(size_t normalized) const {
  auto it = std::lower_bound(
      changes_.begin(), changes_.end(), normalized,
      [](const Change& c, size_t v) { return c.normalized_begin < v; });
  if (it == changes_.begin()) return normalized;
  const Change& c = *(it - 1);
  const size_t normalized_end = c.normalized_begin + c.normalized_length;
  if (normalized <= normalized_end) return c.original_begin + c.original_length;
  return c.original_begin + c.original_length + (normalized - normalized_end);
}

Result<NormalizedText> NormalizedText::Normalize(std::string_view original) {
  if (auto bad = FirstInvalidUtf8(original)) {
    return Status::InvalidInput("text is not valid UTF-8 at byte " +
                                std::to_string(*bad));
  }
  return NormalizeValidUtf8(original);
}

Result<NormalizedText> NormalizedText::NormalizeValidUtf8(
    std::string_view original) {
  return NormalizeValidUtf8(original, /*read_numerals=*/true);
}

Result<NormalizedText> NormalizedText::NormalizeValidUtf8(
    std::string_view original, bool read_numerals) {
  const CharTable& table = CharTable::Get();
  if (!table.ok()) return Status::Internal("ICU's NFKC data is unavailable");

  std::string out;
  out.reserve(original.size());
  std::vector<OffsetMap::Change> changes;
  // A judgment changes about one character in 50 bytes (its full-width
  // punctuation): room for a little more than that at once, instead of
  // the vector grown (and copied) a dozen times. Pages never written to
  // cost nothing.
  changes.reserve(original.size() / 32);
  const char* data = original.data();
  const int32_t n =
      static_cast<int32_t>(std::min<size_t>(original.size(), INT32_MAX));
  if (original.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::ResourceExhausted("text is larger than 2 GiB");
  }
  auto code_point_at = [&](int32_t at, int32_t* next) {
    *next = static_cast<int32_t>(NextCharBoundary(original, at));
    return CodePointAt(original, at);
  };
  // Unchanged text is copied in runs; only segments that change are
  // appended one by one. ASCII, the CJK ideograph blocks (lead bytes
  // E4-E9: U+4000-U+9FFF) and the ideographic punctuation that stays as
  // it is (。、《》), which make up nearly all of a judgment, are
  // normalization-inert and skipped byte-wise.
  constexpr int32_t kNone = -1;
  constexpr int32_t kCharBefore = -2;  // the start of the character before i
  int32_t run_start = 0;
  int32_t previous = kNone;  // start of the previous code point
  int32_t i = 0;
  // Numbers written digit by digit in Chinese numerals read as the digits
  // they are (一三九… -> 139…), so that every detector and the verify pass
  // see an identifier in any numeral system.
  const std::vector<std::pair<size_t, char>> folds =
      read_numerals ? NumeralRunFolds(original)
                    : std::vector<std::pair<size_t, char>>();
  size_t next_fold = 0;
  LeadsOutside others(original, 0xE4, 0xE9, &table.inert_punctuation());
  // The loop runs up to the next numeral to fold (or the end): the hot
  // path stays free of the check.
  int32_t limit =
      folds.empty() ? n : static_cast<int32_t>(folds[0].first);
  while (i < n) {
    if (i >= limit) {
      const int32_t end = static_cast<int32_t>(NextCharBoundary(original, i));
      out.append(data + run_start, i - run_start);
      changes.push_back({static_cast<size_t>(i),
                         static_cast<size_t>(end - i), out.size(), 1});
      out.push_back(folds[next_fold].second);
      ++next_fold;
      limit = next_fold < folds.size()
                  ? static_cast<int32_t>(folds[next_fold].first)
                  : n;
      previous = i;
      run_start = i = end;
      continue;
    }
    // ASCII and the ideographs of lead bytes E4-E9 up to the next other
    // character (or the next numeral to fold), judged 64 bytes at a time.
    if (const auto stop = static_cast<int32_t>(others.Next(i, limit));
        stop > i) {
      previous = kCharBefore;  // found when a combining mark needs it
      i = stop;
      continue;
    }
    // A three-byte character (CJK punctuation 。、《》, the full-width forms
    // ，：；（）, the ideographic space) before ASCII, an ideograph (lead
    // E4-E9, as above) or the end, starting a segment, is a segment of its
    // own: looked up without decoding the characters around it.
    if (const auto lead = static_cast<unsigned char>(data[i]);
        lead >= 0xE0 && lead <= 0xEF && i + 3 <= n) {
      const auto after = i + 3 < n ? static_cast<unsigned char>(data[i + 3])
                                   : 0;
      // Well-formed: the lead byte and two continuation bytes.
      const char32_t c =
          static_cast<char32_t>(lead & 0x0Fu) << 12 |
          static_cast<char32_t>(static_cast<unsigned char>(data[i + 1]) & 0x3Fu)
              << 6 |
          static_cast<char32_t>(static_cast<unsigned char>(data[i + 2]) &
                                0x3Fu);
      bool starts = false;
      std::string_view mapped;
      const bool changed = (after < 0x80 || (after >= 0xE4 && after <= 0xE9)) &&
                           table.StartsAndChanges(c, &starts, &mapped);
      if (starts) {
        if (changed) {
          out.append(data + run_start, i - run_start);
          changes.push_back({static_cast<size_t>(i), 3, out.size(),
                             mapped.size()});
          // Mostly a full-width form's one ASCII byte: no copy called.
          if (mapped.size() == 1)
            out.push_back(mapped[0]);
          else
            out.append(mapped);
          run_start = i + 3;
        }
        previous = i;
        i += 3;
        continue;
      }
    }
    if (previous == kCharBefore)
      previous = static_cast<int32_t>(PreviousCharBoundary(original, i));
    int32_t next = 0;
    const char32_t c = code_point_at(i, &next);
    // A combining mark joins the previous code point's segment.
    int32_t segment_begin = i;
    bool single = true;
    if (!table.BoundaryBefore(c) && previous != kNone &&
        previous >= run_start) {
      segment_begin = previous;
      single = false;
    }
    int32_t segment_end = next;
    while (segment_end < n) {
      int32_t after = 0;
      if (table.BoundaryBefore(code_point_at(segment_end, &after))) break;
      segment_end = after;
      single = false;
    }
    const std::string_view segment(data + segment_begin,
                                   segment_end - segment_begin);
    std::string_view mapped;
    std::string computed;
    bool changed;
    if (single && c < 0x10000) {
      changed = table.Changes(c, &mapped);
    } else {
      computed = NormalizeSegment(*table.nfkc(), segment);
      mapped = computed;
      changed = mapped != segment;
    }
    if (changed) {
      out.append(data + run_start, segment_begin - run_start);
      changes.push_back({static_cast<size_t>(segment_begin), segment.size(),
                         out.size(), mapped.size()});
      out.append(mapped);
      run_start = segment_end;
    }
    previous = segment_begin;
    i = segment_end;
  }
  out.append(data + run_start, n - run_start);
  NormalizedText result(std::move(out), OffsetMap(std::move(changes)));
  result.numeral_runs_ = !folds.empty();
  return result;
}

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

}  // namespace wenshu
