// `wenshu registry` and `wenshu withdraw`: the command line of the
// publication registry (rules §7, see publication_registry.h) — what is
// public in which version, its history, the change feed, and the staff's
// withdrawals.
//
//   wenshu registry list [--status published|withheld|withdrawn]
//   wenshu registry history KEY
//   wenshu registry events [--since SEQ] [--limit N]
//   wenshu registry reinstate KEY --reason TEXT [--by NAME] [--at TIME]
//   wenshu withdraw KEY --reason TEXT [--by NAME] [--at TIME]
//
// Each takes --requests FILE (or --db FILE, as `wenshu request`): the
// register database, else $WENSHU_REQUESTS, else wenshu-requests.sqlite.
// None creates the file. Output is tab-separated with a header line; tabs
// and line breaks inside a value are printed as spaces.
#ifndef WENSHU_PIPELINE_REGISTRY_COMMAND_H_
#define WENSHU_PIPELINE_REGISTRY_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

namespace wenshu {

// Runs `wenshu registry ARGS...` (`args` are the words after "registry").
// Results and --help go to `out`; messages, each starting with
// "wenshu registry", go to `err`. Returns 0 on success, 2 on a malformed
// command line (nothing is opened), 1 when the registry refuses the command
// (an unknown key, a document not withdrawn) or cannot be opened, read or
// written (nothing is changed). Not thread-safe (it reads the environment).
int RunRegistryCommand(const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err);

// Runs `wenshu withdraw ARGS...`: withdraws a known document by staff; the
// withdrawal sticks until `wenshu registry reinstate`. Exit status and
// streams as RunRegistryCommand, messages starting with "wenshu withdraw".
// --by defaults to $USER; --at (the time recorded) to the current UTC time.
int RunWithdrawCommand(const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REGISTRY_COMMAND_H_
