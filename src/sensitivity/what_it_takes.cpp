// What it takes: the smallest change of one value, all else equal, that
// lifts a provider to first place or past a rival.
//
// The search runs in the units the method sees (the raw number, or the
// utility of a scaled criterion) from the provider's value towards the best
// it could be, in steps, and bisects the first step that reaches the target;
// a scaled criterion's threshold is then read back as a value of its scale
// (a number, a likert point, yes or no, a level).

#include <algorithm>
#include <cmath>
#include <limits>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "criterio/sensitivity.hpp"
#include "criterio/text.hpp"
#include "support/parallel.hpp"

namespace criterio {

namespace {

constexpr int k_scan_steps = 64;
constexpr int k_bisections = 60;

// A threshold found by bisection, to a reader's precision.
std::string with_unit(const Criterion& c, double x) {
  std::string text = format_number(x, std::abs(x) >= 1 ? 2 : 4);
  if (!c.unit.empty()) text += (c.unit == "%" ? "" : " ") + c.unit;
  return text;
}

// The highest utility the criterion's scale can give.
double best_utility(const Criterion& c) {
  const Scale& s = c.scale;
  double best = 1;
  if (s.type == ScaleType::piecewise || s.type == ScaleType::step) {
    best = 0;
    for (const auto& [x, u] : s.points) best = std::max(best, u);
  } else if (s.type == ScaleType::levels) {
    best = 0;
    for (const auto& [label, u] : s.levels) best = std::max(best, u);
  }
  return best;
}

// A value of a scaled criterion that gives at least `utility` (the method's
// utility, direction applied), the nearest to `now`: its raw number and text.
struct ScaleValue {
  double raw = 0;
  std::string display;
  bool level = false;  // a discrete value, not a threshold
};

ScaleValue nearest_with_utility(const Criterion& c, double now, double utility) {
  const Scale& s = c.scale;
  const double need = utility * (1 - 1e-12);
  ScaleValue best{now, {}, true};
  double best_distance = std::numeric_limits<double>::infinity();
  const auto consider = [&](double raw, std::string display) {
    if (method_value(c, raw) < need || std::abs(raw - now) >= best_distance) return;
    best_distance = std::abs(raw - now);
    best.raw = raw;
    best.display = std::move(display);
  };
  switch (s.type) {
    case ScaleType::likert:
      for (int p = 1; p <= s.likert_points; ++p)
        consider(p, s.labels.empty() ? std::to_string(p) + "/" + std::to_string(s.likert_points)
                                     : s.labels[static_cast<std::size_t>(p) - 1]);
      return best;
    case ScaleType::boolean:
      consider(0, "no");
      consider(1, "yes");
      return best;
    case ScaleType::levels:
      for (const auto& [label, u] : s.levels) consider(u, label);
      return best;
    case ScaleType::step:
      for (const auto& [x, u] : s.points) consider(x, with_unit(c, x));
      return best;
    case ScaleType::reviews: {
      const double rated = c.direction == Direction::cost ? 1 - utility : utility;
      const double rating = s.review_min + rated * (s.review_max - s.review_min);
      return {rating, format_number(rating, 2), false};
    }
    case ScaleType::linear: {
      const double raw = s.worst + utility * (s.best - s.worst);
      return {raw, with_unit(c, raw), false};
    }
    case ScaleType::piecewise:
      // On each segment the utility is linear: the nearest point of the part
      // at or above `utility`.
      for (std::size_t i = 0; i + 1 < s.points.size(); ++i) {
        const auto [x0, u0] = s.points[i];
        const auto [x1, u1] = s.points[i + 1];
        for (double x : {x0, x1, std::clamp(now, x0, x1)}) consider(x, with_unit(c, x));
        if (u1 != u0) {
          const double x = x0 + (utility - u0) / (u1 - u0) * (x1 - x0);
          if (x >= x0 && x <= x1 && std::abs(x - now) < best_distance) {
            best_distance = std::abs(x - now);
            best.raw = x;
            best.display = with_unit(c, x);
          }
        }
      }
      best.level = false;
      return best;
    case ScaleType::none: break;
  }
  return {utility, with_unit(c, utility), false};
}

class Search {
 public:
  Search(const DecisionFrame& frame, std::size_t row, std::optional<std::size_t> rival)
      : m_frame(frame), m_row(row), m_rival(rival), m_values(frame.values) {}

  bool reached(std::size_t column, double x) {
    const auto r = static_cast<Eigen::Index>(m_row), j = static_cast<Eigen::Index>(column);
    const double kept = m_values(r, j);
    m_values(r, j) = x;
    const Eigen::VectorXd scores = m_frame.linear && m_frame.is_utility[column]
                                       ? Eigen::VectorXd(linear_scores(column, x))
                                       : m_frame.method->evaluate(m_frame.input(m_values, m_frame.weights)).scores;
    m_values(r, j) = kept;
    const std::vector<std::size_t> order = frame_order(m_frame, scores);
    if (!m_rival) return order[0] == m_row;
    return std::find(order.begin(), order.end(), m_row) < std::find(order.begin(), order.end(), *m_rival);
  }

  // The threshold in the method's units between `from` (not reached) and
  // `bound`, or nullopt when even `bound` does not reach the target.
  std::optional<double> threshold(std::size_t column, double from, double bound) {
    double below = from, above = std::numeric_limits<double>::quiet_NaN();
    for (int step = 1; step <= k_scan_steps; ++step) {
      const double x = from + (bound - from) * step / k_scan_steps;
      if (reached(column, x)) {
        above = x;
        break;
      }
      below = x;
    }
    if (std::isnan(above)) return std::nullopt;
    for (int i = 0; i < k_bisections && below != above; ++i) {
      const double mid = (below + above) / 2;
      if (mid == below || mid == above) break;
      (reached(column, mid) ? above : below) = mid;
    }
    return above;
  }

 private:
  // A utility column under the additive model: one row's score moves alone.
  Eigen::VectorXd linear_scores(std::size_t column, double x) const {
    Eigen::VectorXd scores = m_frame.utilities * m_frame.weights;
    const auto r = static_cast<Eigen::Index>(m_row), j = static_cast<Eigen::Index>(column);
    scores(r) += m_frame.weights(j) * (x - m_frame.utilities(r, j));
    return scores;
  }

  const DecisionFrame& m_frame;
  std::size_t m_row;
  std::optional<std::size_t> m_rival;
  Eigen::MatrixXd m_values;
};

// How far a raw column's search goes: past the best value any provider has
// by the column's spread, and never below zero for a cost whose values are
// all positive.
double raw_bound(const DecisionFrame& frame, std::size_t column) {
  const auto col = frame.values.col(static_cast<Eigen::Index>(column));
  const double low = col.minCoeff(), high = col.maxCoeff();
  const double spread = high > low ? high - low : std::max(1.0, std::abs(high));
  if (frame.directions[column] == Direction::benefit) return high + spread;
  return low >= 0 ? std::max(0.0, low - spread) : low - spread;
}

std::size_t find_row(const DecisionFrame& frame, std::string_view id, const char* what) {
  const auto it = std::find(frame.ids.begin(), frame.ids.end(), id);
  if (it == frame.ids.end())
    throw_usage(std::string(what) + " " + quote(id) + " is not among the ranked providers" +
                did_you_mean(id, frame.ids));
  return static_cast<std::size_t>(it - frame.ids.begin());
}

Improvement improve(Search& search, const DecisionFrame& frame, const Problem& problem, std::size_t row,
                    std::size_t column) {
  const Criterion& c = frame.criteria[column];
  const double from = frame.values(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(column));
  Improvement out;
  out.criterion = c.id;
  const Measurement& m = problem.measurements[frame.providers[row]][column];
  out.from = m.missing ? from : m.raw;
  out.from_display = m.missing ? "missing" : m.display;
  if (search.reached(column, from)) {
    out.status = Improvement::Status::already;
    return out;
  }
  const bool scaled = frame.is_utility[column];
  const double bound = scaled ? best_utility(c) : raw_bound(frame, column);
  const std::optional<double> x = bound == from ? std::nullopt : search.threshold(column, from, bound);
  if (!x) {
    out.bound = scaled ? "the best its scale allows" : "one spread of the providers' values past the best of them (" +
                                                           with_unit(c, bound) + ")";
    return out;
  }
  out.status = Improvement::Status::reachable;
  if (!scaled) {
    out.to = *x;
    out.to_display = with_unit(c, *x);
    return out;
  }
  const ScaleValue value = nearest_with_utility(c, m.missing ? out.from : m.raw, *x);
  out.to = value.raw;
  out.to_display = value.display;
  out.exact_level = value.level;
  return out;
}

}  // namespace

WhatItTakes what_it_takes(const DecisionFrame& frame, const Problem& problem, std::string_view provider,
                          std::string_view rival, unsigned threads) {
  const std::size_t row = find_row(frame, provider, "provider");
  std::optional<std::size_t> rival_row;
  if (!rival.empty()) rival_row = find_row(frame, rival, "rival");
  if (rival_row == row) throw_usage("a provider cannot overtake itself; name another rival");
  WhatItTakes out;
  out.provider = frame.ids[row];
  out.rival = rival_row ? frame.ids[*rival_row] : std::string();
  const std::vector<std::size_t> order = frame_order(frame, frame_scores(frame, frame.weights));
  out.rank = static_cast<int>(std::find(order.begin(), order.end(), row) - order.begin()) + 1;
  out.criteria.resize(frame.columns());
  parallel_for(frame.columns(), threads, [&](std::size_t j) {
    Search search(frame, row, rival_row);  // its own copy of the values to change
    out.criteria[j] = improve(search, frame, problem, row, j);
  });
  return out;
}

}  // namespace criterio
