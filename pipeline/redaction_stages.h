// The last stages of the chain (document_processor.h), for a document that
// is to be published: find the spans, rewrite once, verify, publish.
//
//   FindSpans  every span source over the normalized text, in this order,
//              into state.spans: the detector set (identifiers and the
//              keep rules around them), every other mention of the values
//              it found (repeated_identifiers.h), the people source (names and their
//              pseudonyms; its conflict holds "people: ..."), health
//              (rules §5) and the terms listed for the case, which then
//              override the keep rules (CarveCaseTermsOutOfProtected). A
//              detector failure holds "detect: ...".
//   Rewrite    the one redaction pass over the input text. Never stops.
//   Verify     the verify pass (verifier.h) over the public text, with the
//              people anonymized and kept, the case's terms and the
//              identifier values found as what must not survive: holds when it reports anything (with
//              Verifier::Describe's message) or fails (with its error).
//   Publish    the document as published: its public text, edits and the
//              people it anonymized. Never stops.
//   WriteFile  for a document that came as a file of its own format (a
//              .docx, an HTML page, a case-system XML, a text in GB18030):
//              the public file written back in that format by the
//              format's PublicFileWriter, then every text the written file
//              carries, in every part (a .docx's headers, styles and
//              properties, an HTML page's attributes and comments), put
//              through the verify pass again, read alone: every identifier,
//              name and listed term counts there, but not a home address
//              or health condition (told only by the judgment's sentence
//              around them, where the verify pass has read them already).
//              Holds when the file cannot be
//              written with confidence or any of its texts carries a
//              protected value ("verify: the written file carries a
//              protected value in word/header1.xml").
//
// After the chain, whatever its outcome, VerifyOutputFields puts every other
// field that came from the input (the id, the header and stub fields, the
// error message) through the same verify pass.
//
// Each reads and fills a DocumentState (document_state.h) in that order.
// Stateless functions, thread-safe for distinct states; the sources and the
// pass they are given are immutable.
#ifndef WENSHU_PIPELINE_REDACTION_STAGES_H_
#define WENSHU_PIPELINE_REDACTION_STAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/text_pieces.h"
#include "pipeline/document_state.h"
#include "redactors/detector_set.h"
#include "redactors/health.h"
#include "redactors/people.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"
#include "redactors/span_source.h"
#include "redactors/verifier.h"
#include "redactors/word_pass.h"

namespace wenshu {

// The sources FindSpans runs besides the document's case terms.
struct SpanSources {
  const DetectorSet& detectors;
  const RepeatedIdentifierFinder& repeats;
  const PeopleFinder& people;
  const HealthFinder& health;
  // The detectors', people's and health words in one pass (SourceWords),
  // or null: each source then makes its own.
  const WordPass* words = nullptr;
};

// The word pass of `sources`' automata: the detector set's trigger words,
// the people finder's body cues and the health finder's words.
WordPass SourceWords(const DetectorSet& detectors, const PeopleFinder& people,
                     const HealthFinder& health);

// Fills `spans` (with the identifier values found and the people
// anonymized and kept); holds "detect: ...",
// "people: <conflict>", "health: ..." or "case terms: ...".
StageOutcome FindSpans(const SpanSources& sources, DocumentState& state);
// Sets `redacted` from the input text and `spans`, then releases the
// normalized text and the spans (setting source_has_numeral_runs), which
// no later stage reads.
StageOutcome Rewrite(const RedactionPass& pass, DocumentState& state);
// Reads redacted.text, spans' people and identifier values, and case_terms;
// changes nothing.
StageOutcome Verify(const Verifier& verifier, DocumentState& state);
// Moves redacted and the anonymized people into doc, marked published.
StageOutcome Publish(DocumentState& state);

// One text a written public file carries, for the final verify: `where`
// names its place for the reason a document is held ("word/header1.xml",
// "the page's attributes"), never its content.
struct FileText {
  std::string where;
  std::string text;
};

// Writes a published document back in the format it came in, and reads
// back every text the written file carries. One per input format
// (pipeline/file_formats.h); immutable and thread-safe.
class PublicFileWriter {
 public:
  virtual ~PublicFileWriter() = default;
  // The bytes of the public file for `doc` (published: its public text and
  // its redactions, sorted, in offsets of the text the format's reader
  // gave). An error holds the document with its message.
  virtual Result<std::string> Write(const ProcessedDocument& doc) const = 0;
  // Every text `file` (as Write returned it) carries, whatever part of it
  // a reader of the format would skip. An error holds the document.
  virtual Result<std::vector<FileText>> Texts(std::string_view file) const = 0;
  // The pieces of the input text that are the format's text nodes (see
  // core/text_pieces.h); the bytes between them are structure (paragraph
  // breaks). Empty for a format without structure (plain text).
  virtual const std::vector<TextPiece>& Pieces() const;
  // Whether the format can delete whole lines, line breaks included (an
  // HTML block emptied of its text reads as no line); when not, a line
  // deleted whole leaves an empty line.
  virtual bool DeletesWholeLines() const { return false; }
};

// Sets doc.public_file from `writer`, or holds (see WriteFile above).
// First, each redaction that would delete structure (a paragraph break,
// a tab) is fitted to the writer's pieces so that the structure stays (see
// FitToPieces in redaction_stages.cc; whole lines stay deleted when the
// writer DeletesWholeLines), and the public text is made again from the
// fitted redactions.
StageOutcome WritePublicFile(const Verifier& verifier,
                             const PublicFileWriter& writer,
                             DocumentState& state);

// Every field of `state.doc` besides the public text that came from the
// input: the id, the header's court, document type, cause and case number
// (also what a withheld document's stub shows) and the error message. A
// field the verify pass reports anything in, or that is not well-formed
// UTF-8, is emptied (the id becomes unknown) and the document is held with
// a reason that names the field, never its value ("verify: meta field
// header.court carries a protected value"). An error message that quotes
// such a value is replaced by one that does not. Never fails: a verifier
// error counts as a finding.
void VerifyOutputFields(const Verifier& verifier, DocumentState& state);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REDACTION_STAGES_H_
