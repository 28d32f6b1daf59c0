// `wenshu`, `wenshu --help` (also -h and help) and `wenshu --version`: the
// commands that only say what the program is. Stateless and thread-safe;
// nothing here fails but a write.
#ifndef WENSHU_PIPELINE_HELP_COMMAND_H_
#define WENSHU_PIPELINE_HELP_COMMAND_H_

#include <ostream>
#include <string>

namespace wenshu {

// "wenshu 0.1.0 (policy cn-national-2016.3)\n": the program's version and
// the version of its built-in policy.
std::string VersionLine();

// Writes VersionLine() to `out`; returns 0.
int RunVersionCommand(std::ostream& out);

// The usage text (cli_options.h). When `asked` (--help), on `out`, and
// returns 0; when not (no command was given), on `err`, and returns the
// usage error's 2.
int RunHelpCommand(bool asked, std::ostream& out, std::ostream& err);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_HELP_COMMAND_H_
