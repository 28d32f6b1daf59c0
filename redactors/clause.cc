#include "redactors/clause.h"

#include "core/utf8.h"
#include "redactors/detector.h"

namespace wenshu {
namespace {

// The characters, after normalization, that end a clause.
enum class Separator { kNone, kComma, kStop, kOpen, kClose, kLine };

Separator Classify(char32_t c) {
  switch (c) {
    case ',':
    case ';':
    case 0x3001 /* 、 */:
      return Separator::kComma;
    case 0x3002 /* 。 */:
    case '!':
    case '?':
      return Separator::kStop;
    case '(':
    case '[':
    case 0x3010 /* 【 */:
    case 0x3014 /* 〔 */:
      return Separator::kOpen;
    case ')':
    case ']':
    case 0x3011 /* 】 */:
    case 0x3015 /* 〕 */:
      return Separator::kClose;
    case '\n':
    case '\r':
      return Separator::kLine;
    default:
      return Separator::kNone;
  }
}

constexpr size_t kMaxLabelChars = 24;
constexpr int kMaxNoteChars = 8;

}  // namespace

ClauseFinder::ClauseFinder()
    : label_(
          R"(\s*(?:其|本人|其本人|该人)?的?(?:\s*(?:(?:现|原)?(?:家住|户籍所在地|户籍地址|户籍地|户口所在地|户籍|经常居住地|居住地|住址|住所地|住所|住处|暂住地|暂住|租住|居住|住)(?:在|于)?|公民身份号码|公民身份证号码|居民身份证号码|身份证号码|身份证号|身份证件号码|身份证件号|身份证编号|身份号码|身份证|证件号码|证件号|社会保障号码|社会保障卡号|社会保障号|社保卡号|社保号|医保卡号|驾驶证号码|驾驶证号|驾驶证|机动车驾驶证号|居住证号码|居住证号|联系方式|联系电话|电话号码|手机号码|移动电话|固定电话|联系号码|手机号|电话|手机|座机|固话|传真|Tel|TEL|tel|电子邮箱地址|电子邮箱|电子邮件|邮箱地址|邮箱|E-mail|e-mail|Email|email|QQ号码|QQ号|QQ|qq号|qq|微信号码|微信号|微信账号|微信ID|微信id|微信|(?:开户行|开户银行)?(?:\p{Han}+?(?:银行|信用社|农商行|支行|分行|储蓄所))?(?:银行账号|银行卡号|开户账号|收款账号|付款账号|账号|帐号|账户|帐户|卡号|银行卡|存折号|存折)|车牌号码|车牌号|号牌号码|车牌|号牌|(?:中华人民共和国|外国|[A-Za-z]{0,3})?护照(?:号码|号)?|(?:港澳居民来往内地|往来港澳|台湾居民来往大陆|大陆居民往来台湾|往来台湾|港澳台居民)?(?:通行证|居住证)(?:号码|号)?|台胞证号|台胞证|回乡证号|回乡证|(?:香港|澳门)(?:永久性)?(?:居民)?身份证(?:号码|号)?|外国人永久居留(?:身份)?证(?:号码|号)?)\s*(?:号码|号)?\s*均?\s*(?:为|是)?\s*:?\s*)*)") {
}

std::optional<ByteRange> ClauseFinder::RemovableRange(std::string_view text,
                                                      ByteRange value) const {
  // Walk left to the separator that opens the clause.
  size_t left = value.begin;
  size_t chars = 0;
  char32_t left_char = 0;
  while (left > 0) {
    const char32_t c = CodePointBefore(text, left);
    if (Classify(c) != Separator::kNone) {
      left_char = c;
      break;
    }
    if (++chars > kMaxLabelChars) return std::nullopt;
    left -= Utf8Length(c);
  }
  const Separator ls = left > 0 ? Classify(left_char) : Separator::kLine;
  // Spaces that join paragraphs belong to the text, not to the clause.
  if (ls != Separator::kComma) {
    while (left < value.begin && text[left] == ' ') ++left;
  }
  // `left` is where the clause's own text starts (after the separator).
  const std::string_view label = text.substr(left, value.begin - left);
  if (!label_.FullMatch(label)) return std::nullopt;
  // After 、 a value with no label of its own is an item of a list that
  // began earlier in the sentence (the caller groups whole lists); alone,
  // it cannot go without leaving the list broken.
  if (left_char == 0x3001 &&
      label.find_first_not_of(' ') == std::string_view::npos) {
    return std::nullopt;
  }

  // Only spaces, and a short note in brackets ("13812345678（手机）"), may
  // follow the value before the clause ends.
  size_t right = value.end;
  size_t clause_end = value.end;  // the value, with its note
  while (right < text.size() && text[right] == ' ') ++right;
  if (right < text.size() &&
      Classify(CodePointAt(text, right)) == Separator::kOpen) {
    size_t close = right + 1;
    for (int chars = 0; close < text.size() && chars <= kMaxNoteChars;
         ++chars) {
      const char32_t c = CodePointAt(text, close);
      const Separator s = Classify(c);
      if (s == Separator::kClose) {
        right = clause_end = close + Utf8Length(c);
        while (right < text.size() && text[right] == ' ') ++right;
        break;
      }
      if (s != Separator::kNone) break;
      close += Utf8Length(c);
    }
  }
  const char32_t right_char = CodePointAt(text, right);
  const Separator rs =
      right < text.size() ? Classify(right_char) : Separator::kLine;
  if (rs == Separator::kNone) return std::nullopt;
  const size_t left_sep = left > 0 ? left - Utf8Length(left_char) : 0;
  const size_t right_after =
      right < text.size() ? right + Utf8Length(right_char) : right;

  if (ls == Separator::kComma) return ByteRange{left_sep, clause_end};
  if (rs == Separator::kComma) return ByteRange{left, right_after};
  if (ls == Separator::kOpen && rs == Separator::kClose) {
    return ByteRange{left_sep, right_after};
  }
  if ((ls == Separator::kStop || ls == Separator::kLine) &&
      (rs == Separator::kStop || rs == Separator::kLine)) {
    return ByteRange{left, right_after};  // the sentence or line goes whole
  }
  return std::nullopt;
}

ByteRange ClauseFinder::Tidy(std::string_view text, ByteRange range) const {
  while (true) {
    const char32_t before = CodePointBefore(text, range.begin);
    const char32_t after = CodePointAt(text, range.end);
    const Separator lb = range.begin == 0 ? Separator::kLine : Classify(before);
    const Separator la =
        range.end >= text.size() ? Separator::kLine : Classify(after);
    // "（" + "）" left empty: the brackets go too.
    if (lb == Separator::kOpen && la == Separator::kClose) {
      range = {range.begin - Utf8Length(before), range.end + Utf8Length(after)};
      continue;
    }
    // A sentence start followed by a comma or a full stop ("。，男", "。。"):
    // the punctuation after the removal goes with it.
    if ((lb == Separator::kStop || lb == Separator::kLine) &&
        (la == Separator::kComma || la == Separator::kStop) &&
        range.end < text.size()) {
      range.end += Utf8Length(after);
      continue;
    }
    // "（[removed]，男）" and "（男，[removed]）": the comma next to the
    // bracket goes.
    if (lb == Separator::kOpen && la == Separator::kComma) {
      range.end += Utf8Length(after);
      continue;
    }
    if (lb == Separator::kComma && la == Separator::kClose) {
      range.begin -= Utf8Length(before);
      continue;
    }
    // Two commas meet (",[removed],"): one goes.
    if (lb == Separator::kComma && la == Separator::kComma &&
        range.end < text.size()) {
      range.end += Utf8Length(after);
      continue;
    }
    return range;
  }
}

}  // namespace wenshu
