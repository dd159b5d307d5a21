// The problem made ready for re-scoring: what evaluate() ranks, as a frame.

#include "criterio/frame.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/prepare.hpp"
#include "analysis/ranking.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio {

double method_value(const Criterion& criterion, double raw) {
  if (criterion.scale.type == ScaleType::none) return raw;
  const double utility = criterion.scale.utility(raw);
  // Numeric value functions and levels point their own way (worst and
  // best, each level's utility); likert points, booleans and ratings take
  // the criterion's direction, as measure() does.
  if (criterion.scale.is_numeric() || criterion.scale.type == ScaleType::levels) return utility;
  return criterion.direction == Direction::cost ? 1 - utility : utility;
}

namespace {

// A missing value, sampled across what it could be: a scaled criterion's
// whole utility range, or the range the providers' values span.
UncertainCell missing_cell(const DecisionFrame& frame, std::size_t row, std::size_t column,
                           const std::vector<std::vector<bool>>& missing) {
  UncertainCell cell{row, column, {}, false};
  cell.distribution.kind = Uncertainty::Kind::uniform;
  if (frame.is_utility[column]) {
    cell.distribution.low = 0;
    cell.distribution.high = 1;
    return cell;
  }
  double low = 0, high = 0;
  bool any = false;
  for (std::size_t r = 0; r < frame.rows(); ++r) {
    if (missing[r][column]) continue;
    const double v = frame.values(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(column));
    low = any ? std::min(low, v) : v;
    high = any ? std::max(high, v) : v;
    any = true;
  }
  cell.distribution.low = low;
  cell.distribution.high = high;
  cell.distribution.mode = (low + high) / 2;
  return cell;
}

}  // namespace

DecisionFrame make_frame(const Problem& problem, const EvaluationOptions& options, bool missing_uncertain) {
  DecisionFrame frame;
  frame.method = problem_method(problem, options);
  const MethodInfo& info = *find_method(options.method.empty() ? problem.model.method : options.method);
  frame.method_name = info.name;
  frame.higher_is_better = frame.method->higher_is_better();
  frame.linear = info.linear_in_weights;
  frame.max_pairwise_rows = options.max_pairwise_rows;

  Prepared prepared = prepare(problem);
  const std::vector<std::size_t>& included = prepared.included;
  std::vector<std::size_t> rows(included.size());
  std::iota(rows.begin(), rows.end(), 0);
  const auto id = [&](std::size_t r) -> const std::string& { return problem.providers[included[r]].id; };
  std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return id(a) < id(b); });

  const std::size_t n = problem.criteria.size();
  frame.values.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(n));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    frame.ids.push_back(id(rows[r]));
    frame.providers.push_back(included[rows[r]]);
    frame.values.row(static_cast<Eigen::Index>(r)) = prepared.matrix.values.row(static_cast<Eigen::Index>(rows[r]));
  }
  frame.directions = std::move(prepared.directions);
  frame.is_utility = std::move(prepared.is_utility);
  frame.criteria = std::move(prepared.criteria);
  frame.weights.resize(static_cast<Eigen::Index>(n));
  for (std::size_t j = 0; j < n; ++j) frame.weights(static_cast<Eigen::Index>(j)) = frame.criteria[j].weight;
  if (frame.linear && !rows.empty()) frame.utilities = frame.method->evaluate(frame.input(frame.values, frame.weights, false)).utilities;

  std::vector<std::vector<bool>> missing(rows.size(), std::vector<bool>(n));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t j = 0; j < n; ++j) missing[r][j] = problem.measurements[included[rows[r]]][j].missing;
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t j = 0; j < n; ++j) {
      const Measurement& m = problem.measurements[included[rows[r]]][j];
      if (m.uncertainty) frame.uncertain.push_back(UncertainCell{r, j, *m.uncertainty, true});
      else if (m.missing && missing_uncertain) frame.uncertain.push_back(missing_cell(frame, r, j, missing));
    }
  return frame;
}

Eigen::VectorXd frame_scores(const DecisionFrame& frame, const Eigen::VectorXd& w) {
  if (frame.linear) return frame.utilities * w;
  return frame.method->evaluate(frame.input(frame.values, w)).scores;
}

std::vector<std::size_t> frame_order(const DecisionFrame& frame, const Eigen::VectorXd& scores) {
  return rank_order(scores, frame.higher_is_better, [&](std::size_t r) { return std::string_view(frame.ids[r]); });
}

}  // namespace criterio
