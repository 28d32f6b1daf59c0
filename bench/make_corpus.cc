// wenshu_make_corpus: writes a synthetic corpus of invented judgments as
// JSON Lines ({"id", "text"}), for load tests and scripts/bench.
//
//   wenshu_make_corpus --megabytes N [--seed S] > corpus.jsonl
//
// Writes whole records until at least N million bytes are out. The output
// depends only on N and S, and the corpus for a smaller N is a prefix of the
// corpus for a larger one with the same seed.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "bench/synthetic_judgment.h"

namespace {

constexpr char kUsage[] =
    "usage: wenshu_make_corpus --megabytes N [--seed S] > corpus.jsonl\n"
    "Writes at least N million bytes of invented judgments as JSON Lines\n"
    "({\"id\", \"text\"}), the same bytes for the same N and S (default seed "
    "1).\n";

std::optional<uint64_t> ParseUnsigned(const char* s) {
  if (s == nullptr || *s == '\0' || *s == '-') return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 10);
  if (errno != 0 || *end != '\0') return std::nullopt;
  return v;
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "wenshu_make_corpus: %s\n%s", message.c_str(), kUsage);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<uint64_t> megabytes;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    bool has_value = false;
    if (const size_t eq = arg.find('=');
        arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    auto take = [&]() -> const char* {
      if (has_value) return value.c_str();
      return i + 1 < argc ? argv[++i] : nullptr;
    };
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--megabytes") {
      megabytes = ParseUnsigned(take());
      if (!megabytes || *megabytes == 0 || *megabytes > (1u << 20)) {
        return UsageError("--megabytes takes a whole number from 1 to 1048576");
      }
    } else if (arg == "--seed") {
      const std::optional<uint64_t> s = ParseUnsigned(take());
      if (!s) return UsageError("--seed takes a whole number");
      seed = *s;
    } else {
      return UsageError("unknown argument '" + arg + "'");
    }
  }
  if (!megabytes) return UsageError("--megabytes is required");

  const uint64_t target = *megabytes * 1000000u;
  wenshu::SyntheticJudgmentGenerator generator(seed);
  uint64_t written = 0, documents = 0;
  std::string buffer;
  while (written < target) {
    buffer.clear();
    // A few hundred kilobytes per write: fewer system calls, same bytes.
    while (buffer.size() < (256u << 10) && written + buffer.size() < target) {
      buffer += wenshu::ToJsonLine(generator.Next());
      ++documents;
    }
    if (std::fwrite(buffer.data(), 1, buffer.size(), stdout) != buffer.size()) {
      std::fprintf(stderr,
                   "wenshu_make_corpus: writing standard output failed: %s\n",
                   std::strerror(errno));
      return 1;
    }
    written += buffer.size();
  }
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr,
                 "wenshu_make_corpus: writing standard output failed: %s\n",
                 std::strerror(errno));
    return 1;
  }
  std::fprintf(stderr,
               "wenshu_make_corpus: %llu documents, %.1f MB (seed %llu)\n",
               static_cast<unsigned long long>(documents), written / 1e6,
               static_cast<unsigned long long>(seed));
  return 0;
}
