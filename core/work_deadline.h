// WorkDeadline: the moment the work on one document must stop (the
// --max-document-seconds budget of pipeline/document_processor.h). Not the
// publication deadline of core/deadline.h: this one is measured in seconds
// of processing, that one in working days.
//
// The deadline is cooperative: nothing is interrupted. The stage chain asks
// expired() between stages, and a stage that loops over a large input asks
// ExpiredEvery() inside its loop, which reads the clock only every N calls
// so that the check costs next to nothing. Once expired, a deadline stays
// expired (the clock is not read again).
//
// A deadline belongs to one document and the one thread working on it: not
// synchronized. Copies are independent. Never fails.
#ifndef WENSHU_CORE_WORK_DEADLINE_H_
#define WENSHU_CORE_WORK_DEADLINE_H_

#include <chrono>
#include <cstddef>

namespace wenshu {

class WorkDeadline {
 public:
  using Clock = std::chrono::steady_clock;
  // What the deadline reads the time from; tests pass their own.
  using NowFunction = Clock::time_point (*)();

  // Never expires.
  WorkDeadline() = default;

  // Expires `budget` after now (read from `now`); a budget of zero or less
  // is expired from the start.
  static WorkDeadline After(Clock::duration budget,
                            NowFunction now = &Clock::now);
  // Never expires (the same as the default).
  static WorkDeadline Never() { return WorkDeadline(); }

  bool unlimited() const { return when_ == Clock::time_point::max(); }
  // The budget After was given (zero for an unlimited deadline), for
  // messages.
  Clock::duration budget() const { return budget_; }

  // Whether the time is up; reads the clock (tens of nanoseconds) unless
  // the deadline is unlimited or already expired.
  bool expired() const;

  // For a loop: counts the calls in `*calls` and reads the clock on every
  // `every`-th one (the first included), else answers what the last
  // reading said. Precondition: every > 0.
  bool ExpiredEvery(size_t* calls, size_t every = 4096) const {
    if (expired_) return true;
    if ((*calls)++ % every != 0) return false;
    return expired();
  }

 private:
  Clock::time_point when_ = Clock::time_point::max();
  Clock::duration budget_ = Clock::duration::zero();
  NowFunction now_ = &Clock::now;
  mutable bool expired_ = false;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_WORK_DEADLINE_H_
