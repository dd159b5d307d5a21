// WPM, WASPAS, MOORA, MULTIMOORA, ARAS and COPRAS on published worked
// examples (data and citations in tests/data/<method>/EXAMPLES.md), their
// parameters and errors, and properties every one of them must keep.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"

namespace criterio::testing {
namespace {

using ::testing::HasSubstr;

// The matrix of tests/data/<path> (header id,c1,...; one row per alternative).
Eigen::MatrixXd example(const std::string& path) { return data_matrix(path); }

MethodCase example_case(const std::string& path, std::vector<double> weights, std::string directions,
                        std::map<std::string, std::string> params = {}) {
  return MethodCase{example(path), std::move(weights), std::move(directions), std::move(params), {}, {}};
}

Eigen::VectorXd row_sums(const MethodOutput& out) { return out.contributions.rowwise().sum(); }

std::vector<double> values_of(const Eigen::VectorXd& v) { return {v.data(), v.data() + v.size()}; }

// ---- WPM --------------------------------------------------------------------

// Chakraborty, Zavadskas & Antucheviciene (2015), Example 2, WASPAS at λ = 0
// (which is the WPM on x/max and min/x), as scikit-criteria's
// test_WASPAS_chakraborty2015applications prints it, to 4 decimals.
TEST(Wpm, Chakraborty2015Example2) {
  const auto out =
      run_method("wpm", example_case("wpm/chakraborty2015_example2.csv", {0.467, 0.160, 0.095, 0.278}, "---+"));
  expect_near(out.scores, {0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697}, 5e-5);
  // The logarithmic contributions add up to ln(score).
  expect_near(row_sums(out), values_of(out.scores.array().log().matrix()), 1e-12);
  EXPECT_FALSE(out.additive);
}

// scikit-criteria, test_WeightedProductModel_enwiki_1015567716: the English
// Wikipedia "Weighted product model" example, sum-normalised; it prints
// log10 of the product to 8 decimals.
TEST(Wpm, WikipediaExampleWithSumNormalisation) {
  const auto out = run_method("weighted-product", example_case("wpm/wikipedia_wpm_skcriteria.csv", {20, 15, 40, 25},
                                                               "++++", {{"normalization", "sum"}}));
  expect_near(out.scores.array().log10().matrix(), {-0.50128589, -0.50448471, -0.52947246}, 5e-9);
}

// JMcDM test/mcdm/testwpm.jl: x/max and min/x, printed to 13 decimals.
TEST(Wpm, JmcdmExample) {
  const auto out =
      run_method("wpm", example_case("wpm/jmcdm_testwpm.csv", {0.221, 0.159, 0.175, 0.127, 0.117, 0.201}, "+--+-+"));
  expect_near(out.scores, {0.7975224331331, 0.7532541470585, 0.7647463553356, 0.7873956894791, 0.7674278741782}, 5e-14);
}

TEST(Wpm, ScaleOfTheNormalisationDoesNotChangeTheRanking) {
  // max and sum differ by a factor per column, so every score by one factor.
  const MethodCase c{matrix({{3, 20}, {5, 10}, {4, 15}}), {0.6, 0.4}, "+-", {}, {}, {}};
  MethodCase s = c;
  s.params = {{"normalization", "sum"}};
  const Eigen::VectorXd ratio = run_method("wpm", c).scores.cwiseQuotient(run_method("wpm", s).scores);
  EXPECT_NEAR(ratio.maxCoeff(), ratio.minCoeff(), 1e-12);
}

TEST(Wpm, ZeroOrNegativeNormalisedValuesAreRefused) {
  auto d = expect_error([] { run_method("wpm", {matrix({{0, 1}, {2, 3}}), {}, "++", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c1': wpm"));
  EXPECT_THAT(d.message, HasSubstr("above 0"));
  // minmax sends the worst value to 0.
  d = expect_error([] {
    run_method("wpm", {matrix({{1, 1}, {2, 3}}), {}, "++", {{"normalization", "minmax"}}, {}, {}});
  });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c1'"));
  // A zero cost value under max is reported in WPM's terms, not the normalisation's.
  d = expect_error([] { run_method("wpm", {matrix({{1, 0}, {2, 3}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c2': wpm"));
  // A utility column at 0 points at the value function.
  d = expect_error([] { run_method("wpm", {matrix({{0, 1}, {0.5, 3}}), {}, "++", {}, {}, {true, false}}); });
  EXPECT_THAT(d.message, HasSubstr("value function"));
  // A criterion of weight 0 is left out of the product.
  EXPECT_NO_THROW(run_method("wpm", {matrix({{0, 1}, {2, 3}}), {0, 1}, "++", {}, {}, {}}));
}

// ---- WASPAS -----------------------------------------------------------------

// Chakraborty et al. (2015), Example 2, as scikit-criteria prints it for λ = 0,
// 0.5 and 1. The paper forms Q from its 4-decimal WSM and WPM, so Q carries up
// to one unit of the last digit (a5 at λ = 0.5: 0.863858 printed 0.8638;
// a2 at λ = 1: 0.819454 printed 0.8194): those columns are compared within
// 1e-4, as the source's own test does; the WPM column matches to 5e-5.
TEST(Waspas, Chakraborty2015Example2) {
  const std::vector<double> w = {0.467, 0.160, 0.095, 0.278};
  const auto half = run_method("waspas", example_case("waspas/chakraborty2015_example2.csv", w, "---+"));
  expect_near(half.scores, {0.8584, 0.8169, 0.8419, 0.9417, 0.8638, 0.8278, 0.8503, 0.8949, 0.9027, 0.8740}, 1e-4);
  expect_near(detail(half, "WSM"), {0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784},
              1e-4, "WSM");
  expect_near(detail(half, "WPM"), {0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697},
              5e-5, "WPM");
  const auto sum_only =
      run_method("waspas", example_case("waspas/chakraborty2015_example2.csv", w, "---+", {{"lambda", "1"}}));
  expect_near(sum_only.scores, {0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784}, 1e-4);
  const auto product_only =
      run_method("waspas", example_case("waspas/chakraborty2015_example2.csv", w, "---+", {{"lambda", "0"}}));
  expect_near(product_only.scores, {0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697},
              5e-5);
}

// JMcDM test/mcdm/testwaspas.jl (λ = 0.5), printed to 6 decimals.
TEST(Waspas, JmcdmExample) {
  const auto out = run_method(
      "waspas", example_case("waspas/jmcdm_testwaspas.csv", {0.221, 0.159, 0.175, 0.127, 0.117, 0.201}, "+--+-+"));
  expect_near(out.scores, {0.805021, 0.775060, 0.770181, 0.796424, 0.788239}, 5e-7);
  expect_near(row_sums(out), values_of(out.scores), 1e-12, "additive");
  EXPECT_TRUE(out.additive);
}

TEST(Waspas, LambdaEndsAreTheWeightedSumAndTheWeightedProduct) {
  const MethodCase c{matrix({{3, 20, 7}, {5, 10, 9}, {4, 15, 8}}), {0.5, 0.3, 0.2}, "+-+", {}, {}, {}};
  MethodCase one = c, zero = c;
  one.params = {{"lambda", "1"}};
  zero.params = {{"lambda", "0"}};
  const Eigen::VectorXd wsm = run_method("wsm", c).scores, wpm = run_method("wpm", c).scores;
  expect_near(run_method("waspas", one).scores, values_of(wsm), 1e-12);
  expect_near(run_method("waspas", zero).scores, values_of(wpm), 1e-12);
  expect_near(run_method("waspas", c).scores,
              {0.5 * (wsm(0) + wpm(0)), 0.5 * (wsm(1) + wpm(1)), 0.5 * (wsm(2) + wpm(2))}, 1e-12);
  const auto d = expect_error([] { run_method("waspas", {matrix({{1, 0}, {2, 3}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c2': waspas"));
  expect_error(
      [&] {
        MethodCase bad = c;
        bad.params = {{"lambda", "1.5"}};
        run_method("waspas", bad);
      },
      ExitCode::usage);
}

// ---- MOORA ------------------------------------------------------------------

// Siregar et al. (2021), as pymcdm's TestMOORA prints it to 4 decimals.
TEST(Moora, Siregar2021RatioSystem) {
  const auto out = run_method("moora", example_case("moora/siregar2021_pymcdm.csv", {0.3, 0.2, 0.1, 0.4}, "-+++"));
  expect_near(out.scores, {0.1801, 0.2345, 0.0625, 0.1757, 0.1683, 0.0742, 0.1197}, 5e-5);
  expect_near(row_sums(out), values_of(out.scores), 1e-12, "additive");
}

// Kundakci (2016), as JMcDM's "MOORA Ratio" test prints it in full double
// precision; compared within 1e-12 (summation order).
TEST(Moora, Kundakci2016RatioSystem) {
  const auto out =
      run_method("moora", example_case("moora/kundakci2016_jmcdm.csv",
                                       {0.20, 0.1684, 0.1579, 0.1474, 0.1158, 0.0842, 0.0737, 0.0421, 0.0105},
                                       "--++++++-", {{"approach", "ratio"}}));
  expect_near(out.scores,
              {0.13489413914936565, 0.11647832078367353, 0.0627565796439602, 0.06656348556629459, 0.06687625630547807,
               0.10685768975933238, 0.03301387703317765, 0.06114965130074492, 0.031152492476171283},
              1e-12);
}

// JMcDM's "MOORA Reference" test, printed to 8 decimals (weights divided by
// their sum, 0.999, as JMcDM does); the lowest is best.
TEST(Moora, JmcdmReferencePoint) {
  const MethodCase c =
      example_case("moora/jmcdm_reference.csv", {0.110, 0.035, 0.379, 0.384, 0.002, 0.002, 0.010, 0.077}, "++++++++",
                   {{"approach", "reference"}});
  const auto out = run_method("moora", c);
  expect_near(out.scores, {0.33159387, 0.29014464, 0.37304311, 0.01926526}, 5e-9);
  EXPECT_FALSE(make_method("moora", {{"approach", "reference"}})->higher_is_better());
  EXPECT_TRUE(make_method("moora", {})->higher_is_better());
  for (Eigen::Index i = 0; i < out.scores.size(); ++i)
    EXPECT_DOUBLE_EQ(out.contributions.row(i).maxCoeff(), out.scores(i));
}

TEST(Moora, CostCriteriaSubtractAndNegativeValuesAreAccepted) {
  const auto out = run_method("moora", {matrix({{-2, 5}, {1, 3}, {3, 4}}), {0.5, 0.5}, "+-", {}, {}, {}});
  const double n1 = std::sqrt(4.0 + 1 + 9), n2 = std::sqrt(25.0 + 9 + 16);
  expect_near(out.scores, {0.5 * (-2 / n1 - 5 / n2), 0.5 * (1 / n1 - 3 / n2), 0.5 * (3 / n1 - 4 / n2)}, 1e-12);
}

// ---- MULTIMOORA -------------------------------------------------------------

// Karabasevic, Stanujkic, Urosevic & Maksimovic (2015), as pyrepo_mcda's
// Test_MULTIMOORA prints it: RS and RP to 3 decimals, FMF to 4 significant
// digits, the final ranking A3, A2, A1. The weights sum to 0.999 and criterio
// divides them by their sum; RS and RP are linear in the weights, so 0.999 ×
// ours is compared. The printed FMF match ours only up to a common factor
// (about 0.9997, rounded intermediates), so their ratios are compared.
TEST(Multimoora, Karabasevic2015) {
  const auto out = run_method("multimoora", example_case("multimoora/karabasevic2015.csv",
                                                         {0.215, 0.215, 0.159, 0.133, 0.102, 0.102, 0.073}, "+++++++"));
  expect_near(0.999 * detail(out, "RS"), {0.494, 0.527, 0.677}, 5e-4, "RS");
  expect_near(0.999 * detail(out, "RP"), {0.046, 0.061, 0.000}, 5e-4, "RP");
  const Eigen::VectorXd fmf = detail(out, "FMF");
  EXPECT_NEAR(fmf(1) / fmf(0), 9.689 / 3.876, 2.5e-4 * 9.689 / 3.876);
  EXPECT_NEAR(fmf(2) / fmf(0), 44.86 / 3.876, 2.5e-4 * 44.86 / 3.876);
  expect_near(detail(out, "rank_RS"), {3, 2, 1}, 0);
  expect_near(detail(out, "rank_RP"), {2, 3, 1}, 0);
  expect_near(detail(out, "rank_FMF"), {3, 2, 1}, 0);
  // A2 beats A1 in two rankings of three; A3 beats both in all three.
  expect_near(out.scores, {0, 1, 2}, 0);
  EXPECT_EQ(out.relations.size(), 3u);
  EXPECT_TRUE(out.notes.empty());
}

TEST(Multimoora, CircularDominanceIsReported) {
  // RS ranks a3, a1, a2; RP a2, a3, a1; FMF a1, a2, a3: a1 dominates a2, a2
  // dominates a3 and a3 dominates a1 (two rankings of three each time).
  const auto out =
      run_method("multimoora", {matrix({{5, 4, 6}, {6, 3, 5}, {8, 5, 2}}), {0.5, 0.3, 0.2}, "+++", {}, {}, {}});
  expect_near(detail(out, "rank_RS"), {2, 3, 1}, 0);
  expect_near(detail(out, "rank_RP"), {3, 1, 2}, 0);
  expect_near(detail(out, "rank_FMF"), {1, 2, 3}, 0);
  expect_near(out.scores, {1, 1, 1}, 0);
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_THAT(english(out.notes[0]), HasSubstr("circular for 3 pair(s)"));
  // Symmetric alternatives tie on every figure: nobody dominates.
  const auto even =
      run_method("multimoora", {matrix({{10, 1, 1}, {1, 10, 1}, {1, 1, 10}}), {1, 1, 1}, "+++", {}, {}, {}});
  expect_near(even.scores, {0, 0, 0}, 0);
  EXPECT_TRUE(even.relations.empty());
}

TEST(Multimoora, ZeroCostValueIsRefused) {
  const auto d = expect_error([] { run_method("multimoora", {matrix({{1, 0}, {2, 3}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c2': multimoora"));
}

// ---- ARAS -------------------------------------------------------------------

// Stanujkic, Djordjevic & Karabasevic (2015), as pymcdm's TestARAS prints it
// to 2 decimals (all benefit; K does not depend on the weights' sum).
TEST(Aras, Stanujkic2015) {
  const auto out =
      run_method("aras", example_case("aras/stanujkic2015_pymcdm.csv", {0.28, 0.25, 0.19, 0.15, 0.08, 0.04}, "++++++"));
  expect_near(out.scores, {0.74, 0.86, 0.78, 0.86}, 5e-3);
  expect_near(row_sums(out), values_of(out.scores), 1e-12, "additive");
}

// Yildirim (2015), as JMcDM's src/aras.jl docstring prints it in full
// precision (three cost criteria, by reciprocal); compared within 1e-12.
TEST(Aras, Yildirim2015WithCostCriteria) {
  const auto out =
      run_method("aras", example_case("aras/yildirim2015_jmcdm.csv", {0.05, 0.20, 0.10, 0.15, 0.10, 0.40}, "-+-++-"));
  expect_near(out.scores,
              {0.8142406768388222, 0.8928861957614441, 0.764157900073527, 0.8422546181927358, 0.8654063509472654},
              1e-12);
  // S = K · S0, and the optimal alternative's S0 is the same for all rows.
  const Eigen::VectorXd s0 = detail(out, "S").cwiseQuotient(out.scores);
  EXPECT_NEAR(s0.maxCoeff(), s0.minCoeff(), 1e-12);
  // The utilities shown are min/x for cost criteria.
  EXPECT_NEAR(out.utilities(0, 0), 105000.0 / 105000.0, 1e-12);
  EXPECT_NEAR(out.utilities(2, 0), 105000.0 / 150000.0, 1e-12);
}

TEST(Aras, ZeroCostValueIsRefused) {
  const auto d = expect_error([] { run_method("aras", {matrix({{1, 0}, {2, 3}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c2': aras"));
  EXPECT_THAT(d.message, HasSubstr("reciprocal"));
}

// ---- COPRAS -----------------------------------------------------------------

// Kaklauskas et al. (2006), as JMcDM's testcopras.jl prints Q / max Q to 5
// decimals; N is that in %, so within 5e-4.
TEST(Copras, Kaklauskas2006) {
  const auto out = run_method("copras", example_case("copras/kaklauskas2006_jmcdm.csv",
                                                     {0.1667, 0.1667, 0.1667, 0.1667, 0.1667, 0.1667}, "+++++-"));
  const std::vector<double> printed = {0.44194, 0.44395, 0.41042, 0.44403, 0.48177, 0.44074, 0.42430, 0.41737,
                                       0.43474, 0.44382, 0.46625, 0.48602, 0.45019, 0.45825, 0.51953, 0.54265,
                                       0.56134, 0.45588, 0.49532, 0.44788, 0.45014, 0.48126, 0.51586, 0.56243,
                                       0.58709, 0.60091, 0.51850, 0.61085, 0.65888, 0.75650, 0.61430, 0.63486,
                                       0.65542, 0.72065, 0.77680, 0.82379, 0.88253, 1.00000};
  std::vector<double> percent;
  for (double p : printed) percent.push_back(100 * p);
  expect_near(out.scores, percent, 5e-4);
  expect_near(detail(out, "N"), percent, 5e-4, "N");
  // Q = S+ + ΣS− / (S− · Σ 1/S−), by hand for the first row.
  const Eigen::VectorXd plus = detail(out, "S_plus"), minus = detail(out, "S_minus"), q = detail(out, "Q");
  EXPECT_NEAR(q(0), plus(0) + minus.sum() / (minus(0) * minus.cwiseInverse().sum()), 1e-15);
  expect_near(row_sums(out), values_of(out.scores), 1e-9, "additive");
}

TEST(Copras, WithoutCostCriteriaQIsSPlus) {
  const auto out = run_method("copras", {matrix({{1, 2}, {3, 2}}), {0.5, 0.5}, "++", {}, {}, {}});
  expect_near(detail(out, "Q"), {0.5 * 0.25 + 0.25, 0.5 * 0.75 + 0.25}, 1e-15);
  expect_near(detail(out, "S_minus"), {0, 0}, 0);
}

TEST(Copras, NegativeOrZeroValuesAreRefusedWhereTheyBreakTheFormula) {
  auto d = expect_error([] { run_method("copras", {matrix({{-1, 2}, {3, 2}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c1': copras"));
  d = expect_error([] { run_method("copras", {matrix({{1, 0}, {3, 2}}), {}, "+-", {}, {}, {}}); });
  EXPECT_THAT(d.message, HasSubstr("criterion 'c2': copras"));
}

// ---- properties -------------------------------------------------------------

struct Variant {
  std::string method;
  std::map<std::string, std::string> params;
};

const std::vector<Variant> k_variants = {
    {"wpm", {}},   {"wpm", {{"normalization", "sum"}}},    {"waspas", {}},     {"waspas", {{"lambda", "0.2"}}},
    {"moora", {}}, {"moora", {{"approach", "reference"}}}, {"multimoora", {}}, {"aras", {}},
    {"copras", {}}};

const Eigen::MatrixXd k_values =
    matrix({{7, 120, 3.5, 40}, {9, 150, 2.5, 35}, {6, 90, 4.0, 50}, {8, 130, 3.0, 45}, {5, 160, 2.0, 30}});

std::string name(const Variant& v) { return v.method + (v.params.empty() ? "" : " " + v.params.begin()->second); }

TEST(CompensatoryProperties, PermutingTheRowsPermutesTheScores) {
  const std::vector<Eigen::Index> order = {3, 0, 4, 2, 1};
  Eigen::MatrixXd permuted(k_values.rows(), k_values.cols());
  for (Eigen::Index i = 0; i < 5; ++i) permuted.row(i) = k_values.row(order[static_cast<std::size_t>(i)]);
  for (const auto& v : k_variants) {
    const auto a = run_method(v.method, {k_values, {0.4, 0.3, 0.2, 0.1}, "+-+-", v.params, {}, {}});
    const auto b = run_method(v.method, {permuted, {0.4, 0.3, 0.2, 0.1}, "+-+-", v.params, {}, {}});
    for (Eigen::Index i = 0; i < 5; ++i)
      EXPECT_NEAR(b.scores(i), a.scores(order[static_cast<std::size_t>(i)]), 1e-12) << name(v);
  }
}

TEST(CompensatoryProperties, ADominatingRowNeverScoresWorse) {
  // Row 5 is row 0 made better on every criterion (more benefit, less cost).
  Eigen::MatrixXd values(6, 4);
  values << k_values, 8, 110, 4.5, 35;
  for (const auto& v : k_variants) {
    const auto method = make_method(v.method, v.params);
    const auto out = run_method(v.method, {values, {0.4, 0.3, 0.2, 0.1}, "+-+-", v.params, {}, {}});
    if (method->higher_is_better())
      EXPECT_GE(out.scores(5), out.scores(0)) << name(v);
    else
      EXPECT_LE(out.scores(5), out.scores(0)) << name(v);
  }
}

TEST(CompensatoryProperties, IdenticalColumnsGiveFiniteScoresAndContributions) {
  Eigen::MatrixXd values = k_values;
  values.col(1).setConstant(100);
  values.col(2).setConstant(3);
  for (const auto& v : k_variants) {
    const auto out = run_method(v.method, {values, {0.4, 0.3, 0.2, 0.1}, "+-+-", v.params, {}, {}});
    EXPECT_TRUE(out.scores.allFinite()) << name(v);
    EXPECT_TRUE(out.contributions.allFinite()) << name(v);
    EXPECT_TRUE(out.utilities.allFinite()) << name(v);
    EXPECT_TRUE(out.contribution_meaning.has_value()) << name(v);
    for (const auto& [key, figure] : out.details) EXPECT_TRUE(figure.allFinite()) << name(v) << " " << key;
  }
  // A benefit column of zeros tells nothing apart and divides nothing by zero.
  values.col(0).setZero();
  for (const std::string m : {"moora", "aras", "copras"}) {
    const auto out = run_method(m, {values, {0.4, 0.3, 0.2, 0.1}, "+-+-", {}, {}, {}});
    EXPECT_TRUE(out.scores.allFinite()) << m;
  }
}

TEST(CompensatoryProperties, UtilitiesPointTheWayTheCriteriaDo) {
  for (const auto& v : k_variants) {
    const auto out = run_method(v.method, {k_values, {0.4, 0.3, 0.2, 0.1}, "+-+-", v.params, {}, {}});
    // Row 1 has the best c1 (benefit, 9) and row 4 the best c2 (cost, 160 is worst, 90 best: row 2).
    Eigen::Index best = 0;
    out.utilities.col(0).maxCoeff(&best);
    EXPECT_EQ(best, 1) << name(v);
    out.utilities.col(1).maxCoeff(&best);
    EXPECT_EQ(best, 2) << name(v);
  }
}

TEST(CompensatoryProperties, NoRowsGiveNoScores) {
  for (const auto& v : k_variants) {
    const auto out = run_method(v.method, {Eigen::MatrixXd(0, 2), {0.5, 0.5}, "+-", v.params, {}, {}});
    EXPECT_EQ(out.scores.size(), 0) << name(v);
  }
}

TEST(CompensatoryRegistry, EveryMethodIsRegisteredWithItsAlias) {
  for (const char* name : {"wpm", "waspas", "moora", "multimoora", "aras", "copras"})
    EXPECT_NE(find_method(name), nullptr) << name;
  EXPECT_EQ(find_method("weighted-product"), find_method("wpm"));
  expect_error([] { make_method("moora", {{"approach", "refrence"}}); }, ExitCode::usage);
}

}  // namespace
}  // namespace criterio::testing
