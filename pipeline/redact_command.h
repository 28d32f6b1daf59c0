// `wenshu redact`: what may be published of each judgment (see
// kWenshuUsage in cli_options.h). Three inputs, one batch loop (batch.h):
//   - JSON Lines on `in` (the default): one JSON record per line on `out`;
//   - FILEs: each file's public text on `out`, or one file each under
//     --out DIR with DIR/audit.jsonl;
//   - --in-format text with no FILE: the one text on `in`, its public text
//     on `out`.
// Messages, the summary and the progress line go to standard error.
//
// Returns the exit status: 0 when every document was processed (held ones
// included, for JSON Lines), 3 when a FILE or the text on `in` was held, 2
// on a usage error or a bad policy, register, calendar or case-terms file
// (before any document), 1 when reading or writing failed. Documents are
// processed on --threads worker threads; `in` and `out` are used from one
// thread at a time.
#ifndef WENSHU_PIPELINE_REDACT_COMMAND_H_
#define WENSHU_PIPELINE_REDACT_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// `args` are the words after "redact".
int RunRedactCommand(const std::vector<std::string>& args, std::istream& in,
                     std::ostream& out);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REDACT_COMMAND_H_
