#include "pipeline/help_command.h"

#include "pipeline/cli_options.h"
#include "redactors/policy.h"

namespace wenshu {

std::string VersionLine() {
  return "wenshu 0.1.0 (policy " + Policy::NationalDefault().version() + ")\n";
}

int RunVersionCommand(std::ostream& out) {
  out << VersionLine();
  return 0;
}

int RunHelpCommand(bool asked, std::ostream& out, std::ostream& err) {
  (asked ? out : err) << kWenshuUsage;
  return asked ? 0 : 2;
}

}  // namespace wenshu
