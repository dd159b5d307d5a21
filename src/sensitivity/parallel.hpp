#pragma once
// Independent jobs on a few threads, results by index: the output does not
// depend on which thread ran which job, nor on how many there were.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace criterio {

// Runs `job(i)` for i in [0, count) on up to `threads` threads (0: the
// hardware's). If jobs throw, the exception of the lowest index is rethrown
// after every thread has stopped, so that a failure too is deterministic.
template <class Job>
void parallel_for(std::size_t count, unsigned threads, const Job& job) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const auto workers = static_cast<unsigned>(std::min<std::size_t>(threads, count));
  std::vector<std::exception_ptr> errors(count);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) {
      try {
        job(i);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < workers; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // fewer threads: this one does the rest
    }
  }
  work();
  for (auto& thread : pool) thread.join();
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace criterio
