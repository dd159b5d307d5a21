// TOPSIS (Hwang & Yoon 1981): the closeness of each row to the ideal,
// C = D- / (D+ + D-), where D+ and D- are the Euclidean distances of the
// weighted normalised row from the ideal and from the anti-ideal.
//
// Cost criteria are handled as the authors do: the column is normalised like
// any other, and its ideal is its minimum (its anti-ideal its maximum). The
// normalisation only scales the column; it never turns it around.

#include <span>

#include "methods/normalization.hpp"
#include "methods/topsis_vikor.hpp"

namespace criterio {

namespace {

// Raw columns scaled by the benefit form of `normalization` (which never turns
// a column around); utility columns as they are, already in [0, 1].
Eigen::MatrixXd scaled_columns(const MethodInput& input, Normalization normalization) {
  Eigen::MatrixXd scaled = input.values;
  for (Eigen::Index j = 0; j < scaled.cols(); ++j) {
    const auto k = static_cast<std::size_t>(j);
    if (input.is_utility[k]) continue;
    auto column = scaled.col(j);
    if (column.maxCoeff() == column.minCoeff()) {
      // A constant column is at the ideal and the anti-ideal at once: it adds
      // nothing to either distance, whatever its scale, so it is not
      // normalised (an all-zero column would divide by zero under `vector`).
      column.setOnes();
    } else {
      normalize(column, Direction::benefit, normalization, input.criteria[k].id, input.criteria[k].where);
    }
  }
  return scaled;
}

// The scaled matrix with cost columns reflected (1 - r, or -r under `none`)
// so that higher is better; a reflection keeps every distance.
Eigen::MatrixXd oriented(Eigen::MatrixXd scaled, const MethodInput& input, Normalization normalization) {
  for (Eigen::Index j = 0; j < scaled.cols(); ++j) {
    const auto k = static_cast<std::size_t>(j);
    if (input.is_utility[k] || input.directions[k] == Direction::benefit) continue;
    if (input.values.col(j).maxCoeff() == input.values.col(j).minCoeff()) continue;  // constant: all 1
    auto column = scaled.col(j);
    column = normalization == Normalization::none ? (-column).eval() : (1 - column.array()).matrix().eval();
  }
  return scaled;
}

// Per-criterion squared distances of each weighted row from the ideal and
// the anti-ideal, and their Euclidean totals D+ and D-.
struct Distances {
  Eigen::MatrixXd to_ideal, to_anti_ideal;
  Eigen::VectorXd plus, minus;
};

Distances distances(const Eigen::MatrixXd& weighted, std::span<const Direction> directions) {
  Eigen::RowVectorXd ideal(weighted.cols()), anti_ideal(weighted.cols());
  for (Eigen::Index j = 0; j < weighted.cols(); ++j) {
    const bool benefit = directions[static_cast<std::size_t>(j)] == Direction::benefit;
    const double max = weighted.col(j).maxCoeff(), min = weighted.col(j).minCoeff();
    ideal(j) = benefit ? max : min;
    anti_ideal(j) = benefit ? min : max;
  }
  Distances d;
  d.to_ideal = (weighted.rowwise() - ideal).array().square().matrix();
  d.to_anti_ideal = (weighted.rowwise() - anti_ideal).array().square().matrix();
  d.plus = d.to_ideal.rowwise().sum().cwiseSqrt();
  d.minus = d.to_anti_ideal.rowwise().sum().cwiseSqrt();
  return d;
}

// Closeness and its decomposition into `out`; false when every row is
// identical on every weighted criterion (D+ = D- = 0 everywhere).
bool score_closeness(const Distances& d, MethodOutput& out) {
  const Eigen::Index rows = d.to_ideal.rows(), cols = d.to_ideal.cols();
  out.scores.resize(rows);
  out.contributions.resize(rows, cols);
  bool distinct = true;
  for (Eigen::Index i = 0; i < rows; ++i) {
    const double total = d.plus(i) + d.minus(i);
    if (total == 0) {
      // Only when the ideal and the anti-ideal coincide on every weighted
      // criterion: equally close to both.
      out.scores(i) = 0.5;
      out.contributions.row(i).setZero();
      distinct = false;
      continue;
    }
    out.scores(i) = d.minus(i) / total;
    // C - 1/2 = (D- - D+) / (2 (D+ + D-)), and D- = sum_j d-_j² / D-
    // (likewise D+): each criterion's part of the lead of the distance from
    // the anti-ideal over the distance to the ideal. A zero distance has
    // zero parts.
    for (Eigen::Index j = 0; j < cols; ++j) {
      const double from_anti = d.minus(i) > 0 ? d.to_anti_ideal(i, j) / d.minus(i) : 0;
      const double from_ideal = d.plus(i) > 0 ? d.to_ideal(i, j) / d.plus(i) : 0;
      out.contributions(i, j) = (from_anti - from_ideal) / (2 * total);
    }
  }
  return distinct;
}

class Topsis final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Normalization normalization = parse_normalization(params().text("normalization"));
    const Eigen::MatrixXd scaled = scaled_columns(input, normalization);
    const Distances d = distances(scaled * input.weights.asDiagonal(), input.directions);
    MethodOutput out;
    if (!score_closeness(d, out))
      out.notes.push_back("all providers are identical on every weighted criterion: each scores 0.5");
    out.additive = false;
    out.contribution_meaning =
        "each criterion's share of the distances from the anti-ideal (+) and to the ideal (-); they sum to the "
        "score - 0.5";
    out.utilities = oriented(scaled, input, normalization);
    out.details = {{"D_plus", d.plus}, {"D_minus", d.minus}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_topsis(MethodParams params) { return std::make_unique<Topsis>(std::move(params)); }

}  // namespace criterio
