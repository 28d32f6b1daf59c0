#include "pipeline/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace wenshu {
namespace {

// 1234567 -> "1,234,567".
std::string Grouped(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60,
                  s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

ProgressLine::ProgressLine(Mode mode)
    : mode_(mode),
      terminal_(isatty(STDERR_FILENO) != 0),
      enabled_(mode == Mode::kOn || (mode == Mode::kAuto && terminal_)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void ProgressLine::SetTotals(size_t documents, size_t bytes) {
  total_documents_ = documents;
  total_bytes_ = bytes;
}

void ProgressLine::SetPlainLines(std::chrono::steady_clock::duration interval) {
  if (mode_ != Mode::kAuto || terminal_) return;
  enabled_ = true;
  plain_ = true;
  interval_ = interval;
}

std::string ProgressLine::Figures(size_t documents, size_t total_documents,
                                  size_t bytes, size_t total_bytes,
                                  double seconds) {
  seconds = std::max(seconds, 1e-6);
  std::string out = Grouped(documents);
  if (total_documents > 0) out += "/" + Grouped(total_documents);
  char buf[128];
  std::snprintf(buf, sizeof buf, " documents, %.1f", bytes / 1e6);
  out += buf;
  if (total_bytes > 0) {
    std::snprintf(buf, sizeof buf, "/%.1f", total_bytes / 1e6);
    out += buf;
  }
  std::snprintf(buf, sizeof buf, " MB, %.0f docs/s, %.1f MB/s",
                documents / seconds, bytes / 1e6 / seconds);
  out += buf;
  // The ETA by bytes when they are known, else by documents.
  double fraction = 0;
  if (total_bytes > 0) {
    fraction = static_cast<double>(bytes) / total_bytes;
  } else if (total_documents > 0) {
    fraction = static_cast<double>(documents) / total_documents;
  }
  if (fraction > 0 && fraction < 1)
    out += ", ETA " + Clock(seconds * (1 - fraction) / fraction);
  return out;
}

void ProgressLine::Add(size_t documents, size_t bytes) {
  documents_ += documents;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < interval_) return;
  last_draw_ = now;
  Draw(false);
}

void ProgressLine::Draw(bool final_line) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  const std::string figures = Figures(documents_, total_documents_, bytes_,
                                      total_bytes_, seconds);
  if (plain_) {
    std::fprintf(stderr, "wenshu: %s\n", figures.c_str());
  } else {
    std::fprintf(stderr, "\r%s%s", figures.c_str(),
                 final_line ? "\n" : "   ");
  }
  std::fflush(stderr);
}

void ProgressLine::Finish() {
  // Plain lines end with the summary, which says the same.
  if (enabled_ && !plain_) Draw(true);
}

}  // namespace wenshu
