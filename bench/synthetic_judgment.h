// SyntheticJudgment: invented Chinese court judgments, for the benchmarks
// and for load-testing `wenshu redact` (bench/make_corpus.cc).
//
// Each document is a civil, criminal or administrative judgment of 3,000 to
// 30,000 bytes with the zones a real one has (header, party blocks,
// procedure, facts, holding, tail) and the identifiers the detectors look
// for in about the density real texts have them: resident ID numbers with a
// valid MOD 11-2 check character, mobile and landline numbers,
// Luhn-valid bank cards with real issuer prefixes, licence plates, e-mail
// addresses, QQ and WeChat ids, occasionally passports and property
// certificates; and the numbers that must be kept: case numbers, statute
// articles, amounts, dates, credit codes, practising licences. Some
// documents write digits full-width; paragraphs are joined by newlines,
// spaces, full-width indents or nothing, as real texts are.
//
// Every name, number and address is made up by the generator; nothing is
// copied from a real judgment. The output depends on the seed alone: the
// generator uses its own PRNG and arithmetic rather than <random>'s
// distributions, whose results differ between standard libraries, so a
// corpus can be rebuilt byte for byte on any machine. Document k of a seed
// does not depend on how many documents were asked for, so a small corpus
// is a prefix of a larger one with the same seed.
//
// A generator is not thread-safe; use one per thread.
#ifndef WENSHU_BENCH_SYNTHETIC_JUDGMENT_H_
#define WENSHU_BENCH_SYNTHETIC_JUDGMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wenshu {

enum class JudgmentKind { kCivil, kCriminal, kAdministrative };
std::string_view JudgmentKindName(JudgmentKind kind);

struct SyntheticJudgment {
  std::string id;  // "syn-<seed>-<index>", unique for a seed
  JudgmentKind kind = JudgmentKind::kCivil;
  std::string text;  // valid UTF-8, no control characters but \n
};

class SyntheticJudgmentGenerator {
 public:
  static constexpr size_t kMinBytes = 3000;
  static constexpr size_t kMaxBytes = 30000;

  explicit SyntheticJudgmentGenerator(uint64_t seed) : seed_(seed) {}

  // The next document of the seed's sequence.
  SyntheticJudgment Next();

 private:
  uint64_t seed_;
  uint64_t index_ = 0;
};

// The first documents of `seed`'s sequence whose texts add up to at least
// `min_bytes`.
std::vector<SyntheticJudgment> GenerateJudgments(uint64_t seed,
                                                 size_t min_bytes);

// One JSON Lines record {"id": ..., "text": ...}, newline included.
std::string ToJsonLine(const SyntheticJudgment& judgment);

}  // namespace wenshu

#endif  // WENSHU_BENCH_SYNTHETIC_JUDGMENT_H_
