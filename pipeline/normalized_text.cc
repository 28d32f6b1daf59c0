// The ICU adapter for normalization: the only file that sees icu::Normalizer2
// and icu::Edits.
#include "pipeline/normalized_text.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <utility>

#include "pipeline/encoding.h"

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
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00AD:
      return kRemoved;
    case 0x2022: case 0x2027: case 0x2219: case 0x22C5: case 0x30FB:
    case 0xFF65: case 0x0387: case 0x16EB:
      return kMiddleDot;
    default:
      break;
  }
  if (c >= 0x2E80 && c <= 0x2EFF) {
    auto it = std::lower_bound(
        std::begin(kRadicalFolds), std::end(kRadicalFolds), c,
        [](const std::pair<char32_t, char32_t>& p, char32_t v) {
          return p.first < v;
        });
    if (it != std::end(kRadicalFolds) && it->first == c) return it->second;
  }
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool unused_error = false;
  U8_APPEND(buf, len, 4, c, unused_error);
  (void)unused_error;
  out->append(buf, len);
}

// Applies Fold to every code point, recording the changes in `edits`.
std::string FoldText(std::string_view in, icu::Edits* edits) {
  std::string out;
  out.reserve(in.size());
  size_t unchanged_from = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(in.size());
  while (i < n) {
    const uint8_t lead = static_cast<uint8_t>(in[i]);
    // Only code points at U+00AD and above can change; ASCII is copied as is.
    if (lead < 0xC2) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(in.data(), i, n, c);
    if (c < 0) continue;
    const char32_t folded = Fold(static_cast<char32_t>(c));
    if (folded == static_cast<char32_t>(c)) continue;
    if (static_cast<size_t>(start) > unchanged_from) {
      out.append(in.substr(unchanged_from, start - unchanged_from));
      edits->addUnchanged(static_cast<int32_t>(start - unchanged_from));
    }
    const size_t before = out.size();
    if (folded != kRemoved) AppendUtf8(folded, &out);
    edits->addReplace(i - start, static_cast<int32_t>(out.size() - before));
    unchanged_from = i;
  }
  if (unchanged_from < in.size()) {
    out.append(in.substr(unchanged_from));
    edits->addUnchanged(static_cast<int32_t>(in.size() - unchanged_from));
  }
  return out;
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
  if (original.size() > static_cast<size_t>(INT32_MAX / 2)) {
    return Status::ResourceExhausted("text is larger than 1 GiB");
  }
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU NFKC unavailable: ") +
                            u_errorName(error));
  }
  std::string nfkc_text;
  nfkc_text.reserve(original.size());
  icu::StringByteSink<std::string> sink(&nfkc_text);
  icu::Edits nfkc_edits;
  nfkc->normalizeUTF8(0, icu::StringPiece(original.data(),
                                          static_cast<int32_t>(original.size())),
                      sink, &nfkc_edits, error);
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU normalization failed: ") +
                            u_errorName(error));
  }
  icu::Edits fold_edits;
  std::string folded = FoldText(nfkc_text, &fold_edits);

  icu::Edits merged;
  const icu::Edits* edits = &nfkc_edits;
  if (fold_edits.hasChanges()) {
    merged.mergeAndAppend(nfkc_edits, fold_edits, error);
    if (U_FAILURE(error)) {
      return Status::Internal(std::string("ICU edit merge failed: ") +
                              u_errorName(error));
    }
    edits = &merged;
  }
  // Changes stay one per character so that a span boundary between two
  // changed characters (full-width digits next to full-width letters) maps
  // exactly.
  std::vector<OffsetMap::Change> changes;
  icu::Edits::Iterator it = edits->getFineChangesIterator();
  while (it.next(error)) {
    const size_t ob = it.sourceIndex(), ol = it.oldLength();
    const size_t nb = it.destinationIndex(), nl = it.newLength();
    changes.push_back({ob, ol, nb, nl});
  }
  if (U_FAILURE(error)) {
    return Status::Internal(std::string("ICU edit iteration failed: ") +
                            u_errorName(error));
  }
  return NormalizedText(std::move(folded), OffsetMap(std::move(changes)));
}

}  // namespace wenshu
