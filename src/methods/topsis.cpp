// TOPSIS (Hwang & Yoon 1981): the closeness of each row to the ideal,
// C = D- / (D+ + D-), where D+ and D- are the Euclidean distances of the
// weighted normalised row from the ideal and from the anti-ideal.
//
// Cost criteria are handled as the authors do: the column is normalised like
// any other, and its ideal is its minimum (its anti-ideal its maximum). The
// normalisation only scales the column; it never turns it around.


#include "methods/normalization.hpp"
#include "methods/topsis_vikor.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// Column j scaled by the benefit form of `normalization` (which never turns a
// column around) into `scaled`; a utility column as it is, already in [0, 1].
// Returns false for a constant raw column, which is set to ones: it is at the
// ideal and the anti-ideal at once and adds nothing to either distance,
// whatever its scale (an all-zero column would divide by zero under `vector`).
bool scale_column(const MethodInput& input, Eigen::Index j, Normalization normalization, Eigen::VectorXd& scaled) {
  const auto k = static_cast<std::size_t>(j);
  scaled = input.values.col(j);
  if (input.is_utility[k]) return true;
  if (scaled.maxCoeff() == scaled.minCoeff()) {
    scaled.setOnes();
    return false;
  }
  normalize(scaled, Direction::benefit, normalization, input.criteria[k].id, input.criteria[k].where);
  return true;
}

// The scaled column oriented so that higher is better: a cost column
// reflected (1 - r, or -r under `none`); a reflection keeps every distance.
void orient(Eigen::Ref<Eigen::VectorXd> column, bool cost, Normalization normalization) {
  if (!cost) return;
  column = normalization == Normalization::none ? (-column).eval() : (1 - column.array()).matrix().eval();
}

// Each row's squared distance from the ideal and the anti-ideal on one
// weighted column, by direction: the ideal of a cost column is its minimum.
void column_distances(const Eigen::VectorXd& weighted, bool benefit, Eigen::VectorXd& to_ideal,
                      Eigen::VectorXd& to_anti_ideal) {
  const double max = weighted.maxCoeff(), min = weighted.minCoeff();
  const double ideal = benefit ? max : min, anti_ideal = benefit ? min : max;
  to_ideal = (weighted.array() - ideal).square().matrix();
  to_anti_ideal = (weighted.array() - anti_ideal).square().matrix();
}

class Topsis final : public Method {
 public:
  using Method::Method;

 private:
  // Column by column: D+² and D-² accumulate in the same order whether or
  // not the per-criterion parts are kept, so a scores-only run of a large
  // file needs a few columns of scratch and gives the same scores.
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Normalization normalization = parse_normalization(params().text("normalization"));
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    const bool keep = !input.scores_only;
    MethodOutput out;
    Eigen::MatrixXd to_ideal, to_anti_ideal;  // per-criterion squared distances, kept for the explanation
    if (keep) {
      out.utilities.resize(rows, cols);
      to_ideal.resize(rows, cols);
      to_anti_ideal.resize(rows, cols);
    }
    Eigen::VectorXd plus = Eigen::VectorXd::Zero(rows), minus = Eigen::VectorXd::Zero(rows);
    Eigen::VectorXd scaled(rows), weighted(rows), d_plus(rows), d_minus(rows);
    for (Eigen::Index j = 0; j < cols; ++j) {
      const auto k = static_cast<std::size_t>(j);
      const bool varies = scale_column(input, j, normalization, scaled);
      weighted = scaled * input.weights(j);
      column_distances(weighted, input.directions[k] == Direction::benefit, d_plus, d_minus);
      plus += d_plus;
      minus += d_minus;
      if (!keep) continue;
      to_ideal.col(j) = d_plus;
      to_anti_ideal.col(j) = d_minus;
      out.utilities.col(j) = scaled;
      orient(out.utilities.col(j),
             varies && !input.is_utility[k] && input.directions[k] == Direction::cost, normalization);
    }
    plus = plus.cwiseSqrt();
    minus = minus.cwiseSqrt();
    const Eigen::ArrayXd total = plus.array() + minus.array();
    // Only when the ideal and the anti-ideal coincide on every weighted
    // criterion is a row at distance zero from both: equally close, 0.5.
    out.scores = (total > 0).select(minus.array() / total, 0.5).matrix();
    if ((total == 0).all())
      out.notes.push_back(Phrase{Message::m_topsis_identical, {}});
    if (keep) out.contributions = shares_of_distances(std::move(to_ideal), to_anti_ideal, plus, minus, total);
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_topsis, {}};
    out.details = {{"D_plus", plus}, {"D_minus", minus}};
    return out;
  }

  // C - 1/2 = (D- - D+) / (2 (D+ + D-)), and D- = sum_j d-_j² / D-
  // (likewise D+): each criterion's part of the lead of the distance from the
  // anti-ideal over the distance to the ideal. A zero distance has zero
  // parts. Computed in place of `to_ideal`.
  static Eigen::MatrixXd shares_of_distances(Eigen::MatrixXd to_ideal, const Eigen::MatrixXd& to_anti_ideal,
                                             const Eigen::VectorXd& plus, const Eigen::VectorXd& minus,
                                             const Eigen::ArrayXd& total) {
    const Eigen::ArrayXd from_anti = (minus.array() > 0).select(minus.array().inverse(), 0);
    const Eigen::ArrayXd from_ideal = (plus.array() > 0).select(plus.array().inverse(), 0);
    const Eigen::ArrayXd half = (total > 0).select((2 * total).inverse(), 0);
    for (Eigen::Index j = 0; j < to_ideal.cols(); ++j)
      to_ideal.col(j) = ((to_anti_ideal.col(j).array() * from_anti - to_ideal.col(j).array() * from_ideal) * half)
                            .matrix();
    return to_ideal;
  }
};

}  // namespace

std::unique_ptr<Method> make_topsis(MethodParams params) { return std::make_unique<Topsis>(std::move(params)); }

}  // namespace criterio
