// OutputFiles: the files one run of `wenshu publish` writes under its
// output directory, each written so that a kill at any moment leaves either
// the old file or the new one whole (docs/publish-design.md, "Crash
// safety"):
//   - every file is written under a temporary name in OUT/state/tmp/ (on
//     the same filesystem) and renamed over its place;
//   - a file whose bytes are already those to write is left alone, so a run
//     that changes nothing writes nothing (and the counts say so);
//   - temporary files a killed run left behind are removed when the next
//     run opens the directory.
//
// Fault injection for the crash test: when the environment variable
// WENSHU_KILL_AFTER_WRITES is a number N, the process kills itself with
// SIGKILL right after its N-th file is renamed into place (tests only).
//
// Paths given are relative to the output directory, '/'-separated, never
// absolute and never climbing with "..". Errors are Status values naming
// the file and what the system said (kIoError), or the bad path
// (kInvalidInput). Not thread-safe: one writer thread.
#ifndef WENSHU_PIPELINE_OUTPUT_FILES_H_
#define WENSHU_PIPELINE_OUTPUT_FILES_H_

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/status.h"

namespace wenshu {

class OutputFiles {
 public:
  // Creates `root` (and OUT/state/tmp) when missing and empties the
  // temporary folder. kIoError when it cannot.
  static Result<OutputFiles> Open(const std::string& root);

  // Writes `bytes` at `path` unless the file holds them already. True when
  // the file was written.
  Result<bool> Write(std::string_view path, std::string_view bytes);
  // Removes `path` when it exists. True when a file was removed.
  Result<bool> Remove(std::string_view path);
  // The bytes at `path`, or nullopt when there is no file.
  Result<std::optional<std::string>> Read(std::string_view path) const;

  // A temporary file to stream into (e.g. the audit), and its move into
  // place at `path` unless the bytes there are the same (then the
  // temporary file is dropped). True when `path` was written.
  std::string TemporaryPath(std::string_view name) const;
  Result<bool> Commit(const std::string& temporary, std::string_view path);

  const std::string& root() const { return root_; }
  std::string Absolute(std::string_view path) const;
  size_t written() const { return written_; }
  size_t unchanged() const { return unchanged_; }
  size_t removed() const { return removed_; }

 private:
  explicit OutputFiles(std::string root) : root_(std::move(root)) {}
  Status MakeParents(const std::string& absolute);
  // Renames `temporary` to `absolute`, creating its folders; the temporary
  // file is removed when that fails.
  Result<bool> MoveIntoPlace(const std::string& temporary,
                             const std::string& absolute);

  std::string root_;
  std::set<std::string> made_dirs_;
  size_t written_ = 0;
  size_t unchanged_ = 0;
  size_t removed_ = 0;
  size_t temporary_count_ = 0;
  size_t kill_after_ = 0;  // 0: never
  void Renamed();
};

// Whether `path` is relative, '/'-separated, non-empty and without an
// empty, "." or ".." segment.
bool IsSafeRelativePath(std::string_view path);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_OUTPUT_FILES_H_
