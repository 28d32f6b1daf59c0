#include "core/work_deadline.h"

namespace wenshu {

WorkDeadline WorkDeadline::After(Clock::duration budget, NowFunction now) {
  WorkDeadline deadline;
  deadline.now_ = now;
  deadline.budget_ = budget;
  const Clock::time_point start = now();
  // Saturates: a budget past the clock's range never expires.
  deadline.when_ = budget >= Clock::time_point::max() - start
                       ? Clock::time_point::max()
                       : start + budget;
  if (budget <= Clock::duration::zero()) {
    deadline.when_ = start;
    deadline.expired_ = true;
  }
  return deadline;
}

bool WorkDeadline::expired() const {
  if (expired_) return true;
  if (unlimited()) return false;
  expired_ = now_() >= when_;
  return expired_;
}

}  // namespace wenshu
