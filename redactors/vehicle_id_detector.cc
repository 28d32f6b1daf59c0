#include "redactors/vehicle_id_detector.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/byte_search.h"
#include "core/utf8.h"

namespace wenshu {
namespace {

// The words a VIN follows.
const LiteralSet& VinCues() {
  static const LiteralSet* cues =
      new LiteralSet({"车架", "车辆识别", "底盘", "VIN", "vin", "Vin"});
  return *cues;
}

// The trigger words (TriggerWords): every cue kVinCue, then every cue
// kEngineCue accepts starts with one of these.
constexpr std::array<std::string_view, 8> kVinWords = {
    "车架号", "车架编号", "车辆识别代号", "车辆识别代码",
    "车辆识别号", "底盘号", "底盘编号", "vin"};
constexpr std::array<std::string_view, 2> kEngineWords = {"发动机号",
                                                          "发动机编号"};

// The word an engine number follows.
const LiteralSet& EngineCues() {
  static const LiteralSet* cues = new LiteralSet({"发动机"});
  return *cues;
}

constexpr size_t kVinLength = 17;
constexpr size_t kEngineMinChars = 5;
constexpr size_t kEngineMaxChars = 20;

// Bytes from the start of a cue to the end of the number after it: the cue
// with an alias in brackets (车辆识别代号（车架号）, 24 bytes), the widest
// connector (8 characters, 24 bytes) and the number (20 bytes and a
// separator).
constexpr size_t kCueReach = 112;

// The cue words, as RE2 alternatives without capturing groups. Lower-case
// and capitalised "vin" are typists' forms; the literals below must find
// every cue the pattern accepts.
constexpr std::string_view kVinCue =
    R"((?:车架(?:号码|编号|号)|车辆识别(?:代号|代码|号码|号)|底盘(?:号码|编号|号)|(?:VIN|vin|Vin)(?:码|号)?))";
constexpr std::string_view kEngineCue = R"(发动机(?:号码|编号|号))";

// What may stand between a cue and its number: at standard strictness only
// 码 / 为 / 是 / a colon and spaces; at the widest up to eight characters that
// are neither letters, digits, the end of a clause nor a mask (a number
// masked in a public text is not a connector to the next one).
constexpr std::string_view kConnector = R"([码为是:\s]{0,4})";
constexpr std::string_view kLooseConnector = R"([^0-9A-Za-z×。,;\n]{0,8}?)";

// A cue, optionally followed by another cue as an alias in brackets or
// after a slash: 车辆识别代号（车架号）, 车架号/VIN码. Group 1.
std::string CueGroup(std::string_view cue) {
  const std::string c(cue);
  return "(" + c + R"((?:\s?(?:\(\s?)" + c + R"(\s?\)|/\s?)" + c + "))?)";
}

std::string VinPattern(std::string_view connector) {
  return CueGroup(kVinCue) + std::string(connector) + "([0-9A-Za-z]{17})";
}

std::string EnginePattern(std::string_view connector) {
  return "(" + std::string(kEngineCue) + ")" + std::string(connector) +
         R"(([0-9A-Za-z]+)(?:([\- ])([0-9A-Za-z]+))?)";
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The value of a VIN character in the check-digit sum (ISO 3779 annex,
// GB 16735 appendix), or -1 for a character outside the VIN alphabet.
int VinValue(char c) {
  // I, O and Q are never used; J-R and S-Z restart the count.
  static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  static constexpr std::string_view kValues = "12345678123457923456789";
  if (IsAsciiDigit(c)) return c - '0';
  const size_t at = kLetters.find(c);
  return at == std::string_view::npos ? -1 : kValues[at] - '0';
}

// Codes are joined into longer ones by hyphens and underscores
// (PO-LSVAM…): such a joint makes the run longer.
bool IsJoint(char c) { return c == '-' || c == '_'; }

// True when the run of letters and digits [begin, end) goes on past `end`.
bool RunsOnAfter(std::string_view text, size_t end) {
  if (end >= text.size()) return false;
  if (IsAsciiAlnum(text[end])) return true;
  return IsJoint(text[end]) && end + 1 < text.size() &&
         IsAsciiAlnum(text[end + 1]);
}

// True when the run of letters and digits starting at `begin` began before.
bool RunsOnBefore(std::string_view text, size_t begin) {
  if (begin == 0) return false;
  if (IsAsciiAlnum(text[begin - 1])) return true;
  return IsJoint(text[begin - 1]) && begin >= 2 &&
         IsAsciiAlnum(text[begin - 2]);
}

// Characters after a number that make it a date or an amount rather than
// the second half of an engine number (发动机号AB1234 2019年…).
bool StartsDateOrAmount(std::string_view text, size_t pos) {
  const char32_t c = CodePointAt(text, pos);
  return c == U'年' || c == U'月' || c == U'日' || c == U'元' || c == U'万';
}

// After a cue, at standard strictness: the VIN alphabet in either case, and
// at least one digit (no word of 17 letters is a VIN).
// After a cue the number is a VIN even with I, O or Q in it (typed for 1
// and 0, as real documents do): it only needs a digit.
bool IsCuedVinShape(std::string_view candidate) {
  bool digit = false;
  for (char c : candidate) {
    if (!IsAsciiAlnum(c)) return false;
    digit |= IsAsciiDigit(c);
  }
  return digit;
}

}  // namespace

bool IsValidVin(std::string_view vin) {
  static constexpr int kWeights[kVinLength] = {8, 7, 6, 5, 4, 3, 2, 10, 0,
                                               9, 8, 7, 6, 5, 4, 3, 2};
  if (vin.size() != kVinLength) return false;
  int sum = 0;
  for (size_t i = 0; i < kVinLength; ++i) {
    const int value = VinValue(vin[i]);
    if (value < 0) return false;
    sum += value * kWeights[i];
  }
  const int remainder = sum % 11;
  return vin[8] == (remainder == 10 ? 'X' : static_cast<char>('0' + remainder));
}

VehicleIdDetector::VehicleIdDetector()
    : vin_cued_(VinPattern(kConnector)),
      vin_cued_loose_(VinPattern(kLooseConnector)),
      engine_cued_(EnginePattern(kConnector)),
      engine_cued_loose_(EnginePattern(kLooseConnector)) {}

std::vector<std::string> VehicleIdDetector::TriggerWords() const {
  // The cues of kVinCue, then those of kEngineCue (号码 holds 号; "vin" in
  // any case). The VIN's shape, "17 of these, one a letter", is checked in
  // code (TriggeredInCode).
  std::vector<std::string> words(kVinWords.begin(), kVinWords.end());
  words.insert(words.end(), kEngineWords.begin(), kEngineWords.end());
  return words;
}

namespace {

bool InVinAlphabet(char c) {
  return (c >= '0' && c <= '9') ||
         (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q');
}

}  // namespace

bool VehicleIdDetector::TriggeredInCode(std::string_view text) const {
  // A run of the alphabet at least 17 long that holds a letter: found from
  // its capitals, by the vector search for ASCII letters (a judgment has
  // few), the run around a capital looked at once, then passed.
  const size_t n = text.size();
  for (size_t at = FindAsciiLetter(text, 0); at != std::string_view::npos;
       at = FindAsciiLetter(text, at)) {
    if (!InVinAlphabet(text[at])) {
      ++at;
      continue;
    }
    size_t begin = at;
    while (begin > 0 && InVinAlphabet(text[begin - 1])) --begin;
    size_t end = at + 1;
    while (end < n && InVinAlphabet(text[end])) ++end;
    if (end - begin >= kVinLength) return true;
    at = end;
  }
  return false;
}

Status VehicleIdDetector::Find(const Document& doc, ScanContext& context,
                               SpanSink& sink) const {
  std::vector<Span>* out = &sink.mutable_spans();
  const std::string_view text = context.text();
  const bool widest = context.widest();

  // VINs with a valid check digit, anywhere: every run of exactly 17
  // letters and digits is looked at. A byte scan suffices: the bytes of
  // multi-byte UTF-8 characters are never ASCII.
  std::vector<size_t> checked;  // begins, ascending
  for (size_t i = FindAsciiAlnum(text, 0); i != std::string_view::npos;) {
    size_t j = i;
    while (j < text.size() && IsAsciiAlnum(text[j])) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (run.size() == kVinLength && !RunsOnBefore(text, i) &&
        !RunsOnAfter(text, j) && std::any_of(run.begin(), run.end(), IsUpper) &&
        IsValidVin(run)) {
      out->push_back({i, j, Category::kVehicleId, "vin_checked",
                      "17-character VIN with a valid ISO 3779 check digit"});
      checked.push_back(i);
    }
    i = FindAsciiAlnum(text, j);
  }

  RegexMatch m;
  const Regex& vin = widest ? vin_cued_loose_ : vin_cued_;
  // The windows after each cue: where the detector set's pass found the
  // trigger words, or found here when the detector runs alone.
  const auto is_vin_word = [](size_t w) { return w < kVinWords.size(); };
  for (const ByteRange& window :
       CueWindows(context, is_vin_word, VinCues(), 0, kCueReach)) {
    size_t pos = window.begin;
    while (vin.SearchIn(text, pos, window.end, &m)) {
      const std::string_view cue = m.groups[1];
      const std::string_view candidate = m.groups[2];
      const size_t cue_begin = cue.data() - text.data();
      const size_t begin = candidate.data() - text.data();
      const size_t end = begin + candidate.size();
      pos = cue_begin + cue.size();
      // An ASCII cue must be a word of its own (not the end of DAVIN).
      if (IsAsciiAlnum(text[cue_begin]) && RunsOnBefore(text, cue_begin)) {
        continue;
      }
      // The number may touch an ASCII cue (VINLSV…); only its end is open.
      if (RunsOnAfter(text, end)) continue;
      if (std::binary_search(checked.begin(), checked.end(), begin)) continue;
      if (!widest && !IsCuedVinShape(candidate)) continue;
      out->push_back({begin, end, Category::kVehicleId, "vin_cued",
                      "17-character VIN after 车架号, VIN or a similar cue"});
      pos = end;
    }
  }

  const Regex& engine = widest ? engine_cued_loose_ : engine_cued_;
  const auto is_engine_word = [&](size_t w) { return !is_vin_word(w); };
  for (const ByteRange& window :
       CueWindows(context, is_engine_word, EngineCues(), 0, kCueReach)) {
    size_t pos = window.begin;
    while (engine.SearchIn(text, pos, window.end, &m)) {
      const std::string_view cue = m.groups[1];
      const std::string_view first = m.groups[2];
      pos = cue.data() - text.data() + cue.size();
      const size_t begin = first.data() - text.data();
      size_t end = begin + first.size();
      size_t chars = first.size();
      if (m.matched(4)) {
        const std::string_view second = m.groups[4];
        const size_t second_end = second.data() - text.data() + second.size();
        const bool hyphen = m.groups[3] == "-";
        if (RunsOnAfter(text, second_end) ||
            first.size() + second.size() > kEngineMaxChars ||
            StartsDateOrAmount(text, second_end)) {
          // A second hyphen, or too long: some other code. A space, though,
          // may just end the number (发动机号AB12345 2019年…).
          if (hyphen) continue;
        } else {
          end = second_end;
          chars += second.size();
        }
      }
      if (chars < kEngineMinChars || chars > kEngineMaxChars) continue;
      const std::string_view number = text.substr(begin, end - begin);
      if (std::none_of(number.begin(), number.end(),
                       [](char c) { return IsAsciiDigit(c); }))
        continue;
      out->push_back({begin, end, Category::kVehicleId, "engine_number_cued",
                      "engine number after 发动机号 or a similar cue"});
      pos = end;
    }
  }
  return Status::Ok();
}

}  // namespace wenshu
