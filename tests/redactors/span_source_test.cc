#include "redactors/span_source.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wenshu {
namespace {

// Hits as (begin, word) pairs.
std::vector<std::pair<size_t, size_t>> Pairs(
    const std::vector<ScanContext::WordHit>& hits) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const ScanContext::WordHit& h : hits) out.emplace_back(h.begin, h.word);
  return out;
}

TEST(ScanContext, WordHitsRunsEachAutomatonOncePerText) {
  const LiteralAutomaton cues(
      std::vector<std::string>{"12", "电话", "传真", "123", "3"});
  const LiteralAutomaton letters(std::vector<std::string>{"abc"});
  const std::string text = "电话 123，电话 3";
  ScanContext scan(text, Strictness::kStandard);
  const std::vector<ScanContext::WordHit>& first = scan.WordHits(cues);
  // Every occurrence, by begin, then by word, overlapping ones too.
  const size_t digits = text.find("123");
  const size_t second = text.rfind("电话");
  const std::vector<std::pair<size_t, size_t>> expected = {
      {0, 1}, {digits, 0}, {digits, 3}, {digits + 2, 4}, {second, 1},
      {text.size() - 1, 4}};
  EXPECT_EQ(Pairs(first), expected);
  const std::vector<ScanContext::WordHit>& again = scan.WordHits(cues);
  EXPECT_EQ(&again, &first);  // the stored result, not a second pass
  EXPECT_TRUE(scan.WordHits(letters).empty());
  EXPECT_EQ(Pairs(first), expected);  // still valid
  EXPECT_EQ(scan.trigger_hits(), nullptr);  // only the detector set sets them
}

TEST(ScanContext, StartsWithTheWholeTextAndNothingThatMustNotSurvive) {
  const std::string text = "原告张三";
  ScanContext scan(text, Strictness::kWidest);
  EXPECT_EQ(scan.text(), text);
  EXPECT_TRUE(scan.widest());
  ASSERT_EQ(scan.regions().size(), 1u);
  EXPECT_EQ(scan.regions()[0].begin, 0u);
  EXPECT_EQ(scan.regions()[0].end, text.size());
  EXPECT_TRUE(scan.anonymized().empty());
  EXPECT_TRUE(scan.kept_names().empty());
  EXPECT_EQ(scan.case_terms(), nullptr);

  const std::vector<PersonRecord> anonymized = {{"张三", "张某", "minor"}};
  const std::vector<std::string> kept = {"李四"};
  scan.set_people(&anonymized, &kept);
  EXPECT_EQ(&scan.anonymized(), &anonymized);
  EXPECT_EQ(scan.kept_names(), kept);
}

TEST(ScanContext, DigitChainsAreFoundOnce) {
  ScanContext scan("电话138 1234 5678与110", Strictness::kStandard);
  const std::vector<DigitChain>& chains = scan.digit_chains();
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].group_count, 3u);
  EXPECT_EQ(&scan.digit_chains(), &chains);
}

TEST(SpanSink, KeptTextOutlivesItsSourceAndSpansAppend) {
  SpanSink sink;
  std::string_view kept;
  {
    std::string pseudonym = "王某某";
    kept = sink.Keep(pseudonym);
  }
  for (int i = 0; i < 100; ++i) sink.Keep("张某" + std::to_string(i));
  EXPECT_EQ(kept, "王某某");
  sink.Add({0, 3, Category::kPhone, "a", "b"});
  sink.Append({{3, 6, Category::kEmail, "c", "d"}});
  ASSERT_EQ(sink.spans().size(), 2u);
  EXPECT_EQ(sink.spans()[1].category, Category::kEmail);
}

// A source that reports one span per occurrence of "X" and fails on "!".
class LetterSource : public SpanSource {
 public:
  std::string_view name() const override { return "letters"; }
  Status Find(const Document& doc, ScanContext& scan,
              SpanSink& sink) const override {
    if (doc.text.find('!') != std::string_view::npos)
      return Status::ResourceExhausted("too many letters");
    for (size_t at = doc.text.find('X'); at != std::string_view::npos;
         at = doc.text.find('X', at + 1))
      sink.Add({at, at + 1, Category::kProtected, "letter", "an X"});
    return Status::Ok();
  }
};

TEST(FindSpansAlone, ReturnsTheSpansOrTheError) {
  const LetterSource source;
  Result<std::vector<Span>> found =
      FindSpansAlone(source, Document{"aXbX", {}, {}}, Strictness::kStandard);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found.value().size(), 2u);
  EXPECT_EQ(found.value()[1].begin, 3u);
  Result<std::vector<Span>> failed =
      FindSpansAlone(source, Document{"X!", {}, {}}, Strictness::kStandard);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(failed.status().message(), "too many letters");
}

}  // namespace
}  // namespace wenshu
