// Rank-based and objective weights (include/criterio/weighting.hpp):
// published worked examples (data and citations in
// tests/data/weights/EXAMPLES.md), the properties each method guarantees, and
// the errors for data a method cannot use.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "criterio/number.hpp"
#include "criterio/weighting.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"

namespace criterio::testing {
namespace {

using ::testing::HasSubstr;

constexpr ObjectiveWeighting k_all_objective[] = {
    ObjectiveWeighting::entropy, ObjectiveWeighting::critic, ObjectiveWeighting::std_dev, ObjectiveWeighting::variance,
    ObjectiveWeighting::merec,   ObjectiveWeighting::gini,   ObjectiveWeighting::angle};

std::string name_of(ObjectiveWeighting m) {
  const char* names[] = {"entropy", "critic", "std_dev", "variance", "merec", "gini", "angle"};
  return names[static_cast<int>(m)];
}

// The matrix of tests/data/weights/<name>.csv (header id,c1,...; one row per alternative).
Eigen::MatrixXd example(const std::string& name) { return data_matrix("weights/" + name + ".csv"); }

std::vector<Direction> directions_of(const std::string& signs) {
  std::vector<Direction> out;
  for (char c : signs) out.push_back(c == '-' ? Direction::cost : Direction::benefit);
  return out;
}

std::vector<std::string> ids_for(Eigen::Index n) {
  std::vector<std::string> ids;
  for (Eigen::Index j = 0; j < n; ++j) ids.push_back("c" + std::to_string(j + 1));
  return ids;
}

// Objective weights of `values`; `signs` gives '+' or '-' per column (empty: all benefit).
Eigen::VectorXd weigh(const Eigen::MatrixXd& values, ObjectiveWeighting method, std::string signs = "") {
  if (signs.empty()) signs.assign(static_cast<std::size_t>(values.cols()), '+');
  return objective_weights(values, directions_of(signs), ids_for(values.cols()), method);
}

Eigen::VectorXd ranked(std::vector<int> ranks, RankWeighting method) { return rank_weights(ranks, method); }

// A positive 7 × 5 matrix with unequal spreads and some correlation, the
// same on every run.
Eigen::MatrixXd property_matrix() {
  std::mt19937 generator(20261124);
  std::uniform_real_distribution<double> uniform(1.0, 10.0);
  Eigen::MatrixXd m(7, 5);
  for (Eigen::Index i = 0; i < m.rows(); ++i)
    for (Eigen::Index j = 0; j < m.cols(); ++j) m(i, j) = uniform(generator) * static_cast<double>(j + 1);
  m.col(4) = 0.5 * m.col(0) + m.col(4) / 5.0;  // overlaps with column 1
  return m;
}

// ---- Rank-based weights -------------------------------------------------------
//
// No printed ROC/RS/RR table was reachable (see EXAMPLES.md); these are the
// closed forms of the header evaluated by hand as exact fractions for n = 4
// and checked in Python with fractions.Fraction.

TEST(PointsRules, SwingNeeds100AtTheTopAndSmartPositivePoints) {
  const std::vector<double> swing = {100, 40, 0}, low_top = {90, 40}, smart = {10, 25}, zero = {0, 10};
  EXPECT_EQ(points_problem("swing", swing), PointsProblem::none);
  EXPECT_EQ(points_problem("swing", low_top), PointsProblem::swing_top_not_100);
  EXPECT_EQ(points_problem("smart", smart), PointsProblem::none);
  EXPECT_EQ(points_problem("smart", zero), PointsProblem::smart_not_positive);
  EXPECT_EQ(points_problem("swing", zero), PointsProblem::swing_top_not_100);
  EXPECT_EQ(points_problem("smart", low_top), PointsProblem::none);  // SMART has no top
}

TEST(RankWeights, RocForFourCriteria) {
  // (1/4)(1 + 1/2 + 1/3 + 1/4) = 25/48, then 13/48, 7/48, 3/48.
  expect_near(ranked({1, 2, 3, 4}, RankWeighting::roc), {25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48}, 1e-15);
}

TEST(RankWeights, RankSumForFourCriteria) {
  expect_near(ranked({1, 2, 3, 4}, RankWeighting::rank_sum), {0.4, 0.3, 0.2, 0.1}, 1e-15);
}

TEST(RankWeights, ReciprocalForFourCriteria) {
  // 1 + 1/2 + 1/3 + 1/4 = 25/12, so w_1 = 12/25.
  expect_near(ranked({1, 2, 3, 4}, RankWeighting::reciprocal), {0.48, 0.24, 0.16, 0.12}, 1e-15);
}

TEST(RankWeights, FollowTheCriterionNotThePosition) {
  expect_near(ranked({3, 1, 4, 2}, RankWeighting::roc), {7.0 / 48, 25.0 / 48, 3.0 / 48, 13.0 / 48}, 1e-15);
}

TEST(RankWeights, TiedCriteriaShareTheirPlacesEqually) {
  // Ranks 1, 2, 2, 4: the two criteria at rank 2 share places 2 and 3.
  expect_near(ranked({1, 2, 2, 4}, RankWeighting::roc), {25.0 / 48, 10.0 / 48, 10.0 / 48, 3.0 / 48}, 1e-15);
  expect_near(ranked({2, 1, 2, 4}, RankWeighting::rank_sum), {0.25, 0.4, 0.25, 0.1}, 1e-15);
  expect_near(ranked({1, 1, 1, 1}, RankWeighting::reciprocal), {0.25, 0.25, 0.25, 0.25}, 1e-15);
}

TEST(RankWeights, OneCriterionTakesEverything) {
  for (auto m : {RankWeighting::roc, RankWeighting::rank_sum, RankWeighting::reciprocal})
    expect_near(ranked({1}, m), {1.0}, 1e-15);
}

TEST(RankWeights, SumToOneAndDoNotRiseWithRank) {
  for (auto m : {RankWeighting::roc, RankWeighting::rank_sum, RankWeighting::reciprocal})
    for (int n = 1; n <= 15; ++n) {
      std::vector<int> ranks(static_cast<std::size_t>(n));
      std::iota(ranks.begin(), ranks.end(), 1);
      const Eigen::VectorXd w = rank_weights(ranks, m);
      EXPECT_NEAR(w.sum(), 1.0, 1e-12) << n;
      for (int k = 1; k < n; ++k) EXPECT_GT(w(k - 1), w(k)) << n << " " << k;
      EXPECT_GT(w(n - 1), 0.0);
    }
}

TEST(RankWeights, TiesKeepTheSumAndTheOrder) {
  const std::vector<int> ranks = {1, 2, 2, 2, 5, 6, 6};
  for (auto m : {RankWeighting::roc, RankWeighting::rank_sum, RankWeighting::reciprocal}) {
    const Eigen::VectorXd w = rank_weights(ranks, m);
    EXPECT_NEAR(w.sum(), 1.0, 1e-12);
    EXPECT_EQ(w(1), w(2));
    EXPECT_EQ(w(2), w(3));
    EXPECT_EQ(w(5), w(6));
    EXPECT_GT(w(0), w(1));
    EXPECT_GT(w(3), w(4));
    EXPECT_GT(w(4), w(5));
  }
}

TEST(RankWeights, RejectWhatIsNotACompetitionRanking) {
  for (const std::vector<int>& bad : std::vector<std::vector<int>>{{}, {0, 1}, {1, 3}, {1, 1, 2}, {2, 2}, {1, 2, 2, 3}})
    EXPECT_THROW(rank_weights(bad, RankWeighting::roc), std::invalid_argument) << bad.size();
}

// ---- Entropy --------------------------------------------------------------------

// Xu (2004), EJOR 156(2):530-532, as pyrepo-mcda's test_Entropy reproduces it
// (4 decimals). The fourth criterion barely varies (29, 29, 28.9, 29).
TEST(EntropyWeights, Xu2004) {
  expect_near(weigh(example("xu2004_entropy_angle"), ObjectiveWeighting::entropy), {0.4630, 0.3992, 0.1378, 0.0000},
              5e-5);
}

// Zavadskas & Podvezko (2016), IJITDM 15(2):267-283, via pyrepo-mcda's
// test_Entropy2 (4 decimals). Criteria 1 and 3 are costs, and the printed
// weights come from the raw matrix: entropy ignores direction.
TEST(EntropyWeights, ZavadskasPodvezko2016WithCostCriteria) {
  const auto x = example("zavadskas_podvezko2016_entropy");
  const std::vector<double> printed = {0.1146, 0.1981, 0.4185, 0.2689};
  expect_near(weigh(x, ObjectiveWeighting::entropy, "-+-+"), printed, 5e-5);
  expect_near(weigh(x, ObjectiveWeighting::entropy, "++++"), printed, 5e-5);
}

// Ersoy (2021), LogForum 17(3), via pyrepo-mcda's test_Entropy3 (3 decimals).
TEST(EntropyWeights, Ersoy2021) {
  expect_near(weigh(example("ersoy2021_entropy"), ObjectiveWeighting::entropy),
              {0.405, 0.221, 0.134, 0.199, 0.007, 0.034}, 5e-4);
}

// Lee & Chang (2018), RSER 92:883-896, via pyrepo-mcda's test_Entropy4 (3
// decimals).
TEST(EntropyWeights, LeeChang2018) {
  expect_near(weigh(example("lee_chang2018_entropy"), ObjectiveWeighting::entropy, "---+++--++"),
              {0.026, 0.154, 0.089, 0.199, 0.115, 0.040, 0.080, 0.123, 0.172, 0.002}, 5e-4);
}

// ---- CRITIC ---------------------------------------------------------------------

// Tuş & Aytaç Adalı (2019), Opsearch 56(2):528-538, via pyrepo-mcda's
// test_critic (3 decimals). The printed weights are those of every column
// normalised as a benefit (pyrepo-mcda passes no directions); the paper's
// first criterion, price, would be a cost. See EXAMPLES.md.
TEST(CriticWeights, TusAytacAdali2019) {
  expect_near(weigh(example("tus_aytac_adali2019_critic"), ObjectiveWeighting::critic, "++++++"),
              {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, 5e-4);
}

// JMcDM's documented critic() example (data as in Akçakanat, Aksoy & Teker
// 2018, which its docstring cites; the paper was not seen), one cost column.
// JMcDM prints full doubles; our independent Python recomputation agrees to
// 1e-9, which is the tolerance here.
TEST(CriticWeights, JmcdmExampleWithACostColumn) {
  expect_near(weigh(example("akcakanat2018_jmcdm_critic"), ObjectiveWeighting::critic, "++-+"),
              {0.16883905506169491, 0.41844653698732126, 0.24912338769165807, 0.16359102025932576}, 1e-9);
}

TEST(CriticWeights, DirectionOfOneColumnMattersButFlippingAllDoesNot) {
  const auto x = example("tus_aytac_adali2019_critic");
  const auto benefit = weigh(x, ObjectiveWeighting::critic, "++++++");
  expect_near(weigh(x, ObjectiveWeighting::critic, "------"), {benefit.data(), benefit.data() + 6}, 1e-12);
  EXPECT_GT(std::abs(weigh(x, ObjectiveWeighting::critic, "-+++++")(0) - benefit(0)), 0.01);
}

TEST(CriticWeights, ASingleVaryingColumnTakesAllTheWeight) {
  expect_near(weigh(matrix({{1, 5, 2}, {3, 5, 2}, {2, 5, 2}}), ObjectiveWeighting::critic), {1, 0, 0}, 1e-15);
}

TEST(CriticWeights, PerfectlyCorrelatedColumnsLeaveNothingToWeigh) {
  const auto d = expect_error([] { weigh(matrix({{1, 2}, {2, 4}, {4, 8}}), ObjectiveWeighting::critic); });
  EXPECT_THAT(d.message, HasSubstr("correlation"));
}

// ---- MEREC ----------------------------------------------------------------------

// Keshavarz-Ghorabaee et al. (2021), Symmetry 13(4):525, the illustrative
// example (5 alternatives × 4 criteria, the last two costs), as pyrepo-mcda's
// test_merec and JMcDM's testmerec.jl reproduce it (4 decimals).
TEST(MerecWeights, KeshavarzGhorabaee2021) {
  expect_near(weigh(example("keshavarz_ghorabaee2021_merec"), ObjectiveWeighting::merec, "++--"),
              {0.5752, 0.0141, 0.4016, 0.0091}, 5e-5);
}

TEST(MerecWeights, DirectionMatters) {
  const auto x = example("keshavarz_ghorabaee2021_merec");
  EXPECT_GT(std::abs(weigh(x, ObjectiveWeighting::merec, "++++")(2) - 0.4016), 0.01);
}

// ---- Standard deviation and variance ---------------------------------------------

// Aydın (2020), Equinox J. 7(2):160-176, as JMcDM's testsd.jl gives it: SD
// weights of the min-max normalised matrix, printed to 3 decimals. Five
// weights match to the printed digit; three differ by up to 0.0023 (see
// EXAMPLES.md: the ratio columns are printed with 3 decimals), so the
// tolerance is 0.0025. Raw, unnormalised SDs would give 0.77 to criterion 3.
TEST(StdDevWeights, Aydin2020Banks) {
  const auto w = weigh(example("aydin2020_banks_sd"), ObjectiveWeighting::std_dev, "+++---++");
  const std::vector<double> printed = {0.116, 0.117, 0.125, 0.137, 0.133, 0.116, 0.125, 0.131};
  expect_near(w, printed, 2.5e-3);
  for (int j : {0, 2, 4, 6, 7}) EXPECT_NEAR(w(j), printed[static_cast<std::size_t>(j)], 5e-4) << j;
}

// No printed variance-method example was found; variance weights are the
// squares of the SD method's standard deviations, renormalised.
TEST(VarianceWeights, AreTheSquaredStandardDeviationsRenormalised) {
  const auto x = example("aydin2020_banks_sd");
  const Eigen::VectorXd squared = weigh(x, ObjectiveWeighting::std_dev).array().square().matrix();
  const Eigen::VectorXd expected = squared / squared.sum();
  expect_near(weigh(x, ObjectiveWeighting::variance), {expected.data(), expected.data() + expected.size()}, 1e-12);
}

// ---- Gini and angle -------------------------------------------------------------

// Bączkiewicz, Wątróbski, Kizielewicz & Sałabun (2021), camera selection, via
// pyrepo-mcda's test_gini (4 decimals).
TEST(GiniWeights, Baczkiewicz2021Cameras) {
  expect_near(weigh(example("baczkiewicz2021_cameras_gini"), ObjectiveWeighting::gini),
              {0.0362, 0.0437, 0.0848, 0.0984, 0.0480, 0.0842, 0.1379, 0.1125, 0.0745, 0.1107, 0.1690}, 5e-5);
}

// Öztaş, Adalı, Tuş & Öztaş (2023), Table 3, via JMcDM's testgini.jl. The
// paper divides its coefficients as rounded to 4 decimals, so two printed
// weights differ from the exact ones by 1.1e-4; the tolerance is 1.5e-4 (the
// coefficients themselves match to the printed digit, EXAMPLES.md).
TEST(GiniWeights, Oztas2023GreenUniversities) {
  expect_near(weigh(example("oztas2023_green_universities_gini"), ObjectiveWeighting::gini),
              {0.2636, 0.1703, 0.1118, 0.1760, 0.1613, 0.1169}, 1.5e-4);
}

// Shuai, Zongzhun, Yongji & Lei (2012), CCDC, on Xu's (2004) matrix, via
// pyrepo-mcda's test_angle (4 decimals).
TEST(AngleWeights, Shuai2012) {
  expect_near(weigh(example("xu2004_entropy_angle"), ObjectiveWeighting::angle), {0.4150, 0.3612, 0.2227, 0.0012},
              5e-5);
}

// ---- Properties of every objective method -----------------------------------------

TEST(ObjectiveWeights, SumToOneAndAreNonNegative) {
  const auto x = property_matrix();
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, "+-+-+");
    EXPECT_NEAR(w.sum(), 1.0, 1e-12) << name_of(m);
    EXPECT_GE(w.minCoeff(), 0.0) << name_of(m);
    EXPECT_TRUE(w.allFinite()) << name_of(m);
  }
}

TEST(ObjectiveWeights, IgnoreTheOrderOfTheProviders) {
  const auto x = property_matrix();
  Eigen::PermutationMatrix<Eigen::Dynamic> rows(x.rows());
  rows.indices() << 3, 6, 0, 5, 1, 4, 2;
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, "+-+-+");
    const auto shuffled = weigh(rows * x, m, "+-+-+");
    expect_near(shuffled, {w.data(), w.data() + w.size()}, 1e-12, name_of(m));
  }
}

TEST(ObjectiveWeights, FollowTheCriteriaWhenTheyAreReordered) {
  const auto x = property_matrix();
  const std::vector<int> order = {2, 4, 0, 3, 1};
  const std::string signs = "+-+-+";
  Eigen::MatrixXd reordered(x.rows(), x.cols());
  std::string reordered_signs;
  for (std::size_t k = 0; k < order.size(); ++k) {
    reordered.col(static_cast<Eigen::Index>(k)) = x.col(order[k]);
    reordered_signs += signs[static_cast<std::size_t>(order[k])];
  }
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, signs);
    const auto v = weigh(reordered, m, reordered_signs);
    for (std::size_t k = 0; k < order.size(); ++k)
      EXPECT_NEAR(v(static_cast<Eigen::Index>(k)), w(order[k]), 1e-12) << name_of(m) << " " << k;
  }
}

TEST(ObjectiveWeights, IgnoreTheUnitOfAColumn) {
  const auto x = property_matrix();
  Eigen::MatrixXd scaled = x;
  scaled.col(1) *= 1000.0;  // a cost, e.g. seconds to milliseconds
  scaled.col(2) *= 0.01;    // a benefit
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, "+-+-+");
    expect_near(weigh(scaled, m, "+-+-+"), {w.data(), w.data() + w.size()}, 1e-12, name_of(m));
  }
}

// A shift (°C to K) is harmless only where values are min-max normalised;
// entropy, MEREC, Gini and angle work on ratios to the column and change.
TEST(ObjectiveWeights, OnlyNormalisingMethodsIgnoreAShift) {
  const auto x = property_matrix();
  Eigen::MatrixXd shifted = x;
  shifted.col(1).array() += 273.15;
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m);
    const auto v = weigh(shifted, m);
    const bool normalises =
        m == ObjectiveWeighting::critic || m == ObjectiveWeighting::std_dev || m == ObjectiveWeighting::variance;
    if (normalises)
      expect_near(v, {w.data(), w.data() + w.size()}, 1e-12, name_of(m));
    else
      EXPECT_GT((v - w).cwiseAbs().maxCoeff(), 1e-3) << name_of(m);
  }
}

TEST(ObjectiveWeights, DirectionMattersOnlyToCriticAndMerec) {
  const auto x = property_matrix();
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, "+++++");
    const auto v = weigh(x, m, "+-+--");
    if (m == ObjectiveWeighting::critic || m == ObjectiveWeighting::merec)
      EXPECT_GT((v - w).cwiseAbs().maxCoeff(), 1e-3) << name_of(m);
    else
      expect_near(v, {w.data(), w.data() + w.size()}, 0.0, name_of(m));
  }
}

TEST(ObjectiveWeights, AConstantColumnGetsNothing) {
  const auto x = property_matrix();
  Eigen::MatrixXd with_constant(x.rows(), x.cols() + 1);
  with_constant << x, Eigen::VectorXd::Constant(x.rows(), 4.0);
  for (auto m : k_all_objective) {
    const auto w = weigh(x, m, "+-+-+");
    const auto v = weigh(with_constant, m, "+-+-+-");
    EXPECT_EQ(v(5), 0.0) << name_of(m);
    // The others keep their weights, except under MEREC, whose 1/n counts
    // the constant criterion too.
    if (m == ObjectiveWeighting::merec)
      EXPECT_GT((v.head(5) - w).cwiseAbs().maxCoeff(), 1e-4);
    else
      expect_near(v.head(5), {w.data(), w.data() + w.size()}, 1e-12, name_of(m));
  }
}

// ---- Data the methods cannot use ----------------------------------------------------

TEST(ObjectiveWeightsErrors, EntropyNamesTheCriterionWithANegativeValue) {
  const std::vector<std::string> ids = {"price", "uptime"};
  const std::vector<Direction> dirs = {Direction::cost, Direction::benefit};
  const auto d = expect_error(
      [&] { objective_weights(matrix({{3, 99.9}, {-1, 99.5}, {2, 98.0}}), dirs, ids, ObjectiveWeighting::entropy); });
  EXPECT_THAT(d.message, HasSubstr("'price'"));
  EXPECT_THAT(d.message, HasSubstr("-1"));
  EXPECT_THAT(d.message, HasSubstr("row 2"));
}

TEST(ObjectiveWeightsErrors, MerecNamesTheCriterionWithAZero) {
  const std::vector<std::string> ids = {"price", "incidents"};
  const std::vector<Direction> dirs = {Direction::cost, Direction::cost};
  const auto d = expect_error(
      [&] { objective_weights(matrix({{3, 1}, {4, 0}, {2, 2}}), dirs, ids, ObjectiveWeighting::merec); });
  EXPECT_THAT(d.message, HasSubstr("'incidents'"));
  EXPECT_THAT(d.message, HasSubstr("above 0"));
}

TEST(ObjectiveWeightsErrors, OneProviderCannotWeightTheCriteria) {
  for (auto m : k_all_objective) {
    const auto d = expect_error([&] { weigh(matrix({{1, 2, 3}}), m); });
    EXPECT_THAT(d.message, HasSubstr("only one provider")) << name_of(m);
    EXPECT_THAT(d.message, HasSubstr("give the weights")) << name_of(m);
  }
}

TEST(ObjectiveWeightsErrors, ProvidersThatDoNotDifferCannotWeightTheCriteria) {
  for (auto m : k_all_objective) {
    const auto d = expect_error([&] { weigh(matrix({{1, 2}, {1, 2}, {1, 2}}), m); });
    EXPECT_THAT(d.message, HasSubstr("same value for every provider")) << name_of(m);
  }
}

TEST(ObjectiveWeightsErrors, ANonFiniteValueIsNamed) {
  const auto d = expect_error([] { weigh(matrix({{1, 2}, {NAN, 3}, {2, 1}}), ObjectiveWeighting::critic); });
  EXPECT_THAT(d.message, HasSubstr("'c1'"));
}

TEST(ObjectiveWeightsErrors, MismatchedSizesAreTheCallersBug) {
  const std::vector<std::string> ids = {"a"};
  const std::vector<Direction> dirs = {Direction::benefit, Direction::benefit};
  EXPECT_THROW(objective_weights(matrix({{1, 2}, {2, 1}}), dirs, ids, ObjectiveWeighting::entropy),
               std::invalid_argument);
}

}  // namespace
}  // namespace criterio::testing
