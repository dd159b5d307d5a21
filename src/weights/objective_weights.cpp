// Objective weights: how much the providers differ on each criterion
// (include/criterio/weighting.hpp; formulas and sources in
// docs/weights/rank-and-objective.md).

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "criterio/weighting.hpp"

namespace criterio {
namespace {

using Column = Eigen::MatrixXd::ConstColXpr;

// Correlations this close to 1 count as 1 (CRITIC).
constexpr double k_unit_correlation = 1e-12;

std::string method_name(ObjectiveWeighting method) {
  switch (method) {
    case ObjectiveWeighting::entropy: return "entropy";
    case ObjectiveWeighting::critic: return "critic";
    case ObjectiveWeighting::std_dev: return "std-dev";
    case ObjectiveWeighting::variance: return "variance";
    case ObjectiveWeighting::merec: return "merec";
    case ObjectiveWeighting::gini: return "gini";
    case ObjectiveWeighting::angle: return "angle";
  }
  throw std::invalid_argument("objective_weights: unknown method");
}

[[noreturn]] void fail(std::string message) { throw Error(ExitCode::invalid_input, SourceLocation{}, std::move(message)); }

bool is_constant(const Column& x) { return (x.array() == x(0)).all(); }

void check_input(const Eigen::MatrixXd& values, std::span<const Direction> directions, std::span<const std::string> ids,
                 const std::string& method) {
  const auto n = static_cast<std::size_t>(values.cols());
  if (n == 0 || directions.size() != n || ids.size() != n)
    throw std::invalid_argument("objective_weights: " + std::to_string(n) + " columns, " +
                                std::to_string(directions.size()) + " directions and " + std::to_string(ids.size()) +
                                " ids; they must agree and not be empty");
  if (values.rows() < 2)
    fail(method + " weights compare the providers with each other, and there " +
         (values.rows() == 1 ? std::string("is only one provider") : std::string("are no providers")) +
         ", so the data cannot weight the criteria; give the weights instead (numbers, ranks or pairwise comparisons)");
  for (Eigen::Index j = 0; j < values.cols(); ++j)
    for (Eigen::Index i = 0; i < values.rows(); ++i)
      if (!std::isfinite(values(i, j)))
        fail("criterion '" + ids[static_cast<std::size_t>(j)] + "': row " + std::to_string(i + 1) +
             " is not a finite number; " + method + " weights need a value for every provider");
}

// Methods that share out or compare magnitudes (entropy, Gini, angle) need
// values of one sign; those that take logarithms of ratios (MEREC) need them
// above zero.
void check_lower_bound(const Eigen::MatrixXd& values, std::span<const std::string> ids, const std::string& method,
                       bool zero_allowed) {
  for (Eigen::Index j = 0; j < values.cols(); ++j)
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
      const double x = values(i, j);
      if (x > 0 || (zero_allowed && x == 0)) continue;
      const std::string id = ids[static_cast<std::size_t>(j)];
      if (zero_allowed)
        fail("criterion '" + id + "': " + method + " weights need values of 0 or more (they compare each value " +
             "with the column's total), found " + format_number(x, 6) + " in row " + std::to_string(i + 1) +
             "; shift the scale so that its lowest value is 0 or more, or use critic, std-dev or variance, " +
             "which accept any sign");
      fail("criterion '" + id + "': merec weights need values above 0 (they take logarithms of ratios), found " +
           format_number(x, 6) + " in row " + std::to_string(i + 1) +
           "; shift the scale so that every value is above 0, or use critic, std-dev or variance, " +
           "which accept any sign");
    }
}

// Min-max normalisation, 1 = best: benefit (x − min)/(max − min), cost
// (max − x)/(max − min). A constant column has no spread and maps to 0.
Eigen::MatrixXd minmax_oriented(const Eigen::MatrixXd& values, std::span<const Direction> directions) {
  Eigen::MatrixXd out(values.rows(), values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    const double lo = values.col(j).minCoeff(), hi = values.col(j).maxCoeff();
    if (hi == lo) {
      out.col(j).setZero();
      continue;
    }
    out.col(j) = (values.col(j).array() - lo) / (hi - lo);
    if (directions[static_cast<std::size_t>(j)] == Direction::cost) out.col(j) = 1.0 - out.col(j).array();
  }
  return out;
}

// Sample standard deviation (n − 1). Any common factor cancels when the
// measures are divided by their sum, so the choice does not change weights.
double sample_std_dev(const Column& x) {
  const Eigen::ArrayXd centred = x.array() - x.mean();
  return std::sqrt(centred.square().sum() / static_cast<double>(x.size() - 1));
}

// Shannon entropy of each column's shares p_ij = x_ij / Σ_i x_ij, scaled by
// ln m to [0, 1]; the measure is the divergence 1 − e_j. Equal shares
// (a constant column) carry no information: measure 0.
Eigen::VectorXd entropy_divergence(const Eigen::MatrixXd& values) {
  const double log_m = std::log(static_cast<double>(values.rows()));
  Eigen::VectorXd d = Eigen::VectorXd::Zero(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    if (is_constant(values.col(j))) continue;
    const double total = values.col(j).sum();
    double e = 0;
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
      const double p = values(i, j) / total;
      if (p > 0) e -= p * std::log(p);  // 0 ln 0 = 0
    }
    d(j) = std::max(0.0, 1.0 - e / log_m);
  }
  return d;
}

// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): C_j = σ_j Σ_k (1 − r_jk)
// on the min-max normalised matrix. A constant column has σ = 0 and no
// correlation; it is left out of the other columns' sums, so adding one
// changes no other weight. When a single column varies there is nothing for
// it to conflict with, and it takes all the weight (C_j = σ_j).
Eigen::VectorXd critic_information(const Eigen::MatrixXd& values, std::span<const Direction> directions) {
  const Eigen::MatrixXd normalised = minmax_oriented(values, directions);
  const Eigen::MatrixXd centred = normalised.rowwise() - normalised.colwise().mean();
  const Eigen::VectorXd norms = centred.colwise().norm();
  const auto varying = (norms.array() > 0).count();
  Eigen::VectorXd information = Eigen::VectorXd::Zero(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    if (norms(j) == 0) continue;
    if (varying == 1) {
      information(j) = sample_std_dev(normalised.col(j));
      continue;
    }
    double conflict = 0;
    for (Eigen::Index k = 0; k < values.cols(); ++k) {
      if (k == j || norms(k) == 0) continue;
      // Rounding can leave identical columns a hair below r = 1; that must
      // not pass for conflict.
      const double r = centred.col(j).dot(centred.col(k)) / (norms(j) * norms(k));
      conflict += r > 1 - k_unit_correlation ? 0.0 : 1 - std::max(r, -1.0);
    }
    information(j) = sample_std_dev(normalised.col(j)) * conflict;
  }
  return information;
}

// Standard deviation, or variance, of the min-max normalised columns (the
// direction does not matter: x and 1 − x spread alike).
Eigen::VectorXd normalised_spread(const Eigen::MatrixXd& values, bool squared) {
  const std::vector<Direction> benefit(static_cast<std::size_t>(values.cols()), Direction::benefit);
  const Eigen::MatrixXd normalised = minmax_oriented(values, benefit);
  Eigen::VectorXd spread(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    const double s = sample_std_dev(normalised.col(j));
    spread(j) = squared ? s * s : s;
  }
  return spread;
}

// MEREC (Keshavarz-Ghorabaee et al. 2021): how much each provider's overall
// performance S_i = ln(1 + (1/n) Σ_k |ln n_ik|) changes when criterion j is
// removed, E_j = Σ_i |S'_ij − S_i|, with n_ij = min/x (benefit), x/max (cost).
Eigen::VectorXd merec_removal_effects(const Eigen::MatrixXd& values, std::span<const Direction> directions) {
  const auto n = static_cast<double>(values.cols());
  Eigen::MatrixXd log_ratio(values.rows(), values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    const Eigen::ArrayXd x = values.col(j).array();
    const bool cost = directions[static_cast<std::size_t>(j)] == Direction::cost;
    const Eigen::ArrayXd ratio = cost ? Eigen::ArrayXd(x / x.maxCoeff()) : Eigen::ArrayXd(x.minCoeff() / x);
    log_ratio.col(j) = ratio.log().abs().matrix();
  }
  const Eigen::ArrayXd row_total = log_ratio.rowwise().sum().array();
  const Eigen::ArrayXd overall = (1 + row_total / n).log();
  Eigen::VectorXd effects(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    const Eigen::ArrayXd without = (1 + (row_total - log_ratio.col(j).array()) / n).log();
    effects(j) = (without - overall).abs().sum();
  }
  return effects;
}

// Gini coefficient Σ_i Σ_k |x_i − x_k| / (2 m² μ). With the values sorted
// ascending, Σ_i Σ_k |x_i − x_k| = 2 Σ_i (2i − m − 1) x_(i) (i from 1), which
// keeps large provider lists at m log m.
Eigen::VectorXd gini_coefficients(const Eigen::MatrixXd& values) {
  const auto m = static_cast<double>(values.rows());
  Eigen::VectorXd gini = Eigen::VectorXd::Zero(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    if (is_constant(values.col(j))) continue;
    std::vector<double> sorted(values.col(j).begin(), values.col(j).end());
    std::sort(sorted.begin(), sorted.end());
    double pair_sum = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) pair_sum += (2.0 * static_cast<double>(i + 1) - m - 1) * sorted[i];
    gini(j) = 2 * pair_sum / (2 * m * m * values.col(j).mean());
  }
  return gini;
}

// Angle between each column and the column of equal values (Shuai et al.
// 2012): atan2(|x − x̄|, x̄ √m), the same angle as arccos of the cosine but
// accurate when the column is nearly constant.
Eigen::VectorXd angles_to_uniform(const Eigen::MatrixXd& values) {
  const double root_m = std::sqrt(static_cast<double>(values.rows()));
  Eigen::VectorXd angle = Eigen::VectorXd::Zero(values.cols());
  for (Eigen::Index j = 0; j < values.cols(); ++j) {
    if (is_constant(values.col(j))) continue;
    const double mean = values.col(j).mean();
    angle(j) = std::atan2((values.col(j).array() - mean).matrix().norm(), mean * root_m);
  }
  return angle;
}

Eigen::VectorXd raw_measure(const Eigen::MatrixXd& values, std::span<const Direction> directions,
                            ObjectiveWeighting method) {
  switch (method) {
    case ObjectiveWeighting::entropy: return entropy_divergence(values);
    case ObjectiveWeighting::critic: return critic_information(values, directions);
    case ObjectiveWeighting::std_dev: return normalised_spread(values, false);
    case ObjectiveWeighting::variance: return normalised_spread(values, true);
    case ObjectiveWeighting::merec: return merec_removal_effects(values, directions);
    case ObjectiveWeighting::gini: return gini_coefficients(values);
    case ObjectiveWeighting::angle: return angles_to_uniform(values);
  }
  throw std::invalid_argument("objective_weights: unknown method");
}

}  // namespace

Eigen::VectorXd objective_weights(const Eigen::MatrixXd& values, std::span<const Direction> directions,
                                  std::span<const std::string> ids, ObjectiveWeighting method) {
  const std::string name = method_name(method);
  check_input(values, directions, ids, name);
  if (method == ObjectiveWeighting::entropy || method == ObjectiveWeighting::gini ||
      method == ObjectiveWeighting::angle)
    check_lower_bound(values, ids, name, true);
  if (method == ObjectiveWeighting::merec) check_lower_bound(values, ids, name, false);

  bool all_constant = true;
  for (Eigen::Index j = 0; j < values.cols(); ++j) all_constant = all_constant && is_constant(values.col(j));
  if (all_constant)
    fail(name + " weights measure how much the providers differ on each criterion, and every criterion has the " +
         "same value for every provider, so the data cannot weight the criteria; give the weights instead " +
         "(numbers, ranks or pairwise comparisons)");

  const Eigen::VectorXd measure = raw_measure(values, directions, method);
  const double total = measure.sum();
  // Only CRITIC gets here: criteria that vary in perfect step (r = 1) leave
  // it no conflict to measure.
  if (!(total > 0))
    fail(name + " finds no conflict between the criteria: those that vary rise and fall together (correlation " +
         "1), so it cannot tell them apart; use std-dev or entropy, or give the weights instead");
  return measure / total;
}

}  // namespace criterio
