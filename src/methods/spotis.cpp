// SPOTIS, Stable Preference Ordering Towards Ideal Solution (Dezert,
// Tchamova, Han & Tacnet 2020). Each criterion has fixed bounds
// [lower, upper]; the ideal solution point is the upper bound of a benefit
// criterion and the lower bound of a cost criterion. The score is the
// weighted normalised distance to it,
//   d_i = sum over j of w_j |x_ij - ideal_j| / (upper_j - lower_j),
// lower better. Because the bounds do not depend on the other providers,
// adding or removing a provider cannot reorder the rest.

#include <cmath>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "methods/distance.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

struct Bound {
  double lower = 0, upper = 0;
  bool from_data = false;  // either bound is the observed extreme, not given
};

std::string criterion_prefix(const Criterion& c) { return "criterion '" + c.id + "': SPOTIS "; }

// The bounds of column `j`: [0, 1] for a utility column, else the given
// lower and upper (a --param list item or the criterion's bounds:), each
// falling back to the column's observed minimum or maximum. Every value must
// lie within them (a given bound that misses the data is reported as such).
Bound bounds_of(const MethodInput& input, const MethodParams& params, Eigen::Index j) {
  const auto k = static_cast<std::size_t>(j);
  const Criterion& c = input.criteria[k];
  const auto column = input.values.col(j);
  Bound b{0, 1, false};
  if (!input.is_utility[k]) {
    const auto lower = params.number_for("lower", c, k), upper = params.number_for("upper", c, k);
    b = Bound{lower.value_or(column.minCoeff()), upper.value_or(column.maxCoeff()), !lower || !upper};
    if (lower && upper && *lower >= *upper)
      throw Error(ExitCode::invalid_input, c.where,
                  criterion_prefix(c) + "needs a lower bound below its upper bound, found [" +
                      format_number(b.lower, 6) + ", " + format_number(b.upper, 6) +
                      "]; fix lower=/upper= or the criterion's bounds:");
  }
  for (Eigen::Index i = 0; i < column.size(); ++i)
    if (column(i) < b.lower || column(i) > b.upper)
      throw Error(ExitCode::invalid_input, c.where,
                  criterion_prefix(c) + "value " + format_number(column(i), 6) + " of provider row " +
                      std::to_string(i + 1) + " lies outside the bounds [" + format_number(b.lower, 6) + ", " +
                      format_number(b.upper, 6) +
                      "]; widen the bounds (--param lower=/upper= or bounds: [lower, upper]) to cover every value");
  return b;
}

class Spotis final : public Method {
 public:
  using Method::Method;
  bool higher_is_better() const override { return false; }

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    Eigen::MatrixXd distance(rows, cols);
    std::vector<std::string> from_data;
    for (Eigen::Index j = 0; j < cols; ++j) {
      const auto k = static_cast<std::size_t>(j);
      const Bound b = bounds_of(input, params(), j);
      if (b.from_data) from_data.push_back(input.criteria[k].id);
      // Bounds taken from a column whose values are all equal enclose no
      // range: every provider is at the ideal, a distance of zero.
      if (b.upper == b.lower) {
        distance.col(j).setZero();
        continue;
      }
      const double ideal = input.directions[k] == Direction::benefit ? b.upper : b.lower;
      distance.col(j) = (input.values.col(j).array() - ideal).abs().matrix() / (b.upper - b.lower);
    }
    MethodOutput out;
    out.utilities = (1 - distance.array()).matrix();
    out.contributions = distance * input.weights.asDiagonal();
    out.scores = out.contributions.rowwise().sum();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_spotis, {}};
    if (!from_data.empty()) out.notes.push_back(Phrase{Message::m_spotis_bounds, {from_data}});
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_spotis(MethodParams params) { return std::make_unique<Spotis>(std::move(params)); }

}  // namespace criterio
