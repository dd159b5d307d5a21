#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace criterio {

bool tied(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)}); }

std::vector<std::size_t> rank_order(const Eigen::VectorXd& scores, bool higher_is_better,
                                    const std::function<std::string_view(std::size_t)>& id) {
  std::vector<std::size_t> order(static_cast<std::size_t>(scores.size()));
  std::iota(order.begin(), order.end(), 0);
  const auto score = [&](std::size_t r) { return scores(static_cast<Eigen::Index>(r)); };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (!tied(score(a), score(b))) return higher_is_better ? score(a) > score(b) : score(a) < score(b);
    return id(a) < id(b);
  });
  return order;
}

std::vector<int> competition_ranks(const std::vector<double>& ordered_scores) {
  std::vector<int> ranks(ordered_scores.size());
  for (std::size_t i = 0; i < ordered_scores.size(); ++i)
    ranks[i] = i > 0 && tied(ordered_scores[i], ordered_scores[i - 1]) ? ranks[i - 1] : static_cast<int>(i) + 1;
  return ranks;
}

Eigen::RowVectorXd typical_utilities(const Eigen::MatrixXd& utilities) {
  return utilities.rows() > 1 ? Eigen::RowVectorXd(utilities.colwise().mean())
                              : Eigen::RowVectorXd::Constant(utilities.cols(), 0.5);
}

StrengthsAndWeaknesses strengths_and_weaknesses(const Eigen::MatrixXd& utilities, const Eigen::RowVectorXd& typical,
                                                const Eigen::VectorXd& weights, Eigen::Index row) {
  constexpr std::size_t k_listed = 3;
  std::vector<std::pair<double, std::size_t>> deviations;
  deviations.reserve(static_cast<std::size_t>(utilities.cols()));
  for (Eigen::Index j = 0; j < utilities.cols(); ++j)
    deviations.emplace_back(weights(j) * (utilities(row, j) - typical(j)), static_cast<std::size_t>(j));
  std::stable_sort(deviations.begin(), deviations.end(), [](auto& a, auto& b) { return a.first > b.first; });
  StrengthsAndWeaknesses out;
  for (const auto& [d, j] : deviations)
    if (d > 1e-12 && out.strengths.size() < k_listed) out.strengths.push_back(j);
  for (auto it = deviations.rbegin(); it != deviations.rend(); ++it)
    if (it->first < -1e-12 && out.weaknesses.size() < k_listed) out.weaknesses.push_back(it->second);
  return out;
}

}  // namespace criterio
