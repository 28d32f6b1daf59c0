// Digests, behind a small adapter over Poco's digest engines (the only
// place that sees Poco::DigestEngine).
//
// Stateless and thread-safe: every call builds its own engine. Any bytes
// may be digested (they need not be UTF-8); nothing here fails. Returned
// strings are the caller's.
#ifndef WENSHU_CORE_DIGEST_H_
#define WENSHU_CORE_DIGEST_H_

#include <string>
#include <string_view>

namespace wenshu {

// SHA-256 of `data`, as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace wenshu

#endif  // WENSHU_CORE_DIGEST_H_
