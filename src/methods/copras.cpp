// COPRAS (Zavadskas, Kaklauskas & Sarka 1994; Zavadskas et al. 2007).
// d_ij = w_j x_ij / Σ_i x_ij; S+ sums d over benefit criteria, S− over cost
// criteria; the relative significance
//   Q_i = S+_i + Σ_k S−_k / (S−_i · Σ_k 1/S−_k)
// and the utility degree N_i = 100 · Q_i / max Q, the score (in %).

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Copras final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const Eigen::VectorXd sign = compensatory::signs(input);
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    Eigen::MatrixXd d(rows, cols);
    double cost_weight = 0;
    for (Eigen::Index j = 0; j < cols; ++j) {
      compensatory::require_values(input, j, 0, sign(j) < 0, "copras",
                                   sign(j) < 0 ? "the cost term divides by each alternative's sum of cost shares"
                                               : "it takes each value's share of the column sum");
      const double sum = input.values.col(j).sum();
      // A benefit column of zeros tells nothing apart: shares of 0.
      d.col(j) = sum > 0 ? Eigen::VectorXd(input.weights(j) * input.values.col(j) / sum) : Eigen::VectorXd::Zero(rows);
      if (sign(j) < 0) cost_weight += input.weights(j);
    }
    const Eigen::VectorXd plus = d * sign.cwiseMax(0.0);
    const Eigen::VectorXd minus = d * (-sign).cwiseMax(0.0);
    // Without weighted cost criteria there is no cost term: Q = S+.
    Eigen::VectorXd cost_term = Eigen::VectorXd::Zero(rows);
    if (cost_weight > 0) cost_term = minus.sum() / (minus.array() * minus.cwiseInverse().sum()).matrix().array();
    const Eigen::VectorXd q = plus + cost_term;
    const double q_max = q.maxCoeff();
    // All Q are 0 only when nothing tells the alternatives apart: all 100 %.
    const double scale = q_max > 0 ? 100 / q_max : 0;

    MethodOutput out;
    out.scores = q_max > 0 ? Eigen::VectorXd(scale * q) : Eigen::VectorXd::Constant(rows, 100);
    out.utilities = compensatory::linear_ratios(input);
    out.contributions = Eigen::MatrixXd::Zero(rows, cols);
    for (Eigen::Index j = 0; j < cols; ++j) {
      if (sign(j) > 0) {
        out.contributions.col(j) = scale * d.col(j);
      } else if (cost_weight > 0) {
        out.contributions.col(j) = scale * input.weights(j) / cost_weight * cost_term;
      }
    }
    out.additive = q_max > 0;
    out.contribution_meaning = Phrase{Message::m_copras, {}};
    out.details = {{"S_plus", plus}, {"S_minus", minus}, {"Q", q}, {"N", out.scores}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_copras(MethodParams params) { return std::make_unique<Copras>(std::move(params)); }

}  // namespace criterio
