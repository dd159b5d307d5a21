// EDAS, Evaluation based on Distance from Average Solution (Keshavarz
// Ghorabaee, Zavadskas, Olfat & Turskis 2015). Each value's positive and
// negative distance from its column's average, relative to that average, is
// weighted and summed (SP, SN); the two sums are normalised by their maxima
// and averaged into the appraisal score AS = (NSP + NSN) / 2, higher better.

#include <algorithm>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "methods/distance.hpp"
#include "methods/normalization.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

struct AverageDistances {
  Eigen::MatrixXd positive;  // PDA: how far better than the average, relative to it
  Eigen::MatrixXd negative;  // NDA: how far worse than the average, relative to it
};

// PDA and NDA of one column. A column whose values are all equal is at zero
// distance everywhere, whatever its average (zero included). Otherwise the
// distances are divided by the average, as the authors define them, which
// needs an average above zero.
void distances_from_average(const MethodInput& input, Eigen::Index j, AverageDistances& out) {
  const auto k = static_cast<std::size_t>(j);
  const auto column = input.values.col(j);
  if (column.maxCoeff() == column.minCoeff()) {
    out.positive.col(j).setZero();
    out.negative.col(j).setZero();
    return;
  }
  const double average = column.mean();
  if (average <= 0)
    throw Error(ExitCode::invalid_input, input.criteria[k].where,
                "criterion '" + input.criteria[k].id +
                    "': EDAS divides each distance by the column's average, which is " + format_number(average, 6) +
                    "; it needs values whose average is above zero (shift the values, or use another method)");
  const Eigen::ArrayXd better =
      input.directions[k] == Direction::benefit ? (column.array() - average).eval() : (average - column.array()).eval();
  out.positive.col(j) = better.max(0.0).matrix() / average;
  out.negative.col(j) = (-better).max(0.0).matrix() / average;
}

class Edas final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    AverageDistances distance{Eigen::MatrixXd(rows, cols), Eigen::MatrixXd(rows, cols)};
    for (Eigen::Index j = 0; j < cols; ++j) distances_from_average(input, j, distance);
    const Eigen::MatrixXd weighted_positive = distance.positive * input.weights.asDiagonal();
    const Eigen::MatrixXd weighted_negative = distance.negative * input.weights.asDiagonal();
    const Eigen::VectorXd sp = weighted_positive.rowwise().sum();
    const Eigen::VectorXd sn = weighted_negative.rowwise().sum();
    // When no provider is above (below) the average anywhere, SP (SN) is zero
    // for all: then NSP is 0 (nobody gains) and NSN is 1 (nobody loses)
    // instead of 0/0.
    const double max_sp = sp.maxCoeff(), max_sn = sn.maxCoeff();
    const double sp_scale = max_sp > 0 ? 1 / max_sp : 0, sn_scale = max_sn > 0 ? 1 / max_sn : 0;
    const Eigen::VectorXd nsp = sp * sp_scale;
    const Eigen::VectorXd nsn = (1 - (sn * sn_scale).array()).matrix();

    MethodOutput out;
    out.scores = (nsp + nsn) / 2;
    // AS = 1/2 + (SP/max SP - SN/max SN)/2, and the weights sum to 1, so each
    // criterion's part is w/2 + (w PDA/max SP - w NDA/max SN)/2.
    out.contributions = (weighted_positive * sp_scale - weighted_negative * sn_scale) / 2;
    out.contributions.rowwise() += (input.weights / 2).transpose();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_edas, {}};
    // EDAS has no normalised matrix of its own: min-max by direction shows
    // where each provider stands on each criterion.
    out.utilities = normalized_columns(input, Normalization::minmax);
    out.details = {{"SP", sp}, {"SN", sn}, {"NSP", nsp}, {"NSN", nsn}};
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_edas(MethodParams params) { return std::make_unique<Edas>(std::move(params)); }

}  // namespace criterio
