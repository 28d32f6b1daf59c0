// Test-only: what the fuzz targets share. Check aborts (so that libFuzzer
// and the replay report the input) when an invariant does not hold;
// FuzzProcessor is the processor with the national default policy and the
// standard detector set, built once.
#ifndef WENSHU_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define WENSHU_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>

#include "pipeline/document_processor.h"

namespace wenshu::fuzz {

inline void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

inline const DocumentProcessor& FuzzProcessor() {
  static const DocumentProcessor processor(Policy::NationalDefault(),
                                           DetectorSet::Standard());
  return processor;
}

}  // namespace wenshu::fuzz

#endif  // WENSHU_TESTS_FUZZ_FUZZ_SUPPORT_H_
