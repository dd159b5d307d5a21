// ARAS (Zavadskas & Turskis 2010). An optimal alternative x0 joins the matrix
// (column max for benefit, column min for cost); cost values are replaced by
// their reciprocals; each column is divided by its sum (x0 included); then
//   S_i = Σ w_j r_ij,  K_i = S_i / S_0   (the utility degree, 1 = optimal).

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Aras final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const Eigen::VectorXd sign = compensatory::signs(input);
    Eigen::MatrixXd transformed = input.values;
    for (Eigen::Index j = 0; j < transformed.cols(); ++j) {
      if (sign(j) < 0) {
        compensatory::require_values(input, j, 0, true, "aras", "it takes the reciprocal of cost values");
        transformed.col(j) = transformed.col(j).cwiseInverse();
      } else {
        compensatory::require_values(input, j, 0, false, "aras", "it takes each value's share of the column sum");
      }
    }
    // The optimum of every column, after the reciprocal, is its maximum.
    const Eigen::RowVectorXd optimal = transformed.colwise().maxCoeff();
    Eigen::RowVectorXd column_sum = transformed.colwise().sum() + optimal;
    // A column of zeros tells nothing apart: it keeps shares of 0.
    column_sum = (column_sum.array() > 0).select(column_sum, 1.0);
    const Eigen::MatrixXd weighted =
        transformed * column_sum.cwiseInverse().cwiseProduct(input.weights.transpose()).asDiagonal();
    const double s0 = optimal.cwiseQuotient(column_sum).dot(input.weights.transpose());

    MethodOutput out;
    out.utilities = compensatory::linear_ratios(input);
    const Eigen::VectorXd s = weighted.rowwise().sum();
    // S_0 is 0 only when every weighted column is all zeros: all rows are then optimal.
    out.scores = s0 > 0 ? Eigen::VectorXd(s / s0) : Eigen::VectorXd::Ones(s.size());
    out.contributions = s0 > 0 ? Eigen::MatrixXd(weighted / s0) : Eigen::MatrixXd(weighted);
    out.additive = s0 > 0;
    out.contribution_meaning = Phrase{Message::m_aras, {}};
    out.details = {{"S", s}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_aras(MethodParams params) { return std::make_unique<Aras>(std::move(params)); }

}  // namespace criterio
