// DocumentAnalyzer: reads a judgment's header and tail and splits it into
// zones, without relying on line breaks (real texts often have none, or
// paragraphs joined by one space).
//
// Extracts the court, the document type, the case number (parsed), the cause
// of action, the decision date (the last Chinese-numeral date) and the zones
// header → parties → body → holding → tail, each located by the phrases that
// open it. Works on normalized text; offsets are normalized offsets. A field
// that cannot be found is left empty. Immutable and thread-safe.
//
// Analyze never fails: a text without the usual phrases gives empty
// fields; the five zones always cover the whole text in order, those whose
// opening phrase was not found empty. Precondition: the text is the
// normalized view (core/normalized_text.h), valid UTF-8. The returned
// header owns its strings; its offsets refer to the text analyzed. The
// causes of action come from causes_of_action.txt, compiled into the
// program; Instance() builds the analyzer once.
#ifndef WENSHU_PIPELINE_DOCUMENT_ANALYZER_H_
#define WENSHU_PIPELINE_DOCUMENT_ANALYZER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case_number.h"
#include "core/chinese_date.h"
#include "core/document.h"

namespace wenshu {

class DocumentAnalyzer {
 public:
  static const DocumentAnalyzer& Instance();
  DocumentHeader Analyze(std::string_view normalized_text) const;

 private:
  DocumentAnalyzer();
  std::vector<std::string> causes_;  // longest first
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_DOCUMENT_ANALYZER_H_
