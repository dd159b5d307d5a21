// MULTIMOORA (Brauers & Zavadskas 2010, 2011): the ratio system (RS) and the
// reference point (RP) of MOORA, and the full multiplicative form
//   FMF = Π_benefit (w r) / Π_cost (w r)
// on the same vector ratios r. Each gives a ranking; the final ranking follows
// the dominance theory's general dominance (Brauers & Zavadskas 2011): one
// alternative dominates another when it ranks better in more of the three
// rankings (with no ties, in two of the three). The score is the number of
// alternatives a row dominates.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

bool tied(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)}); }

// Competition ranks (1 = best, ties share) of `figure`, by `higher_first`.
Eigen::VectorXd ranks_of(const Eigen::VectorXd& figure, bool higher_first) {
  Eigen::VectorXd ranks(figure.size());
  for (Eigen::Index i = 0; i < figure.size(); ++i) {
    int better = 0;
    for (Eigen::Index k = 0; k < figure.size(); ++k)
      if (!tied(figure(k), figure(i)) && (higher_first ? figure(k) > figure(i) : figure(k) < figure(i))) ++better;
    ranks(i) = better + 1;
  }
  return ranks;
}

// ln FMF per row. Weights and the column norms scale every row alike, so the
// ranking is Brauers & Zavadskas's A/B of the raw values; a zero-weight
// column is left out (it would zero every product). A zero benefit ratio
// makes FMF 0; a cost ratio must be above zero (it divides).
Eigen::VectorXd full_multiplicative_form(const Eigen::MatrixXd& ratios, const MethodInput& input) {
  const Eigen::VectorXd sign = compensatory::signs(input);
  Eigen::VectorXd fmf = Eigen::VectorXd::Ones(ratios.rows());
  for (Eigen::Index j = 0; j < ratios.cols(); ++j) {
    if (input.weights(j) == 0) continue;
    compensatory::require_values(input, j, 0, sign(j) < 0, "multimoora",
                                 sign(j) < 0 ? "its full multiplicative form divides by cost values"
                                             : "its full multiplicative form multiplies benefit values");
    const Eigen::ArrayXd factor = input.weights(j) * ratios.col(j).array();
    if (sign(j) > 0)
      fmf.array() *= factor;
    else
      fmf.array() /= factor;
  }
  return fmf;
}

class Multimoora final : public Method {
 public:
  using Method::Method;

 private:
  MethodOutput do_evaluate(const MethodInput& input) const override {
    if (input.values.rows() == 0) return compensatory::no_rows(input);
    const Eigen::MatrixXd ratios = compensatory::vector_ratios(input.values);
    const Eigen::MatrixXd rs_parts = compensatory::ratio_system_parts(ratios, input);
    const Eigen::VectorXd rs = rs_parts.rowwise().sum();
    const Eigen::VectorXd rp = compensatory::reference_point_parts(ratios, input).rowwise().maxCoeff();
    const Eigen::VectorXd fmf = full_multiplicative_form(ratios, input);
    const Eigen::VectorXd rank_rs = ranks_of(rs, true), rank_rp = ranks_of(rp, false), rank_fmf = ranks_of(fmf, true);

    MethodOutput out;
    out.utilities = compensatory::oriented_ratios(ratios, input);
    out.contributions = rs_parts;
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_multimoora, {}};
    out.details = {{"RS", rs},           {"RP", rp},           {"FMF", fmf},
                   {"rank_RS", rank_rs}, {"rank_RP", rank_rp}, {"rank_FMF", rank_fmf}};
    dominance(rank_rs, rank_rp, rank_fmf, out);
    return out;
  }

  // Scores by general dominance; lists the dominance pairs, and says when the
  // relation is circular (a dominated row then may count as many as the row
  // that dominates it).
  static void dominance(const Eigen::VectorXd& a, const Eigen::VectorXd& b, const Eigen::VectorXd& c,
                        MethodOutput& out) {
    const Eigen::Index m = a.size();
    const auto better = [&](Eigen::Index i, Eigen::Index k) {
      return int(a(i) < a(k)) + int(b(i) < b(k)) + int(c(i) < c(k));
    };
    out.scores = Eigen::VectorXd::Zero(m);
    std::vector<PairRelation> pairs;
    for (Eigen::Index i = 0; i < m; ++i)
      for (Eigen::Index k = 0; k < m; ++k)
        if (i != k && better(i, k) > better(k, i)) {
          out.scores(i) += 1;
          pairs.push_back({static_cast<std::size_t>(i), static_cast<std::size_t>(k), Relation::preferred});
        }
    const auto circular = std::count_if(pairs.begin(), pairs.end(), [&](const PairRelation& p) {
      return out.scores(static_cast<Eigen::Index>(p.a)) <= out.scores(static_cast<Eigen::Index>(p.b));
    });
    if (circular > 0)
      out.notes.push_back(Phrase{Message::m_multimoora_circular, {static_cast<std::int64_t>(circular)}});
    if (static_cast<std::size_t>(m) <= k_max_relation_rows) out.relations = std::move(pairs);
  }
};

}  // namespace

std::unique_ptr<Method> make_multimoora(MethodParams params) { return std::make_unique<Multimoora>(std::move(params)); }

}  // namespace criterio
