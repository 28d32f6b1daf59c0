// The deciding stages of the chain (document_processor.h), after the
// ingest stages (ingest_stages.h) and before the spans are found.
//
//   ComputeDueDate     rules Art. 7: the publication due date from the
//                      record's effective dates and the work calendar (also
//                      for a withheld document's stub), or why there is
//                      none in doc.due_note. Never stops the chain.
//   DecidePublication  rules §1-2 and §6: whether the document goes online
//                      (PublicationDecider), with the header mapped to the
//                      input's offsets into doc.header; then the party
//                      requests of its case: a granted non-publication
//                      request withholds it, a pending one holds a
//                      publishable document, granted redaction terms join
//                      the case terms (a term that cannot be compiled
//                      holds). Stops the chain when the document is held
//                      or withheld.
//   GatherCaseFamily   the case numbers the document belongs to (its own
//                      and those it cites before the holding) when the
//                      policy shares pseudonyms across a case family, the
//                      people earlier documents of the family anonymized
//                      (with the family version) and the persons granted
//                      anonymization by request. Holds only when the
//                      persistent case-family registry cannot be read.
//
// Each reads and fills a DocumentState (document_state.h) in that order.
// Stateless functions, thread-safe for distinct states; what they are given
// (calendar, decider, requests, families) is only read.
#ifndef WENSHU_PIPELINE_DECISION_STAGES_H_
#define WENSHU_PIPELINE_DECISION_STAGES_H_

#include "core/deadline.h"
#include "pipeline/case_family.h"
#include "pipeline/document_state.h"
#include "pipeline/publication_decision.h"
#include "pipeline/request_register.h"

namespace wenshu {

// Sets doc.due_date or doc.due_note (and a note on a calendar year without
// holidays).
StageOutcome ComputeDueDate(const WorkCalendar& calendar, DocumentState& state);
// Sets doc.decision_reasons, doc.decision_inferred, doc.decision_signals
// (with a party request's ids), doc.header, doc.cause_inferred (and the
// inferred cause in document.header), `requests`; adds granted terms to
// case_terms; when withheld, doc.status, doc.grounds and doc.stub_withheld.
// Holds "decision: <why>", or with CaseTerms::Compile's message.
StageOutcome DecidePublication(const PublicationDecider& decider,
                               const RequestIndex& requests,
                               DocumentState& state);
// Sets doc.family_keys, doc.family_version and document.prior_people.
// `families` may be null (no earlier documents are known).
StageOutcome GatherCaseFamily(bool share_across_case_family,
                              const CaseFamilies* families,
                              DocumentState& state);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_DECISION_STAGES_H_
