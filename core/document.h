// The document model every stage shares, as plain data: where a judgment's
// zones lie, what its header says (court, type, case number, cause, date),
// why it is published, withheld or held, what was rewritten and whom the
// text anonymized, and the processed result the publishers write.
//
// Plain value types with no behaviour beyond naming their enumerators: no
// library of ours or anyone else's is needed to read them. Copy and move
// freely; not synchronized (treat them like any value type). Offsets are UTF-8
// byte offsets, into the normalized text while stages work and into the
// input text once a ProcessedDocument is finished (see each field).
#ifndef WENSHU_CORE_DOCUMENT_H_
#define WENSHU_CORE_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case_number.h"
#include "core/date.h"
#include "core/span.h"

namespace wenshu {

// The zones a judgment falls into, top to bottom (judgment-anatomy.md).
enum class Zone { kHeader, kParties, kBody, kHolding, kTail };
std::string_view ZoneName(Zone zone);

struct ZoneSpan {
  Zone zone;
  size_t begin;
  size_t end;
};

// What the analysis read from a judgment's header and tail; a field that
// could not be found is empty.
struct DocumentHeader {
  std::string court;
  std::string doc_type;
  std::optional<CaseNumber> case_number;
  std::string cause;
  std::optional<Date> decision_date;
  std::vector<ZoneSpan> zones;  // in order, covering the whole text
};

// One fact behind a publication decision: the ground (or "hold"), the field
// it was read from and what was found there.
struct DecisionReason {
  std::string ground;  // a withholding ground, or "hold", or "family_cause"
  std::string field;   // meta.flags, doc_type, case_type, cause, text ...
  std::string value;   // what was found there
};

// One edit, in byte offsets of the original text. Never holds the removed
// text itself, so that an audit built from it leaks nothing.
struct Redaction {
  size_t begin = 0;
  size_t end = 0;
  Category category = Category::kIdNumber;
  Action action = Action::kDelete;  // as applied: a delete may become a mask
  std::string replacement;
  std::string rule;
};

// A span that was not applied because it reached into a kept name
// (Span::inviolable: a judge's, a clerk's, an adult defendant's): the kept
// name wins whole. Offsets of the original text, like Redaction; the audit
// records the conflict, never the words.
struct KeptConflict {
  size_t begin = 0;  // the span that lost
  size_t end = 0;
  Category category = Category::kPersonName;
  std::string rule;
  size_t kept_begin = 0;  // the kept name it reached into
  size_t kept_end = 0;
};

// One anonymized person as the case family remembers them.
struct PersonRecord {
  std::string name;       // normalized full name
  std::string pseudonym;  // with its collision number, if any
  std::string reason;     // "victim", "family_party", "minor" ...
};

// One judgment as the span sources see it, once analysis is done: the
// normalized text they scan, what the analysis read from it, and the people
// earlier documents of the same case (and granted party requests) already
// anonymized. Views the normalized text, which must outlive it.
struct Document {
  std::string_view text;  // the normalized text (NormalizedText::text())
  DocumentHeader header;  // offsets into `text`
  std::vector<PersonRecord> prior_people;
};

enum class PublicationStatus { kPublished, kWithheld, kHeld };
std::string_view PublicationStatusName(PublicationStatus status);

// One document after the whole chain: what every publisher writes from.
struct ProcessedDocument {
  std::optional<std::string> id;  // unknown when the record was unreadable
  size_t line_number = 0;         // 1-based, 0 when not from JSON Lines
  PublicationStatus status = PublicationStatus::kHeld;
  std::vector<std::string> grounds;
  std::string public_text;               // only when published
  // The published document in the input's own format when that is not
  // plain text (the bytes of a redacted .docx); empty otherwise.
  std::string public_file;
  std::vector<Redaction> redactions;     // offsets into the input text
  std::vector<KeptConflict> kept_conflicts;  // spans a kept name outranked
  std::string error;                     // only when held
  // The input text the redactions' offsets point into, kept only when the
  // processor is asked to (DocumentProcessor::KeepOriginalText: the staff
  // review report); empty otherwise. Never written to a public output.
  std::string original_text;
  std::optional<DocumentHeader> header;  // normalized offsets mapped to input
  size_t input_bytes = 0;
  // The case family: the document's own and cited case numbers, the people
  // it anonymized, and the family version its decisions were based on.
  std::vector<std::string> family_keys;
  std::vector<PersonRecord> people;
  uint64_t family_version = 0;
  // Why it is published, withheld or held (pipeline/publication_decision.h)
  // and, when withheld, whether even the stub is withheld (state secrets).
  std::vector<DecisionReason> decision_reasons;
  bool stub_withheld = false;
  bool cause_inferred = false;  // header->cause was told from the words
  // Whether the decision rests on words of the text rather than only on
  // the metadata, the stated cause and the document type, and the signals
  // it rests on, each with where it was found ("cause:离婚纠纷 (stated)",
  // "holding:抚养费", "text:继承×2").
  bool decision_inferred = false;
  std::vector<std::string> decision_signals;
  // Rules Art. 7: the publication due date (ISO), or why there is none
  // (no effective date in the metadata).
  std::optional<std::string> due_date;
  std::string due_note;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_DOCUMENT_H_
