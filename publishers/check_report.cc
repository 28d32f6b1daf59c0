#include "publishers/check_report.h"

#include <vector>

namespace wenshu {
namespace {

// Tabs and line breaks inside a field become spaces.
std::string Field(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Reasons(const ProcessedDocument& doc) {
  std::string out;
  if (doc.status == PublicationStatus::kHeld) out = doc.error;
  for (const DecisionReason& r : doc.decision_reasons) {
    if (!out.empty()) out += "; ";
    out += r.ground + " (" + r.field + (r.value.empty() ? "" : ": " + r.value) +
           ")";
  }
  // What a due date could not take into account (a year the holiday
  // calendar does not cover); a missing date shows as "-" in its column.
  if (doc.due_date && !doc.due_note.empty())
    out += (out.empty() ? "due_date (" : "; due_date (") + doc.due_note + ")";
  return out;
}

// "inferred: holding:抚养费; cause:合同纠纷 (stated)", or "stated: ..."
// when the decision rests on the metadata and the stated cause only.
std::string Signals(const ProcessedDocument& doc) {
  if (doc.decision_signals.empty()) return "";
  std::string out = doc.decision_inferred ? "inferred: " : "stated: ";
  for (size_t i = 0; i < doc.decision_signals.size(); ++i)
    out += (i ? "; " : "") + doc.decision_signals[i];
  return out;
}

}  // namespace

std::string CheckReportHeader() {
  return "line\tid\tstatus\tgrounds\tcase_number\tcause\tdue_date\t"
         "days_overdue\treasons\tsignals\n";
}

std::string FormatCheckRow(const ProcessedDocument& doc,
                           const std::optional<Date>& overdue_as_of) {
  std::string days_overdue;
  if (overdue_as_of) {
    std::optional<Date> due =
        doc.due_date ? Date::ParseIso(*doc.due_date) : std::nullopt;
    if (!due || !(*due < *overdue_as_of)) return "";
    days_overdue =
        std::to_string((overdue_as_of->ToSysDays() - due->ToSysDays()).count());
  }
  std::string grounds;
  for (const std::string& g : doc.grounds)
    grounds += (grounds.empty() ? "" : ",") + g;
  std::string row;
  row += std::to_string(doc.line_number) + '\t';
  row += Field(doc.id.value_or("")) + '\t';
  row += std::string(PublicationStatusName(doc.status)) + '\t';
  row += grounds + '\t';
  row += Field(doc.header && doc.header->case_number
                   ? doc.header->case_number->text
                   : "") +
         '\t';
  row += Field(doc.header ? doc.header->cause : "") +
         (doc.cause_inferred ? " (inferred)" : "") + '\t';
  row += Field(doc.due_date.value_or(doc.due_note.empty() ? "" : "-")) + '\t';
  row += days_overdue + '\t';
  row += Field(Reasons(doc)) + '\t';
  row += Field(Signals(doc)) + '\n';
  return row;
}

}  // namespace wenshu
