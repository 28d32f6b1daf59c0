// HMAC-SHA256 (RFC 2104, with SHA-256 of FIPS 180-4), behind a small adapter
// over Poco's HMACEngine: the only place that sees it.
//
// An HmacSha256 holds one key and computes the MAC of any number of
// messages with it. It is not thread-safe (it reuses one engine): use one
// per thread. Any bytes may be the key or a message; nothing here fails.
// The key is copied into the engine's pads; the object wipes them when it
// is destroyed. Returned strings are the caller's.
#ifndef WENSHU_CORE_HMAC_H_
#define WENSHU_CORE_HMAC_H_

#include <memory>
#include <string>
#include <string_view>

namespace wenshu {

class HmacSha256 {
 public:
  explicit HmacSha256(std::string_view key);
  HmacSha256(HmacSha256&&) noexcept;
  HmacSha256& operator=(HmacSha256&&) noexcept;
  ~HmacSha256();

  // The MAC of `message`, as 64 lower-case hex digits.
  std::string Hex(std::string_view message);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// HmacSha256(key).Hex(message), for one message.
std::string HmacSha256Hex(std::string_view key, std::string_view message);

}  // namespace wenshu

#endif  // WENSHU_CORE_HMAC_H_
