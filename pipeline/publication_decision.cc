#include "pipeline/publication_decision.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>
#include <utility>

#include "core/byte_search.h"
#include "core/regex.h"
#include "core/span.h"
#include "redactors/detector.h"
#include "redactors/party_block.h"
#include "redactors/person_names.h"

namespace wenshu {
namespace {

using Outcome = PublicationDecision::Outcome;

// The longest entry of `list` that `s` ends with, or empty.
std::string_view SuffixFrom(std::string_view s,
                            const std::vector<std::string>& list) {
  std::string_view best;
  for (const std::string& suffix : list) {
    if (s.ends_with(suffix) && suffix.size() > best.size()) best = suffix;
  }
  return best;
}

const std::string* FlagFrom(const std::vector<std::string>& flags,
                            const std::vector<std::string>& list) {
  for (const std::string& f : flags) {
    if (std::find(list.begin(), list.end(), f) != list.end()) return &f;
  }
  return nullptr;
}

// Occurrences of the words in text[from, to); the first word found goes to
// `first`.
int CountWords(std::string_view text, size_t from, size_t to,
               const std::vector<std::string>& words, std::string* first) {
  int hits = 0;
  size_t first_at = std::string_view::npos;
  const std::string_view region = text.substr(from, to - from);
  // Words that all begin alike (涉及国家秘密, 涉密案件) occur nowhere when
  // their common beginning does not: one search instead of one per word.
  if (!words.empty()) {
    std::string_view common = words[0];
    for (const std::string& w : words) {
      size_t n = 0;
      while (n < common.size() && n < w.size() && common[n] == w[n]) ++n;
      common = common.substr(0, n);
    }
    if (!common.empty() && FindBytes(region, common) == std::string_view::npos)
      return 0;
  }
  for (const std::string& w : words) {
    for (size_t at = FindBytes(region, w); at != std::string_view::npos;
         at = FindBytes(region, w, at + w.size())) {
      ++hits;
      if (at < first_at) {
        first_at = at;
        *first = w;
      }
    }
  }
  return hits;
}

// Completed years of age on `day` (rules of criminal law: a birthday year
// is completed from the day after the birthday).
int AgeOn(const Date& birth, const Date& day) {
  int age = day.year - birth.year;
  if (std::tie(day.month, day.day) <= std::tie(birth.month, birth.day)) --age;
  return age;
}

struct DatedClause {
  Date date;
  std::string_view sentence;  // from the date to the end of its sentence
};

// Full Arabic-numeral dates (2023年1月5日) in text[from, to), each with the
// rest of its sentence.
std::vector<DatedClause> DatesIn(std::string_view text, size_t from,
                                 size_t to) {
  // No groups: the numbers are read off the match, whose shape is fixed,
  // and RE2 finds a match without its slower submatch engines.
  static const Regex* date = new Regex(R"((?:19|20)\d\d年\d{1,2}月\d{1,2}日)");
  // Every match has its 年 four bytes after its start.
  static constexpr Regex::Anchor kYear = {"年", 4, 4};
  static constexpr std::string_view kYearWord = "年", kMonthWord = "月";
  // The digits at the start of `digits`, as a number.
  const auto number = [](std::string_view digits) {
    int n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
  };
  std::vector<DatedClause> out;
  RegexMatch m;
  size_t pos = from;
  while (date->SearchAnchored(text, pos, to, kYear, &m)) {
    const std::string_view whole = m.groups[0];
    pos = whole.data() - text.data() + whole.size();
    const size_t month_at = 4 + kYearWord.size();
    const size_t day_at = whole.find(kMonthWord, month_at) + kMonthWord.size();
    const int y = number(whole);
    const int mo = number(whole.substr(month_at));
    const int d = number(whole.substr(day_at));
    if (!IsValidDate(y, mo, d)) continue;
    const size_t begin = whole.data() - text.data();
    size_t end = FindBytes(text, "。", begin);
    if (end == std::string_view::npos || end > to) end = to;
    out.push_back({{y, mo, d}, text.substr(begin, end - begin)});
  }
  return out;
}

// True when the sentence after a date speaks of the defendant: an offence
// date (2019年11月，被告人韦某…), not a date of the background (该山场2001年
// 12月30日划入保护区).
bool NamesDefendant(std::string_view sentence, std::string_view name) {
  return (!name.empty() &&
          FindBytes(sentence, name) != std::string_view::npos) ||
         FindBytes(sentence, "被告人") != std::string_view::npos;
}

bool IsCriminal(const DocumentHeader& header) {
  return (header.case_number &&
          header.case_number->type_code.find("刑") != std::string::npos) ||
         header.doc_type.find("刑事") != std::string::npos;
}

// A civil document, not a criminal one with an incidental civil part
// (刑事附带民事判决书).
bool IsCivil(const DocumentHeader& header) {
  if (IsCriminal(header)) return false;
  return (header.case_number &&
          header.case_number->type_code.find("民") != std::string::npos) ||
         header.doc_type.find("民事") != std::string::npos;
}

ByteRange ZoneOf(const DocumentHeader& header, Zone zone) {
  for (const ZoneSpan& z : header.zones) {
    if (z.zone == zone) return {z.begin, z.end};
  }
  return {0, 0};
}

class Decision {
 public:
  void Withhold(std::string ground, std::string field, std::string value) {
    if (std::find(out_.grounds.begin(), out_.grounds.end(), ground) ==
        out_.grounds.end())
      out_.grounds.push_back(ground);
    out_.reasons.push_back(
        {std::move(ground), std::move(field), std::move(value)});
  }
  void Hold(std::string reason, std::string field, std::string value) {
    if (out_.hold_reason.empty()) out_.hold_reason = reason;
    out_.reasons.push_back({"hold", std::move(field), std::move(value)});
  }
  void Note(std::string what, std::string field, std::string value) {
    out_.reasons.push_back(
        {std::move(what), std::move(field), std::move(value)});
  }
  // A signal the decision rests on, "where:what"; `from_text` when it was
  // read from the words of the text rather than the metadata, the stated
  // cause or the document type.
  void Signal(std::string_view where, std::string_view what, bool from_text) {
    std::string signal = std::string(where) + ":" + std::string(what);
    if (std::find(out_.signals.begin(), out_.signals.end(), signal) ==
        out_.signals.end())
      out_.signals.push_back(std::move(signal));
    if (from_text) out_.inferred = true;
  }
  bool Withheld(std::string_view ground) const {
    return std::find(out_.grounds.begin(), out_.grounds.end(), ground) !=
           out_.grounds.end();
  }
  PublicationDecision& result() { return out_; }

  // `stub_in_doubt`: a hold that questions what even a stub may show
  // (state-secret words without the flag).
  void HoldStub() { stub_in_doubt_ = true; }

  PublicationDecision Finish() {
    // A certain ground withholds the document whatever else is in doubt;
    // without one, a doubt holds it for a person to decide, with what was
    // found in the reasons.
    if (!out_.grounds.empty() && !stub_in_doubt_) {
      out_.outcome = Outcome::kWithhold;
      out_.hold_reason.clear();
    } else if (!out_.hold_reason.empty()) {
      out_.outcome = Outcome::kHold;
    }
    return std::move(out_);
  }

 private:
  PublicationDecision out_;
  bool stub_in_doubt_ = false;
};

}  // namespace

// What one inference word counts for; a word may be on several lists.
struct CauseWordIndex {
  struct Kind {
    int custody = 0;  // score toward a divorce or custody dispute
    int family = 0;   // score toward another family dispute
    bool other_civil = false;
    bool dependant = false;
    bool incidental = false;  // a family word that may be background
  };
  // The words in CauseInferenceWords' order, found in one pass.
  std::optional<LiteralAutomaton> in_order;
  std::map<std::string, Kind, std::less<>> kinds;
};

namespace {

// A word and how often it was counted, in the order first found.
using WordCounts = std::vector<std::pair<std::string, int>>;

void Count(WordCounts* counts, std::string_view word) {
  for (auto& [w, n] : *counts) {
    if (w == word) {
      ++n;
      return;
    }
  }
  counts->emplace_back(word, 1);
}

std::string Joined(const WordCounts& counts) {
  std::string out;
  for (const auto& [w, n] : counts) {
    out += (out.empty() ? "" : "、") + w;
    if (n > 1) out += "×" + std::to_string(n);
  }
  return out;
}

struct CauseScores {
  int custody = 0;
  int family = 0;
  int other_civil = 0;
  int incidental = 0;  // the part of `family` from incidental words
  WordCounts custody_words, family_words, other_civil_words, incidental_words;
};

}  // namespace

PublicationDecider::PublicationDecider(const PublicationPolicy& policy,
                                       const PartyBlockPolicy& party_block)
    : policy_(policy), party_block_(party_block) {
  auto words = std::make_unique<CauseWordIndex>();
  auto mark = [&words](const std::vector<std::string>& list, auto&& set) {
    for (const std::string& w : list) set(words->kinds[w]);
  };
  const CauseInference& custody = policy_.infer_divorce_or_custody;
  const CauseInference& family = policy_.infer_family;
  const CauseBackground& background = policy_.infer_background;
  mark(custody.words,
       [](CauseWordIndex::Kind& k) { k.custody = std::max(k.custody, 1); });
  mark(custody.strong_words, [&custody](CauseWordIndex::Kind& k) {
    k.custody = std::max(k.custody, custody.strong_weight);
  });
  mark(family.words,
       [](CauseWordIndex::Kind& k) { k.family = std::max(k.family, 1); });
  mark(family.strong_words, [&family](CauseWordIndex::Kind& k) {
    k.family = std::max(k.family, family.strong_weight);
  });
  mark(background.other_civil_words,
       [](CauseWordIndex::Kind& k) { k.other_civil = true; });
  mark(background.dependant_words,
       [](CauseWordIndex::Kind& k) { k.dependant = true; });
  mark(background.incidental_family_words,
       [](CauseWordIndex::Kind& k) { k.incidental = true; });
  if (const std::vector<std::string> in_order = CauseInferenceWords(policy_);
      !in_order.empty())
    words->in_order.emplace(in_order);
  cause_words_ = std::move(words);
}

PublicationDecider::~PublicationDecider() = default;
PublicationDecider::PublicationDecider(PublicationDecider&&) noexcept = default;

namespace {

// Scores text[from, to) for the cause inference: every occurrence of an
// inference word, the longest at each place, except family and custody
// words in a dependant's damages (被抚养人生活费).
CauseScores ScoreCause(const CauseWordIndex& words, const CauseBackground& bg,
                       std::string_view text, size_t from, size_t to) {
  CauseScores s;
  if (!words.in_order || from >= to || to > text.size()) return s;
  size_t dependant_until = 0;
  for (const ByteRange& found :
       LeftmostFirstMatches(*words.in_order, text.substr(from, to - from))) {
    const size_t at = from + found.begin;
    const size_t pos = from + found.end;
    const std::string_view word = text.substr(at, pos - at);
    const auto kind = words.kinds.find(word);
    if (kind == words.kinds.end()) continue;
    const auto& k = kind->second;
    if (k.dependant) {
      dependant_until =
          pos + CharsAfter(text, pos, bg.dependant_window_chars).size();
      continue;
    }
    if (k.other_civil) {
      ++s.other_civil;
      Count(&s.other_civil_words, word);
    }
    if (at < dependant_until) continue;
    if (k.custody > 0) {
      s.custody += k.custody;
      Count(&s.custody_words, word);
    }
    if (k.family > 0) {
      s.family += k.family;
      Count(&s.family_words, word);
      if (k.incidental) {
        s.incidental += k.family;
        Count(&s.incidental_words, word);
      }
    }
  }
  return s;
}


// The words of `words` found in text[from, to), each once with how often
// it occurs, in the order of the list; an occurrence inside one of
// `not_within` (被抚养人生活费 holds 抚养) does not count.
WordCounts SignsIn(std::string_view text, size_t from, size_t to,
                   const std::vector<std::string>& words,
                   const std::vector<std::string>& not_within) {
  WordCounts out;
  if (from >= to || to > text.size()) return out;
  const std::string_view region = text.substr(from, to - from);
  // Where the words that hide a sign stand, looked for once a sign is
  // found (most texts hold none).
  std::vector<ByteRange> excluded;
  bool excluded_found = false;
  const auto find_excluded = [&]() {
    excluded_found = true;
    for (const std::string& e : not_within) {
      for (size_t at = FindBytes(region, e); at != std::string_view::npos;
           at = FindBytes(region, e, at + e.size()))
        excluded.push_back({at, at + e.size()});
    }
  };
  for (const std::string& w : words) {
    for (size_t at = FindBytes(region, w); at != std::string_view::npos;
         at = FindBytes(region, w, at + w.size())) {
      if (!excluded_found) find_excluded();
      const bool inside = std::any_of(
          excluded.begin(), excluded.end(), [&](const ByteRange& r) {
            return r.begin <= at && at + w.size() <= r.end;
          });
      if (!inside) Count(&out, w);
    }
  }
  return out;
}

enum class MinorParty { kYes, kNo, kUnknown };

// Whether a party of the party block (原告, 被告, 申请人 ...) is under
// `adult_age` at the decision; kUnknown when no party's age can be read
// (no birth date, or no decision date). `who` gets the minor, or the
// parties read, by role and age ("被告 11"): never by name, since the
// parties of a family cause are anonymized and the decision is output
// beside the public text.
MinorParty FindMinorParty(std::string_view text, const DocumentHeader& header,
                          const PartyBlockParser& party_block, int adult_age,
                          std::string* who) {
  if (!header.decision_date) return MinorParty::kUnknown;
  MinorParty out = MinorParty::kUnknown;
  for (const Participant& part :
       party_block.Parse(text, ZoneOf(header, Zone::kParties))) {
    if (part.kind != RoleKind::kParty || !part.birth_date) continue;
    const int age = AgeOn(*part.birth_date, *header.decision_date);
    const std::string entry = part.role + " " + std::to_string(age);
    if (age < adult_age) {
      *who = entry;
      return MinorParty::kYes;
    }
    *who += (who->empty() ? "" : "、") + entry;
    out = MinorParty::kNo;
  }
  return out;
}

// A place where a sign may stand: the stated cause, the title (the header
// before the case number's end) or the holding.
struct SignPlace {
  std::string name;  // "cause", "meta.cause", "title", "holding"
  std::string_view text;
};

// Divorce, custody and guardianship (rules §1): by the stated cause; by a
// sign in the cause, the title or the holding, whatever the cause; or, in
// a civil document that states no cause, by its words: the kind with the
// higher score wins, a tie holds the document. Only a sign can overrule
// a stated cause, and only toward withholding.
void DecideFamily(const PublicationPolicy& p, const CauseWordIndex& words,
                  const PartyBlockParser& party_block, std::string_view text,
                  const DocumentHeader& header, const InputMeta& meta,
                  Decision& d) {
  std::string cause = header.cause;
  if (IsCivil(header) && cause.ends_with("罪")) {
    // A charge quoted in a civil document (a related criminal judgment)
    // is not its cause.
    d.Note("cause_ignored", "cause", cause);
    cause.clear();
  }
  const bool from_meta = meta.cause && !meta.cause->empty() &&
                         *meta.cause == header.cause;
  const std::string cause_place = from_meta ? "meta.cause" : "cause";
  if (!cause.empty()) {
    d.Signal(cause_place, cause + " (stated)", false);
    if (CauseIsOneOf(cause, p.divorce_or_custody_causes,
                     p.divorce_or_custody_cause_words))
      d.Withhold("divorce_or_custody", "cause", cause);
  }
  // A cause the lists withhold cannot be made stricter.
  if (!IsCivil(header) || d.Withheld("divorce_or_custody")) return;

  // Signs in the cause, the title and the holding.
  const ByteRange title = ZoneOf(header, Zone::kHeader);
  const ByteRange holding = ZoneOf(header, Zone::kHolding);
  const CustodySigns& signs = p.custody_signs;
  std::vector<SignPlace> places;
  if (!cause.empty()) places.push_back({cause_place, cause});
  places.push_back(
      {"title", text.substr(title.begin, title.end - title.begin)});
  places.push_back(
      {"holding", text.substr(holding.begin, holding.end - holding.begin)});
  bool adoption = false;  // an adoption or paternity sign found
  std::string adoption_signs;
  for (const SignPlace& place : places) {
    const bool stated = place.name == cause_place;
    const WordCounts found = SignsIn(place.text, 0, place.text.size(),
                                     signs.words, signs.not_within);
    if (!found.empty()) {
      d.Withhold("divorce_or_custody", place.name, Joined(found));
      for (const auto& [w, n] : found) {
        d.Signal(place.name,
                 w + (n > 1 ? "×" + std::to_string(n) : std::string()),
                 !stated);
      }
    }
    const WordCounts minor_words = SignsIn(
        place.text, 0, place.text.size(), signs.minor_party_words, {});
    if (!minor_words.empty()) {
      adoption = true;
      adoption_signs += (adoption_signs.empty() ? "" : ", ") + place.name +
                        ": " + Joined(minor_words);
      for (const auto& [w, n] : minor_words) d.Signal(place.name, w, !stated);
    }
  }
  if (adoption) {
    std::string who;
    switch (FindMinorParty(text, header, party_block, p.adult_age, &who)) {
      case MinorParty::kYes:
        d.Withhold("divorce_or_custody", "party_block", who);
        d.Signal("party_block", "under " + std::to_string(p.adult_age) +
                                    " at the decision: " + who,
                 true);
        break;
      case MinorParty::kNo:
        d.Note("adoption_adults", "party_block", who);
        d.Signal("party_block", "adults at the decision: " + who, true);
        break;
      case MinorParty::kUnknown:
        d.Hold("an adoption or paternity matter (" + adoption_signs +
                   ") and no party's age at the decision could be read",
               "party_block", adoption_signs);
        d.Signal("party_block", "no party's age", true);
        break;
    }
  }
  if (!cause.empty()) return;

  // No cause stated: the words of the body decide.
  const ByteRange head = title;
  const ByteRange tail = ZoneOf(header, Zone::kTail);
  const size_t body_end = tail.end > tail.begin ? tail.begin : text.size();
  CauseScores score =
      ScoreCause(words, p.infer_background, text, head.end, body_end);
  const std::string other_words = Joined(score.other_civil_words);
  const int dominance = p.infer_background.dominance;
  if (score.custody > 0 && dominance > 0 &&
      score.other_civil >= dominance * score.custody) {
    // A divorce or a child in the facts of another civil dispute.
    d.Note("custody_background", "text",
           Joined(score.custody_words) + " / " + other_words);
    d.Signal("text", Joined(score.custody_words) + " (background of " +
                         std::to_string(score.other_civil) +
                         " words of other disputes)",
             true);
    score.custody = 0;
    score.custody_words.clear();
  }
  const int incidental = p.infer_background.incidental_dominance;
  if (score.incidental > 0 && incidental > 0 &&
      score.other_civil >= incidental * score.incidental) {
    // A relationship told in the facts of another dispute (男女朋友, 分家
    // as where a house came from) is no family dispute.
    const std::string dropped = Joined(score.incidental_words);
    d.Note("family_background", "text", dropped + " / " + other_words);
    d.Signal("text", dropped + " (background of " +
                         std::to_string(score.other_civil) +
                         " words of other disputes)",
             true);
    score.family -= score.incidental;
    std::erase_if(score.family_words, [&score](const auto& entry) {
      return std::any_of(
          score.incidental_words.begin(), score.incidental_words.end(),
          [&entry](const auto& i) { return i.first == entry.first; });
    });
  }
  const int c = score.custody;
  const int f = score.family;
  const bool custody_enough =
      c > 0 && c >= p.infer_divorce_or_custody.min_score;
  const bool family_enough = f > 0 && f >= p.infer_family.min_score;
  auto signal_all = [&d](const WordCounts& counts) {
    for (const auto& [w, n] : counts)
      d.Signal("text", w + (n > 1 ? "×" + std::to_string(n) : std::string()),
               true);
  };
  const std::string custody_words = Joined(score.custody_words);
  const std::string family_words = Joined(score.family_words);
  if (custody_enough && c > f) {
    d.Withhold("divorce_or_custody", "text", custody_words);
    d.result().inferred_cause = p.infer_divorce_or_custody.cause;
    signal_all(score.custody_words);
  } else if (family_enough && f > c) {
    d.Note("family_cause", "text", family_words);
    d.result().inferred_cause = p.infer_family.cause;
    signal_all(score.family_words);
    if (c > 0) d.Note("custody_words", "text", custody_words);
  } else if (custody_enough || family_enough) {
    d.Hold("no cause stated, and the words of a divorce or custody "
           "dispute (" +
               custody_words + ", score " + std::to_string(c) +
               ") and of another family dispute (" + family_words +
               ", score " + std::to_string(f) +
               ") do not settle which it is",
           "text", custody_words + " / " + family_words);
    signal_all(score.custody_words);
    signal_all(score.family_words);
  } else {
    // Another civil dispute: what the text speaks of instead.
    d.Signal("text",
             "no words of a marriage, family or custody dispute" +
                 (other_words.empty() ? std::string()
                                      : " (other disputes: " + other_words +
                                            ")"),
             true);
  }
}
}  // namespace

PublicationDecision PublicationDecider::Decide(std::string_view text,
                                               const DocumentHeader& header,
                                               const InputMeta& meta) const {
  Decision d;
  if (!policy_.enabled) return d.Finish();
  const PublicationPolicy& p = policy_;

  // Explicit metadata flags (state secrets and court discretion are never
  // guessed).
  if (const std::string* f = FlagFrom(meta.flags, p.state_secret_flags)) {
    d.Withhold("state_secret", "meta.flags", *f);
    d.Signal("meta.flags", *f, false);
    d.result().stub_withheld = true;
  }
  const std::string* discretion =
      FlagFrom(meta.flags, p.court_discretion_flags);
  if (discretion || meta.court_discretion) {
    const CourtDiscretionRecord* r =
        meta.court_discretion ? &*meta.court_discretion : nullptr;
    const int approvals =
        r ? static_cast<int>(
                std::count_if(r->approved_by.begin(), r->approved_by.end(),
                              [](const std::string& a) { return !a.empty(); }))
          : 0;
    if (!r || r->reason.empty() || approvals < p.court_discretion_approvals) {
      d.Hold(
          "court_discretion without its approval record (meta."
          "court_discretion needs a reason and " +
              std::to_string(p.court_discretion_approvals) +
              " approvers, rules Art. 12)",
          "meta.court_discretion", r ? r->reason : std::string());
      d.Signal("meta.court_discretion",
               r ? r->reason + " (" + std::to_string(approvals) + " approvers)"
                 : std::string("no record"),
               false);
    } else {
      std::string who;
      for (const std::string& a : r->approved_by)
        who += (who.empty() ? "" : ", ") + a;
      d.Withhold("court_discretion", "meta.court_discretion",
                 r->reason + " (approved by " + who + ")");
      d.Signal("meta.court_discretion", r->reason, false);
    }
  }
  if (const std::string* f = FlagFrom(meta.flags, p.juvenile_flags)) {
    d.Withhold("juvenile_crime", "meta.flags", *f);
    d.Signal("meta.flags", *f, false);
  }

  // The document type.
  if (header.doc_type.empty()) {
    d.Hold("document type not found in the header or meta.doc_type", "doc_type",
           "");
    d.Signal("doc_type", "none found", false);
  } else if (std::string_view s =
                 SuffixFrom(header.doc_type, p.mediation_published_doc_types);
             !s.empty()) {
    d.Note("published_mediation", "doc_type", header.doc_type);
    d.Signal("doc_type", header.doc_type, false);
  } else if (std::string_view s =
                 SuffixFrom(header.doc_type, p.mediation_withheld_doc_types);
             !s.empty()) {
    d.Withhold("mediation", "doc_type", header.doc_type);
    d.Signal("doc_type", header.doc_type, false);
  } else if (SuffixFrom(header.doc_type, p.publishable_doc_types).empty()) {
    d.Withhold("not_publishable_type", "doc_type", header.doc_type);
    d.Signal("doc_type", header.doc_type, false);
  }
  if (header.case_number) {
    for (const std::string& type : p.mediation_confirmation_case_types) {
      if (header.case_number->type_code.find(type) == std::string::npos)
        continue;
      std::string word;
      if (CountWords(text, 0, text.size(), p.mediation_confirmation_words,
                     &word) > 0) {
        d.Withhold("mediation", "case_type+text",
                   header.case_number->type_code + " " + word);
        d.Signal("case_type", header.case_number->type_code, false);
        d.Signal("text", word, true);
      }
    }
  }

  DecideFamily(p, *cause_words_, party_block_, text, header, meta, d);

  // Juvenile crime: each defendant's age at the earliest offence date.
  if (IsCriminal(header)) {
    std::string tribunal;
    const ByteRange head = ZoneOf(header, Zone::kHeader);
    const std::string_view header_text =
        text.substr(head.begin, head.end - head.begin);
    for (const std::string& w : p.juvenile_tribunal_words) {
      if (header.court.find(w) != std::string::npos ||
          header_text.find(w) != std::string_view::npos)
        tribunal = w;
    }
    const ByteRange parties = ZoneOf(header, Zone::kParties);
    const ByteRange holding = ZoneOf(header, Zone::kHolding);
    size_t facts = std::string_view::npos;
    for (const std::string& cue : p.facts_cues) {
      const size_t at = FindBytes(text, cue, parties.end);
      if (at != std::string_view::npos) facts = std::min(facts, at);
    }
    const size_t facts_end =
        holding.end > holding.begin ? holding.begin : text.size();
    const std::vector<DatedClause> dates =
        facts != std::string_view::npos && facts < facts_end
            ? DatesIn(text, facts, facts_end)
            : std::vector<DatedClause>();
    bool minor = false;
    bool any_age = false;
    for (const Participant& part : party_block_.Parse(text, parties)) {
      if (part.kind != RoleKind::kDefendant || !part.birth_date) continue;
      const Date& birth = *part.birth_date;
      const std::string name(
          text.substr(part.name.begin, part.name.end - part.name.begin));
      std::optional<Date> offence;
      for (const DatedClause& clause : dates) {
        const Date& day = clause.date;
        if (AgeOn(birth, day) < p.min_offence_age) continue;
        if (header.decision_date && *header.decision_date < day) continue;
        if (!NamesDefendant(clause.sentence, name)) continue;
        if (!offence || day < *offence) offence = day;
      }
      if (offence) {
        any_age = true;
        const int age = AgeOn(birth, *offence);
        if (age < p.adult_age) {
          minor = true;
          d.Withhold("juvenile_crime", "birth_date+offence_date",
                     name + " born " + birth.Iso() + ", " +
                         std::to_string(age) + " on " + offence->Iso());
          d.Signal("birth_date+offence_date",
                   name + " " + std::to_string(age) + " on " + offence->Iso(),
                   true);
        }
      } else if (header.decision_date &&
                 AgeOn(birth, *header.decision_date) <
                     p.adult_age + p.review_margin_years) {
        d.Hold("a defendant under " +
                   std::to_string(p.adult_age + p.review_margin_years) +
                   " at the decision and no offence date in the facts",
               "birth_date", name + " born " + birth.Iso());
        d.Signal("birth_date", name + " born " + birth.Iso(), true);
      } else if (header.decision_date) {
        any_age = true;
      }
    }
    if (!tribunal.empty() && !minor) {
      d.Hold(any_age ? "a juvenile tribunal, but every defendant was an "
                       "adult at the offence"
                     : "a juvenile tribunal, and no defendant's age at the "
                       "offence could be determined",
             "court", tribunal);
      d.Signal("court", tribunal, true);
    }
  }

  // Words of state secrets without the flag: only a flag withholds.
  if (std::find(d.result().grounds.begin(), d.result().grounds.end(),
                "state_secret") == d.result().grounds.end()) {
    std::string word;
    if (CountWords(text, 0, text.size(), p.state_secret_words, &word) > 0) {
      d.Hold("the text speaks of state secrets (" + word +
                 ") but meta.flags has no state_secret flag",
             "text", word);
      d.HoldStub();
      d.Signal("text", word, true);
    }
  }
  return d.Finish();
}

}  // namespace wenshu
