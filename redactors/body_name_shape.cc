#include "redactors/body_name_shape.h"

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/lexicon.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

struct Occurrences {
  size_t all = 0;
  size_t alone = 0;  // not followed by another name character
};

// Whether an occurrence that ends at `end` stands alone: no other name
// character follows it.
bool EndsAlone(std::string_view text, size_t end) {
  const char32_t next = CodePointAt(text, end);
  return !IsHan(next) || IsStopChar(next);
}

// The occurrences of `needle` in `text`, not overlapping (counted from the
// left), in one search for both counts.
Occurrences CountOccurrences(std::string_view text, std::string_view needle) {
  Occurrences n;
  for (size_t at = FindBytes(text, needle); at != std::string_view::npos;
       at = FindBytes(text, needle, at + needle.size())) {
    ++n.all;
    if (EndsAlone(text, at + needle.size())) ++n.alone;
  }
  return n;
}

}  // namespace

bool IsStopChar(char32_t c) {
  if (c < 0x80) return true;  // ASCII: digits, Latin, punctuation
  if (!IsHan(c)) return c != U'·';
  // A bit per character of the Basic Multilingual Plane, where they all
  // are: one test per call, where searching the list took up to 190.
  static const std::bitset<0x10000>* stops = [] {
    auto* bits = new std::bitset<0x10000>();
    for (char32_t s :
         std::u32string_view(
             U"的了在于与和及等将被把向对从为因由是系称说讲证陈供所之处家均各已也都又"
             U"就并即时后前诉报到去来给让叫驾乘骑坐遂便当随则却仍曾不未没无共一二两三"
             U"身头受致死伤住居经作出进回拿买卖借还要找带送开走跑以亦人们某甲乙丙丁"
             U"系均现于持用拨打借欠签收付交称述证辨认指供听看见现等伙案"
             U"内外里旁边部面其他她它自本该此这那每原"))
      bits->set(s);
    return bits;
  }();
  return c < 0x10000 && stops->test(c);
}

const std::unordered_map<std::string_view, OccurrenceCounter::Tally>*
OccurrenceCounter::TalliesOf(size_t bytes) {
  if (++queries_ <= kQueriesBeforeIndex || text_.size() < kTextForIndex ||
      bytes == 0)
    return nullptr;
  auto [it, inserted] = tallies_.try_emplace(bytes);
  if (!inserted) return &it->second;
  auto is_boundary = [&](size_t p) {
    return p >= text_.size() ||
           (static_cast<unsigned char>(text_[p]) & 0xC0) != 0x80;
  };
  for (size_t p = 0; p + bytes <= text_.size(); ++p) {
    if (!is_boundary(p) || !is_boundary(p + bytes)) continue;
    Tally& t = it->second[text_.substr(p, bytes)];
    if (p < t.free_from) continue;  // inside the previous occurrence
    ++t.all;
    if (EndsAlone(text_, p + bytes)) ++t.alone;
    t.free_from = p + bytes;
  }
  return &it->second;
}

OccurrenceCounter::Tally OccurrenceCounter::TallyOf(std::string_view s) {
  const auto lead = [](char c) {
    return (static_cast<unsigned char>(c) & 0xF0) == 0xE0;
  };
  if (text_.size() >= kTextForIndex || s.size() < 3 || !lead(s[0])) {
    const Occurrences n = CountOccurrences(text_, s);
    return {n.all, n.alone, 0};
  }
  const std::string_view first = s.substr(0, 3);
  const uint32_t key =
      static_cast<uint32_t>(static_cast<unsigned char>(s[0])) |
      static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
      static_cast<uint32_t>(static_cast<unsigned char>(s[2])) << 16;
  auto [places, inserted] = places_.try_emplace(key);
  if (inserted) {
    for (size_t at = FindBytes(text_, first); at != std::string_view::npos;
         at = FindBytes(text_, first, at + 1))
      places->second.push_back(static_cast<uint32_t>(at));
  }
  // From the left, each occurrence after the one before it ends: as a
  // search resumed after each match finds them.
  Tally t;
  for (const uint32_t at : places->second) {
    if (at < t.free_from || text_.compare(at, s.size(), s) != 0) continue;
    ++t.all;
    if (EndsAlone(text_, at + s.size())) ++t.alone;
    t.free_from = at + s.size();
  }
  return t;
}

size_t OccurrenceCounter::Count(std::string_view s) {
  auto [it, inserted] = counts_.try_emplace(s, 0);
  if (!inserted) return it->second;
  if (const auto* tallies = TalliesOf(s.size())) {
    auto t = tallies->find(s);
    it->second = t == tallies->end() ? 0 : t->second.all;
  } else {
    const Tally n = TallyOf(s);
    it->second = n.all;
    alone_.try_emplace(s, n.alone);  // the same search's answer
  }
  return it->second;
}

size_t OccurrenceCounter::CountAlone(std::string_view s) {
  auto [it, inserted] = alone_.try_emplace(s, 0);
  if (!inserted) return it->second;
  if (const auto* tallies = TalliesOf(s.size())) {
    auto t = tallies->find(s);
    it->second = t == tallies->end() ? 0 : t->second.alone;
    return it->second;
  }
  const Tally n = TallyOf(s);
  it->second = n.alone;
  counts_.try_emplace(s, n.all);  // the same search's answer
  return it->second;
}

// True when a 某 at `pos` ends a court's pseudonym that keeps part of the
// given name (马元某), rather than starting 某日, 某处 after a full name.
bool IsCourtPseudonymTail(std::string_view text, size_t pos) {
  if (CodePointAt(text, pos) != U'某') return false;
  static const std::u32string* words =
      new std::u32string(U"日月年时天处地种些人单公店厂村镇乡");
  const char32_t next = CodePointAt(text, NextCharBoundary(text, pos));
  return words->find(next) == std::u32string::npos;
}

// 马元: a surname and a single given-name character.
bool IsOneCharacterGivenName(std::string_view name) {
  const size_t surname = NameModel::Instance().SurnameAt(name, 0);
  return surname > 0 && surname < name.size() &&
         NextCharBoundary(name, surname) == name.size();
}

namespace {

// A Han name right at `pos` in running text: a known surname and one or two
// given-name characters, the length chosen from how the candidates recur in
// the document. Empty when there is none or it is already anonymized.
ByteRange BodyNameShapeAt(std::string_view text, size_t pos,
                          OccurrenceCounter& counter) {
  const NameModel& model = NameModel::Instance();
  // A minority or transliterated name with a middle dot (买买提·吐尔逊):
  // transliterations use any characters, so only the last part, which the
  // next word follows, ends at a stop character.
  {
    size_t end = pos;
    size_t part = 0;
    int dots = 0;
    while (end < text.size()) {
      const char32_t c = CodePointAt(text, end);
      if (c == U'·' && part > 0 && dots < 3) {
        ++dots;
        part = 0;
      } else if (!IsHan(c) || part >= 6 ||
                 (dots > 0 && ((part >= 2 && IsStopChar(c)) || part >= 5))) {
        break;
      }
      if (c != U'·') ++part;
      end = NextCharBoundary(text, end);
    }
    if (dots > 0 && part > 0) {
      // The last part ends at a stop character, unless the name recurs:
      // then it is as long as all its mentions agree (艾尔肯·阿不都 whose 都
      // is also a particle; 迈克尔·布朗 before 聘请).
      size_t last = text.rfind("·", end);
      last += std::string_view("·").size();
      std::vector<size_t> ends;  // after 1, 2, ... characters of the part
      for (size_t k = last; k < text.size() && ends.size() < 5;) {
        const char32_t c = CodePointAt(text, k);
        if (!IsHan(c)) break;
        k = NextCharBoundary(text, k);
        ends.push_back(k);
      }
      if (ends.size() >= 2) {
        const size_t base = counter.Count(text.substr(pos, ends[1] - pos));
        if (base >= 2) {
          size_t best = ends[1];
          for (size_t i = 2; i < ends.size(); ++i) {
            if (counter.Count(text.substr(pos, ends[i] - pos)) != base) break;
            best = ends[i];
          }
          return {pos, best};
        }
      }
      return {pos, end};
    }
  }
  const size_t surname = model.SurnameAt(text, pos);
  if (surname == 0) return {pos, pos};
  const size_t g1 = pos + surname;
  if (IsAnonymizedGivenName(text, g1)) return {pos, pos};
  const char32_t c1 = CodePointAt(text, g1);
  // 李甲, 王乙: the courts' own pseudonyms.
  static const std::u32string* stems =
      new std::u32string(U"甲乙丙丁戊己庚辛壬癸");
  if (stems->find(c1) != std::u32string::npos) {
    const char32_t c2 = CodePointAt(text, NextCharBoundary(text, g1));
    if (!IsHan(c2) || IsStopChar(c2)) return {pos, pos};
  }
  if (!IsHan(c1) || IsStopChar(c1)) return {pos, pos};
  const size_t g2 = NextCharBoundary(text, g1);
  const char32_t c2 = CodePointAt(text, g2);
  // 马元某, 李有某: a court's pseudonym that keeps one given-name character.
  if (IsCourtPseudonymTail(text, g2)) return {pos, pos};
  if (!IsHan(c2) || IsStopChar(c2)) return {pos, g2};
  const size_t g3 = NextCharBoundary(text, g2);
  const std::string_view two = text.substr(pos, g2 - pos);
  if (Lexicon::Instance().IsFunctionWord(two)) return {pos, pos};
  const std::string_view three = text.substr(pos, g3 - pos);
  const size_t n2 = counter.Count(two);
  const size_t n3 = counter.Count(three);
  // 姚筠彬 and 姚筠瑾 share 姚筠: the short form is a name only if it also
  // stands alone somewhere.
  const size_t alone2 = counter.CountAlone(two);
  // 被害人户籍信息: a frequent noun followed by another word, or standing
  // alone elsewhere, is that noun (but 黄金花 stays a name).
  if (Lexicon::Instance().IsCommonNoun(two, 500) &&
      (alone2 > 0 || Lexicon::Instance().IsCommonNonName(
                         text.substr(g2, g3 + 3 - g2), 500))) {
    return {pos, pos};
  }
  // 叶红陪同: a verb starts at the would-be third character.
  if (n3 < 2 &&
      Lexicon::Instance().IsFunctionWord(text.substr(g2, g3 + 3 - g2)))
    return {pos, g2};
  if (alone2 == 0) {
    if (n3 < 2 && Lexicon::Instance().IsCommonNonName(two)) return {pos, pos};
    return {pos, g3};
  }
  // Every mention of the short form continues the same way, or the long
  // form recurs: the name is the long form.
  if (n3 == n2 || n3 >= 2) {
    // 房间欲, 强行拉: a one-off three-character run whose first two
    // characters are a common word is that word, not a name.
    if (n3 < 2 && Lexicon::Instance().IsCommonNonName(two)) return {pos, pos};
    // A four-character name without a surname-and-given-name shape
    // (吉乃各胡) continues as long as every mention does.
    const size_t g4 = NextCharBoundary(text, g3);
    const char32_t c3 = CodePointAt(text, g3);
    if (surname == 3 && IsHan(c3) && !IsStopChar(c3) &&
        counter.Count(text.substr(pos, g4 - pos)) == n3 && n3 >= 2) {
      return {pos, g4};
    }
    return {pos, g3};
  }
  return {pos, g2};
}

// True when `word` follows 的 somewhere in `text` (骗得的钱款).
bool FollowsDeSomewhere(std::string_view text, std::string_view word) {
  constexpr std::string_view kDe = "的";
  for (size_t at = FindBytes(text, word); at != std::string_view::npos;
       at = FindBytes(text, word, at + word.size())) {
    if (at >= kDe.size() && text.substr(at - kDe.size(), kDe.size()) == kDe)
      return true;
  }
  return false;
}

}  // namespace

// BodyNameShapeAt, less a two-character common noun that also follows 的
// in the document: 被害人钱款 next to 骗得的钱款 is money, not 钱某.
ByteRange BodyNameAt(std::string_view text, size_t pos,
                     OccurrenceCounter& counter) {
  const ByteRange r = BodyNameShapeAt(text, pos, counter);
  const std::string_view name = text.substr(r.begin, r.end - r.begin);
  if (Utf8CharCount(name) != 2) return r;
  if (Lexicon::Instance().IsCommonNoun(name, 5) &&
      FollowsDeSomewhere(text, name))
    return {pos, pos};
  return r;
}

// The length of an already anonymized name at `pos` (周某甲, 张某1, 李××),
// or 0.
size_t AnonymizedNameLength(std::string_view text, size_t pos) {
  const size_t surname = NameModel::Instance().SurnameAt(text, pos);
  const size_t first =
      surname > 0 ? surname : NextCharBoundary(text, pos) - pos;
  if (first < 3 || !IsAnonymizedGivenName(text, pos + first)) return 0;
  size_t end = pos + first;
  while (end < text.size() && IsAnonymizedGivenName(text, end))
    end = NextCharBoundary(text, end);
  static const std::u32string* suffixes = new std::u32string(
      U"0123456789甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥");
  while (end < text.size() &&
         suffixes->find(CodePointAt(text, end)) != std::u32string::npos)
    end = NextCharBoundary(text, end);
  return end - pos;
}

// An item of a 、 list: two to four Han characters up to the next 、 or
// the word that ends the list (的, 等, 和, 及, 与, punctuation).
ByteRange ListItemAt(std::string_view text, size_t pos) {
  size_t end = pos;
  size_t chars = 0;
  while (end < text.size() && chars <= 4) {
    const char32_t c = CodePointAt(text, end);
    if (!IsHan(c) && c != U'·') break;
    if (c == U'、' || c == U'的' || c == U'等' || c == U'和' || c == U'及' ||
        c == U'与')
      break;
    end = NextCharBoundary(text, end);
    ++chars;
  }
  if (chars < 2 || chars > 4) return {pos, pos};
  for (size_t k = pos; k < end; k = NextCharBoundary(text, k)) {
    if (IsStopChar(CodePointAt(text, k))) return {pos, pos};
  }
  if (Lexicon::Instance().IsCommonNonName(text.substr(pos, end - pos), 5))
    return {pos, pos};
  // 户籍信息, 现场照片: made of frequent nouns.
  for (size_t k = pos; k + 6 <= end; k += 3) {
    if (Lexicon::Instance().IsCommonNoun(text.substr(k, 6), 500))
      return {pos, pos};
  }
  const char32_t after = CodePointAt(text, end);
  if (after != U'、' && after != U'的' && after != U'等' && after != U'和' &&
      after != U'及' && after != U',' && after != U'。' && after != U';')
    return {pos, pos};
  return {pos, end};
}

ByteRange ClosedNameAt(std::string_view text, size_t pos, bool known_surname,
                       const std::function<bool(size_t end)>& closes) {
  const NameModel& model = NameModel::Instance();
  const Lexicon& lexicon = Lexicon::Instance();
  if (pos >= text.size() || IsAnonymizedGivenName(text, pos)) return {pos, pos};
  size_t surname = model.MarkedSurnameAt(text, pos);
  if (surname == 0) {
    const char32_t c = CodePointAt(text, pos);
    if (known_surname || !IsHan(c) || IsStopChar(c)) return {pos, pos};
    surname = NextCharBoundary(text, pos) - pos;
  }
  size_t end = pos + surname;
  for (int given = 1; given <= 2 && end < text.size(); ++given) {
    const char32_t c = CodePointAt(text, end);
    if (!IsHan(c) || IsStopChar(c) || IsAnonymizedGivenName(text, end)) break;
    end = NextCharBoundary(text, end);
    if (!closes(end)) continue;
    const std::string_view run = text.substr(pos, end - pos);
    if (lexicon.IsCommonNonName(run, 5) || lexicon.IsFunctionWord(run))
      return {pos, pos};
    for (size_t k = pos; k + 6 <= end; k = NextCharBoundary(text, k)) {
      if (lexicon.IsCommonNoun(text.substr(k, 6), 500)) return {pos, pos};
    }
    return {pos, end};
  }
  return {pos, pos};
}

}  // namespace wenshu
