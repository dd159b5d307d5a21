#pragma once
// ELECTRE I and ELECTRE III (Roy 1968, 1978): factories, and the pairwise
// matrices each builds, exposed so that tests can check them against the
// published tables.

#include <Eigen/Core>
#include <memory>

#include "criterio/method.hpp"

namespace criterio {

std::unique_ptr<Method> make_electre1(MethodParams params);
std::unique_ptr<Method> make_electre3(MethodParams params);

// The matrix with every column oriented so that more is better: raw cost
// columns negated, everything else as given. Differences keep their units,
// so thresholds stay in the criterion's own units.
inline Eigen::MatrixXd oriented_values(const MethodInput& input) {
  Eigen::MatrixXd g = input.values;
  for (Eigen::Index j = 0; j < g.cols(); ++j)
    if (!input.is_utility[static_cast<std::size_t>(j)] &&
        input.directions[static_cast<std::size_t>(j)] == Direction::cost)
      g.col(j) = -g.col(j);
  return g;
}

// Utilities for reports: each oriented column rescaled to [0, 1] over its
// observed range; a column whose values are all equal gives 1 to every row
// (no row is worse than another there).
inline Eigen::MatrixXd range_utilities(const Eigen::MatrixXd& oriented) {
  Eigen::MatrixXd u = Eigen::MatrixXd::Ones(oriented.rows(), oriented.cols());
  for (Eigen::Index j = 0; j < oriented.cols(); ++j) {
    const double low = oriented.col(j).minCoeff(), range = oriented.col(j).maxCoeff() - low;
    if (range > 0) u.col(j) = (oriented.col(j).array() - low) / range;
  }
  return u;
}

// ELECTRE I's indices between rows (rows × rows, 0 on the diagonal):
// concordance(a, b) = sum of the weights of the criteria where a is at least
// as good as b; discordance(a, b) = the largest amount by which b beats a on
// a criterion, over that criterion's observed range.
struct Electre1Indices {
  Eigen::MatrixXd concordance;
  Eigen::MatrixXd discordance;
};
Electre1Indices electre1_indices(const MethodInput& input);

// ELECTRE III's valued outranking between rows (rows × rows, 1 on the
// diagonal): the global concordance and the credibility σ(a, b), with the
// per-criterion thresholds q, p, v of `params` (in the units of `input`).
struct Electre3Relation {
  Eigen::MatrixXd concordance;
  Eigen::MatrixXd credibility;
};
Electre3Relation electre3_relation(const MethodInput& input, const MethodParams& params);

}  // namespace criterio
