// Internal to the commands that work on the register database
// (request_command.cc, registry_command.cc): their one argument parser.
// Words are "--name VALUE", "--name=VALUE", flags, and positionals ("--"
// ends the options, so that a positional may start with '-'); "-h" or
// "--help" ends parsing with `help` set. Stateless and thread-safe;
// kInvalidInput, whose message is the usage error, for an unknown option, a
// missing or unexpected value, or an option given twice that may not be.
#ifndef WENSHU_PIPELINE_COMMAND_ARGS_H_
#define WENSHU_PIPELINE_COMMAND_ARGS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace wenshu {

struct OptionSpec {
  std::string_view name;
  bool takes_value = true;
  bool repeatable = false;
};

struct ParsedArgs {
  std::map<std::string, std::vector<std::string>, std::less<>> options;
  std::vector<std::string> positional;
  bool help = false;

  bool Has(std::string_view name) const { return options.count(name) > 0; }
  // The option's first value, or nullopt when it was not given.
  std::optional<std::string> Value(std::string_view name) const;
  std::vector<std::string> Values(std::string_view name) const;
};

// Parses args[first...] against `specs`. `aliases` maps another name of an
// option to its name in `specs` ("--db" -> "--requests"): both spellings
// count as the one option.
Result<ParsedArgs> ParseCommandArgs(
    const std::vector<std::string>& args, size_t first,
    const std::vector<OptionSpec>& specs,
    const std::vector<std::pair<std::string_view, std::string_view>>& aliases =
        {});

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_COMMAND_ARGS_H_
