// Internal to the tests: the document processor with the national default
// policy and the standard detector set, built once per test binary and shared
// by the tests that run documents end to end (processor, people, golden).
//
// Thread-safe (a function-local static, built on first use and never changed);
// the reference stays valid for the life of the test binary.
#ifndef WENSHU_TESTS_PIPELINE_STANDARD_PROCESSOR_H_
#define WENSHU_TESTS_PIPELINE_STANDARD_PROCESSOR_H_

#include "pipeline/document_processor.h"
#include "redactors/detector_set.h"
#include "redactors/policy.h"

namespace wenshu {
namespace testing_support {

inline const DocumentProcessor& StandardProcessor() {
  static const DocumentProcessor processor(Policy::NationalDefault(),
                                           DetectorSet::Standard());
  return processor;
}

}  // namespace testing_support
}  // namespace wenshu

#endif  // WENSHU_TESTS_PIPELINE_STANDARD_PROCESSOR_H_
