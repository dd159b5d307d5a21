// TOPSIS and VIKOR (src/methods/topsis.cpp, vikor.cpp) on published worked
// examples and library test cases (tests/data/topsis/EXAMPLES.md,
// tests/data/vikor/EXAMPLES.md), and the properties they guarantee.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "criterio/method.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"
#include "text/messages.hpp"

namespace criterio::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// run_method with the case's fields given in order (values, weights,
// directions, params, is_utility); the rest as MethodCase defaults them.
MethodOutput run(const std::string& method, Eigen::MatrixXd values, std::vector<double> weights,
                 std::string directions = "", std::map<std::string, std::string> params = {},
                 std::vector<bool> is_utility = {}) {
  MethodCase c;
  c.values = std::move(values);
  c.weights = std::move(weights);
  c.directions = std::move(directions);
  c.params = std::move(params);
  c.is_utility = std::move(is_utility);
  return run_method(method, c);
}

// ---- TOPSIS -----------------------------------------------------------------

// G.-H. Tzeng & J.-J. Huang (2011), Multiple Attribute Decision Making:
// Methods and Applications, CRC Press, as in scikit-criteria's
// tests/agg/test_topsis.py::test_TOPSIS_tzeng2011multiple: vector
// normalisation, weights 0.3, 0.4, 0.3, all benefit; closeness printed to 4
// decimals.
TEST(Topsis, TzengHuang2011) {
  const MethodOutput out = run("topsis", matrix({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}}), {0.3, 0.4, 0.3});
  expect_near(out.scores, {0.5037, 0.6581, 0.7482, 0.3340}, 5e-5, "closeness");
}

// R package MCDA (Bigaret, Meyer et al.), tests/TOPSIS.R, "the same as
// http://hodgett.co.uk/topsis-in-excel/": three cars, purchase price a cost
// criterion (its ideal is the lowest price), weights 0.35, 0.25, 0.25, 0.15,
// vector normalisation; closeness printed to 4 decimals.
TEST(Topsis, HodgettCarsWithACostCriterion) {
  const MethodOutput out = run("topsis", matrix({{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}}),
                                                 {0.35, 0.25, 0.25, 0.15},
                                                 "-+++");
  expect_near(out.scores, {0.4817, 0.5182, 0.1780}, 5e-5, "closeness");
}

// S. Opricovic & G.-H. Tzeng (2004), EJOR 156(2), 445-455, example data
// (risk a cost, altitude a benefit, equal weights), as pymcdm's
// tests/test_methods.py::TestTOPSIS scores it with its default min-max
// normalisation: 0.500, 0.617, 0.500 (3 decimals).
TEST(Topsis, OpricovicTzeng2004DataWithMinMaxAsInPymcdm) {
  const MethodOutput out = run(
      "topsis", matrix({{1, 3000}, {2, 3750}, {5, 4500}}), {0.5, 0.5}, "-+", {{"normalization", "minmax"}});
  expect_near(out.scores, {0.500, 0.617, 0.500}, 5e-4, "closeness");
}

TEST(Topsis, DetailsAreTheDistancesAndTheScoreIsTheirCloseness) {
  // Two criteria, equal weights, no normalisation: weighted values are half
  // the raw ones; ideal (2, 0) with c2 a cost, anti-ideal (0, 1).
  const MethodOutput out =
      run("topsis", matrix({{4, 0}, {0, 2}, {4, 2}}), {1, 1}, "+-", {{"normalization", "none"}});
  expect_near(detail(out, "D_plus"), {0, std::sqrt(5.0), 1}, 1e-12, "D+");
  expect_near(detail(out, "D_minus"), {std::sqrt(5.0), 0, 2}, 1e-12, "D-");
  expect_near(out.scores, {1, 0, 2.0 / 3}, 1e-12, "closeness");
  EXPECT_TRUE(make_method("topsis", {})->higher_is_better());
}

TEST(Topsis, ContributionsShareTheDistancesAndSumToTheScoreLessOneHalf) {
  const MethodOutput out = run("topsis", matrix({{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}}),
                                                 {0.35, 0.25, 0.25, 0.15},
                                                 "-+++");
  EXPECT_FALSE(out.additive);
  EXPECT_THAT(english(*out.contribution_meaning), HasSubstr("0.5"));
  for (Eigen::Index i = 0; i < out.scores.size(); ++i)
    EXPECT_NEAR(out.contributions.row(i).sum(), out.scores(i) - 0.5, 1e-12) << "row " << i;
  // The cheapest car (a1) gains on price; the dearest (a2) loses on it.
  EXPECT_GT(out.contributions(0, 0), 0);
  EXPECT_LT(out.contributions(1, 0), 0);
}

TEST(Topsis, CostCriteriaTakeTheMinimumAsIdealNotAnInversion) {
  // Under max normalisation a cost column is x / max with the minimum as its
  // ideal (Hwang & Yoon), not min / x: with one criterion the closeness is
  // then linear in x: (max - x) / (max - min).
  const MethodOutput out = run("topsis", matrix({{1}, {2}, {4}}), {1}, "-", {{"normalization", "max"}});
  expect_near(out.scores, {1, 2.0 / 3, 0}, 1e-12);
  // Utilities reflect the normalised column: 1 - x / max.
  expect_near(out.utilities.col(0), {0.75, 0.5, 0}, 1e-12, "utilities");
}

TEST(Topsis, UtilitiesAreTheNormalisedValuesOrientedSoHigherIsBetter) {
  const MethodOutput out = run("topsis", matrix({{3, 3}, {4, 4}}), {1, 1}, "+-");
  expect_near(out.utilities.col(0), {0.6, 0.8}, 1e-12, "benefit: x / |x|");
  expect_near(out.utilities.col(1), {0.4, 0.2}, 1e-12, "cost: 1 - x / |x|");
}

TEST(Topsis, NormalizationParameterChangesTheScores) {
  const Eigen::MatrixXd m = matrix({{1, 3000}, {2, 3750}, {5, 4500}});
  const MethodOutput vector = run("topsis", m, {0.5, 0.5}, "-+");
  const MethodOutput sum = run("topsis", m, {0.5, 0.5}, "-+", {{"normalization", "sum"}});
  EXPECT_GT((vector.scores - sum.scores).cwiseAbs().maxCoeff(), 1e-3);
  EXPECT_THROW(run("topsis", m, {0.5, 0.5}, "-+", {{"normalization", "softmax"}}), Error);
}

TEST(Topsis, UtilityColumnsAreUsedAsTheyAre) {
  // A value-function column holds utilities already; vector normalisation
  // applies to the raw column only.
  const MethodOutput out = run("topsis", matrix({{0.2, 3}, {0.9, 4}}), {1, 1}, "++", {}, {true, false});
  expect_near(out.utilities.col(0), {0.2, 0.9}, 1e-12);
  expect_near(out.utilities.col(1), {0.6, 0.8}, 1e-12);
}

TEST(Topsis, BadDataForTheNormalisationNamesTheCriterion) {
  const auto d = expect_error([] {
    run("topsis", matrix({{0.5, 1}, {2, 2}}), {1, 1}, "++", {{"normalization", "logarithmic"}});
  });
  EXPECT_THAT(d.message, HasSubstr("'c1'"));
  EXPECT_THAT(d.message, HasSubstr("logarithmic"));
}

TEST(Topsis, IdenticalColumnsGiveFiniteScores) {
  // An all-zero column would divide by zero under vector normalisation; a
  // constant column is at the ideal and the anti-ideal at once and drops out.
  const MethodOutput with_zero = run("topsis", matrix({{0, 1}, {0, 2}, {0, 3}}), {1, 1});
  const MethodOutput without = run("topsis", matrix({{1}, {2}, {3}}), {1});
  EXPECT_TRUE(with_zero.scores.allFinite());
  expect_near(with_zero.scores, {without.scores(0), without.scores(1), without.scores(2)}, 1e-12);
  // Every row identical: equally close to ideal and anti-ideal.
  const MethodOutput same = run("topsis", matrix({{2, 5}, {2, 5}}), {1, 1}, "+-");
  expect_near(same.scores, {0.5, 0.5}, 0);
  EXPECT_TRUE(same.contributions.allFinite());
  EXPECT_FALSE(same.notes.empty());
}

// ---- shared properties --------------------------------------------------------

struct PropertyCase {
  std::string name;  // the test's name suffix
  std::string method;
  std::map<std::string, std::string> params;
};

void PrintTo(const PropertyCase& c, std::ostream* os) { *os << c.name; }

class DistanceMethodProperties : public ::testing::TestWithParam<PropertyCase> {};

const Eigen::MatrixXd k_property_matrix =
    matrix({{66, 56, 95}, {61, 55, 166}, {65, 49, 113}, {95, 56, 99}, {63, 43, 178}, {74, 59, 140}});

TEST_P(DistanceMethodProperties, PermutingRowsPermutesScores) {
  const auto& [name, method, params] = GetParam();
  const MethodOutput out = run(method, k_property_matrix, {0.5, 0.2, 0.3}, "--+", params);
  const std::vector<Eigen::Index> permutation = {3, 0, 5, 1, 4, 2};
  Eigen::MatrixXd permuted(k_property_matrix.rows(), k_property_matrix.cols());
  for (Eigen::Index i = 0; i < permuted.rows(); ++i)
    permuted.row(i) = k_property_matrix.row(permutation[static_cast<std::size_t>(i)]);
  const MethodOutput again = run(method, permuted, {0.5, 0.2, 0.3}, "--+", params);
  for (Eigen::Index i = 0; i < permuted.rows(); ++i)
    EXPECT_NEAR(again.scores(i), out.scores(permutation[static_cast<std::size_t>(i)]), 1e-12) << "row " << i;
}

// TOPSIS and VIKOR both guarantee it: a dominating row is nearer the ideal on
// every criterion and farther from the anti-ideal, so C is not lower, and its
// regrets are not larger, so S, R and Q are not larger.
TEST_P(DistanceMethodProperties, ADominatingRowNeverScoresWorse) {
  const auto& [name, method, params] = GetParam();
  Eigen::MatrixXd m = k_property_matrix;
  m.row(2) << 60, 40, 180;  // dominates every other row (cost, cost, benefit)
  m.row(5) << 61, 43, 178;  // dominates row 4 weakly: equal on two criteria
  const MethodOutput out = run(method, m, {0.5, 0.2, 0.3}, "--+", params);
  const bool higher = make_method(method, params)->higher_is_better();
  const auto not_worse = [&](Eigen::Index a, Eigen::Index b) {
    return higher ? out.scores(a) >= out.scores(b) - 1e-12 : out.scores(a) <= out.scores(b) + 1e-12;
  };
  for (Eigen::Index i = 0; i < m.rows(); ++i) EXPECT_TRUE(not_worse(2, i)) << "row " << i;
  EXPECT_TRUE(not_worse(5, 4));
}

TEST_P(DistanceMethodProperties, IdenticalColumnGivesFiniteScores) {
  const auto& [name, method, params] = GetParam();
  Eigen::MatrixXd m = k_property_matrix;
  m.col(1).setConstant(50);
  const MethodOutput out = run(method, m, {0.5, 0.2, 0.3}, "--+", params);
  EXPECT_TRUE(out.scores.allFinite());
  EXPECT_TRUE(out.contributions.allFinite());
  EXPECT_TRUE(out.utilities.allFinite());
  EXPECT_TRUE((out.utilities.col(1).array() == 1).all());
}

INSTANTIATE_TEST_SUITE_P(
    Methods, DistanceMethodProperties,
    ::testing::Values(PropertyCase{"TopsisVector", "topsis", {}},
                      PropertyCase{"TopsisMax", "topsis", {{"normalization", "max"}}},
                      PropertyCase{"TopsisMinMax", "topsis", {{"normalization", "minmax"}}},
                      PropertyCase{"TopsisSum", "topsis", {{"normalization", "sum"}}},
                      PropertyCase{"TopsisLogarithmic", "topsis", {{"normalization", "logarithmic"}}},
                      PropertyCase{"TopsisEnhancedAccuracy", "topsis", {{"normalization", "enhanced-accuracy"}}},
                      PropertyCase{"TopsisNonlinear", "topsis", {{"normalization", "nonlinear"}}},
                      PropertyCase{"Vikor", "vikor", {}}, PropertyCase{"VikorV0", "vikor", {{"v", "0"}}},
                      PropertyCase{"VikorV1", "vikor", {{"v", "1"}}}),
    [](const ::testing::TestParamInfo<PropertyCase>& info) { return info.param.name; });

// ---- VIKOR ------------------------------------------------------------------

const RowSet& compromise(const MethodOutput& out) {
  static const RowSet none{"", {}, Phrase{Message::set_compromise, {}}, Phrase{Message::set_compromise, {}}};
  for (const auto& set : out.sets)
    if (set.name == "compromise") return set;
  ADD_FAILURE() << "no compromise set";
  return none;
}

bool has_note(const MethodOutput& out, const std::string& text) {
  return std::any_of(out.notes.begin(), out.notes.end(),
                     [&](const Phrase& note) { return english(note).find(text) != std::string::npos; });
}

// S. Opricovic & G.-H. Tzeng (2004), "Compromise solution by MCDM methods: A
// comparative analysis of VIKOR and TOPSIS", EJOR 156(2), 445-455, numerical
// example: risk (cost) and altitude (benefit), equal weights, v = 0.5. As
// asserted by scikit-criteria's test_VIKOR_opricovic2004compromise: S = 0.5,
// 0.375, 0.5; R = 0.5, 0.25, 0.5; Q = 1, 0, 1; both conditions hold and A2 is
// the compromise solution.
TEST(Vikor, OpricovicTzeng2004BothConditionsHold) {
  const MethodOutput out = run("vikor", matrix({{1, 3000}, {2, 3750}, {5, 4500}}), {0.5, 0.5}, "-+");
  expect_near(detail(out, "S"), {0.5, 0.375, 0.5}, 5e-4, "S");
  expect_near(detail(out, "R"), {0.5, 0.25, 0.5}, 5e-3, "R");
  expect_near(out.scores, {1, 0, 1}, 5e-4, "Q");
  expect_near(detail(out, "Q"), {1, 0, 1}, 5e-4, "Q detail");
  EXPECT_FALSE(make_method("vikor", {})->higher_is_better());
  EXPECT_THAT(compromise(out).rows, ElementsAre(1u));
  EXPECT_TRUE(has_note(out, "acceptable advantage holds: Q(a2) - Q(a1) = 1 >= DQ = 0.5"));
  EXPECT_TRUE(has_note(out, "acceptable stability holds"));
}

// The same example in other units (risk + 5, altitude in km - 1), as
// scikit-criteria also checks: VIKOR's regrets depend only on positions
// between the best and the worst, so nothing changes.
TEST(Vikor, OpricovicTzeng2004InOtherUnits) {
  const MethodOutput out = run("vikor", matrix({{6, 2}, {7, 2.75}, {10, 3.5}}), {0.5, 0.5}, "-+");
  expect_near(detail(out, "S"), {0.5, 0.375, 0.5}, 5e-4, "S");
  expect_near(out.scores, {1, 0, 1}, 5e-4, "Q");
}

// G.-H. Tzeng & J.-J. Huang (2011), Multiple Attribute Decision Making, CRC
// Press, as in scikit-criteria's test_VIKOR: S = 0.6, 0.3, 0.15, 0.65;
// R = 0.3, 0.2, 0.15, 0.4; Q = 0.75, 0.25, 0, 1. Acceptable advantage fails
// (0.25 < DQ = 1/3) while stability holds: the compromise set is A3 and A2.
TEST(Vikor, TzengHuang2011AcceptableAdvantageFails) {
  const MethodOutput out = run("vikor", matrix({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}}), {0.3, 0.4, 0.3});
  expect_near(detail(out, "S"), {0.6, 0.3, 0.15, 0.65}, 5e-3, "S");
  expect_near(detail(out, "R"), {0.3, 0.2, 0.15, 0.4}, 5e-3, "R");
  expect_near(out.scores, {0.75, 0.25, 0, 1}, 5e-3, "Q");
  EXPECT_THAT(compromise(out).rows, ElementsAre(2u, 1u));
  EXPECT_TRUE(has_note(out, "acceptable advantage fails: Q(a2) - Q(a1) = 0.25 < DQ = 0.3333"));
  EXPECT_TRUE(has_note(out, "acceptable stability holds: a1 (the best by Q) is also the best by S and by R"));
}

// S. Opricovic & G.-H. Tzeng (2007), "Extended VIKOR method in comparison
// with outranking methods", EJOR 178(2), 514-529: six hydropower plant
// alternatives, eight criteria, four weight sets W1 to W4; S, R, Q printed to 3
// decimals, as in scikit-criteria's test_VIKOR_opricovic2007extended.
struct Hydro {
  std::string name;  // the paper's weight set
  std::vector<double> weights, s, r, q;
  std::vector<std::size_t> compromise;
  bool advantage;
};

void PrintTo(const Hydro& h, std::ostream* os) { *os << h.name; }

const Eigen::MatrixXd k_hydro = matrix({{4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41},
                                        {5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41},
                                        {5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42},
                                        {5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36},
                                        {5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04},
                                        {4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36}});

class VikorOpricovicTzeng2007 : public ::testing::TestWithParam<Hydro> {};

TEST_P(VikorOpricovicTzeng2007, SRQAndTheCompromiseSet) {
  const Hydro& h = GetParam();
  const MethodOutput out = run("vikor", k_hydro, h.weights, "+-++---+");
  expect_near(detail(out, "S"), h.s, 5e-4, "S");
  expect_near(detail(out, "R"), h.r, 5e-4, "R");
  expect_near(out.scores, h.q, 5e-4, "Q");
  EXPECT_EQ(compromise(out).rows, h.compromise);
  EXPECT_TRUE(has_note(out, h.advantage ? "acceptable advantage holds" : "acceptable advantage fails"));
  EXPECT_TRUE(has_note(out, "acceptable stability holds"));
}

INSTANTIATE_TEST_SUITE_P(
    WeightSets, VikorOpricovicTzeng2007,
    ::testing::Values(
        Hydro{"W1", {1, 1, 1, 1, 1, 1, 1, 1},
              {0.692, 0.700, 0.290, 0.423, 0.280, 0.346},
              {0.125, 0.125, 0.121, 0.125, 0.067, 0.125},
              {0.991, 1.000, 0.473, 0.670, 0.000, 0.578},
              {4},
              true},
        Hydro{"W2", {2, 2, 2, 2, 1, 1, 1, 1},
              {0.701, 0.600, 0.386, 0.365, 0.317, 0.459},
              {0.167, 0.114, 0.161, 0.167, 0.089, 0.167},
              {1.000, 0.533, 0.552, 0.563, 0.000, 0.686},
              {4},
              true},
        Hydro{"W3", {1, 1, 1, 1, 2, 2, 2, 2},
              {0.683, 0.800, 0.193, 0.480, 0.243, 0.232},
              {0.113, 0.167, 0.080, 0.122, 0.044, 0.083},
              {0.684, 1.000, 0.147, 0.554, 0.041, 0.191},
              {4, 2, 5},
              false},
        Hydro{"W4", {1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2},
              {0.678, 0.857, 0.138, 0.513, 0.222, 0.167},
              {0.129, 0.190, 0.057, 0.139, 0.042, 0.060},
              {0.668, 1.000, 0.051, 0.588, 0.058, 0.078},
              {2, 4, 5},
              false}),
    [](const ::testing::TestParamInfo<Hydro>& info) { return info.param.name; });

// scikit-criteria, test_VIKOR_acceptable_advantage_but_not_stability (a case
// the library constructed, not a paper's): five cost criteria, equal weights.
// Q = 0.75, 1, 0.5, 0.068, 0.4375 (to 1e-3); A4 leads A5 by more than
// DQ = 0.25 but is the best neither by S (A3) nor by R (A5): the compromise
// set is A4 and A5.
TEST(Vikor, AcceptableStabilityFailsAlone) {
  const MethodOutput out = run(
      "vikor", matrix({{1, 101, 1, 101, 1}, {101, 1, 101, 1, 101}, {1, 1, 1, 1, 101}, {11, 11, 11, 16, 61},
                        {56, 56, 56, 56, 56}}),
                {0.2, 0.2, 0.2, 0.2, 0.2},
                "-----");
  expect_near(detail(out, "S"), {0.4, 0.6, 0.2, 0.21, 0.55}, 1e-3, "S");
  expect_near(detail(out, "R"), {0.2, 0.2, 0.2, 0.12, 0.11}, 1e-3, "R");
  expect_near(out.scores, {0.75, 1, 0.5, 0.068, 0.4375}, 1e-3, "Q");
  EXPECT_THAT(compromise(out).rows, ElementsAre(3u, 4u));
  EXPECT_TRUE(has_note(out, "acceptable advantage holds"));
  EXPECT_TRUE(has_note(out, "acceptable stability fails"));
  EXPECT_THAT(english(compromise(out).note), HasSubstr("stability fails"));
}

TEST(Vikor, BothConditionsFailGiveTheSetWithinDQ) {
  // Worked by hand: equal weights, all benefit. S = 5/12, 5/9, 1/3, 2/3;
  // R = 1/4, 2/9, 1/3, 1/3; Q = 1/4, 1/3, 1/2, 1. a1 = row 0 leads row 1 by
  // 1/12 < DQ = 1/3 and is the best neither by S (row 2) nor by R (row 1):
  // the set is every row within DQ of Q(a1), rows 0, 1 and 2.
  const MethodOutput out = run("vikor", matrix({{4, 1, 2}, {2, 2, 2}, {4, 4, 0}, {1, 0, 4}}), {1, 1, 1});
  expect_near(detail(out, "S"), {5.0 / 12, 5.0 / 9, 1.0 / 3, 2.0 / 3}, 1e-12, "S");
  expect_near(detail(out, "R"), {0.25, 2.0 / 9, 1.0 / 3, 1.0 / 3}, 1e-12, "R");
  expect_near(out.scores, {0.25, 1.0 / 3, 0.5, 1}, 1e-12, "Q");
  EXPECT_THAT(compromise(out).rows, ElementsAre(0u, 1u, 2u));
  EXPECT_TRUE(has_note(out, "acceptable advantage fails: Q(a2) - Q(a1) = 0.0833 < DQ = 0.3333"));
  EXPECT_TRUE(has_note(out, "acceptable stability fails: a1 (the best by Q) is the best neither by S (S(a1) = 0.4167, "
                            "S* = 0.3333) nor by R (R(a1) = 0.25, R* = 0.2222)"));
  EXPECT_THAT(english(compromise(out).note), HasSubstr("advantage fails"));
}

TEST(Vikor, ContributionsAreWeightedRegretsSummingToS) {
  const MethodOutput out = run("vikor", k_hydro, {1, 1, 1, 1, 2, 2, 2, 2}, "+-++---+");
  EXPECT_FALSE(out.additive);
  EXPECT_EQ(english(*out.contribution_meaning), "weighted regret; sums to S, the largest is R (lower is better)");
  const Eigen::VectorXd s = detail(out, "S"), r = detail(out, "R");
  for (Eigen::Index i = 0; i < s.size(); ++i) {
    EXPECT_NEAR(out.contributions.row(i).sum(), s(i), 1e-12);
    EXPECT_NEAR(out.contributions.row(i).maxCoeff(), r(i), 1e-12);
  }
  // Utilities: 1 at the best value, 0 at the worst, cost criteria included.
  EXPECT_NEAR(out.utilities(0, 1), 1, 1e-12);  // lowest cost
  EXPECT_NEAR(out.utilities(3, 1), 0, 1e-12);  // highest cost
}

TEST(Vikor, VWeighsGroupUtilityAgainstRegret) {
  const Eigen::MatrixXd m = matrix({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}});
  const MethodOutput by_s = run("vikor", m, {0.3, 0.4, 0.3}, "", {{"v", "1"}});
  const MethodOutput by_r = run("vikor", m, {0.3, 0.4, 0.3}, "", {{"v", "0"}});
  // v = 1: Q = (S - S*) / (S- - S*); v = 0: Q = (R - R*) / (R- - R*).
  expect_near(by_s.scores, {0.9, 0.3, 0, 1}, 1e-12, "v = 1");
  expect_near(by_r.scores, {0.6, 0.2, 0, 1}, 1e-12, "v = 0");
  EXPECT_THROW(run("vikor", m, {0.3, 0.4, 0.3}, "", {{"v", "1.5"}}), Error);
}

TEST(Vikor, DegenerateSOrRDoNotDivideByZero) {
  // Every row has the same S (0.5) but different R: Q uses R alone.
  const MethodOutput flat_s = run("vikor", matrix({{1, 0}, {0, 1}, {0.5, 0.5}}), {1, 1});
  EXPECT_TRUE(flat_s.scores.allFinite());
  expect_near(detail(flat_s, "S"), {0.5, 0.5, 0.5}, 1e-12, "S");
  expect_near(flat_s.scores, {0.5, 0.5, 0}, 1e-12, "Q");
  EXPECT_TRUE(has_note(flat_s, "S* = S-"));
  // All rows identical: every criterion constant, no regret anywhere, Q = 0.
  const MethodOutput same = run("vikor", matrix({{3, 3}, {3, 3}}), {1, 1});
  expect_near(same.scores, {0, 0}, 0);
  EXPECT_TRUE(has_note(same, "Q is 0 for all"));
  EXPECT_THAT(compromise(same).rows, ElementsAre(0u, 1u));
}

TEST(Vikor, OneProviderIsItsOwnCompromise) {
  const MethodOutput out = run("vikor", matrix({{3, 4}}), {1, 1});
  EXPECT_TRUE(out.scores.allFinite());
  EXPECT_THAT(compromise(out).rows, ElementsAre(0u));
}

}  // namespace
}  // namespace criterio::testing
