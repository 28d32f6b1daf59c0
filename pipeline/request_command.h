// `wenshu request`: the command line of the party request register (rules
// §6, see request_register.h) — add a request, decide it, list the register.
//
//   wenshu request add --case CASE_NUMBER --requester NAME
//       --kind non_publication|redaction|anonymization
//       [--term TEXT]... [--person NAME]... --justification TEXT [--db FILE]
//   wenshu request decide ID --grant|--reject --by NAME [--note TEXT]
//       [--db FILE]
//   wenshu request list [--case CASE_NUMBER]
//       [--status pending|granted|rejected] [--format table|jsonl]
//       [--db FILE]
//
// The register file is --db FILE, else RequestRegister::DefaultPath().
#ifndef WENSHU_PIPELINE_REQUEST_COMMAND_H_
#define WENSHU_PIPELINE_REQUEST_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// Runs `wenshu request ARGS...`; `args` are the words after "request"
// ({"add", "--case", "(2023)京0105民初1号", ...}). Results and --help go to
// `out`; messages, each starting with "wenshu request", go to `err`.
// Returns the exit status: 0 on success, 2 when the command line is
// malformed (unknown command or option, a missing option or value, a value
// not among those allowed; nothing is opened), 1 when the register refuses
// the command or cannot be opened, read or written (nothing is changed).
// Reads WENSHU_REQUESTS from the environment when no --db is given.
int RunRequestCommand(const std::vector<std::string>& args, std::ostream& out,
                      std::ostream& err);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REQUEST_COMMAND_H_
