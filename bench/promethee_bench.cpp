// Times the PROMETHEE unicriterion flow kernels against the definition,
// O(m²·n), measured in the same run on the same matrix: per preference
// function, the naive reference (the baseline), the fast kernel and their
// ratio; for the Gaussian, which stays O(m²·n), one thread against all.
// Also prints the largest difference between the two, which must be tiny.
//
//   build/bench/promethee_bench [ROWS] [COLUMNS]     (default 10000 × 20)

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <thread>
#include <vector>

#include "methods/promethee.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using criterio::promethee::PreferenceFunction;
using criterio::promethee::Shape;

// The best of `repeats` runs, in milliseconds.
double best_of(int repeats, const std::function<void()>& work) {
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    const auto start = Clock::now();
    work();
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return best;
}

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

// Flows of every column with `kernel`; returns the sum of all flows so the
// work cannot be optimised away.
using Kernel = std::function<void(std::span<const double>, std::span<double>, std::span<double>)>;
void all_columns(const Matrix& x, const Kernel& kernel, std::vector<double>& plus, std::vector<double>& minus) {
  for (std::size_t j = 0; j < x.columns; ++j)
    kernel({x.column(j), x.rows}, {plus.data() + j * x.rows, x.rows}, {minus.data() + j * x.rows, x.rows});
}

double largest_difference(const std::vector<double>& a, const std::vector<double>& b) {
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
  return worst;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace criterio::promethee;
  const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  const std::size_t columns = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;
  const Matrix x = make_matrix(rows, columns);
  const std::size_t cells = rows * columns;
  std::vector<double> plus(cells), minus(cells), ref_plus(cells), ref_minus(cells);
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());

  std::printf("PROMETHEE unicriterion flows, %zu rows x %zu criteria, values in [1, 1000]\n", rows, columns);
  std::printf("naive: O(m^2 n) by the definition, one run; fast: best of 5\n");
  std::printf("%-28s %12s %10s %9s %12s\n", "function", "naive ms", "fast ms", "ratio", "max |diff|");
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
    const double naive = best_of(1, [&] {
      all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows_reference(c, f, p, m); }, ref_plus, ref_minus);
    });
    const double fast = best_of(5, [&] {
      all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, f, p, m, 1); }, plus, minus);
    });
    const double diff = std::max(largest_difference(plus, ref_plus), largest_difference(minus, ref_minus));
    std::printf("%-28s %12.1f %10.2f %8.0fx %12.1e\n", name, naive, fast, naive / fast, diff);
  }

  const PreferenceFunction gauss{Shape::gaussian, 0, 0, 100};
  const double naive = best_of(1, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows_reference(c, gauss, p, m); }, ref_plus, ref_minus);
  });
  const double one = best_of(3, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, gauss, p, m, 1); }, plus, minus);
  });
  std::vector<double> threaded_plus(cells), threaded_minus(cells);
  const double many = best_of(3, [&] {
    all_columns(x, [&](auto c, auto p, auto m) { unicriterion_flows(c, gauss, p, m, hardware); }, threaded_plus,
                threaded_minus);
  });
  const bool identical = plus == threaded_plus && minus == threaded_minus;
  std::printf("%-28s %12.1f %10.1f %8.1fx %12.1e\n", "gaussian s=100, 1 thread", naive, one, naive / one,
              std::max(largest_difference(plus, ref_plus), largest_difference(minus, ref_minus)));
  std::printf("%-28s %12.1f %10.1f %8.1fx %12s\n", ("gaussian, " + std::to_string(hardware) + " threads").c_str(),
              naive, many, naive / many, identical ? "identical" : "DIFFERENT");
  return identical ? 0 : 1;
}
