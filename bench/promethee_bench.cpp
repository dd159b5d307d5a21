// Times the PROMETHEE unicriterion flow kernels against the definition,
// O(m²·n), measured in the same run on the same matrix: per preference
// function, the naive reference (the baseline), the fast kernel and their
// ratio; for the Gaussian, which stays O(m²·n), one thread against all.
// Also prints the largest difference between the two, which must be tiny.
// Single-thread times are process CPU time, so that a busy machine inflates
// them less; the threaded Gaussian is timed on the wall clock.
//
//   build/bench/promethee_bench [ROWS] [COLUMNS] [NAIVE_COLUMNS]
//
// (default 10000 × 20). NAIVE_COLUMNS < COLUMNS times the naive baseline on
// that many columns only and scales it to all of them (marked "est."), as
// it takes minutes.

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "methods/promethee.hpp"

namespace {

using criterio::promethee::PreferenceFunction;
using criterio::promethee::Shape;

double cpu_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The best of `repeats` runs, in milliseconds of CPU time.
double best_of(int repeats, const std::function<void()>& work) {
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    const double start = cpu_ms();
    work();
    best = std::min(best, cpu_ms() - start);
  }
  return best;
}

using criterio::bench::best_of_wall;

struct Matrix {
  std::size_t rows, columns;
  std::vector<double> values;  // column by column
  const double* column(std::size_t j) const { return values.data() + j * rows; }
};

// Values in [1, 1000] with three decimals, so that some rows tie.
Matrix make_matrix(std::size_t rows, std::size_t columns) {
  std::mt19937_64 random(42);
  std::uniform_int_distribution<int> thousandths(1000, 1000000);
  Matrix x{rows, columns, std::vector<double>(rows * columns)};
  for (double& v : x.values) v = thousandths(random) / 1000.0;
  return x;
}

// Flows of the first `columns` columns (0: all) with `kernel`.
using Kernel = std::function<void(std::span<const double>, std::span<double>, std::span<double>)>;
void all_columns(const Matrix& x, const Kernel& kernel, std::vector<double>& plus, std::vector<double>& minus,
                 std::size_t columns = 0) {
  for (std::size_t j = 0; j < (columns ? columns : x.columns); ++j)
    kernel({x.column(j), x.rows}, {plus.data() + j * x.rows, x.rows}, {minus.data() + j * x.rows, x.rows});
}

// Over the first `cells` entries (those the naive baseline computed).
double largest_difference(const std::vector<double>& a, const std::vector<double>& b, std::size_t cells) {
  double worst = 0;
  for (std::size_t i = 0; i < cells; ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
  return worst;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace criterio::promethee;
  const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  const std::size_t columns = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;
  const std::size_t naive_columns = std::min(columns, argc > 3 ? std::strtoul(argv[3], nullptr, 10) : columns);
  const double scale = static_cast<double>(columns) / static_cast<double>(naive_columns);
  const char* estimated = naive_columns < columns ? " est." : "";
  const std::size_t checked = rows * naive_columns;
  const Matrix x = make_matrix(rows, columns);
  const std::size_t cells = rows * columns;
  std::vector<double> plus(cells), minus(cells), ref_plus(cells), ref_minus(cells);
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());

  std::printf("PROMETHEE unicriterion flows, %zu rows x %zu criteria, values in [1, 1000]\n", rows, columns);
  std::printf("naive: O(m^2 n) by the definition, one run%s; fast: best of 5; CPU time\n",
              naive_columns < columns ? (", on " + std::to_string(naive_columns) + " columns, scaled").c_str() : "");
  std::printf("%-28s %16s %10s %9s %12s\n", "function", "naive ms", "fast ms", "ratio", "max |diff|");
  const struct {
    const char* name;
    PreferenceFunction f;
  } functions[] = {
      {"usual", {Shape::usual}},
      {"u-shape q=50", {Shape::u_shape, 50}},
      {"v-shape p=200", {Shape::v_shape, 0, 200}},
      {"level q=50 p=200", {Shape::level, 50, 200}},
      {"linear q=50 p=200", {Shape::linear, 50, 200}},
  };
  for (const auto& [name, f] : functions) {
    const double naive = scale * best_of(1, [&] {
      all_columns(
          x, [&](auto c, auto p, auto m) { unicriterion_flows_reference(c, f, p, m); }, ref_plus, ref_minus,
          naive_columns);
    });
    const double fast = best_of(5, [&] {
      all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, f, p, m, 1); }, plus, minus);
    });
    const double diff =
        std::max(largest_difference(plus, ref_plus, checked), largest_difference(minus, ref_minus, checked));
    std::printf("%-28s %12.0f%4s %10.2f %8.0fx %12.1e\n", name, naive, estimated, fast, naive / fast, diff);
  }

  const PreferenceFunction gauss{Shape::gaussian, 0, 0, 100};
  const double naive = scale * best_of(1, [&] {
    all_columns(
        x, [&](auto c, auto p, auto m) { unicriterion_flows_reference(c, gauss, p, m); }, ref_plus, ref_minus,
        naive_columns);
  });
  const double one = best_of(3, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, gauss, p, m, 1); }, plus, minus);
  });
  std::vector<double> threaded_plus(cells), threaded_minus(cells);
  const double one_wall = best_of_wall(3, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, gauss, p, m, 1); }, plus, minus);
  });
  const double many = best_of_wall(3, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, gauss, p, m, hardware); }, threaded_plus,
                threaded_minus);
  });
  const bool identical = plus == threaded_plus && minus == threaded_minus;
  std::printf("%-28s %12.0f%4s %10.1f %8.1fx %12.1e\n", "gaussian s=100, 1 thread", naive, estimated, one, naive / one,
              std::max(largest_difference(plus, ref_plus, checked), largest_difference(minus, ref_minus, checked)));
  std::printf("gaussian on the wall clock: 1 thread %.1f ms, %u threads %.1f ms (%.2fx), results %s\n", one_wall,
              hardware, many, one_wall / many, identical ? "bit-identical" : "DIFFERENT");
  return identical ? 0 : 1;
}
