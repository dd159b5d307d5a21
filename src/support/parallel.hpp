#pragma once
// Running independent tasks on a few threads so that the output does not
// depend on which thread ran which task, nor on how many threads there were.
// Every multi-threaded part of the library goes through these two functions:
//
//   parallel_for      task k writes its own result (slot k of a vector);
//   parallel_ordered  task k returns a value, and the calling thread takes
//                     the values in order of k while later tasks still run
//                     (a stream written as it is made, or a fold in order).
//
// Threads are a request, not a promise: 0 asks for one per core, and when the
// system refuses a thread the others take its tasks, which changes the time
// but never the result. Tasks are handed out one at a time in order of k, so
// a task's result must depend only on k (and on per-thread scratch that it
// resets). An exception thrown by a task reaches the caller once every thread
// has stopped; when several tasks throw, it is the one of the lowest k, so
// that a failure is as reproducible as a result.

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace criterio {

// The threads to use for `requested`: itself, or one per core for 0.
inline unsigned thread_count(unsigned requested) {
  return requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

namespace parallel_detail {

// Threads joined on destruction. start(count, work) runs work(t) on up to
// `count` new threads, fewer when the system has no more to give.
class ThreadGroup {
 public:
  ThreadGroup() = default;
  ThreadGroup(const ThreadGroup&) = delete;
  ThreadGroup& operator=(const ThreadGroup&) = delete;
  ~ThreadGroup() {
    for (auto& thread : m_threads) thread.join();
  }
  template <class Work>
  void start(std::size_t count, const Work& work) {
    for (std::size_t t = 0; t < count; ++t) {
      try {
        m_threads.emplace_back([&work, t] { work(t); });
      } catch (const std::system_error&) {
        return;  // fewer threads: the others take the tasks
      }
    }
  }
  std::size_t size() const { return m_threads.size(); }

 private:
  std::vector<std::thread> m_threads;
};

// The state parallel_ordered's threads share: tasks taken in order, at most
// `window` of them ahead of the consumer, results in a ring of slots.
template <class Result>
class OrderedTasks {
 public:
  OrderedTasks(std::size_t tasks, std::size_t window) : m_end(tasks), m_slots(window) {}

  // The next task to run, or nullopt once there is none (all taken, a task
  // failed before it, or the consumer stopped).
  std::optional<std::size_t> take() {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_stopped || m_next >= m_end || m_next < m_consumed + m_slots.size(); });
    if (m_stopped || m_next >= m_end) return std::nullopt;
    return m_next++;
  }
  void put(std::size_t k, Result result) {
    const std::lock_guard lock(m_mutex);
    m_slots[k % m_slots.size()].result.emplace(std::move(result));
    m_ready.notify_all();
  }
  // Task k threw: tasks after k are not started, those before it finish.
  void fail(std::size_t k, std::exception_ptr error) {
    const std::lock_guard lock(m_mutex);
    m_slots[k % m_slots.size()].error = std::move(error);
    m_end = std::min(m_end, k + 1);
    m_ready.notify_all();
    m_space.notify_all();
  }
  // Task k's result, once it is there; rethrows what task k threw.
  Result get(std::size_t k) {
    std::unique_lock lock(m_mutex);
    Slot& slot = m_slots[k % m_slots.size()];
    m_ready.wait(lock, [&] { return slot.result || slot.error; });
    if (slot.error) std::rethrow_exception(slot.error);
    Result result = std::move(*slot.result);
    slot.result.reset();
    ++m_consumed;
    m_space.notify_all();
    return result;
  }
  // The consumer gives up: no task starts any more.
  void stop() {
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_space.notify_all();
  }

 private:
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
  };
  std::mutex m_mutex;
  std::condition_variable m_ready, m_space;
  std::size_t m_next = 0, m_consumed = 0, m_end;
  bool m_stopped = false;
  std::vector<Slot> m_slots;
};

}  // namespace parallel_detail

// Runs job(k) for every k in [0, tasks) on up to `threads` threads (0: one
// per core), the calling thread among them, and returns when all are done.
// Every task runs even when one throws; then the exception of the lowest k
// is rethrown.
template <class Job>
void parallel_for(std::size_t tasks, unsigned threads, const Job& job) {
  const std::size_t workers = std::min<std::size_t>(thread_count(threads), tasks);
  std::vector<std::exception_ptr> errors(tasks);
  std::atomic<std::size_t> next{0};
  const auto work = [&](std::size_t) {
    for (std::size_t k; (k = next.fetch_add(1)) < tasks;) {
      try {
        job(k);
      } catch (...) {
        errors[k] = std::current_exception();
      }
    }
  };
  {
    parallel_detail::ThreadGroup group;
    if (workers > 1) group.start(workers - 1, work);
    work(0);
  }
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);
}

// Runs produce(k) for every k in [0, tasks) on up to `threads` threads (0: one
// per core) and calls consume(result) on the calling thread in order of k,
// while the threads run the next tasks. `make_producer()` is called once per
// thread, on the calling thread, before any task: what it returns, called
// with k, produces task k's result, and may keep scratch between tasks. At
// most two tasks per thread run or wait ahead of the consumer, so memory
// stays bounded however slow consume is. With one thread (or one task) everything runs on
// the calling thread. A task that throws stops the tasks after it from
// starting; the results before it are consumed, then its exception is
// rethrown. An exception from consume stops every task and is rethrown.
template <class MakeProducer, class Consume>
void parallel_ordered(std::size_t tasks, unsigned threads, const MakeProducer& make_producer, const Consume& consume) {
  using Producer = decltype(make_producer());
  using Result = decltype(std::declval<Producer&>()(std::size_t{}));
  if (tasks == 0) return;
  const std::size_t workers = std::min<std::size_t>(thread_count(threads), tasks);
  std::vector<Producer> producers;
  producers.reserve(workers);
  for (std::size_t t = 0; t < workers; ++t) producers.push_back(make_producer());
  parallel_detail::OrderedTasks<Result> shared(tasks, 2 * workers);
  const auto work = [&](std::size_t t) {
    while (const auto k = shared.take()) {
      try {
        shared.put(*k, producers[t](*k));
      } catch (...) {
        shared.fail(*k, std::current_exception());
      }
    }
  };
  parallel_detail::ThreadGroup group;
  if (workers > 1) group.start(workers, work);
  if (group.size() == 0) {  // one thread, or none to be had: no hand-over needed
    for (std::size_t k = 0; k < tasks; ++k) consume(producers.front()(k));
    return;
  }
  try {
    for (std::size_t k = 0; k < tasks; ++k) consume(shared.get(k));
  } catch (...) {
    shared.stop();  // the group's threads end, then are joined
    throw;
  }
}

}  // namespace criterio
