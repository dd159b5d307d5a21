// MABAC, Multi-Attributive Border Approximation area Comparison (Pamučar &
// Ćirović 2015). Min-max normalisation by direction, weighted matrix
// v = w (n + 1), border approximation area g = the geometric mean of each
// column of v; the score Q = sum over criteria of (v - g), higher better:
// above zero a provider lies in the upper approximation area.

#include <cmath>

#include "methods/distance.hpp"
#include "methods/normalization.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Mabac final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    MethodOutput out;
    // A column whose values are all equal normalises to 1 everywhere: its v
    // equals its g, so it adds nothing to anyone's Q.
    out.utilities = normalized_columns(input, Normalization::minmax);
    const Eigen::MatrixXd weighted = (out.utilities.array() + 1).matrix() * input.weights.asDiagonal();
    // v >= w > 0 on a weighted column, so the geometric mean is taken through
    // logarithms; a column of weight zero has v = 0 and g = 0.
    Eigen::RowVectorXd border(weighted.cols());
    for (Eigen::Index j = 0; j < weighted.cols(); ++j)
      border(j) = input.weights(j) > 0 ? std::exp(weighted.col(j).array().log().mean()) : 0.0;
    out.contributions = weighted.rowwise() - border;
    out.scores = out.contributions.rowwise().sum();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_mabac, {}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_mabac(MethodParams params) { return std::make_unique<Mabac>(std::move(params)); }

}  // namespace criterio
