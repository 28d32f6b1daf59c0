// People: whose names are anonymized (rules §3), with which pseudonym (§4),
// and where each of them is mentioned — the "people" span source.
//
// PeopleFinder runs, for one document (normalized text plus its header),
// the steps of its own headers in turn:
//   1. party_block.h parses the participant paragraphs;
//   2. party_roles.h decides from the case kind and each participant's role
//      who is anonymized and why, and who keeps the name;
//   3. body_mentions.h adds the people who appear only in the body (role,
//      kinship, age and minor cues, representatives and aliases);
//   4. people_decisions.h adopts what the case family decided before and
//      settles names both anonymized and kept;
//   5. pseudonyms.h numbers the pseudonyms in order of first appearance;
//   6. person_mentions.h reports every mention as a kPersonName span, and
//      every mention of a kept name as an inviolable kProtected span.
// A name that two party-block roles would both anonymize and keep is a
// conflict: Find returns InvalidInput(why) and the document is
// held. The mentions of kept names come as inviolable kProtected spans
// (person_mentions.h); a span already in the sink that reaches into one and
// cannot be dropped without publishing it (an identifier: see
// KeptNameConflict) holds the document the same way. Every cue list comes from
// the PeoplePolicy, which must come from Policy::FromJson (validated; a cue
// list CueSet refuses aborts the constructor). Detectors report; this
// class never edits text. Immutable; Find is thread-safe.
#ifndef WENSHU_REDACTORS_PEOPLE_H_
#define WENSHU_REDACTORS_PEOPLE_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "core/status.h"
#include "redactors/body_mentions.h"
#include "redactors/party_block.h"
#include "redactors/person_mentions.h"
#include "redactors/policy.h"
#include "redactors/span_source.h"

namespace wenshu {

// Why a document must be held because a span of `found` (reported by the
// sources run before the people source) shares a character with a kept
// name among `people` (inviolable spans, by position), when its category
// must be removed: every category but names, addresses and health status,
// whose spans the redaction pass drops instead. Empty when there is none.
std::string KeptNameConflict(std::string_view text,
                             const std::vector<Span>& found,
                             const std::vector<Span>& people);

class PeopleFinder : public SpanSource {
 public:
  // `policy` must outlive the finder.
  explicit PeopleFinder(const PeoplePolicy& policy);

  std::string_view name() const override { return "people"; }

  // Fills sink.anonymized() and sink.kept_names() and adds the person
  // spans, whose replacements the sink keeps, and the kept names' inviolable
  // kProtected spans. Run after the detectors: a detector's span in the sink
  // that reaches into a kept name is a conflict (KeptNameConflict). From
  // `scan` (when its text is the document's) only the body cues' hits are
  // read: names are found from the people cues, not the shared candidate
  // indexes.
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

  // Candidate person names in running text, found from cues alone (used to
  // measure the body-name finder on general text).
  std::vector<ByteRange> CandidateNames(std::string_view text) const {
    return body_.CandidateNames(text);
  }

  // The automaton over the body cues (for a WordPass), or null.
  const LiteralAutomaton* cue_automaton() const {
    return body_.cue_automaton();
  }

 private:
  // Runs the steps; returns the conflict, or empty with `anonymized`,
  // `kept` and `spans` filled (replacements stored through `keep`).
  std::string Run(std::string_view text, const DocumentHeader& header,
                  const std::vector<PersonRecord>& prior, const KeepText& keep,
                  std::vector<PersonRecord>* anonymized,
                  std::vector<std::string>* kept, std::vector<Span>* spans,
                  const std::vector<WordHit>* cue_hits) const;

  const PeoplePolicy& policy_;
  PartyBlockParser party_block_;
  BodyMentionFinder body_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_PEOPLE_H_
