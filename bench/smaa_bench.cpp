// Times SMAA-2 on the additive model (no weight constraints, no uncertain
// values) against a straightforward single-threaded loop, in the same run on
// the same generated matrix: the baseline (Dirichlet weights from
// std::exponential_distribution and std::mt19937_64, scores by a plain loop,
// ranks by std::sort of the row indices), then smaa() on one thread and on
// all of them. Prints wall times, ratios, and the largest difference between
// the baseline's and the engine's acceptabilities, in standard errors (both
// are Monte Carlo estimates from different streams: it should be a few, not 0).
//
//   build/bench/smaa_bench [SAMPLES] [ROWS] [COLUMNS]
//
// (default 1,000,000 samples × 50 providers × 20 criteria). The baseline runs
// once, smaa() best of 3; on a busy machine the single-thread CPU time, also
// printed, is the steadier figure.

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "criterio/frame.hpp"
#include "criterio/method.hpp"
#include "criterio/smaa.hpp"

namespace {

// Values in [1, 1000] with two decimals, benefit columns, the weighted sum.
criterio::DecisionFrame make_frame(std::size_t rows, std::size_t columns) {
  using namespace criterio;
  std::mt19937_64 random(42);
  std::uniform_int_distribution<int> hundredths(100, 100000);
  DecisionFrame frame;
  const auto m = static_cast<Eigen::Index>(rows), n = static_cast<Eigen::Index>(columns);
  frame.values.resize(m, n);
  for (Eigen::Index i = 0; i < m; ++i)
    for (Eigen::Index j = 0; j < n; ++j) frame.values(i, j) = hundredths(random) / 100.0;
  char id[32];
  for (std::size_t i = 0; i < rows; ++i) {
    std::snprintf(id, sizeof id, "p%06zu", i);
    frame.ids.push_back(id);
  }
  frame.weights = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(columns));
  frame.directions.assign(columns, Direction::benefit);
  frame.is_utility = std::make_unique<bool[]>(columns);
  for (std::size_t j = 0; j < columns; ++j) {
    frame.is_utility[j] = false;
    Criterion criterion;
    criterion.id = "c" + std::to_string(j + 1);
    frame.criteria.push_back(criterion);
  }
  frame.method = make_method("wsm", {});
  frame.method_name = "wsm";
  frame.linear = true;
  frame.utilities = frame.method->evaluate(frame.input(frame.values, frame.weights, false)).utilities;
  return frame;
}

double cpu_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The straightforward loop, one thread: rank acceptabilities (rows × rows).
Eigen::MatrixXd baseline(const Eigen::MatrixXd& utilities, std::size_t samples) {
  const std::size_t m = static_cast<std::size_t>(utilities.rows()), n = static_cast<std::size_t>(utilities.cols());
  std::mt19937_64 random(2024);
  std::exponential_distribution<double> exponential(1.0);
  std::vector<double> w(n), scores(m);
  std::vector<std::size_t> order(m);
  Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(utilities.rows(), utilities.rows());
  for (std::size_t s = 0; s < samples; ++s) {
    double sum = 0;
    for (double& x : w) sum += x = exponential(random);
    for (double& x : w) x /= sum;
    for (std::size_t i = 0; i < m; ++i) {
      double score = 0;
      for (std::size_t j = 0; j < n; ++j)
        score += utilities(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) * w[j];
      scores[i] = score;
    }
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
    for (std::size_t r = 0; r < m; ++r) counts(static_cast<Eigen::Index>(order[r]), static_cast<Eigen::Index>(r)) += 1;
  }
  return counts / static_cast<double>(samples);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t samples = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const std::size_t rows = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 50;
  const std::size_t columns = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 20;
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const criterio::DecisionFrame frame = make_frame(rows, columns);

  std::printf("SMAA-2, weighted sum, %zu samples x %zu providers x %zu criteria, no constraints; wall clock\n", samples,
              rows, columns);
  Eigen::MatrixXd reference;
  const double simple = criterio::bench::best_of_wall(1, [&] { reference = baseline(frame.utilities, samples); });
  criterio::SmaaOptions options;
  options.samples = samples;
  options.threads = 1;
  criterio::SmaaResult one, all;
  double single_cpu = 1e300;
  const double single = criterio::bench::best_of_wall(3, [&] {
    const double start = cpu_ms();
    one = criterio::smaa(frame, options);
    single_cpu = std::min(single_cpu, cpu_ms() - start);
  });
  options.threads = hardware;
  const double many = criterio::bench::best_of_wall(3, [&] { all = criterio::smaa(frame, options); });

  // The largest difference in units of the standard error of a difference of
  // two independent estimates.
  double largest = 0, in_errors = 0;
  for (Eigen::Index i = 0; i < reference.rows(); ++i)
    for (Eigen::Index r = 0; r < reference.cols(); ++r) {
      const double difference = std::abs(reference(i, r) - all.acceptability(i, r));
      const double p = (reference(i, r) + all.acceptability(i, r)) / 2;
      const double error = std::sqrt(2 * p * (1 - p) / static_cast<double>(samples));
      largest = std::max(largest, difference);
      if (error > 0) in_errors = std::max(in_errors, difference / error);
    }
  std::printf("%-34s %10.1f ms\n", "baseline (simple loop, 1 thread)", simple);
  std::printf("%-34s %10.1f ms %8.1fx baseline (CPU time %.1f ms)\n", "smaa(), 1 thread", single, simple / single,
              single_cpu);
  std::printf("%-34s %10.1f ms %8.1fx baseline %6.2fx 1 thread\n",
              ("smaa(), " + std::to_string(hardware) + " threads").c_str(), many, simple / many, single / many);
  std::printf("sampler: %s\n", criterio::to_text(all.sampler, criterio::Language::en).c_str());
  std::printf("largest |baseline - smaa| acceptability: %.2e (%.1f standard errors of the difference)\n", largest,
              in_errors);
  std::printf("1 thread and %u threads: %s\n", hardware,
              one.acceptability == all.acceptability ? "bit-identical" : "DIFFERENT");
  return one.acceptability == all.acceptability ? 0 : 1;
}
