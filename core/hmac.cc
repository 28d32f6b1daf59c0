#include "core/hmac.h"

#include <Poco/DigestEngine.h>
#include <Poco/HMACEngine.h>
#include <Poco/SHA2Engine.h>

namespace wenshu {
namespace {

// HMACEngine needs an engine type with a default constructor and its block
// and digest sizes; Poco 1.11 has no SHA2Engine256 to give them.
class Sha256Engine : public Poco::SHA2Engine {
 public:
  enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
  Sha256Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};

}  // namespace

struct HmacSha256::Impl {
  explicit Impl(std::string_view key) : engine(key.data(), key.size()) {}
  Poco::HMACEngine<Sha256Engine> engine;
};

// Poco checks the key pointer, which an empty view may leave null.
HmacSha256::HmacSha256(std::string_view key)
    : impl_(std::make_unique<Impl>(key.empty() ? std::string_view("", 0)
                                               : key)) {}
HmacSha256::HmacSha256(HmacSha256&&) noexcept = default;
HmacSha256& HmacSha256::operator=(HmacSha256&&) noexcept = default;
HmacSha256::~HmacSha256() = default;

std::string HmacSha256::Hex(std::string_view message) {
  impl_->engine.update(message.data(), static_cast<unsigned>(message.size()));
  // digest() resets the engine to the inner pad for the next message.
  return Poco::DigestEngine::digestToHex(impl_->engine.digest());
}

std::string HmacSha256Hex(std::string_view key, std::string_view message) {
  return HmacSha256(key).Hex(message);
}

}  // namespace wenshu
