#include "redactors/party_block.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <utility>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/detector.h"
#include "redactors/literal_automaton.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

// The fixed cues a paragraph is read for, after the policy's lists in the
// paragraph's automaton (ParagraphWords).
enum FixedCue : size_t {
  kBornOn,       // 出生于
  kBornIn,       // 生于
  kBorn,         // 出生
  kCommaMale,    // ,男
  kColonMale,    // :男
  kCommaFemale,  // ,女
  kColonFemale,  // :女
  kNationality,  // 国籍
  kRelation,     // 系
  kFixedCues,
};
constexpr std::string_view kFixedCueText[kFixedCues] = {
    "出生于", "生于", "出生", ",男", ":男", ",女", ":女", "国籍", "系"};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// The role label starting at `pos`, if any.
const RoleLabel* LabelAt(std::string_view text, size_t pos,
                         const PartyBlockPolicy& words) {
  const std::string_view rest = text.substr(pos);
  for (const RoleLabel& l : words.role_labels) {
    // Where the text's first two bytes are a label's (the pair test let it
    // through), most labels still differ from it in their third byte (the
    // lead bytes name only a block of characters): told without a call.
    const std::string_view label = l.label;
    if (label.size() > rest.size()) continue;
    if (label.size() >= 3 && label[2] != rest[2]) continue;
    if (rest.substr(0, label.size()) == label) return &l;
  }
  return nullptr;
}

bool IsNameEnd(char32_t c) {
  return c == 0 || c == U',' || c == U'。' || c == U'(' || c == U')' ||
         c == U';' || c == U':' || c == U'\n' || c == U'\r' || c == U'、' ||
         c == U'"' || c == U'“' || c == U'”' || c == U'\t' || c == U'　' ||
         c == U'<' || c == U'[';
}

// A name from `pos` to the first separator. Latin names keep their inner
// spaces ("John Smith").
ByteRange NameAt(std::string_view text, size_t pos, size_t limit) {
  while (pos < limit && (text[pos] == ' ' || text[pos] == '"')) ++pos;
  const bool latin = pos < limit && ((text[pos] >= 'A' && text[pos] <= 'Z') ||
                                     (text[pos] >= 'a' && text[pos] <= 'z'));
  size_t end = pos;
  while (end < limit) {
    const char32_t c = CodePointAt(text, end);
    if (IsNameEnd(c)) break;
    if (c == U' ' && !latin) break;
    if (c == U' ' && latin) {
      const char next = end + 1 < limit ? text[end + 1] : 0;
      if (!((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z')))
        break;
    }
    end = NextCharBoundary(text, end);
  }
  return {pos, end};
}

// "1980年1月1日" (or 1980年1月) starting at `pos`.
std::optional<Date> ArabicDateAt(std::string_view text, size_t pos) {
  auto number = [&](size_t* at, int max_digits) -> int {
    int value = 0, digits = 0;
    while (*at < text.size() && text[*at] >= '0' && text[*at] <= '9' &&
           digits < max_digits) {
      value = value * 10 + (text[*at] - '0');
      ++*at;
      ++digits;
    }
    return digits == 0 ? -1 : value;
  };
  auto literal = [&](size_t* at, std::string_view word) {
    if (text.compare(*at, word.size(), word) != 0) return false;
    *at += word.size();
    return true;
  };
  size_t at = pos;
  Date d;
  d.year = number(&at, 4);
  if (d.year < 1900 || !literal(&at, "年")) return std::nullopt;
  d.month = number(&at, 2);
  if (d.month < 1 || d.month > 12 || !literal(&at, "月")) return std::nullopt;
  const size_t day_at = at;
  d.day = number(&at, 2);
  if (d.day < 1 || d.day > 31 || !literal(&at, "日")) {
    d.day = 1;  // month precision; the day is taken as the first
    (void)day_at;
  }
  return d;
}

// Every occurrence of every word of a paragraph's automaton, as (word,
// begin) pairs sorted by word, then begin.
class ParagraphHits {
 public:
  void Find(const LiteralAutomaton& words, std::string_view para) {
    words.EveryOccurrence(para, &hits_);
  }
  // The begins of word `k`'s occurrences, ascending.
  template <typename Each>
  void ForEach(size_t k, Each each) const {
    for (auto it = std::lower_bound(hits_.begin(), hits_.end(),
                                    std::pair<size_t, size_t>{k, 0});
         it != hits_.end() && it->first == k; ++it)
      if (!each(it->second)) return;
  }
  size_t First(size_t k) const {
    size_t first = std::string_view::npos;
    ForEach(k, [&](size_t at) {
      first = at;
      return false;
    });
    return first;
  }
  // Whether a word of [begin, end) occurs.
  bool Any(size_t begin, size_t end) const {
    const auto it = std::lower_bound(hits_.begin(), hits_.end(),
                                     std::pair<size_t, size_t>{begin, 0});
    return it != hits_.end() && it->first < end;
  }

 private:
  std::vector<std::pair<size_t, size_t>> hits_;
};

// The paragraph's birth date: after 出生于 or 生于, else the date written
// before 出生 (1990年1月1日出生).
std::optional<Date> BirthDateIn(std::string_view text, ByteRange p,
                                const ParagraphHits& hits, size_t fixed) {
  for (const FixedCue cue : {kBornOn, kBornIn}) {
    const size_t at = hits.First(fixed + cue);
    if (at != std::string_view::npos) {
      if (auto d = ArabicDateAt(text, p.begin + at + kFixedCueText[cue].size()))
        return d;
    }
  }
  const size_t at = hits.First(fixed + kBorn);
  if (at == std::string_view::npos) return std::nullopt;
  // Back over digits and 年月日 to where the date starts.
  size_t begin = p.begin + at;
  while (begin > p.begin) {
    const char32_t c = CodePointBefore(text, begin);
    if ((c >= U'0' && c <= U'9') || c == U'年' || c == U'月' || c == U'日') {
      begin = PreviousCharBoundary(text, begin);
    } else {
      break;
    }
  }
  return ArabicDateAt(text, begin);
}

// 男 or 女 after a comma or a colon and before a comma, 。, ;, ), a space
// or the end: tried as ,男 :男 ,女 :女, each from the left.
std::string SexIn(std::string_view para, const ParagraphHits& hits,
                  size_t fixed) {
  for (const FixedCue cue :
       {kCommaMale, kColonMale, kCommaFemale, kColonFemale}) {
    bool found = false;
    hits.ForEach(fixed + cue, [&](size_t at) {
      const char32_t after = CodePointAt(para, at + kFixedCueText[cue].size());
      found = after == U',' || after == U'。' || after == U';' ||
              after == U')' || after == U' ' || after == 0;
      return !found;
    });
    if (found) return std::string(kFixedCueText[cue].substr(std::strlen(",")));
  }
  return "";
}

bool IsOrganisationName(std::string_view name, const PartyBlockPolicy& words) {
  for (std::string_view suffix : words.organisation_endings) {
    if (EndsWith(name, suffix)) return true;
  }
  return Utf8CharCount(name) > 8 && name.find("·") == std::string_view::npos &&
         name.find(' ') == std::string_view::npos;
}

}  // namespace

namespace {
constexpr std::string_view kRoleKindNames[] = {"party",
                                               "defendant",
                                               "victim",
                                               "civil_plaintiff",
                                               "witness",
                                               "appraiser",
                                               "statutory_representative",
                                               "agent",
                                               "legal_representative",
                                               "prosecution"};
}  // namespace

static_assert(std::size(kRoleKindNames) == kRoleKindCount);

std::string_view RoleKindName(RoleKind kind) {
  return kRoleKindNames[static_cast<int>(kind)];
}

std::optional<RoleKind> RoleKindFromName(std::string_view name) {
  for (size_t i = 0; i < std::size(kRoleKindNames); ++i) {
    if (kRoleKindNames[i] == name) return static_cast<RoleKind>(i);
  }
  return std::nullopt;
}

std::optional<RoleKind> PartyBlockPolicy::KindOf(std::string_view label) const {
  for (const RoleLabel& l : role_labels) {
    if (l.label == label) return l.kind;
  }
  return std::nullopt;
}

std::vector<ParagraphOpening> ParagraphOpenings(std::string_view text,
                                                ByteRange zone,
                                                const PartyBlockPolicy& words) {
  std::vector<ParagraphOpening> openings;
  zone.end = std::min(zone.end, text.size());
  // The labels' first two bytes: most paragraph starts begin no label.
  BytePairSet firsts;
  bool every_label_paired = true;
  for (const RoleLabel& l : words.role_labels) {
    if (l.label.size() < 2) {
      every_label_paired = false;
      break;
    }
    firsts.Add(static_cast<unsigned char>(l.label[0]),
               static_cast<unsigned char>(l.label[1]));
  }
  size_t free_from = zone.begin;  // past the last label found
  const auto try_at = [&](size_t pos) {
    if (pos < free_from || pos >= zone.end) return;
    if (every_label_paired &&
        (pos + 1 >= text.size() ||
         !firsts.Contains(static_cast<unsigned char>(text[pos]),
                          static_cast<unsigned char>(text[pos + 1]))))
      return;
    if (const RoleLabel* l = LabelAt(text, pos, words)) {
      openings.push_back({pos, l});
      free_from = pos + l->label.size();
    }
  };
  try_at(zone.begin);
  // A paragraph starts after a line break, a space, a tab or ;, and after
  // 。 or the ideographic space (E3 80 82, E3 80 80): only those bytes, and
  // the lead byte E3, stop the search through the zone.
  static const ByteSet kBreaks = {'\n', '\r', ' ', '\t', ';', 0xE3};
  const std::string_view in_zone = text.substr(0, zone.end);
  for (size_t i = kBreaks.Find(in_zone, zone.begin);
       i != std::string_view::npos; i = kBreaks.Find(in_zone, i + 1)) {
    if (text[i] != '\xE3') {
      try_at(i + 1);
    } else if (i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\x82' || text[i + 2] == '\x80')) {
      try_at(i + 3);
    }
  }
  return openings;
}

// The policy's lists of paragraph words, then the fixed cues, in one
// automaton: each list a run of its indices, in the list's order.
struct PartyBlockParser::ParagraphWords {
  // A list's indices, and the first of its words that is empty (found
  // anywhere, as a search for it says), or npos.
  struct List {
    size_t begin = 0;
    size_t end = 0;
    size_t first_empty = std::string_view::npos;
  };

  explicit ParagraphWords(const PartyBlockPolicy& words)
      : ethnicities(Add(words.ethnicities)),
        lawyer_words(Add(words.lawyer_words)),
        organisation_cues(Add(words.organisation_cues)),
        alias_cues(Add(words.alias_cues)),
        fixed(literals.size()),
        automaton((literals.insert(literals.end(), std::begin(kFixedCueText),
                                   std::end(kFixedCueText)),
                   literals)) {}

  List Add(const std::vector<std::string>& list) {
    List out{literals.size(), literals.size() + list.size()};
    for (size_t k = 0; k < list.size(); ++k) {
      if (list[k].empty() && out.first_empty == std::string_view::npos)
        out.first_empty = out.begin + k;
      literals.push_back(list[k]);
    }
    return out;
  }

  // The first word of `list`, in its order, that occurs (or an empty
  // one before it): its index, or npos.
  size_t FirstOf(const List& list, const ParagraphHits& hits) const {
    for (size_t k = list.begin; k < list.end; ++k) {
      if (k == list.first_empty || hits.First(k) != std::string_view::npos)
        return k;
    }
    return std::string_view::npos;
  }
  bool AnyOf(const List& list, const ParagraphHits& hits) const {
    return list.first_empty != std::string_view::npos ||
           hits.Any(list.begin, list.end);
  }

  std::vector<std::string_view> literals;
  List ethnicities, lawyer_words, organisation_cues, alias_cues;
  size_t fixed;  // the index of the first fixed cue
  LiteralAutomaton automaton;
};

PartyBlockParser::PartyBlockParser(PartyBlockPolicy words)
    : words_(std::move(words)),
      paragraph_words_(std::make_unique<const ParagraphWords>(words_)) {}
PartyBlockParser::~PartyBlockParser() = default;
PartyBlockParser::PartyBlockParser(PartyBlockParser&&) noexcept = default;

std::vector<Participant> ParsePartyBlock(std::string_view text, ByteRange zone,
                                         const PartyBlockPolicy& words) {
  return PartyBlockParser(words).Parse(text, zone);
}

std::vector<Participant> PartyBlockParser::Parse(std::string_view text,
                                                 ByteRange zone) const {
  const PartyBlockPolicy& words = words_;
  const ParagraphWords& in_para = *paragraph_words_;
  ParagraphHits hits;
  std::vector<Participant> out;
  zone.end = std::min(zone.end, text.size());
  // Paragraph openings: a role label at a paragraph start.
  const std::vector<ParagraphOpening> openings =
      ParagraphOpenings(text, zone, words);
  for (size_t i = 0; i < openings.size(); ++i) {
    const ParagraphOpening& o = openings[i];
    Participant p;
    p.role = o.label->label;
    p.kind = o.label->kind;
    p.paragraph = {o.at,
                   i + 1 < openings.size() ? openings[i + 1].at : zone.end};
    size_t pos = o.at + o.label->label.size();
    // 上诉人(原审被告人): the original role decides the kind.
    if (pos < p.paragraph.end && text[pos] == '(') {
      const size_t close = text.find(')', pos);
      if (close != std::string_view::npos && close < p.paragraph.end &&
          close - pos < 64) {
        std::string_view inside = text.substr(pos + 1, close - pos - 1);
        if (StartsWith(inside, "原审")) {
          p.original_role = std::string(inside);
          std::string_view bare = inside.substr(std::strlen("原审"));
          if (auto kind = words.KindOf(bare);
              kind && p.kind == RoleKind::kParty)
            p.kind = *kind;
          if (auto kind = words.KindOf(inside);
              kind && p.kind == RoleKind::kParty)
            p.kind = *kind;
        }
        pos = close + 1;
      }
    }
    if (pos < p.paragraph.end && text[pos] == ':') ++pos;
    p.name = NameAt(text, pos, p.paragraph.end);
    if (p.name.begin == p.name.end) continue;
    const std::string_view name =
        text.substr(p.name.begin, p.name.end - p.name.begin);
    const std::string_view para =
        text.substr(p.paragraph.begin, p.paragraph.end - p.paragraph.begin);
    // 彼得·施密特(Peter Schmidt): the Latin form is an alias.
    if (p.name.end < p.paragraph.end && text[p.name.end] == '(') {
      const size_t close = text.find(')', p.name.end);
      if (close != std::string_view::npos && close < p.paragraph.end) {
        const std::string_view inside =
            text.substr(p.name.end + 1, close - p.name.end - 1);
        const bool latin =
            !inside.empty() &&
            std::all_of(inside.begin(), inside.end(), [](char c) {
              return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                     c == ' ' || c == '.' || c == '-';
            });
        if (latin) p.aliases.push_back({p.name.end + 1, close});
      }
    }
    hits.Find(in_para.automaton, para);
    p.sex = SexIn(para, hits, in_para.fixed);
    p.birth_date = BirthDateIn(text, p.paragraph, hits, in_para.fixed);
    if (const size_t k = in_para.FirstOf(in_para.ethnicities, hits);
        k != std::string_view::npos)
      p.ethnicity = words.ethnicities[k - in_para.ethnicities.begin];
    const size_t nationality = hits.First(in_para.fixed + kNationality);
    if (nationality != std::string_view::npos) {
      const std::string_view around =
          para.substr(nationality >= 18 ? nationality - 18 : 0, 40);
      p.foreign = around.find("中国") == std::string_view::npos &&
                  around.find("中华人民共和国") == std::string_view::npos;
    }
    p.lawyer = in_para.AnyOf(in_para.lawyer_words, hits);
    p.organisation =
        p.kind == RoleKind::kProsecution ||
        (p.sex.empty() && !p.birth_date && IsOrganisationName(name, words)) ||
        (p.sex.empty() && in_para.AnyOf(in_para.organisation_cues, hits) &&
         name.find("·") == std::string_view::npos && Utf8CharCount(name) > 4);
    const size_t relation = hits.First(in_para.fixed + kRelation);
    if (relation != std::string_view::npos && relation < 64) {
      ByteRange r =
          NameAt(text, p.paragraph.begin + relation + 3, p.paragraph.end);
      std::string_view rel = text.substr(r.begin, r.end - r.begin);
      if (rel.find("之") != std::string_view::npos && rel.size() <= 45)
        p.relation = std::string(rel);
    }
    // Each cue's occurrences from the left, none inside the one before.
    for (size_t k = in_para.alias_cues.begin; k < in_para.alias_cues.end; ++k) {
      const std::string_view cue = in_para.literals[k];
      size_t free_from = 0;
      hits.ForEach(k, [&](size_t at) {
        if (at < free_from) return true;
        free_from = at + cue.size();
        size_t from = p.paragraph.begin + at + cue.size();
        if (from < p.paragraph.end && text[from] == ':') ++from;
        ByteRange alias = NameAt(text, from, p.paragraph.end);
        while (alias.begin < alias.end &&
               (CodePointAt(text, alias.begin) == U'“' ||
                CodePointAt(text, alias.begin) == U'"')) {
          alias.begin = NextCharBoundary(text, alias.begin);
        }
        if (alias.end > alias.begin && alias.end - alias.begin <= 30)
          p.aliases.push_back(alias);
        return true;
      });
    }
    if (p.kind == RoleKind::kStatutoryRepresentative ||
        p.kind == RoleKind::kAgent ||
        p.kind == RoleKind::kLegalRepresentative) {
      for (int j = static_cast<int>(out.size()) - 1; j >= 0; --j) {
        const RoleKind k = out[j].kind;
        if (k != RoleKind::kStatutoryRepresentative && k != RoleKind::kAgent &&
            k != RoleKind::kLegalRepresentative) {
          p.represents = j;
          break;
        }
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace wenshu
