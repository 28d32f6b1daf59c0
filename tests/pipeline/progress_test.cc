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

}  // namespace
}  // namespace wenshu
