// MARCOS, measurement of alternatives and ranking according to compromise
// solution (Stević, Pamučar, Puška & Chatterjee 2020): each provider's
// weighted sum of values normalised against the ideal, set against the sums
// of the ideal and anti-ideal rows, and combined by a utility function.

#include "criterio/number.hpp"
#include "methods/reference_methods.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// Normalises column `j` against its ideal, as the authors do: benefit x/ideal
// (ideal = max), cost ideal/x (ideal = min). Also gives the normalised
// anti-ideal (min for benefit, max for cost). A column of zeros (benefit) is
// one value everywhere, so every provider is the ideal there: all ones.
double normalize_against_ideal(const MethodInput& input, Eigen::Index j, Eigen::Ref<Eigen::VectorXd> column) {
  const double min = column.minCoeff(), max = column.maxCoeff();
  if (min < 0)
    reject_column(input, j, "marcos",
                  "needs values of zero or more, found " + format_number(min, 6) +
                      "; shift the values or use a method with min-max normalisation (cocoso)");
  if (is_benefit(input, j)) {
    if (max == 0) {
      column.setOnes();
      return 1;
    }
    column /= max;
    return min / max;
  }
  if (min == 0)
    reject_column(input, j, "marcos",
                  "divides the ideal by each value of a cost criterion and found 0; give values above 0 "
                  "(for example, add a small constant to every value)");
  column = column.cwiseInverse() * min;
  return min / max;
}

class Marcos final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    MethodOutput out;
    out.utilities = input.values;
    Eigen::VectorXd anti_ideal(out.utilities.cols());
    for (Eigen::Index j = 0; j < out.utilities.cols(); ++j)
      anti_ideal(j) = normalize_against_ideal(input, j, out.utilities.col(j));

    const Eigen::MatrixXd weighted = out.utilities * input.weights.asDiagonal();
    const Eigen::VectorXd s = weighted.rowwise().sum();
    const double s_ideal = input.weights.sum();  // the ideal row normalises to all ones
    const double s_anti_ideal = input.weights.dot(anti_ideal);
    if (s_anti_ideal <= 0)
      throw Error(ExitCode::invalid_input, SourceLocation{},
                  "marcos: the anti-ideal row has a weighted sum of 0 (every weighted benefit criterion has a "
                  "provider at 0), so K- (S / S of the anti-ideal) is undefined; give values above 0");

    const Eigen::ArrayXd k_minus = s.array() / s_anti_ideal;
    const Eigen::ArrayXd k_plus = s.array() / s_ideal;
    // The authors' f(K-) = K+ / (K+ + K-) and f(K+) = K- / (K+ + K-) do not
    // depend on the row (S cancels); written so, a row with S = 0 scores 0.
    const double f_k_minus = s_anti_ideal / (s_anti_ideal + s_ideal);
    const double f_k_plus = s_ideal / (s_anti_ideal + s_ideal);
    out.scores = ((k_plus + k_minus) / (1 + (1 - f_k_plus) / f_k_plus + (1 - f_k_minus) / f_k_minus)).matrix();

    // f(K) grows with S alone (K- and K+ are both S over a constant), so it is
    // shared out in proportion to each criterion's part of S.
    out.contributions = weighted;
    for (Eigen::Index i = 0; i < s.size(); ++i)
      if (s(i) > 0) out.contributions.row(i) *= out.scores(i) / s(i);
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_marcos, {}};
    out.details = {{"S", s}, {"K_minus", k_minus.matrix()}, {"K_plus", k_plus.matrix()}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_marcos(MethodParams params) { return std::make_unique<Marcos>(std::move(params)); }

}  // namespace criterio
