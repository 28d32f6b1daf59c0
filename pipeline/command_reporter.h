// Internal to the commands that work on the register database
// (request_command.cc, registry_command.cc): how a command reports a usage
// error (exit status 2, with a pointer to its --help), a refusal (exit
// status 1, the reason) and a failed write of its output (exit status 1),
// each message starting with the command's name ("wenshu request add: ...").
// Not thread-safe; one per command run.
#ifndef WENSHU_PIPELINE_COMMAND_REPORTER_H_
#define WENSHU_PIPELINE_COMMAND_REPORTER_H_

#include <ostream>
#include <string>
#include <utility>

#include "core/status.h"

namespace wenshu {

class CommandReporter {
 public:
  CommandReporter(std::string name, std::ostream& err)
      : name_(std::move(name)), err_(err) {}

  int Usage(const std::string& message) {
    err_ << name_ << ": " << message << "\nTry '" << name_ << " --help'.\n";
    return 2;
  }
  int Refused(const Status& status) {
    err_ << name_ << ": " << status.message() << "\n";
    return 1;
  }
  // 0 when `out` took everything written to it, else 1 (said on err).
  int Written(std::ostream& out) {
    out.flush();
    if (out) return 0;
    err_ << name_ << ": cannot write the output\n";
    return 1;
  }

 private:
  std::string name_;
  std::ostream& err_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_COMMAND_REPORTER_H_
