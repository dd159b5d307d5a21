// Surrogate weights from an importance ranking (include/criterio/weighting.hpp).

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "criterio/weighting.hpp"

namespace criterio {
namespace {

// The weight of place k (1-based) among n places, before ties are shared.
double place_weight(int k, int n, RankWeighting method) {
  switch (method) {
    case RankWeighting::roc: {
      double tail = 0;
      for (int i = k; i <= n; ++i) tail += 1.0 / i;
      return tail / n;
    }
    case RankWeighting::rank_sum:
      return 2.0 * (n + 1 - k) / (static_cast<double>(n) * (n + 1));
    case RankWeighting::reciprocal: {
      double harmonic = 0;
      for (int i = 1; i <= n; ++i) harmonic += 1.0 / i;
      return (1.0 / k) / harmonic;
    }
  }
  throw std::invalid_argument("rank_weights: unknown method");
}

// In a competition ranking each rank r is held by c criteria and equals one
// more than the number of criteria ranked strictly above it (1, 2, 2, 4).
void check_competition_ranking(std::span<const int> ranks) {
  const int n = static_cast<int>(ranks.size());
  for (int r : ranks) {
    const auto above = std::count_if(ranks.begin(), ranks.end(), [r](int other) { return other < r; });
    if (r < 1 || r > n || r != above + 1)
      throw std::invalid_argument("rank_weights: rank " + std::to_string(r) + " does not fit a competition ranking of " +
                                  std::to_string(n) + " criteria (ranks 1..n, ties as in 1, 2, 2, 4)");
  }
}

}  // namespace

Eigen::VectorXd rank_weights(std::span<const int> ranks, RankWeighting method) {
  if (ranks.empty()) throw std::invalid_argument("rank_weights: no criteria to weight");
  check_competition_ranking(ranks);
  const int n = static_cast<int>(ranks.size());
  Eigen::VectorXd weights(n);
  for (int k = 0; k < n; ++k) {
    // Criteria tied at rank r share places r .. r + ties - 1 equally.
    const int r = ranks[static_cast<std::size_t>(k)];
    const auto ties = static_cast<int>(std::count(ranks.begin(), ranks.end(), r));
    double shared = 0;
    for (int place = r; place < r + ties; ++place) shared += place_weight(place, n, method);
    weights(k) = shared / ties;
  }
  return weights;
}

}  // namespace criterio
