#pragma once
// Ranking rules shared by every evaluation path: the order of rows by score
// (ties by id), competition ranks, and the criteria where a row gains or
// loses most against the typical row.

#include <Eigen/Core>
#include <array>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "criterio/result.hpp"

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

// Row `row`'s strengths and weaknesses against `typical`, each more than
// 1e-12 away. Equal gains list the lower column first; equal losses the
// higher column first. No allocation.
NotableCriteria strengths_and_weaknesses(const Eigen::MatrixXd& utilities, const Eigen::RowVectorXd& typical,
                                         const Eigen::VectorXd& weights, Eigen::Index row);

}  // namespace criterio
