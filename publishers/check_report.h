// The triage report of `wenshu check`: for each document, the decision and
// its reasons and the publication due date, without any public text. A
// tab-separated table with a header row (opens in any spreadsheet), one row
// per document; fields hold no tabs or line breaks (any in a field become
// spaces).
//
// Stateless and thread-safe; nothing here fails. Returned strings are the
// caller's. A held document's reasons start with its error; a withheld or
// published one's list its decision reasons, "ground (field: value)"; the
// last column says whether the decision was inferred from the text or
// rests on the metadata and the stated cause, and its signals
// ("inferred: holding:抚养费; cause:合同纠纷 (stated)").
#ifndef WENSHU_PUBLISHERS_CHECK_REPORT_H_
#define WENSHU_PUBLISHERS_CHECK_REPORT_H_

#include <optional>
#include <string>

#include "core/deadline.h"
#include "core/document.h"

namespace wenshu {

// The header row, ending in a line break.
std::string CheckReportHeader();

// One row, ending in a line break. With `overdue_as_of`, only a document
// whose due date is before that day gets a row (the days overdue filled
// in); any other gets an empty string.
std::string FormatCheckRow(const ProcessedDocument& doc,
                           const std::optional<Date>& overdue_as_of);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_CHECK_REPORT_H_
