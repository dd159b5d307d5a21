// The thread helpers every parallel part of the library uses: each task once,
// results in order, the lowest task's exception, memory bounded by a window.

#include "support/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace criterio {
namespace {

TEST(ThreadCount, ZeroMeansOnePerCore) {
  EXPECT_GE(thread_count(0), 1u);
  EXPECT_EQ(thread_count(3), 3u);
}

TEST(ParallelFor, RunsEveryTaskOnceAtAnyThreadCount) {
  for (unsigned threads : {0u, 1u, 2u, 7u, 64u}) {
    std::vector<std::atomic<int>> runs(1000);
    parallel_for(runs.size(), threads, [&](std::size_t k) { ++runs[k]; });
    for (std::size_t k = 0; k < runs.size(); ++k) ASSERT_EQ(runs[k], 1) << k << " on " << threads;
  }
  parallel_for(0, 4, [](std::size_t) { FAIL() << "no task to run"; });
}

TEST(ParallelFor, RethrowsTheLowestTasksExceptionAfterRunningEveryTask) {
  for (unsigned threads : {1u, 4u}) {
    std::atomic<int> ran{0};
    try {
      parallel_for(100, threads, [&](std::size_t k) {
        ++ran;
        if (k == 70 || k == 30) throw std::runtime_error(std::to_string(k));
      });
      FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), "30");
    }
    EXPECT_EQ(ran, 100);
  }
}

TEST(ParallelOrdered, ConsumesEveryResultInOrderAtAnyThreadCount) {
  for (unsigned threads : {0u, 1u, 2u, 5u}) {
    std::vector<std::size_t> seen;
    std::atomic<int> producers{0};
    const auto make_producer = [&] {
      ++producers;
      return [](std::size_t k) { return k * k; };
    };
    parallel_ordered(500, threads, make_producer, [&](std::size_t value) { seen.push_back(value); });
    ASSERT_EQ(seen.size(), 500u);
    for (std::size_t k = 0; k < seen.size(); ++k) ASSERT_EQ(seen[k], k * k) << k << " on " << threads;
    EXPECT_LE(producers, static_cast<int>(thread_count(threads)));
  }
}

TEST(ParallelOrdered, ThreadsRunNoMoreThanTwoTasksEachAheadOfTheConsumer) {
  std::atomic<std::size_t> consumed{0}, furthest_ahead{0};
  const auto make_producer = [&] {
    return [&](std::size_t k) {
      const std::size_t ahead = k - consumed.load();
      for (std::size_t seen = furthest_ahead; ahead > seen && !furthest_ahead.compare_exchange_weak(seen, ahead);) {
      }
      return k;
    };
  };
  parallel_ordered(2000, 3, make_producer, [&](std::size_t) { ++consumed; });
  EXPECT_EQ(consumed, 2000u);
  EXPECT_LE(furthest_ahead, 2u * 3u);
}

TEST(ParallelOrdered, ConsumesTheResultsBeforeAFailedTaskThenRethrowsIt) {
  for (unsigned threads : {1u, 4u}) {
    std::vector<std::size_t> seen;
    const auto make_producer = [] {
      return [](std::size_t k) {
        if (k == 40 || k == 90) throw std::runtime_error(std::to_string(k));
        return k;
      };
    };
    try {
      parallel_ordered(200, threads, make_producer, [&](std::size_t k) { seen.push_back(k); });
      FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), "40");
    }
    ASSERT_EQ(seen.size(), 40u) << threads;
    EXPECT_EQ(seen.back(), 39u);
  }
}

TEST(ParallelOrdered, AConsumersExceptionStopsTheTasksAndReachesTheCaller) {
  std::atomic<std::size_t> produced{0};
  const auto make_producer = [&] {
    return [&](std::size_t k) {
      ++produced;
      return k;
    };
  };
  EXPECT_THROW(parallel_ordered(100000, 4, make_producer,
                                [](std::size_t k) {
                                  if (k == 10) throw std::runtime_error("disk full");
                                }),
               std::runtime_error);
  EXPECT_LT(produced, 100u);  // the window stops the threads soon after the consumer does
}

}  // namespace
}  // namespace criterio
