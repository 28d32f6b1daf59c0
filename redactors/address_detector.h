// AddressDetector: the home addresses of natural persons (rules §5).
//
// An address is a home address when it follows a home cue (住, 住址, 住所,
// 户籍地, 户籍所在地, 居住地, 暂住地, 现住, 现居, 原住, 经常居住地, 家住,
// 租住, 住处, 暂住处 and their forms with 为/系/在/于/即) said of a natural
// person, or when the text ties a place to a home (位于…的家中, 的住处,
// 的租住房). Every home of a list is read (户籍地…，现住…; also with no
// comma between them). The gazetteer finds where the administrative part
// ends: the text is kept through the county-level unit and the rest is
// reported as a span that can be removed as it is (Span::removable); a
// detail without a unit or a number is a home's name (住某区幸福花园) when
// it is the whole rest of its clause. When no county-level unit can be
// determined the whole address is reported, and the redaction pass removes
// it with its cue as a clause, or masks it where that would break the
// sentence.
//
// Not reported: the addresses of organisations (a company's, a court's or a
// school's 住所地: the subject before the cue, in its clause or the line
// before, names an organisation), institutions named by someone's home
// (户籍所在地社区矫正机构, 住所地司法局, 居住地派出所, 住所地人民法院),
// places that are nobody's home (the scene of an offence), cues that are not
// about an address (住院, 住宿, 户籍信息). Thread-safe.
// A Detector, so a span source (detector.h, span_source.h): Find reports
// spans in byte offsets of scan.text() and never edits; it fails only when
// a regex engine does.
#ifndef WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
#define WENSHU_REDACTORS_ADDRESS_DETECTOR_H_

#include <string_view>
#include <vector>

#include "core/regex.h"
#include "redactors/detector.h"
#include "redactors/gazetteer.h"

namespace wenshu {

class AddressDetector : public Detector {
 public:
  AddressDetector();  // the embedded gazetteer
  explicit AddressDetector(const Gazetteer& gazetteer);
  std::string_view name() const override { return "address"; }
  std::vector<std::string> TriggerWords() const override;
  Status Find(const Document& doc, ScanContext& context,
              SpanSink& sink) const override;

  // True when the subject the text names before `cue` (in its sentence,
  // after the last role label such as 法定代表人) is an organisation.
  static bool OrganisationBefore(std::string_view text, size_t cue);

  // A home tied to a place (位于某村的家中): group 1, a run of two to sixty
  // characters, is the place. Anchored at the start of the text searched.
  static constexpr BoundedRunRegex::Parts kHomeTie = {
      .before = "^(?:位于",
      .run = "[^,;:()。、\\s的]",
      .min = 2,
      .max = 60,
      .lazy = false,
      .after =
          "的(?:家中|家里|家|住处|住所|住宅|寓所|租住房|租住屋|"
          "租住处|出租屋|出租房|租房))",
      .group = 1,
  };
  // False when kHomeTie cannot match `text`: a check far cheaper
  // than the pattern, made before it (never false where it matches).
  static bool MayTieHome(std::string_view text);

 private:
  // OrganisationBefore, `depth` clauses back from the cue's own.
  static bool OrganisationBeforeAt(std::string_view text, size_t cue,
                                   int depth);

  // Reports the spans of one address text[begin, end): `closed` when the
  // address ends a clause (a detail without a unit or a number is then a
  // home's name), `needs_admin` when only an address starting with an
  // administrative name counts.
  void Report(std::string_view text, size_t begin, size_t end, bool closed,
              bool needs_admin, std::string_view rule,
              std::vector<Span>* out) const;

  // Where in `region` a match of cue_at_ can start (before every 住, 户
  // and 居, after what a cue word holds before it), ascending. The anchors
  // are read from `hits` (the detector set's hits of TriggerWords) when
  // given, else found in the text.
  std::vector<size_t> CueStarts(std::string_view text, const ByteRange& region,
                                const ScanContext::TriggerHits* hits) const;

  const Gazetteer& gazetteer_;
  // A cue word and what joins it to the address: the match ends where the
  // address starts. Anchored at the start of the text searched.
  Regex cue_at_;
  BoundedRunRegex home_tie_;  // kHomeTie
  // Per offset of an anchor in the cue words (the first anchor of each),
  // what those words hold before it: a cue word can start that far before
  // an anchor only after one of these.
  std::vector<std::pair<size_t, std::vector<std::string_view>>> cue_prefixes_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_ADDRESS_DETECTOR_H_
