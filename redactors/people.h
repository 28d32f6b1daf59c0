// People: whose names are anonymized (rules §3), with which pseudonym (§4),
// and where each of them is mentioned.
//
// PeopleFinder reads one document (normalized text plus its header) and
//   1. parses the party block and decides, from the case kind (criminal,
//      marriage-family or inheritance, other) and each participant's role,
//      who is anonymized; any minor (birth date against the decision date,
//      or an age under 18 in the text) and his or her statutory
//      representatives are anonymized in every case type;
//   2. finds people who appear only in the body from role cues (被害人,
//      证人, 鉴定人, 附带民事诉讼原告人, including 、 lists after one cue),
//      kinship cues (其子, 之女, 妻子 ...) and age cues (…（女，12岁）);
//   3. assigns pseudonyms in order of first appearance, numbering collisions
//      (张某1, 张某2) and treating pseudonyms already in the text as taken;
//   4. reports every mention of every anonymized person (full name, declared
//      aliases, a two-character given name standing alone) as a span with
//      its pseudonym, leaving alone names inside organisation names, the
//      bench, people who keep their names, and names already anonymized.
// A name that would be both anonymized and kept is a conflict: the result
// says so and the document is held. Decisions and pseudonyms already made for
// the same case family (`prior`) are reused. Detectors report; this class
// never edits text. Immutable; Find is thread-safe.
#ifndef WENSHU_REDACTORS_PEOPLE_H_
#define WENSHU_REDACTORS_PEOPLE_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/document.h"
#include "redactors/party_block.h"
#include "redactors/person_names.h"
#include "redactors/policy.h"
#include "core/regex.h"
#include "core/span.h"

namespace wenshu {

struct PeopleResult {
  std::vector<PersonRecord> anonymized;  // in order of first appearance
  std::vector<std::string> kept;         // natural persons keeping names
  // Spans of category kPersonName; `replacement` views the pseudonyms in
  // `anonymized`, so the result must outlive the spans' use.
  std::vector<Span> spans;
  std::string conflict;  // non-empty: hold the document with this reason
  // Pseudonyms of Latin-script aliases (Peter Schmidt → P.), which spans
  // may view; a deque keeps them in place.
  std::deque<std::string> alias_pseudonyms;
};

class PeopleFinder {
 public:
  explicit PeopleFinder(const PeoplePolicy& policy);

  PeopleResult Find(std::string_view text, const DocumentHeader& header,
                    const std::vector<PersonRecord>& prior) const;

  // Mentions of `names` (normalized full names) that Find would still
  // replace in `text`: the verify pass's check that no anonymized name
  // survived. Returns the byte offset of the first one, or npos.
  static size_t FindResidualMention(std::string_view text,
                                    const std::vector<PersonRecord>& people,
                                    const std::vector<std::string>& kept);

  // Candidate person names in running text, found from cues alone (used to
  // measure the body-name finder on general text).
  std::vector<ByteRange> CandidateNames(std::string_view text) const;

 private:
  // Every cue position in one pass: the policy's cues, the defendant cues
  // and the minor cues, as one RE2 alternation of literals.
  std::vector<std::pair<size_t, std::string_view>> CueHits(
      std::string_view text, size_t end) const;

  const PeoplePolicy& policy_;
  std::vector<std::string> cues_;  // longest first
  std::shared_ptr<const Regex> cue_regex_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PEOPLE_H_
