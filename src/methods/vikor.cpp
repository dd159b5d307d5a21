// VIKOR (Opricovic 1998; Opricovic & Tzeng 2004): compromise ranking by the
// group utility S, the individual regret R and their blend Q (lower is
// better), with the two conditions that decide the compromise solution.
//
// Each criterion's regret is w_j (f*_j - f_ij) / (f*_j - f-_j), where f* is
// the best value in the column and f- the worst: the maximum and minimum for
// a benefit criterion, the minimum and maximum for a cost criterion, as the
// authors define them. S sums the regrets, R is the largest, and
//   Q = v (S - S*) / (S- - S*) + (1 - v) (R - R*) / (R- - R*).

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "methods/topsis_vikor.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// Comparisons of Q, S and R allow for rounding in their computation, so that
// a published boundary case (a difference of exactly DQ) is decided as printed.
constexpr double k_tolerance = 1e-12;

// (x - best) / (worst - best) for every x; 0 for all when the range is zero,
// so that a measure on which every row is equal drops out of Q instead of
// dividing by zero (scikit-criteria does the same, with a warning).
Eigen::VectorXd scaled(const Eigen::VectorXd& x) {
  const double best = x.minCoeff(), range = x.maxCoeff() - best;
  if (range == 0) return Eigen::VectorXd::Zero(x.size());
  return (x.array() - best) / range;
}

// VIKOR's figures in its notes, to four decimals.
Phrase::Arg number(double x) { return Phrase::Number{x, 4}; }

class Vikor final : public Method {
 public:
  using Method::Method;
  bool higher_is_better() const override { return false; }

 private:
  // Column by column: S and R accumulate in the same order whether or not
  // the per-criterion regrets are kept, so a scores-only run needs one
  // column of scratch and gives the same scores.
  MethodOutput do_evaluate(const MethodInput& input) const override {
    const double v = params().number("v");
    const Eigen::Index rows = input.values.rows(), cols = input.values.cols();
    MethodOutput out;
    if (!input.scores_only) {
      out.utilities.resize(rows, cols);
      out.contributions.resize(rows, cols);
    }
    Eigen::VectorXd s = Eigen::VectorXd::Zero(rows), r = Eigen::VectorXd::Zero(rows);
    Eigen::VectorXd utility(rows), regret(rows);
    for (Eigen::Index j = 0; j < cols; ++j) {
      const auto column = input.values.col(j);
      const bool benefit = input.directions[static_cast<std::size_t>(j)] == Direction::benefit;
      const double best = benefit ? column.maxCoeff() : column.minCoeff();
      const double worst = benefit ? column.minCoeff() : column.maxCoeff();
      // A criterion on which every row is equal leaves no regret (best = worst).
      if (best == worst) utility.setOnes();
      else utility = (column.array() - worst) / (best - worst);
      // Weighted regret w_j (f*_j - f_ij) / (f*_j - f-_j) = w_j (1 - utility).
      regret = (1 - utility.array()) * input.weights(j);
      s += regret;
      r = r.cwiseMax(regret);
      if (input.scores_only) continue;
      out.utilities.col(j) = utility;
      out.contributions.col(j) = regret;
    }
    out.scores = v * scaled(s) + (1 - v) * scaled(r);
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_vikor, {}};
    out.details = {{"S", s}, {"R", r}, {"Q", out.scores}};
    describe_degenerate(s, r, out.notes);
    decide_compromise(s, r, out);
    return out;
  }

  static void describe_degenerate(const Eigen::VectorXd& s, const Eigen::VectorXd& r, std::vector<Phrase>& notes) {
    const bool flat_s = s.maxCoeff() == s.minCoeff(), flat_r = r.maxCoeff() == r.minCoeff();
    if (flat_s && flat_r)
      notes.push_back(Phrase{Message::m_vikor_flat_both, {}});
    else if (flat_s)
      notes.push_back(Phrase{Message::m_vikor_flat_s, {}});
    else if (flat_r)
      notes.push_back(Phrase{Message::m_vikor_flat_r, {}});
  }

  // The two conditions of Opricovic & Tzeng (2004), on a1 and a2, the first
  // and second rows by Q: C1 acceptable advantage, Q(a2) - Q(a1) >= DQ with
  // DQ = 1/(m - 1); C2 acceptable stability, a1 also best by S or by R.
  static void decide_compromise(const Eigen::VectorXd& s, const Eigen::VectorXd& r, MethodOutput& out) {
    const Eigen::VectorXd& q = out.scores;
    const auto m = static_cast<std::size_t>(q.size());
    const auto at = [](const Eigen::VectorXd& x, std::size_t row) { return x(static_cast<Eigen::Index>(row)); };
    // The rows by Q, best first (ties by row), but only as far as needed:
    // a1, a2 and the rows within DQ of a1, so a large file is not sorted twice.
    std::size_t first = 0;
    for (std::size_t row = 1; row < m; ++row)
      if (at(q, row) < at(q, first)) first = row;
    const double dq = m > 1 ? 1.0 / static_cast<double>(m - 1) : 0;
    std::vector<std::size_t> order;
    for (std::size_t row = 0; row < m; ++row)
      if (row == first || at(q, row) - at(q, first) < dq - k_tolerance) order.push_back(row);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return at(q, a) < at(q, b); });
    if (order.size() < 2 && m >= 2) {
      std::size_t second = first == 0 ? 1 : 0;
      for (std::size_t row = 0; row < m; ++row)
        if (row != first && at(q, row) < at(q, second)) second = row;
      order.push_back(second);
    }
    if (m < 2) {
      out.sets.push_back(
          {"compromise", order, Phrase{Message::m_vikor_only_provider, {}}, Phrase{Message::set_compromise, {}}});
      return;
    }
    const std::size_t a1 = order[0], a2 = order[1];
    const auto within_dq = [&](std::size_t row) { return at(q, row) - at(q, a1) < dq - k_tolerance; };
    const bool advantage = !within_dq(a2);
    const bool best_by_s = at(s, a1) <= s.minCoeff() + k_tolerance;
    const bool best_by_r = at(r, a1) <= r.minCoeff() + k_tolerance;
    const bool stability = best_by_s || best_by_r;

    out.notes.push_back(Phrase{advantage ? Message::m_vikor_advantage_holds : Message::m_vikor_advantage_fails,
                               {number(at(q, a2) - at(q, a1)), number(dq)}});
    const Message by = best_by_s && best_by_r ? Message::m_vikor_by_s_and_r
                       : best_by_s            ? Message::m_vikor_by_s
                                              : Message::m_vikor_by_r;
    out.notes.push_back(stability ? Phrase{Message::m_vikor_stability_holds, {std::vector{Phrase{by, {}}}}}
                                  : Phrase{Message::m_vikor_stability_fails,
                                           {number(at(s, a1)), number(s.minCoeff()), number(at(r, a1)), number(r.minCoeff())}});

    RowSet set{"compromise", {a1}, Phrase{Message::m_vikor_set_both, {}}, Phrase{Message::set_compromise, {}}};
    if (!advantage) {
      for (std::size_t k = 1; k < order.size() && within_dq(order[k]); ++k) set.rows.push_back(order[k]);
      set.note = Phrase{Message::m_vikor_set_advantage, {number(dq)}};
    } else if (!stability) {
      set.rows.push_back(a2);
      set.note = Phrase{Message::m_vikor_set_stability, {}};
    }
    out.sets.push_back(std::move(set));
  }
};

}  // namespace

std::unique_ptr<Method> make_vikor(MethodParams params) { return std::make_unique<Vikor>(std::move(params)); }

}  // namespace criterio
