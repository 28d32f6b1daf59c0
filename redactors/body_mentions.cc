#include "redactors/body_mentions.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "core/utf8.h"
#include "redactors/detector.h"
#include "redactors/lexicon.h"
#include "redactors/literal_automaton.h"
#include "redactors/party_block.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

CueSet CompileBodyCues(const PeoplePolicy& policy) {
  Result<CueSet> set = CueSet::Compile(policy.BodyCues());
  if (!set.ok()) {
    // Policy::FromJson compiles the same lists and refuses the policy
    // first: reaching this is a policy built by hand, unvalidated.
    std::fprintf(stderr, "wenshu: people: %s\n",
                 set.status().message().c_str());
    std::abort();
  }
  return std::move(set).value();
}

// The reason a person found after a criminal role cue is anonymized: the
// role's policy name, as for the party block (被害人 → victim).
std::string CriminalCueReason(std::string_view cue,
                              const PartyBlockPolicy& words) {
  const std::optional<RoleKind> kind = words.KindOf(cue);
  return kind ? std::string(RoleKindName(*kind)) : "civil_plaintiff";
}

// The name that ends at the bracket opening at `open` (李小红 in
// 李小红(女,12岁)): three, four (a compound surname) or two Han characters
// starting with a known surname, no stop character in the given name, not
// already anonymized. Empty when there is none.
ByteRange NameBeforeBracket(std::string_view text, size_t open) {
  const NameModel& model = NameModel::Instance();
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
      stop |= IsStopChar(CodePointAt(text, k));
    if (stop) continue;
    return {begin, open};
  }
  return {open, open};
}

// Where the attachments after the signatures start (a line opening with
// 附表, 附件, 附录 or 附:), or the text's end.
size_t AttachmentsBegin(std::string_view text, size_t tail_begin) {
  for (size_t at = text.find("\n附", tail_begin); at != std::string_view::npos;
       at = text.find("\n附", at + 1)) {
    const size_t after = at + 1 + std::string_view("附").size();
    for (std::string_view w : {"表", "件", "录", ":", "\xEF\xBC\x9A"}) {
      if (text.compare(after, w.size(), w) == 0) return at + 1;
    }
  }
  return text.size();
}

// True when a cue at [at, end) is no word of its own but the end of one and
// the start of another: 次女 in 一次女方 (一次 and 女方 are words; the
// character before the cue and the one after it join them). A word the
// dictionary tags as a name (子孙) does not count: 其子孙某 stays a cue.
bool StraddlesTwoWords(std::string_view text, size_t at, size_t end) {
  if (at == 0 || end >= text.size()) return false;
  const Lexicon& lexicon = Lexicon::Instance();
  const size_t before = PreviousCharBoundary(text, at);
  const size_t first = NextCharBoundary(text, at);
  const size_t last = PreviousCharBoundary(text, end);
  const size_t after = NextCharBoundary(text, end);
  constexpr int kMinFrequency = 100;
  return lexicon.IsCommonNonName(text.substr(before, first - before),
                                 kMinFrequency) &&
         lexicon.IsCommonNonName(text.substr(last, after - last),
                                 kMinFrequency);
}

PersonCandidate BodyCandidate(std::string_view name, std::string reason) {
  return PersonCandidate{
      std::string(name), std::move(reason), false, {}, false};
}

}  // namespace

BodyMentionFinder::BodyMentionFinder(const PeoplePolicy& policy)
    : policy_(policy),
      cues_(CompileBodyCues(policy)),
      list_ending_role_words_(policy.list_ending_role_words),
      statement_words_(policy.statement_words) {}

void BodyMentionFinder::Find(std::string_view text, const PeopleCase& kind,
                             OccurrenceCounter& counter,
                             PeopleDecisions* decisions,
                             const std::vector<WordHit>* cue_hits) const {
  const auto cues_before = [&](size_t end) {
    return cue_hits != nullptr ? cues_.FromHits(*cue_hits, end)
                               : cues_.Find(text, end);
  };
  Scan scan{text, cues_before(kind.tail.begin), counter};
  // The attachments after the signatures (附表: 被害人损失明细 ...) name
  // people by role as the body does.
  if (const size_t attached = AttachmentsBegin(text, kind.tail.begin);
      attached < text.size()) {
    for (const CueHit& hit : cues_before(text.size()))
      if (hit.first >= attached) scan.hits.push_back(hit);
  }
  scan.IndexHits();
  if (kind.criminal) FindCoOffenders(scan, kind, decisions);
  if (kind.criminal) FindCriminalRoles(scan, decisions);
  if (kind.family) FindFamilyParties(scan, decisions);
  if (kind.criminal || kind.family) FindRelatives(scan, kind, decisions);
  FindBracketNotes(scan, kind, decisions);
  if (policy_.minors) {
    ForEachCuedName(
        scan, policy_.minor_cues, ListJoin::kNone,
        [](size_t, std::string_view) { return true; },
        [&](std::string_view name, bool) {
          decisions->Anonymize(BodyCandidate(name, "minor"));
        });
  }
  FindRepresentativesAndAliases(scan, decisions);
}

void BodyMentionFinder::Scan::IndexHits() {
  by_cue.clear();
  for (size_t k = 0; k < hits.size(); ++k)
    by_cue[hits[k].second].push_back(static_cast<uint32_t>(k));
}

void BodyMentionFinder::ForEachCuedName(
    const Scan& scan, const std::vector<std::string>& cues, ListJoin join,
    const std::function<bool(size_t at, std::string_view cue)>& accept_cue,
    const std::function<void(std::string_view name, bool by_conjunction)>&
        found) const {
  const std::string_view text = scan.text;
  const NameModel& model = NameModel::Instance();
  const bool lists = join != ListJoin::kNone;
  // The hits of `cues`, in the order of the text.
  std::vector<uint32_t> order;
  for (const std::string& cue : cues) {
    const auto it = scan.by_cue.find(cue);
    if (it != scan.by_cue.end())
      order.insert(order.end(), it->second.begin(), it->second.end());
  }
  if (cues.size() > 1) {
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end()), order.end());
  }
  for (const uint32_t k : order) {
    const auto& [at, cue] = scan.hits[k];
    if (!accept_cue(at, cue)) continue;
    size_t pos = at + cue.size();
    // Past 和, 及 or 与 the list may join people of other roles.
    bool by_conjunction = false;
    for (int item = 0;; ++item) {
      // 原审被告人沈涛 after 原审附带民事诉讼原告人冯玉梅、: a role word
      // ends the list.
      if (item > 0 && list_ending_role_words_.StartsAt(text, pos)) break;
      // A name already anonymized (周某甲) in a list: step over it.
      if (const size_t skip = AnonymizedNameLength(text, pos);
          skip > 0 && lists) {
        if (CodePointAt(text, pos + skip) != U'、') break;
        pos = NextCharBoundary(text, pos + skip);
        ++item;
        continue;
      }
      ByteRange r = BodyNameAt(text, pos, scan.counter);
      if (r.end == r.begin && item == 0 && lists) {
        // A surname the model does not know (宓辉), or one that is also a
        // function word's character (证人后明远的证言): accept it when a
        // list delimiter or a statement word closes it; a surname of the
        // model's also when punctuation does (被害人和晓雯，).
        auto closed = [&](size_t end) {
          return CodePointAt(text, end) == U'、' ||
                 statement_words_.StartsAt(text, end);
        };
        // A name of two to four characters without a surname (次仁罗布的
        // 证言), or a surname and one or two given-name characters.
        r = ListItemAt(text, pos);
        if (r.end == r.begin || !closed(r.end))
          r = ClosedNameAt(text, pos, false, closed);
        if (r.end == r.begin) {
          r = ClosedNameAt(text, pos, true, [&](size_t end) {
            const char32_t c = CodePointAt(text, end);
            return c == U',' || c == U'。' || c == U';' || c == U':' ||
                   c == U'(';
          });
        }
      }
      // 证人李明询问笔录: a statement word starting inside what was read as
      // the name ends it (李明, not 李明询).
      for (size_t b = r.begin + 6; b + 3 <= r.end;
           b = NextCharBoundary(text, b)) {
        if (statement_words_.StartsAt(text, b)) {
          r.end = b;
          break;
        }
      }
      if (r.end == r.begin && item > 0) {
        // Inside a list the delimiters say where a name ends: take an item
        // of two to four characters whatever its surname, and step over
        // items already anonymized (王某甲).
        r = ListItemAt(text, pos);
        if (r.end == r.begin) break;
        if (IsAnonymizedGivenName(text, NextCharBoundary(text, r.begin)) ||
            IsAnonymizedGivenName(text,
                                  r.begin + model.SurnameAt(text, r.begin))) {
          if (CodePointAt(text, r.end) != U'、') break;
          pos = NextCharBoundary(text, r.end);
          continue;
        }
      }
      if (r.end == r.begin) break;
      const std::string_view name = text.substr(r.begin, r.end - r.begin);
      const char32_t next = CodePointAt(text, r.end);
      // 被害人钱包, 被害人车辆: a common word, not a name, unless it stands
      // in a list of names.
      if (item == 0 && next != U'、' &&
          Lexicon::Instance().IsCommonNonName(name)) {
        break;
      }
      found(name, by_conjunction);
      if (!lists) break;
      // 王莲(男,50岁)、马兰: a bracketed note after an item does not end the
      // list.
      size_t after = r.end;
      // 张蟐甲、黄丽: a suffix the court gave the name (甲, 乙, 1, 2) does
      // not end the list either.
      static const std::u32string* suffixes =
          new std::u32string(U"0123456789甲乙丙丁戊己庚辛壬癸");
      while (after < text.size() &&
             suffixes->find(CodePointAt(text, after)) != std::u32string::npos)
        after = NextCharBoundary(text, after);
      char32_t joiner = CodePointAt(text, after);
      if (joiner == U'(') {
        const size_t close = text.find(')', after);
        if (close != std::string_view::npos && close - after <= 48) {
          after = close + 1;
          joiner = CodePointAt(text, after);
        }
      }
      if (joiner == U'、') {
        pos = NextCharBoundary(text, after);
      } else if (join == ListJoin::kAnyConjunction &&
                 (joiner == U'和' || joiner == U'及' || joiner == U'与')) {
        pos = after + 3;
        by_conjunction = true;
      } else {
        break;
      }
    }
  }
}

void BodyMentionFinder::FindCriminalRoles(const Scan& scan,
                                          PeopleDecisions* decisions) const {
  // Defendants named in the body keep their names (rules Art. 11).
  ForEachCuedName(
      scan, policy_.defendant_cues, ListJoin::kEnumeration,
      [](size_t, std::string_view) { return true; },
      [&](std::string_view name, bool) {
        if (!decisions->IsKept(name)) decisions->Keep(name, false);
      });
  for (const std::string& cue : policy_.criminal_cues) {
    const std::string reason = CriminalCueReason(cue, policy_.party_block);
    // 保证人 and 见证人 hold 证人 but are no witnesses.
    auto names_the_role = [&](size_t at, std::string_view hit) {
      const size_t end = at + hit.size();
      for (const std::string& w : policy_.not_witness_words) {
        if (w.size() > hit.size() && w.ends_with(hit) && end >= w.size() &&
            scan.text.compare(end - w.size(), w.size(), w) == 0)
          return false;
      }
      return true;
    };
    ForEachCuedName(scan, std::vector<std::string>{cue},
                    ListJoin::kAnyConjunction, names_the_role,
                    [&](std::string_view name, bool by_conjunction) {
                      // 被害人张三和李四(另案处理): the conjunction may join
                      // another role; the note says the co-offender keeps
                      // the name. A 、 list is one role's (证人A、B).
                      if (by_conjunction && decisions->IsCoOffender(name))
                        return;
                      decisions->Anonymize(BodyCandidate(name, reason));
                    });
  }
}

void BodyMentionFinder::FindFamilyParties(const Scan& scan,
                                          PeopleDecisions* decisions) const {
  // Parties named in the body (the procedure sentence names them all), also
  // those the party block could not be read for. A name the party block
  // gave already, or one that starts with such a name (原告慕容明华继承 read
  // one character too far), adds nothing.
  auto known = [&](std::string_view name) {
    for (const PersonCandidate& c : decisions->anonymized())
      if (name.starts_with(c.name)) return true;
    for (const std::string& k : decisions->kept())
      if (name.starts_with(k)) return true;
    return false;
  };
  ForEachCuedName(
      scan, policy_.family_party_cues, ListJoin::kAnyConjunction,
      [](size_t, std::string_view) { return true; },
      [&](std::string_view name, bool) {
        if (known(name)) return;
        decisions->Anonymize(BodyCandidate(name, "family_party"));
      });
}

void BodyMentionFinder::FindRelatives(const Scan& scan, const PeopleCase& kind,
                                      PeopleDecisions* decisions) const {
  // In a family case every relative named; in a criminal case the victim's
  // (被害人之父X, 被害人李某的儿子X).
  auto relative_of_victim = [&](size_t at, std::string_view cue) {
    if (StraddlesTwoWords(scan.text, at, at + cue.size())) return false;
    if (kind.family) return true;
    const size_t from = at >= 30 ? at - 30 : 0;
    return ContainsAny(scan.text.substr(from, at - from), policy_.victim_words);
  };
  ForEachCuedName(scan, policy_.kinship_cues, ListJoin::kNone,
                  relative_of_victim, [&](std::string_view name, bool) {
                    // Near a victim word, a co-offender stays one.
                    if (!kind.family && decisions->IsCoOffender(name)) return;
                    decisions->Anonymize(BodyCandidate(name, "relative"));
                  });
}

void BodyMentionFinder::FindBracketNotes(const Scan& scan,
                                         const PeopleCase& kind,
                                         PeopleDecisions* decisions) const {
  const std::string_view text = scan.text;
  // A bracket right after a name that gives an age under the adult age
  // (李小红(女,12岁)) or, in a criminal case, the role
  // (刘某(女,22岁,目击证人)).
  for (size_t open = text.find('(', kind.parties.begin);
       open != std::string_view::npos && open < kind.tail.begin;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 48) continue;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    std::string reason;
    if (kind.criminal && ContainsAny(inside, policy_.bracket_witness_words)) {
      reason = ContainsAny(inside, policy_.not_witness_words) ? "" : "witness";
    }
    if (kind.criminal && ContainsAny(inside, policy_.victim_words))
      reason = "victim";
    // 李四(另案处理,系被害人之兄): a co-offender, not the victim.
    if (reason == "victim" && ContainsAny(inside, policy_.co_offender_notes))
      reason.clear();
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
    const ByteRange name = NameBeforeBracket(text, open);
    if (name.end > name.begin)
      decisions->Anonymize(BodyCandidate(
          text.substr(name.begin, name.end - name.begin), reason));
  }
}

void BodyMentionFinder::FindCoOffenders(const Scan& scan,
                                        const PeopleCase& kind,
                                        PeopleDecisions* decisions) const {
  const std::string_view text = scan.text;
  // 同案人李四, 伙同李四、王五.
  ForEachCuedName(
      scan, policy_.co_offender_cues, ListJoin::kEnumeration,
      [](size_t, std::string_view) { return true; },
      [&](std::string_view name, bool) { decisions->KeepCoOffender(name); });
  // 李四(另案处理), 李四(已判刑).
  for (size_t open = text.find('(', kind.parties.begin);
       open != std::string_view::npos && open < kind.tail.begin;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 48) continue;
    if (!ContainsAny(text.substr(open + 1, close - open - 1),
                     policy_.co_offender_notes))
      continue;
    const ByteRange name = NameBeforeBracket(text, open);
    if (name.end > name.begin)
      decisions->KeepCoOffender(text.substr(name.begin, name.end - name.begin));
  }
}

void BodyMentionFinder::FindRepresentativesAndAliases(
    const Scan& scan, PeopleDecisions* decisions) const {
  const std::string_view text = scan.text;
  // Statutory representatives and aliases named in the body right after an
  // anonymized person: 林某某的法定代理人陈慧敏, 罗三毛(绰号罗三).
  std::vector<PersonCandidate> more;
  const auto& anonymized = decisions->anonymized();
  std::vector<std::string_view> names;
  names.reserve(anonymized.size());
  for (const PersonCandidate& c : anonymized) names.push_back(c.name);
  size_t previous = SIZE_MAX, previous_end = 0;
  for (const auto& [k, at] : FindEveryOccurrence(text, names)) {
    const PersonCandidate& c = anonymized[k];
    // One name's mentions do not overlap each other.
    if (k == previous && at < previous_end) continue;
    previous = k;
    previous_end = at + c.name.size();
    {
      size_t pos = at + c.name.size();
      for (const std::string& link : policy_.representative_links) {
        if (text.compare(pos, link.size(), link) == 0) {
          ByteRange r = BodyNameAt(text, pos + link.size(), scan.counter);
          if (r.end > r.begin) {
            more.push_back(BodyCandidate(text.substr(r.begin, r.end - r.begin),
                                         "statutory_representative"));
          }
        }
      }
      if (pos < text.size() && text[pos] == '(') {
        // 迈克尔·布朗(Michael Brown,男...): the Latin form.
        size_t e = pos + 1;
        while (e < text.size() &&
               ((text[e] >= 'A' && text[e] <= 'Z') ||
                (text[e] >= 'a' && text[e] <= 'z') || text[e] == ' ' ||
                text[e] == '.' || text[e] == '-'))
          ++e;
        if (e - pos > 2 && e - pos < 42 && e < text.size() &&
            (text[e] == ',' || text[e] == ')')) {
          PersonCandidate alias_of = c;
          alias_of.aliases = {std::string(text.substr(pos + 1, e - pos - 1))};
          more.push_back(std::move(alias_of));
        }
        for (const std::string& cue : policy_.alias_cues) {
          if (text.compare(pos + 1, cue.size(), cue) != 0) continue;
          ByteRange r = ListItemAt(text, pos + 1 + cue.size());
          if (r.end == r.begin) {
            const size_t close = text.find(')', pos);
            if (close != std::string_view::npos &&
                close - pos - 1 - cue.size() <= 12)
              r = {pos + 1 + cue.size(), close};
          }
          if (r.end > r.begin) {
            PersonCandidate alias_of = c;
            alias_of.aliases = {
                std::string(text.substr(r.begin, r.end - r.begin))};
            more.push_back(std::move(alias_of));
          }
        }
      }
    }
  }
  for (PersonCandidate& m : more) decisions->Anonymize(std::move(m));
}

std::vector<ByteRange> BodyMentionFinder::CandidateNames(
    std::string_view text) const {
  std::vector<ByteRange> out;
  OccurrenceCounter counter(text);
  for (const auto& [at, cue] : cues_.Find(text, text.size())) {
    ByteRange r = BodyNameAt(text, at + cue.size(), counter);
    if (r.end > r.begin) out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const ByteRange& a, const ByteRange& b) {
    return a.begin < b.begin;
  });
  return MergeRanges(out);
}

}  // namespace wenshu
