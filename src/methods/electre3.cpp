// ELECTRE III (Roy 1978), as set out by Figueira, Mousseau & Roy (2005):
// pseudo-criteria with indifference q, preference p and veto v thresholds
// give a credibility σ(a, b) that a outranks b; a descending and an ascending
// distillation each rank the rows, and the final partial preorder is their
// intersection.

#include <algorithm>
#include <optional>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "methods/electre.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

struct Thresholds {
  double q = 0, p = 0;
  std::optional<double> v;  // none: no veto on this criterion
};

// A criterion's q, p and v: q defaults to 0, p to q, v to none.
std::vector<Thresholds> thresholds_of(const MethodInput& input, const MethodParams& params) {
  std::vector<Thresholds> all(input.criteria.size());
  for (std::size_t j = 0; j < all.size(); ++j) {
    const Criterion& c = input.criteria[j];
    Thresholds& t = all[j];
    t.q = params.number_for("q", c, j).value_or(0);
    t.p = params.number_for("p", c, j).value_or(t.q);
    t.v = params.number_for("v", c, j);
    const std::string start = "criterion '" + c.id + "': ELECTRE III needs ";
    if (t.q > t.p)
      throw Error(ExitCode::invalid_input, c.where,
                  start + "q <= p, but q = " + format_number(t.q, 6) + " and p = " + format_number(t.p, 6) +
                      "; raise p (preference) or lower q (indifference)");
    if (t.v && *t.v < t.p)
      throw Error(ExitCode::invalid_input, c.where,
                  start + "p <= v, but p = " + format_number(t.p, 6) + " and v = " + format_number(*t.v, 6) +
                      "; raise v (veto) or lower p (preference)");
  }
  return all;
}

// c_j(a, b): how far criterion j agrees that a is at least as good as b, when
// b beats a by `ahead` (negative when a is ahead).
double partial_concordance(double ahead, const Thresholds& t) {
  if (ahead <= t.q) return 1;
  if (ahead >= t.p) return 0;
  return (t.p - ahead) / (t.p - t.q);
}

// d_j(a, b): how far criterion j vetoes "a outranks b".
double partial_discordance(double ahead, const Thresholds& t) {
  if (!t.v || ahead <= t.p) return 0;
  if (ahead >= *t.v) return 1;
  return (ahead - t.p) / (*t.v - t.p);
}

// The distillation of Figueira, Mousseau & Roy (2005), on a valued relation
// and a discrimination threshold s(λ) = alpha + beta λ.
class Distillation {
 public:
  Distillation(const Eigen::MatrixXd& credibility, double alpha, double beta)
      : m_sigma(credibility), m_alpha(alpha), m_beta(beta) {}

  // The classes in the order they are taken out: best first when
  // descending, worst first when ascending.
  std::vector<std::vector<std::size_t>> classes(bool descending) const {
    std::vector<std::size_t> left(static_cast<std::size_t>(m_sigma.rows()));
    for (std::size_t a = 0; a < left.size(); ++a) left[a] = a;
    std::vector<std::vector<std::size_t>> out;
    while (!left.empty()) {
      out.push_back(distil(left, descending));
      std::erase_if(left, [&](std::size_t a) { return std::ranges::find(out.back(), a) != out.back().end(); });
    }
    return out;
  }

 private:
  double s(double lambda) const { return m_alpha + m_beta * lambda; }
  double sigma(std::size_t a, std::size_t b) const {
    return m_sigma(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b));
  }

  // The largest credibility between distinct rows of `rows` below `bound`; 0 if none.
  double largest_below(const std::vector<std::size_t>& rows, double bound) const {
    double best = 0;
    for (std::size_t a : rows)
      for (std::size_t b : rows)
        if (a != b && sigma(a, b) < bound) best = std::max(best, sigma(a, b));
    return best;
  }

  // Strength minus weakness of each row in the crisp relation at cut level
  // `lambda`: a outranks b when σ(a,b) > λ and σ(a,b) − σ(b,a) > s(σ(a,b)).
  std::vector<int> qualification(const std::vector<std::size_t>& rows, double lambda) const {
    std::vector<int> q(rows.size(), 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
      for (std::size_t k = 0; k < rows.size(); ++k) {
        const double forward = sigma(rows[i], rows[k]);
        if (i == k || forward <= lambda || forward - sigma(rows[k], rows[i]) <= s(forward)) continue;
        ++q[i];
        --q[k];
      }
    return q;
  }

  // One distillate: the rows of best (or worst) qualification, narrowed at
  // ever lower cut levels until one row is left or the level reaches 0.
  std::vector<std::size_t> distil(std::vector<std::size_t> rows, bool descending) const {
    double lambda = largest_below(rows, 2.0);  // the largest credibility in `rows`
    while (rows.size() > 1) {
      const double next = largest_below(rows, lambda - s(lambda));
      const std::vector<int> q = qualification(rows, next);
      const int target = descending ? *std::ranges::max_element(q) : *std::ranges::min_element(q);
      std::vector<std::size_t> kept;
      for (std::size_t i = 0; i < rows.size(); ++i)
        if (q[i] == target) kept.push_back(rows[i]);
      rows = std::move(kept);
      if (next == 0) break;
      lambda = next;
    }
    return rows;
  }

  const Eigen::MatrixXd& m_sigma;
  double m_alpha, m_beta;
};

// Each row's rank (1 = best) in a preorder given as classes.
Eigen::VectorXd ranks_of(const std::vector<std::vector<std::size_t>>& classes, std::size_t rows, bool best_first) {
  Eigen::VectorXd rank(static_cast<Eigen::Index>(rows));
  for (std::size_t k = 0; k < classes.size(); ++k)
    for (std::size_t a : classes[k])
      rank(static_cast<Eigen::Index>(a)) = static_cast<double>(best_first ? k + 1 : classes.size() - k);
  return rank;
}

class Electre3 final : public Method {
 public:
  using Method::Method;

 private:
  bool higher_is_better() const override { return false; }

  // The distillations narrow the m × m credibility matrix class by class at
  // falling cut levels: 1,000 providers take about 3 s, 2,000 about 30 s.
  PairwiseCost pairwise_cost(const MethodInput&) const override {
    return {1'000, "ELECTRE III distils a credibility matrix over every pair of providers, in time that grows "
                   "faster than the cube of their number"};
  }

  MethodOutput do_evaluate(const MethodInput& input) const override {
    const double alpha = params().number("alpha"), beta = params().number("beta");
    // s(λ) must stay positive on [0, 1], or the cut level could stop falling.
    if (alpha <= 0 || alpha + beta <= 0)
      throw_usage("--param alpha=" + format_number(alpha, 6) + ", beta=" + format_number(beta, 6) +
                  ": ELECTRE III needs s(λ) = alpha + beta·λ > 0 for λ in [0, 1], i.e. alpha > 0 and alpha + beta > 0");
    const Electre3Relation relation = electre3_relation(input, params());
    const auto m = static_cast<std::size_t>(input.values.rows());
    const Distillation distillation(relation.credibility, alpha, beta);
    const Eigen::VectorXd descending = ranks_of(distillation.classes(true), m, true);
    const Eigen::VectorXd ascending = ranks_of(distillation.classes(false), m, false);

    MethodOutput out;
    out.scores = descending + ascending;
    out.utilities = range_utilities(oriented_values(input));
    out.contributions = net_concordance_parts(input);
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_electre3, {}};
    out.details = {{"descending", descending}, {"ascending", ascending}};
    std::size_t incomparable = 0;
    for (std::size_t a = 0; a < m; ++a)
      for (std::size_t b = a + 1; b < m; ++b) {
        const auto i = static_cast<Eigen::Index>(a), k = static_cast<Eigen::Index>(b);
        if ((descending(i) - descending(k)) * (ascending(i) - ascending(k)) >= 0) continue;
        ++incomparable;
        if (m <= k_max_relation_rows) out.relations.push_back({a, b, Relation::incomparable});
      }
    out.notes.push_back(Phrase{Message::m_electre3_preorder, {}});
    if (incomparable > 0)
      out.notes.push_back(
          Phrase{incomparable == 1 ? Message::m_electre3_incomparable_one : Message::m_electre3_incomparable_many,
                 {static_cast<std::int64_t>(incomparable)}});
    return out;
  }

  // Each criterion's weighted partial concordance of the other rows over a,
  // minus a's over them: the criterion's part in a's net concordance, with
  // the sign of the score (lower is better).
  Eigen::MatrixXd net_concordance_parts(const MethodInput& input) const {
    const Eigen::MatrixXd g = oriented_values(input);
    const auto thresholds = thresholds_of(input, params());
    Eigen::MatrixXd parts = Eigen::MatrixXd::Zero(g.rows(), g.cols());
    for (Eigen::Index j = 0; j < g.cols(); ++j) {
      const Thresholds& t = thresholds[static_cast<std::size_t>(j)];
      for (Eigen::Index a = 0; a < g.rows(); ++a)
        for (Eigen::Index b = 0; b < g.rows(); ++b)
          if (a != b)
            parts(a, j) += input.weights(j) *
                           (partial_concordance(g(a, j) - g(b, j), t) - partial_concordance(g(b, j) - g(a, j), t));
    }
    return parts;
  }
};

}  // namespace

Electre3Relation electre3_relation(const MethodInput& input, const MethodParams& params) {
  const Eigen::MatrixXd g = oriented_values(input);
  const auto thresholds = thresholds_of(input, params);
  const Eigen::Index m = g.rows();
  Electre3Relation out{Eigen::MatrixXd::Ones(m, m), Eigen::MatrixXd::Ones(m, m)};
  for (Eigen::Index a = 0; a < m; ++a)
    for (Eigen::Index b = 0; b < m; ++b) {
      if (a == b) continue;
      double concordance = 0;
      for (Eigen::Index j = 0; j < g.cols(); ++j)
        concordance +=
            input.weights(j) * partial_concordance(g(b, j) - g(a, j), thresholds[static_cast<std::size_t>(j)]);
      // Only criteria whose discordance exceeds the concordance weaken it
      // (Figueira, Mousseau & Roy 2005, eq. for σ); concordance < 1 there,
      // so the ratio is finite.
      double credibility = concordance;
      for (Eigen::Index j = 0; j < g.cols(); ++j) {
        const double d = partial_discordance(g(b, j) - g(a, j), thresholds[static_cast<std::size_t>(j)]);
        if (d > concordance) credibility *= (1 - d) / (1 - concordance);
      }
      out.concordance(a, b) = concordance;
      out.credibility(a, b) = credibility;
    }
  return out;
}

std::unique_ptr<Method> make_electre3(MethodParams params) { return std::make_unique<Electre3>(std::move(params)); }

}  // namespace criterio
