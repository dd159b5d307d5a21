#pragma once
// Ranking rules shared by every evaluation path: the order of rows by score
// (ties by id), competition ranks, and the criteria where a row gains or
// loses most against the typical row.

#include <Eigen/Core>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace criterio {

// Whether two scores are equal up to rounding (relative 1e-12).
bool tied(double a, double b);

// Rows best first by `scores` (higher or lower better), tied rows by `id`.
std::vector<std::size_t> rank_order(const Eigen::VectorXd& scores, bool higher_is_better,
                                    const std::function<std::string_view(std::size_t)>& id);

// Competition ranks ("1, 2, 2, 4") of scores already in ranking order.
std::vector<int> competition_ranks(const std::vector<double>& ordered_scores);

// The typical row: each column's mean utility, or 0.5 each for a single row.
Eigen::RowVectorXd typical_utilities(const Eigen::MatrixXd& utilities);

// The columns where row `row` gains (strengths, strongest first) or loses
// (weaknesses, weakest first) most weighted utility against `typical`;
// at most three of each, each at least 1e-12 away.
struct StrengthsAndWeaknesses {
  std::vector<std::size_t> strengths, weaknesses;
};
StrengthsAndWeaknesses strengths_and_weaknesses(const Eigen::MatrixXd& utilities, const Eigen::RowVectorXd& typical,
                                                const Eigen::VectorXd& weights, Eigen::Index row);

}  // namespace criterio
