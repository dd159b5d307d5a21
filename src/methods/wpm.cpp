// The weighted product model (Bridgman 1922; Miller & Starr 1969):
// score = Π r_j^w_j over the normalised values r. Raw columns are normalised
// as in the weighted sum (max by default: x / max for benefit, min / x for
// cost), so the score is 1 for an alternative best on every criterion.

#include "methods/compensatory.hpp"

namespace criterio {

namespace {

class WeightedProduct final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    MethodOutput out;
    out.utilities = compensatory::normalized(input, parse_normalization(params().text("normalization")));
    // The logarithms decompose the product: Σ w ln r = ln(score).
    out.contributions = compensatory::weighted_logs(
        out.utilities, input, "wpm",
        "give values above zero and use --param normalization=max or sum (minmax maps the worst value to 0)");
    out.scores = out.contributions.rowwise().sum().array().exp();
    out.additive = false;
    out.contribution_meaning = "weight × ln(normalised value); sums to ln(score), not to the score";
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_wpm(MethodParams params) { return std::make_unique<WeightedProduct>(std::move(params)); }

}  // namespace criterio
