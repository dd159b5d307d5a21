// TOPSIS (Hwang & Yoon 1981): the closeness of each row to the ideal,
// C = D- / (D+ + D-), where D+ and D- are the Euclidean distances of the
// weighted normalised row from the ideal and from the anti-ideal.
//
// Cost criteria are handled as the authors do: the column is normalised like
// any other, and its ideal is its minimum (its anti-ideal its maximum). The
// normalisation only scales the column; it never turns it around.

#include <cmath>

#include "methods/normalization.hpp"
#include "methods/topsis_vikor.hpp"

namespace criterio {

namespace {

class Topsis final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Normalization normalization = parse_normalization(params().text("normalization"));
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    Eigen::MatrixXd normalized = input.values;
    for (Eigen::Index j = 0; j < cols; ++j) {
      const auto k = static_cast<std::size_t>(j);
      if (input.is_utility[k]) continue;  // already utilities in [0, 1], used as they are
      auto column = normalized.col(j);
      if (column.maxCoeff() == column.minCoeff()) {
        // A constant column is at the ideal and the anti-ideal at once: it adds
        // nothing to either distance, whatever its scale, so it is not
        // normalised (an all-zero column would divide by zero under `vector`).
        column.setOnes();
      } else {
        normalize(column, Direction::benefit, normalization, input.criteria[k].id, input.criteria[k].where);
      }
    }

    const Eigen::MatrixXd weighted = normalized * input.weights.asDiagonal();
    Eigen::RowVectorXd ideal(cols), anti_ideal(cols);
    for (Eigen::Index j = 0; j < cols; ++j) {
      const bool benefit = input.directions[static_cast<std::size_t>(j)] == Direction::benefit;
      const double max = weighted.col(j).maxCoeff(), min = weighted.col(j).minCoeff();
      ideal(j) = benefit ? max : min;
      anti_ideal(j) = benefit ? min : max;
    }
    // Per-criterion squared distances; their row sums are D+² and D-².
    const Eigen::MatrixXd to_ideal = (weighted.rowwise() - ideal).array().square().matrix();
    const Eigen::MatrixXd to_anti_ideal = (weighted.rowwise() - anti_ideal).array().square().matrix();
    const Eigen::VectorXd d_plus = to_ideal.rowwise().sum().cwiseSqrt();
    const Eigen::VectorXd d_minus = to_anti_ideal.rowwise().sum().cwiseSqrt();

    MethodOutput out;
    out.scores.resize(rows);
    out.contributions.resize(rows, cols);
    bool all_identical = false;
    for (Eigen::Index i = 0; i < rows; ++i) {
      const double total = d_plus(i) + d_minus(i);
      if (total == 0) {
        // Only when the ideal and the anti-ideal coincide on every weighted
        // criterion, i.e. all rows are identical: equally close to both.
        out.scores(i) = 0.5;
        out.contributions.row(i).setZero();
        all_identical = true;
        continue;
      }
      out.scores(i) = d_minus(i) / total;
      // C - 1/2 = (D- - D+) / (2 (D+ + D-)), and D- = sum_j d-_j² / D-
      // (likewise D+): each criterion's part of the lead of the distance from
      // the anti-ideal over the distance to the ideal. A zero distance has
      // zero parts.
      for (Eigen::Index j = 0; j < cols; ++j) {
        const double from_anti = d_minus(i) > 0 ? to_anti_ideal(i, j) / d_minus(i) : 0;
        const double from_ideal = d_plus(i) > 0 ? to_ideal(i, j) / d_plus(i) : 0;
        out.contributions(i, j) = (from_anti - from_ideal) / (2 * total);
      }
    }
    out.additive = false;
    out.contribution_meaning =
        "each criterion's share of the distances from the anti-ideal (+) and to the ideal (-); they sum to the "
        "score - 0.5";
    out.utilities = oriented(normalized, input, normalization);
    out.details = {{"D_plus", d_plus}, {"D_minus", d_minus}};
    if (all_identical) out.notes.push_back("all providers are identical on every weighted criterion: each scores 0.5");
    return out;
  }

  // The normalised matrix with cost columns reflected (1 - r, or -r under
  // `none`) so that higher is better; a reflection keeps every distance.
  static Eigen::MatrixXd oriented(Eigen::MatrixXd normalized, const MethodInput& input, Normalization normalization) {
    for (Eigen::Index j = 0; j < normalized.cols(); ++j) {
      const auto k = static_cast<std::size_t>(j);
      if (input.is_utility[k] || input.directions[k] == Direction::benefit) continue;
      auto column = normalized.col(j);
      if (input.values.col(j).maxCoeff() == input.values.col(j).minCoeff()) continue;  // constant: 1
      column = normalization == Normalization::none ? (-column).eval() : (1 - column.array()).matrix().eval();
    }
    return normalized;
  }
};

}  // namespace

std::unique_ptr<Method> make_topsis(MethodParams params) { return std::make_unique<Topsis>(std::move(params)); }

}  // namespace criterio
