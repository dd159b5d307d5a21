// CoCoSo, the combined compromise solution (Yazdani, Zarate, Zavadskas &
// Turskis 2019): a weighted sum S and a weighted power sum P of min-max
// normalised values, combined by three appraisal scores.

#include <cmath>

#include "methods/normalization.hpp"
#include "methods/reference_methods.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Cocoso final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const double lambda = params().number("lambda");
    MethodOutput out;
    // Min-max by direction, as the authors define it; an identical column
    // becomes all ones (normalization.hpp), so it adds the same to every row.
    out.utilities = normalized_columns(input, Normalization::minmax);

    const Eigen::MatrixXd weighted = out.utilities * input.weights.asDiagonal();
    const Eigen::VectorXd s = weighted.rowwise().sum();
    Eigen::VectorXd p(out.utilities.rows());
    for (Eigen::Index i = 0; i < p.size(); ++i)
      p(i) = (out.utilities.row(i).array().pow(input.weights.transpose().array())).sum();

    // k_b divides by the smallest S and P: both are zero only for a provider
    // that is worst on every weighted criterion.
    if (s.minCoeff() <= 0 || p.minCoeff() <= 0)
      throw Error(ExitCode::invalid_input, SourceLocation{},
                  "cocoso: a provider is the worst on every weighted criterion, so its S and P are 0 and "
                  "the appraisal score k_b (S/min S + P/min P) is undefined; leave that provider out or use "
                  "another method");

    const Eigen::ArrayXd ka = (s + p).array() / (s + p).sum();
    const Eigen::ArrayXd kb = s.array() / s.minCoeff() + p.array() / p.minCoeff();
    const Eigen::ArrayXd kc =
        (lambda * s.array() + (1 - lambda) * p.array()) / (lambda * s.maxCoeff() + (1 - lambda) * p.maxCoeff());
    out.scores = ((ka * kb * kc).pow(1.0 / 3.0) + (ka + kb + kc) / 3).matrix();

    // k is no sum over criteria; it is shared out in proportion to each
    // criterion's part of S, the weighted sum it grows with.
    out.contributions = (weighted.array().colwise() * (out.scores.array() / s.array())).matrix();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_cocoso, {}};
    out.details = {{"S", s}, {"P", p}, {"ka", ka.matrix()}, {"kb", kb.matrix()}, {"kc", kc.matrix()}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_cocoso(MethodParams params) { return std::make_unique<Cocoso>(std::move(params)); }

}  // namespace criterio
