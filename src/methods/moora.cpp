// MOORA (Brauers & Zavadskas 2006) on the vector ratios r = x / sqrt(Σ x²):
//   approach=ratio:     y = Σ_benefit w r − Σ_cost w r        (higher is better)
//   approach=reference: max_j w_j |r*_j − r_j|, with r*_j the best ratio of
//                       the column (max for benefit, min for cost) (lower is better)

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Moora final : public Method {
 public:
  using Method::Method;

  bool higher_is_better() const override { return !reference(); }

 private:
  bool reference() const { return params().text("approach") == "reference"; }

  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const Eigen::MatrixXd ratios = compensatory::vector_ratios(input.values);
    MethodOutput out;
    out.utilities = compensatory::oriented_ratios(ratios, input);
    if (reference()) {
      out.contributions = compensatory::reference_point_parts(ratios, input);
      out.scores = out.contributions.rowwise().maxCoeff();
      out.additive = false;
      out.contribution_meaning = Phrase{Message::m_moora_reference, {}};
    } else {
      out.contributions = compensatory::ratio_system_parts(ratios, input);
      out.scores = out.contributions.rowwise().sum();
      out.additive = true;
      out.contribution_meaning = Phrase{Message::m_moora_ratio, {}};
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_moora(MethodParams params) { return std::make_unique<Moora>(std::move(params)); }

}  // namespace criterio
