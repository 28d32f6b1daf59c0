// ProgressLine: a one-line progress report on standard error for long runs
// ("12,345 documents, 118.2 MB, 1,520 docs/s, 14.6 MB/s"), redrawn at most
// twice a second, and only when standard error is a terminal unless forced.
// Not thread-safe: call it from the single writer thread.
#ifndef WENSHU_PIPELINE_PROGRESS_H_
#define WENSHU_PIPELINE_PROGRESS_H_

#include <chrono>
#include <cstddef>

namespace wenshu {

class ProgressLine {
 public:
  enum class Mode { kAuto, kOn, kOff };
  explicit ProgressLine(Mode mode);

  void Add(size_t documents, size_t bytes);
  // Prints the final figures (when enabled) and ends the line.
  void Finish();

 private:
  void Draw(bool final_line);

  bool enabled_;
  size_t documents_ = 0;
  size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PROGRESS_H_
