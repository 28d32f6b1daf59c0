// ClauseFinder: decides whether an identifier stands in a clause of its own
// and, if so, which bytes to remove with it.
//
// Rules §5: deletion must leave grammatical text. "男，公民身份号码110…，汉族"
// loses "，公民身份号码110…" (the label and the comma before it);
// "（卡号6222…）" loses the brackets too; "转入卡号为6222…的账户" cannot lose
// the number without breaking the sentence, so there is no removable clause
// and the caller masks the number instead. Works on normalized text
// (half-width punctuation). Immutable and thread-safe.
#ifndef WENSHU_REDACTORS_CLAUSE_H_
#define WENSHU_REDACTORS_CLAUSE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/regex.h"
#include "core/span.h"

namespace wenshu {

class ClauseFinder {
 public:
  ClauseFinder();

  // The range of `text` to remove for the identifier (or list of
  // identifiers joined by 、) at `value`, or nullopt when it is embedded in
  // a sentence.
  std::optional<ByteRange> RemovableRange(std::string_view text,
                                          ByteRange value) const;

  // Widens a removal (after neighbouring removals were merged) so that it
  // leaves no empty brackets, no sentence starting with a comma, and no
  // doubled punctuation.
  ByteRange Tidy(std::string_view text, ByteRange range) const;

 private:
  Regex label_;  // full match: nothing but labels before the value
};

}  // namespace wenshu

#endif  // WENSHU_REDACTORS_CLAUSE_H_
