// The AHP engine (src/weights/ahp.cpp) on published worked examples
// (tests/data/ahp/EXAMPLES.md) and the properties it guarantees.

#include <gtest/gtest.h>

#include <Eigen/Core>
#include <Eigen/Eigenvalues>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

#include "criterio/ahp.hpp"
#include "unit/method_support.hpp"

namespace criterio::testing {
namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr auto eigenvector = AhpPriorityMethod::eigenvector;
constexpr auto geometric_mean = AhpPriorityMethod::geometric_mean;

// a_ij = w_i / w_j.
MatrixXd consistent_matrix(const VectorXd& w) { return w * w.cwiseInverse().transpose(); }

// Removes judgment (i, j) and its reciprocal.
MatrixXd without(MatrixXd a, Eigen::Index i, Eigen::Index j) {
  a(i, j) = a(j, i) = nan;
  return a;
}

void expect_all_finite(const AhpAnalysis& r) {
  EXPECT_TRUE(r.priorities.allFinite());
  EXPECT_TRUE(r.completed.allFinite());
  EXPECT_TRUE(std::isfinite(r.lambda_max) && std::isfinite(r.ci) && std::isfinite(r.cr));
  EXPECT_NEAR(r.priorities.sum(), 1, 1e-12);
  EXPECT_GT(r.priorities.minCoeff(), 0);
  for (const AhpAdvice& a : r.advice)
    EXPECT_TRUE(std::isfinite(a.implied) && std::isfinite(a.suggested) && std::isfinite(a.cr_after));
}

// Saaty (2008), "Decision making with the analytic hierarchy process", Int.
// J. Services Sciences 1(1), 83–98: relative consumption of drinks in the
// US, in the order coffee, wine, tea, beer, soda, milk, water; as
// transcribed by ahpy (tests/test_ahp.py, test_drinks_*).
MatrixXd saaty_2008_drinks() {
  return matrix({{1, 9, 5, 2, 1, 1, 1. / 2},
                 {1. / 9, 1, 1. / 3, 1. / 9, 1. / 9, 1. / 9, 1. / 9},
                 {1. / 5, 3, 1, 1. / 3, 1. / 4, 1. / 3, 1. / 9},
                 {1. / 2, 9, 3, 1, 1. / 2, 1, 1. / 3},
                 {1, 9, 4, 2, 1, 2, 1. / 2},
                 {1, 9, 3, 1, 1. / 2, 1, 1. / 3},
                 {2, 9, 9, 3, 2, 3, 1}});
}

// Saaty's house-buying criteria (size, transportation, neighbourhood, age,
// yard, modern facilities, condition, financing): Saaty (1990), "How to make
// a decision: the analytic hierarchy process", EJOR 48, 9–26, Table 2;
// Saaty (2003), "Decision-making with the AHP: why is the principal
// eigenvector necessary", EJOR 145, 85–91, Table 1.
MatrixXd saaty_house() {
  return matrix({{1, 5, 3, 7, 6, 6, 1. / 3, 1. / 4},
                 {1. / 5, 1, 1. / 3, 5, 3, 3, 1. / 5, 1. / 7},
                 {1. / 3, 3, 1, 6, 3, 4, 6, 1. / 5},
                 {1. / 7, 1. / 5, 1. / 6, 1, 1. / 3, 1. / 4, 1. / 7, 1. / 8},
                 {1. / 6, 1. / 3, 1. / 3, 3, 1, 1. / 2, 1. / 5, 1. / 6},
                 {1. / 6, 1. / 3, 1. / 4, 4, 2, 1, 1. / 5, 1. / 6},
                 {3, 5, 1. / 6, 7, 5, 5, 1, 1. / 2},
                 {4, 7, 5, 8, 6, 6, 2, 1}});
}

// Bozóki, Fülöp & Rónyai (2010), "On optimal completion of incomplete
// pairwise comparison matrices", Math. Comput. Modelling 52, 318–333: the
// 4×4 example with a(c, d) missing, as transcribed by ahpy (tests/test_ahp.py,
// test_incomplete_example_*).
MatrixXd bfr_2010_four() {
  return matrix({{1, 1, 5, 2}, {1, 1, 3, 4}, {1. / 5, 1. / 3, 1, nan}, {1. / 2, 1. / 4, nan, 1}});
}

// ---- Published examples -------------------------------------------------------

// Saaty (2008), drinks: priorities .177 .019 .042 .116 .190 .129 .327 and
// CR .022 (printed to 3 decimals).
TEST(Ahp, Saaty2008DrinksByTheEigenvector) {
  const AhpAnalysis r = analyse_ahp(saaty_2008_drinks(), eigenvector);
  expect_near(r.priorities, {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327}, 5e-4, "priorities");
  EXPECT_NEAR(r.cr, 0.022, 5e-4);
  EXPECT_TRUE(r.acceptable);
  EXPECT_TRUE(r.advice.empty());
  EXPECT_EQ(r.missing, 0u);
}

// Saaty (1990) Table 2 / Saaty (2003) Table 1, the house: λmax = 9.669,
// CI = 0.238, CR = 0.169 (2003: 0.17) and priorities .173 .054 .188 .018
// .031 .036 .167 .333. Inconsistent: CR > 0.1.
TEST(Ahp, SaatyHouseIsInconsistent) {
  const AhpAnalysis r = analyse_ahp(saaty_house(), eigenvector);
  expect_near(r.priorities, {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333}, 5e-4, "priorities");
  EXPECT_NEAR(r.lambda_max, 9.669, 5e-4);
  EXPECT_NEAR(r.ci, 0.238, 5e-4);
  EXPECT_NEAR(r.random_index, 1.41, 1e-12);
  EXPECT_NEAR(r.cr, 0.169, 5e-4);
  EXPECT_FALSE(r.acceptable);
}

// Saaty (2003), Table 3: of all judgments of the house matrix, neighbourhood
// vs condition (a_37 = 6, 0-based (2, 6)) departs most from the priorities;
// the advice names it first, whichever method derives the priorities (λmax,
// and so CR, of a complete matrix does not depend on the method).
TEST(Ahp, SaatyHouseAdviceNamesNeighbourhoodVersusCondition) {
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(saaty_house(), method);
    ASSERT_FALSE(r.advice.empty());
    const AhpAdvice& first = r.advice.front();
    EXPECT_EQ(first.row, 2u);
    EXPECT_EQ(first.column, 6u);
    EXPECT_EQ(first.given, 6);
    EXPECT_LT(first.implied, 1);  // the other judgments say condition matters more
    EXPECT_LE(first.cr_after, k_ahp_acceptable_cr);
    // Deterministic: a second run gives the same advice, bit for bit.
    const AhpAnalysis again = analyse_ahp(saaty_house(), method);
    ASSERT_EQ(again.advice.size(), r.advice.size());
    for (std::size_t k = 0; k < r.advice.size(); ++k) {
      EXPECT_EQ(again.advice[k].row, r.advice[k].row);
      EXPECT_EQ(again.advice[k].column, r.advice[k].column);
      EXPECT_EQ(again.advice[k].implied, r.advice[k].implied);
      EXPECT_EQ(again.advice[k].cr_after, r.advice[k].cr_after);
    }
  }
}

// Bozóki, Fülöp & Rónyai (2010), 4×4 example: the λmax-optimal value of the
// missing a(c, d) is 0.730297 (ahpy prints 0.730297106886979 from a bounded
// scalar minimiser with tolerance 1e-5, hence the tolerance), and the
// completed matrix has priorities 0.3738, 0.392, 0.0985, 0.1357 and, with
// Donegan & Dodd's RI(4) = 0.8286, CR 0.0372.
TEST(Ahp, BozokiFulopRonyai2010OptimalCompletionOfOneEntry) {
  const double x = ahp_implied_judgment(bfr_2010_four(), 2, 3, eigenvector);
  EXPECT_NEAR(x, 0.730297, 1e-5);
  MatrixXd completed = bfr_2010_four();
  completed(2, 3) = x;
  completed(3, 2) = 1 / x;
  const AhpAnalysis r = analyse_ahp(completed, eigenvector);
  expect_near(r.priorities, {0.3738, 0.392, 0.0985, 0.1357}, 5e-5, "priorities");
  EXPECT_NEAR(r.ci / 0.8286, 0.0372, 5e-5);
}

// The same 4×4 matrix by Harker's method: his completion is not the
// λmax-optimal one (docs/weights/ahp.md), so its λmax is larger, but his
// vector is the Perron vector of his completion and λmax its eigenvalue.
TEST(Ahp, HarkerCompletionIsSelfConsistentButNotLambdaOptimal) {
  const AhpAnalysis harker = analyse_ahp(bfr_2010_four(), eigenvector);
  EXPECT_EQ(harker.missing, 1u);
  const VectorXd residual = harker.completed * harker.priorities - harker.lambda_max * harker.priorities;
  EXPECT_LT(residual.cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_NEAR(harker.completed(2, 3) * harker.completed(3, 2), 1, 1e-15);
  MatrixXd optimal = bfr_2010_four();
  optimal(2, 3) = ahp_implied_judgment(bfr_2010_four(), 2, 3, eigenvector);
  optimal(3, 2) = 1 / optimal(2, 3);
  EXPECT_GT(harker.lambda_max, analyse_ahp(optimal, eigenvector).lambda_max);
  EXPECT_GT(std::abs(harker.completed(2, 3) - optimal(2, 3)), 1e-3);
}

// Bozóki, Fülöp & Rónyai (2010): Saaty's house with 12 judgments removed and
// its λmax-optimal completion, as ahpy prints it (test_incomplete_housing_
// missing_comparisons; cyclic coordinates stopped at a change below 1e-4).
// At the optimum of a convex function each coordinate is optimal given the
// others, so each printed value is what the rest implies (to 5e-5 relative,
// the accuracy of ahpy's stopping rule; the largest gap found is 1.2e-5).
TEST(Ahp, BozokiFulopRonyai2010HouseOptimalCompletionIsImpliedEntryByEntry) {
  enum { a, b, c, d, e, f, g, h };
  struct Entry {
    int i, j;
    double x;
  };
  const std::vector<Entry> completion = {
      {b, c, 0.3300187496240363}, {b, e, 1.7197409185349517}, {b, g, 0.4663515002203321},
      {c, d, 9.920512661898753},  {c, f, 4.852486449214693},  {c, h, 0.5696073301509899},
      {d, e, 0.5252768142894285}, {d, g, 0.1424438146531802}, {e, f, 0.9311973564754218},
      {e, h, 0.10930828182051665}, {f, g, 0.2912120796181874}, {g, h, 0.4030898885178746}};
  MatrixXd full = saaty_house();
  for (const Entry& m : completion) {
    full(m.i, m.j) = m.x;
    full(m.j, m.i) = 1 / m.x;
  }
  for (const Entry& m : completion)
    EXPECT_NEAR(ahp_implied_judgment(full, static_cast<std::size_t>(m.i), static_cast<std::size_t>(m.j), eigenvector) /
                    m.x,
                1, 5e-5)
        << m.i << "," << m.j;
}

// ---- Properties ------------------------------------------------------------------

TEST(Ahp, ConsistentMatrixGivesBackItsWeights) {
  for (const int n : {3, 5, 15}) {
    VectorXd w(n);
    for (int i = 0; i < n; ++i) w(i) = 1.0 + 0.37 * i * i;
    w /= w.sum();
    for (const auto method : {eigenvector, geometric_mean}) {
      const AhpAnalysis r = analyse_ahp(consistent_matrix(w), method);
      EXPECT_LT((r.priorities - w).cwiseAbs().maxCoeff(), 1e-12) << n;
      EXPECT_NEAR(r.lambda_max, n, 1e-12 * n);
      EXPECT_NEAR(r.cr, 0, 1e-12);
      EXPECT_TRUE(r.advice.empty());
    }
  }
}

TEST(Ahp, PermutingCriteriaPermutesPriorities) {
  const MatrixXd a = saaty_house();
  Eigen::VectorXi order(8);
  order << 7, 2, 5, 0, 6, 1, 4, 3;
  const Eigen::PermutationMatrix<Eigen::Dynamic> p(order);
  const MatrixXd permuted = p * a * p.transpose();
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method), q = analyse_ahp(permuted, method);
    EXPECT_LT((p * r.priorities - q.priorities).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_NEAR(r.lambda_max, q.lambda_max, 1e-12);
  }
}

TEST(Ahp, IncompleteConsistentMatrixGivesBackItsWeights) {
  VectorXd w(6);
  w << 0.3, 0.05, 0.2, 0.15, 0.25, 0.05;
  MatrixXd a = consistent_matrix(w);
  // A path 0-1-2-3-4-5 plus (0, 5) and (1, 4): connected, 8 of 15 missing.
  for (const auto& [i, j] : std::vector<std::pair<int, int>>{{0, 2}, {0, 3}, {0, 4}, {1, 3}, {1, 5}, {2, 4}, {2, 5},
                                                             {3, 5}})
    a = without(a, i, j);
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method);
    EXPECT_EQ(r.missing, 8u);
    EXPECT_LT((r.priorities - w).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_LT((r.completed - consistent_matrix(w)).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_NEAR(r.lambda_max, 6, 1e-12);
    EXPECT_NEAR(r.cr, 0, 1e-12);
  }
}

// The incomplete logarithmic least squares optimum: for every criterion i,
// Σ over its judgments j of (log a_ij − log w_i + log w_j) = 0.
TEST(Ahp, GeometricMeanOfAnIncompleteMatrixIsTheLogLeastSquaresOptimum) {
  const MatrixXd a = without(without(without(saaty_house(), 0, 1), 2, 6), 3, 7);
  const AhpAnalysis r = analyse_ahp(a, geometric_mean);
  for (Eigen::Index i = 0; i < a.rows(); ++i) {
    double gradient = 0;
    for (Eigen::Index j = 0; j < a.cols(); ++j)
      if (j != i && !std::isnan(a(i, j)))
        gradient += std::log(a(i, j)) - std::log(r.priorities(i)) + std::log(r.priorities(j));
    EXPECT_NEAR(gradient, 0, 1e-12) << i;
  }
  // λmax is that of the completed matrix, which holds w_i / w_j where missing.
  EXPECT_NEAR(r.completed(0, 1), r.priorities(0) / r.priorities(1), 1e-15);
  const Eigen::EigenSolver<MatrixXd> solver(r.completed);
  EXPECT_NEAR(solver.eigenvalues().real().maxCoeff(), r.lambda_max, 1e-10);
}

TEST(Ahp, GeometricMeanOfACompleteMatrixIsTheRowGeometricMean) {
  const MatrixXd a = saaty_2008_drinks();
  VectorXd g = a.array().log().rowwise().mean().exp().matrix();
  g /= g.sum();
  const AhpAnalysis r = analyse_ahp(a, geometric_mean);
  EXPECT_LT((r.priorities - g).cwiseAbs().maxCoeff(), 1e-14);
  EXPECT_NEAR(r.lambda_max, analyse_ahp(a, eigenvector).lambda_max, 1e-12);
}

// A consistent matrix but for one judgment: the advice names that judgment,
// the way round the user gave it, implies its consistent value, and putting
// that value back (here on Saaty's scale) makes the matrix consistent.
TEST(Ahp, OneWrongJudgmentIsNamedFirstWithItsConsistentValue) {
  VectorXd w(5);
  w << 8, 4, 2, 1, 1;
  w /= w.sum();
  MatrixXd a = consistent_matrix(w);
  a(0, 3) = 1. / 8;  // should be 8
  a(3, 0) = 8;
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method);
    ASSERT_FALSE(r.acceptable);
    ASSERT_FALSE(r.advice.empty());
    const AhpAdvice& first = r.advice.front();
    EXPECT_EQ(first.row, 3u);
    EXPECT_EQ(first.column, 0u);
    EXPECT_EQ(first.given, 8);
    EXPECT_NEAR(first.implied, 1. / 8, 1e-9);
    EXPECT_EQ(first.suggested, 1. / 8);
    EXPECT_NEAR(first.cr_after, 0, 1e-12);
    EXPECT_LE(r.advice.size(), 3u);
    for (std::size_t k = 1; k < r.advice.size(); ++k) EXPECT_LE(r.advice[k - 1].cr_after, r.advice[k].cr_after);
    for (const AhpAdvice& item : r.advice) {
      EXPECT_GE(item.given, 1);
      EXPECT_LT(item.cr_after, r.cr);
    }
  }
}

// An incomplete matrix, consistent but for one judgment: the same, with the
// implied value taken over the completion.
TEST(Ahp, OneWrongJudgmentInAnIncompleteMatrix) {
  VectorXd w(5);
  w << 8, 4, 2, 1, 1;
  MatrixXd a = without(without(consistent_matrix(w), 1, 4), 2, 4);
  a(0, 3) = 1. / 8;
  a(3, 0) = 8;
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method);
    ASSERT_FALSE(r.advice.empty());
    EXPECT_EQ(r.advice.front().row, 3u);
    EXPECT_EQ(r.advice.front().column, 0u);
    EXPECT_NEAR(r.advice.front().implied, 1. / 8, 1e-9);
    EXPECT_NEAR(r.advice.front().cr_after, 0, 1e-12);
  }
}

TEST(Ahp, AdviceRoundsToSaatysScaleOnALogScale) {
  // w_0 / w_3 = 2.9 is nearer 3 than 2 on a log scale; 1/2.9 is nearer 1/3.
  VectorXd w(4);
  w << 2.9, 1, 1, 1;
  MatrixXd a = consistent_matrix(w);
  a(0, 3) = 1. / 9;
  a(3, 0) = 9;
  const AhpAnalysis r = analyse_ahp(a, eigenvector);
  ASSERT_FALSE(r.advice.empty());
  EXPECT_EQ(r.advice.front().row, 3u);
  EXPECT_NEAR(r.advice.front().implied, 1 / 2.9, 1e-9);
  EXPECT_EQ(r.advice.front().suggested, 1. / 3);
}

// A judgment of 1 is reported with row < column.
TEST(Ahp, AdviceOnAJudgmentOfOneKeepsRowBeforeColumn) {
  VectorXd w(4);
  w << 6, 3, 2, 1;
  MatrixXd a = consistent_matrix(w);
  a(1, 2) = a(2, 1) = 1;  // should be 3/2; a small error, and not the one to flag
  a(0, 3) = 1;            // should be 6
  a(3, 0) = 1;
  const AhpAnalysis r = analyse_ahp(a, eigenvector);
  ASSERT_FALSE(r.advice.empty());
  EXPECT_EQ(r.advice.front().row, 0u);
  EXPECT_EQ(r.advice.front().column, 3u);
  EXPECT_EQ(r.advice.front().given, 1);
  EXPECT_GT(r.advice.front().implied, 1);
}

// ---- Edge cases ----------------------------------------------------------------

TEST(Ahp, OneCriterion) {
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(matrix({{1}}), method);
    EXPECT_EQ(r.priorities(0), 1);
    EXPECT_NEAR(r.lambda_max, 1, 1e-15);
    EXPECT_EQ(r.ci, 0);
    EXPECT_EQ(r.cr, 0);
    EXPECT_TRUE(r.acceptable);
  }
}

TEST(Ahp, TwoCriteriaAreAlwaysConsistent) {
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(matrix({{1, 7}, {1. / 7, 1}}), method);
    expect_near(r.priorities, {7. / 8, 1. / 8}, 1e-15);
    EXPECT_NEAR(r.lambda_max, 2, 1e-14);
    EXPECT_EQ(r.cr, 0);
  }
}

TEST(Ahp, FifteenInconsistentCriteriaStayFinite) {
  MatrixXd a = MatrixXd::Ones(15, 15);
  for (int i = 0; i < 15; ++i)
    for (int j = i + 1; j < 15; ++j) {
      a(i, j) = 1 + (i * 7 + j * 3) % 9;
      if ((i + j) % 3 == 0) a(i, j) = 1 / a(i, j);
      a(j, i) = 1 / a(i, j);
    }
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method);
    expect_all_finite(r);
    EXPECT_FALSE(r.acceptable);
    EXPECT_LE(r.advice.size(), 3u);
    const AhpAnalysis incomplete = analyse_ahp(without(without(a, 0, 14), 3, 9), method);
    expect_all_finite(incomplete);
  }
}

TEST(Ahp, ExtremeJudgmentsStayFinite) {
  const double k = k_ahp_max_judgment;
  // A chain of extreme judgments contradicted by the closing one.
  MatrixXd a = MatrixXd::Ones(4, 4);
  a(0, 1) = a(1, 2) = a(2, 3) = k;
  a(0, 2) = a(1, 3) = 1 / k;
  a(0, 3) = 1 / k;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < i; ++j) a(i, j) = 1 / a(j, i);
  for (const auto method : {eigenvector, geometric_mean}) {
    const AhpAnalysis r = analyse_ahp(a, method);
    expect_all_finite(r);
    expect_all_finite(analyse_ahp(without(a, 0, 3), method));
  }
  VectorXd w(3);
  w << 1, 1 / std::sqrt(k), 1 / k;
  const AhpAnalysis consistent = analyse_ahp(consistent_matrix(w), eigenvector);
  EXPECT_LT((consistent.priorities - w / w.sum()).cwiseAbs().maxCoeff(), 1e-12);
}

// ---- Preconditions ----------------------------------------------------------------

TEST(Ahp, PreconditionsAreEnforced) {
  const auto rejects = [](const MatrixXd& a) {
    EXPECT_THROW(analyse_ahp(a, eigenvector), std::invalid_argument);
    EXPECT_THROW(analyse_ahp(a, geometric_mean), std::invalid_argument);
  };
  rejects(MatrixXd(0, 0));
  rejects(MatrixXd::Ones(2, 3));
  rejects(MatrixXd::Ones(16, 16));
  rejects(matrix({{1, -2}, {-0.5, 1}}));
  rejects(matrix({{1, 0}, {0, 1}}));
  rejects(matrix({{1, 3}, {0.5, 1}}));
  rejects(matrix({{2, 3}, {1. / 3, 1}}));
  rejects(matrix({{1, nan}, {1, 1}}));
  rejects(matrix({{1, 2 * k_ahp_max_judgment}, {0.5 / k_ahp_max_judgment, 1}}));
  rejects(matrix({{1, std::numeric_limits<double>::infinity()}, {0, 1}}));
  rejects(matrix({{1, 2, nan, nan}, {0.5, 1, nan, nan}, {nan, nan, 1, 3}, {nan, nan, 1. / 3, 1}}));
  EXPECT_NO_THROW(analyse_ahp(matrix({{1, 3 * (1 + 1e-10)}, {1. / 3, 1}}), eigenvector));
  EXPECT_THROW(ahp_random_index(0), std::invalid_argument);
  EXPECT_THROW(ahp_random_index(16), std::invalid_argument);
  EXPECT_THROW(ahp_implied_judgment(saaty_house(), 2, 2, eigenvector), std::invalid_argument);
  EXPECT_THROW(ahp_implied_judgment(matrix({{1, 2}, {0.5, 1}}), 0, 1, eigenvector), std::invalid_argument);
}

TEST(Ahp, Connectivity) {
  EXPECT_TRUE(ahp_connected(matrix({{1}})));
  EXPECT_TRUE(ahp_connected(bfr_2010_four()));
  EXPECT_FALSE(ahp_connected(matrix({{1, 2, nan}, {0.5, 1, nan}, {nan, nan, 1}})));
  EXPECT_TRUE(ahp_connected(matrix({{1, nan, 2}, {nan, 1, 3}, {0.5, 1. / 3, 1}})));
}

// Saaty's (1980) RI(n), n = 1..15, as reproduced (docs/weights/ahp.md says
// which sources were seen); the house's printed CR needs RI(8) = 1.41.
TEST(Ahp, RandomIndexTable) {
  const std::vector<double> saaty = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
  for (std::size_t n = 1; n <= k_ahp_max_size; ++n) EXPECT_EQ(ahp_random_index(n), saaty[n - 1]) << n;
}

// ---- Panels --------------------------------------------------------------------

TEST(AhpPanel, IdenticalJudgmentsAggregateToThemselves) {
  const std::vector<MatrixXd> panel(3, saaty_house());
  const MatrixXd aij = aggregate_judgments(panel);
  EXPECT_LT((aij - saaty_house()).cwiseAbs().maxCoeff(), 1e-14);
}

// Two evaluators, by hand: a12 = 2 and 8 give 4; a13 is judged by the first
// only (3); a23 by nobody (NaN).
TEST(AhpPanel, JudgmentsAggregateByGeometricMeanOverThoseWhoJudged) {
  const std::vector<MatrixXd> panel = {matrix({{1, 2, 3}, {0.5, 1, nan}, {1. / 3, nan, 1}}),
                                       matrix({{1, 8, nan}, {1. / 8, 1, nan}, {nan, nan, 1}})};
  const MatrixXd aij = aggregate_judgments(panel);
  EXPECT_NEAR(aij(0, 1), 4, 1e-14);
  EXPECT_NEAR(aij(0, 2), 3, 1e-14);
  EXPECT_TRUE(std::isnan(aij(1, 2)) && std::isnan(aij(2, 1)));
  for (Eigen::Index i = 0; i < 3; ++i) {
    EXPECT_EQ(aij(i, i), 1);
    for (Eigen::Index j = i + 1; j < 3; ++j) {
      if (!std::isnan(aij(i, j))) {
        EXPECT_EQ(aij(j, i), 1 / aij(i, j));
      }
    }
  }
}

// (0.5, 0.5) and (0.8, 0.2): geometric means √0.4 and √0.1, in ratio 2 : 1.
TEST(AhpPanel, PrioritiesAggregateByNormalisedGeometricMean) {
  VectorXd p(2), q(2);
  p << 0.5, 0.5;
  q << 0.8, 0.2;
  const std::vector<VectorXd> panel = {p, q};
  expect_near(aggregate_priorities(panel), {2. / 3, 1. / 3}, 1e-15);
}

// Aczél & Saaty (1983): for consistent evaluators AIJ and AIP agree.
TEST(AhpPanel, ConsistentEvaluatorsAgreeUnderBothAggregations) {
  VectorXd w1(4), w2(4), w3(4);
  w1 << 0.4, 0.3, 0.2, 0.1;
  w2 << 0.1, 0.2, 0.3, 0.4;
  w3 << 0.25, 0.25, 0.4, 0.1;
  const std::vector<MatrixXd> matrices = {consistent_matrix(w1), consistent_matrix(w2), consistent_matrix(w3)};
  const std::vector<VectorXd> priorities = {w1, w2, w3};
  const AhpAnalysis r = analyse_ahp(aggregate_judgments(matrices), eigenvector);
  EXPECT_LT((r.priorities - aggregate_priorities(priorities)).cwiseAbs().maxCoeff(), 1e-12);
}

TEST(AhpPanel, PreconditionsAreEnforced) {
  EXPECT_THROW(aggregate_judgments(std::vector<MatrixXd>{}), std::invalid_argument);
  EXPECT_THROW(aggregate_judgments(std::vector<MatrixXd>{MatrixXd::Ones(2, 2), MatrixXd::Ones(3, 3)}),
               std::invalid_argument);
  EXPECT_THROW(aggregate_judgments(std::vector<MatrixXd>{matrix({{1, 2}, {2, 1}})}), std::invalid_argument);
  EXPECT_THROW(aggregate_priorities(std::vector<VectorXd>{}), std::invalid_argument);
  EXPECT_THROW(aggregate_priorities(std::vector<VectorXd>{VectorXd::Ones(2), VectorXd::Ones(3)}),
               std::invalid_argument);
  EXPECT_THROW(aggregate_priorities(std::vector<VectorXd>{VectorXd::Zero(2)}), std::invalid_argument);
}

}  // namespace
}  // namespace criterio::testing
