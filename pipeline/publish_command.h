// `wenshu publish`: the main job (kPublishUsage in cli_options.h). Reads
// files and directories in any format redact reads, or JSON Lines (files
// named *.jsonl, or standard input with no FILE), processes every document
// through the one batch loop (batch.h) and writes the public site, the
// research corpus, the staff review report, the change feed and the audit
// under --out (PublishOutput, publish_output.h), remembering versions and
// withdrawals in the publication registry of the register database.
//
// Progress on standard error: a redrawn line on a terminal, a plain line
// every 10 seconds otherwise, none with --quiet; then a summary
// (published, withheld by ground, held by reason, redactions by category,
// new / changed / unchanged / withdrawn, files written, time, MB/s).
//
// Returns the exit status: 0 when the run finished (held documents are in
// the report and the summary), 2 on a usage error or a bad policy,
// register or key file (before any document), 1 when reading or writing
// failed or the final scan found a removed value in a public file.
#ifndef WENSHU_PIPELINE_PUBLISH_COMMAND_H_
#define WENSHU_PIPELINE_PUBLISH_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// `args` are the words after "publish".
int RunPublishCommand(const std::vector<std::string>& args, std::istream& in,
                      std::ostream& out);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PUBLISH_COMMAND_H_
