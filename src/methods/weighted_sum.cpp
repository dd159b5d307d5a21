// The additive value model: score = sum over criteria of weight × utility.
// Columns with a value function arrive as utilities; raw columns are
// normalised first (max by default, as in simple additive weighting).

#include "methods/weighted_sum.hpp"

#include "methods/normalization.hpp"

namespace criterio {

namespace {

class WeightedSum final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Normalization normalization = parse_normalization(params().text("normalization"));
    MethodOutput out;
    out.utilities = input.values;
    for (Eigen::Index j = 0; j < out.utilities.cols(); ++j) {
      const auto k = static_cast<std::size_t>(j);
      if (!input.is_utility[k]) normalize(out.utilities.col(j), input.directions[k], normalization, input.criteria[k].id,
                                      input.criteria[k].where);
    }
    out.contributions = out.utilities * input.weights.asDiagonal();
    out.scores = out.contributions.rowwise().sum();
    out.additive = true;
    out.contribution_meaning = "weight × utility; sums to the score";
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_weighted_sum(MethodParams params) {
  return std::make_unique<WeightedSum>(std::move(params));
}

}  // namespace criterio
