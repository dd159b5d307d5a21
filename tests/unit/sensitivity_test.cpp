// Sensitivity analysis: weight stability intervals (closed form and scanned)
// against hand-worked cases and an independent brute-force scan, what it
// takes against hand-worked thresholds, rank reversal against a worked
// example, and the frame make_frame() builds.
//
// The brute-force scans below score with their own few lines of the
// additive model and of TOPSIS (Hwang & Yoon 1981: vector normalisation,
// distances to the ideal and anti-ideal), not with the library's methods.

#include "criterio/sensitivity.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "criterio/diagnostics.hpp"
#include "criterio/problem.hpp"
#include "unit/frame_support.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using testing::TempDir;

// A frame over `values` scored by `method`; utility columns when `utilities`.
DecisionFrame frame_of(const Eigen::MatrixXd& values, const std::vector<double>& weights,
                       const std::vector<Direction>& directions, const std::string& method, bool utilities) {
  return testing::hand_frame(values, method,
                             {weights, directions, std::vector<bool>(static_cast<std::size_t>(values.cols()), utilities)});
}

// ----------------------------------------------------- independent scoring

std::vector<double> moved(const std::vector<double>& w, std::size_t k, double t) {
  std::vector<double> out(w.size());
  for (std::size_t j = 0; j < w.size(); ++j) out[j] = w[j] * (1 - t) / (1 - w[k]);
  out[k] = t;
  return out;
}

// Simple additive weighting with max normalisation (cost: min / x).
std::vector<double> saw(const Eigen::MatrixXd& m, const std::vector<double>& w, const std::vector<Direction>& d) {
  std::vector<double> s(static_cast<std::size_t>(m.rows()), 0.0);
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
      const double u = d[static_cast<std::size_t>(j)] == Direction::benefit ? m(i, j) / m.col(j).maxCoeff()
                                                                            : m.col(j).minCoeff() / m(i, j);
      s[static_cast<std::size_t>(i)] += w[static_cast<std::size_t>(j)] * u;
    }
  return s;
}

std::vector<double> topsis(const Eigen::MatrixXd& m, const std::vector<double>& w, const std::vector<Direction>& d) {
  const auto rows = static_cast<std::size_t>(m.rows()), cols = static_cast<std::size_t>(m.cols());
  std::vector<std::vector<double>> v(rows, std::vector<double>(cols));
  std::vector<double> best(cols), worst(cols);
  for (std::size_t j = 0; j < cols; ++j) {
    const double norm = m.col(static_cast<Eigen::Index>(j)).norm();
    for (std::size_t i = 0; i < rows; ++i) v[i][j] = w[j] * m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) / norm;
    best[j] = worst[j] = v[0][j];
    for (std::size_t i = 1; i < rows; ++i) {
      const bool better = d[j] == Direction::benefit ? v[i][j] > best[j] : v[i][j] < best[j];
      const bool worse = d[j] == Direction::benefit ? v[i][j] < worst[j] : v[i][j] > worst[j];
      if (better) best[j] = v[i][j];
      if (worse) worst[j] = v[i][j];
    }
  }
  std::vector<double> s(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    double plus = 0, minus = 0;
    for (std::size_t j = 0; j < cols; ++j) {
      plus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
      minus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
    }
    s[i] = std::sqrt(minus) / (std::sqrt(plus) + std::sqrt(minus));
  }
  return s;
}

std::size_t top(const std::vector<double>& s) {
  return static_cast<std::size_t>(std::max_element(s.begin(), s.end()) - s.begin());
}

// The interval around w_k of a grid over [0, 1] on which the top row stays
// the same: the outermost grid points that keep it.
std::pair<double, double> scanned_winner_interval(
    const std::function<std::vector<double>(const std::vector<double>&)>& score, const std::vector<double>& w,
    std::size_t k, double step) {
  const std::size_t winner = top(score(w));
  double low = w[k], high = w[k];
  while (low - step >= 0 && top(score(moved(w, k, low - step))) == winner) low -= step;
  while (high + step <= 1 && top(score(moved(w, k, high + step))) == winner) high += step;
  return {low, high};
}

// ------------------------------------------------------- closed form

// Worked by hand: utilities a (1, 0), b (0, 1), c (0.6, 0.6), equal weights.
// With criterion 1's weight t: s_a = t, s_b = 1 - t, s_c = 0.6. c stays
// first for t in [0.4, 0.6]; a and b tie at t = 0.5 (a listed first, by
// id), so the order c, a, b holds for t in [0.5, 0.6] only.
TEST(StabilityIntervals, AdditiveModelMatchesTheHandWorkedCase) {
  Eigen::MatrixXd u(3, 2);
  u << 1, 0, 0, 1, 0.6, 0.6;
  const auto frame = frame_of(u, {0.5, 0.5}, {Direction::benefit, Direction::benefit}, "wsm", true);
  const Stability s = stability_intervals(frame);
  ASSERT_TRUE(s.exact);
  ASSERT_EQ(s.intervals.size(), 2u);
  const StabilityInterval& c1 = s.intervals[0];
  EXPECT_EQ(c1.criterion, "c1");
  EXPECT_NEAR(c1.winner_low.weight, 0.4, 1e-12);
  EXPECT_NEAR(c1.winner_high.weight, 0.6, 1e-12);
  EXPECT_EQ(c1.winner_low.up, "b");
  EXPECT_EQ(c1.winner_high.up, "a");
  EXPECT_EQ(c1.winner_high.down, "c");
  EXPECT_NEAR(c1.order_low.weight, 0.5, 1e-12);
  EXPECT_EQ(c1.order_low.up, "b");
  EXPECT_EQ(c1.order_low.down, "a");
  EXPECT_NEAR(c1.order_high.weight, 0.6, 1e-12);
  // Criterion 2 mirrors it: a above b needs 1 - t >= t.
  const StabilityInterval& c2 = s.intervals[1];
  EXPECT_NEAR(c2.winner_low.weight, 0.4, 1e-12);
  EXPECT_NEAR(c2.winner_high.weight, 0.6, 1e-12);
  EXPECT_NEAR(c2.order_low.weight, 0.4, 1e-12);
  EXPECT_NEAR(c2.order_high.weight, 0.5, 1e-12);
}

TEST(StabilityIntervals, AWinnerNoWeightCanDislodgeReachesBothEnds) {
  Eigen::MatrixXd u(2, 2);
  u << 0.9, 0.8, 0.1, 0.2;  // a dominates b
  const auto frame = frame_of(u, {0.3, 0.7}, {Direction::benefit, Direction::benefit}, "wsm", true);
  const Stability s = stability_intervals(frame);
  for (const auto& i : s.intervals) {
    EXPECT_EQ(i.winner_low.weight, 0);
    EXPECT_EQ(i.winner_high.weight, 1);
    EXPECT_TRUE(i.winner_low.up.empty());
    EXPECT_TRUE(i.winner_high.up.empty());
  }
}

TEST(StabilityIntervals, OneCriterionHasNoIntervals) {
  Eigen::MatrixXd u(2, 1);
  u << 0.9, 0.1;
  EXPECT_TRUE(stability_intervals(frame_of(u, {1}, {Direction::benefit}, "wsm", true)).intervals.empty());
}

using Scorer = std::vector<double> (*)(const Eigen::MatrixXd&, const std::vector<double>&, const std::vector<Direction>&);

// Random matrices (rows × the weights' size, values 1 to 100) scored by
// `method` in the library and by `independent` in a brute-force scan at
// steps of 1e-4: each winner interval's ends agree to one step.
void expect_agrees_with_scan(const std::string& method, Scorer independent, const std::vector<Direction>& d,
                             const std::vector<double>& w, Eigen::Index rows, unsigned seed, bool exact) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> value(1, 100);
  for (int trial = 0; trial < 4; ++trial) {
    Eigen::MatrixXd m(rows, static_cast<Eigen::Index>(w.size()));
    for (Eigen::Index i = 0; i < m.size(); ++i) m(i) = value(random);
    const Stability s = stability_intervals(frame_of(m, w, d, method, false));
    ASSERT_EQ(s.exact, exact);
    const auto score = [&](const std::vector<double>& weights) { return independent(m, weights, d); };
    for (std::size_t k = 0; k < w.size(); ++k) {
      const auto [low, high] = scanned_winner_interval(score, w, k, 1e-4);
      SCOPED_TRACE(method + ", trial " + std::to_string(trial) + ", criterion " + std::to_string(k + 1));
      EXPECT_NEAR(s.intervals[k].winner_low.weight, low, 1.01e-4);
      EXPECT_NEAR(s.intervals[k].winner_high.weight, high, 1.01e-4);
    }
  }
}

// SAW with max normalisation (wsm's default), benefit and cost columns.
TEST(StabilityIntervals, ClosedFormAgreesWithABruteForceScan) {
  expect_agrees_with_scan("wsm", saw, {Direction::benefit, Direction::cost, Direction::benefit, Direction::cost},
                          {0.1, 0.2, 0.3, 0.4}, 5, 7, true);
}

// ----------------------------------------------------------- scanned

TEST(StabilityIntervals, ScannedTopsisAgreesWithABruteForceScan) {
  expect_agrees_with_scan("topsis", topsis, {Direction::cost, Direction::benefit, Direction::benefit}, {0.4, 0.35, 0.25},
                          4, 11, false);
}

TEST(StabilityIntervals, JustPastAScannedEndTheNamedRivalIsFirst) {
  Eigen::MatrixXd m(4, 3);
  m << 250, 8, 3, 200, 6, 4, 300, 9, 5, 275, 7, 2;
  const std::vector<Direction> d = {Direction::cost, Direction::benefit, Direction::benefit};
  const std::vector<double> w = {0.4, 0.35, 0.25};
  const auto frame = frame_of(m, w, d, "topsis", false);
  const Stability s = stability_intervals(frame);
  int checked = 0;
  for (std::size_t k = 0; k < 3; ++k)
    for (const IntervalEnd* end : {&s.intervals[k].winner_low, &s.intervals[k].winner_high}) {
      if (end->up.empty()) continue;
      const double beyond = end == &s.intervals[k].winner_low ? end->weight - 1e-5 : end->weight + 1e-5;
      const auto scores = topsis(m, moved(w, k, beyond), d);
      EXPECT_EQ(frame.ids[top(scores)], end->up);
      ++checked;
    }
  EXPECT_GT(checked, 0);
}

// ------------------------------------------------------------ what it takes

const char* const k_criteria = R"(title: What it takes
criteria:
  - id: quality
    name: Quality
    weight: 1
    scale: {type: linear, worst: 0, best: 10}
  - id: price
    name: Price
    weight: 1
    scale: {type: linear, worst: 100, best: 0}
  - id: support
    name: Support
    weight: 1
    scale: {type: levels, levels: {email: 0, chat: 0.5, phone: 1}}
)";

Problem load(const TempDir& dir, const std::string& providers) {
  dir.write("criteria.yaml", k_criteria);
  ProblemSpec spec;
  spec.provider_files.push_back(dir.write("providers.yaml", providers));
  Diagnostics diagnostics;
  auto problem = load_problem(spec, diagnostics);
  if (!problem) throw std::runtime_error(testing::listing(diagnostics));
  return std::move(*problem);
}

// Worked by hand, equal weights of 1/3: a (quality 8, price 40, chat)
// has utilities 0.8, 0.6, 0.5 (sum 1.9); b (6, 30, chat) 0.6, 0.7, 0.5
// (sum 1.8). b passes a when its quality utility exceeds 0.7 (quality > 7),
// its price utility exceeds 0.8 (price < 20), or its support utility
// exceeds 0.6 (phone, the one level above chat).
TEST(WhatItTakes, AdditiveThresholdsMatchTheHandWorkedCase) {
  TempDir dir;
  const Problem problem = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: a, values: {quality: 8, price: 40, support: chat}}
  - {id: b, values: {quality: 6, price: 30, support: chat}}
)");
  const DecisionFrame frame = make_frame(problem, {}, true);
  const WhatItTakes w = what_it_takes(frame, problem, "b", "");
  EXPECT_EQ(w.rank, 2);
  ASSERT_EQ(w.criteria.size(), 3u);
  EXPECT_EQ(w.criteria[0].status, Improvement::Status::reachable);
  EXPECT_NEAR(w.criteria[0].to, 7, 1e-9);
  EXPECT_EQ(w.criteria[0].from, 6);
  EXPECT_NEAR(w.criteria[1].to, 20, 1e-9);
  EXPECT_EQ(w.criteria[2].status, Improvement::Status::reachable);
  EXPECT_TRUE(w.criteria[2].exact_level);
  EXPECT_EQ(w.criteria[2].to_display, "phone");
  EXPECT_EQ(w.criteria[2].from_display, "chat");
}

// a (8, 40, chat) sums 1.9; b (7, 30, email) sums 1.4 and needs more than
// 0.5 from support. chat gives exactly 0.5: a tie, which a wins by id, so
// what it takes is phone.
TEST(WhatItTakes, ALevelAtTheTiePointIsNotEnough) {
  TempDir dir;
  const Problem problem = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: a, values: {quality: 8, price: 40, support: chat}}
  - {id: b, values: {quality: 7, price: 30, support: email}}
)");
  const DecisionFrame frame = make_frame(problem, {}, true);
  const WhatItTakes w = what_it_takes(frame, problem, "b", "");
  EXPECT_EQ(w.criteria[2].status, Improvement::Status::reachable);
  EXPECT_EQ(w.criteria[2].to_display, "phone");
}

// a (10, 0, phone) is best everywhere; c (0, 100, email) cannot pass it on
// any one criterion (at most 1/3 more against a lead of 1).
TEST(WhatItTakes, UnreachableAlreadyAndRival) {
  TempDir dir;
  const Problem problem = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: a, values: {quality: 10, price: 0, support: phone}}
  - {id: b, values: {quality: 5, price: 50, support: chat}}
  - {id: c, values: {quality: 0, price: 100, support: email}}
)");
  const DecisionFrame frame = make_frame(problem, {}, true);
  for (const auto& i : what_it_takes(frame, problem, "c", "").criteria)
    EXPECT_EQ(i.status, Improvement::Status::unreachable) << i.criterion;
  for (const auto& i : what_it_takes(frame, problem, "a", "").criteria)
    EXPECT_EQ(i.status, Improvement::Status::already) << i.criterion;
  // b is above c already; c trails b by 0.5 and one criterion gives it at most 1/3.
  for (const auto& i : what_it_takes(frame, problem, "b", "c").criteria)
    EXPECT_EQ(i.status, Improvement::Status::already) << i.criterion;
  const WhatItTakes rival = what_it_takes(frame, problem, "c", "b");
  EXPECT_EQ(rival.rival, "b");
  for (const auto& i : rival.criteria) EXPECT_EQ(i.status, Improvement::Status::unreachable) << i.criterion;
}

TEST(WhatItTakes, UnknownProviderIsAUsageErrorWithASuggestion) {
  TempDir dir;
  const Problem problem = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: nimbus, values: {quality: 8, price: 40, support: chat}}
  - {id: harbor, values: {quality: 6, price: 30, support: chat}}
)");
  const DecisionFrame frame = make_frame(problem, {}, true);
  const Diagnostic d = testing::expect_error([&] { what_it_takes(frame, problem, "nimbsu", ""); }, ExitCode::usage);
  EXPECT_TRUE(testing::contains(d.message, "nimbus")) << d.message;
  testing::expect_error([&] { what_it_takes(frame, problem, "nimbus", "nimbus"); }, ExitCode::usage);
}

// -------------------------------------------------------------- reversal

// Worked by hand under SAW with max normalisation and equal weights:
// a (4, 9) 0.75, b (3, 6) 0.5208, c (8, 2) 0.6111: a, c, b. Without a the
// second column's maximum falls from 9 to 6: b 3/16 + 1/2 = 0.6875 and
// c 1/2 + 1/6 = 0.6667, so b moves above c.
TEST(RankReversal, RemovingTheColumnsMaximumReversesSaw) {
  Eigen::MatrixXd m(3, 2);
  m << 4, 9, 3, 6, 8, 2;
  const auto frame = frame_of(m, {0.5, 0.5}, {Direction::benefit, Direction::benefit}, "wsm", false);
  const RankReversalCheck check = rank_reversals(frame);
  ASSERT_TRUE(check.checked);
  ASSERT_EQ(check.reversals.size(), 1u);
  EXPECT_EQ(check.reversals[0].removed, "a");
  EXPECT_EQ(check.reversals[0].count, 1u);
  EXPECT_EQ(check.reversals[0].flips[0], std::make_pair(std::string("b"), std::string("c")));
}

TEST(RankReversal, CannotHappenWhenEveryColumnHasAValueFunction) {
  Eigen::MatrixXd u(3, 2);
  u << 0.4, 0.9, 0.3, 0.6, 0.8, 0.2;
  const RankReversalCheck check =
      rank_reversals(frame_of(u, {0.5, 0.5}, {Direction::benefit, Direction::benefit}, "wsm", true));
  EXPECT_FALSE(check.checked);
  ASSERT_TRUE(check.reason.has_value());
  EXPECT_TRUE(testing::contains(testing::english(*check.reason), "cannot happen")) << *check.reason;
}

// ------------------------------------------------------------------ frame

TEST(MakeFrame, RowsInIdOrderMissingValuesUncertainAndWeightsDerived) {
  TempDir dir;
  const Problem problem = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: zeta, values: {quality: 8, price: 40, support: chat}}
  - {id: alpha, values: {quality: 6, support: phone}}
)");
  const DecisionFrame frame = make_frame(problem, {}, true);
  EXPECT_EQ(frame.ids, (std::vector<std::string>{"alpha", "zeta"}));
  EXPECT_EQ(frame.providers, (std::vector<std::size_t>{1, 0}));
  EXPECT_TRUE(frame.linear);
  EXPECT_NEAR(frame.weights.sum(), 1, 1e-12);
  ASSERT_EQ(frame.uncertain.size(), 1u);  // alpha's price
  EXPECT_EQ(frame.uncertain[0].row, 0u);
  EXPECT_EQ(frame.uncertain[0].column, 1u);
  EXPECT_FALSE(frame.uncertain[0].raw_units);
  EXPECT_EQ(frame.uncertain[0].distribution.low, 0);
  EXPECT_EQ(frame.uncertain[0].distribution.high, 1);
  EXPECT_TRUE(make_frame(problem, {}, false).uncertain.empty());
}

}  // namespace
}  // namespace criterio
