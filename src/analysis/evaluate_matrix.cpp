// Spreadsheet mode at scale: the same method, ranking and strengths as
// evaluate(), kept as matrices instead of one object per cell.

#include <algorithm>
#include <memory>

#include "analysis/ranking.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/method.hpp"
#include "criterio/weights.hpp"
#include "support/parallel.hpp"

namespace criterio {

MatrixRanking evaluate_matrix(SpreadsheetMatrix input, const EvaluationOptions& options, bool breakdown) {
  const std::string method_name = options.method.empty() ? input.model.method : options.method;
  const auto method = make_method(method_name, options.params);

  MatrixRanking ranking;
  ranking.method = find_method(method_name)->name;
  ranking.params = method->params().all();
  ranking.higher_is_better = method->higher_is_better();
  ranking.criteria = std::move(input.criteria);
  ranking.data = std::move(input.matrix);

  const std::size_t n = ranking.criteria.size();
  Eigen::VectorXd weights(static_cast<Eigen::Index>(n));
  std::vector<Direction> directions(n);
  auto is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) {
    directions[j] = ranking.criteria[j].direction;
    is_utility[j] = false;
  }
  const WeightData data{ranking.data.values(), directions};
  const std::vector<double> derived = leaf_weights(derive_weights(input.model, nullptr, &data));
  for (std::size_t j = 0; j < n; ++j) {
    ranking.criteria[j].weight = derived[j];
    weights(static_cast<Eigen::Index>(j)) = derived[j];
  }
  MethodOutput output = method->evaluate(MethodInput{ranking.data.values(), weights, directions,
                                                     std::span<const bool>(is_utility.get(), n), ranking.criteria,
                                                     !breakdown, options.max_pairwise_rows});
  ranking.data.release_values();

  ranking.order = rank_order(output.scores, ranking.higher_is_better,
                             [&](std::size_t r) { return ranking.data.id(r); });
  std::vector<double> ordered_scores;
  ordered_scores.reserve(ranking.order.size());
  for (auto r : ranking.order) ordered_scores.push_back(output.scores(static_cast<Eigen::Index>(r)));
  ranking.ranks = competition_ranks(ordered_scores);

  ranking.scores = std::move(output.scores);
  if (!breakdown) return ranking;
  const Eigen::RowVectorXd typical = typical_utilities(output.utilities);
  // Each row on its own: blocks of rows on every core.
  const std::size_t rows = ranking.data.rows();
  constexpr std::size_t k_rows_per_block = 65536;
  ranking.notable.resize(rows);
  parallel_for((rows + k_rows_per_block - 1) / k_rows_per_block, 0, [&](std::size_t block) {
    const std::size_t end = std::min(rows, (block + 1) * k_rows_per_block);
    for (std::size_t r = block * k_rows_per_block; r < end; ++r)
      ranking.notable[r] = strengths_and_weaknesses(output.utilities, typical, weights, static_cast<Eigen::Index>(r));
  });
  if (output.contributions.size() > 0) {
    ranking.contributions = std::move(output.contributions);
  } else {
    output.utilities *= weights.asDiagonal();
    ranking.contributions = std::move(output.utilities);
  }
  return ranking;
}

}  // namespace criterio
