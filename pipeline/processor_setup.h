// ProcessorSetup: everything a batch command loads before its first
// document — the policy (built in, or a court's file laid over it), the
// party request register, the case-family registry across runs, the
// working-day calendar and the --case-terms side file — and the
// DocumentProcessor built from them.
//
// Load reads and checks every file whole before any document is touched,
// so that a bad file stops the program at start (fail closed): its status
// message names the file (and, for a policy, the line of the key at
// fault), ready to print after "wenshu: ". The setup is immutable after
// Load; processor() is thread-safe (see document_processor.h) and lives as
// long as the setup.
//
// RunBatchCommand is the front of every batch command: options, --help,
// setup, the word-list warning, then the command's own run.
#ifndef WENSHU_PIPELINE_PROCESSOR_SETUP_H_
#define WENSHU_PIPELINE_PROCESSOR_SETUP_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "core/status.h"
#include "pipeline/batch.h"
#include "pipeline/cli_options.h"
#include "pipeline/document_processor.h"
#include "pipeline/family_store.h"
#include "redactors/policy.h"

namespace wenshu {

class ProcessorSetup {
 public:
  // Fails with IoError when a named file cannot be read and InvalidInput
  // when one is malformed.
  static Result<std::unique_ptr<ProcessorSetup>> Load(
      const BatchOptions& options);

  ProcessorSetup(const ProcessorSetup&) = delete;
  ProcessorSetup& operator=(const ProcessorSetup&) = delete;

  const DocumentProcessor& processor() const { return *processor_; }
  const Policy& policy() const { return policy_; }

  // Why the run cannot start when the policy anonymizes people and no
  // word list was found (names would be told from ordinary words by stop
  // characters alone: a run with part of its knowledge missing); empty
  // otherwise.
  std::string WordListError() const;

  // RunOptionsFor(options) with the case-family registry, when one is on
  // (--registry-key; see family_store.h). The registry lives as long as
  // the setup.
  BatchRunOptions RunOptions(const BatchOptions& options) const;
  // Why the registry could not record this run's documents (the first
  // failed write, with what to do); empty when all were recorded or no
  // registry is on.
  std::string RegistryWriteError() const;

 private:
  ProcessorSetup(Policy policy, WorkCalendar calendar)
      : policy_(std::move(policy)), calendar_(std::move(calendar)) {}

  // The processor holds references to both.
  const Policy policy_;
  const WorkCalendar calendar_;
  std::unique_ptr<const DocumentProcessor> processor_;
  std::unique_ptr<FamilyRegistry> family_registry_;  // null when off
};

// Parses `args` for `command`, writes kWenshuUsage to `out` for --help (and
// returns 0), loads the
// setup and then returns `run(options, setup)`. A usage error is printed
// and returns 2 (PrintUsageError); so does a setup that fails to load
// ("wenshu: " and its message on standard error). After the run, a failed
// write to the case-family registry is printed and turns an exit status of
// 0 into 1.
int RunBatchCommand(
    const std::vector<std::string>& args, BatchCommand command,
    std::ostream& out,
    const std::function<int(const BatchOptions&, const ProcessorSetup&)>& run);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PROCESSOR_SETUP_H_
