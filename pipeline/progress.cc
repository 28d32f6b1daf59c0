#include "pipeline/progress.h"

#include <unistd.h>

#include <cstdio>

namespace wenshu {

ProgressLine::ProgressLine(Mode mode)
    : enabled_(mode == Mode::kOn ||
               (mode == Mode::kAuto && isatty(STDERR_FILENO))),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void ProgressLine::Add(size_t documents, size_t bytes) {
  documents_ += documents;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(500)) return;
  last_draw_ = now;
  Draw(false);
}

void ProgressLine::Draw(bool final_line) {
  const double seconds = std::max(
      1e-6,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count());
  const double mb = bytes_ / 1e6;
  std::fprintf(stderr, "\r%zu documents, %.1f MB, %.0f docs/s, %.1f MB/s%s",
               documents_, mb, documents_ / seconds, mb / seconds,
               final_line ? "\n" : "   ");
  std::fflush(stderr);
}

void ProgressLine::Finish() {
  if (enabled_) Draw(true);
}

}  // namespace wenshu
