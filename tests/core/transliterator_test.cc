#include "core/transliterator.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace wenshu {
namespace {

struct TransliterationCase {
  const char* id;
  std::string text;
  std::string want;
};

class Transliterate : public ::testing::TestWithParam<TransliterationCase> {};

TEST_P(Transliterate, GivesIcusResult) {
  Result<Transliterator> t = Transliterator::Create(GetParam().id);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t.value().Transliterate(GetParam().text), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Ids, Transliterate,
    ::testing::Values(
        TransliterationCase{"Han-Latin; Latin-ASCII", "张", "zhang"},
        TransliterationCase{"Han-Latin; Latin-ASCII", "", ""},
        TransliterationCase{"Han-Latin; Latin-ASCII", "abc", "abc"},
        TransliterationCase{"Simplified-Traditional", "张", "張"},
        TransliterationCase{"Simplified-Traditional", "北京", "北京"}));

TEST(Transliterator, UnknownIdIsRefusedNamingIt) {
  Result<Transliterator> t = Transliterator::Create("No-Such-Script");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(t.status().message().starts_with(
      "ICU has no transliterator \"No-Such-Script\""))
      << t.status().message();
}

TEST(Transliterator, ManyThreadsMayShareOne) {
  Result<Transliterator> t = Transliterator::Create("Simplified-Traditional");
  ASSERT_TRUE(t.ok());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) results[i] = t.value().Transliterate("张三");
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& r : results) EXPECT_EQ(r, "張三");
}

}  // namespace
}  // namespace wenshu
