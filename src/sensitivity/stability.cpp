// Weight stability intervals: how far one criterion's weight can move, the
// others rescaled in proportion, before the winner or the order changes.
//
// Along that path every weight is affine in the moving weight t, so under
// the additive model every score is too: s_i(t) = b_i + t (a_i - b_i), with
// a_i the row's utility on the criterion and b_i its score from the other
// criteria alone. Two rows trade places where their lines cross, which gives
// the intervals in closed form. Other methods are scanned and bisected.

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/ranking.hpp"
#include "support/parallel.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio {

namespace {

// The weights with criterion `k` at `t` and the others rescaled in
// proportion (equally when they are all zero).
Eigen::VectorXd moved_weights(const Eigen::VectorXd& w, Eigen::Index k, double t) {
  const double rest = 1 - w(k);
  Eigen::VectorXd out(w.size());
  for (Eigen::Index j = 0; j < w.size(); ++j)
    out(j) = rest > 1e-12 ? w(j) * (1 - t) / rest : (1 - t) / static_cast<double>(w.size() - 1);
  out(k) = t;
  return out;
}

// The interval of t, around t0, within which row `above` stays at or above
// row `below`: it shrinks [low, high] and records the pair at a new end.
struct IntervalBuilder {
  double t0;
  IntervalEnd low{0, {}, {}}, high{1, {}, {}};

  void keep_above(const DecisionFrame& frame, std::size_t above, std::size_t below, double d0, double slope) {
    // d(t) = d0 + slope (t - t0) >= 0, with d(t0) >= 0 up to rounding.
    if (std::abs(slope) <= 1e-15 * std::max(1.0, std::abs(d0))) return;
    const double cross = std::clamp(t0 - d0 / slope, 0.0, 1.0);
    IntervalEnd& end = slope < 0 ? high : low;
    const bool tighter = slope < 0 ? cross < end.weight : cross > end.weight;
    if (!tighter) return;
    end = {slope < 0 ? std::max(cross, t0) : std::min(cross, t0), frame.ids[below], frame.ids[above]};
  }
};

StabilityInterval closed_form(const DecisionFrame& frame, Eigen::Index k, const std::vector<std::size_t>& order) {
  const Eigen::VectorXd& w = frame.weights;
  const double t0 = w(k);
  // Each row's score slope along the path: d s_i / d t = a_i - b_i.
  const Eigen::VectorXd scores = frame.utilities * w;
  const Eigen::VectorXd others = frame.utilities * moved_weights(w, k, 0);  // b_i
  const Eigen::VectorXd slopes = frame.utilities.col(k) - others;
  const double sign = frame.higher_is_better ? 1 : -1;
  const auto pair = [&](IntervalBuilder& b, std::size_t above, std::size_t below) {
    const auto a = static_cast<Eigen::Index>(above), c = static_cast<Eigen::Index>(below);
    b.keep_above(frame, above, below, sign * (scores(a) - scores(c)), sign * (slopes(a) - slopes(c)));
  };
  IntervalBuilder winner{t0}, whole{t0};
  for (std::size_t r = 1; r < order.size(); ++r) {
    pair(winner, order[0], order[r]);
    pair(whole, order[r - 1], order[r]);
  }
  return {frame.criteria[static_cast<std::size_t>(k)].id, t0, winner.low, winner.high, whole.low, whole.high};
}

// Scans one way from t0 in steps, then bisects the first step at which
// `changed` holds; the end is the midpoint of the last bracket.
class Scanner {
 public:
  Scanner(const DecisionFrame& frame, Eigen::Index k, const StabilityOptions& options)
      : m_frame(frame), m_k(k), m_options(options), m_order0(order_at(frame.weights(k))) {}

  void scan(double direction, IntervalEnd& winner_end, IntervalEnd& order_end) const {
    const double t0 = m_frame.weights(m_k), limit = direction > 0 ? 1.0 : 0.0;
    winner_end = {limit, {}, {}};
    order_end = {limit, {}, {}};
    bool winner_found = false, order_found = false;
    double previous = t0;
    for (int step = 1; !winner_found; ++step) {
      const double t = direction > 0 ? std::min(1.0, t0 + step * m_options.scan_step)
                                     : std::max(0.0, t0 - step * m_options.scan_step);
      if (t == previous) break;
      const std::vector<std::size_t> order = order_at(t);
      if (!order_found && order != m_order0) {
        order_end = locate(previous, t, [&](const std::vector<std::size_t>& o) { return o != m_order0; });
        order_found = true;
      }
      if (order[0] != m_order0[0]) {
        winner_end = locate(previous, t, [&](const std::vector<std::size_t>& o) { return o[0] != m_order0[0]; });
        winner_found = true;
      }
      previous = t;
    }
  }

 private:
  std::vector<std::size_t> order_at(double t) const {
    return frame_order(m_frame, frame_scores(m_frame, moved_weights(m_frame.weights, m_k, t)));
  }

  // The pair that changes places first between the starting order and `order`.
  IntervalEnd change(double t, const std::vector<std::size_t>& order) const {
    for (std::size_t r = 0; r < order.size(); ++r)
      if (order[r] != m_order0[r]) return {t, m_frame.ids[order[r]], m_frame.ids[m_order0[r]]};
    return {t, {}, {}};
  }

  template <class Changed>
  IntervalEnd locate(double same, double changed_at, Changed changed) const {
    std::vector<std::size_t> changed_order = order_at(changed_at);
    while (std::abs(changed_at - same) > m_options.tolerance) {
      const double mid = (same + changed_at) / 2;
      std::vector<std::size_t> order = order_at(mid);
      if (changed(order)) {
        changed_at = mid;
        changed_order = std::move(order);
      } else {
        same = mid;
      }
    }
    return change((same + changed_at) / 2, changed_order);
  }

  const DecisionFrame& m_frame;
  Eigen::Index m_k;
  const StabilityOptions& m_options;
  std::vector<std::size_t> m_order0;
};

StabilityInterval scanned(const DecisionFrame& frame, Eigen::Index k, const StabilityOptions& options) {
  StabilityInterval interval{frame.criteria[static_cast<std::size_t>(k)].id, frame.weights(k), {}, {}, {}, {}};
  const Scanner scanner(frame, k, options);
  scanner.scan(-1, interval.winner_low, interval.order_low);
  scanner.scan(+1, interval.winner_high, interval.order_high);
  return interval;
}

}  // namespace

Stability stability_intervals(const DecisionFrame& frame, const StabilityOptions& options) {
  Stability out;
  out.exact = frame.linear;
  out.options = options;
  if (frame.columns() < 2 || frame.rows() < 2) return out;
  const std::vector<std::size_t> order = frame_order(frame, frame_scores(frame, frame.weights));
  out.intervals.resize(frame.columns());
  parallel_for(frame.columns(), frame.linear ? 1 : options.threads, [&](std::size_t k) {
    const auto column = static_cast<Eigen::Index>(k);
    out.intervals[k] = frame.linear ? closed_form(frame, column, order) : scanned(frame, column, options);
  });
  return out;
}

}  // namespace criterio
