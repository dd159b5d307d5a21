// The weighted product model (Bridgman 1922; Miller & Starr 1969):
// score = Π r_j^w_j over the normalised values r. Raw columns are normalised
// as in the weighted sum (max by default: x / max for benefit, min / x for
// cost), so the score is 1 for an alternative best on every criterion.

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class WeightedProduct final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const Normalization normalization = parse_normalization(params().text("normalization"));
    // Under max and sum a raw value of 0 becomes 0 (or divides by zero):
    // say so in WPM's terms before the normalisation would.
    if (normalization == Normalization::max || normalization == Normalization::sum)
      for (Eigen::Index j = 0; j < input.values.cols(); ++j)
        if (!input.is_utility[static_cast<std::size_t>(j)] && input.weights(j) > 0)
          compensatory::require_values(input, j, 0, true, "wpm", "it multiplies the weighted powers of the values");
    MethodOutput out;
    out.utilities = compensatory::normalized(input, normalization);
    // The logarithms decompose the product: Σ w ln r = ln(score).
    out.contributions = compensatory::weighted_logs(
        out.utilities, input, "wpm",
        "give values above zero and use --param normalization=max or sum (minmax maps the worst value to 0)");
    out.scores = out.contributions.rowwise().sum().array().exp();
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_wpm, {}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_wpm(MethodParams params) { return std::make_unique<WeightedProduct>(std::move(params)); }

}  // namespace criterio
