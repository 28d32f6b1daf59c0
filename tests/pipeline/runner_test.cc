#include "pipeline/runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

namespace wenshu {
namespace {

struct Item {
  std::string data;
  size_t bytes() const { return data.size(); }
};

TEST(Runner, EmitsInInputOrderWithManyThreads) {
  constexpr int kItems = 500;
  int next = 0;
  std::vector<int> emitted;
  RunOrdered<Item, int>(
      [&](Item* item) {
        if (next == kItems) return false;
        item->data = std::to_string(next++);
        return true;
      },
      [](Item&& item, size_t index) {
        // Uneven work so that results finish out of order.
        volatile int spin = 0;
        for (int i = 0; i < (static_cast<int>(index) % 7) * 2000; ++i)
          spin = spin + 1;
        return std::stoi(item.data);
      },
      [&](int&& value, size_t) { emitted.push_back(value); },
      RunnerOptions{4, 1 << 20});
  ASSERT_EQ(emitted.size(), static_cast<size_t>(kItems));
  for (int i = 0; i < kItems; ++i) EXPECT_EQ(emitted[i], i);
}

TEST(Runner, BoundsTheBytesInFlight) {
  constexpr size_t kBudget = 10000;
  std::atomic<size_t> in_flight{0};
  size_t peak = 0;
  int next = 0;
  RunOrdered<Item, size_t>(
      [&](Item* item) {
        if (next == 200) return false;
        ++next;
        item->data.assign(1000, 'x');
        const size_t now =
            in_flight.fetch_add(item->data.size()) + item->data.size();
        peak = std::max(peak, now);
        return true;
      },
      [](Item&& item, size_t) { return item.data.size(); },
      [&](size_t&& bytes, size_t) { in_flight.fetch_sub(bytes); },
      RunnerOptions{2, kBudget});
  // The reader counts an item before the runner admits it, so the peak may
  // exceed the budget by the one item waiting at the door.
  EXPECT_LE(peak, kBudget + 1000);
  EXPECT_EQ(in_flight.load(), 0u);
}

TEST(Runner, AnItemLargerThanTheBudgetStillPasses) {
  int next = 0;
  std::vector<size_t> sizes;
  RunOrdered<Item, size_t>(
      [&](Item* item) {
        if (next == 3) return false;
        item->data.assign(next++ == 1 ? 5000 : 10, 'x');
        return true;
      },
      [](Item&& item, size_t) { return item.data.size(); },
      [&](size_t&& size, size_t) { sizes.push_back(size); },
      RunnerOptions{2, 100});
  EXPECT_EQ(sizes, (std::vector<size_t>{10, 5000, 10}));
}

TEST(Runner, NoInputNoOutput) {
  int emitted = 0;
  RunOrdered<Item, int>(
      [](Item*) { return false; }, [](Item&&, size_t) { return 1; },
      [&](int&&, size_t) { ++emitted; }, RunnerOptions{3, 100});
  EXPECT_EQ(emitted, 0);
}

}  // namespace
}  // namespace wenshu
