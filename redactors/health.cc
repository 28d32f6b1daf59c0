#include "redactors/health.h"

#include <algorithm>
#include <utility>

#include "core/byte_search.h"
#include "core/utf8.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

// A condition name is short; a longer run after a cue is a sentence this
// finder does not understand, and it reports nothing rather than guess.
constexpr int kMaxForwardChars = 16;
constexpr int kMaxBackwardChars = 12;
constexpr int kMaxListItems = 8;
// How far a pregnancy term looks for the class it may describe (怀孕或者
// 正在哺乳自己婴儿的妇女).
constexpr int kMaxClassChars = 20;

// Joiners of a list of conditions after one cue (高血压、冠心病).
constexpr std::string_view kConnectors[] = {"、",   "以及", "并伴有", "伴有",
                                            "合并", "和",   "及"};
// Between 残疾等级 / 伤残等级 and the grade.
constexpr std::string_view kGradeJoiners[] = {
    "被评定为", "评定为", "鉴定为", "为", "是", "系", ":"};
constexpr std::string_view kGradeDigits[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾",
    "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9"};
constexpr std::string_view kCountDigits[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两",
    "半", "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9"};
constexpr std::string_view kDurationUnits[] = {"星期", "月", "周", "天"};
constexpr std::string_view kPregnancyPrefixes[] = {"中期", "早期", "晚期",
                                                   "宫内"};
// A pregnancy term in a clause about one of these describes a class of
// people (sentencing and custody statutes) or an animal (怀孕母猪), not a
// person.
constexpr std::string_view kClassWords[] = {"妇女", "女性", "的人", "母猪",
                                            "母牛", "母羊", "母马", "母驴",
                                            "母狗", "雌",   "牲畜"};
// Words the scan looks for beside the policy's: 残疾等级 before a grade,
// 孕 before a duration (孕8周), 伤残 of an injury's grade.
constexpr std::string_view kDisabilityGradeCue = "残疾等级";
constexpr std::string_view kPregnant = "孕";
constexpr std::string_view kInjuryDisability = "伤残";

// Characters a condition phrase is made of: ideographs, ASCII letters and
// digits (HIV阳性, 2型糖尿病). Anything else ends a phrase.
bool IsPhraseChar(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF) ||
         (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
         (cp >= '0' && cp <= '9');
}

bool StartsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos <= text.size() && text.size() - pos >= word.size() &&
         text.compare(pos, word.size(), word) == 0;
}

bool EndsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && pos <= text.size() &&
         text.compare(pos - word.size(), word.size(), word) == 0;
}

template <typename Words>
size_t LongestStartingAt(std::string_view text, size_t pos,
                         const Words& words) {
  size_t best = 0;
  for (std::string_view w : words)
    if (w.size() > best && StartsAt(text, pos, w)) best = w.size();
  return best;
}

template <typename Words>
size_t LongestEndingAt(std::string_view text, size_t pos, const Words& words) {
  size_t best = 0;
  for (std::string_view w : words)
    if (w.size() > best && EndsAt(text, pos, w)) best = w.size();
  return best;
}

template <typename Words>
bool ContainsAny(std::string_view phrase, const Words& words) {
  for (std::string_view w : words)
    if (phrase.find(w) != std::string_view::npos) return true;
  return false;
}

template <typename Words>
bool IsOneOf(std::string_view phrase, const Words& words) {
  for (std::string_view w : words)
    if (phrase == w) return true;
  return false;
}

// End of a grade (二级, 壹级, 10级) starting at `pos`, or npos.
size_t GradeEnd(std::string_view text, size_t pos) {
  size_t at = pos;
  for (int i = 0; i < 2; ++i) {
    const size_t n = LongestStartingAt(text, at, kGradeDigits);
    if (n == 0) break;
    at += n;
  }
  if (at == pos || !StartsAt(text, at, "级")) return std::string_view::npos;
  return at + std::string_view("级").size();
}

// End of a duration (五个月, 3个多月, 约24周) starting at `pos`, or `pos`.
size_t DurationEnd(std::string_view text, size_t pos) {
  size_t at = pos;
  if (StartsAt(text, at, "约")) at += std::string_view("约").size();
  const size_t digits_from = at;
  for (size_t n; (n = LongestStartingAt(text, at, kCountDigits)) > 0;) at += n;
  if (at == digits_from) return pos;
  if (StartsAt(text, at, "个")) at += std::string_view("个").size();
  for (std::string_view more : {"多", "余"})
    if (StartsAt(text, at, more)) at += more.size();
  const size_t unit = LongestStartingAt(text, at, kDurationUnits);
  return unit > 0 ? at + unit : pos;
}

// Rule names (string literals, as Span requires).
constexpr std::string_view kConditionAfterCue = "health_condition_after_cue";
constexpr std::string_view kConditionBeforePatient =
    "health_condition_before_patient_cue";
constexpr std::string_view kListedCondition = "health_listed_condition";
constexpr std::string_view kRepeatedCondition = "health_repeated_condition";

struct Phrase {
  size_t begin = 0;
  size_t end = 0;
};

// One document's scan. Holds views of the policy and the text.
class Scan {
 public:
  // `present`: the policy words that occur in `text`; the scan looks for
  // no other.
  Scan(const HealthPolicy& policy, const HealthCaseKindPolicy& kind,
       std::string_view text, const DocumentHeader& header,
       std::unordered_set<std::string_view> present)
      : policy_(policy),
        kind_(kind),
        text_(text),
        header_(header),
        present_(std::move(present)) {}

  std::vector<Span> Run() {
    AfterCues();
    BeforePatientCues();
    if (kind_.conditions) {
      ListedTerms();
      Disabilities();
      Pregnancies();
    }
    if (kind_.injuries) InjuryGrades();
    if (kind_.conditions) Repeats();
    return Merged();
  }

 private:
  // The ranges where nothing is reported, found the first time a place
  // is asked about (most judgments name no condition, and then none is).
  const std::vector<ByteRange>& SkippedRanges() const {
    if (skipped_ready_) return skipped_;
    skipped_ready_ = true;
    for (const ZoneSpan& z : header_.zones) {
      // A header holds the court, the document type and the case number;
      // one that runs over a sentence (a document type found only late in
      // a fragment) is not skipped, lest a condition in it be missed.
      const bool real_header = z.zone == Zone::kHeader &&
                               FindBytes(text_.substr(z.begin, z.end - z.begin),
                                         "。") == std::string_view::npos;
      if (real_header || z.zone == Zone::kTail)
        skipped_.push_back({z.begin, z.end});
    }
    SkipQuotedStatutesAndTitles();
    std::sort(skipped_.begin(), skipped_.end(),
              [](const ByteRange& a, const ByteRange& b) {
                return a.begin < b.begin;
              });
    return skipped_;
  }

  // Statute text quoted after 规定 or an article number (规定：“…”) and
  // titles in 《》 speak of classes of people and of laws, not of a person.
  void SkipQuotedStatutesAndTitles() const {
    for (size_t q = FindBytes(text_, "“"); q != std::string_view::npos;
         q = FindBytes(text_, "“", q + 1)) {
      size_t before = q;
      for (int i = 0; i < 2; ++i) {
        const size_t prev = PreviousCharBoundary(text_, before);
        const std::string_view c = text_.substr(prev, before - prev);
        if (c != ":" && c != "," && c != " " && c != "：" && c != "，") break;
        before = prev;
      }
      if (!EndsAt(text_, before, "规定") && !EndsAt(text_, before, "条") &&
          !EndsAt(text_, before, "款") && !EndsAt(text_, before, "项"))
        continue;
      const size_t close = FindBytes(text_, "”", q);
      if (close == std::string_view::npos) continue;
      skipped_.push_back({q, close});
    }
    for (size_t t = FindBytes(text_, "《"); t != std::string_view::npos;
         t = FindBytes(text_, "《", t + 1)) {
      const size_t close = FindBytes(text_, "》", t);
      if (close == std::string_view::npos) break;
      skipped_.push_back({t, close});
    }
  }

  bool Skipped(size_t pos) const {
    for (const ByteRange& r : SkippedRanges()) {
      if (r.begin > pos) break;
      if (pos < r.end) return true;
    }
    return false;
  }

  bool NegatedAt(size_t pos) const {
    return LongestEndingAt(text_, pos, policy_.negations) > 0;
  }

  bool InstitutionAt(size_t pos) const {
    return LongestStartingAt(text_, pos, policy_.institution_words) > 0;
  }

  // A phrase ends here: punctuation, the end of the text, a cue, a stop
  // word or a list connector.
  bool BoundaryAt(size_t pos) const {
    return pos >= text_.size() || !IsPhraseChar(CodePointAt(text_, pos)) ||
           LongestStartingAt(text_, pos, policy_.cues) > 0 ||
           LongestStartingAt(text_, pos, policy_.stop_words) > 0 ||
           LongestStartingAt(text_, pos, kConnectors) > 0;
  }

  // ... and, reading backwards, one starts here.
  bool BoundaryBefore(size_t pos) const {
    if (pos == 0) return true;
    const size_t prev = PreviousCharBoundary(text_, pos);
    return !IsPhraseChar(CodePointAt(text_, prev)) ||
           LongestEndingAt(text_, pos, policy_.cues) > 0 ||
           LongestEndingAt(text_, pos, policy_.stop_words) > 0 ||
           LongestEndingAt(text_, pos, kConnectors) > 0;
  }

  // 疾病, 多种疾病, 严重的 … nothing a reader learns a diagnosis from.
  bool IsGeneric(std::string_view phrase) const {
    for (size_t n;
         !phrase.empty() &&
         (n = LongestStartingAt(phrase, 0, policy_.generic_modifiers)) > 0;)
      phrase.remove_prefix(n);
    return phrase.empty() || IsOneOf(phrase, policy_.generic_conditions);
  }

  // Reports [begin, end) as a condition or an injury, as the case kind
  // says. Returns false when the phrase is not a condition at all.
  bool Accept(Phrase p, std::string_view condition_rule,
              std::string_view condition_reason) {
    const std::string_view phrase = text_.substr(p.begin, p.end - p.begin);
    const bool condition_end =
        LongestEndingAt(phrase, phrase.size(), policy_.condition_suffixes) > 0;
    const bool injury_end =
        LongestEndingAt(phrase, phrase.size(), policy_.injury_words) > 0;
    if (!condition_end && !injury_end) return false;
    if (ContainsAny(phrase, policy_.other_person_words)) return false;
    if (IsGeneric(phrase)) return false;
    if (InstitutionAt(p.end)) return false;
    if (ContainsAny(phrase, policy_.injury_words)) {
      if (kind_.injuries) {
        Add(p, "health_injury_after_cue",
            "injury after a diagnosis cue; the policy reports injuries for "
            "this case kind");
      }
      return true;
    }
    if (kind_.conditions) Add(p, condition_rule, condition_reason);
    return true;
  }

  void Add(Phrase p, std::string_view rule, std::string_view reason) {
    Span s;
    s.begin = p.begin;
    s.end = p.end;
    s.category = Category::kHealth;
    s.rule = rule;
    s.reason = reason;
    spans_.push_back(s);
  }

  // The phrase that starts at `begin` and runs to the first boundary, or
  // nothing when none comes within kMaxForwardChars.
  bool PhraseFrom(size_t begin, Phrase* out) const {
    if (BoundaryAt(begin)) return false;  // 患有的疾病
    size_t end = begin;
    for (int n = 0; n < kMaxForwardChars; ++n) {
      end = NextCharBoundary(text_, end);
      if (BoundaryAt(end)) break;
    }
    if (!BoundaryAt(end)) return false;
    *out = {begin, end};
    return true;
  }

  // 患有高血压、冠心病 … : the conditions after each cue.
  void AfterCues() {
    std::vector<std::pair<size_t, size_t>> hits;  // position, cue length
    for (const std::string& cue : policy_.cues) {
      if (!present_.count(cue)) continue;
      for (size_t at = FindBytes(text_, cue); at != std::string_view::npos;
           at = FindBytes(text_, cue, at + 1))
        hits.emplace_back(at, cue.size());
    }
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    size_t last = std::string_view::npos;
    for (const auto& [at, length] : hits) {
      if (at == last) continue;  // a shorter cue at the same place
      last = at;
      if (Skipped(at) || NegatedAt(at)) continue;
      size_t from = at + length;
      for (int item = 0; item < kMaxListItems; ++item) {
        Phrase p;
        if (!PhraseFrom(from, &p)) break;
        if (!Accept(p, kConditionAfterCue,
                    "condition phrase after a diagnosis cue (患有, 诊断为)"))
          break;
        const size_t joiner = LongestStartingAt(text_, p.end, kConnectors);
        if (joiner == 0) break;
        from = p.end + joiner;
      }
    }
  }

  // 系精神分裂症患者, 有癫痫病史.
  void BeforePatientCues() {
    for (const std::string& cue : policy_.patient_cues) {
      if (!present_.count(cue)) continue;
      for (size_t at = FindBytes(text_, cue); at != std::string_view::npos;
           at = FindBytes(text_, cue, at + 1)) {
        if (Skipped(at)) continue;
        // 病史 ends a condition whose 病 it shares (精神病史), unless the
        // condition has its own (高血压病病史).
        size_t end = at;
        if (StartsAt(cue, 0, "病") && !EndsAt(text_, at, "病"))
          end += std::string_view("病").size();
        size_t begin = at;
        int n = 0;
        while (n < kMaxBackwardChars && !BoundaryBefore(begin)) {
          begin = PreviousCharBoundary(text_, begin);
          ++n;
        }
        if (begin == at || !BoundaryBefore(begin) || NegatedAt(begin)) continue;
        Accept({begin, end}, kConditionBeforePatient,
               "condition before 患者 or 病史");
      }
    }
  }

  // 精神分裂症, 乙型肝炎病毒携带者: conditions named without a cue.
  void ListedTerms() {
    for (const std::string& term : policy_.condition_terms) {
      if (!present_.count(term)) continue;
      for (size_t at = FindBytes(text_, term); at != std::string_view::npos;
           at = FindBytes(text_, term, at + 1)) {
        if (LongestStartingAt(text_, at, policy_.condition_terms) !=
            term.size())
          continue;  // a longer term starts here
        const size_t end = at + term.size();
        if (Skipped(at) || NegatedAt(at) || InstitutionAt(end)) continue;
        // A quoted word is a nickname or the word itself (向“尿毒症”购买);
        // after 治疗 a drug's use (用于治疗癫痫的处方药).
        if (EndsAt(text_, at, "“") && StartsAt(text_, end, "”")) continue;
        if (LongestEndingAt(text_, at, policy_.treatment_words) > 0) continue;
        Add({at, end}, kListedCondition, "condition term listed in the policy");
      }
    }
  }

  // 智力残疾二级, 肢体残疾人; 残疾等级为二级.
  void Disabilities() {
    for (const std::string& kind : policy_.disability_kinds) {
      const std::string word = kind + "残疾";
      if (!present_.count(word)) continue;
      for (size_t at = FindBytes(text_, word); at != std::string_view::npos;
           at = FindBytes(text_, word, at + 1)) {
        if (Skipped(at) || NegatedAt(at)) continue;
        size_t end = at + word.size();
        const size_t grade = GradeEnd(text_, end);
        if (grade != std::string_view::npos) end = grade;
        size_t after = end;
        if (StartsAt(text_, after, "人"))
          after += std::string_view("人").size();
        // 残疾赔偿金 is a head of damages; 残疾人联合会 an organisation.
        if (StartsAt(text_, after, "赔偿") || InstitutionAt(after)) continue;
        Add({at, end}, "health_disability", "kind and grade of a disability");
      }
    }
    const std::string_view cue = kDisabilityGradeCue;
    if (!present_.count(cue)) return;
    for (size_t at = FindBytes(text_, cue); at != std::string_view::npos;
         at = FindBytes(text_, cue, at + 1)) {
      if (Skipped(at)) continue;
      size_t from = at + cue.size();
      from += LongestStartingAt(text_, from, kGradeJoiners);
      const size_t grade = GradeEnd(text_, from);
      if (grade == std::string_view::npos) continue;
      Add({from, grade}, "health_disability_grade", "grade after 残疾等级");
    }
  }

  // 怀孕五个月, 中期妊娠, 孕8周 — not 怀孕的妇女.
  void Pregnancies() {
    for (const std::string& term : policy_.pregnancy_terms) {
      if (!present_.count(term)) continue;
      for (size_t at = FindBytes(text_, term); at != std::string_view::npos;
           at = FindBytes(text_, term, at + 1)) {
        if (Skipped(at) || NegatedAt(at) || DescribesAClass(at)) continue;
        size_t begin = at;
        if (const size_t n = LongestEndingAt(text_, at, kPregnancyPrefixes))
          begin -= n;
        Add({begin, DurationEnd(text_, at + term.size())}, "health_pregnancy",
            "pregnancy of a person");
      }
    }
    const std::string_view pregnant = kPregnant;
    if (!present_.count(pregnant)) return;
    for (size_t at = FindBytes(text_, pregnant); at != std::string_view::npos;
         at = FindBytes(text_, pregnant, at + 1)) {
      const size_t end = DurationEnd(text_, at + pregnant.size());
      if (end == at + pregnant.size() || Skipped(at)) continue;
      if (LongestEndingAt(text_, at + pregnant.size(),
                          policy_.pregnancy_terms) > 0)
        continue;  // 怀孕五个月, reported above
      Add({at, end}, "health_pregnancy", "pregnancy of a person");
    }
  }

  bool DescribesAClass(size_t at) const {
    size_t pos = at;
    for (int n = 0; n < kMaxClassChars && pos < text_.size(); ++n) {
      if (!IsPhraseChar(CodePointAt(text_, pos))) break;
      if (LongestStartingAt(text_, pos, kClassWords) > 0) return true;
      pos = NextCharBoundary(text_, pos);
    }
    return false;
  }

  // A condition reported once is reported wherever the same words recur
  // (因治疗精神分裂症花费医疗费 after 诊断为精神分裂症), so that masking it
  // in one place does not leave it readable in the next sentence. Only
  // condition phrases and listed terms recur this way, never a pregnancy
  // or a grade, which also occur in statute text and numbers.
  void Repeats() {
    std::vector<std::string_view> conditions;
    for (const Span& s : spans_) {
      if (s.rule != kConditionAfterCue && s.rule != kConditionBeforePatient &&
          s.rule != kListedCondition)
        continue;
      const std::string_view words = text_.substr(s.begin, s.size());
      if (std::find(conditions.begin(), conditions.end(), words) ==
          conditions.end())
        conditions.push_back(words);
    }
    for (std::string_view words : conditions) {
      for (size_t at = FindBytes(text_, words); at != std::string_view::npos;
           at = FindBytes(text_, words, at + 1)) {
        const size_t end = at + words.size();
        if (Skipped(at) || NegatedAt(at) || InstitutionAt(end)) continue;
        if (EndsAt(text_, at, "“") && StartsAt(text_, end, "”")) continue;
        Add({at, end}, kRepeatedCondition,
            "words of a condition reported elsewhere in the document");
      }
    }
  }

  // Injury findings, only where the policy reports injuries: 构成轻伤二级,
  // 十级伤残, 伤残等级为十级.
  void InjuryGrades() {
    for (const std::string& finding : policy_.injury_findings) {
      if (!present_.count(finding)) continue;
      for (size_t at = FindBytes(text_, finding); at != std::string_view::npos;
           at = FindBytes(text_, finding, at + 1)) {
        if (LongestStartingAt(text_, at, policy_.injury_findings) !=
            finding.size())
          continue;
        if (Skipped(at) ||
            LongestEndingAt(text_, at, policy_.finding_cues) == 0)
          continue;
        Add({at, at + finding.size()}, "health_injury_finding",
            "injury-severity finding; the policy reports injuries for this "
            "case kind");
      }
    }
    const std::string_view disability = kInjuryDisability;
    if (!present_.count(disability)) return;
    for (size_t at = FindBytes(text_, disability); at != std::string_view::npos;
         at = FindBytes(text_, disability, at + 1)) {
      if (Skipped(at)) continue;
      // 十级伤残
      if (EndsAt(text_, at, "级")) {
        size_t begin = at - std::string_view("级").size();
        for (int i = 0; i < 2; ++i) {
          const size_t n = LongestEndingAt(text_, begin, kGradeDigits);
          if (n == 0) break;
          begin -= n;
        }
        if (begin + std::string_view("级").size() < at) {
          Add({begin, at + disability.size()}, "health_injury_grade",
              "disability grade of an injury; the policy reports injuries "
              "for this case kind");
          continue;
        }
      }
      // 伤残等级为十级, 伤残十级
      size_t from = at + disability.size();
      if (StartsAt(text_, from, "等级"))
        from += std::string_view("等级").size();
      from += LongestStartingAt(text_, from, kGradeJoiners);
      const size_t grade = GradeEnd(text_, from);
      if (grade == std::string_view::npos) continue;
      Add({from, grade}, "health_injury_grade",
          "disability grade of an injury; the policy reports injuries for "
          "this case kind");
    }
  }

  // Sorted, overlapping spans joined (both name one condition).
  std::vector<Span> Merged() {
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<Span> out;
    for (const Span& s : spans_) {
      if (!out.empty() && s.begin < out.back().end) {
        out.back().end = std::max(out.back().end, s.end);
        continue;
      }
      out.push_back(s);
    }
    return out;
  }

  const HealthPolicy& policy_;
  const HealthCaseKindPolicy& kind_;
  std::string_view text_;
  const DocumentHeader& header_;
  std::unordered_set<std::string_view> present_;
  mutable bool skipped_ready_ = false;
  mutable std::vector<ByteRange> skipped_;  // SkippedRanges()
  std::vector<Span> spans_;
};

}  // namespace

HealthFinder::CaseKind HealthFinder::KindOf(const DocumentHeader& header) {
  const std::string type =
      header.case_number ? header.case_number->type_code : std::string();
  const auto has = [](const std::string& s, std::string_view w) {
    return s.find(w) != std::string::npos;
  };
  if (has(type, "刑") || has(header.doc_type, "刑事"))
    return CaseKind::kCriminal;
  if (has(type, "民") || has(header.doc_type, "民事")) return CaseKind::kCivil;
  if (has(type, "行") || has(header.doc_type, "行政"))
    return CaseKind::kAdministrative;
  return CaseKind::kOther;
}

namespace {

std::vector<std::string> HealthWords(const HealthPolicy& policy) {
  // The fixed words the scan looks for too: whether they occur at all comes
  // with the policy's words, from the same pass.
  std::vector<std::string> words = {std::string(kDisabilityGradeCue),
                                    std::string(kPregnant),
                                    std::string(kInjuryDisability)};
  for (const std::vector<std::string>* list :
       {&policy.cues, &policy.patient_cues, &policy.condition_terms,
        &policy.pregnancy_terms, &policy.injury_findings}) {
    words.insert(words.end(), list->begin(), list->end());
  }
  for (const std::string& kind : policy.disability_kinds)
    words.push_back(kind + "残疾");
  return words;
}

}  // namespace

HealthFinder::HealthFinder(const HealthPolicy& policy)
    : policy_(policy),
      words_(HealthWords(policy_)),
      words_automaton_(words_) {}

std::unordered_set<std::string_view> HealthFinder::WordsIn(
    const std::vector<WordHit>& hits) const {
  std::vector<bool> seen(words_.size(), false);
  for (const WordHit& hit : hits) seen[hit.word] = true;
  std::unordered_set<std::string_view> present;
  for (size_t i = 0; i < words_.size(); ++i)
    if (seen[i]) present.insert(words_[i]);
  return present;
}

Status HealthFinder::Find(const Document& doc, ScanContext& scan,
                          SpanSink& sink) const {
  if (!policy_.enabled) return Status::Ok();
  const HealthCaseKindPolicy* kind = &policy_.other;
  switch (KindOf(doc.header)) {
    case CaseKind::kCriminal:
      kind = &policy_.criminal;
      break;
    case CaseKind::kCivil:
      kind = &policy_.civil;
      break;
    case CaseKind::kAdministrative:
      kind = &policy_.administrative;
      break;
    case CaseKind::kOther:
      break;
  }
  if (!kind->conditions && !kind->injuries) return Status::Ok();
  sink.Append(
      Scan(policy_, *kind, doc.text, doc.header,
           WordsIn(scan.WordHits(words_automaton_)))
          .Run());
  return Status::Ok();
}

}  // namespace wenshu
