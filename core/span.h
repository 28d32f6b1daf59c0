// Span: what a detector reports. Detectors never edit text; they report
// [begin, end) byte ranges of the text they scanned, with the category, the
// rule that fired and why the candidate was accepted. Also the category and
// action names the policy file and the audit use.
//
// Plain values: copy freely, not synchronized; the name functions are
// stateless and thread-safe and return views of string literals (valid for
// the life of the program). Precondition for a Span: begin <= end, offsets
// at UTF-8 character boundaries of the text it was found in. Unknown names
// are nullopt, never an error.
#ifndef WENSHU_CORE_SPAN_H_
#define WENSHU_CORE_SPAN_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace wenshu {

enum class Category : uint8_t {
  kIdNumber,  // resident ID numbers, 18- and 15-digit
  kPhone,     // mobile and landline numbers
  kEmail,
  kImAccount,            // QQ and WeChat ids
  kBankAccount,          // cards and accounts
  kPlate,                // licence plates
  kPropertyCertificate,  // real-estate, land and vehicle certificates
  kTravelDocument,       // passports and travel permits
  kPersonName,    // names anonymized under rules §3 (replaced by a pseudonym)
  kAddress,       // a natural person's home address below the county
  kHealth,        // diagnoses and medical conditions of natural persons
  kVehicleId,     // vehicle identification (frame) and engine numbers
  kCaseSpecific,  // terms and passages listed for one case
  kProtected,     // kept by rule: case numbers, statutes, credit codes...
};
inline constexpr int kCategoryCount = 14;

std::string_view CategoryName(Category category);
std::optional<Category> CategoryFromName(std::string_view name);

// What the redaction pass does with a span of a category (the policy
// chooses one per category).
enum class Action {
  // Remove the identifier with its label and the punctuation before it when
  // it forms a clause of its own; otherwise mask it (rules §5: "where plain
  // deletion would make the text hard to understand").
  kDelete,
  kMask,     // replace characters with the mask character, keeping some
  kReplace,  // replace with the category's label
  // Replace with the span's own replacement: the person's pseudonym.
  kPseudonym,
};

std::string_view ActionName(Action action);

// A half-open range of byte offsets.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

struct Span {
  size_t begin = 0;
  size_t end = 0;
  Category category = Category::kProtected;
  // Both point to string literals: valid for the life of the program.
  std::string_view rule;    // e.g. "id18_checked"
  std::string_view reason;  // e.g. "MOD 11-2 check digit, birth date, region"
  // kPersonName only: the pseudonym, owned by whoever reported the span
  // (PeopleResult) and valid while it lives.
  std::string_view replacement;
  // True when removing exactly [begin, end) leaves a grammatical clause
  // (the detector cut it so: an address detail after the county it keeps,
  // a whole address clause with its cue). A deletion then takes the span
  // as it is instead of looking for the clause around it.
  bool removable = false;
  // True when a mask must keep none of the span's characters: the span is a
  // longer run of digits with an identifier inside it, where the digits a
  // category keeps at the edges (an account's last four) could be the
  // identifier's own.
  bool mask_whole = false;
  // kProtected only: not a byte of it may change (a name kept by rule: a
  // defendant's, a judge's). A span overlapping it loses whole, and no
  // deletion is widened into it; a plain protected span (a case number)
  // drops only the spans wholly inside it.
  bool inviolable = false;

  size_t size() const { return end - begin; }
};

}  // namespace wenshu

#endif  // WENSHU_CORE_SPAN_H_
