// SMAA-2 (src/sensitivity/smaa.cpp) and its weight samplers
// (src/sensitivity/weight_sampler.cpp). Every Monte Carlo figure is checked
// against an exact probability or an independent simulation within five
// standard errors of its sample size, with fixed seeds, so the tests neither
// pass by luck nor fail by it. No published SMAA example with numbers we could
// reproduce was found (the R package smaa's integration test needs its own
// binary sample files), so the references here are exact probabilities worked
// out by hand in the comments.

#include "criterio/smaa.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Eigen/Core>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "criterio/frame.hpp"
#include "criterio/method.hpp"
#include "sensitivity/weight_sampler.hpp"
#include "unit/frame_support.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using sensitivity::Rng;
using sensitivity::SamplerKind;
using sensitivity::StreamPurpose;
using sensitivity::WeightSampler;
using testing::expect_error;
using ::testing::HasSubstr;
using testing::matrix;

// Five standard errors of a proportion p estimated from n samples (at least
// one count, so that an exact 0 or 1 still has room for a stray sample).
double tolerance(double p, std::size_t n) {
  return std::max(5 * std::sqrt(p * (1 - p) / static_cast<double>(n)), 1.0 / static_cast<double>(n));
}

// The same for the difference of two independent estimates from n samples each.
double difference_tolerance(double p, std::size_t n) {
  return std::max(5 * std::sqrt(2 * p * (1 - p) / static_cast<double>(n)), 2.0 / static_cast<double>(n));
}

// Frames: equal weights, benefit columns; the listed columns hold utilities.
DecisionFrame make_frame(const Eigen::MatrixXd& values, const std::string& method,
                         const std::vector<bool>& utility_columns = {}) {
  return testing::hand_frame(values, method, {{}, {}, utility_columns});
}

// Two utility columns: A = (1, 0), B = (0, 1), C = (0.6, 0.6). With w1 the
// first weight, A scores w1, B 1 - w1 and C 0.6: A wins for w1 > 0.6, C for
// 0.4 < w1 < 0.6, B for w1 < 0.4.
DecisionFrame two_criteria() { return make_frame(matrix({{1, 0}, {0, 1}, {0.6, 0.6}}), "wsm", {true, true}); }

SmaaOptions options(std::size_t samples, std::uint64_t seed = 7) {
  SmaaOptions o;
  o.samples = samples;
  o.seed = seed;
  o.threads = 2;
  return o;
}

void expect_acceptability(const SmaaResult& result, const std::vector<std::vector<double>>& exact) {
  for (std::size_t i = 0; i < exact.size(); ++i)
    for (std::size_t r = 0; r < exact[i].size(); ++r) {
      const double p = exact[i][r];
      EXPECT_NEAR(result.acceptability(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(r)), p,
                  tolerance(p, result.samples))
          << "row " << i << " rank " << r + 1;
    }
}

void expect_sums_to_one(const SmaaResult& result) {
  for (Eigen::Index i = 0; i < result.acceptability.rows(); ++i) {
    EXPECT_NEAR(result.acceptability.row(i).sum(), 1, 1e-12) << "row " << i;
    EXPECT_NEAR(result.acceptability.col(i).sum(), 1, 1e-12) << "rank " << i + 1;
  }
}

// Equal, NaN equal to NaN: for bit-for-bit comparisons of whole results.
void expect_identical(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b, const std::string& what) {
  ASSERT_EQ(a.rows(), b.rows()) << what;
  ASSERT_EQ(a.cols(), b.cols()) << what;
  for (Eigen::Index i = 0; i < a.rows(); ++i)
    for (Eigen::Index j = 0; j < a.cols(); ++j) {
      if (std::isnan(a(i, j)) && std::isnan(b(i, j))) continue;
      EXPECT_EQ(a(i, j), b(i, j)) << what << " (" << i << ", " << j << ")";
    }
}

void expect_identical(const SmaaResult& a, const SmaaResult& b) {
  expect_identical(a.acceptability, b.acceptability, "acceptability");
  expect_identical(a.central_weights, b.central_weights, "central weights");
  expect_identical(a.confidence, b.confidence, "confidence");
  expect_identical(a.holistic, b.holistic, "holistic");
  expect_identical(a.standard_error, b.standard_error, "standard error");
}

TEST(Smaa, TwoCriteriaUniformWeightsMatchTheWeightIntervals) {
  const SmaaResult result = smaa(two_criteria(), options(40000));
  EXPECT_EQ(testing::english(result.sampler), "uniform over the simplex");
  EXPECT_EQ(result.samples, 40000u);
  // A: first for w1 > 0.6, second for 0.5 < w1 < 0.6 (behind C, ahead of B),
  // else third; B mirrors A; C is first or second.
  expect_acceptability(result, {{0.4, 0.1, 0.5}, {0.4, 0.1, 0.5}, {0.2, 0.8, 0.0}});
  expect_sums_to_one(result);
  // Central weights: w1 averages 0.8 over (0.6, 1), 0.2 over (0, 0.4), 0.5
  // over (0.4, 0.6); the standard deviation of w1 within those intervals is at
  // most 0.4 / sqrt(12), over at least 20 % of the samples.
  const double cw_tolerance = 5 * 0.4 / std::sqrt(12.0) / std::sqrt(0.2 * 40000);
  EXPECT_NEAR(result.central_weights(0, 0), 0.8, cw_tolerance);
  EXPECT_NEAR(result.central_weights(1, 0), 0.2, cw_tolerance);
  EXPECT_NEAR(result.central_weights(2, 0), 0.5, cw_tolerance);
  for (Eigen::Index i = 0; i < 3; ++i) EXPECT_NEAR(result.central_weights.row(i).sum(), 1, 1e-12);
  // At its central weights each row wins: A 0.8 > 0.6, C 0.6 > 0.5.
  EXPECT_EQ(result.confidence(0), 1);
  EXPECT_EQ(result.confidence(1), 1);
  EXPECT_EQ(result.confidence(2), 1);
  // Meta-weights 1, 1/2, 0 for three ranks.
  for (Eigen::Index i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(result.holistic(i), result.acceptability(i, 0) + 0.5 * result.acceptability(i, 1));
    const double b = result.acceptability(i, 0);
    EXPECT_DOUBLE_EQ(result.standard_error(i), std::sqrt(b * (1 - b) / 40000));
  }
}

TEST(Smaa, ImportanceOrderRestrictsTheFirstWeightToItsUpperHalf) {
  SmaaOptions o = options(40000);
  o.weights.order = {{0}, {1}};  // w1 >= w2: w1 uniform on (0.5, 1)
  const SmaaResult result = smaa(two_criteria(), o);
  EXPECT_EQ(testing::english(result.sampler), "uniform over the simplex within the importance order");
  // A first for w1 > 0.6 (0.8 of the range); B is always last (1 - w1 <= w1).
  expect_acceptability(result, {{0.8, 0.2, 0.0}, {0.0, 0.0, 1.0}, {0.2, 0.8, 0.0}});
  EXPECT_TRUE(result.central_weights.row(1).array().isNaN().all());
  EXPECT_TRUE(std::isnan(result.confidence(1)));
  EXPECT_GE(result.central_weights(0, 0), result.central_weights(0, 1));
  EXPECT_GE(result.central_weights(2, 0), result.central_weights(2, 1));
}

TEST(Smaa, BoundsRestrictTheFirstWeightToTheirInterval) {
  SmaaOptions o = options(40000);
  o.weights.bounds = {std::pair{0.3, 0.5}, std::nullopt};  // w1 uniform on (0.3, 0.5)
  const SmaaResult result = smaa(two_criteria(), o);
  EXPECT_THAT(testing::english(result.sampler), HasSubstr("within the bounds (rejection"));
  // B first below 0.4, C above; A (w1 < 0.6) always last.
  expect_acceptability(result, {{0.0, 0.0, 1.0}, {0.5, 0.5, 0.0}, {0.5, 0.5, 0.0}});
  for (Eigen::Index i : {1, 2}) {
    EXPECT_GE(result.central_weights(i, 0), 0.3);
    EXPECT_LE(result.central_weights(i, 0), 0.5);
  }
  EXPECT_NEAR(result.central_weights(1, 0), 0.35, 0.005);
  EXPECT_NEAR(result.central_weights(2, 0), 0.45, 0.005);
}

TEST(Smaa, LowerBoundsAloneAreSampledExactly) {
  SmaaOptions o = options(40000);
  o.weights.bounds = {std::pair{0.5, 1.0}, std::nullopt};  // w1 uniform on (0.5, 1), as under w1 >= w2
  const SmaaResult result = smaa(two_criteria(), o);
  EXPECT_EQ(testing::english(result.sampler), "uniform over the simplex above the lower bounds");
  expect_acceptability(result, {{0.8, 0.2, 0.0}, {0.0, 0.0, 1.0}, {0.2, 0.8, 0.0}});
}

TEST(Smaa, NarrowBoundsRunHitAndRun) {
  // w1 in [0.3, 0.31] keeps 1/70 of the lower-bound proposals: too few for
  // rejection. B (1 - w1) beats C (0.6955) for w1 < 0.3045: 45 % of the range.
  const DecisionFrame frame = make_frame(matrix({{1, 0}, {0, 1}, {0.6955, 0.6955}}), "wsm", {true, true});
  SmaaOptions o = options(40000);
  o.weights.bounds = {std::pair{0.3, 0.31}, std::nullopt};
  const SmaaResult result = smaa(frame, o);
  EXPECT_THAT(testing::english(result.sampler), HasSubstr("hit-and-run"));
  // With two criteria every chord is the whole segment, so the chain's
  // samples are independent and the binomial tolerance holds.
  expect_acceptability(result, {{0.0, 0.0, 1.0}, {0.45, 0.55, 0.0}, {0.55, 0.45, 0.0}});
}

// A 4 × 3 example with raw values (one cost-like spread of magnitudes).
Eigen::MatrixXd four_by_three() { return matrix({{250, 16, 12}, {200, 16, 8}, {300, 32, 16}, {275, 32, 8}}); }

// Straightforward SMAA: std::mt19937_64, std::exponential_distribution,
// the method per sample, ranks by counting.
Eigen::MatrixXd reference_acceptability(const DecisionFrame& frame, std::size_t samples) {
  std::mt19937_64 random(12345);
  std::exponential_distribution<double> exponential(1.0);
  const Eigen::Index m = frame.values.rows(), n = frame.values.cols();
  Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(m, m);
  Eigen::VectorXd w(n);
  for (std::size_t s = 0; s < samples; ++s) {
    for (Eigen::Index j = 0; j < n; ++j) w(j) = exponential(random);
    w /= w.sum();
    Eigen::VectorXd scores = frame.method->evaluate(frame.input(frame.values, w)).scores;
    if (!frame.higher_is_better) scores = -scores;
    for (Eigen::Index i = 0; i < m; ++i) {
      Eigen::Index rank = 0;
      for (Eigen::Index j = 0; j < m; ++j) rank += scores(j) > scores(i) || (scores(j) == scores(i) && j < i);
      counts(i, rank) += 1;
    }
  }
  return counts / static_cast<double>(samples);
}

void expect_agrees_with_reference(const std::string& method) {
  const DecisionFrame frame = make_frame(four_by_three(), method);
  constexpr std::size_t samples = 30000;
  const SmaaResult result = smaa(frame, options(samples));
  const Eigen::MatrixXd reference = reference_acceptability(frame, samples);
  expect_sums_to_one(result);
  for (Eigen::Index i = 0; i < 4; ++i)
    for (Eigen::Index r = 0; r < 4; ++r) {
      const double p = (result.acceptability(i, r) + reference(i, r)) / 2;
      EXPECT_NEAR(result.acceptability(i, r), reference(i, r), difference_tolerance(p, samples))
          << method << " row " << i << " rank " << r + 1;
    }
}

TEST(Smaa, GeneralPathAgreesWithAnIndependentSimulation) { expect_agrees_with_reference("topsis"); }

TEST(Smaa, FastPathAgreesWithAnIndependentSimulation) { expect_agrees_with_reference("wsm"); }

TEST(Smaa, GeneralPathWithLowerScoresBetterAgreesWithAnIndependentSimulation) {
  ASSERT_FALSE(make_method("vikor", {})->higher_is_better());
  expect_agrees_with_reference("vikor");
}

TEST(Smaa, TiesGoToTheLowerRowAndNearTiesAreExact) {
  // Row 1 beats row 0 by 1e-12 under every weight vector (the two round to
  // the same float, so the exact count decides); row 2 equals row 0 and
  // loses the tie to it. Every sample ranks them 1, 0, 2.
  const DecisionFrame frame =
      make_frame(matrix({{0.5, 0.5}, {0.5 + 1e-12, 0.5 + 1e-12}, {0.5, 0.5}}), "wsm", {true, true});
  const SmaaResult result = smaa(frame, options(20000));
  expect_identical(result.acceptability, matrix({{0, 1, 0}, {1, 0, 0}, {0, 0, 1}}), "acceptability");
}

TEST(Smaa, FastAndGeneralPathsAgreeExactly) {
  // Without uncertain values both paths draw the same weight vectors from the
  // same streams, and the fast path sums each score over the columns in the
  // order the weighted-sum method does, without fused multiply-adds: the
  // scores, hence the ranks, are the same to the bit.
  DecisionFrame fast = make_frame(four_by_three(), "wsm");
  ASSERT_TRUE(fast.linear);
  DecisionFrame general = make_frame(four_by_three(), "wsm");
  general.linear = false;
  const SmaaResult a = smaa(fast, options(30000));
  const SmaaResult b = smaa(general, options(30000));
  expect_identical(a.acceptability, b.acceptability, "acceptability");
  expect_identical(a.central_weights, b.central_weights, "central weights");
}

TEST(Smaa, SameSeedSameResultOnAnyNumberOfThreads) {
  DecisionFrame frame = make_frame(four_by_three(), "topsis");
  frame.uncertain.push_back({1, 0, {Uncertainty::Kind::uniform, 180, 0, 320, 0}, true});
  frame.uncertain.push_back({3, 2, {Uncertainty::Kind::normal, 0, 9, 0, 1}, true});
  const DecisionFrame linear = make_frame(four_by_three(), "wsm");
  for (const DecisionFrame* f : {static_cast<const DecisionFrame*>(&frame), &linear}) {
    SmaaOptions o = options(30000, 99);  // 8 chunks, so that 7 threads all get work
    o.threads = 1;
    const SmaaResult one = smaa(*f, o);
    o.threads = 2;
    const SmaaResult two = smaa(*f, o);
    o.threads = 7;
    const SmaaResult seven = smaa(*f, o);
    expect_identical(one, two);
    expect_identical(one, seven);
    o.seed = 100;
    EXPECT_NE(smaa(*f, o).acceptability, one.acceptability) << "another seed, other samples";
  }
}

TEST(Smaa, AcceptabilitiesSumToOneAndCentralWeightsSatisfyTheConstraints) {
  std::mt19937_64 random(3);
  std::uniform_real_distribution<double> value(0, 1);
  Eigen::MatrixXd values(6, 4);
  for (Eigen::Index i = 0; i < 6; ++i)
    for (Eigen::Index j = 0; j < 4; ++j) values(i, j) = value(random);
  const DecisionFrame frame = make_frame(values, "wsm", {true, true, true, true});
  SmaaOptions o = options(20000);
  o.weights.order = {{2}, {0, 3}};
  o.weights.bounds = {std::nullopt, std::pair{0.1, 0.4}, std::nullopt, std::nullopt};
  const SmaaResult result = smaa(frame, o);
  expect_sums_to_one(result);
  for (Eigen::Index i = 0; i < 6; ++i) {
    double holistic = 0;
    for (Eigen::Index r = 0; r < 6; ++r) holistic += (5.0 - static_cast<double>(r)) / 5 * result.acceptability(i, r);
    EXPECT_NEAR(result.holistic(i), holistic, 1e-12);
    if (std::isnan(result.central_weights(i, 0))) {
      EXPECT_EQ(result.acceptability(i, 0), 0);
      continue;
    }
    const Eigen::RowVectorXd w = result.central_weights.row(i);
    EXPECT_NEAR(w.sum(), 1, 1e-12);
    // A mean of weights in a convex region stays in it.
    EXPECT_GE(w(2), w(0) - 1e-12);
    EXPECT_GE(w(2), w(3) - 1e-12);
    EXPECT_GE(w(1), 0.1 - 1e-12);
    EXPECT_LE(w(1), 0.4 + 1e-12);
  }
}

// ---- Weight samplers ----

std::vector<std::vector<double>> draw_weights(const WeightSampler& sampler, std::size_t count) {
  WeightSampler::Stream stream(sampler);
  Rng rng(2024, StreamPurpose::samples, 0);
  stream.restart(rng);
  std::vector<std::vector<double>> samples(count, std::vector<double>(sampler.columns()));
  for (auto& w : samples) stream.draw(rng, w.data());
  return samples;
}

const std::vector<std::string> k_names = {"c1", "c2", "c3", "c4", "c5", "c6"};

std::vector<double> means(const std::vector<std::vector<double>>& samples) {
  std::vector<double> mean(samples.front().size(), 0.0);
  for (const auto& w : samples)
    for (std::size_t j = 0; j < w.size(); ++j) mean[j] += w[j] / static_cast<double>(samples.size());
  return mean;
}

TEST(SmaaWeightSampler, UnconstrainedMarginalIsBetaOneNMinusOne) {
  // Uniform over the simplex of 5 weights: each weight is Beta(1, 4), with
  // mean 1/5, sd sqrt(4 / (25 · 6)) and P(w < x) = 1 - (1 - x)^4.
  const WeightSampler sampler(5, {}, k_names, 1);
  EXPECT_EQ(sampler.kind(), SamplerKind::simplex);
  constexpr std::size_t n = 100000;
  const auto samples = draw_weights(sampler, n);
  double mean = 0;
  std::size_t below_01 = 0, below_03 = 0;
  for (const auto& w : samples) {
    EXPECT_NEAR(w[0] + w[1] + w[2] + w[3] + w[4], 1, 1e-12);
    mean += w[0] / n;
    below_01 += w[0] < 0.1;
    below_03 += w[0] < 0.3;
  }
  EXPECT_NEAR(mean, 0.2, 5 * std::sqrt(4.0 / 150 / n));
  const double p01 = 1 - std::pow(0.9, 4), p03 = 1 - std::pow(0.7, 4);
  EXPECT_NEAR(static_cast<double>(below_01) / n, p01, tolerance(p01, n));
  EXPECT_NEAR(static_cast<double>(below_03) / n, p03, tolerance(p03, n));
}

TEST(SmaaWeightSampler, OrderSamplesRespectTheOrderAndPlaceFreeColumnsUniformly) {
  WeightConstraints constraints;
  constraints.order = {{0}, {1, 2}, {3}};  // column 4 in no group
  const WeightSampler sampler(5, constraints, k_names, 1);
  EXPECT_EQ(sampler.kind(), SamplerKind::order);
  for (const auto& w : draw_weights(sampler, 20000)) {
    EXPECT_GE(w[0], w[1]);
    EXPECT_GE(w[0], w[2]);
    EXPECT_GE(std::min(w[1], w[2]), w[3]);
  }
  // w1 >= w2 with w3 free: the linear extensions 3>1>2, 1>3>2, 1>2>3 are
  // equally likely, so w3 is the largest a third of the time.
  constraints.order = {{0}, {1}};
  const WeightSampler three(3, constraints, k_names, 1);
  constexpr std::size_t n = 60000;
  std::size_t free_largest = 0;
  for (const auto& w : draw_weights(three, n)) free_largest += w[2] > w[0];
  EXPECT_NEAR(static_cast<double>(free_largest) / n, 1.0 / 3, tolerance(1.0 / 3, n));
}

TEST(SmaaWeightSampler, BoundedSamplesStayWithinTheBounds) {
  WeightConstraints constraints;
  constraints.bounds = {std::pair{0.1, 0.4}, std::pair{0.2, 0.5}, std::nullopt, std::pair{0.0, 0.3}};
  const WeightSampler sampler(4, constraints, k_names, 1);
  EXPECT_EQ(sampler.kind(), SamplerKind::rejection);
  for (const auto& w : draw_weights(sampler, 20000)) {
    EXPECT_TRUE(sampler.satisfies(w.data()));
    EXPECT_NEAR(w[0] + w[1] + w[2] + w[3], 1, 1e-12);
  }
}

// Hit-and-run against rejection on the same region: both uniform, so the
// means of every weight agree. The chain's samples are correlated; 0.01 is
// over ten of rejection's standard errors (sd < 0.15, 40 000 samples).
void expect_hit_and_run_matches_rejection(std::size_t columns, const WeightConstraints& constraints) {
  const WeightSampler rejection(columns, constraints, k_names, 1);
  ASSERT_EQ(rejection.kind(), SamplerKind::rejection);
  const WeightSampler chain(columns, constraints, k_names, 1, 2.0);
  ASSERT_EQ(chain.kind(), SamplerKind::hit_and_run);
  const auto exact = draw_weights(rejection, 40000), walked = draw_weights(chain, 40000);
  for (const auto& w : walked) {
    EXPECT_TRUE(chain.satisfies(w.data(), 1e-12));
    EXPECT_NEAR(std::accumulate(w.begin(), w.end(), 0.0), 1, 1e-9);
  }
  const auto a = means(exact), b = means(walked);
  for (std::size_t j = 0; j < columns; ++j) EXPECT_NEAR(a[j], b[j], 0.01) << "weight " << j + 1;
}

TEST(SmaaWeightSampler, HitAndRunMatchesRejectionWithinBounds) {
  WeightConstraints constraints;
  constraints.bounds = {std::pair{0.1, 0.4}, std::pair{0.2, 0.5}, std::nullopt, std::pair{0.0, 0.3}};
  expect_hit_and_run_matches_rejection(4, constraints);
}

TEST(SmaaWeightSampler, HitAndRunMatchesRejectionWithinBoundsAndAnOrder) {
  WeightConstraints constraints;
  constraints.order = {{0}, {1}, {2}, {3}, {4}, {5}};  // a chain: every order constraint tight at equal weights
  constraints.bounds = {std::pair{0.0, 0.35}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  expect_hit_and_run_matches_rejection(6, constraints);
}

TEST(SmaaWeightSampler, TightUpperBoundsRunHitAndRunWithTheSymmetricMean) {
  // Twenty weights of at most 0.06 each: rejection would keep almost nothing.
  // By symmetry every weight's mean is 1/20.
  WeightConstraints constraints;
  constraints.bounds.assign(20, std::pair{0.0, 0.06});
  const WeightSampler sampler(20, constraints, {}, 1);
  EXPECT_EQ(sampler.kind(), SamplerKind::hit_and_run);
  EXPECT_THAT(testing::english(sampler.description()), HasSubstr("thinning 20"));
  const auto samples = draw_weights(sampler, 20000);
  for (const auto& w : samples) EXPECT_TRUE(sampler.satisfies(w.data(), 1e-12));
  for (double mean : means(samples)) EXPECT_NEAR(mean, 0.05, 0.001);
}

// ---- Uncertain values ----

// Rows of one utility column; `cell` makes row 0's value uncertain.
SmaaResult one_criterion(std::vector<double> column, const Uncertainty& cell, std::size_t samples = 40000) {
  Eigen::MatrixXd values(static_cast<Eigen::Index>(column.size()), 1);
  for (std::size_t i = 0; i < column.size(); ++i) values(static_cast<Eigen::Index>(i), 0) = column[i];
  DecisionFrame frame = make_frame(values, "wsm", {true});
  frame.uncertain.push_back({0, 0, cell, true});
  return smaa(frame, options(samples));
}

TEST(SmaaUncertainValues, UniformAgainstAFixedValue) {
  // Row 0 uniform on (0, 1) against 0.3: first with probability 0.7.
  const SmaaResult result = one_criterion({0.5, 0.3}, {Uncertainty::Kind::uniform, 0, 0, 1, 0});
  expect_acceptability(result, {{0.7, 0.3}, {0.3, 0.7}});
  // One criterion: the central weights are (1), and the confidence factor is
  // the same probability over min(samples, 10 000) value draws.
  EXPECT_EQ(result.central_weights(0, 0), 1);
  EXPECT_NEAR(result.confidence(0), 0.7, tolerance(0.7, 10000));
  EXPECT_NEAR(result.confidence(1), 0.3, tolerance(0.3, 10000));
}

TEST(SmaaUncertainValues, TriangularOnBothSidesOfItsMode) {
  // Triangular(0, 0.2, 1) against 0.5 and 0.1: P(T > 0.5) = 0.5² / 0.8 =
  // 0.3125 and P(T < 0.1) = 0.1² / 0.2 = 0.05.
  const SmaaResult result = one_criterion({0.2, 0.5, 0.1}, {Uncertainty::Kind::triangular, 0, 0.2, 1, 0});
  expect_acceptability(result, {{0.3125, 0.6375, 0.05}});
}

TEST(SmaaUncertainValues, NormalAgainstAFixedValue) {
  // Normal(0.5, 0.2) against 0.3: P = Φ(1).
  const double phi1 = 0.5 * std::erfc(-1 / std::sqrt(2.0));
  const SmaaResult result = one_criterion({0.5, 0.3}, {Uncertainty::Kind::normal, 0, 0.5, 0, 0.2});
  expect_acceptability(result, {{phi1, 1 - phi1}});
}

TEST(SmaaUncertainValues, NormalIsClampedToTheScale) {
  // A raw column whose domain is [0.5, 1]: row 1 ~ Normal(0.9, 0.5), clamped
  // to it, can neither pass row 0's 1.0 (a tie goes to row 0) nor fall below
  // row 2's 0.4. Unclamped it would be first with probability 1 - Φ(0.2) =
  // 0.42 and last with Φ(-1) = 0.16.
  DecisionFrame frame = make_frame(matrix({{1.0}, {0.9}, {0.4}}), "wsm");
  frame.criteria[0].scale.min = 0.5;
  frame.criteria[0].scale.max = 1.0;
  frame.uncertain.push_back({1, 0, {Uncertainty::Kind::normal, 0, 0.9, 0, 0.5}, true});
  const SmaaResult result = smaa(frame, options(40000));
  expect_acceptability(result, {{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}});
}

TEST(SmaaUncertainValues, RawUnitsGoThroughTheValueFunction) {
  // A linear scale from 0 to 200: a raw draw uniform on (0, 100) is a
  // utility uniform on (0, 0.5), above 0.3 with probability 0.4. Taken as a
  // utility (method units), the same cell drawn uniform on (0, 1) beats 0.3
  // with probability 0.7.
  DecisionFrame frame = make_frame(matrix({{0.25}, {0.3}}), "wsm", {true});
  frame.criteria[0].scale.best = 200;
  frame.criteria[0].scale.max = 200;
  frame.uncertain.push_back({0, 0, {Uncertainty::Kind::uniform, 0, 0, 100, 0}, true});
  expect_acceptability(smaa(frame, options(40000)), {{0.4, 0.6}, {0.6, 0.4}});
  frame.uncertain.front() = {0, 0, {Uncertainty::Kind::uniform, 0, 0, 1, 0}, false};
  expect_acceptability(smaa(frame, options(40000)), {{0.7, 0.3}, {0.3, 0.7}});
}

TEST(SmaaUncertainValues, CentralValuesWhenNotSampled) {
  DecisionFrame frame = make_frame(matrix({{0.5}, {0.3}}), "wsm", {true});
  frame.uncertain.push_back({0, 0, {Uncertainty::Kind::uniform, 0, 0, 1, 0}, true});
  SmaaOptions o = options(1000);
  o.sample_values = false;
  const SmaaResult result = smaa(frame, o);
  expect_acceptability(result, {{1.0, 0.0}, {0.0, 1.0}});
  EXPECT_EQ(result.confidence(0), 1);
}

// ---- Limits, errors, progress ----

TEST(Smaa, NoRowsAndOneRow) {
  DecisionFrame empty = make_frame(Eigen::MatrixXd(0, 2), "wsm", {true, true});
  const SmaaResult none = smaa(empty, options(100));
  EXPECT_EQ(none.acceptability.size(), 0);
  EXPECT_EQ(none.confidence.size(), 0);
  const SmaaResult one = smaa(make_frame(matrix({{0.2, 0.9}}), "wsm", {true, true}), options(100));
  EXPECT_EQ(one.acceptability(0, 0), 1);
  EXPECT_EQ(one.holistic(0), 1);
  EXPECT_EQ(one.confidence(0), 1);
}

TEST(Smaa, Errors) {
  const DecisionFrame frame = two_criteria();
  EXPECT_THAT(expect_error([&] { smaa(frame, options(0)); }, ExitCode::usage).message, HasSubstr("samples"));
  EXPECT_THAT(expect_error([&] { smaa(frame, options(k_max_smaa_samples + 1)); }, ExitCode::usage).message,
              HasSubstr("samples"));
  SmaaOptions o = options(100);
  o.weights.bounds = {std::pair{0.7, 1.0}, std::pair{0.4, 1.0}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message,
              HasSubstr("the lower bounds sum to 1.1, above 1"));
  o.weights.bounds = {std::pair{0.0, 0.3}, std::pair{0.0, 0.5}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message,
              HasSubstr("the upper bounds sum to 0.8, below 1"));
  o.weights.bounds = {std::pair{0.6, 0.4}, std::nullopt};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message,
              HasSubstr("the lower bound of c1, 0.6, is above its upper bound, 0.4"));
  o.weights.bounds = {std::pair{0.0, 0.4}, std::nullopt};
  o.weights.order = {{0}, {1}};  // w1 >= w2 needs w1 >= 0.5
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message,
              HasSubstr("with the importance order, the upper bounds come to 0.8, below 1"));
  o.weights.bounds = {std::pair{0.0, 0.4}, std::pair{0.45, 1.0}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message, HasSubstr("c1 must weigh at least 0.45"));
  o.weights.order.clear();
  o.weights.bounds = {std::pair{0.0, 1.0}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message, HasSubstr("1 given for 2 criteria"));
  o.weights.bounds = {std::pair{-0.1, 0.5}, std::nullopt};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message, HasSubstr("is not within [0, 1]"));
  o.weights.bounds.clear();
  o.weights.order = {{0}, {0, 1}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message, HasSubstr("c1 appears more than once"));
  o.weights.order = {{0}, {2}};
  EXPECT_THAT(expect_error([&] { smaa(frame, o); }, ExitCode::usage).message, HasSubstr("column 3 does not exist"));
}

TEST(Smaa, ProgressRisesToOneAtMostAboutAHundredTimes) {
  std::vector<double> reports;
  std::atomic<int> inside{0};
  SmaaOptions o = options(500000);
  o.progress = [&](double fraction) {
    EXPECT_EQ(inside++, 0) << "called concurrently";
    reports.push_back(fraction);
    --inside;
  };
  smaa(two_criteria(), o);
  ASSERT_FALSE(reports.empty());
  EXPECT_LE(reports.size(), 101u);
  EXPECT_TRUE(std::is_sorted(reports.begin(), reports.end()));
  EXPECT_EQ(reports.back(), 1.0);
}

TEST(Smaa, ConstraintsEmpty) {
  WeightConstraints constraints;
  EXPECT_TRUE(constraints.empty());
  constraints.bounds = {std::nullopt, std::nullopt};
  constraints.order = {{}};
  EXPECT_TRUE(constraints.empty());
  constraints.order = {{1}, {0}};
  EXPECT_FALSE(constraints.empty());
}

}  // namespace
}  // namespace criterio
