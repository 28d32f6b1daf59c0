// RunOrdered: a bounded, order-preserving parallel map, the engine of every
// batch command.
//
// Items are read one at a time by `next` on the calling thread, processed by
// `work` on a pool of worker threads, and handed to `emit` on a single writer
// thread strictly in input order. Memory is bounded: items whose bytes add
// up to at most `max_inflight_bytes` are between `next` and `emit` at any
// moment (a larger single item is let through alone), so a 10 GB input runs
// in the same memory as a 10 MB one. `work` must be thread-safe; `next` and
// `emit` are each called from one thread only. The output order, and so the
// output bytes, do not depend on the number of threads.
#ifndef WENSHU_PIPELINE_RUNNER_H_
#define WENSHU_PIPELINE_RUNNER_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace wenshu {

struct RunnerOptions {
  int threads = 0;                        // 0: one per core
  size_t max_inflight_bytes = 32u << 20;  // see above
};

int ResolveThreadCount(int requested);

// `In` must have a `size_t bytes() const` that says how much memory it holds.
template <typename In, typename Out>
void RunOrdered(const std::function<bool(In*)>& next,
                const std::function<Out(In&&, size_t index)>& work,
                const std::function<void(Out&&, size_t item_bytes)>& emit,
                const RunnerOptions& options) {
  std::mutex mu;
  std::condition_variable cv_space, cv_work, cv_done;
  std::deque<std::pair<size_t, In>> queue;
  std::map<size_t, std::pair<Out, size_t>> done;
  size_t inflight_bytes = 0, inflight_items = 0, total_read = 0;
  bool input_done = false;

  auto worker = [&] {
    while (true) {
      std::pair<size_t, In> item;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv_work.wait(lock, [&] { return !queue.empty() || input_done; });
        if (queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      const size_t bytes = item.second.bytes();
      Out out = work(std::move(item.second), item.first);
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(item.first, std::make_pair(std::move(out), bytes));
      }
      cv_done.notify_one();
    }
  };
  auto writer = [&] {
    size_t next_index = 0;
    while (true) {
      std::pair<Out, size_t> result;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv_done.wait(lock, [&] {
          return done.count(next_index) ||
                 (input_done && next_index == total_read);
        });
        auto it = done.find(next_index);
        if (it == done.end()) return;
        result = std::move(it->second);
        done.erase(it);
      }
      emit(std::move(result.first), result.second);
      {
        std::lock_guard<std::mutex> lock(mu);
        inflight_bytes -= result.second;
        --inflight_items;
      }
      cv_space.notify_one();
      ++next_index;
    }
  };

  const int threads = ResolveThreadCount(options.threads);
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  std::thread writer_thread(writer);

  In item;
  while (next(&item)) {
    const size_t bytes = item.bytes();
    std::unique_lock<std::mutex> lock(mu);
    cv_space.wait(lock, [&] {
      return inflight_items == 0 ||
             inflight_bytes + bytes <= options.max_inflight_bytes;
    });
    inflight_bytes += bytes;
    ++inflight_items;
    const bool was_empty = queue.empty();
    queue.emplace_back(total_read++, std::move(item));
    item = In();
    lock.unlock();
    if (was_empty) cv_work.notify_all();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    input_done = true;
  }
  cv_work.notify_all();
  cv_done.notify_all();
  for (std::thread& t : pool) t.join();
  cv_done.notify_all();
  writer_thread.join();
}

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_RUNNER_H_
