#pragma once
// DecisionFrames built by hand for the sensitivity and SMAA tests: a matrix,
// a method, and what differs from the defaults.

#include <Eigen/Core>
#include <cstdio>
#include <string>
#include <vector>

#include "criterio/frame.hpp"

namespace criterio::testing {

struct FrameSpec {
  std::vector<double> weights;           // empty: equal
  std::vector<Direction> directions;     // empty: all benefit
  std::vector<bool> utility_columns;     // true: the column holds utilities (a linear 0-1 scale)
};

// Rows are named a, b, c, ... (r000, r001, ... past 26), so that row order
// is id order as make_frame() guarantees; columns c1, c2, ...
inline DecisionFrame hand_frame(const Eigen::MatrixXd& values, const std::string& method, const FrameSpec& spec = {}) {
  const auto n = static_cast<std::size_t>(values.cols());
  DecisionFrame frame;
  for (Eigen::Index r = 0; r < values.rows(); ++r) {
    char id[16];
    if (values.rows() <= 26) std::snprintf(id, sizeof id, "%c", static_cast<char>('a' + r));
    else std::snprintf(id, sizeof id, "r%03d", static_cast<int>(r));
    frame.ids.push_back(id);
  }
  frame.values = values;
  frame.weights = spec.weights.empty()
                      ? Eigen::VectorXd::Constant(values.cols(), 1.0 / static_cast<double>(n))
                      : Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(spec.weights.data(), values.cols()));
  frame.directions = spec.directions.empty() ? std::vector<Direction>(n, Direction::benefit) : spec.directions;
  frame.is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) {
    Criterion criterion;
    criterion.id = criterion.name = "c" + std::to_string(j + 1);
    criterion.weight = frame.weights(static_cast<Eigen::Index>(j));
    criterion.direction = frame.directions[j];
    frame.is_utility[j] = j < spec.utility_columns.size() && spec.utility_columns[j];
    if (frame.is_utility[j]) {
      criterion.scale.type = ScaleType::linear;
      criterion.scale.worst = 0;
      criterion.scale.best = 1;
      criterion.scale.min = 0;
      criterion.scale.max = 1;
    }
    frame.criteria.push_back(criterion);
  }
  frame.method = make_method(method, {});
  frame.method_name = method;
  frame.higher_is_better = frame.method->higher_is_better();
  frame.linear = find_method(method)->linear_in_weights;
  if (frame.linear)
    frame.utilities = frame.method->evaluate(frame.input(frame.values, frame.weights, false)).utilities;
  return frame;
}

}  // namespace criterio::testing
