// PROMETHEE I and II: published examples (tests/data/promethee/EXAMPLES.md),
// the fast unicriterion kernels against the definition, the Gaussian's
// thread-count independence, parameters, errors and properties.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "methods/promethee.hpp"
#include "unit/method_support.hpp"

namespace criterio::testing {
namespace {

using promethee::PreferenceFunction;
using promethee::Shape;

// ---------------------------------------------------------------- published

// Zhao, Peng & Li (2013), "Revised PROMETHEE II for improving efficiency in
// emergency response", Procedia Computer Science 17, 181-188, as reproduced
// by pymcdm (tests/test_methods.py, TestPROMETHEE_II): usual function, all
// benefit, weights 0.5, 0.3, 0.2; net flows printed to 2 decimals.
TEST(PrometheeMethods, Zhao2013UsualNetFlows) {
  const MethodCase c{matrix({{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}), {0.5, 0.3, 0.2}, "+++", {}, {}, {}};
  for (const char* name : {"promethee2", "promethee", "promethee-ii", "promethee1", "promethee-i"}) {
    const MethodOutput out = run_method(name, c);
    expect_near(out.scores, {0.1, -0.3, 0.2}, 0.005, name);
    expect_near(detail(out, "phi"), {0.1, -0.3, 0.2}, 0.005, name);
  }
}

// Brans & Mareschal (2005), "PROMETHEE methods", ch. 5 of Figueira, Greco &
// Ehrgott (eds.), Multiple Criteria Decision Analysis: six plant locations,
// one generalised criterion of each kind. Data, thresholds and the preference
// indices π(a, b) printed to 3 decimals from the Poznań PROMETHEE library
// (every printed entry is within 0.001 of the exact one, though not always
// correctly rounded: 0.235036 is printed 0.236; see EXAMPLES.md),
// WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA,
// unit_tests/data/Example2Data.py and unit_tests/preference/test_PrometheePreference.py.
const Eigen::MatrixXd k_plants = matrix({{80, 90, 6, 5.4, 8, 5},
                                         {65, 58, 2, 9.7, 1, 1},
                                         {83, 60, 4, 7.2, 4, 7},
                                         {40, 80, 10, 7.5, 7, 10},
                                         {52, 72, 6, 2.0, 3, 8},
                                         {94, 96, 7, 3.6, 5, 6}});
const std::string k_plant_directions = "-+---+";
const double k_printed_pi[6][6] = {{0.000, 0.296, 0.250, 0.268, 0.100, 0.185}, {0.462, 0.000, 0.389, 0.333, 0.296, 0.500},
                                   {0.236, 0.180, 0.000, 0.333, 0.056, 0.429}, {0.399, 0.505, 0.305, 0.000, 0.223, 0.212},
                                   {0.444, 0.515, 0.487, 0.380, 0.000, 0.448}, {0.286, 0.399, 0.250, 0.432, 0.133, 0.000}};
const PreferenceFunction k_plant_functions[6] = {{Shape::u_shape, 10},         {Shape::v_shape, 0, 30},
                                                 {Shape::linear, 0.5, 5},      {Shape::level, 1, 6},
                                                 {Shape::usual},               {Shape::gaussian, 0, 0, 5}};
const std::map<std::string, std::string> k_plant_params = {{"preference", "u-shape,v-shape,linear,level,usual,gaussian"},
                                                           {"q", "10,0,0.5,1,0,0"},
                                                           {"p", "0,30,5,6,0,0"},
                                                           {"s", "0,0,0,0,0,5"}};
// The printed table's precision: every entry within 0.001 of the exact value.
constexpr double k_printed = 0.001;

TEST(PrometheeMethods, BransMareschal2005PreferenceIndicesOfAllSixFunctions) {
  for (int a = 0; a < 6; ++a) {
    for (int b = 0; b < 6; ++b) {
      double pi = 0;
      for (int j = 0; j < 6; ++j) {
        const double sign = k_plant_directions[static_cast<std::size_t>(j)] == '-' ? -1 : 1;
        pi += promethee::preference(k_plant_functions[j], sign * (k_plants(a, j) - k_plants(b, j))) / 6;
      }
      EXPECT_NEAR(pi, k_printed_pi[a][b], k_printed) << "π(a" << a + 1 << ", a" << b + 1 << ")";
    }
  }
}

// φ+(a) = Σ_b π(a, b)/5 and φ−(a) = Σ_b π(b, a)/5 from the printed π: the
// mean of five entries each within 0.001 is within 0.001; φ within 0.002.
void expect_plant_flows(const MethodOutput& out, const std::string& what) {
  const Eigen::VectorXd plus = detail(out, "phi_plus"), minus = detail(out, "phi_minus");
  for (int a = 0; a < 6; ++a) {
    double printed_plus = 0, printed_minus = 0;
    for (int b = 0; b < 6; ++b) {
      printed_plus += k_printed_pi[a][b] / 5;
      printed_minus += k_printed_pi[b][a] / 5;
    }
    EXPECT_NEAR(plus(a), printed_plus, k_printed) << what << " a" << a + 1;
    EXPECT_NEAR(minus(a), printed_minus, k_printed) << what << " a" << a + 1;
    EXPECT_NEAR(out.scores(a), printed_plus - printed_minus, 2 * k_printed) << what << " a" << a + 1;
    EXPECT_NEAR(out.scores(a), plus(a) - minus(a), 1e-12) << what;
  }
}

TEST(PrometheeMethods, BransMareschal2005FlowsFromParameterLists) {
  const MethodCase c{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, k_plant_params, {}, {}};
  expect_plant_flows(run_method("promethee2", c), "--param lists");
}

std::vector<Criterion> plant_criteria() {
  std::vector<Criterion> criteria(6);
  const char* names[6] = {"u-shape", "v-shape", "linear", "level", "usual", "gaussian"};
  for (std::size_t j = 0; j < 6; ++j) {
    criteria[j].id = "c" + std::to_string(j + 1);
    criteria[j].name = criteria[j].id;
    criteria[j].direction = k_plant_directions[j] == '-' ? Direction::cost : Direction::benefit;
    const PreferenceFunction& f = k_plant_functions[j];
    Preference p{names[j], {}, {}, {}, {}};
    if (f.q > 0) p.q = f.q;
    if (f.p > 0) p.p = f.p;
    if (f.s > 0) p.s = f.s;
    criteria[j].preference = p;
  }
  return criteria;
}

TEST(PrometheeMethods, BransMareschal2005FlowsFromCriteriaPreferences) {
  const MethodCase c{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, {}, plant_criteria(), {}};
  expect_plant_flows(run_method("promethee2", c), "criteria file");
}

TEST(PrometheeMethods, CommandLineOverridesCriteriaPreference) {
  const MethodCase from_file{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, {}, plant_criteria(), {}};
  MethodCase overridden = from_file;
  overridden.params = {{"preference", "usual"}};
  const MethodCase plain{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, {}, {}, {}};
  EXPECT_TRUE(run_method("promethee2", overridden).scores.isApprox(run_method("promethee2", plain).scores, 1e-15));
  EXPECT_FALSE(run_method("promethee2", from_file).scores.isApprox(run_method("promethee2", plain).scores, 1e-3));
}

// PROMETHEE I on the same example. No printed partial order was available;
// the relations follow from the flows of the printed π table, whose margins
// (0.0056 at the closest, a4 against a6 on φ−) exceed the 0.002 uncertainty
// of a difference of two flows derived from it.
TEST(PrometheeMethods, BransMareschal2005PartialOrder) {
  const MethodCase c{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, k_plant_params, {}, {}};
  const MethodOutput out = run_method("promethee1", c);
  ASSERT_EQ(out.relations.size(), 15u);
  std::set<std::pair<std::size_t, std::size_t>> incomparable, preferred;
  for (const auto& r : out.relations) {
    if (r.relation == Relation::incomparable) {
      EXPECT_LT(r.a, r.b);
      incomparable.insert({r.a, r.b});
    } else {
      ASSERT_EQ(r.relation, Relation::preferred);
      preferred.insert({r.a, r.b});
    }
  }
  // Rows are 0-based: a1 is 0.
  const std::set<std::pair<std::size_t, std::size_t>> expected_incomparable = {{0, 1}, {1, 2}, {1, 3},
                                                                               {1, 5}, {2, 3}, {2, 5}};
  EXPECT_EQ(incomparable, expected_incomparable);
  for (std::size_t b : {0u, 1u, 2u, 3u, 5u}) EXPECT_TRUE(preferred.count({4, b})) << "a5 P a" << b + 1;
  for (std::size_t a : {2u, 3u, 5u}) EXPECT_TRUE(preferred.count({a, 0})) << "a" << a + 1 << " P a1";
  EXPECT_TRUE(preferred.count({3, 5})) << "a4 P a6";
  ASSERT_EQ(out.notes.size(), 2u);
  EXPECT_NE(english(out.notes[0]).find("partial order"), std::string::npos);
  EXPECT_NE(english(out.notes[1]).find("6 of 15 pairs are incomparable"), std::string::npos) << out.notes[1];
}

bool has_relation(const MethodOutput& out, std::size_t a, std::size_t b, Relation r) {
  return std::any_of(out.relations.begin(), out.relations.end(),
                     [&](const PairRelation& p) { return p.a == a && p.b == b && p.relation == r; });
}

TEST(PrometheeMethods, PartialOrderOfZhao2013IsComplete) {
  // Flows (φ+, φ−): a1 (0.55, 0.45), a2 (0.35, 0.65), a3 (0.60, 0.40).
  const MethodOutput out = run_method("promethee1", {matrix({{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}), {0.5, 0.3, 0.2}, "", {}, {}, {}});
  ASSERT_EQ(out.relations.size(), 3u);
  EXPECT_TRUE(has_relation(out, 2, 0, Relation::preferred));
  EXPECT_TRUE(has_relation(out, 0, 1, Relation::preferred));
  EXPECT_TRUE(has_relation(out, 2, 1, Relation::preferred));
  EXPECT_NE(english(out.notes.back()).find("0 of 3 pairs"), std::string::npos) << out.notes.back();
}

TEST(PrometheeMethods, PartialOrderIndifferentAndIncomparablePairs) {
  // Zhao's matrix with a copy of a1 as a4. Flows (φ+, φ−) over three others:
  // a1 = a4 (0.367, 0.300), a2 (0.300, 0.700), a3 (0.633, 0.367): a3 leaves
  // more, a1 and a4 receive less, so a3 R a1 and a3 R a4; a1 I a4.
  const MethodOutput out = run_method(
      "promethee1", {matrix({{4, 3, 2}, {3, 2, 4}, {5, 1, 3}, {4, 3, 2}}), {0.5, 0.3, 0.2}, "", {}, {}, {}});
  ASSERT_EQ(out.relations.size(), 6u);
  EXPECT_TRUE(has_relation(out, 0, 3, Relation::indifferent));
  EXPECT_TRUE(has_relation(out, 0, 2, Relation::incomparable));
  EXPECT_TRUE(has_relation(out, 2, 3, Relation::incomparable));
  EXPECT_TRUE(has_relation(out, 0, 1, Relation::preferred));
  EXPECT_TRUE(has_relation(out, 2, 1, Relation::preferred));
  EXPECT_TRUE(has_relation(out, 3, 1, Relation::preferred));
  EXPECT_NE(english(out.notes.back()).find("2 of 6 pairs"), std::string::npos) << out.notes.back();
}

TEST(PrometheeMethods, PartialOrderNotListedAboveTheLimit) {
  const auto m = static_cast<Eigen::Index>(k_max_relation_rows + 1);
  Eigen::MatrixXd values(m, 2);
  for (Eigen::Index i = 0; i < m; ++i) values.row(i) << static_cast<double>(i), static_cast<double>(m - i);
  const MethodOutput out = run_method("promethee1", {values, {}, "", {}, {}, {}});
  EXPECT_TRUE(out.relations.empty());
  EXPECT_NE(english(out.notes.back()).find("listed up to"), std::string::npos);
}

// ------------------------------------------------------------------ kernels

std::vector<PreferenceFunction> all_functions(double q, double p, double s) {
  return {{Shape::usual},         {Shape::u_shape, q},   {Shape::v_shape, 0, p}, {Shape::level, q, p},
          {Shape::linear, q, p},  {Shape::gaussian, 0, 0, s}};
}

void expect_matches_reference(const std::vector<double>& x, const PreferenceFunction& f, const std::string& what) {
  const std::size_t m = x.size();
  std::vector<double> plus(m), minus(m), ref_plus(m), ref_minus(m);
  promethee::unicriterion_flows(x, f, plus, minus, 3);
  promethee::unicriterion_flows_reference(x, f, ref_plus, ref_minus);
  for (std::size_t a = 0; a < m; ++a) {
    ASSERT_NEAR(plus[a], ref_plus[a], 1e-12) << what << " row " << a;
    ASSERT_NEAR(minus[a], ref_minus[a], 1e-12) << what << " row " << a;
  }
}

TEST(PrometheeKernels, FastFlowsMatchTheDefinitionOnRandomData) {
  std::mt19937_64 random(7);
  for (std::size_t m : {1u, 2u, 3u, 5u, 10u, 37u, 100u, 257u, 1000u}) {
    for (int kind = 0; kind < 3; ++kind) {
      // Continuous values; small integers (many ties, differences equal to
      // the integer thresholds); large offsets (prefix sums far from zero).
      std::vector<double> x(m);
      std::uniform_real_distribution<double> unit(0, 1);
      std::uniform_int_distribution<int> small(0, 6);
      for (double& v : x) v = kind == 0 ? unit(random) : kind == 1 ? small(random) : 1e6 + 1000 * unit(random);
      const double scale = kind == 0 ? 1 : kind == 1 ? 1 : 1000;
      struct Thresholds {
        double q, p, s;
      };
      for (const Thresholds t : {Thresholds{0.1, 0.4, 0.2}, Thresholds{1, 3, 2}, Thresholds{2, 2, 1},
                                 Thresholds{0, 1, 0.5}, Thresholds{0, 0.25, 3}}) {
        for (const PreferenceFunction& f : all_functions(t.q * scale, t.p * scale, t.s * scale)) {
          if (f.shape == Shape::v_shape && f.p == 0) continue;
          expect_matches_reference(x, f,
                                   "m=" + std::to_string(m) + " kind=" + std::to_string(kind) +
                                       " shape=" + std::to_string(static_cast<int>(f.shape)) +
                                       " q=" + std::to_string(f.q) + " p=" + std::to_string(f.p));
        }
      }
    }
  }
}

TEST(PrometheeKernels, ThresholdEqualToADifferenceIsNotAPreference) {
  // d = 2 exactly with q = 2: P = 0 for u-shape and linear (d <= q), 0.5 for level at d = p.
  const std::vector<double> x = {0, 2, 5};
  std::vector<double> plus(3), minus(3);
  promethee::unicriterion_flows(x, {Shape::u_shape, 2}, plus, minus);
  EXPECT_DOUBLE_EQ(plus[0], 0);
  EXPECT_DOUBLE_EQ(plus[1], 0);    // 2 - 0 = q
  EXPECT_DOUBLE_EQ(plus[2], 1.0);  // 5 - 0 and 5 - 2 exceed q: 2/2
  promethee::unicriterion_flows(x, {Shape::level, 1, 2}, plus, minus);
  EXPECT_DOUBLE_EQ(plus[1], 0.25);  // d = 2 = p: 0.5, over m - 1 = 2
  EXPECT_DOUBLE_EQ(plus[2], 1.0);   // d = 5 and 3 exceed p
}

TEST(PrometheeKernels, GaussianIsBitIdenticalOnAnyThreadCount) {
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> value(0, 100);
  std::vector<double> x(3001);
  for (double& v : x) v = value(random);
  const PreferenceFunction f{Shape::gaussian, 0, 0, 7.5};
  std::vector<double> one_plus(x.size()), one_minus(x.size());
  promethee::unicriterion_flows(x, f, one_plus, one_minus, 1);
  for (unsigned threads : {2u, 3u, 4u, 7u, 16u}) {
    std::vector<double> plus(x.size()), minus(x.size());
    promethee::unicriterion_flows(x, f, plus, minus, threads);
    EXPECT_TRUE(plus == one_plus && minus == one_minus) << threads << " threads";
  }
  std::vector<double> ref_plus(x.size()), ref_minus(x.size());
  promethee::unicriterion_flows_reference(x, f, ref_plus, ref_minus);
  for (std::size_t a = 0; a < x.size(); ++a) ASSERT_NEAR(one_plus[a], ref_plus[a], 1e-12);
}

// --------------------------------------------------- semantics and properties

const Eigen::MatrixXd k_small = matrix({{10, 200, 0.3}, {12, 150, 0.9}, {8, 260, 0.5}, {15, 100, 0.1}, {11, 180, 0.7}});

TEST(PrometheeMethods, CostIsTheReversedDifference) {
  const MethodOutput cost = run_method("promethee2", {k_small, {0.2, 0.5, 0.3}, "+-+", {}, {}, {}});
  Eigen::MatrixXd negated = k_small;
  negated.col(1) = -negated.col(1);
  const MethodOutput benefit = run_method("promethee2", {negated, {0.2, 0.5, 0.3}, "+++", {}, {}, {}});
  EXPECT_TRUE(cost.scores.isApprox(benefit.scores, 1e-15));
  // On the cost column alone the cheapest (row 3, 100) beats all: φ_2 = 1.
  EXPECT_NEAR(cost.contributions(3, 1), 0.5, 1e-15);
  EXPECT_NEAR(cost.contributions(2, 1), -0.5, 1e-15);
}

TEST(PrometheeMethods, ContributionsAreWeightedCriterionNetFlows) {
  const MethodCase c{k_plants, {1, 2, 3, 1, 2, 3}, k_plant_directions, k_plant_params, {}, {}};
  const MethodOutput out = run_method("promethee2", c);
  EXPECT_TRUE(out.additive);
  EXPECT_TRUE(out.contribution_meaning.has_value());
  for (Eigen::Index a = 0; a < 6; ++a) EXPECT_DOUBLE_EQ(out.contributions.row(a).sum(), out.scores(a));
  EXPECT_NEAR(out.scores.sum(), 0, 1e-12) << "net flows sum to zero";
  EXPECT_TRUE((out.utilities.array() >= 0).all() && (out.utilities.array() <= 1).all());
}

TEST(PrometheeMethods, ThresholdsChangeTheFlows) {
  const MethodOutput usual = run_method("promethee2", {k_small, {}, "", {}, {}, {}});
  const MethodOutput wide = run_method("promethee2", {k_small, {}, "", {{"preference", "u-shape"}, {"q", "1000"}}, {}, {}});
  EXPECT_TRUE(wide.scores.isZero()) << "no difference exceeds q";
  const MethodOutput linear =
      run_method("promethee2", {k_small, {}, "", {{"preference", "linear"}, {"q", "0,10,0.1"}, {"p", "4,80,0.4"}}, {}, {}});
  EXPECT_FALSE(linear.scores.isApprox(usual.scores, 1e-3));
}

TEST(PrometheeMethods, ThresholdsApplyToUtilitiesForScaledColumns) {
  // A utility column (0-1): p = 0.5 is half the utility range.
  const MethodCase c{matrix({{0.0}, {0.25}, {1.0}}), {}, "", {{"preference", "v-shape"}, {"p", "0.5"}}, {}, {true}};
  // a3 against a1: d = 1 > p, P = 1; against a2: d = 0.75 > p, P = 1. φ+ = 1.
  // a2 against a1: d = 0.25, P = 0.5; φ+ = 0.25, φ− = 0.5.
  const MethodOutput out = run_method("promethee2", c);
  expect_near(detail(out, "phi_plus"), {0, 0.25, 1}, 1e-15);
  expect_near(detail(out, "phi_minus"), {0.75, 0.5, 0}, 1e-15);
}

TEST(PrometheeMethods, MissingThresholdNamesTheCriterionAndKey) {
  const auto expect_error = [](const std::map<std::string, std::string>& params, const std::string& needle) {
    try {
      run_method("promethee2", {k_small, {}, "", params, {}, {}});
      ADD_FAILURE() << "no error for " << needle;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::invalid_input);
      EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("criterion 'c1'"), std::string::npos) << e.what();
    }
  };
  expect_error({{"preference", "linear"}, {"q", "1"}}, "needs p");
  expect_error({{"preference", "u-shape"}}, "needs q");
  expect_error({{"preference", "gaussian"}}, "needs s");
  expect_error({{"preference", "level"}, {"q", "2"}, {"p", "1"}}, "q <= p");
  expect_error({{"preference", "v-shape"}, {"p", "0"}}, "p > 0");
  expect_error({{"preference", "gaussian"}, {"s", "0"}}, "s > 0");
}

TEST(PrometheeMethods, PermutingRowsPermutesScores) {
  const MethodCase c{k_plants, {1, 1, 1, 1, 1, 1}, k_plant_directions, k_plant_params, {}, {}};
  const Eigen::VectorXd scores = run_method("promethee2", c).scores;
  const std::vector<Eigen::Index> order = {3, 5, 0, 4, 1, 2};
  MethodCase permuted = c;
  for (std::size_t i = 0; i < order.size(); ++i) permuted.values.row(static_cast<Eigen::Index>(i)) = c.values.row(order[i]);
  const Eigen::VectorXd shuffled = run_method("promethee2", permuted).scores;
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_NEAR(shuffled(static_cast<Eigen::Index>(i)), scores(order[i]), 1e-15);
}

TEST(PrometheeMethods, DominatingRowNeverScoresWorse) {
  // Every P is non-decreasing in d, so a dominating row has φ+ no smaller and
  // φ− no larger than the row it dominates, whatever the functions.
  std::mt19937_64 random(3);
  std::uniform_int_distribution<int> value(0, 9);
  for (int trial = 0; trial < 50; ++trial) {
    Eigen::MatrixXd x(8, 6);
    for (Eigen::Index i = 0; i < x.size(); ++i) x(i) = value(random);
    // Row 7 dominates row 6 (direction-aware).
    for (Eigen::Index j = 0; j < 6; ++j)
      x(7, j) = x(6, j) + (k_plant_directions[static_cast<std::size_t>(j)] == '-' ? -1 : 1) * (value(random) % 3);
    const MethodOutput out = run_method("promethee2", {x, {1, 1, 1, 1, 1, 1}, k_plant_directions, k_plant_params, {}, {}});
    EXPECT_GE(out.scores(7), out.scores(6) - 1e-15) << "trial " << trial;
  }
}

TEST(PrometheeMethods, IdenticalColumnContributesNothing) {
  Eigen::MatrixXd x = k_small;
  x.col(0).setConstant(5);
  for (const char* f : {"usual", "gaussian"}) {
    const MethodOutput out = run_method("promethee2", {x, {}, "", {{"preference", f}, {"s", "1"}}, {}, {}});
    EXPECT_TRUE(out.scores.allFinite());
    EXPECT_TRUE(out.contributions.col(0).isZero()) << f;
  }
  const MethodOutput one = run_method("promethee2", {matrix({{1, 2}}), {}, "", {}, {}, {}});
  EXPECT_EQ(one.scores(0), 0) << "a single provider has no flows";
}

}  // namespace
}  // namespace criterio::testing
