// The JSON Lines output contract: one line per input document.
//
// {"id", "status": "published"|"withheld"|"held", "grounds": [...],
//  "text" (published only), "stub" (withheld only), "redactions": [{"begin",
//  "end", "category", "action", "replacement", "rule"}], "error" (held only),
//  "line" (held only), "header": {...}, "policy": version}
// Offsets are UTF-8 byte offsets into the input text. The audit never holds
// the removed text. Stateless and thread-safe.
//
// Nothing here fails: every ProcessedDocument has a record (a held one says
// why). The record is the caller's string; it views nothing. Strings are
// written as the JSON adapter writes them (core/json.h), so the document's
// text must be valid UTF-8, which the pipeline checked when it read it.
#ifndef WENSHU_PUBLISHERS_JSONL_PUBLISHER_H_
#define WENSHU_PUBLISHERS_JSONL_PUBLISHER_H_

#include <string>

#include "core/document.h"
#include "redactors/policy.h"

namespace wenshu {

// The record for `doc`, ending with a newline. With `include_text` false the
// public text is left out (for an audit file next to the published files).
std::string FormatJsonRecord(const ProcessedDocument& doc, const Policy& policy,
                             bool include_text = true);

}  // namespace wenshu

#endif  // WENSHU_PUBLISHERS_JSONL_PUBLISHER_H_
