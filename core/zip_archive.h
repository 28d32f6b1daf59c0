// The zip adapter: reads a zip archive's entries into memory and writes one
// from named entries. The only place that sees Poco::Zip; its exceptions
// become Status values here and nowhere else.
//
// Reading treats the archive as hostile. Every entry is decompressed through
// a counting stream, so the caps below hold whatever the headers claim: an
// entry past ZipLimits::max_entry_bytes, or all entries together past
// max_total_bytes, or more than max_entries entries, or an entry past 1 MiB
// that expands more than max_ratio times its compressed size, stops the read
// with kResourceExhausted (zip bombs). An entry name that is absolute, has a
// drive letter or a backslash, or a ".." component is refused with
// kInvalidInput (zip slip), as are encrypted entries, compression methods
// other than stored and deflate, and archives that are truncated or not zips.
// Directory entries are skipped.
//
// Free functions over values; thread-safe.
#ifndef WENSHU_CORE_ZIP_ARCHIVE_H_
#define WENSHU_CORE_ZIP_ARCHIVE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace wenshu {

struct ZipEntry {
  std::string name;  // the path inside the archive, '/'-separated
  std::string data;  // the uncompressed bytes
};

struct ZipLimits {
  size_t max_entry_bytes = 200u << 20;  // 200 MiB uncompressed per entry
  size_t max_total_bytes = 200u << 20;  // 200 MiB uncompressed in all
  size_t max_entries = 10000;
  // Uncompressed bytes per compressed byte, checked once an entry passes
  // 1 MiB uncompressed (0: not checked). XML deflates 10 to 30 times;
  // deflate's limit is about 1000.
  size_t max_ratio = 200;
};

// Whether `name` is safe to use as a path below an output directory: not
// empty, relative, no drive letter, no backslash, no "." or ".." component.
bool IsSafeZipEntryName(std::string_view name);

// The entries of the zip archive `bytes`, sorted by name.
Result<std::vector<ZipEntry>> ReadZip(std::string_view bytes,
                                      const ZipLimits& limits = ZipLimits());

// The entry called `name`, or nullptr.
const ZipEntry* FindZipEntry(const std::vector<ZipEntry>& entries,
                             std::string_view name);

// A zip archive holding `entries` deflated, in the given order, each dated
// 1980-01-01 so that the same entries always make the same bytes. Refuses
// unsafe or duplicate names (kInvalidInput).
Result<std::string> WriteZip(const std::vector<ZipEntry>& entries);

}  // namespace wenshu

#endif  // WENSHU_CORE_ZIP_ARCHIVE_H_
