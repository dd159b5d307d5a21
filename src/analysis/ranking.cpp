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

namespace {

// Inserts column j with deviation d into a best-first list of at most
// NotableCriteria::k_listed, where `before(a, b)` says a is listed before b.
template <class Before>
void keep_best(std::array<std::size_t, NotableCriteria::k_listed>& list, std::array<double, NotableCriteria::k_listed>& deviation,
               std::size_t& count, std::size_t j, double d, Before before) {
  std::size_t at = count;
  while (at > 0 && before(d, j, deviation[at - 1], list[at - 1])) --at;
  if (at >= NotableCriteria::k_listed) return;
  for (std::size_t k = std::min(count, NotableCriteria::k_listed - 1); k > at; --k) {
    list[k] = list[k - 1];
    deviation[k] = deviation[k - 1];
  }
  list[at] = j;
  deviation[at] = d;
  count = std::min(count + 1, NotableCriteria::k_listed);
}

}  // namespace

NotableCriteria strengths_and_weaknesses(const Eigen::MatrixXd& utilities, const Eigen::RowVectorXd& typical,
                                 const Eigen::VectorXd& weights, Eigen::Index row) {
  NotableCriteria out;
  std::array<double, NotableCriteria::k_listed> gain{}, loss{};
  for (Eigen::Index col = 0; col < utilities.cols(); ++col) {
    const double d = weights(col) * (utilities(row, col) - typical(col));
    const auto j = static_cast<std::size_t>(col);
    if (d > 1e-12)
      keep_best(out.strengths, gain, out.strength_count, j, d,
                [](double d1, std::size_t j1, double d2, std::size_t j2) { return d1 > d2 || (d1 == d2 && j1 < j2); });
    if (d < -1e-12)
      keep_best(out.weaknesses, loss, out.weakness_count, j, d,
                [](double d1, std::size_t j1, double d2, std::size_t j2) { return d1 < d2 || (d1 == d2 && j1 > j2); });
  }
  return out;
}

}  // namespace criterio
