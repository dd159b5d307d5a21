// PROBID, preference ranking on the basis of ideal-average distance (Wang,
// Rangaiah & Wang 2021): the k-th ideal solution takes the k-th best weighted,
// vector-normalised value of every criterion; each provider's distances to
// the better half of them (harmonically weighted) are set against its
// distances to the worse half, and its distance to the average solution is
// added. sPROBID, the authors' simplified variant for few alternatives, uses
// only the best and worst quarters and their ratio.

#include <algorithm>
#include <cmath>
#include <functional>

#include "methods/normalization.hpp"
#include "methods/reference_methods.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// Each row's weighted positive-ideal and negative-ideal distances: sums of
// distance(i, k) / weight over the ideal solutions k (1-based) in [first, last].
struct IdealSpan {
  Eigen::Index first, last;
  bool from_best;  // weight k (positive side) or m - k + 1 (negative side)
};

Eigen::VectorXd weighted_distance(const Eigen::MatrixXd& distances, IdealSpan span) {
  const Eigen::Index m = distances.cols();
  Eigen::VectorXd sum = Eigen::VectorXd::Zero(distances.rows());
  for (Eigen::Index k = span.first; k <= span.last; ++k)
    sum += distances.col(k - 1) / static_cast<double>(span.from_best ? k : m - k + 1);
  return sum;
}

class Probid final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const bool simplified = params().text("variant") == "sprobid";
    const Eigen::Index m = input.values.rows(), n = input.values.cols();

    // Vector normalisation, not oriented: the direction decides the order of
    // the ideal solutions instead. A column of zeros stays zeros.
    Eigen::MatrixXd weighted = input.values;
    for (Eigen::Index j = 0; j < n; ++j) {
      const double norm = weighted.col(j).norm();
      if (norm > 0) weighted.col(j) *= input.weights(j) / norm;
    }

    // ideals(k, j): the (k+1)-th best value of criterion j.
    Eigen::MatrixXd ideals = weighted;
    for (Eigen::Index j = 0; j < n; ++j) {
      auto column = ideals.col(j);
      if (is_benefit(input, j))
        std::sort(column.begin(), column.end(), std::greater<>());
      else
        std::sort(column.begin(), column.end());
    }
    Eigen::MatrixXd distances(m, m);  // (provider, ideal solution)
    for (Eigen::Index i = 0; i < m; ++i)
      for (Eigen::Index k = 0; k < m; ++k) distances(i, k) = (weighted.row(i) - ideals.row(k)).norm();
    const Eigen::RowVectorXd average = weighted.colwise().mean();
    const Eigen::VectorXd to_average = (weighted.rowwise() - average).rowwise().norm();

    MethodOutput out;
    Eigen::VectorXd positive, negative;
    if (simplified) {
      // The best and worst quarters (at least one ideal solution each).
      const Eigen::Index quarter = std::max<Eigen::Index>(1, m / 4);
      positive = weighted_distance(distances, {1, quarter, true});
      negative = weighted_distance(distances, {m - quarter + 1, m, false});
      if (positive.minCoeff() <= 0)
        throw Error(ExitCode::invalid_input, SourceLocation{},
                    "probid (variant=sprobid): a provider coincides with the best ideal solutions, so its "
                    "positive-ideal distance is 0 and the ratio is undefined; use --param variant=probid");
      out.scores = negative.cwiseQuotient(positive);
    } else {
      // The better half, and the worse half from the median on, as the
      // authors split them (and as pymcdm and scikit-criteria do): for even m
      // the (m/2)-th ideal solution counts on both sides.
      const Eigen::Index median = (m + 1) / 2;
      positive = weighted_distance(distances, {1, median, true});
      negative = weighted_distance(distances, {median, m, false});
      // 1 / (1 + R²) with R = positive / negative, written so that it is
      // finite when negative is 0 (it tends to 0 there); when both are 0
      // every provider is identical and R is taken as 1.
      out.scores.resize(m);
      for (Eigen::Index i = 0; i < m; ++i) {
        const double p2 = positive(i) * positive(i), n2 = negative(i) * negative(i);
        out.scores(i) = (p2 + n2 > 0 ? n2 / (n2 + p2) : 0.5) + to_average(i);
      }
    }

    // An oriented view of the normalised values, for per-criterion ranks.
    out.utilities = input.values;
    for (Eigen::Index j = 0; j < n; ++j)
      if (out.utilities.col(j).norm() > 0)
        normalize(out.utilities.col(j), is_benefit(input, j) ? Direction::benefit : Direction::cost,
                  Normalization::vector, input.criteria[static_cast<std::size_t>(j)].id,
                  input.criteria[static_cast<std::size_t>(j)].where);
      else
        out.utilities.col(j).setOnes();
    out.contribution_meaning = Phrase{Message::m_probid, {}};
    out.details = {{"Si_pos", positive}, {"Si_neg", negative}, {"Si_avg", to_average}};
    // R is listed only where it is finite for every provider.
    if (!simplified && negative.minCoeff() > 0) out.details.emplace_back("Ri", positive.cwiseQuotient(negative));
    return out;
  }
};

}  // namespace

std::unique_ptr<Method> make_probid(MethodParams params) { return std::make_unique<Probid>(std::move(params)); }

}  // namespace criterio
