// DocumentAnalyzer: reads a judgment's header and tail and splits it into
// zones, without relying on line breaks (real texts often have none, or
// paragraphs joined by one space).
//
// Extracts the court, the document type, the case number (parsed), the cause
// of action, the decision date (the last Chinese-numeral date) and the zones
// header → parties → body → holding → tail, each located by the phrases that
// open it. Works on normalized text; offsets are normalized offsets. A field
// that cannot be found is left empty. Immutable and thread-safe.
#ifndef WENSHU_PIPELINE_DOCUMENT_ANALYZER_H_
#define WENSHU_PIPELINE_DOCUMENT_ANALYZER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/case_number.h"
#include "pipeline/chinese_date.h"

namespace wenshu {

enum class Zone { kHeader, kParties, kBody, kHolding, kTail };
std::string_view ZoneName(Zone zone);

struct ZoneSpan {
  Zone zone;
  size_t begin;
  size_t end;
};

struct DocumentHeader {
  std::string court;
  std::string doc_type;
  std::optional<CaseNumber> case_number;
  std::string cause;
  std::optional<CalendarDate> decision_date;
  std::vector<ZoneSpan> zones;  // in order, covering the whole text
};

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
