// SpanSource: the one interface of everything that finds spans in a
// document — every identifier detector and the detector set that runs them
// (detector.h, detector_set.h), the people finder, the health finder, the
// address detector with its gazetteer, the terms listed for the case
// (case_terms.h) and the verify pass (verifier.h).
//
// A source reads a Document (core/document.h: the text and what analysis
// found in it) and the document's ScanContext (below), and appends what it
// finds to a SpanSink. Sources never edit text; the one redaction pass
// (redaction_pass.h) rewrites.
//
// ScanContext: one per document and pass, shared by every source run over
// that text. It holds what is computed once and read by many sources — the
// digit chains, and the hits of each word automaton (LiteralAutomaton) over
// the text, such as the detector set's trigger words (WordHits) — so that no
// source scans for what another already found. With a WordPass
// (word_pass.h) the automata of several sources are run as one pass, whose
// hits every member reads here as if from its own. The context also
// carries what one source decided that a later one checks (the people
// anonymized and kept, the case's terms, the identifier values found: read
// by the verify pass).
//
// Error channel: Find returns a non-ok Status when it cannot finish — a
// regex engine failure (kResourceExhausted, kInternal), a conflict it cannot
// resolve (a name both anonymized and kept). The caller then holds the
// document (fail closed); what the sink holds after a failure is not used.
//
// Sources are immutable after construction: Find may be called from many
// threads at once, each with its own ScanContext and SpanSink. Neither the
// context nor the sink is thread-safe: one of each per document per thread.
#ifndef WENSHU_REDACTORS_SPAN_SOURCE_H_
#define WENSHU_REDACTORS_SPAN_SOURCE_H_

#include <list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "core/status.h"
#include "redactors/digit_chain.h"
#include "redactors/literal_automaton.h"
#include "redactors/word_pass.h"

namespace wenshu {

class CaseTerms;
class ValueMentions;  // repeated_identifiers.h

// kStandard is what the redaction pass uses: every candidate must validate
// (check digits, cue words). kWidest is what the verify pass uses: the same
// shapes with the validations that can be evaded relaxed, so that anything
// that still looks like an identifier in a public text holds the document.
enum class Strictness { kStandard, kWidest };

// The value of an identifier found in a document, as every mention of it is
// compared (repeated_identifiers.h): its letters, digits and other
// characters with the separators between them dropped and ASCII letters
// upper-cased ("138 1234-5678" -> "13812345678", "京a·12345" -> "京A12345"),
// and the category it was found as.
struct IdentifierValue {
  std::string key;
  Category category = Category::kProtected;

  bool operator==(const IdentifierValue&) const = default;
};

// One document's text as the sources see it, with what is computed once
// per text and shared (see above). The text, and everything handed to the
// setters, must outlive the context.
class ScanContext {
 public:
  ScanContext(std::string_view text, Strictness strictness)
      : text_(text), strictness_(strictness), regions_{{0, text.size()}} {}

  // The text every source run with this context scans: Document::text.
  std::string_view text() const { return text_; }
  // The parts of the text worth scanning, sorted and disjoint: the whole text
  // unless the caller narrowed it (keep rules only need to look around
  // identifier candidates). Detectors that honour regions say so.
  const std::vector<ByteRange>& regions() const { return regions_; }
  void set_regions(std::vector<ByteRange> regions) {
    regions_ = std::move(regions);
  }
  Strictness strictness() const { return strictness_; }
  bool widest() const { return strictness_ == Strictness::kWidest; }

  // Every maximal chain of ASCII digits in the text (see digit_chain.h),
  // found on first use and shared by the digit-based detectors.
  const std::vector<DigitChain>& digit_chains() const;

  // Every occurrence of every literal of `words` in the text (overlapping
  // ones too), sorted by begin, then by literal index: one pass of the
  // automaton per context, whichever source asks first, the result shared
  // by every source reading the same automaton. When the context has a
  // WordPass built from `words` (set_word_pass), that pass's one run gives
  // every member's hits at once. The reference stays valid as long as the
  // context.
  using WordHit = wenshu::WordHit;
  const std::vector<WordHit>& WordHits(const LiteralAutomaton& words);
  // The joint pass of several sources' automata (word_pass.h); it must
  // outlive the context. Null: each automaton makes its own pass.
  void set_word_pass(const WordPass* pass) { word_pass_ = pass; }

  // Where the trigger words of the detector being run occur in the text,
  // sorted by begin, then word (its index in the detector's TriggerWords),
  // when the detector set runs it after its one pass (DetectorSet): a
  // detector whose every finding starts at one of its words reads them
  // instead of searching the text again. Null when the detector runs
  // alone, or has no words. The hits are a view of the set's list, valid
  // while the detector runs.
  using TriggerHits = std::span<const WordHit>;
  const TriggerHits* trigger_hits() const {
    return has_trigger_hits_ ? &trigger_hits_ : nullptr;
  }
  void set_trigger_hits(TriggerHits hits) {
    trigger_hits_ = hits;
    has_trigger_hits_ = true;
  }
  void clear_trigger_hits() { has_trigger_hits_ = false; }

  // What must not survive in a public text (read by the verify pass): the
  // people the people source anonymized, the natural persons who keep
  // their names, and the terms listed for the case. Empty when not set.
  void set_people(const std::vector<PersonRecord>* anonymized,
                  const std::vector<std::string>* kept_names) {
    anonymized_ = anonymized;
    kept_names_ = kept_names;
  }
  const std::vector<PersonRecord>& anonymized() const;
  const std::vector<std::string>& kept_names() const;
  void set_case_terms(const CaseTerms* terms) { case_terms_ = terms; }
  const CaseTerms* case_terms() const { return case_terms_; }  // or nullptr
  // The values of the identifiers found in the document (what the
  // repeated_identifiers source left in the sink), prepared to be looked
  // for: no mention of any may survive, in any width or spacing. Null when
  // not set.
  void set_identifier_values(const ValueMentions* values) {
    identifier_values_ = values;
  }
  const ValueMentions* identifier_values() const { return identifier_values_; }
  // False when the document the public text came from held no number
  // written in Chinese numerals (NormalizedText::has_numeral_runs): the
  // verify pass then need not look for one, since removing text cannot
  // make a real value out of pieces. True when not set.
  void set_source_has_numeral_runs(bool has) { source_numeral_runs_ = has; }
  bool source_has_numeral_runs() const { return source_numeral_runs_; }

 private:
  std::string_view text_;
  Strictness strictness_;
  std::vector<ByteRange> regions_;
  mutable std::optional<DigitChains> digit_chains_;
  // The result of each automaton's pass over the text; a list keeps
  // references valid (and, unlike a deque, allocates nothing while empty).
  std::list<std::pair<const LiteralAutomaton*, std::vector<WordHit>>> hits_;
  const WordPass* word_pass_ = nullptr;
  TriggerHits trigger_hits_;
  bool has_trigger_hits_ = false;
  const std::vector<PersonRecord>* anonymized_ = nullptr;
  const std::vector<std::string>* kept_names_ = nullptr;
  const CaseTerms* case_terms_ = nullptr;
  const ValueMentions* identifier_values_ = nullptr;
  bool source_numeral_runs_ = true;
};

// Where sources put what they find for one document. Spans whose
// `replacement` (or `rule`) views a string the sink keeps (Keep) stay valid
// as long as the sink.
class SpanSink {
 public:
  void Add(const Span& span) { spans_.push_back(span); }
  void Append(const std::vector<Span>& spans) {
    spans_.insert(spans_.end(), spans.begin(), spans.end());
  }
  // Keeps `text` (a pseudonym) for the life of the sink and returns a view
  // of it for a span's `replacement`.
  std::string_view Keep(std::string text) {
    return kept_text_.emplace_back(std::move(text));
  }

  const std::vector<Span>& spans() const { return spans_; }
  std::vector<Span>& mutable_spans() { return spans_; }

  // What the people source decided (rules §3): the persons it anonymized,
  // in order of first appearance, and the natural persons who keep their
  // names. The verify pass checks that none of the first survive and the
  // case family remembers them.
  std::vector<PersonRecord>& anonymized() { return anonymized_; }
  const std::vector<PersonRecord>& anonymized() const { return anonymized_; }
  std::vector<std::string>& kept_names() { return kept_names_; }
  const std::vector<std::string>& kept_names() const { return kept_names_; }

  // The values of the identifiers found (repeated_identifiers.h), each
  // once, in order of first mention: every mention of them is reported,
  // and the verify pass checks that none survives.
  std::vector<IdentifierValue>& identifier_values() {
    return identifier_values_;
  }
  const std::vector<IdentifierValue>& identifier_values() const {
    return identifier_values_;
  }
  // The values as the source that collected them prepared them to be
  // looked for (one compiled index of their keys), kept for the verify
  // pass to look for the same values with, instead of preparing them
  // again; null when none was prepared. Whoever uses it checks that it
  // holds identifier_values() as they stand (ValueMentions::values).
  const std::shared_ptr<const ValueMentions>& prepared_values() const {
    return prepared_values_;
  }
  void set_prepared_values(std::shared_ptr<const ValueMentions> prepared) {
    prepared_values_ = std::move(prepared);
  }

 private:
  std::vector<Span> spans_;
  std::list<std::string> kept_text_;  // a list keeps views valid
  std::vector<PersonRecord> anonymized_;
  std::vector<std::string> kept_names_;
  std::vector<IdentifierValue> identifier_values_;
  std::shared_ptr<const ValueMentions> prepared_values_;
};

class SpanSource {
 public:
  virtual ~SpanSource() = default;

  // A short stable name ("id_number", "people", "case_terms", "verify"):
  // error messages and benchmarks name the source by it.
  virtual std::string_view name() const = 0;

  // Appends the spans found in `doc.text` (byte offsets of it) to `sink`.
  // Precondition: `scan` was built over `doc.text`.
  virtual Status Find(const Document& doc, ScanContext& scan,
                      SpanSink& sink) const = 0;

 protected:
  SpanSource() = default;
  SpanSource(const SpanSource&) = default;
  SpanSource& operator=(const SpanSource&) = default;
};

// Runs `source` alone over `doc` with a context and a sink of its own at
// `strictness`: the spans it found, or its error. For running one source by
// itself (tests, benchmarks, tools); a source whose spans view strings its
// sink keeps (pseudonyms) must be run with a sink the caller keeps instead.
Result<std::vector<Span>> FindSpansAlone(const SpanSource& source,
                                         const Document& doc,
                                         Strictness strictness);

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_SPAN_SOURCE_H_
