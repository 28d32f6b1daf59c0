// InputRecord: one document as it arrives, from a JSON Lines record
// {"id": string, "text": string, "meta": {court, case_number, doc_type,
// cause, decision_date, flags: [strings], case_terms: [strings]}} or from a
// text file.
//
// ParseInputLine checks everything a record must satisfy before it may be
// processed and fails with kInvalidInput saying what is wrong; the id is
// still reported when it could be read, so that the held record names it.
// Stateless and thread-safe. A ParsedLine owns its strings; nothing views
// the line parsed.
#ifndef WENSHU_CORE_INPUT_RECORD_H_
#define WENSHU_CORE_INPUT_RECORD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

// The record of a court's decision not to publish (rules §2,
// court_discretion): the judge's written reason and who approved it (Art.
// 12: the division head and the vice-president in charge).
struct CourtDiscretionRecord {
  std::string reason;
  std::vector<std::string> approved_by;
  std::string approved_on;  // as given, e.g. "2024-03-01"
};

struct InputMeta {
  std::optional<std::string> court;
  std::optional<std::string> case_number;
  std::optional<std::string> doc_type;
  std::optional<std::string> cause;
  std::optional<std::string> decision_date;
  std::vector<std::string> flags;
  // Terms and passages listed for this case (trade secrets, privacy
  // passages, technical investigation measures...), removed at every
  // occurrence; see redactors/case_terms.h. Checked for type here, for
  // content when the document is processed.
  std::vector<std::string> case_terms;
  std::optional<CourtDiscretionRecord> court_discretion;
  // For the publication due date (rules Art. 7): when the document took
  // effect, whether it was appealed or protested, and when the second
  // instance took effect (ISO dates, as given).
  std::optional<std::string> effective_date;
  bool appealed = false;
  std::optional<std::string> second_instance_effective_date;
};

struct InputRecord {
  std::string id;
  std::string text;
  InputMeta meta;
  // The text is known to be well-formed UTF-8 (read by a parser that
  // checked it: JsonObject::StringsAreWellFormed), so that it is not
  // checked again when processed.
  bool text_is_utf8 = false;
};

struct ParsedLine {
  Result<InputRecord> record = Status::Internal("not parsed");
  std::optional<std::string> id;  // known even when record is an error
};

// `readable_padding`: bytes after `line` in memory that may be read (see
// JsonObject::Parse); with enough of them the line is parsed where it lies.
// The record's text is the one copy of the line's "text" made.
ParsedLine ParseInputLine(std::string_view line, size_t readable_padding = 0);

// Checks a document text: well-formed UTF-8, no NUL or other control
// characters except tab, line feed and carriage return. The error names the
// byte offset. With `known_utf8` (InputRecord::text_is_utf8) the bytes'
// form is taken as checked and only the characters are looked at.
Status ValidateText(std::string_view text, bool known_utf8 = false);

}  // namespace wenshu

#endif  // WENSHU_CORE_INPUT_RECORD_H_
