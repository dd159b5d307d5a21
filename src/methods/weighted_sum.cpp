// The additive value model: score = sum over criteria of weight × utility.
// Columns with a value function arrive as utilities; raw columns are
// normalised first (max by default, as in simple additive weighting).

#include "methods/weighted_sum.hpp"

#include "methods/normalization.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class WeightedSum final : public Method {
 public:
  using Method::Method;

 private:
  // Column by column, so that a scores-only run needs one column of scratch
  // and both runs add the same numbers in the same order.
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Normalization normalization = parse_normalization(params().text("normalization"));
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    MethodOutput out;
    out.scores = Eigen::VectorXd::Zero(rows);
    if (!input.scores_only) {
      out.utilities.resize(rows, cols);
      out.contributions.resize(rows, cols);
    }
    Eigen::VectorXd utility(rows);
    for (Eigen::Index j = 0; j < cols; ++j) {
      const auto k = static_cast<std::size_t>(j);
      utility = input.values.col(j);
      if (!input.is_utility[k])
        normalize(utility, input.directions[k], normalization, input.criteria[k].id, input.criteria[k].where);
      out.scores += utility * input.weights(j);
      if (input.scores_only) continue;
      out.utilities.col(j) = utility;
      out.contributions.col(j) = utility * input.weights(j);
    }
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_wsm, {}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_weighted_sum(MethodParams params) {
  return std::make_unique<WeightedSum>(std::move(params));
}

}  // namespace criterio
