// The wenshu command line: picks the command and hands it the rest of the
// words. Each command lives in its own file (pipeline/*_command.h); those
// that process documents share the one batch loop (pipeline/batch.h).
#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "pipeline/check_command.h"
#include "pipeline/cli_options.h"
#include "pipeline/help_command.h"
#include "pipeline/names_command.h"
#include "pipeline/publish_command.h"
#include "pipeline/redact_command.h"
#include "pipeline/registry_command.h"
#include "pipeline/request_command.h"

int main(int argc, char** argv) {
  // Documents come and go by the thousand: keep freed memory in the heap
  // instead of returning it to the kernel after every document.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" ||
      args[0] == "help") {
    return wenshu::RunHelpCommand(!args.empty(), std::cout, std::cerr);
  }
  if (args[0] == "--version") return wenshu::RunVersionCommand(std::cout);
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "redact")
    return wenshu::RunRedactCommand(rest, std::cin, std::cout);
  if (args[0] == "publish")
    return wenshu::RunPublishCommand(rest, std::cin, std::cout);
  if (args[0] == "check")
    return wenshu::RunCheckCommand(rest, std::cin, std::cout);
  if (args[0] == "request")
    return wenshu::RunRequestCommand(rest, std::cout, std::cerr);
  if (args[0] == "names")
    return wenshu::RunNamesCommand(rest, std::cin, std::cout, std::cerr);
  if (args[0] == "registry")
    return wenshu::RunRegistryCommand(rest, std::cout, std::cerr);
  if (args[0] == "withdraw")
    return wenshu::RunWithdrawCommand(rest, std::cout, std::cerr);
  return wenshu::PrintUsageError(
      "unknown command '" + args[0] +
      "' (commands: publish, redact, check, request, names, registry, withdraw)");
}
