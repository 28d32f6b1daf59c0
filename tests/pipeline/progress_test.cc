#include "pipeline/progress.h"

#include <gtest/gtest.h>

#include <string>

namespace wenshu {
namespace {

TEST(ProgressLine, OffPrintsNothing) {
  testing::internal::CaptureStderr();
  ProgressLine progress(ProgressLine::Mode::kOff);
  progress.Add(3, 2'500'000);
  progress.Finish();
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(ProgressLine, OnEndsWithTheTotalsOnOneLine) {
  testing::internal::CaptureStderr();
  ProgressLine progress(ProgressLine::Mode::kOn);
  // Within half a second of the start: nothing is redrawn yet.
  progress.Add(2, 1'000'000);
  progress.Add(1, 1'500'000);
  progress.Finish();
  const std::string out = testing::internal::GetCapturedStderr();
  const std::string head = "\r3 documents, 2.5 MB, ";
  ASSERT_GE(out.size(), head.size());
  EXPECT_EQ(out.substr(0, head.size()), head);
  EXPECT_EQ(out.find('\r', 1), std::string::npos) << out;
  EXPECT_NE(out.find(" docs/s, "), std::string::npos) << out;
  EXPECT_EQ(out.substr(out.size() - 5), "MB/s\n");
}

// The figures with totals, and the ETA from the share of bytes done (else
// of documents); none before anything is done or once all is.
TEST(ProgressLine, FiguresShowTotalsAndTheTimeLeft) {
  struct Case {
    size_t docs, total_docs, bytes, total_bytes;
    double seconds;
    const char* expected;
  };
  const Case cases[] = {
      {1234, 5000, 18'200'000, 74'000'000, 10,
       "1,234/5,000 documents, 18.2/74.0 MB, 123 docs/s, 1.8 MB/s, ETA 0:31"},
      {10, 40, 0, 0, 5, "10/40 documents, 0.0 MB, 2 docs/s, 0.0 MB/s, ETA 0:15"},
      {7, 0, 1'000'000, 0, 2, "7 documents, 1.0 MB, 4 docs/s, 0.5 MB/s"},
      {40, 40, 9'000'000, 9'000'000, 3,
       "40/40 documents, 9.0/9.0 MB, 13 docs/s, 3.0 MB/s"},
      {1, 0, 1'000'000, 4'000'000, 3600,
       "1 documents, 1.0/4.0 MB, 0 docs/s, 0.0 MB/s, ETA 3:00:00"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ProgressLine::Figures(c.docs, c.total_docs, c.bytes,
                                    c.total_bytes, c.seconds),
              c.expected);
  }
}

}  // namespace
}  // namespace wenshu
