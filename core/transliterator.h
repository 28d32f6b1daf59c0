// The ICU transliteration adapter: script conversion of UTF-8 text
// ("Han-Latin; Latin-ASCII" for the pinyin of a name, "Simplified-
// Traditional" for folding place names). The only place that sees
// icu::Transliterator; ICU's UErrorCode becomes a Status here.
//
// Thread-safe: ICU transliterators are not, so Transliterate serializes its
// callers on a mutex (keep it off hot paths or cache its results). The
// returned strings are owned by the caller.
#ifndef WENSHU_CORE_TRANSLITERATOR_H_
#define WENSHU_CORE_TRANSLITERATOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace wenshu {

class Transliterator {
 public:
  // The transliterator ICU knows by `id` (an ICU transform id or compound
  // id, e.g. "Han-Latin; Latin-ASCII"). kInvalidInput naming the id when
  // ICU does not know it or lacks its data.
  static Result<Transliterator> Create(std::string_view id);

  Transliterator(Transliterator&&) noexcept;
  Transliterator& operator=(Transliterator&&) noexcept;
  ~Transliterator();

  // `text` (valid UTF-8) transliterated, as UTF-8.
  std::string Transliterate(std::string_view text) const;

 private:
  struct Impl;
  explicit Transliterator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_TRANSLITERATOR_H_
