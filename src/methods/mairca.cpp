// MAIRCA, MultiAttributive Ideal-Real Comparative Analysis (Pamučar,
// Vasin & Lukovac 2014; Pamučar, Lukovac, Božanić & Komazec 2018). With no
// preference among the m providers (P = 1/m each), a criterion's theoretical
// rating is t_p = w / m; the real rating is t_r = t_p × n, n the min-max
// normalised value by direction; the gap is t_p − t_r. The score is the
// total gap Q, lower better.

#include "methods/distance.hpp"
#include "methods/normalization.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

class Mairca final : public Method {
 public:
  using Method::Method;
  bool higher_is_better() const override { return false; }

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    MethodOutput out;
    // A column whose values are all equal normalises to 1 everywhere: every
    // provider meets its theoretical rating, a gap of zero for all.
    out.utilities = normalized_columns(input, Normalization::minmax);
    const Eigen::VectorXd theoretical = input.weights / static_cast<double>(input.values.rows());
    out.contributions = (1 - out.utilities.array()).matrix() * theoretical.asDiagonal();
    out.scores = out.contributions.rowwise().sum();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_mairca, {}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_mairca(MethodParams params) { return std::make_unique<Mairca>(std::move(params)); }

}  // namespace criterio
