// Health: the health status of natural persons (rules §5, 健康状况) —
// diagnoses, illnesses, disabilities, pregnancy — reported as kHealth spans.
//
// HealthFinder is cue-driven, because a judgment names diseases far more
// often as claims, institutions and statute text (精神损害抚慰金, 残疾赔偿金,
// 疾病预防控制中心, 怀孕的妇女) than as a person's condition. It reports:
//   - the condition phrase after a cue (患有慢性精神分裂症 → 慢性精神分裂症,
//     诊断为抑郁症, 确诊为HIV感染), including 、 lists (高血压、冠心病), when
//     the phrase ends with a condition suffix (…症, …病, …癌, 障碍 ...) right
//     before a stop (punctuation, 导致, 于, 的 ...) — an unknown word after it
//     means the phrase is not understood, and nothing is reported;
//   - the condition before a patient cue (系精神分裂症患者, 有癫痫病史);
//   - listed conditions without a cue (精神分裂症, 乙型肝炎病毒携带者);
//   - a disability with its kind and grade (智力残疾二级, 肢体残疾), the grade
//     after 残疾等级;
//   - a person's pregnancy (怀孕五个月, 中期妊娠), not a class of people in a
//     statute (怀孕的妇女);
//   - every other occurrence of a condition phrase or listed term it has
//     reported in the document (因治疗精神分裂症花费医疗费), so that one
//     mention does not give away what the others mask.
// It never reports a generic word (疾病, 多种疾病, 重病), a condition of
// someone the phrase names (妻子重病), a negated one (无精神病史), a term
// naming an institution or a document (精神病医院, 艾滋病防治办公室), what a
// drug treats (用于治疗癫痫), a quoted nickname (“尿毒症”), text inside 《》
// or a quoted statute (规定：“…”), or the tail zone and a header zone that
// holds no sentence.
//
// Injury findings (轻伤二级, 十级伤残, 颅脑损伤 after a diagnosis cue) are
// reported only where the policy says so for the case kind; the national
// default keeps them, as it keeps 刑事责任能力 conclusions, causes of death
// and hospital names, which this finder never reports.
//
// The case kind comes from the header as in PeopleFinder: criminal when the
// case type contains 刑 or the document type 刑事, then civil (民, 民事),
// administrative (行, 行政), other.
//
// HealthFinder is a span source (span_source.h): Find appends to the sink
// spans in byte ranges of doc.text (the normalized view), sorted, not
// overlapping; their rule and reason are string literals. It reads
// doc.header for the case kind and zones, and finds which of its words occur
// with one pass of a literal automaton (the words are literals), so Find
// never fails. Detectors report; this class never edits. Immutable after
// construction; Find is thread-safe.
#ifndef WENSHU_REDACTORS_HEALTH_H_
#define WENSHU_REDACTORS_HEALTH_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "redactors/literal_automaton.h"
#include "redactors/policy.h"
#include "redactors/span_source.h"

namespace wenshu {

class HealthFinder : public SpanSource {
 public:
  enum class CaseKind { kCriminal, kCivil, kAdministrative, kOther };
  // The case kind of a document from its header (see above).
  static CaseKind KindOf(const DocumentHeader& header);

  // Copies what it needs from `policy`; a disabled policy finds nothing.
  explicit HealthFinder(const HealthPolicy& policy);

  std::string_view name() const override { return "health"; }
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

  // The automaton over the policy's cue and term words (for a WordPass).
  const LiteralAutomaton* word_automaton() const { return &words_automaton_; }

 private:
  // The policy's cue and term words present in the scanned text, from the
  // automaton's hits (ScanContext::WordHits: its own pass, or a WordPass),
  // so that the scan looks only for those.
  std::unordered_set<std::string_view> WordsIn(
      const std::vector<WordHit>& hits) const;

  HealthPolicy policy_;
  std::vector<std::string> words_;  // a word is known by its index here
  LiteralAutomaton words_automaton_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_HEALTH_H_
