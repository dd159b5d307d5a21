#pragma once
// A decision problem made ready to be scored again and again with other
// weights or values: the matrix a method sees, the method, and what is
// uncertain about the values. Sensitivity analysis and SMAA work on it.

#include <Eigen/Core>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "criterio/method.hpp"
#include "criterio/model.hpp"

namespace criterio {

// A cell whose value is uncertain. `distribution` is in the criterion's raw
// units when `raw_units` (the value is sampled, then passed through the
// criterion's value function, as measure() does), else already in the units
// the method sees (a utility in [0, 1] for a scaled criterion, the raw number
// otherwise).
struct UncertainCell {
  std::size_t row = 0, column = 0;
  Uncertainty distribution;
  bool raw_units = true;
};

struct DecisionFrame {
  std::vector<std::string> ids;  // one per row, in increasing order (ties break by row)
  std::vector<std::size_t> providers;  // each row's index in its Problem's providers (make_frame)
  Eigen::MatrixXd values;        // as MethodInput::values: complete, no NaN
  Eigen::VectorXd weights;       // the weights of the ranking, summing to 1
  std::vector<Direction> directions;
  std::unique_ptr<bool[]> is_utility;  // one per column
  std::vector<Criterion> criteria;     // one per column
  std::shared_ptr<const Method> method;
  std::string method_name;
  bool higher_is_better = true;
  // MethodInfo::linear_in_weights: scores = utilities · weights, and
  // `utilities` holds the method's utilities of `values` (rows × columns).
  bool linear = false;
  Eigen::MatrixXd utilities;
  std::vector<UncertainCell> uncertain;  // sorted by row, then column
  std::size_t max_pairwise_rows = 0;     // as MethodInput's

  std::size_t rows() const { return static_cast<std::size_t>(values.rows()); }
  std::size_t columns() const { return static_cast<std::size_t>(values.cols()); }
  std::span<const bool> utility_columns() const { return {is_utility.get(), columns()}; }
  // The method's input for these values and `w` (a view: both must outlive it).
  MethodInput input(const Eigen::MatrixXd& v, const Eigen::VectorXd& w, bool scores_only = true) const {
    return MethodInput{v, w, directions, utility_columns(), criteria, scores_only, max_pairwise_rows};
  }
};

// The value a method sees for raw value `raw` of `criterion`: its utility
// (value function, cost reversed) for a scaled criterion, `raw` otherwise.
double method_value(const Criterion& criterion, double raw);

}  // namespace criterio
