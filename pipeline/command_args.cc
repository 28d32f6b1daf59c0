#include "pipeline/command_args.h"

namespace wenshu {

std::optional<std::string> ParsedArgs::Value(std::string_view name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second.front();
}

std::vector<std::string> ParsedArgs::Values(std::string_view name) const {
  auto it = options.find(name);
  return it == options.end() ? std::vector<std::string>{} : it->second;
}

Result<ParsedArgs> ParseCommandArgs(
    const std::vector<std::string>& args, size_t first,
    const std::vector<OptionSpec>& specs,
    const std::vector<std::pair<std::string_view, std::string_view>>& aliases) {
  ParsedArgs parsed;
  bool options_end = false;
  for (size_t i = first; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_end || arg.size() < 2 || arg[0] != '-') {
      parsed.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_end = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
      return parsed;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (const size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    for (const auto& [alias, target] : aliases) {
      if (name == alias) name = std::string(target);
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs) {
      if (s.name == name) spec = &s;
    }
    if (spec == nullptr)
      return Status::InvalidInput("unknown option '" + name + "'");
    if (!spec->takes_value && value)
      return Status::InvalidInput(name + " takes no value");
    if (spec->takes_value && !value) {
      if (i + 1 >= args.size())
        return Status::InvalidInput(name + " needs a value");
      value = args[++i];
    }
    if (!spec->repeatable && parsed.Has(name))
      return Status::InvalidInput(name + " may be given once");
    parsed.options[name].push_back(value.value_or(""));
  }
  return parsed;
}

}  // namespace wenshu
