#include "core/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <mutex>

namespace wenshu {

struct Transliterator::Impl {
  std::mutex mu;
  std::unique_ptr<icu::Transliterator> icu;
};

Result<Transliterator> Transliterator::Create(std::string_view id) {
  UErrorCode status = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->icu.reset(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(
          icu::StringPiece(id.data(), static_cast<int32_t>(id.size()))),
      UTRANS_FORWARD, status));
  if (U_FAILURE(status) || impl->icu == nullptr) {
    return Status::InvalidInput("ICU has no transliterator \"" +
                                std::string(id) + "\" (" + u_errorName(status) +
                                ")");
  }
  return Transliterator(std::move(impl));
}

Transliterator::Transliterator(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
Transliterator::Transliterator(Transliterator&&) noexcept = default;
Transliterator& Transliterator::operator=(Transliterator&&) noexcept = default;
Transliterator::~Transliterator() = default;

std::string Transliterator::Transliterate(std::string_view text) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->icu->transliterate(s);
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace wenshu
