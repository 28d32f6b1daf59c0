// ProgressLine: progress of a long run on standard error.
//   On a terminal: one line redrawn at most twice a second,
//     "1,234/5,000 documents, 18.2/74.0 MB, 1,520 docs/s, 14.6 MB/s, ETA 0:42"
//     (the totals and ETA when the run knows them, SetTotals).
//   Not on a terminal, with plain lines asked for (SetPlainLines): the same
//     figures as a line of its own every `interval`, for logs.
//   Otherwise nothing, unless forced on (kOn draws the terminal line).
// Not thread-safe: call it from the single writer thread.
#ifndef WENSHU_PIPELINE_PROGRESS_H_
#define WENSHU_PIPELINE_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace wenshu {

class ProgressLine {
 public:
  enum class Mode { kAuto, kOn, kOff };
  explicit ProgressLine(Mode mode);

  // What the whole run holds, when known (0: unknown): shown as "done/total"
  // and used for the ETA (by bytes when known, else by documents).
  void SetTotals(size_t documents, size_t bytes);
  // When standard error is not a terminal and the mode is kAuto: a plain
  // line every `interval` instead of nothing.
  void SetPlainLines(std::chrono::steady_clock::duration interval);

  void Add(size_t documents, size_t bytes);
  // Prints the final figures (when enabled) and ends the line.
  void Finish();

  // The figures as shown (without the leading "\r"); for tests.
  static std::string Figures(size_t documents, size_t total_documents,
                             size_t bytes, size_t total_bytes, double seconds);

 private:
  void Draw(bool final_line);

  Mode mode_;
  bool terminal_;
  bool enabled_;
  bool plain_ = false;
  std::chrono::steady_clock::duration interval_{std::chrono::milliseconds(500)};
  size_t documents_ = 0;
  size_t bytes_ = 0;
  size_t total_documents_ = 0;
  size_t total_bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_PROGRESS_H_
