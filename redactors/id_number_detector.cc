#include "redactors/id_number_detector.h"

#include <algorithm>
#include <chrono>

#include "core/chinese_date.h"
#include "core/date.h"

namespace wenshu {
namespace {

// How far before a number an ID cue word may stand, in characters.
constexpr size_t kCueChars = 12;
constexpr size_t kWidestCueChars = 24;

int Num(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool IsValidRegionPrefix(std::string_view digits) {
  if (digits.size() < 2) return false;
  const int p = Num(digits.substr(0, 2));
  return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) ||
         (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) ||
         p == 71 || p == 81 || p == 82 || p == 83;
}

char IdCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[] = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                     3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

bool IsValidId18(std::string_view id, bool require_check_character) {
  if (id.size() != 18) return false;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return false;
  }
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (!((last >= '0' && last <= '9') || last == 'X')) return false;
  if (!IsValidRegionPrefix(id)) return false;
  if (!IsValidDate(Num(id.substr(6, 4)), Num(id.substr(10, 2)),
                   Num(id.substr(12, 2)))) {
    return false;
  }
  return !require_check_character || IdCheckCharacter(id) == last;
}

bool IsValidId15(std::string_view id) {
  if (id.size() != 15) return false;
  for (char c : id) {
    if (c < '0' || c > '9') return false;
  }
  return IsValidRegionPrefix(id) &&
         IsValidDate(1900 + Num(id.substr(6, 2)), Num(id.substr(8, 2)),
                     Num(id.substr(10, 2)));
}

bool IsPlausibleId18(std::string_view id) {
  if (!IsValidId18(id, /*require_check_character=*/true)) return false;
  const Date birth{Num(id.substr(6, 4)), Num(id.substr(10, 2)),
                   Num(id.substr(12, 2))};
  const Date today = Date::FromSysDays(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return birth.year >= 1900 && birth <= today;
}

namespace {

// Where a check character X after a number that ends at `end` ends, or 0:
// right after it, or after one separator (11010519491231002 X).
size_t CheckXEnd(std::string_view text, size_t end) {
  const size_t at = end + DigitSeparatorAt(text, end);
  if (at < text.size() && (text[at] == 'X' || text[at] == 'x')) return at + 1;
  return 0;
}

// Rule "id_embedded_run": a run of digits longer than an ID with a
// plausible ID inside it that does not start and end at the run's own
// separators (11010519800101123813911286745, 7110105198001011238, two IDs
// back to back, an ID in a hundred digits). The ID cannot be cut out
// cleanly, so the whole run goes, and a mask keeps none of it: the digits
// a category keeps at the edges could be the ID's. A check character X
// inside the run joins the digits on both sides of it. Only a plausible
// ID counts (IsPlausibleId18): an 18-digit window of random digits passes
// all its checks about once in a million.
void FindEmbeddedIds(std::string_view text,
                     const std::vector<DigitChain>& chains, size_t first_found,
                     std::vector<Span>* out) {
  std::string run;
  // Where the run is cut by a separator, its ends included, in offsets
  // of `run`.
  std::vector<size_t> cuts;
  for (size_t c = 0; c < chains.size(); ++c) {
    const size_t begin = chains[c].begin;
    // Most chains are too short to hold a longer run, and no X joins the
    // next to them: they are passed without being copied.
    if (chains[c].end - begin <= 18 && CheckXEnd(text, chains[c].end) == 0)
      continue;
    run.clear();
    cuts.assign(1, 0);
    size_t end = begin;
    // The chain, and the chains an X joins to it.
    for (;; ++c) {
      const DigitChain& chain = chains[c];
      for (size_t g = 0; g < chain.group_count; ++g) {
        if (g > 0) cuts.push_back(run.size());
        run.append(text.substr(chain.group(g).begin,
                               chain.group(g).end - chain.group(g).begin));
      }
      end = chain.end;
      const size_t x_end = CheckXEnd(text, end);
      if (x_end == 0) break;
      run.push_back('X');
      end = x_end;
      if (c + 1 >= chains.size() || chains[c + 1].begin != end) break;
    }
    if (run.size() <= 18) continue;
    cuts.push_back(run.size());
    for (size_t i = 0; i + 18 <= run.size(); ++i) {
      const std::string_view window = std::string_view(run).substr(i, 18);
      if (!IsPlausibleId18(window)) continue;
      // An ID standing between separators of its own is found whole by
      // the rules above; the numbers around it are not this rule's.
      const bool own_groups =
          std::binary_search(cuts.begin(), cuts.end(), i) &&
          std::binary_search(cuts.begin(), cuts.end(), i + 18);
      if (own_groups) continue;
      // Right after an ID label the run was taken whole already.
      const bool taken = std::any_of(
          out->begin() + first_found, out->end(), [&](const Span& t) {
            return t.begin == begin && t.end == end &&
                   t.category == Category::kIdNumber;
          });
      if (taken) break;
      Span s{begin, end, Category::kIdNumber, "id_embedded_run",
             "a run of digits with a valid ID inside it (region code, birth "
             "date and MOD 11-2 check character)"};
      s.mask_whole = true;
      out->push_back(s);
      break;
    }
  }
}

}  // namespace

IdNumberDetector::IdNumberDetector()
    : cue_({"身份证", "身份号码", "证件号码", "证件号", "社会保障号",
            "社保卡号", "驾驶证号", "居住证号"}),
      label_(
          R"((?:身份证|身份号码|证件号码|证件号|社会保障号码?|社保卡号|驾驶证号|居住证号)(?:号码|号|码)?\s?(?:为|是)?\s?:?\s?$)") {
}

std::vector<std::string> IdNumberDetector::TriggerWords() const {
  return {};  // works from the shared digit chains, which cost nothing extra
}

Status IdNumberDetector::Find(const Document& doc, ScanContext& context,
                              SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const size_t first_found = out->size();
  const std::string_view text = context.text();
  std::string digits;
  for (const DigitChain& chain : context.digit_chains()) {
    if (chain.end - chain.begin < 15) continue;
    const size_t groups = chain.group_count;
    for (size_t first = 0; first < groups; ++first) {
      for (size_t last = first; last < groups; ++last) {
        ChainDigits(text, chain, first, last, &digits);
        if (digits.size() > 18) break;
        size_t end = chain.group(last).end;
        // A trailing X belongs to the number only at the chain's end.
        if (digits.size() == 17 && last == groups - 1 &&
            CheckXEnd(text, end) != 0) {
          digits.push_back('X');
          end = CheckXEnd(text, end);
        }
        if (end < text.size() && IsAsciiAlnum(text[end]) &&
            digits.size() == 18 && text[end - 1] != 'X' &&
            text[end - 1] != 'x') {
          // Glued to letters after the digits ("...1234AB"): not a bare ID.
          if (!context.widest()) continue;
        }
        const size_t begin = chain.group(first).begin;
        if (digits.size() == 18) {
          if (IsValidId18(digits, /*require_check_character=*/true)) {
            out->push_back(
                {begin, end, Category::kIdNumber, "id18_checked",
                 "region code, birth date and MOD 11-2 check character valid"});
          } else if (context.widest() && IsValidId18(digits, false) &&
                     cue_.AnyIn(CharsBefore(text, begin, kWidestCueChars))) {
            // A mistyped ID is still someone's ID: after an ID label, the
            // shape alone holds the document for review.
            out->push_back({begin, end, Category::kIdNumber, "id18_structure",
                            "ID label, region code and birth date (check "
                            "character wrong)"});
          }
        } else if (digits.size() == 15 && IsValidId15(digits) &&
                   cue_.AnyIn(CharsBefore(
                       text, begin,
                       context.widest() ? kWidestCueChars : kCueChars))) {
          out->push_back({begin, end, Category::kIdNumber, "id15_legacy",
                          "legacy 15-digit number after an ID cue word"});
        }
      }
    }
  }
  // Right after an ID label the whole run of digits is the ID, whatever
  // its length or check character: it goes whole.
  for (const DigitChain& chain : context.digit_chains()) {
    const size_t begin = chain.group(0).begin;
    if (chain.end - begin < 15 ||
        !label_.PartialMatch(CharsBefore(text, begin, 10))) {
      continue;
    }
    ChainDigits(text, chain, 0, chain.group_count - 1, &digits);
    size_t end = chain.group(chain.group_count - 1).end;
    if (const size_t x_end = CheckXEnd(text, end); x_end != 0) end = x_end;
    if (digits.size() < 15) continue;
    // A valid ID found above already covers it.
    const bool found =
        std::any_of(out->begin() + first_found, out->end(), [&](const Span& s) {
          return s.begin == begin && s.end == end &&
                 s.category == Category::kIdNumber;
        });
    if (found) continue;
    Span s{begin, end, Category::kIdNumber, "id_cued_run",
           "the digits right after an ID label"};
    // Longer than any ID: a mask keeps none of it.
    s.mask_whole = digits.size() > 18;
    out->push_back(s);
  }
  FindEmbeddedIds(text, context.digit_chains(), first_found, out);
  // Numbers the source masked in part (3201**********1234): still
  // identifying, still deleted. They start with the digits of the region,
  // so they start at a digit group followed by a mask character.
  constexpr std::string_view kTimes = "\u00d7";
  auto mask_at =
      [&](size_t i) -> size_t {  // bytes of a mask character at i, or 0
    if (i >= text.size()) return 0;
    if (text[i] == '*' || text[i] == 'X' || text[i] == 'x') return 1;
    return text.substr(i, kTimes.size()) == kTimes ? kTimes.size() : 0;
  };
  for (const DigitChain& chain : context.digit_chains()) {
    if (mask_at(chain.end) == 0) continue;
    const size_t begin = chain.group(chain.group_count - 1).begin;
    if (begin > 0 && (IsAsciiAlnum(text[begin - 1]) || text[begin - 1] == '*'))
      continue;
    int chars = 0, digit_count = 0, masks = 0, leading = 0;
    size_t end = begin;
    bool final_x = false;
    while (chars < 19) {
      size_t len = 0;
      if (end < text.size() && text[end] >= '0' && text[end] <= '9') {
        len = 1;
        ++digit_count;
        if (leading == chars) ++leading;
        final_x = false;
      } else if ((len = mask_at(end)) != 0) {
        ++masks;
        final_x = text[end] == 'X' || text[end] == 'x';
      } else {
        break;
      }
      end += len;
      ++chars;
    }
    if (final_x) --masks;  // a trailing X may be the check character
    if (chars != 18 || masks < 2 || digit_count < 6 || leading < 2 ||
        !IsValidRegionPrefix(text.substr(begin, 2))) {
      continue;
    }
    out->push_back({begin, end, Category::kIdNumber, "id_partly_masked",
                    "ID-number shape with some digits already masked"});
  }
  return Status::Ok();
}

}  // namespace wenshu
