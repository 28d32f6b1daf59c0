#include "redactors/span_source.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wenshu {
namespace {

// `matched` in increasing order (RE2::Set reports in no particular order).
std::vector<int> Sorted(std::vector<int> matched) {
  std::sort(matched.begin(), matched.end());
  return matched;
}

RegexSet CompiledSet(const std::vector<std::string>& patterns) {
  RegexSet set;
  for (const std::string& p : patterns) EXPECT_TRUE(set.Add(p).ok()) << p;
  EXPECT_TRUE(set.Compile().ok());
  return set;
}

TEST(ScanContext, MatchedPatternsRunsEachSetOncePerText) {
  const RegexSet digits = CompiledSet({"[0-9]+", "电话"});
  const RegexSet letters = CompiledSet({"[a-z]+"});
  ScanContext scan("电话 123", Strictness::kStandard);
  const std::vector<int>* first = nullptr;
  ASSERT_TRUE(scan.MatchedPatterns(digits, &first).ok());
  EXPECT_EQ(Sorted(*first), (std::vector<int>{0, 1}));
  const std::vector<int>* again = nullptr;
  ASSERT_TRUE(scan.MatchedPatterns(digits, &again).ok());
  EXPECT_EQ(again, first);  // the stored result, not a second pass
  const std::vector<int>* other = nullptr;
  ASSERT_TRUE(scan.MatchedPatterns(letters, &other).ok());
  EXPECT_TRUE(other->empty());
  EXPECT_EQ(Sorted(*first), (std::vector<int>{0, 1}));  // still valid
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
