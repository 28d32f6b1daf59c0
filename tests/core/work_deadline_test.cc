#include "core/work_deadline.h"

#include <gtest/gtest.h>

#include <chrono>

namespace wenshu {
namespace {

using Clock = WorkDeadline::Clock;
using std::chrono::seconds;

// A clock the test moves by hand.
Clock::time_point fake_now;
Clock::time_point FakeNow() { return fake_now; }

TEST(WorkDeadline, DefaultNeverExpires) {
  const WorkDeadline never;
  EXPECT_TRUE(never.unlimited());
  EXPECT_FALSE(never.expired());
  size_t calls = 0;
  for (int i = 0; i < 10000; ++i) EXPECT_FALSE(never.ExpiredEvery(&calls));
}

TEST(WorkDeadline, ZeroBudgetIsExpiredFromTheStart) {
  const WorkDeadline now = WorkDeadline::After(seconds(0));
  EXPECT_FALSE(now.unlimited());
  EXPECT_TRUE(now.expired());
  size_t calls = 1;  // not on a reading call: still expired
  EXPECT_TRUE(now.ExpiredEvery(&calls));
}

TEST(WorkDeadline, ExpiresWhenTheClockPassesTheBudget) {
  fake_now = Clock::time_point(seconds(100));
  const WorkDeadline deadline = WorkDeadline::After(seconds(10), &FakeNow);
  EXPECT_FALSE(deadline.expired());
  fake_now += seconds(9);
  EXPECT_FALSE(deadline.expired());
  fake_now += seconds(1);
  EXPECT_TRUE(deadline.expired());
  // Sticky: a clock that went back does not revive it.
  fake_now -= seconds(5);
  EXPECT_TRUE(deadline.expired());
}

TEST(WorkDeadline, ExpiredEveryReadsTheClockOnlyEveryNthCall) {
  fake_now = Clock::time_point(seconds(100));
  const WorkDeadline deadline = WorkDeadline::After(seconds(10), &FakeNow);
  size_t calls = 0;
  EXPECT_FALSE(deadline.ExpiredEvery(&calls, 4));  // call 0 reads: in time
  fake_now += seconds(20);
  EXPECT_FALSE(deadline.ExpiredEvery(&calls, 4));  // 1: not read
  EXPECT_FALSE(deadline.ExpiredEvery(&calls, 4));  // 2
  EXPECT_FALSE(deadline.ExpiredEvery(&calls, 4));  // 3
  EXPECT_TRUE(deadline.ExpiredEvery(&calls, 4));   // 4 reads: past it
  EXPECT_TRUE(deadline.ExpiredEvery(&calls, 4));   // and stays so
}

TEST(WorkDeadline, HugeBudgetSaturatesInsteadOfOverflowing) {
  const WorkDeadline deadline = WorkDeadline::After(Clock::duration::max());
  EXPECT_FALSE(deadline.expired());
}

}  // namespace
}  // namespace wenshu
