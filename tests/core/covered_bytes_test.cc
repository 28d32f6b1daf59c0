#include "core/covered_bytes.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace wenshu {
namespace {

TEST(CoveredBytes, NothingIsCoveredAtFirst) {
  const CoveredBytes covered(300);
  EXPECT_FALSE(covered.Any(0, 300));
}

TEST(CoveredBytes, ARangeTouchesWhatSharesAByteWithIt) {
  CoveredBytes covered(300);
  covered.Cover(60, 70);  // across the first 64-byte boundary
  EXPECT_TRUE(covered.Any(60, 61));
  EXPECT_TRUE(covered.Any(69, 70));
  EXPECT_TRUE(covered.Any(55, 61));
  EXPECT_TRUE(covered.Any(64, 65));
  EXPECT_TRUE(covered.Any(0, 300));
  EXPECT_FALSE(covered.Any(50, 60));  // ends where the range begins
  EXPECT_FALSE(covered.Any(70, 80));  // begins where it ends
  EXPECT_FALSE(covered.Any(0, 60));
  EXPECT_FALSE(covered.Any(70, 300));
}

TEST(CoveredBytes, WholeWordsAndTheLastByte) {
  CoveredBytes covered(256);
  covered.Cover(64, 192);
  EXPECT_TRUE(covered.Any(127, 129));
  EXPECT_FALSE(covered.Any(0, 64));
  EXPECT_FALSE(covered.Any(192, 256));
  covered.Cover(255, 256);
  EXPECT_TRUE(covered.Any(200, 256));
}

TEST(CoveredBytes, AnswersAsABytePerByteListDoes) {
  std::mt19937 random(17);
  for (int round = 0; round < 200; ++round) {
    const size_t size = 1 + random() % 400;
    CoveredBytes covered(size);
    std::vector<bool> bytes(size, false);
    for (int k = 0; k < 40; ++k) {
      const size_t begin = random() % size;
      const size_t end =
          begin + 1 + random() % std::min<size_t>(size - begin, 140);
      bool expected = false;
      for (size_t i = begin; i < end; ++i) expected = expected || bytes[i];
      ASSERT_EQ(covered.Any(begin, end), expected)
          << "[" << begin << ", " << end << ") in " << size;
      if (random() % 2 == 0) {
        covered.Cover(begin, end);
        for (size_t i = begin; i < end; ++i) bytes[i] = true;
      }
    }
  }
}

}  // namespace
}  // namespace wenshu
