#include "redactors/people.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "redactors/detector.h"
#include "redactors/lexicon.h"

namespace wenshu {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Characters that cannot stand in a given name right after a cue: function
// words, verbs and nouns that follow names in judgments, and punctuation.
bool IsStopChar(char32_t c) {
  if (c < 0x80) return true;  // ASCII: digits, Latin, punctuation
  if (!IsHan(c)) return c != U'·';
  static const std::u32string* stops = new std::u32string(
      U"的了在于与和及等将被把向对从为因由是系称说讲证陈供所之处家均各已也都又"
      U"就并即时后前诉报到去来给让叫驾乘骑坐遂便当随则却仍曾不未没无共一二两三"
      U"身头受致死伤住居经作出进回拿买卖借还要找带送开走跑以亦人们某甲乙丙丁"
      U"系均现于持用拨打借欠签收付交称述证辨认指供听看见现等伙案"
      U"内外里旁边部面其他她它自本该此这那每原");
  return stops->find(c) != std::u32string::npos;
}

bool IsBoundaryChar(char32_t c) {
  return c == 0 || c == U',' || c == U'。' || c == U'、' || c == U';' ||
         c == U':' || c == U'(' || c == U')' || c == U' ' || c == U'\n' ||
         c == U'"' || c == U'“' || c == U'”' || c == U'!' || c == U'?' ||
         c == U'\t' || c == U'《' || c == U'》' || c == U'[' || c == U']';
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = FindText(text, needle); at != std::string_view::npos;
       at = FindText(text, needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// Counts of short strings in one document, each computed once: the same
// candidate names come up at every cue.
class OccurrenceCounter {
 public:
  explicit OccurrenceCounter(std::string_view text) : text_(text) {}
  size_t Count(std::string_view s) {
    auto [it, inserted] = counts_.try_emplace(s, 0);
    if (inserted) it->second = CountOccurrences(text_, s);
    return it->second;
  }
  // Occurrences of `s` not followed by another name character.
  size_t CountAlone(std::string_view s) {
    auto [it, inserted] = alone_.try_emplace(s, 0);
    if (inserted) {
      for (size_t at = FindText(text_, s); at != std::string_view::npos;
           at = FindText(text_, s, at + s.size())) {
        const char32_t next = Utf8Decode(text_, at + s.size());
        if (!IsHan(next) || IsStopChar(next)) ++it->second;
      }
    }
    return it->second;
  }

 private:
  std::string_view text_;
  std::unordered_map<std::string_view, size_t> counts_, alone_;
};

// True when `name` occurs in `text` as an anonymized token of its own: not
// followed by another 某, a digit or 甲乙丙丁 (张某 inside 张某某 or 张某1 does not
// count).
bool OccursAsToken(std::string_view text, std::string_view token) {
  for (size_t at = FindText(text, token); at != std::string_view::npos;
       at = FindText(text, token, at + 1)) {
    const char32_t next = Utf8Decode(text, at + token.size());
    if (next == U'某' || (next >= U'0' && next <= U'9') || next == U'甲' ||
        next == U'乙' || next == U'丙' || next == U'丁' || next == U'X')
      continue;
    return true;
  }
  return false;
}

// True when a 某 at `pos` ends a court's pseudonym that keeps part of the
// given name (马元某), rather than starting 某日, 某处 after a full name.
bool IsCourtPseudonymTail(std::string_view text, size_t pos) {
  if (Utf8Decode(text, pos) != U'某') return false;
  static const std::u32string* words =
      new std::u32string(U"日月年时天处地种些人单公店厂村镇乡");
  const char32_t next = Utf8Decode(text, pos + Utf8CharLength(text, pos));
  return words->find(next) == std::u32string::npos;
}

// 马元: a surname and a single given-name character.
bool IsOneCharacterGivenName(std::string_view name) {
  const size_t surname = NameModel::Instance().SurnameAt(name, 0);
  return surname > 0 && surname < name.size() &&
         surname + Utf8CharLength(name, surname) == name.size();
}

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
      const char32_t c = Utf8Decode(text, end);
      if (c == U'·' && part > 0 && dots < 3) {
        ++dots;
        part = 0;
      } else if (!IsHan(c) || part >= 6 ||
                 (dots > 0 && ((part >= 2 && IsStopChar(c)) || part >= 5))) {
        break;
      }
      if (c != U'·') ++part;
      end += Utf8CharLength(text, end);
    }
    if (dots > 0 && part > 0) {
      // The last part ends at a stop character, unless the name recurs:
      // then it is as long as all its mentions agree (艾尔肯·阿不都 whose 都
      // is also a particle; 迈克尔·布朗 before 聘请).
      size_t last = text.rfind("·", end);
      last += std::string_view("·").size();
      std::vector<size_t> ends;  // after 1, 2, ... characters of the part
      for (size_t k = last; k < text.size() && ends.size() < 5;) {
        const char32_t c = Utf8Decode(text, k);
        if (!IsHan(c)) break;
        k += Utf8CharLength(text, k);
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
  const char32_t c1 = Utf8Decode(text, g1);
  // 李甲, 王乙: the courts' own pseudonyms.
  static const std::u32string* stems =
      new std::u32string(U"甲乙丙丁戊己庚辛壬癸");
  if (stems->find(c1) != std::u32string::npos) {
    const char32_t c2 = Utf8Decode(text, g1 + Utf8CharLength(text, g1));
    if (!IsHan(c2) || IsStopChar(c2)) return {pos, pos};
  }
  if (!IsHan(c1) || IsStopChar(c1)) return {pos, pos};
  const size_t g2 = g1 + Utf8CharLength(text, g1);
  const char32_t c2 = Utf8Decode(text, g2);
  // 马元某, 李有某: a court's pseudonym that keeps one given-name character.
  if (IsCourtPseudonymTail(text, g2)) return {pos, pos};
  if (!IsHan(c2) || IsStopChar(c2)) return {pos, g2};
  const size_t g3 = g2 + Utf8CharLength(text, g2);
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
    const size_t g4 = g3 + Utf8CharLength(text, g3);
    const char32_t c3 = Utf8Decode(text, g3);
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
  for (size_t at = FindText(text, word); at != std::string_view::npos;
       at = FindText(text, word, at + word.size())) {
    if (at >= kDe.size() && text.substr(at - kDe.size(), kDe.size()) == kDe)
      return true;
  }
  return false;
}

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
  const size_t first = surname > 0 ? surname : Utf8CharLength(text, pos);
  if (first < 3 || !IsAnonymizedGivenName(text, pos + first)) return 0;
  size_t end = pos + first;
  while (end < text.size() && IsAnonymizedGivenName(text, end))
    end += Utf8CharLength(text, end);
  static const std::u32string* suffixes =
      new std::u32string(U"0123456789甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥");
  while (end < text.size() &&
         suffixes->find(Utf8Decode(text, end)) != std::u32string::npos)
    end += Utf8CharLength(text, end);
  return end - pos;
}

bool StartsWithRoleWord(std::string_view text, size_t pos) {
  for (std::string_view w :
       {"原审", "原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人",
        "被害人", "证人", "辩护人", "附带民事", "第三人", "法定代理人"}) {
    if (text.compare(pos, w.size(), w) == 0) return true;
  }
  return false;
}

// An item of a 、 list: two to four Han characters up to the next 、 or
// the word that ends the list (的, 等, 和, 及, 与, punctuation).
ByteRange ListItemAt(std::string_view text, size_t pos) {
  size_t end = pos;
  size_t chars = 0;
  while (end < text.size() && chars <= 4) {
    const char32_t c = Utf8Decode(text, end);
    if (!IsHan(c) && c != U'·') break;
    if (c == U'、' || c == U'的' || c == U'等' || c == U'和' || c == U'及' ||
        c == U'与')
      break;
    end += Utf8CharLength(text, end);
    ++chars;
  }
  if (chars < 2 || chars > 4) return {pos, pos};
  for (size_t k = pos; k < end; k += Utf8CharLength(text, k)) {
    if (IsStopChar(Utf8Decode(text, k))) return {pos, pos};
  }
  if (Lexicon::Instance().IsCommonNonName(text.substr(pos, end - pos), 5))
    return {pos, pos};
  // 户籍信息, 现场照片: made of frequent nouns.
  for (size_t k = pos; k + 6 <= end; k += 3) {
    if (Lexicon::Instance().IsCommonNoun(text.substr(k, 6), 500))
      return {pos, pos};
  }
  const char32_t after = Utf8Decode(text, end);
  if (after != U'、' && after != U'的' && after != U'等' && after != U'和' &&
      after != U'及' && after != U',' && after != U'。' && after != U';')
    return {pos, pos};
  return {pos, end};
}

struct Candidate {
  std::string name;
  std::string reason;
  bool no_surname_hint = false;
  std::vector<std::string> aliases;
  // True when the party block names the person's role. Only a party-block
  // role against a party-block role is a conflict to hold for; a name found
  // in the body gives way to a participant who keeps it.
  bool strong = true;
};

struct Mention {
  size_t begin;
  size_t end;
  int person;  // index into the anonymized list, or -1 for a kept name
  std::string_view replacement = {};  // instead of the person's pseudonym
};

bool IsBenchTitleBefore(std::string_view text, size_t at) {
  size_t pos = at;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == ':')) --pos;
  if (pos >= 3 && text.compare(pos - 3, 3, "\xE3\x80\x80") == 0) pos -= 3;
  for (std::string_view title :
       {"审判长", "审判员", "人民陪审员", "陪审员", "书记员", "法官助理",
        "执行员", "代理审判员", "速录员", "检察员", "公诉人", "代书记员"}) {
    if (pos >= title.size() &&
        text.compare(pos - title.size(), title.size(), title) == 0)
      return true;
  }
  return false;
}

// True when the mention at [begin, end) opens an organisation's name
// (张三丰科技有限公司): Han characters up to an organisation suffix follow,
// with nothing in between that reads as a verb or particle.
bool StartsOrganisation(std::string_view text, size_t end) {
  size_t pos = end;
  for (int chars = 0; chars < 10 && pos < text.size(); ++chars) {
    for (std::string_view suffix :
         {"有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "商行",
          "经营部", "工作室", "合作社", "事务所", "商店", "超市", "厂",
          "酒店", "饭店", "诊所", "门市", "店"}) {
      if (text.compare(pos, suffix.size(), suffix) == 0) {
        // A bare 店/厂/公司 right after a name is ambiguous (王芳店里): an
        // organisation needs at least one more character before it, or a
        // compound suffix.
        return pos > end || suffix.size() >= 9;
      }
    }
    const char32_t c = Utf8Decode(text, pos);
    if (!IsHan(c) || IsStopChar(c)) return false;
    pos += Utf8CharLength(text, pos);
  }
  return false;
}

constexpr std::string_view kDefendantCues[] = {"被告人", "罪犯"};
constexpr std::string_view kMinorCues[] = {"未成年人", "幼女", "女童", "男童",
                                           "未成年被害人"};

}  // namespace

PeopleFinder::PeopleFinder(const PeoplePolicy& policy) : policy_(policy) {
  std::set<std::string> all(policy.criminal_cues.begin(),
                            policy.criminal_cues.end());
  all.insert(policy.kinship_cues.begin(), policy.kinship_cues.end());
  all.insert(policy.family_party_cues.begin(), policy.family_party_cues.end());
  for (std::string_view c : kDefendantCues) all.emplace(c);
  for (std::string_view c : kMinorCues) all.emplace(c);
  cues_.assign(all.begin(), all.end());
  std::stable_sort(cues_.begin(), cues_.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  std::string pattern;
  for (const std::string& c : cues_) {
    if (!pattern.empty()) pattern += "|";
    pattern += Regex::QuoteMeta(c);
  }
  Result<Regex> r = Regex::Compile("(" + pattern + ")");
  if (r.ok()) cue_regex_ = std::make_shared<const Regex>(std::move(r).value());
}

std::vector<std::pair<size_t, std::string_view>> PeopleFinder::CueHits(
    std::string_view text, size_t end) const {
  std::vector<std::pair<size_t, std::string_view>> hits;
  if (cue_regex_) {
    RegexMatch m;
    size_t from = 0;
    while (from < end && cue_regex_->SearchIn(text, from, end, &m)) {
      const size_t at = m.groups[0].data() - text.data();
      // Overlapping cues: 附带民事诉讼原告人 also holds 原告人; the longest
      // wins at a position, and shorter cues inside it are found from the
      // next character on.
      for (const std::string& c : cues_) {
        if (text.compare(at, c.size(), c) == 0) {
          hits.emplace_back(at, c);
        }
      }
      from = at + Utf8CharLength(text, at);
    }
    return hits;
  }
  for (const std::string& c : cues_) {
    for (size_t at = FindText(text, c); at != std::string_view::npos && at < end;
         at = FindText(text, c, at + 1))
      hits.emplace_back(at, c);
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

PeopleResult PeopleFinder::Find(std::string_view text,
                                const DocumentHeader& header,
                                const std::vector<PersonRecord>& prior) const {
  PeopleResult result;
  if (!policy_.enabled) return result;
  const NameModel& model = NameModel::Instance();

  ByteRange parties{0, 0}, tail{text.size(), text.size()};
  for (const ZoneSpan& z : header.zones) {
    if (z.zone == Zone::kParties) parties = {z.begin, z.end};
    if (z.zone == Zone::kTail) tail = {z.begin, z.end};
  }
  const bool criminal =
      (header.case_number &&
       header.case_number->type_code.find("刑") != std::string::npos) ||
      header.doc_type.find("刑事") != std::string::npos;
  const bool family = CauseIsOneOf(header.cause, policy_.family_causes,
                                   policy_.family_cause_words);

  std::vector<Candidate> anonymize;
  std::vector<std::string> kept;
  std::vector<std::string> kept_in_block;  // roles from the party block
  auto add = [&](std::vector<Candidate>* list, Candidate c) {
    for (Candidate& existing : *list) {
      if (existing.name == c.name) {
        existing.strong |= c.strong;
        for (std::string& a : c.aliases) existing.aliases.push_back(a);
        return;
      }
    }
    list->push_back(std::move(c));
  };

  // 1. The party block.
  std::vector<Participant> participants = ParsePartyBlock(text, parties);
  std::vector<bool> anonymized(participants.size(), false);
  for (size_t i = 0; i < participants.size(); ++i) {
    const Participant& p = participants[i];
    if (p.organisation) continue;
    const std::string_view name =
        text.substr(p.name.begin, p.name.end - p.name.begin);
    const size_t surname = model.SurnameAt(name, 0);
    if (surname > 0 && IsAnonymizedGivenName(name, surname)) continue;
    if (IsAnonymizedGivenName(name, Utf8CharLength(name, 0))) continue;
    // A name that is its own pseudonym (J., a Latin name already cut) has
    // nothing left to anonymize.
    if (model.Pseudonym(name, model.Analyze(name, false), policy_.style,
                        policy_.script) == name)
      continue;
    std::string reason;
    if (policy_.minors && p.birth_date && header.decision_date) {
      const Date& b = *p.birth_date;
      const Date& d = *header.decision_date;
      int age = d.year - b.year;
      if (d.month < b.month || (d.month == b.month && d.day < b.day)) --age;
      if (age < policy_.adult_age) reason = "minor";
    }
    const std::string_view role = RoleKindName(p.kind);
    if (reason.empty() && p.kind != RoleKind::kStatutoryRepresentative &&
        !(p.lawyer && p.kind == RoleKind::kAgent)) {
      if (family && Contains(policy_.family_roles, role)) reason = "family_" + std::string(role);
      if (criminal && Contains(policy_.criminal_roles, role)) reason = std::string(role);
    }
    if (reason.empty() && p.kind == RoleKind::kStatutoryRepresentative &&
        p.represents >= 0 && anonymized[p.represents]) {
      reason = "statutory_representative";
    }
    const bool no_surname_hint =
        p.foreign || (!p.ethnicity.empty() && p.ethnicity != "汉族");
    if (reason.empty()) {
      kept.emplace_back(name);
      kept_in_block.emplace_back(name);
      continue;
    }
    anonymized[i] = true;
    Candidate c{std::string(name), reason, no_surname_hint, {}};
    for (const ByteRange& a : p.aliases) {
      std::string_view alias = text.substr(a.begin, a.end - a.begin);
      // 以下简称 of a person is often the name itself or a role: keep only
      // name-like aliases.
      const bool latin = !alias.empty() && static_cast<unsigned char>(alias[0]) < 0x80;
      if (alias != name && Utf8CharCount(alias) >= 2 &&
          (Utf8CharCount(alias) <= 6 || (latin && alias.size() <= 40)) &&
          !IsAnonymizedGivenName(alias, Utf8CharLength(alias, 0))) {
        c.aliases.emplace_back(alias);
      }
    }
    add(&anonymize, std::move(c));
  }

  // 2. People who appear only in the body.
  OccurrenceCounter counter(text);
  const std::vector<std::pair<size_t, std::string_view>> hits =
      CueHits(text, tail.begin);
  // Calls `found` for each name right after one of `cues` (and, with
  // `lists` 1, for the names joined to it by 、; with 2, by 、 和 及 与).
  auto for_each_cued_name = [&](const std::vector<std::string>& cues,
                                int lists, const auto& accept_cue,
                                const auto& found) {
    for (const auto& [at, cue] : hits) {
      {
        if (std::find(cues.begin(), cues.end(), cue) == cues.end()) continue;
        if (!accept_cue(at)) continue;
        size_t pos = at + cue.size();
        for (int item = 0;; ++item) {
          // 原审被告人沈涛 after 原审附带民事诉讼原告人冯玉梅、: a role word
          // ends the list.
          if (item > 0 && StartsWithRoleWord(text, pos)) break;
          // A name already anonymized (周某甲) in a list: step over it.
          if (const size_t skip = AnonymizedNameLength(text, pos);
              skip > 0 && lists > 0) {
            if (Utf8Decode(text, pos + skip) != U'、') break;
            pos += skip + Utf8CharLength(text, pos + skip);
            ++item;
            continue;
          }
          ByteRange r = BodyNameAt(text, pos, counter);
          if (r.end == r.begin && item == 0 && lists > 0) {
            // A surname the model does not know (宓辉): accept it when a list
            // delimiter or a statement word closes it.
            ByteRange l = ListItemAt(text, pos);
            const std::string_view rest = text.substr(l.end, 12);
            if (l.end > l.begin &&
                (Utf8Decode(text, l.end) == U'、' ||
                 rest.substr(0, 9) == "的证言" || rest.substr(0, 9) == "的陈述"))
              r = l;
          }
          if (r.end == r.begin && item > 0) {
            // Inside a list the delimiters say where a name ends: take an
            // item of two to four characters whatever its surname, and step
            // over items already anonymized (王某甲).
            r = ListItemAt(text, pos);
            if (r.end == r.begin) break;
            if (IsAnonymizedGivenName(text, r.begin + Utf8CharLength(text, r.begin)) ||
                IsAnonymizedGivenName(text, r.begin + model.SurnameAt(text, r.begin))) {
              if (Utf8Decode(text, r.end) != U'、') break;
              pos = r.end + Utf8CharLength(text, r.end);
              continue;
            }
          }
          if (r.end == r.begin) break;
          const std::string_view name = text.substr(r.begin, r.end - r.begin);
          const char32_t next = Utf8Decode(text, r.end);
          // 被害人钱包, 被害人车辆: a common word, not a name, unless it
          // stands in a list of names.
          if (item == 0 && next != U'、' &&
              Lexicon::Instance().IsCommonNonName(name)) {
            break;
          }
          found(name);
          if (lists == 0) break;
          // 王莲(男,50岁)、马兰: a bracketed note after an item does not end
          // the list.
          size_t after = r.end;
          // 张蟐甲、黄丽: a suffix the court gave the name (甲, 乙, 1, 2)
          // does not end the list either.
          static const std::u32string* suffixes =
              new std::u32string(U"0123456789甲乙丙丁戊己庚辛壬癸");
          while (after < text.size() &&
                 suffixes->find(Utf8Decode(text, after)) != std::u32string::npos)
            after += Utf8CharLength(text, after);
          char32_t joiner = Utf8Decode(text, after);
          if (joiner == U'(') {
            const size_t close = text.find(')', after);
            if (close != std::string_view::npos && close - after <= 48) {
              after = close + 1;
              joiner = Utf8Decode(text, after);
            }
          }
          if (joiner == U'、') {
            pos = after + Utf8CharLength(text, after);
          } else if (lists == 2 &&
                     (joiner == U'和' || joiner == U'及' || joiner == U'与')) {
            pos = after + 3;
          } else {
            break;
          }
        }
      }
    }
  };
  auto any_cue = [](size_t) { return true; };
  auto scan_cues = [&](const std::vector<std::string>& cues,
                       std::string_view reason, int lists) {
    for_each_cued_name(cues, lists, any_cue, [&](std::string_view name) {
      add(&anonymize, Candidate{std::string(name), std::string(reason), false,
                                {}, false});
    });
  };
  if (criminal) {
    // Defendants named in the body keep their names (rules Art. 11).
    for_each_cued_name(std::vector<std::string>(std::begin(kDefendantCues),
                                                std::end(kDefendantCues)),
                       1,
                       any_cue, [&](std::string_view name) {
                         if (!Contains(kept, name)) kept.emplace_back(name);
                       });
    for (const std::string& cue : policy_.criminal_cues) {
      std::string reason = cue == "被害人"   ? "victim"
                           : cue == "证人"   ? "witness"
                           : cue == "鉴定人" ? "appraiser"
                                             : "civil_plaintiff";
      // 保证人 and 见证人 are not witnesses.
      auto not_guarantor = [&](size_t at) {
        const char32_t before = CodePointBefore(text, at);
        return cue != "证人" || (before != U'保' && before != U'见');
      };
      for_each_cued_name(std::vector<std::string>{cue}, 2, not_guarantor,
                         [&](std::string_view name) {
                           add(&anonymize, Candidate{std::string(name), reason,
                                                     false, {}, false});
                         });
    }
  }
  if (family) {
    // Parties named in the body (the procedure sentence names them all),
    // also those the party block could not be read for.
    // A name the party block gave already, or one that starts with such a
    // name (原告慕容明华继承 read one character too far), adds nothing.
    auto known = [&](std::string_view name) {
      for (const Candidate& c : anonymize)
        if (name.starts_with(c.name)) return true;
      for (const std::string& k : kept)
        if (name.starts_with(k)) return true;
      return false;
    };
    for_each_cued_name(policy_.family_party_cues, 2, any_cue,
                       [&](std::string_view name) {
                         if (known(name)) return;
                         add(&anonymize, Candidate{std::string(name),
                                                   "family_party", false, {},
                                                   false});
                       });
  }
  if (criminal || family) {
    // Relatives: in a family case every relative named; in a criminal case
    // the victim's (被害人之父X, 被害人李某的儿子X).
    auto relative_of_victim = [&](size_t at) {
      if (family) return true;
      const size_t from = at >= 30 ? at - 30 : 0;
      return text.substr(from, at - from).find("被害人") !=
             std::string_view::npos;
    };
    for_each_cued_name(policy_.kinship_cues, 0, relative_of_victim,
                       [&](std::string_view name) {
                         add(&anonymize, Candidate{std::string(name),
                                                   "relative", false, {},
                                                   false});
                       });
  }
  // A bracket right after a name that gives an age under the adult age
  // (李小红(女,12岁)) or, in a criminal case, the role (刘某(女,22岁,目击证人)).
  for (size_t open = text.find('(', parties.begin);
       open != std::string_view::npos && open < tail.begin;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 48) continue;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    std::string reason;
    if (criminal && (inside.find("证人") != std::string_view::npos)) {
      reason = inside.find("保证人") != std::string_view::npos ||
                       inside.find("见证人") != std::string_view::npos
                   ? ""
                   : "witness";
    }
    if (criminal && inside.find("被害人") != std::string_view::npos)
      reason = "victim";
    if (policy_.minors) {
      const size_t sui = inside.find("岁");
      if (sui != std::string_view::npos) {
        size_t d = sui;
        int age = 0, scale = 1;
        while (d > 0 && inside[d - 1] >= '0' && inside[d - 1] <= '9' &&
               scale <= 100) {
          age += (inside[d - 1] - '0') * scale;
          scale *= 10;
          --d;
        }
        if (scale > 1 && age < policy_.adult_age) reason = "minor";
      }
    }
    if (reason.empty()) continue;
    // The name ends at the bracket: try three, four and two characters.
    for (size_t chars : {3, 4, 2}) {
      size_t begin = open;
      for (size_t k = 0; k < chars && begin > 0; ++k) {
        const char32_t c = CodePointBefore(text, begin);
        if (!IsHan(c)) {
          begin = std::string_view::npos;
          break;
        }
        begin -= 3;
      }
      if (begin == std::string_view::npos) continue;
      const size_t surname = model.SurnameAt(text, begin);
      if (surname == 0 || begin + surname >= open ||
          IsAnonymizedGivenName(text, begin + surname))
        continue;
      if (chars == 4 && !model.IsCompoundSurname(text.substr(begin, surname)))
        continue;
      bool stop = false;
      for (size_t k = begin + surname; k < open; k += 3)
        stop |= IsStopChar(Utf8Decode(text, k));
      if (stop) continue;
      add(&anonymize, Candidate{std::string(text.substr(begin, open - begin)),
                                reason, false, {}, false});
      break;
    }
  }
  if (policy_.minors) {
    scan_cues(std::vector<std::string>(std::begin(kMinorCues),
                                       std::end(kMinorCues)),
              "minor", 0);
  }

  // Statutory representatives and aliases named in the body right after an
  // anonymized person: 林某某的法定代理人陈慧敏, 罗三毛(绰号罗三).
  {
    std::vector<Candidate> more;
    for (const Candidate& c : anonymize) {
      for (size_t at = FindText(text, c.name); at != std::string_view::npos;
           at = FindText(text, c.name, at + c.name.size())) {
        size_t pos = at + c.name.size();
        for (std::string_view link : {"的法定代理人", "之法定代理人"}) {
          if (text.compare(pos, link.size(), link) == 0) {
            ByteRange r = BodyNameAt(text, pos + link.size(), counter);
            if (r.end > r.begin) {
              more.push_back(Candidate{
                  std::string(text.substr(r.begin, r.end - r.begin)),
                  "statutory_representative", false, {}, false});
            }
          }
        }
        if (pos < text.size() && text[pos] == '(') {
          // 迈克尔·布朗(Michael Brown,男...): the Latin form.
          size_t e = pos + 1;
          while (e < text.size() && ((text[e] >= 'A' && text[e] <= 'Z') ||
                                     (text[e] >= 'a' && text[e] <= 'z') ||
                                     text[e] == ' ' || text[e] == '.' ||
                                     text[e] == '-'))
            ++e;
          if (e - pos > 2 && e - pos < 42 && e < text.size() &&
              (text[e] == ',' || text[e] == ')')) {
            Candidate alias_of = c;
            alias_of.aliases = {std::string(text.substr(pos + 1, e - pos - 1))};
            more.push_back(std::move(alias_of));
          }
          for (std::string_view cue :
               {"绰号", "外号", "小名", "乳名", "曾用名", "又名", "别名"}) {
            if (text.compare(pos + 1, cue.size(), cue) != 0) continue;
            ByteRange r = ListItemAt(text, pos + 1 + cue.size());
            if (r.end == r.begin) {
              const size_t close = text.find(')', pos);
              if (close != std::string_view::npos &&
                  close - pos - 1 - cue.size() <= 12)
                r = {pos + 1 + cue.size(), close};
            }
            if (r.end > r.begin) {
              Candidate alias_of = c;
              alias_of.aliases = {
                  std::string(text.substr(r.begin, r.end - r.begin))};
              more.push_back(std::move(alias_of));
            }
          }
        }
      }
    }
    for (Candidate& m : more) add(&anonymize, std::move(m));
  }

  // 3. What the case family decided before.
  std::unordered_map<std::string, std::string> fixed;
  for (const PersonRecord& r : prior) {
    if (FindText(text, r.name) == std::string_view::npos) continue;
    // A person listed without a pseudonym (a granted request to anonymize
    // someone) gets one here like any other.
    if (!r.pseudonym.empty()) fixed[r.name] = r.pseudonym;
    add(&anonymize, Candidate{r.name, r.reason, false, {}, false});
    // The family's decision stands even where this document alone would
    // keep the name (the victim as plaintiff in the related civil case).
    std::erase(kept, r.name);
    std::erase(kept_in_block, r.name);
  }

  // Conflicts: a name both kept and anonymized. A name found in the body
  // gives way to a participant who keeps it (a co-defendant heard as a
  // witness stays a defendant); two party-block roles that disagree are
  // for a person to settle.
  std::vector<Candidate> settled;
  for (Candidate& c : anonymize) {
    if (!Contains(kept, c.name)) {
      settled.push_back(std::move(c));
    } else if (c.strong && Contains(kept_in_block, c.name)) {
      result.conflict = "a " + c.reason +
                        " to anonymize has the same name as a participant "
                        "who keeps it; review who is who";
      return result;
    }
  }
  anonymize = std::move(settled);

  // 4. Pseudonyms, in order of first appearance.
  std::vector<std::pair<size_t, size_t>> order;  // first offset, index
  for (size_t i = 0; i < anonymize.size(); ++i) {
    size_t first = FindText(text, anonymize[i].name);
    order.push_back({first == std::string_view::npos ? text.size() : first, i});
  }
  std::sort(order.begin(), order.end());
  std::map<std::string, std::vector<size_t>> by_base;  // base → order index
  std::vector<std::string> base(anonymize.size());
  for (auto [first, i] : order) {
    const Candidate& c = anonymize[i];
    base[i] = model.Pseudonym(c.name, model.Analyze(c.name, c.no_surname_hint),
                              policy_.style, policy_.script);
    by_base[base[i]].push_back(i);
  }
  std::set<std::string> used;
  for (const auto& [name, pseudonym] : fixed) used.insert(pseudonym);
  std::vector<std::string> pseudonym(anonymize.size());
  for (auto& [b, members] : by_base) {
    const bool numbered =
        members.size() > 1 || used.count(b) > 0 || OccursAsToken(text, b);
    int next = 1;
    for (size_t i : members) {
      auto it = fixed.find(anonymize[i].name);
      if (it != fixed.end()) {
        pseudonym[i] = it->second;
        continue;
      }
      if (!numbered) {
        pseudonym[i] = b;
      } else {
        std::string p;
        do {
          p = b + std::to_string(next++);
        } while (used.count(p) || OccursAsToken(text, p));
        pseudonym[i] = p;
      }
      used.insert(pseudonym[i]);
    }
  }
  for (auto [first, i] : order) {
    result.anonymized.push_back(
        {anonymize[i].name, pseudonym[i], anonymize[i].reason});
  }
  result.kept = kept;

  // 5. Mentions: every name, longest first, so that a kept 张三丰 shields
  // the 张三 inside it.
  struct Needle {
    std::string text;
    int person;  // index into result.anonymized, -1 for kept
    std::string_view replacement = {};
  };
  std::vector<Needle> needles;
  for (size_t k = 0; k < result.anonymized.size(); ++k) {
    needles.push_back({result.anonymized[k].name, static_cast<int>(k)});
  }
  // result.anonymized was filled in `order`: its k-th entry is order[k].
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k].second;
    for (const std::string& alias : anonymize[i].aliases) {
      const NameParts parts = model.Analyze(alias, false);
      if (parts.shape == NameShape::kLatin) {
        // A Latin-script alias gets its own Latin pseudonym (Peter → P.).
        result.alias_pseudonyms.push_back(model.Pseudonym(
            alias, parts, policy_.style, policy_.script));
        needles.push_back({alias, static_cast<int>(k),
                           result.alias_pseudonyms.back()});
      } else {
        needles.push_back({alias, static_cast<int>(k)});
      }
    }
  }
  // A kept name matters only where it holds or is held by an anonymized
  // one (a kept 张三丰 shields the 张三 inside it).
  const size_t anonymized_needles = needles.size();
  for (const std::string& k : kept) {
    for (size_t i = 0; i < anonymized_needles; ++i) {
      const std::string& a = needles[i].text;
      if (k.find(a) != std::string::npos || a.find(k) != std::string::npos) {
        needles.push_back({k, -1});
        break;
      }
    }
  }
  std::stable_sort(needles.begin(), needles.end(),
                   [](const Needle& a, const Needle& b) {
                     return a.text.size() > b.text.size();
                   });
  std::map<size_t, Mention> taken;  // begin → mention
  auto overlaps = [&](size_t b, size_t e) {
    auto next = taken.lower_bound(b);
    if (next != taken.end() && next->first < e) return true;
    return next != taken.begin() && std::prev(next)->second.end > b;
  };
  for (const Needle& n : needles) {
    if (n.text.empty()) continue;
    for (size_t at = FindText(text, n.text); at != std::string_view::npos;
         at = FindText(text, n.text, at + 1)) {
      const size_t end = at + n.text.size();
      if (overlaps(at, end)) continue;
      // 马元 inside 马元某 is another person's pseudonym, not this name.
      if (IsOneCharacterGivenName(n.text) && IsCourtPseudonymTail(text, end))
        continue;
      if (n.person >= 0) {
        if (IsBenchTitleBefore(text, at) && at >= tail.begin) continue;
        if (StartsOrganisation(text, end)) continue;
      }
      taken.emplace(at, Mention{at, end, n.person, n.replacement});
    }
  }
  // A two-character given name standing alone (小明 for 张小明).
  for (size_t k = 0; k < result.anonymized.size(); ++k) {
    const PersonRecord& r = result.anonymized[k];
    const NameParts parts = model.Analyze(r.name, false);
    if (parts.shape != NameShape::kHan || parts.given_chars < 2) continue;
    const std::string given = r.name.substr(parts.kept_bytes);
    for (size_t at = FindText(text, given); at != std::string_view::npos;
         at = FindText(text, given, at + 1)) {
      const size_t end = at + given.size();
      if (overlaps(at, end) || at >= tail.begin) continue;
      const char32_t before = CodePointBefore(text, at);
      const char32_t after = Utf8Decode(text, end);
      const bool left = IsBoundaryChar(before) || before == U'叫' ||
                        before == U'称' || before == U'喊';
      const bool right = IsBoundaryChar(after) || after == U'说' ||
                         after == U'称' || after == U'的';
      if (left && right) taken.emplace(at, Mention{at, end, static_cast<int>(k)});
    }
  }
  for (const auto& [begin, m] : taken) {
    if (m.person < 0) continue;
    const PersonRecord& r = result.anonymized[m.person];
    Span s;
    s.begin = m.begin;
    s.end = m.end;
    s.category = Category::kPersonName;
    s.rule = r.reason;  // why: victim, witness, family_party, minor ...
    s.reason = "anonymized under rules §3";
    s.replacement = m.replacement.empty() ? std::string_view(r.pseudonym)
                                          : m.replacement;
    result.spans.push_back(s);
  }
  return result;
}

size_t PeopleFinder::FindResidualMention(
    std::string_view text, const std::vector<PersonRecord>& people,
    const std::vector<std::string>& kept) {
  size_t first = std::string_view::npos;
  for (const PersonRecord& r : people) {
    for (size_t at = FindText(text, r.name); at != std::string_view::npos;
         at = FindText(text, r.name, at + 1)) {
      if (StartsOrganisation(text, at + r.name.size())) continue;
      if (IsBenchTitleBefore(text, at)) continue;
      if (IsOneCharacterGivenName(r.name) &&
          IsCourtPseudonymTail(text, at + r.name.size()))
        continue;
      bool inside_kept = false;
      for (const std::string& k : kept) {
        if (k.size() <= r.name.size()) continue;
        const size_t from = at + r.name.size() > k.size()
                                ? at + r.name.size() - k.size()
                                : 0;
        const size_t hit = FindText(text, k, from);
        inside_kept |= hit != std::string_view::npos && hit <= at;
      }
      if (inside_kept) continue;
      first = std::min(first, at);
      break;
    }
  }
  return first;
}

std::vector<ByteRange> PeopleFinder::CandidateNames(
    std::string_view text) const {
  std::vector<ByteRange> out;
  OccurrenceCounter counter(text);
  for (const auto& [at, cue] : CueHits(text, text.size())) {
    ByteRange r = BodyNameAt(text, at + cue.size(), counter);
    if (r.end > r.begin) out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const ByteRange& a, const ByteRange& b) {
    return a.begin < b.begin;
  });
  return MergeRanges(out);
}

}  // namespace wenshu
