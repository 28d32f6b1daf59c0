// Identifiers written the way an attacker or a careless clerk would write
// them, through the whole processor: a seeded generator invents resident ID
// numbers (18-digit with their MOD 11-2 check character, legacy 15-digit),
// mobile numbers, UnionPay card numbers (Luhn) and licence plates, writes
// each in one of many surface forms (widths, numeral systems, separators and
// invisible characters inside, a line break, other digits run into it, two
// back to back, repeated), with or without its cue word, into a few
// invented judgments, and asserts that no field of the output record — the
// public text, the header, the audit of the redactions, the error of a
// held document — holds the value in any form.
//
// The oracle is this file's own: it decodes the JSON record, folds every
// numeral system to ASCII digits and drops every separator and invisible
// character, then looks for the value's digits. It calls nothing of the
// code under test.
//
// A held document is safe (fail closed) and counts as no leak, but holds
// are counted, and a value written plainly after its cue must be published
// with the value removed, so the test cannot pass by holding everything.
//
// WENSHU_HOSTILE_CASES sets the number of cases (10,000 by default) and
// WENSHU_HOSTILE_SEED the seed; a failure prints the seed, the case number
// and its input.
//
// What the generator leaves out, and why: a number without a check digit (a
// mobile, a legacy ID) run into other digits without a cue is another
// number as far as anyone can tell, and so is a mobile number split by
// spaces, hyphens or dots where writers never split one (3-4-4, 3-8 and 7-4
// are written; 1401040675-1 is a file number); a card inside a long run (not
// at an end of it) has a one-in-ten Luhn check that any long number passes
// somewhere; plates are written in Arabic digits and never run into other
// digits; and a lone Chinese numeral at an edge of Arabic digits reads as a
// word (张一13812345678), so mixed forms put at least two numerals at an
// edge (a check character X is no edge digit).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/input_record.h"
#include "pipeline/document_processor.h"
#include "publishers/jsonl_publisher.h"
#include "tests/pipeline/cli_harness.h"
#include "tests/pipeline/standard_processor.h"

namespace wenshu {
namespace {

// ---- The oracle: its own decoding and folding. ----

void AppendUtf8Char(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The code points of UTF-8 `s` (an ill-formed byte reads as U+FFFD).
std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = s[i];
    size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t c = len == 1 ? b : b & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) c = c << 6 | (s[i + k] & 0x3F);
    out.push_back(c);
    i += len;
  }
  return out;
}

// The JSON string escapes of a record line undone (\n, \", \uXXXX with
// surrogate pairs), so that a value split by an escaped line break or an
// escaped invisible character is seen whole.
std::u32string Unescape(std::string_view line) {
  const std::u32string in = Decode(line);
  std::u32string out;
  auto hex4 = [&](size_t at, char32_t* v) {
    if (at + 4 > in.size()) return false;
    *v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char32_t c = in[k];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return false;
      *v = *v << 4 | d;
    }
    return true;
  };
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\' || i + 1 >= in.size()) {
      out.push_back(in[i]);
      continue;
    }
    const char32_t e = in[++i];
    char32_t v;
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u':
        if (hex4(i + 1, &v)) {
          i += 4;
          char32_t low;
          if (v >= 0xD800 && v < 0xDC00 && i + 2 < in.size() &&
              in[i + 1] == '\\' && in[i + 2] == 'u' && hex4(i + 3, &low)) {
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
          out.push_back(v);
        } else {
          out.push_back('u');
        }
        break;
      default: out.push_back(e); break;
    }
  }
  return out;
}

int DigitOf(char32_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10;        // full width
  if (c >= 0x1D7CE && c <= 0x1D7FF) return (c - 0x1D7CE) % 10;  // math
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

bool Dropped(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case '-': case '.': case 0x00A0: case 0x00AD: case 0x00B7:
    case 0x2022: case 0x2027: case 0x2212: case 0x3000: case 0x30FB:
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0xFF0D: case 0xFF0E: case 0xFF65:
      return true;
    default:
      return c >= 0x2010 && c <= 0x2015;
  }
}

// Every numeral folded to its ASCII digit, letters of either width to
// ASCII upper case, separators and invisible characters dropped.
std::string Folded(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) {
    if (Dropped(c)) continue;
    if (const int d = DigitOf(c); d >= 0) {
      out.push_back(static_cast<char>('0' + d));
    } else if (c >= 0xFF21 && c <= 0xFF3A) {
      out.push_back(static_cast<char>('A' + (c - 0xFF21)));
    } else if (c >= 0xFF41 && c <= 0xFF5A) {
      out.push_back(static_cast<char>('A' + (c - 0xFF41)));
    } else if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    } else {
      AppendUtf8Char(c, &out);
    }
  }
  return out;
}

// ---- Invented identifiers. ----

enum class Kind { kId18, kId15, kMobile, kCard, kPlate };

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kId18: return "id18";
    case Kind::kId15: return "id15";
    case Kind::kMobile: return "mobile";
    case Kind::kCard: return "card";
    case Kind::kPlate: return "plate";
  }
  return "?";
}

using Rng = std::mt19937_64;

int Uniform(Rng& rng, int lo, int hi) {  // [lo, hi]
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

std::string Digits(Rng& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + Uniform(rng, 0, 9)));
  return s;
}

std::string TwoDigits(int v) {
  return std::string(1, static_cast<char>('0' + v / 10)) +
         static_cast<char>('0' + v % 10);
}

// A region code whose province part is a real one, and a birth date.
std::string RegionAndBirth(Rng& rng, bool four_digit_year) {
  static constexpr std::array<int, 34> kProvinces = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
      43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
  std::string s = TwoDigits(kProvinces[Uniform(rng, 0, kProvinces.size() - 1)]);
  s += TwoDigits(Uniform(rng, 1, 30)) + TwoDigits(Uniform(rng, 1, 30));
  const int year = four_digit_year ? Uniform(rng, 1940, 2012) : Uniform(rng, 30, 99);
  const int month = Uniform(rng, 1, 12);
  const int day = Uniform(rng, 1, 28);
  s += four_digit_year ? std::to_string(year) : TwoDigits(year);
  s += TwoDigits(month) + TwoDigits(day);
  return s;
}

std::string InventId18(Rng& rng) {
  std::string s = RegionAndBirth(rng, true) + Digits(rng, 3);
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6,
                                     3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (s[i] - '0') * kWeights[i];
  s.push_back("10X98765432"[sum % 11]);
  return s;
}

std::string InventId15(Rng& rng) {
  return RegionAndBirth(rng, false) + Digits(rng, 3);
}

std::string InventMobile(Rng& rng) {
  return "1" + std::string(1, static_cast<char>('0' + Uniform(rng, 3, 9))) +
         Digits(rng, 9);
}

std::string InventCard(Rng& rng) {
  std::string s = "62" + Digits(rng, Uniform(rng, 0, 1) ? 13 : 16);
  // The Luhn check digit that makes the whole number pass.
  int sum = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    int d = s[s.size() - 1 - k] - '0';
    if (k % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  s.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
  return s;
}

std::string InventPlate(Rng& rng) {
  static const std::vector<std::string> kProvinces = {
      "京", "沪", "粤", "苏", "浙", "鲁", "川", "鄂", "湘", "皖", "闽", "赣"};
  static constexpr char kLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  std::string s = kProvinces[Uniform(rng, 0, kProvinces.size() - 1)];
  s.push_back(kLetters[Uniform(rng, 0, 23)]);
  s += Digits(rng, 5);
  return s;
}

std::string Invent(Kind kind, Rng& rng) {
  switch (kind) {
    case Kind::kId18: return InventId18(rng);
    case Kind::kId15: return InventId15(rng);
    case Kind::kMobile: return InventMobile(rng);
    case Kind::kCard: return InventCard(rng);
    case Kind::kPlate: return InventPlate(rng);
  }
  return "";
}

// ---- Surface forms. ----

enum class Form {
  kAscii,
  kFullWidth,
  kSmallNumerals,      // 〇一二…九
  kFinancialNumerals,  // 零壹贰…玖
  kMixed,              // digit by digit from every system
  kYao,                // 幺 for 1 (phones), otherwise 〇一二…
  kSpaces,
  kHyphens,
  kDots,
  kZeroWidthSpace,     // U+200B
  kWordJoiner,         // U+2060
  kSoftHyphen,         // U+00AD
  kLineBreak,
  kDigitsBefore,
  kDigitsAfter,
  kBackToBack,
  kRepeated,
  kInLongRun,          // inside a hundred digits
  kCount
};

const char* FormName(Form f) {
  static constexpr const char* kNames[] = {
      "ascii", "full_width", "small_numerals", "financial_numerals", "mixed",
      "yao", "spaces", "hyphens", "dots", "zero_width_space", "word_joiner",
      "soft_hyphen", "line_break", "digits_before", "digits_after",
      "back_to_back", "repeated", "in_long_run"};
  return kNames[static_cast<int>(f)];
}

enum class System { kAscii, kFull, kSmall, kFinancial };

std::string DigitIn(char d, System system, bool yao) {
  static const char* kSmall[] = {"〇", "一", "二", "三", "四",
                                 "五", "六", "七", "八", "九"};
  static const char* kFinancial[] = {"零", "壹", "贰", "叁", "肆",
                                     "伍", "陆", "柒", "捌", "玖"};
  if (d == 'X') return system == System::kFull ? "Ｘ" : "X";
  if (d < '0' || d > '9') return std::string(1, d);
  const int v = d - '0';
  switch (system) {
    case System::kAscii: return std::string(1, d);
    case System::kFull: {
      std::string s;
      AppendUtf8Char(0xFF10 + v, &s);
      return s;
    }
    case System::kSmall: return yao && v == 1 ? "幺" : kSmall[v];
    case System::kFinancial: return kFinancial[v];
  }
  return "";
}

// `value` (ASCII) with every digit written in the system chosen for it.
std::string Written(std::string_view value, const std::vector<System>& systems,
                    bool yao) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i)
    out += DigitIn(value[i], systems[i], yao);
  return out;
}

// `value` with `sep` after the digits where a writer groups a mobile
// number (3-4-4, 3-8 or 7-4).
std::string MobileGrouped(Rng& rng, std::string_view value,
                          std::string_view sep) {
  static const std::vector<std::vector<size_t>> kCuts = {{3, 7}, {3}, {7}};
  const std::vector<size_t>& cuts = kCuts[Uniform(rng, 0, 2)];
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (std::find(cuts.begin(), cuts.end(), i) != cuts.end()) out += sep;
    out.push_back(value[i]);
  }
  return out;
}

std::string WithInside(Rng& rng, std::string_view value, std::string_view sep,
                       int times) {
  std::vector<bool> after(value.size(), false);
  for (int t = 0; t < times; ++t)
    after[Uniform(rng, 0, static_cast<int>(value.size()) - 2)] = true;
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    out.push_back(value[i]);
    if (after[i]) out += sep;
  }
  return out;
}

// Whether the generator writes `kind` in `form`, with or without its cue
// (see the file comment for what it leaves out).
bool Covered(Kind kind, Form form, bool cue) {
  const bool glued = form == Form::kDigitsBefore ||
                     form == Form::kDigitsAfter ||
                     form == Form::kBackToBack || form == Form::kInLongRun;
  const bool numerals = form == Form::kSmallNumerals ||
                        form == Form::kFinancialNumerals ||
                        form == Form::kMixed || form == Form::kYao;
  switch (kind) {
    case Kind::kId18:
      return true;
    case Kind::kId15:
      return cue;
    case Kind::kMobile:
      return cue || !glued;
    case Kind::kCard:
      return form != Form::kInLongRun;
    case Kind::kPlate:
      return !numerals && !glued && form != Form::kDots &&
             form != Form::kHyphens && form != Form::kSpaces &&
             form != Form::kLineBreak;
  }
  return false;
}

// A digit string that makes no identifier of its own where it is glued.
std::string Filler(Rng& rng, int n) {
  std::string s = Digits(rng, n);
  if (!s.empty() && s[0] == '0') s[0] = '5';
  return s;
}

// The surface form of `value`; `also` gets any other value written next
// to it (back to back) that must not leak either.
std::string Surface(Rng& rng, Kind kind, std::string_view value, Form form,
                    bool cue, std::vector<std::string>* also) {
  // A mobile number split where writers do not split one is another
  // number (1401040675-1), unless its cue says what it is.
  const bool grouped = kind == Kind::kMobile && !cue;
  switch (form) {
    case Form::kAscii:
    case Form::kRepeated:
      return std::string(value);
    case Form::kFullWidth:
      return Written(value, std::vector<System>(value.size(), System::kFull),
                     false);
    case Form::kSmallNumerals:
      return Written(value, std::vector<System>(value.size(), System::kSmall),
                     false);
    case Form::kFinancialNumerals:
      return Written(value,
                     std::vector<System>(value.size(), System::kFinancial),
                     false);
    case Form::kYao:
      return Written(value, std::vector<System>(value.size(), System::kSmall),
                     kind == Kind::kMobile);
    case Form::kMixed: {
      std::vector<System> systems;
      for (size_t i = 0; i < value.size(); ++i)
        systems.push_back(static_cast<System>(Uniform(rng, 0, 3)));
      auto chinese = [](System s) {
        return s == System::kSmall || s == System::kFinancial;
      };
      // No lone numeral at an edge (see the file comment); a check
      // character X is no digit.
      const size_t n = value.back() == 'X' ? systems.size() - 1 : systems.size();
      if (chinese(systems[0]) != chinese(systems[1])) systems[1] = systems[0];
      if (chinese(systems[n - 1]) != chinese(systems[n - 2]))
        systems[n - 2] = systems[n - 1];
      return Written(value, systems, kind == Kind::kMobile);
    }
    case Form::kSpaces: {
      const std::string sep = Uniform(rng, 0, 1) ? " " : "\u3000";
      return grouped ? MobileGrouped(rng, value, sep)
                     : WithInside(rng, value, sep, Uniform(rng, 1, 3));
    }
    case Form::kHyphens: {
      const std::string sep = Uniform(rng, 0, 1) ? "-" : "\u2014";
      return grouped ? MobileGrouped(rng, value, sep)
                     : WithInside(rng, value, sep, Uniform(rng, 1, 3));
    }
    case Form::kDots: {
      const std::string sep = Uniform(rng, 0, 1) ? "." : "\u00B7";
      return grouped ? MobileGrouped(rng, value, sep)
                     : WithInside(rng, value, sep, Uniform(rng, 1, 3));
    }
    case Form::kZeroWidthSpace:
      return WithInside(rng, value, "\u200B", Uniform(rng, 1, 4));
    case Form::kWordJoiner:
      return WithInside(rng, value, "\u2060", Uniform(rng, 1, 4));
    case Form::kSoftHyphen:
      return WithInside(rng, value, "\u00AD", Uniform(rng, 1, 4));
    case Form::kLineBreak:
      return WithInside(rng, value, "\n", 1);
    case Form::kDigitsBefore:
      return Filler(rng, Uniform(rng, 1, 3)) + std::string(value);
    case Form::kDigitsAfter:
      return std::string(value) + Filler(rng, Uniform(rng, 1, 3));
    case Form::kBackToBack: {
      // An ID ends with X one time in eleven: the next number follows it.
      std::string other = Invent(kind, rng);
      also->push_back(other);
      return std::string(value) + other;
    }
    case Form::kInLongRun: {
      const int before = Uniform(rng, 5, 70);
      return Filler(rng, before) + std::string(value) +
             Filler(rng, 100 - before - static_cast<int>(value.size()));
    }
    case Form::kCount:
      break;
  }
  return std::string(value);
}

const char* Cue(Rng& rng, Kind kind) {
  static const std::vector<const char*> kIdCues = {
      "身份证号码：", "公民身份号码", "身份证号", "居民身份证号码为",
      "身份证号码为：", "身份证号："};
  static const std::vector<const char*> kPhoneCues = {
      "联系电话：", "手机号码", "电话", "手机号为", "联系方式："};
  static const std::vector<const char*> kCardCues = {
      "银行卡号：", "账号", "借记卡卡号", "收款账户"};
  static const std::vector<const char*> kPlateCues = {"车牌号码为",
                                                      "号牌号码"};
  const std::vector<const char*>* cues = &kIdCues;
  if (kind == Kind::kMobile) cues = &kPhoneCues;
  if (kind == Kind::kCard) cues = &kCardCues;
  if (kind == Kind::kPlate) cues = &kPlateCues;
  return (*cues)[Uniform(rng, 0, cues->size() - 1)];
}

// ---- Invented judgments. {S} is where the sentence with the value goes.

struct Template {
  const char* before;
  const char* after;
};

constexpr Template kTemplates[] = {
    {"浙江省湖州市吴兴区人民法院\n民事判决书\n（2024）浙0502民初4417号\n"
     "原告：邝雨桐，女，1986年3月9日出生，汉族，住浙江省湖州市吴兴区。\n"
     "被告：湖州青鸾纺织有限公司，住所地湖州市吴兴区织里镇。\n"
     "原告向本院提出诉讼请求：判令被告归还借款48000元。"
     "邝雨桐称去年冬月借给被告一笔周转款，",
     "。\n本院认为，欠据真实，被告应当清偿。\n判决如下：\n"
     "被告湖州青鸾纺织有限公司于本判决生效之日起十日内归还原告借款48000元。\n"
     "审判员　屠雪松\n二〇二四年五月十四日\n书记员　韦晗\n"},
    {"甘肃省天水市秦州区人民法院\n民事判决书\n（2023）甘0502民初905号\n"
     "原告：天水麦积果蔬合作社，住所地天水市麦积区。\n"
     "被告：欧阳澜，男，1979年7月2日出生，住甘肃省天水市秦州区。\n"
     "经审理查明：双方约定果箱运费按车结算，",
     "，此后运费未再支付。\n本院认为，运输合同成立，被告应付运费6200元。\n"
     "判决如下：\n被告欧阳澜于本判决生效之日起十五日内支付原告运费6200元。\n"
     "审判长　雷苑\n审判员　焦子墨\n二〇二三年九月三十日\n书记员　乔栩\n"},
    {"福建省漳州市芗城区人民法院\n刑事判决书\n（2024）闽0602刑初233号\n"
     "公诉机关漳州市芗城区人民检察院。\n"
     "被告人宓嘉禾，男，1990年1月5日出生，住福建省漳州市芗城区。\n"
     "经审理查明：被告人宓嘉禾以代办贷款为名收取手续费，",
     "，共计骗取人民币21000元。\n本院认为，被告人宓嘉禾构成诈骗罪。\n"
     "判决如下：\n被告人宓嘉禾犯诈骗罪，判处有期徒刑一年。\n"
     "审判长　温以宁\n人民陪审员　段青禾\n二〇二四年三月八日\n书记员　骆辰\n"},
};

// The clause that carries the value.
std::string Clause(Rng& rng, Kind kind, const std::string& cue,
                   const std::string& surface) {
  switch (Uniform(rng, 0, 2)) {
    case 0:
      return "留存的材料上写有" + cue + surface + "等信息";
    case 1:
      return "经核对" + cue + surface + "，与记录一致";
    default:
      return kind == Kind::kPlate ? "双方约定以" + cue + surface + "小型货车交付"
                                  : "对方提供" + cue + surface;
  }
}

struct Case {
  Kind kind;
  Form form;
  bool cue;
  std::vector<std::string> values;  // ASCII, as invented
  std::string text;
};

Case MakeCase(Rng& rng) {
  static constexpr Kind kKinds[] = {Kind::kId18, Kind::kId18, Kind::kId15,
                                    Kind::kMobile, Kind::kMobile, Kind::kCard,
                                    Kind::kPlate};
  Case c;
  do {
    c.kind = kKinds[Uniform(rng, 0, 6)];
    c.form = static_cast<Form>(Uniform(rng, 0, static_cast<int>(Form::kCount) - 1));
    c.cue = Uniform(rng, 0, 1) == 1;
  } while (!Covered(c.kind, c.form, c.cue));
  c.values.push_back(Invent(c.kind, rng));
  std::vector<std::string> also;
  const std::string surface =
      Surface(rng, c.kind, c.values[0], c.form, c.cue, &also);
  c.values.insert(c.values.end(), also.begin(), also.end());
  const std::string cue = c.cue ? Cue(rng, c.kind) : "";
  const Template& t = kTemplates[Uniform(rng, 0, std::size(kTemplates) - 1)];
  std::string middle = Clause(rng, c.kind, cue, surface);
  if (c.form == Form::kRepeated) {
    // Once plainly after its cue, again later in another form.
    std::vector<std::string> ignored;
    const Form later = static_cast<Form>(Uniform(rng, 1, 12));
    const std::string again =
        Covered(c.kind, later, false)
            ? Surface(rng, c.kind, c.values[0], later, false, &ignored)
            : c.values[0];
    middle = Clause(rng, c.kind, Cue(rng, c.kind), c.values[0]) + "，又称" +
             again + "属实";
  }
  c.text = std::string(t.before) + middle + t.after;
  return c;
}

size_t CaseCount() {
  if (const char* env = std::getenv("WENSHU_HOSTILE_CASES")) {
    const long n = std::strtol(env, nullptr, 10);
    if (n > 0) return static_cast<size_t>(n);
  }
  return 10000;
}

uint64_t Seed() {
  if (const char* env = std::getenv("WENSHU_HOSTILE_SEED"))
    return std::strtoull(env, nullptr, 10);
  return 20240521;
}

// ---- The oracle's own checks. ----

TEST(HostileIdentifierOracle, FoldsEveryNumeralSystemAndDropsSeparators) {
  EXPECT_EQ(Folded(Unescape("一三九\\n幺\\u200b1２8-6.7 4·5")), "13911286745");
  EXPECT_EQ(Folded(Unescape("壹贰叁肆伍陆柒捌玖零〇")), "12345678900");
  EXPECT_EQ(Folded(Unescape("京ａ\\u00ad12 345")), "京A12345");
  EXPECT_EQ(Folded(Unescape("\\ud835\\udfcf")), "1");  // math digit one
}

TEST(HostileIdentifierOracle, InventedIdsCarryTheirCheckCharacter) {
  Rng rng(7);
  for (int i = 0; i < 100; ++i) {
    const std::string id = InventId18(rng);
    ASSERT_EQ(id.size(), 18u);
    // Recomputed the other way round: sum of weight * value, X = 10,
    // over all 18 positions is 1 mod 11.
    int sum = 0;
    for (int k = 0; k < 18; ++k) {
      const int v = id[k] == 'X' ? 10 : id[k] - '0';
      sum += v * ((1 << (17 - k)) % 11);
    }
    EXPECT_EQ(sum % 11, 1) << id;
  }
}

// ---- The generator run. ----

TEST(HostileIdentifiers, NoValueReachesAnyOutputFieldInAnyForm) {
  const DocumentProcessor& processor = testing_support::StandardProcessor();
  const uint64_t seed = Seed();
  Rng rng(seed);
  const size_t cases = CaseCount();
  size_t held = 0, plain_cued = 0, leaks = 0;
  std::array<size_t, static_cast<int>(Form::kCount)> held_by_form{};
  for (size_t n = 0; n < cases; ++n) {
    const Case c = MakeCase(rng);
    const std::string line =
        testing_support::DocLine("hostile-" + std::to_string(n), c.text);
    const ProcessedDocument doc = processor.ProcessJsonLine(line, 1);
    const std::string record = FormatJsonRecord(doc, processor.policy());
    const std::string folded = Folded(Unescape(record));
    for (const std::string& value : c.values) {
      if (folded.find(Folded(Decode(value))) == std::string::npos) continue;
      if (++leaks <= 20) {
        ADD_FAILURE() << "seed " << seed << " case " << n << ": "
                      << KindName(c.kind) << " " << FormName(c.form)
                      << (c.cue ? " with cue" : " without cue")
                      << " leaks " << value << "\ninput:\n"
                      << c.text << "\noutput:\n"
                      << record;
      }
    }
    if (doc.status == PublicationStatus::kHeld) {
      ++held;
      ++held_by_form[static_cast<int>(c.form)];
    }
    if (c.form == Form::kAscii && c.cue) {
      ++plain_cued;
      EXPECT_EQ(doc.status, PublicationStatus::kPublished)
          << "a plain value after its cue is removed, not held: case " << n
          << "\n" << c.text << "\n" << doc.error;
    }
  }
  EXPECT_EQ(leaks, 0u) << "values leaked (first 20 shown above)";
  EXPECT_GT(plain_cued, 0u);
  std::string holds;
  for (int f = 0; f < static_cast<int>(Form::kCount); ++f) {
    if (held_by_form[f] > 0)
      holds += std::string(" ") + FormName(static_cast<Form>(f)) + "=" +
               std::to_string(held_by_form[f]);
  }
  std::printf("hostile identifiers: %zu cases, seed %llu, %zu held:%s\n",
              cases, static_cast<unsigned long long>(seed), held,
              holds.c_str());
}

// ---- Regression cases: each finding of issue 21 with its own document.

// An invented judgment around `clause`.
std::string Judgment(const std::string& clause) {
  return std::string(
             "江西省九江市浔阳区人民法院\n民事判决书\n（2024）赣0403民初2871号\n"
             "原告：濮阳若溪，女，1991年6月2日出生，住江西省九江市浔阳区。\n"
             "被告：九江澄湖船舶配件有限公司，住所地九江市浔阳区。\n"
             "经审理查明：原告在被告处订购舷窗配件，") +
         clause +
         "。\n本院认为，被告应当退还货款9300元。\n判决如下：\n"
         "被告九江澄湖船舶配件有限公司于本判决生效之日起十日内退还原告货款9300元。\n"
         "审判员　闻人竹\n二〇二四年七月九日\n书记员　米朵\n";
}

struct Regression {
  const char* name;
  std::string clause;
  std::vector<std::string> values;  // ASCII
};

void PrintTo(const Regression& r, std::ostream* os) { *os << r.name; }

class HostileRegression : public ::testing::TestWithParam<Regression> {};

// Published, with no form of any value left in any field.
TEST_P(HostileRegression, IsPublishedWithoutTheValue) {
  const Regression& r = GetParam();
  const DocumentProcessor& processor = testing_support::StandardProcessor();
  const ProcessedDocument doc = processor.ProcessJsonLine(
      testing_support::DocLine(r.name, Judgment(r.clause)), 1);
  const std::string record = FormatJsonRecord(doc, processor.policy());
  EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  const std::string folded = Folded(Unescape(record));
  for (const std::string& value : r.values)
    EXPECT_EQ(folded.find(value), std::string::npos) << value << "\n" << record;
}

const std::string kHundredDigits = std::string(40, '3') +
                                   "110105198001011238" +
                                   std::string(42, '6');

INSTANTIATE_TEST_SUITE_P(
    Issue21, HostileRegression,
    ::testing::Values(
        // Finding 1: an ID run into other digits.
        Regression{"IdFollowedByAPhoneAfterItsCue",
                   "公民身份号码11010519800101123813911286745",
                   {"110105198001011238", "13911286745"}},
        Regression{"IdFollowedByAPhoneWithoutACue",
                   "货单背面写有11010519800101123813911286745",
                   {"110105198001011238", "13911286745"}},
        Regression{"DigitBeforeAnIdAfterItsCue",
                   "公民身份号码7110105198001011238",
                   {"110105198001011238"}},
        Regression{"DigitBeforeAnIdWithoutACue",
                   "货单背面写有7110105198001011238",
                   {"110105198001011238"}},
        Regression{"TwoIdsBackToBack",
                   "公民身份号码110105198001011238440306199002281553",
                   {"110105198001011238", "440306199002281553"}},
        Regression{"AnIdInsideAHundredDigits", "货单条码为" + kHundredDigits,
                   {"110105198001011238"}},
        Regression{"AnIdInsideAnAccountNumber",
                   "涉案账号中含有9911010519800101123899的数字串",
                   {"110105198001011238", "3899", "9911"}},
        // Finding 2: numerals other than ASCII digits, and line breaks.
        Regression{"PhoneInSmallNumerals", "联系电话一三九一一二八六七四五",
                   {"13911286745"}},
        Regression{"PhoneInFinancialNumerals",
                   "联系电话壹叁玖壹壹贰捌陆柒肆伍", {"13911286745"}},
        Regression{"PhoneInSmallNumeralsWithoutACue",
                   "对方留下一三九一一二八六七四五", {"13911286745"}},
        Regression{"IdInSmallNumerals",
                   "公民身份号码一一〇一〇五一九八〇〇一〇一一二三八",
                   {"110105198001011238"}},
        Regression{"IdWithZerosWrittenAsNumerals",
                   "公民身份号码11〇1〇5198〇〇1〇11238",
                   {"110105198001011238"}},
        Regression{"IdSplitByALineBreak", "公民身份号码1101051980\n01011238",
                   {"110105198001011238"}},
        Regression{"IdSplitByALineBreakWithoutACue",
                   "货单背面写有1101051980\n01011238",
                   {"110105198001011238"}},
        // Finding 11, last point: a wrong check digit after the cue.
        Regression{"WrongCheckDigitRightAfterTheCue",
                   "身份证号码110105198001011234", {"110105198001011234"}},
        Regression{"WrongCheckDigitAfterTheCueAndAColon",
                   "公民身份号码为：110105198001011235",
                   {"110105198001011235"}},
        // A run after an ID cue longer than any ID.
        Regression{"RunLongerThanAnIdAfterTheCue",
                   "身份证号码1101051980010112341234567",
                   {"1101051980010112341234567"}}),
    [](const ::testing::TestParamInfo<Regression>& info) {
      return std::string(info.param.name);
    });

// The account around an embedded ID keeps none of its digits: the last
// four an account keeps would be the ID's own.
TEST(HostileRegressionDetail, AnAccountWithAnIdInsideKeepsNoDigit) {
  const DocumentProcessor& processor = testing_support::StandardProcessor();
  const ProcessedDocument doc = processor.ProcessJsonLine(
      testing_support::DocLine(
          "acct", Judgment("涉案账号中含有9911010519800101123899的数字串")),
      1);
  ASSERT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  const size_t from = doc.public_text.find("含有");
  const size_t to = doc.public_text.find("的数字串");
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  const std::string between = doc.public_text.substr(from, to - from);
  EXPECT_EQ(between.find_first_of("0123456789"), std::string::npos)
      << between;
}

// Ten thousand copies of one ID after its cue: removed, in time.
TEST(HostileRegressionDetail, ALargeRepeatOfOneIdIsRemoved) {
  std::string run;
  for (int i = 0; i < 10000; ++i) run += "110105198001011238";
  const DocumentProcessor& processor = testing_support::StandardProcessor();
  const ProcessedDocument doc = processor.ProcessJsonLine(
      testing_support::DocLine("repeat", Judgment("公民身份号码" + run)), 1);
  const std::string record = FormatJsonRecord(doc, processor.policy());
  EXPECT_EQ(doc.status, PublicationStatus::kPublished) << doc.error;
  EXPECT_EQ(record.find("110105198001011238"), std::string::npos);
  EXPECT_LT(record.size(), 4000u);  // the run went, not masked digit by digit
}

}  // namespace
}  // namespace wenshu
