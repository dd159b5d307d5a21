// PROMETHEE I and II: pairwise preference degrees through a generalised
// criterion per column, aggregated into leaving (φ+), entering (φ−) and net
// (φ) flows. The flows are computed criterion by criterion (the unicriterion
// flows φ+_j, φ−_j of Brans & Mareschal 2005), which is what makes the
// piecewise-linear functions O(m log m) and the net flow additive.

#include "methods/promethee.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "criterio/number.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace promethee {

namespace {

double gaussian(double d, double s) { return 1.0 - std::exp(-(d * d) / (2.0 * s * s)); }

// Flows of a Gaussian column by the definition, rows [first, last): each
// row's sums run over b = 0..m-1 in order, so a row's result does not depend
// on how rows are shared among threads. Blocks of b keep the part of the
// column in use in L1 while a block of rows sweeps it.
void gaussian_rows(std::span<const double> x, double s, std::size_t first, std::size_t last, std::span<double> plus,
                   std::span<double> minus) {
  constexpr std::size_t k_row_block = 64, k_column_block = 2048;
  const std::size_t m = x.size();
  for (std::size_t a0 = first; a0 < last; a0 += k_row_block) {
    const std::size_t a1 = std::min(last, a0 + k_row_block);
    for (std::size_t a = a0; a < a1; ++a) plus[a] = minus[a] = 0;
    for (std::size_t b0 = 0; b0 < m; b0 += k_column_block) {
      const std::size_t b1 = std::min(m, b0 + k_column_block);
      for (std::size_t a = a0; a < a1; ++a) {
        double to = plus[a], from = minus[a];
        for (std::size_t b = b0; b < b1; ++b) {
          const double d = x[a] - x[b];
          if (d > 0) to += gaussian(d, s);
          else if (d < 0) from += gaussian(-d, s);
        }
        plus[a] = to;
        minus[a] = from;
      }
    }
  }
}

void gaussian_flows(std::span<const double> x, double s, std::span<double> plus, std::span<double> minus,
                    unsigned threads) {
  const std::size_t m = x.size();
  // Below this many rows a thread costs more than it saves.
  constexpr std::size_t k_rows_per_thread = 256;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::clamp<std::size_t>(m / k_rows_per_thread, 1, threads);
  if (workers == 1) {
    gaussian_rows(x, s, 0, m, plus, minus);
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (std::size_t w = 0; w < workers; ++w)
    pool.emplace_back(gaussian_rows, x, s, m * w / workers, m * (w + 1) / workers, plus, minus);
  for (auto& t : pool) t.join();
}

// Sorted values and their prefix sums, for counting and summing the rows
// whose difference with a given value passes a threshold. The prefix sums
// are long double so that the difference of two large prefix sums keeps the
// precision of the few values between them.
class SortedColumn {
 public:
  explicit SortedColumn(std::span<const double> x) : m_values(x.begin(), x.end()), m_prefix(x.size() + 1, 0.0L) {
    std::sort(m_values.begin(), m_values.end());
    for (std::size_t k = 0; k < m_values.size(); ++k) m_prefix[k + 1] = m_prefix[k] + m_values[k];
  }

  std::size_t size() const { return m_values.size(); }
  long double sum(std::size_t from, std::size_t to) const { return m_prefix[to] - m_prefix[from]; }

  // Rows with x - v > t are the first ones in ascending order; how many.
  // The test is the very subtraction the definition makes, so that ties and
  // differences equal to a threshold fall on the same side as in it.
  std::size_t below(double x, double t) const {
    return static_cast<std::size_t>(
        std::partition_point(m_values.begin(), m_values.end(), [&](double v) { return x - v > t; }) - m_values.begin());
  }
  // Rows with v - x > t are the last ones; the index of the first of them.
  std::size_t above(double x, double t) const {
    return static_cast<std::size_t>(
        std::partition_point(m_values.begin(), m_values.end(), [&](double v) { return v - x <= t; }) - m_values.begin());
  }

 private:
  std::vector<double> m_values;
  std::vector<long double> m_prefix;
};

// Σ_b P(x - v_b) and Σ_b P(v_b - x) for the piecewise-linear shapes. Every
// one is a sum of steps (d > t) and ramps ((d - q)/(p - q) on q < d <= p).
struct Sums {
  long double to = 0, from = 0;
};

Sums step(const SortedColumn& c, double x, double t) {
  return {static_cast<long double>(c.below(x, t)), static_cast<long double>(c.size() - c.above(x, t))};
}

Sums ramp(const SortedColumn& c, double x, double q, double p) {
  if (p == q) return step(c, x, q);  // the ramp has become a step at q
  const std::size_t full_to = c.below(x, p), part_to = c.below(x, q);
  const std::size_t part_from = c.above(x, q), full_from = c.above(x, p);
  const long double width = static_cast<long double>(p) - q;
  const auto to_count = static_cast<long double>(part_to - full_to);
  const auto from_count = static_cast<long double>(full_from - part_from);
  // Σ (x - v - q) over q < x - v <= p, and Σ (v - x - q) over q < v - x <= p.
  const long double to_ramp = to_count * (static_cast<long double>(x) - q) - c.sum(full_to, part_to);
  const long double from_ramp = c.sum(part_from, full_from) - from_count * (static_cast<long double>(x) + q);
  return {static_cast<long double>(full_to) + to_ramp / width,
          static_cast<long double>(c.size() - full_from) + from_ramp / width};
}

Sums piecewise_sums(const SortedColumn& c, const PreferenceFunction& f, double x) {
  switch (f.shape) {
    case Shape::usual: return step(c, x, 0);
    case Shape::u_shape: return step(c, x, f.q);
    case Shape::level: {
      const Sums low = step(c, x, f.q), high = step(c, x, f.p);
      return {(low.to + high.to) / 2, (low.from + high.from) / 2};
    }
    case Shape::v_shape: return ramp(c, x, 0, f.p);
    case Shape::linear: return ramp(c, x, f.q, f.p);
    case Shape::gaussian: break;
  }
  return {};
}

}  // namespace

double preference(const PreferenceFunction& f, double d) {
  if (d <= 0) return 0;
  switch (f.shape) {
    case Shape::usual: return 1;
    case Shape::u_shape: return d > f.q ? 1 : 0;
    case Shape::v_shape: return d > f.p ? 1 : d / f.p;
    case Shape::level: return d > f.p ? 1 : d > f.q ? 0.5 : 0;
    case Shape::linear: return d > f.p ? 1 : d > f.q ? (d - f.q) / (f.p - f.q) : 0;
    case Shape::gaussian: return gaussian(d, f.s);
  }
  return 0;
}

void unicriterion_flows_reference(std::span<const double> column, const PreferenceFunction& f,
                                  std::span<double> plus, std::span<double> minus) {
  const std::size_t m = column.size();
  for (std::size_t a = 0; a < m; ++a) {
    double to = 0, from = 0;
    for (std::size_t b = 0; b < m; ++b) {
      to += preference(f, column[a] - column[b]);
      from += preference(f, column[b] - column[a]);
    }
    plus[a] = m > 1 ? to / static_cast<double>(m - 1) : 0;
    minus[a] = m > 1 ? from / static_cast<double>(m - 1) : 0;
  }
}

void unicriterion_flows(std::span<const double> column, const PreferenceFunction& f, std::span<double> plus,
                        std::span<double> minus, unsigned threads) {
  const std::size_t m = column.size();
  if (m < 2) {
    std::fill(plus.begin(), plus.end(), 0.0);
    std::fill(minus.begin(), minus.end(), 0.0);
    return;
  }
  const double others = static_cast<double>(m - 1);
  if (f.shape == Shape::gaussian) {
    gaussian_flows(column, f.s, plus, minus, threads);
    for (std::size_t a = 0; a < m; ++a) {
      plus[a] /= others;
      minus[a] /= others;
    }
    return;
  }
  const SortedColumn sorted(column);
  for (std::size_t a = 0; a < m; ++a) {
    const Sums sums = piecewise_sums(sorted, f, column[a]);
    plus[a] = static_cast<double>(sums.to) / others;
    minus[a] = static_cast<double>(sums.from) / others;
  }
}

}  // namespace promethee

namespace {

using promethee::PreferenceFunction;
using promethee::Shape;

Shape shape_named(const std::string& name) {
  if (name == "u-shape") return Shape::u_shape;
  if (name == "v-shape") return Shape::v_shape;
  if (name == "level") return Shape::level;
  if (name == "linear") return Shape::linear;
  if (name == "gaussian") return Shape::gaussian;
  return Shape::usual;
}

// Column j's preference function from the parameters (a --param value or list,
// else the criterion's `preference:` in the criteria file), checked.
PreferenceFunction preference_function(const MethodParams& params, const Criterion& c, std::size_t j,
                                       const std::string& method) {
  const std::string name = params.text_for("preference", c, j).value_or("usual");
  PreferenceFunction f{shape_named(name)};
  const auto fail = [&](const std::string& what) {
    throw Error(ExitCode::invalid_input, c.where,
                "criterion '" + c.id + "': " + method + " preference function '" + name + "' " + what);
  };
  const auto threshold = [&](const char* key, const char* meaning) {
    const auto value = params.number_for(key, c, j);
    if (!value)
      fail(std::string("needs ") + key + " (" + meaning + "); give --param " + key + "=... (one value, or one per " +
           "criterion) or preference: {function: " + name + ", " + key + ": ...} in the criteria file");
    if (*value < 0 || !std::isfinite(*value)) fail(std::string("needs ") + key + " >= 0");
    return *value;
  };
  switch (f.shape) {
    case Shape::usual: break;
    case Shape::u_shape: f.q = threshold("q", "indifference threshold"); break;
    case Shape::v_shape:
      f.p = threshold("p", "preference threshold");
      if (f.p == 0) fail("needs p > 0 (p = 0 is the usual function; use preference=usual)");
      break;
    case Shape::level:
    case Shape::linear:
      f.q = threshold("q", "indifference threshold");
      f.p = threshold("p", "preference threshold");
      if (f.q > f.p)
        fail("needs q <= p (q = " + format_number(f.q) + " is the indifference threshold, p = " +
             format_number(f.p) + " the preference threshold)");
      break;
    case Shape::gaussian:
      f.s = threshold("s", "the Gaussian's inflection point, between q and p");
      if (f.s == 0) fail("needs s > 0");
      break;
  }
  return f;
}

// The flows of Brans & Mareschal (2005), with the unicriterion net flows kept
// for the contributions and the utilities.
struct Flows {
  Eigen::VectorXd plus, minus;
  Eigen::MatrixXd net_by_criterion;  // φ_j(a) = φ+_j(a) − φ−_j(a)
};

Flows compute_flows(const MethodInput& input, const MethodParams& params, const std::string& method) {
  const Eigen::Index m = input.values.rows(), n = input.values.cols();
  Eigen::MatrixXd plus(m, n), minus(m, n);
  Eigen::VectorXd column(m);
  const auto rows = static_cast<std::size_t>(m);
  for (Eigen::Index j = 0; j < n; ++j) {
    const auto k = static_cast<std::size_t>(j);
    const PreferenceFunction f = preference_function(params, input.criteria[k], k, method);
    // Cost: d = g(b) − g(a), which is the benefit difference of −g, exactly.
    const bool cost = !input.is_utility[k] && input.directions[k] == Direction::cost;
    column = cost ? Eigen::VectorXd(-input.values.col(j)) : Eigen::VectorXd(input.values.col(j));
    promethee::unicriterion_flows({column.data(), rows}, f, {plus.col(j).data(), rows}, {minus.col(j).data(), rows});
  }
  return {plus * input.weights, minus * input.weights, plus - minus};
}

class Promethee : public Method {
 public:
  Promethee(MethodParams params, bool partial_order) : Method(std::move(params)), m_partial_order(partial_order) {}

 private:
  // The other functions sort each column once; the Gaussian compares every
  // pair (10,000 providers × 20 Gaussian criteria take about 8 s on 2 cores).
  PairwiseCost pairwise_cost(const MethodInput& input) const override {
    for (std::size_t j = 0; j < input.criteria.size(); ++j)
      if (params().text_for("preference", input.criteria[j], j).value_or("usual") == "gaussian")
        return {10'000, "the Gaussian preference function compares every pair of providers"};
    return {};
  }

  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Flows flows = compute_flows(input, params(), m_partial_order ? "PROMETHEE I" : "PROMETHEE II");
    MethodOutput out;
    out.contributions = flows.net_by_criterion * input.weights.asDiagonal();
    out.scores = out.contributions.rowwise().sum();
    out.additive = true;
    out.contribution_meaning = Phrase{Message::m_promethee, {}};
    // φ_j lies in [−1, 1]; (1 + φ_j)/2 is its oriented equivalent in [0, 1].
    out.utilities = (flows.net_by_criterion.array() + 1.0) / 2.0;
    out.details = {{"phi_plus", flows.plus}, {"phi_minus", flows.minus}, {"phi", out.scores}};
    if (m_partial_order) describe_partial_order(flows, out);
    return out;
  }

  // PROMETHEE I: a P b when a is at least as good on both flows and better on
  // one, a I b when equal on both, a R b (incomparable) otherwise.
  static void describe_partial_order(const Flows& flows, MethodOutput& out) {
    const auto m = static_cast<std::size_t>(flows.plus.size());
    out.notes.push_back(Phrase{Message::m_promethee1, {}});
    if (m > k_max_relation_rows) {
      out.notes.push_back(
          Phrase{Message::m_promethee1_not_listed,
                 {static_cast<std::int64_t>(k_max_relation_rows), static_cast<std::int64_t>(m)}});
      return;
    }
    // Flows equal to within rounding are equal.
    constexpr double k_equal = 1e-12;
    const auto compare = [](double x, double y) { return std::abs(x - y) <= k_equal ? 0 : x > y ? 1 : -1; };
    std::size_t incomparable = 0, pairs = 0;
    for (std::size_t a = 0; a < m; ++a) {
      for (std::size_t b = a + 1; b < m; ++b, ++pairs) {
        const auto ia = static_cast<Eigen::Index>(a), ib = static_cast<Eigen::Index>(b);
        const int leaving = compare(flows.plus(ia), flows.plus(ib));
        const int entering = compare(flows.minus(ib), flows.minus(ia));  // lower φ− is better
        if (leaving == 0 && entering == 0) {
          out.relations.push_back({a, b, Relation::indifferent});
        } else if (leaving >= 0 && entering >= 0) {
          out.relations.push_back({a, b, Relation::preferred});
        } else if (leaving <= 0 && entering <= 0) {
          out.relations.push_back({b, a, Relation::preferred});
        } else {
          out.relations.push_back({a, b, Relation::incomparable});
          ++incomparable;
        }
      }
    }
    out.notes.push_back(
        Phrase{Message::m_promethee1_incomparable,
               {static_cast<std::int64_t>(incomparable), static_cast<std::int64_t>(pairs)}});
  }

  bool m_partial_order;
};

}  // namespace

std::unique_ptr<Method> make_promethee2(MethodParams params) {
  return std::make_unique<Promethee>(std::move(params), false);
}

std::unique_ptr<Method> make_promethee1(MethodParams params) {
  return std::make_unique<Promethee>(std::move(params), true);
}

}  // namespace criterio
