// OCRA, operational competitiveness rating (Parkan 1994; the procedure as
// written by Işık & Adalı 2016): independent ratings on the inputs (cost
// criteria) and the outputs (benefit criteria), each made linear by
// subtracting its minimum, then combined and shifted so the least
// competitive provider rates 0.

#include "criterio/number.hpp"
#include "methods/normalization.hpp"
#include "methods/reference_methods.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// The weighted preference ratings of column `j`: for an input (cost)
// w (max - x) / min, for an output (benefit) w (x - min) / min; the division
// by the minimum makes criteria in different units comparable. A utility
// column is already on a common scale, so it is w (u - min u).
Eigen::VectorXd weighted_ratings(const MethodInput& input, Eigen::Index j) {
  const auto column = input.values.col(j).array();
  const double min = column.minCoeff(), max = column.maxCoeff(), w = input.weights(j);
  if (input.is_utility[static_cast<std::size_t>(j)]) return (w * (column - min)).matrix();
  // An identical column rates 0 for everyone (max - x = x - min = 0), even at 0.
  if (max == min) return Eigen::VectorXd::Zero(column.size());
  if (min <= 0)
    reject_column(input, j, "ocra",
                  "divides by the criterion's smallest value and found " + format_number(min, 6) +
                      "; give values above 0 (for example, add a constant to every value)");
  if (input.directions[static_cast<std::size_t>(j)] == Direction::cost) return (w * (max - column) / min).matrix();
  return (w * (column - min) / min).matrix();
}

class Ocra final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    MethodOutput out;
    out.contributions.resize(rows, cols);
    Eigen::VectorXd inputs = Eigen::VectorXd::Zero(rows), outputs = Eigen::VectorXd::Zero(rows);
    for (Eigen::Index j = 0; j < cols; ++j) {
      out.contributions.col(j) = weighted_ratings(input, j);
      (is_benefit(input, j) ? outputs : inputs) += out.contributions.col(j);
    }
    const Eigen::VectorXd inputs_linear = inputs.array() - inputs.minCoeff();
    const Eigen::VectorXd outputs_linear = outputs.array() - outputs.minCoeff();
    const Eigen::VectorXd total = inputs_linear + outputs_linear;
    out.scores = total.array() - total.minCoeff();

    // The ratings are linear in the values, so min-max by direction orders and
    // spaces each column exactly as OCRA does, on [0, 1].
    out.utilities = normalized_columns(input, Normalization::minmax);
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_ocra, {}};
    out.details = {{"I", inputs}, {"O", outputs}, {"I_linear", inputs_linear}, {"O_linear", outputs_linear}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_ocra(MethodParams params) { return std::make_unique<Ocra>(std::move(params)); }

}  // namespace criterio
