// DocumentProcessor: one document through the chain of stages, in order:
//
//   read → normalize → analyze → case terms → due date → decide →
//   case family → find spans → rewrite (one pass) → verify → publish
//
// (ingest_stages.h, decision_stages.h, redaction_stages.h). The processor
// holds no stage logic: it builds the sources once, then runs the stages
// over a per-document DocumentState (document_state.h) and stops at the
// first that holds or finishes the document.
//
// The terms listed for the case (the record's meta.case_terms and, by case
// number, the side file's CaseTermsBook) are searched after the detectors
// and removed at every occurrence; the verify pass holds the document if
// one survives.
//
// Any failure of any stage holds the document with the reason (fail closed);
// nothing a stage could not finish is ever published. A document depends on
// others only through its case family (CaseFamilies): given the same
// earlier documents, the result is the same on one thread or many.
// Immutable after construction; Process* are thread-safe. The policy and
// the detector set given to the constructor must outlive the processor.
#ifndef WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_
#define WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_

#include <cstddef>
#include <string_view>

#include "core/deadline.h"
#include "core/document.h"
#include "core/input_record.h"
#include "pipeline/case_family.h"
#include "pipeline/publication_decision.h"
#include "pipeline/request_register.h"
#include "redactors/case_terms.h"
#include "redactors/detector_set.h"
#include "redactors/health.h"
#include "redactors/people.h"
#include "redactors/policy.h"
#include "redactors/redaction_pass.h"
#include "redactors/repeated_identifiers.h"
#include "redactors/verifier.h"

namespace wenshu {

class DocumentProcessor {
 public:
  // `case_terms`: the terms listed per case number in a side file, added to
  // those a record lists itself.
  // `requests`: the party requests granted or pending per case (rules §6),
  // loaded from the register before the run.
  DocumentProcessor(const Policy& policy, const DetectorSet& detectors,
                    CaseTermsBook case_terms = CaseTermsBook(),
                    RequestIndex requests = RequestIndex(),
                    const WorkCalendar& calendar = WorkCalendar::China());

  // `families`, when given, supplies what earlier documents of the same
  // case decided about people (see case_family.h).
  ProcessedDocument ProcessRecord(const InputRecord& record,
                                  const CaseFamilies* families = nullptr) const;
  // Parses one JSON Lines record first; a malformed line is held with its
  // line number and what is wrong.
  ProcessedDocument ProcessJsonLine(
      std::string_view line, size_t line_number,
      const CaseFamilies* families = nullptr) const;

  const Policy& policy() const { return policy_; }

 private:
  const Policy& policy_;
  const DetectorSet& detectors_;
  RepeatedIdentifierFinder repeats_;
  RedactionPass pass_;
  PeopleFinder people_;
  HealthFinder health_;
  PublicationDecider decider_;
  RequestIndex requests_;
  const WorkCalendar& calendar_;
  Verifier verifier_;
  CaseTermsBook case_terms_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_DOCUMENT_PROCESSOR_H_
