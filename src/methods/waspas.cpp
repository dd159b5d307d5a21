// WASPAS (Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012):
// Q = λ · WSM + (1 − λ) · WPM on linearly normalised values (benefit x / max,
// cost min / x), WSM = Σ w r and WPM = Π r^w.

#include <cmath>

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Waspas final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const double lambda = params().number("lambda");
    const Eigen::VectorXd sign = compensatory::signs(input);
    for (Eigen::Index j = 0; j < input.values.cols(); ++j)
      compensatory::require_values(
          input, j, 0, sign(j) < 0, "waspas",
          sign(j) < 0 ? "min / x divides by cost values" : "x / max needs values of 0 or more");
    MethodOutput out;
    out.utilities = compensatory::normalized(input, Normalization::max);
    const Eigen::MatrixXd weighted = out.utilities * input.weights.asDiagonal();
    const Eigen::VectorXd wsm = weighted.rowwise().sum();
    // The product through pow, not logarithms: a normalised 0 (a benefit
    // value of 0) makes that row's WPM 0, which is what the formula says.
    Eigen::VectorXd wpm = Eigen::VectorXd::Ones(out.utilities.rows());
    for (Eigen::Index j = 0; j < out.utilities.cols(); ++j)
      if (input.weights(j) > 0) wpm = wpm.cwiseProduct(out.utilities.col(j).array().pow(input.weights(j)).matrix());
    out.scores = lambda * wsm + (1 - lambda) * wpm;
    // The WSM part is additive; the WPM part is not, so it is shared out in
    // proportion to each criterion's part of the WSM.
    out.contributions = lambda * weighted;
    for (Eigen::Index i = 0; i < weighted.rows(); ++i)
      if (wsm(i) > 0) out.contributions.row(i) += (1 - lambda) * wpm(i) / wsm(i) * weighted.row(i);
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_waspas, {}};
    out.details = {{"WSM", wsm}, {"WPM", wpm}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_waspas(MethodParams params) { return std::make_unique<Waspas>(std::move(params)); }

}  // namespace criterio
