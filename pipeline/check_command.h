// `wenshu check`: the publication decision and its reasons for each JSON
// Lines record on `in`, without any public text, through the one batch
// loop (batch.h). On `out`: a tab-separated table with a header row
// (publishers/check_report.h), or with --format jsonl the JSON records
// without their text; --overdue keeps only the documents whose publication
// due date is before --as-of (default today). Takes the options of
// `wenshu redact` but reads JSON Lines on `in` alone.
//
// Returns the exit status: 0 when every line was processed (held ones
// included), 2 on a usage error or a bad policy, register, calendar or
// case-terms file (before any document), 1 when writing `out` failed.
// Messages and the summary go to standard error. Documents are processed
// on --threads worker threads; `in` and `out` are used from one thread at a
// time.
#ifndef WENSHU_PIPELINE_CHECK_COMMAND_H_
#define WENSHU_PIPELINE_CHECK_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// `args` are the words after "check".
int RunCheckCommand(const std::vector<std::string>& args, std::istream& in,
                    std::ostream& out);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_CHECK_COMMAND_H_
