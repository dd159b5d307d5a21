// The Analytic Hierarchy Process: priorities, consistency, completion of
// incomplete matrices, advice and panel aggregation (docs/weights/ahp.md).

#include "criterio/ahp.hpp"

#include <fmt/format.h>

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

namespace criterio {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// Relative tolerance for a(i,j) · a(j,i) = 1 and a(i,i) = 1.
constexpr double k_reciprocity_tolerance = 1e-9;

// Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, as widely
// reproduced (docs/weights/ahp.md says which sources were seen).
constexpr std::array<double, k_ahp_max_size> k_random_index = {
    0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

bool is_missing(double x) { return std::isnan(x); }

[[noreturn]] void reject(const std::string& what, const std::string& message) {
  throw std::invalid_argument(what + ": " + message);
}

// The checks every pairwise matrix passes, connectedness aside.
void check_pairwise(const MatrixXd& a, const std::string& what) {
  if (a.rows() != a.cols()) reject(what, fmt::format("the matrix is {}×{}; it must be square", a.rows(), a.cols()));
  const auto n = static_cast<std::size_t>(a.rows());
  if (n == 0 || n > k_ahp_max_size)
    reject(what, fmt::format("the matrix has {} rows; AHP takes 1 to {} criteria", n, k_ahp_max_size));
  for (Index i = 0; i < a.rows(); ++i) {
    if (!(std::abs(a(i, i) - 1) <= k_reciprocity_tolerance))
      reject(what, fmt::format("diagonal entry ({0}, {0}) is {1}; it must be 1", i, a(i, i)));
    for (Index j = i + 1; j < a.cols(); ++j) {
      const double x = a(i, j), y = a(j, i);
      if (is_missing(x) != is_missing(y))
        reject(what, fmt::format("entries ({0}, {1}) and ({1}, {0}) are {2} and {3}; a missing judgment is NaN in "
                                 "both halves",
                                 i, j, x, y));
      if (is_missing(x)) continue;
      for (const double v : {x, y})
        if (!(v >= 1 / k_ahp_max_judgment && v <= k_ahp_max_judgment))
          reject(what, fmt::format("entry ({}, {}) holds {}; judgments must lie in [1/{:g}, {:g}]", i, j, v,
                                   k_ahp_max_judgment, k_ahp_max_judgment));
      if (!(std::abs(x * y - 1) <= k_reciprocity_tolerance))
        reject(what, fmt::format("entries ({0}, {1}) = {2} and ({1}, {0}) = {3} are not reciprocal", i, j, x, y));
    }
  }
}

void check_analysable(const MatrixXd& a, const std::string& what) {
  check_pairwise(a, what);
  if (!ahp_connected(a))
    reject(what, "the given judgments do not link every criterion to every other; add a judgment between the groups");
}

// ---- Eigenvalues -------------------------------------------------------------

struct PerronPair {
  double value = 0;
  VectorXd vector;  // positive, sum 1
};

// The Perron root and vector of a nonnegative primitive matrix m. The solver
// works on diag(scale)⁻¹ · m · diag(scale), which has the same eigenvalues:
// with `scale` near the Perron vector its entries are all near 1, so the
// result is accurate whatever the magnitudes in m (and exact for a
// consistent matrix scaled by its own weights).
PerronPair perron(const MatrixXd& m, const VectorXd& scale) {
  const MatrixXd balanced = scale.cwiseInverse().asDiagonal() * m * scale.asDiagonal();
  const Eigen::EigenSolver<MatrixXd> solver(balanced, true);
  const auto& values = solver.eigenvalues();
  Index k = 0;
  for (Index i = 1; i < values.size(); ++i)
    if (values(i).real() > values(k).real()) k = i;
  // The Perron vector has components of one sign; the solver picks the sign.
  VectorXd v = solver.eigenvectors().col(k).real().cwiseAbs().cwiseProduct(scale);
  return {values(k).real(), v / v.sum()};
}

// The Perron pair of m by power iteration from `start` (positive, near the
// Perron vector): some fifty times cheaper than perron() for the many
// solves of the judgment advice. nullopt when it has not converged to
// rounding within the iterations allowed (|λ2|/λ1 near 1, as when few
// judgments link the criteria); the caller then decomposes.
std::optional<PerronPair> perron_by_iteration(const MatrixXd& m, const VectorXd& start) {
  constexpr int k_max_iterations = 500;
  constexpr double k_converged = 1e-14;  // the largest relative change of a component
  VectorXd x = start / start.sum(), next(x.size());
  for (int k = 0; k < k_max_iterations; ++k) {
    next.noalias() = m * x;
    const double lambda = next.sum();  // x sums to 1, so at the fixed point m x = λ x sums to λ
    next /= lambda;
    const double change = ((next - x).cwiseAbs().array() / next.array()).maxCoeff();
    x.swap(next);
    if (change <= k_converged) return PerronPair{lambda, x};
  }
  return std::nullopt;
}

// perron(), by iteration where that converges.
PerronPair fast_perron(const MatrixXd& m, const VectorXd& scale) {
  if (auto pair = perron_by_iteration(m, scale)) return *std::move(pair);
  return perron(m, scale);
}

// ---- Completion ----------------------------------------------------------------

// L + 1·1ᵀ, L the Laplacian of the judgment graph: positive definite when the
// graph is connected, and since 1ᵀ L = 0 its solution for a right-hand side
// summing to 0 is the solution of L y = r with sum 0.
Eigen::LLT<MatrixXd> grounded_laplacian(const MatrixXd& a) {
  const Index n = a.rows();
  MatrixXd system = MatrixXd::Ones(n, n);
  for (Index i = 0; i < n; ++i)
    for (Index j = 0; j < n; ++j)
      if (i != j && !is_missing(a(i, j))) {
        system(i, i) += 1;
        system(i, j) -= 1;
      }
  return system.llt();
}

// Log-weights of the (incomplete) logarithmic least squares method: the
// solution y, with sum 0, of L y = r, L the Laplacian of the judgment graph
// and r_i = Σ_j log a_ij over the judgments in row i (Bozóki, Fülöp & Rónyai
// 2010, Theorem 4). Each log a_ij is taken as (log a_ij − log a_ji) / 2 so
// that r is exactly antisymmetric. For a complete matrix y_i is the log of
// the row's geometric mean.
VectorXd llsm_log_weights(const MatrixXd& a) {
  const Index n = a.rows();
  VectorXd r = VectorXd::Zero(n);
  for (Index i = 0; i < n; ++i)
    for (Index j = 0; j < n; ++j)
      if (i != j && !is_missing(a(i, j))) r(i) += (std::log(a(i, j)) - std::log(a(j, i))) / 2;
  return grounded_laplacian(a).solve(r);
}

VectorXd weights_from_logs(const VectorXd& y) {
  const VectorXd w = (y.array() - y.maxCoeff()).exp();
  return w / w.sum();
}

// a with w_i / w_j in the missing places.
MatrixXd complete_with(const MatrixXd& a, const VectorXd& w) {
  MatrixXd c = a;
  for (Index i = 0; i < a.rows(); ++i)
    for (Index j = 0; j < a.cols(); ++j)
      if (is_missing(a(i, j))) c(i, j) = w(i) / w(j);
  return c;
}

// Harker (1987): missing entries 0, and each diagonal entry 1 plus the number
// of judgments missing in its row. If B w = λ w then the completion C with
// c_ij = w_i / w_j in the missing places has C w = B w = λ w, so w is C's
// Perron vector and λ its principal eigenvalue.
MatrixXd harker_matrix(const MatrixXd& a) {
  MatrixXd b = a;
  for (Index i = 0; i < a.rows(); ++i)
    for (Index j = 0; j < a.cols(); ++j)
      if (is_missing(a(i, j))) {
        b(i, j) = 0;
        b(i, i) += 1;
      }
  return b;
}

// The matrix whose principal eigenvalue analyse_ahp reports as λmax: Harker's
// for the eigenvector, the logarithmic least squares completion for the
// geometric mean (both just `a` when complete), with the scale to balance it.
struct Spectral {
  MatrixXd matrix;
  VectorXd llsm_log_weights;
};

Spectral spectral_matrix(const MatrixXd& a, AhpPriorityMethod method) {
  VectorXd y = llsm_log_weights(a);
  MatrixXd m = method == AhpPriorityMethod::eigenvector ? harker_matrix(a) : complete_with(a, weights_from_logs(y));
  return {std::move(m), std::move(y)};
}

struct Solution {
  VectorXd priorities;
  MatrixXd completed;
  double lambda_max = 0;
};

Solution solve(const MatrixXd& a, AhpPriorityMethod method) {
  const Spectral s = spectral_matrix(a, method);
  const VectorXd scale = weights_from_logs(s.llsm_log_weights);
  const PerronPair p = perron(s.matrix, scale);
  if (method == AhpPriorityMethod::eigenvector) return {p.vector, complete_with(a, p.vector), p.value};
  return {scale, s.matrix, p.value};
}

double consistency_index(double lambda_max, std::size_t n) {
  if (n < 2) return 0;
  const double nd = static_cast<double>(n);
  // λmax >= n for a positive reciprocal matrix; rounding may put it a hair below.
  return std::max(0.0, (lambda_max - nd) / (nd - 1));
}

double consistency_ratio(double lambda_max, std::size_t n) {
  return n <= 2 ? 0 : consistency_index(lambda_max, n) / ahp_random_index(n);
}

// ---- The value a judgment implies ------------------------------------------------

// dλ/dt at a(i,j) = e^t, a(j,i) = e^-t, for the λmax of spectral_matrix:
// vᵀ (dM/dt) w / vᵀ w with v, w the left and right Perron vectors. Under the
// geometric mean the completed entries move too: c_kl = exp(y_k − y_l) with
// dy/dt = (L + 1·1ᵀ)⁻¹ (e_i − e_j).
double lambda_slope(MatrixXd a, Index i, Index j, double t, AhpPriorityMethod method) {
  a(i, j) = std::exp(t);
  a(j, i) = std::exp(-t);
  const Spectral s = spectral_matrix(a, method);
  const VectorXd scale = weights_from_logs(s.llsm_log_weights);
  const VectorXd w = fast_perron(s.matrix, scale).vector;
  const VectorXd v = fast_perron(s.matrix.transpose(), scale.cwiseInverse()).vector;
  MatrixXd dm = MatrixXd::Zero(a.rows(), a.cols());
  dm(i, j) = a(i, j);
  dm(j, i) = -a(j, i);
  if (method == AhpPriorityMethod::geometric_mean) {
    VectorXd e = VectorXd::Zero(a.rows());
    e(i) = 1;
    e(j) = -1;
    const VectorXd dy = grounded_laplacian(a).solve(e);
    for (Index k = 0; k < a.rows(); ++k)
      for (Index l = 0; l < a.cols(); ++l)
        if (is_missing(a(k, l))) dm(k, l) = s.matrix(k, l) * (dy(k) - dy(l));
  }
  return v.dot(dm * w) / v.dot(w);
}

// λ(t) is log-convex in t (Kingman 1961: every entry of the matrix is 0 or a
// log-convex function of t; Bozóki, Fülöp & Rónyai 2010), so its slope rises
// with t and the minimiser is where the slope changes sign. λ grows without
// bound both ways when the other judgments are connected (a cycle passes
// through (i, j)). Bracket the sign change from the LLSM estimate, then
// close in by regula falsi with the Illinois safeguard, which keeps the
// bracket shrinking from both ends.
double implied_log_judgment(const MatrixXd& a, Index i, Index j, AhpPriorityMethod method) {
  const auto slope = [&](double t) { return lambda_slope(a, i, j, t, method); };
  // No optimum lies beyond the longest chain of extreme judgments, k^(n−1);
  // the limit only keeps a runaway bracket finite.
  const double limit = static_cast<double>(k_ahp_max_size) * std::log(k_ahp_max_judgment);
  const VectorXd y = llsm_log_weights(a);
  double lo = std::clamp(y(i) - y(j), -limit, limit), f_lo = slope(lo);
  double hi = lo, f_hi = f_lo;
  for (double step = 1; f_lo > 0 && lo > -limit; step *= 2) {
    hi = lo;
    f_hi = f_lo;
    lo = std::max(lo - step, -limit);
    f_lo = slope(lo);
  }
  for (double step = 1; f_hi < 0 && hi < limit; step *= 2) {
    lo = hi;
    f_lo = f_hi;
    hi = std::min(hi + step, limit);
    f_hi = slope(hi);
  }
  if (f_lo >= 0) return lo;
  if (f_hi <= 0) return hi;
  int last_side = 0;
  for (int k = 0; k < 200 && hi - lo > 1e-14 * std::max(1.0, std::abs(lo)); ++k) {
    double t = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
    if (!(t > lo && t < hi)) t = (lo + hi) / 2;
    const double f = slope(t);
    if (f == 0) return t;
    if (f < 0) {
      lo = t;
      f_lo = f;
      if (last_side < 0) f_hi /= 2;
      last_side = -1;
    } else {
      hi = t;
      f_hi = f;
      if (last_side > 0) f_lo /= 2;
      last_side = 1;
    }
  }
  return (lo + hi) / 2;
}

// The nearest value of Saaty's scale (1..9 and 1/2..1/9) on a log scale: the
// scale is a ratio scale, so 2.9 is nearer 3 than 2.5 is, and 1/x is as far
// from 1/v as x is from v. Ties go to the value nearer 1.
double nearest_on_saaty_scale(double x) {
  const double magnitude = std::abs(std::log(x));
  double best = 1;
  for (int v = 2; v <= static_cast<int>(k_ahp_scale_max); ++v)
    if (std::abs(std::log(v) - magnitude) < std::abs(std::log(best) - magnitude)) best = v;
  return x >= 1 ? best : 1 / best;
}

bool same_judgment(double x, double y) { return std::abs(x / y - 1) <= k_reciprocity_tolerance; }

std::vector<AhpAdvice> advise(const MatrixXd& a, AhpPriorityMethod method, double cr) {
  std::vector<AhpAdvice> advice;
  const auto n = static_cast<std::size_t>(a.rows());
  for (Index i = 0; i < a.rows(); ++i)
    for (Index j = i + 1; j < a.cols(); ++j) {
      if (is_missing(a(i, j))) continue;
      MatrixXd without = a;
      without(i, j) = without(j, i) = std::numeric_limits<double>::quiet_NaN();
      if (!ahp_connected(without)) continue;
      // The way round the user judged "more important"; 1 keeps row < column.
      const bool upper = a(i, j) >= 1;
      const Index row = upper ? i : j, column = upper ? j : i;
      AhpAdvice item;
      item.row = static_cast<std::size_t>(row);
      item.column = static_cast<std::size_t>(column);
      item.given = a(row, column);
      item.implied = std::exp(implied_log_judgment(a, row, column, method));
      item.suggested = nearest_on_saaty_scale(item.implied);
      if (same_judgment(item.suggested, item.given)) continue;
      MatrixXd trial = a;
      trial(row, column) = item.suggested;
      trial(column, row) = 1 / item.suggested;
      item.cr_after = consistency_ratio(solve(trial, method).lambda_max, n);
      if (item.cr_after < cr) advice.push_back(item);
    }
  std::sort(advice.begin(), advice.end(), [](const AhpAdvice& x, const AhpAdvice& y) {
    return std::tie(x.cr_after, x.row, x.column) < std::tie(y.cr_after, y.row, y.column);
  });
  if (advice.size() > 3) advice.resize(3);
  return advice;
}

}  // namespace

double ahp_random_index(std::size_t n) {
  if (n == 0 || n > k_ahp_max_size)
    throw std::invalid_argument(fmt::format("ahp_random_index: n is {}; the table covers 1 to {}", n, k_ahp_max_size));
  return k_random_index[n - 1];
}

bool ahp_connected(const MatrixXd& matrix) {
  if (matrix.rows() != matrix.cols())
    reject("ahp_connected", fmt::format("the matrix is {}×{}; it must be square", matrix.rows(), matrix.cols()));
  const Index n = matrix.rows();
  if (n < 2) return true;
  std::vector<bool> reached(static_cast<std::size_t>(n), false);
  std::vector<Index> pending{0};
  reached[0] = true;
  Index count = 1;
  while (!pending.empty()) {
    const Index i = pending.back();
    pending.pop_back();
    for (Index j = 0; j < n; ++j) {
      const auto k = static_cast<std::size_t>(j);
      if (reached[k] || (is_missing(matrix(i, j)) && is_missing(matrix(j, i)))) continue;
      reached[k] = true;
      ++count;
      pending.push_back(j);
    }
  }
  return count == n;
}

AhpAnalysis analyse_ahp(const MatrixXd& matrix, AhpPriorityMethod method) {
  check_analysable(matrix, "analyse_ahp");
  const auto n = static_cast<std::size_t>(matrix.rows());
  Solution s = solve(matrix, method);
  AhpAnalysis out;
  out.priorities = std::move(s.priorities);
  out.completed = std::move(s.completed);
  for (Index i = 0; i < matrix.rows(); ++i)
    for (Index j = i + 1; j < matrix.cols(); ++j)
      if (is_missing(matrix(i, j))) ++out.missing;
  out.lambda_max = s.lambda_max;
  out.ci = consistency_index(s.lambda_max, n);
  out.random_index = ahp_random_index(n);
  out.cr = consistency_ratio(s.lambda_max, n);
  out.acceptable = out.cr <= k_ahp_acceptable_cr;
  if (!out.acceptable) out.advice = advise(matrix, method, out.cr);
  return out;
}

double ahp_implied_judgment(const MatrixXd& matrix, std::size_t row, std::size_t column, AhpPriorityMethod method) {
  check_pairwise(matrix, "ahp_implied_judgment");
  const auto n = static_cast<std::size_t>(matrix.rows());
  if (row >= n || column >= n || row == column)
    reject("ahp_implied_judgment", fmt::format("({}, {}) is not an off-diagonal entry of a {}×{} matrix", row,
                                               column, n, n));
  MatrixXd without = matrix;
  const auto i = static_cast<Index>(row), j = static_cast<Index>(column);
  without(i, j) = without(j, i) = std::numeric_limits<double>::quiet_NaN();
  if (!ahp_connected(without))
    reject("ahp_implied_judgment",
           fmt::format("without ({}, {}) the other judgments do not link every criterion; nothing is implied", row,
                       column));
  return std::exp(implied_log_judgment(without, i, j, method));
}

MatrixXd aggregate_judgments(std::span<const MatrixXd> matrices) {
  if (matrices.empty()) reject("aggregate_judgments", "no matrices; give at least one evaluator's");
  const Index n = matrices.front().rows();
  for (std::size_t k = 0; k < matrices.size(); ++k) {
    const std::string what = fmt::format("aggregate_judgments: matrix {}", k);
    check_pairwise(matrices[k], what);
    if (matrices[k].rows() != n)
      reject(what, fmt::format("it is {0}×{0} but the first is {1}×{1}", matrices[k].rows(), n));
  }
  MatrixXd out = MatrixXd::Identity(n, n);
  for (Index i = 0; i < n; ++i)
    for (Index j = i + 1; j < n; ++j) {
      double log_sum = 0;
      int count = 0;
      for (const MatrixXd& m : matrices) {
        if (is_missing(m(i, j))) continue;
        log_sum += (std::log(m(i, j)) - std::log(m(j, i))) / 2;
        ++count;
      }
      out(i, j) = count ? std::exp(log_sum / count) : std::numeric_limits<double>::quiet_NaN();
      out(j, i) = 1 / out(i, j);
    }
  return out;
}

VectorXd aggregate_priorities(std::span<const VectorXd> priorities) {
  if (priorities.empty()) reject("aggregate_priorities", "no priority vectors; give at least one evaluator's");
  const Index n = priorities.front().size();
  if (n == 0) reject("aggregate_priorities", "the priority vectors are empty");
  VectorXd log_mean = VectorXd::Zero(n);
  for (std::size_t k = 0; k < priorities.size(); ++k) {
    const VectorXd& p = priorities[k];
    if (p.size() != n)
      reject("aggregate_priorities", fmt::format("vector {} has {} entries but the first has {}", k, p.size(), n));
    for (Index i = 0; i < n; ++i)
      if (!(p(i) > 0 && std::isfinite(p(i))))
        reject("aggregate_priorities",
               fmt::format("vector {} entry {} is {}; priorities must be positive and finite", k, i, p(i)));
    log_mean += p.array().log().matrix();
  }
  return weights_from_logs(log_mean / static_cast<double>(priorities.size()));
}

}  // namespace criterio
