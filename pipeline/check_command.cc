#include "pipeline/check_command.h"

#include <chrono>
#include <optional>

#include "core/date.h"
#include "pipeline/batch.h"
#include "pipeline/processor_setup.h"
#include "publishers/check_report.h"
#include "publishers/jsonl_publisher.h"

namespace wenshu {
namespace {

int Check(const BatchOptions& options, const ProcessorSetup& setup,
          std::istream& in, std::ostream& out) {
  // --overdue: the day a due date must be before.
  std::optional<Date> as_of;
  if (options.overdue) {
    as_of = options.as_of.empty()
                ? Date::FromSysDays(std::chrono::floor<std::chrono::days>(
                      std::chrono::system_clock::now()))
                : Date::ParseIso(options.as_of);
  }
  const Policy& policy = setup.policy();
  const bool table = options.check_format == "table";
  return RunJsonLinesBatch(
      in, out, table ? CheckReportHeader() : "", setup.processor(),
      [&](const ProcessedDocument& doc) -> std::string {
        if (table) return FormatCheckRow(doc, as_of);
        if (as_of && FormatCheckRow(doc, as_of).empty()) return "";
        return FormatJsonRecord(doc, policy, /*include_text=*/false);
      },
      RunOptionsFor(options));
}

}  // namespace

int RunCheckCommand(const std::vector<std::string>& args, std::istream& in,
                    std::ostream& out) {
  return RunBatchCommand(
      args, BatchCommand::kCheck, out,
      [&](const BatchOptions& options, const ProcessorSetup& setup) {
        return Check(options, setup, in, out);
      });
}

}  // namespace wenshu
