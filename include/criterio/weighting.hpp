#pragma once
// Weights that are not typed in as numbers: from a ranking of the criteria
// (ROC, rank sum, reciprocal rank), from swing or SMART points, or from the
// providers' data (entropy, CRITIC, standard deviation, ...). Free functions
// over plain vectors and matrices; the criteria tree decides where each is
// used (weights.hpp).

#include <Eigen/Core>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/model.hpp"

namespace criterio {

enum class RankWeighting { roc, rank_sum, reciprocal };

// Weights from importance ranks: ranks[k] is criterion k's rank, 1 = most
// important. Ties share a rank as in competition ranking (1, 2, 2, 4); tied
// criteria get the mean of the weights of the places they share, so the
// weights still sum to 1. Ranks must be a valid competition ranking of
// ranks.size() criteria, at least one (std::invalid_argument otherwise).
//   roc:        w_k = (1/n) Σ_{i=k..n} 1/i             (Barron & Barrett 1996)
//   rank_sum:   w_k = 2 (n + 1 − k) / (n (n + 1))      (Stillwell, Seaver & Edwards 1981)
//   reciprocal: w_k = (1/k) / Σ_{i=1..n} 1/i           (Stillwell, Seaver & Edwards 1981)
Eigen::VectorXd rank_weights(std::span<const int> ranks, RankWeighting method);

// What breaks the convention of a points method, for a criteria file's
// `points:` and --weights swing:/smart: alike. Swing: the most important
// swing gets 100 and the others are judged against it, 0 to 100 (von
// Winterfeldt & Edwards 1986). SMART: the least important gets 10 and the
// others are judged against it (Edwards 1977); its weights are ratios, so
// only positive points are required. Points are never negative (callers
// check that first); `method` other than swing or smart has no rule.
enum class PointsProblem { none, swing_top_not_100, smart_not_positive };
PointsProblem points_problem(std::string_view method, std::span<const double> points);

enum class ObjectiveWeighting { entropy, critic, std_dev, variance, merec, gini, angle };

// Weights that describe the data (how much the providers differ on each
// criterion, and how much criteria overlap), not the user's priorities.
// `values` is rows (providers) × columns (criteria), no NaN; `directions`
// gives each column's direction (utility columns are benefit); `ids` names
// the columns in messages. Returns weights summing to 1, each in [0, 1].
// m providers, n criteria (docs/weights/rank-and-objective.md has the sources):
//   entropy:  p_ij = x_ij / Σ_i x_ij, e_j = −(1/ln m) Σ_i p_ij ln p_ij (0 ln 0 = 0),
//             w ∝ 1 − e_j. Raw values, direction ignored; values ≥ 0.
//   critic:   min-max normalised by direction; w ∝ σ_j Σ_k (1 − r_jk), Pearson r.
//   std_dev:  w ∝ σ_j of the min-max normalised column (direction irrelevant).
//   variance: w ∝ σ_j² of the min-max normalised column.
//   merec:    n_ij = min x / x_ij (benefit), x_ij / max x (cost); w ∝ how much
//             S_i = ln(1 + (1/n) Σ_j |ln n_ij|) moves when j is removed. Values > 0.
//   gini:     w ∝ Σ_i Σ_k |x_ij − x_kj| / (2 m² mean_j). Raw values ≥ 0.
//   angle:    w ∝ angle between column j and a column of equal values. Values ≥ 0.
// Every method scales a benefit column by a positive constant without
// changing any weight; only critic, std_dev and variance also ignore a shift.
// A column whose values are all equal gets weight 0 (and, except under merec,
// leaves the other weights as they would be without it).
// Data the method cannot use (fewer than two rows, every column constant, a
// negative value for entropy/gini/angle, a value ≤ 0 for merec, a non-finite
// value, critic with only perfectly correlated columns) throws
// Error(invalid_input) naming the criterion where there is one and saying
// what would work. Sizes of `directions` or `ids` that differ from the number
// of columns, or no columns, are a caller's bug: std::invalid_argument.
Eigen::VectorXd objective_weights(const Eigen::MatrixXd& values, std::span<const Direction> directions,
                                  std::span<const std::string> ids, ObjectiveWeighting method);

}  // namespace criterio
