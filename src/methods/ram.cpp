// RAM, the root assessment method (Sotoudeh-Anvari 2023): sum-normalised,
// weighted values summed separately over benefit (S+) and cost (S-)
// criteria, combined as the root RI = (2 + S+)^(1 / (2 + S-)).

#include <cmath>

#include "criterio/number.hpp"
#include "methods/reference_methods.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// x / sum(x) for every criterion, benefit or cost alike: RAM handles the
// direction when it sums, not when it normalises. A column of zeros is one
// value everywhere; it gets 1/m, as any other identical column does.
void normalize_by_sum(const MethodInput& input, Eigen::Index j, Eigen::Ref<Eigen::VectorXd> column) {
  const double min = column.minCoeff();
  if (min < 0)
    reject_column(input, j, "ram",
                  "needs values of zero or more (it divides each by the column's sum), found " +
                      format_number(min, 6) + "; shift the values or use cocoso");
  const double sum = column.sum();
  if (sum == 0)
    column.setConstant(1.0 / static_cast<double>(column.size()));
  else
    column /= sum;
}

class Ram final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    Eigen::MatrixXd normalised = input.values;
    for (Eigen::Index j = 0; j < cols; ++j) normalize_by_sum(input, j, normalised.col(j));
    const Eigen::MatrixXd weighted = normalised * input.weights.asDiagonal();

    MethodOutput out;
    Eigen::VectorXd s_plus = Eigen::VectorXd::Zero(rows), s_minus = Eigen::VectorXd::Zero(rows);
    out.contributions = weighted;
    out.utilities = normalised;
    // RAM's normalisation is not oriented; x / max for benefit and
    // 1 - x / max for cost give an oriented equivalent on [0, 1].
    for (Eigen::Index j = 0; j < cols; ++j) {
      const double max = normalised.col(j).maxCoeff();  // > 0: the column sums to 1
      if (is_benefit(input, j)) {
        s_plus += weighted.col(j);
        out.utilities.col(j) /= max;
      } else {
        s_minus += weighted.col(j);
        out.contributions.col(j) = -weighted.col(j);
        out.utilities.col(j) = (1 - normalised.col(j).array() / max).matrix();
      }
    }
    out.scores.resize(rows);
    for (Eigen::Index i = 0; i < rows; ++i) out.scores(i) = std::pow(2 + s_plus(i), 1 / (2 + s_minus(i)));

    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_ram, {}};
    out.details = {{"S_plus", s_plus}, {"S_minus", s_minus}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_ram(MethodParams params) { return std::make_unique<Ram>(std::move(params)); }

}  // namespace criterio
