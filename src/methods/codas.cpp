// CODAS, COmbinative Distance-based ASsessment (Keshavarz Ghorabaee,
// Zavadskas, Turskis & Antucheviciene 2016). Linear max normalisation
// (x / max for benefit, min / x for cost), weighted; the negative-ideal
// solution is each column's minimum. A provider's Euclidean distance E and
// taxicab distance T from it are compared with every other provider's:
//   h_ik = (E_i - E_k) + psi(E_i - E_k) (T_i - T_k),
//   psi(x) = 1 when |x| >= tau, else 0,
// so the taxicab distance only counts when the Euclidean distances are not
// close. The score is the relative assessment H_i = sum over k of h_ik,
// higher better.

#include <cmath>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "methods/distance.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

[[noreturn]] void unsuitable(const MethodInput& input, std::size_t column, const std::string& why) {
  const Criterion& c = input.criteria[column];
  throw Error(ExitCode::invalid_input, c.where,
              "criterion '" + c.id + "': CODAS " + why +
                  "; shift the values to a positive scale, give the criterion a scale, or use another method");
}

// Linear max normalisation of one column in place. A column whose values are
// all equal sets no provider apart: all 1, at zero distance from the
// negative ideal, whatever the values are.
void normalize_linear_max(const MethodInput& input, Eigen::Ref<Eigen::VectorXd> column, std::size_t k) {
  const double min = column.minCoeff(), max = column.maxCoeff();
  if (max == min) {
    column.setOnes();
  } else if (input.directions[k] == Direction::benefit) {
    if (min < 0)
      unsuitable(input, k,
                 "divides a benefit criterion by its maximum and needs values of zero or more, found " +
                     format_number(min, 6));
    column /= max;
  } else {
    if (min <= 0)
      unsuitable(input, k,
                 "divides a cost criterion's minimum by each value and needs values above zero, found " +
                     format_number(min, 6));
    column = column.cwiseInverse() * min;
  }
}

class Codas final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const double tau = params().number("tau");
    const Eigen::Index rows = input.values.rows();
    MethodOutput out;
    out.utilities = input.values;
    for (Eigen::Index j = 0; j < out.utilities.cols(); ++j)
      normalize_linear_max(input, out.utilities.col(j), static_cast<std::size_t>(j));
    const Eigen::MatrixXd weighted = out.utilities * input.weights.asDiagonal();
    // Each weighted value's distance from the negative ideal (>= 0).
    const Eigen::MatrixXd from_ideal = weighted.rowwise() - weighted.colwise().minCoeff();
    const Eigen::VectorXd euclidean = from_ideal.rowwise().norm();
    const Eigen::VectorXd taxicab = from_ideal.rowwise().sum();

    // psi(i, k): whether the taxicab distances count in comparing i with k.
    Eigen::MatrixXd psi(rows, rows);
    for (Eigen::Index i = 0; i < rows; ++i)
      for (Eigen::Index k = 0; k < rows; ++k) psi(i, k) = std::abs(euclidean(i) - euclidean(k)) >= tau ? 1.0 : 0.0;
    const auto m = static_cast<double>(rows);
    out.scores = m * euclidean.array() - euclidean.sum() +
                 ((psi.rowwise().sum().array() * taxicab.array()) - (psi * taxicab).array());

    // E_i splits over the criteria as d_ij² / E_i, T_i as d_ij; substituted
    // into the sum over k, the parts of H_i add up to H_i exactly.
    Eigen::MatrixXd euclidean_share = from_ideal.cwiseAbs2();
    for (Eigen::Index i = 0; i < rows; ++i)
      euclidean_share.row(i) = euclidean(i) > 0 ? (euclidean_share.row(i) / euclidean(i)).eval()
                                                : Eigen::RowVectorXd::Zero(from_ideal.cols());
    out.contributions = m * euclidean_share;
    out.contributions.rowwise() -= euclidean_share.colwise().sum();
    out.contributions += psi.rowwise().sum().asDiagonal() * from_ideal - psi * from_ideal;
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_codas, {}};
    out.details = {{"E", euclidean}, {"T", taxicab}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_codas(MethodParams params) { return std::make_unique<Codas>(std::move(params)); }

}  // namespace criterio
