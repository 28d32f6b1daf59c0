// Digests, behind a small adapter over Poco's digest engines.
#ifndef WENSHU_CORE_DIGEST_H_
#define WENSHU_CORE_DIGEST_H_

#include <string>
#include <string_view>

namespace wenshu {

// SHA-256 of `data`, as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace wenshu

#endif  // WENSHU_CORE_DIGEST_H_
