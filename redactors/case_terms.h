// CaseTerms: the terms and passages listed for one case — trade secrets,
// privacy passages, technical investigation measures, anything else the
// court deems inappropriate (rules §5, last four rows; §6 partial redaction)
// — found at every occurrence in a document.
//
// A term is normalized the way documents are (NormalizedText: NFKC, so
// full-width letters, digits and brackets match their half-width forms, and
// zero-width characters vanish) and matched with any whitespace (spaces,
// U+3000, tabs, line breaks) between any two of its characters, ASCII
// letters regardless of case. It is a substring match: a term inside a
// longer word is found too, since removing too much of a listed secret is
// the safe side. Whitespace inside a term is not required in the text
// ("配方 A" finds "配方A").
//
// Every occurrence becomes a Category::kCaseSpecific span (rule
// "case_term"). Occurrences that overlap or touch merge into one span, and
// a span is cut where a line break or a tab falls inside it, so that masking
// keeps the layout of the text. Every term is found in one pass over a copy
// of the text without whitespace (literal_automaton.h), so a search costs time
// linear in the text plus the terms, whatever their number: ten thousand
// terms over a megabyte of text take one pass, as do passages of hundreds
// of characters and repetitive text.
//
// CaseTerms is a span source (span_source.h) whose terms travel in the
// source: the pipeline compiles one per document from the record's list,
// the side file and the granted party requests. Find fails only where a
// listed term shares a character with a kept name the people source put in
// the sink before it (an inviolable span): InvalidInput, and the document is
// held, since the term must go and the name must stay whole.
//
// Immutable once built (Add aside, which the owner calls before any Find);
// Find and FindFirst are thread-safe. No error message contains a term: a
// term is named by its position in its list.
#ifndef WENSHU_REDACTORS_CASE_TERMS_H_
#define WENSHU_REDACTORS_CASE_TERMS_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.h"
#include "core/status.h"
#include "redactors/literal_automaton.h"
#include "redactors/span_source.h"

namespace wenshu {

class CaseTerms : public SpanSource {
 public:
  CaseTerms() = default;  // no terms: finds nothing

  // Normalizes and prepares `terms`. Fails with kInvalidInput when a term is
  // not valid UTF-8, or is empty or only whitespace once normalized; the
  // message names the term as `source`[index] ("meta.case_terms[2] is
  // empty or only whitespace").
  static Result<CaseTerms> Compile(const std::vector<std::string>& terms,
                                   std::string_view source);

  // Adds the terms of `other` (both lists add up; duplicates are kept once)
  // and rebuilds the one automaton.
  void Add(const CaseTerms& other);

  bool empty() const { return patterns_.empty(); }
  size_t size() const { return patterns_.size(); }

  std::string_view name() const override { return "case_terms"; }
  // Appends every occurrence of every term in doc.text (the normalized view
  // of a document, NormalizedText::text()), as spans sorted by begin, in
  // byte offsets of doc.text. Each span begins and ends on a character that
  // is not whitespace.
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override;

  // The byte offset in `normalized_text` where the earliest occurrence of
  // any term begins; std::string_view::npos when none occurs.
  size_t FindFirst(std::string_view normalized_text) const;

 private:
  // Each term as searched: normalized, whitespace removed, ASCII
  // lower-cased.
  std::vector<std::string> patterns_;
  std::shared_ptr<const LiteralAutomaton> automaton_;  // over patterns_
};

// Keep rules yield to the court's list: a protected span (a date, an amount,
// a contract number...) that wholly contains a case-specific span would make
// the redaction pass drop it, so each such protected span is cut into the
// parts outside the case-specific spans it contains. A kept name (an
// inviolable span) is not a keep rule but a person's right: it is never cut.
// Everything else in `spans` is left as it is.
void CarveCaseTermsOutOfProtected(std::vector<Span>* spans);

// CaseTermsBook: the terms of many cases, keyed by case number — the side
// file of `wenshu redact --case-terms FILE`. Immutable once built and
// thread-safe.
class CaseTermsBook {
 public:
  CaseTermsBook() = default;

  // `json` is the side file's content: one JSON object whose keys are case
  // numbers as a judgment writes them (full-width or half-width brackets,
  // spaces between the parts: "（2023）京0105民初123号") and whose values are
  // arrays of terms. Keys naming the same case number add up. Fails with
  // kInvalidInput saying what is wrong: malformed JSON (with the line), a
  // key that is no case number, a value that is not an array of strings, an
  // empty term (named by its key and index, never by its text).
  static Result<CaseTermsBook> Parse(std::string_view json);

  // The case number in the form the pipeline compares (CaseNumber::text of
  // the normalized string: half-width brackets, spaces removed), or nullopt
  // when `case_number` is not one.
  static std::optional<std::string> Key(std::string_view case_number);

  // The terms listed for `key` (as returned by Key, or CaseNumber::text of
  // a document's header); nullptr when none. Valid while the book lives.
  const CaseTerms* For(std::string_view key) const;

  size_t cases() const { return by_case_.size(); }

 private:
  std::unordered_map<std::string, CaseTerms> by_case_;
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_CASE_TERMS_H_
