// The first stages of the chain (document_processor.h): from an input
// record to a normalized, analyzed document with the terms its case lists.
//
//   ReadRecord       the record's id and size; holds a text that is not
//                    valid UTF-8 or is empty.
//   NormalizeRecord  the normalized view the later stages read (NFKC, offset
//                    map back to the input); holds what cannot normalize.
//   AnalyzeDocument  the header and zones (DocumentAnalyzer), then the
//                    record's metadata where it names the case number,
//                    court, document type, cause or decision date; holds a
//                    meta.decision_date that is not a date.
//   ListCaseTerms    the terms the record lists (meta.case_terms) and those
//                    the side file lists under the header's case number;
//                    holds a listed term that cannot be compiled.
//
// Each reads and fills a DocumentState (document_state.h) in that order and
// returns whether the chain goes on. Stateless functions, thread-safe for
// distinct states.
#ifndef WENSHU_PIPELINE_INGEST_STAGES_H_
#define WENSHU_PIPELINE_INGEST_STAGES_H_

#include "pipeline/document_analyzer.h"
#include "pipeline/document_state.h"
#include "redactors/case_terms.h"

namespace wenshu {

// Sets doc.id and doc.input_bytes; holds with ValidateText's message or
// "text is empty".
StageOutcome ReadRecord(DocumentState& state);
// Sets `normalized` and document.text; holds "normalize: ..." on failure.
StageOutcome NormalizeRecord(DocumentState& state);
// Sets document.header (normalized offsets; a case number from the metadata
// keeps the text's offsets); holds "meta.decision_date \"...\" is not a
// date (2023-06-01 or 二〇二三年六月一日)".
StageOutcome AnalyzeDocument(const DocumentAnalyzer& analyzer,
                             DocumentState& state);
// Sets case_terms from the record and `book`; holds with CaseTerms::Compile's
// message (the term named by its position, never its text).
StageOutcome ListCaseTerms(const CaseTermsBook& book, DocumentState& state);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_INGEST_STAGES_H_
