#pragma once
// Weights that are not typed in as numbers: from a ranking of the criteria
// (ROC, rank sum, reciprocal rank) or from the providers' data (entropy,
// CRITIC, standard deviation, ...). Free functions over plain vectors and
// matrices; the criteria tree decides where each is used (weights_tree.hpp).

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

enum class ObjectiveWeighting { entropy, critic, std_dev, variance, merec, gini, angle };

// Weights that describe the data (how much the providers differ on each
// criterion, and how much criteria overlap), not the user's priorities.
// `values` is rows (providers) × columns (criteria), no NaN; `directions`
// gives each column's direction (utility columns are benefit); `ids` names
// the columns in messages. Returns weights summing to 1. Data the method
// cannot use (a negative value where it takes logs, fewer than two rows, ...)
// throws Error(invalid_input) naming the criterion and saying what would work.
Eigen::VectorXd objective_weights(const Eigen::MatrixXd& values, std::span<const Direction> directions,
                                  std::span<const std::string> ids, ObjectiveWeighting method);

}  // namespace criterio
