// Body mentions: the people stage's second decision (rules §3) — people who
// appear only in the body of a judgment, found from the policy's cues:
//   - role cues in a criminal case: a name right after 被害人, 证人, 鉴定人,
//     附带民事诉讼原告人 (and the names joined to it by 、 和 及 与) is
//     anonymized for that role; after 被告人 or 罪犯 it keeps its name. A
//     statement word ends the name (证人李明询问笔录, 证人宓辉证言), and
//     closes one of a surname the model lacks or reads only there (证人后明远
//     的证言; 被害人和晓雯， closed by punctuation);
//   - party cues in a family case (原告李四与被告王五…一案);
//   - kinship cues (其子, 之女, 妻子, 长女, 配偶 ...): every relative in a
//     family case, the victim's relatives in a criminal one; a cue that
//     joins the end of one word to the start of another (次女 in 一次女方)
//     is none;
//   - a bracket after a name giving an age under the adult age
//     (李小红(女,12岁)) or, in a criminal case, the role (目击证人);
//   - minor cues (未成年人, 幼女);
//   - the statutory representative and the aliases named right after an
//     anonymized person (林某某的法定代理人陈慧敏, 罗三毛(绰号罗三));
//   - in a criminal case, co-offenders whose cases are handled apart (after
//     同案人, 伙同, or with 另案处理, 已判决 in a bracket after the name): they
//     keep their names unless a rule above anonymizes them directly — a
//     name joined by 和, 及 or 与 to a role cue's or a relative near a
//     victim word does not, nor does a victim word in the note's own
//     bracket; a 、 list after a cue is that role's (证人A、B(另案处理)).
// The cues count before the tail and in the attachments after it (a line
// opening with 附表, 附件, 附录 or 附:). Where a name ends is
// body_name_shape.h's. Every cue list comes from the
// PeoplePolicy, which must have been validated by Policy::FromJson: a cue
// list CueSet refuses aborts the constructor (the loader reports it
// first, naming the key). Immutable after construction; Find is
// thread-safe.
#ifndef WENSHU_REDACTORS_BODY_MENTIONS_H_
#define WENSHU_REDACTORS_BODY_MENTIONS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.h"
#include "core/word_set.h"
#include "redactors/body_name_shape.h"
#include "redactors/cue_set.h"
#include "redactors/party_roles.h"
#include "redactors/people_decisions.h"
#include "redactors/policy.h"

namespace wenshu {

class BodyMentionFinder {
 public:
  // `policy` must outlive the finder.
  explicit BodyMentionFinder(const PeoplePolicy& policy);

  // Adds the people found in the body of `text` (before the tail) to
  // `decisions`, which holds the party block's already. `cue_hits`, when
  // given, are cue_automaton()'s hits over the whole of `text` (from a
  // WordPass); else the finder makes its own pass.
  void Find(std::string_view text, const PeopleCase& kind,
            OccurrenceCounter& counter, PeopleDecisions* decisions,
            const std::vector<WordHit>* cue_hits = nullptr) const;

  // The automaton over every body cue, or null when there are none.
  const LiteralAutomaton* cue_automaton() const { return cues_.automaton(); }

  // Candidate person names right after any cue, anywhere in `text`, merged
  // and by position (to measure the body-name finder on general text).
  std::vector<ByteRange> CandidateNames(std::string_view text) const;

 private:
  // The text and cue hits of one document, for the steps below.
  struct Scan {
    std::string_view text;
    std::vector<CueHit> hits;  // before the tail
    OccurrenceCounter& counter;
    // Per cue word, the indices of its hits in `hits`, ascending: the
    // finders each look for a few of the cue words (IndexHits, once the
    // hits are all in).
    std::unordered_map<std::string_view, std::vector<uint32_t>> by_cue = {};

    void IndexHits();
  };
  // How far a name after a cue reaches into a list: the cued name alone,
  // the names joined by 、, or those joined by 、 和 及 与.
  enum class ListJoin { kNone, kEnumeration, kAnyConjunction };

  // Calls `found` for each name right after one of `cues` whose position
  // `accept_cue` accepts, and for the names joined to it by `join`;
  // `by_conjunction` is true past a 和, 及 or 与 in the list.
  void ForEachCuedName(
      const Scan& scan, const std::vector<std::string>& cues, ListJoin join,
      const std::function<bool(size_t at, std::string_view cue)>& accept_cue,
      const std::function<void(std::string_view name, bool by_conjunction)>&
          found) const;
  void FindCoOffenders(const Scan& scan, const PeopleCase& kind,
                       PeopleDecisions* decisions) const;
  void FindCriminalRoles(const Scan& scan, PeopleDecisions* decisions) const;
  void FindFamilyParties(const Scan& scan, PeopleDecisions* decisions) const;
  void FindRelatives(const Scan& scan, const PeopleCase& kind,
                     PeopleDecisions* decisions) const;
  void FindBracketNotes(const Scan& scan, const PeopleCase& kind,
                        PeopleDecisions* decisions) const;
  void FindRepresentativesAndAliases(const Scan& scan,
                                     PeopleDecisions* decisions) const;

  const PeoplePolicy& policy_;
  CueSet cues_;  // every body cue of the policy
  WordSet list_ending_role_words_;  // the policy's lists, asked at a place
  WordSet statement_words_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_BODY_MENTIONS_H_
