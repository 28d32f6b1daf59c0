// Tables of fixed-size records in a byte string: the form of the tables the
// build prepares (tools/prepare_tables) and a process reads in place, where
// they are compiled in, without building anything at start-up.
//
// Numbers are 32-bit, in the byte order of the machine (the build and the
// run are the same machine type); the hash that places names in a table's
// slots is fixed (64-bit FNV-1a), so that the build and the run agree.
// Header-only, stateless and thread-safe. ReadU32 reads the four bytes at
// `p`: the caller checks that they lie inside the table.
#ifndef WENSHU_CORE_BYTE_TABLE_H_
#define WENSHU_CORE_BYTE_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wenshu {

inline uint32_t ReadU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline void AppendU32(uint32_t v, std::string* out) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  out->append(b, sizeof v);
}

// 64-bit FNV-1a of the bytes. It is computed a byte at a time, so that the
// hashes of every prefix of a text come in one pass (TableHashStep from
// kTableHashSeed).
inline constexpr uint64_t kTableHashSeed = 14695981039346656037ull;
inline uint64_t TableHashStep(uint64_t h, unsigned char c) {
  return (h ^ c) * 1099511628211ull;
}
inline uint64_t TableHash(std::string_view bytes) {
  uint64_t h = kTableHashSeed;
  for (unsigned char c : bytes) h = TableHashStep(h, c);
  return h;
}

}  // namespace wenshu

#endif  // WENSHU_CORE_BYTE_TABLE_H_
