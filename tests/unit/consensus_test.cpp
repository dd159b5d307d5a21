// Rank correlation coefficients against published values, Borda and
// Copeland consensus (with ties), and compare_methods / plan_method_runs on
// small problems. Published figures are compared to their printed precision
// (half a unit of the last printed digit).

#include "criterio/consensus.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "criterio/method.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::expect_error;
using testing::listing;
using testing::TempDir;

using Ranks = std::vector<double>;

// ---- Coefficients: published examples ------------------------------------

// Sałabun & Urbaniak (2020), "A new coefficient of rankings similarity in
// decision-making problems", ICCS 2020, LNCS 12138, pp. 632-645: reference
// ranking (1,2,3,4,5) against (1,3,2,4,5). The values are those the
// pyrepo-mcda test suite checks for this example, citing the paper
// (energyinpython/pyrepo-mcda, tests/test_correlations.py): rs = 0.9
// (asserted exactly), rw = 0.8833 and WS = 0.8542 (rounded to 4 decimals).
// The rs and rw values are checked the same way by energyinpython/crispyn,
// tests/test_correlations.py.
const Ranks k_reference = {1, 2, 3, 4, 5};
const Ranks k_second_and_third_swapped = {1, 3, 2, 4, 5};

TEST(RankCorrelation, SpearmanSalabunUrbaniak2020) {
  EXPECT_NEAR(spearman(k_reference, k_second_and_third_swapped), 0.9, 1e-12);
}

TEST(RankCorrelation, WeightedSpearmanSalabunUrbaniak2020) {
  EXPECT_NEAR(weighted_spearman(k_reference, k_second_and_third_swapped), 0.8833, 0.00005);
}

TEST(RankCorrelation, WsSalabunUrbaniak2020) {
  EXPECT_NEAR(ws_similarity(k_reference, k_second_and_third_swapped), 0.8542, 0.00005);
}

// Swapping the first two positions: rs = 0.9 (rounded to 2 decimals), as the
// pyfdm test suite checks citing Sałabun & Urbaniak (2020)
// (jwieckowski/pyfdm, tests/test_correlations.py, test_spearman_coef).
TEST(RankCorrelation, SpearmanFirstTwoSwapped) {
  EXPECT_NEAR(spearman(k_reference, Ranks{2, 1, 3, 4, 5}), 0.90, 0.005);
}

// Paradowski, Bączkiewicz & Wątróbski (2021), "Towards proper consumer
// choices - MCDM based product selection", Procedia Computer Science 192,
// 1347-1358: two rankings of 12 products; rw = 0.96 and WS = 0.9 (rounded
// to 2 decimals), as checked by pyfdm's tests/test_correlations.py
// (test_weighted_spearman_coef, test_ws_rank_similarity_coef).
const Ranks k_paradowski_x = {7, 11, 2, 1, 4, 9, 6, 3, 5, 10, 8, 12};
const Ranks k_paradowski_y = {7, 11, 3, 2, 4, 9, 6, 1, 5, 10, 8, 12};

TEST(RankCorrelation, WeightedSpearmanParadowski2021) {
  EXPECT_NEAR(weighted_spearman(k_paradowski_x, k_paradowski_y), 0.96, 0.005);
}

TEST(RankCorrelation, WsParadowski2021) {
  EXPECT_NEAR(ws_similarity(k_paradowski_x, k_paradowski_y), 0.90, 0.005);
}

// ---- Coefficients: properties ---------------------------------------------

TEST(RankCorrelation, IdenticalRankingsScoreOne) {
  for (const Ranks& r : {k_reference, k_paradowski_x}) {
    EXPECT_DOUBLE_EQ(spearman(r, r), 1);
    EXPECT_DOUBLE_EQ(weighted_spearman(r, r), 1);
    EXPECT_DOUBLE_EQ(ws_similarity(r, r), 1);
  }
}

TEST(RankCorrelation, ReversedRankingIsMinusOneForBothSpearmans) {
  const Ranks reversed = {5, 4, 3, 2, 1};
  EXPECT_NEAR(spearman(k_reference, reversed), -1, 1e-12);
  EXPECT_NEAR(weighted_spearman(k_reference, reversed), -1, 1e-12);
  const double ws = ws_similarity(k_reference, reversed);
  EXPECT_GE(ws, 0);
  EXPECT_LT(ws, ws_similarity(k_reference, k_second_and_third_swapped));
}

TEST(RankCorrelation, SpearmanIsSymmetricWsIsNot) {
  EXPECT_DOUBLE_EQ(spearman(k_paradowski_x, k_paradowski_y), spearman(k_paradowski_y, k_paradowski_x));
  EXPECT_DOUBLE_EQ(weighted_spearman(k_paradowski_x, k_paradowski_y),
                   weighted_spearman(k_paradowski_y, k_paradowski_x));
  // WS weighs positions by the reference ranking, so the roles matter.
  EXPECT_GT(std::abs(ws_similarity(k_paradowski_x, k_paradowski_y) - ws_similarity(k_paradowski_y, k_paradowski_x)),
            0.01);
}

TEST(RankCorrelation, SwapsNearTheTopCostMoreForWeightedCoefficients) {
  // rs cannot tell a swap at the top from one lower down; rw and WS can.
  const Ranks top = {2, 1, 3, 4, 5}, bottom = {1, 2, 3, 5, 4};
  EXPECT_DOUBLE_EQ(spearman(k_reference, top), spearman(k_reference, bottom));
  EXPECT_LT(weighted_spearman(k_reference, top), weighted_spearman(k_reference, bottom));
  EXPECT_LT(ws_similarity(k_reference, top), ws_similarity(k_reference, bottom));
}

TEST(RankCorrelation, TiesAndDegenerateSizes) {
  // Pearson on mid-ranks: a tie lowers rs below 1 and keeps it in range.
  const double tied = spearman(Ranks{1, 2.5, 2.5, 4}, Ranks{1, 2, 3, 4});
  EXPECT_GT(tied, 0.9);
  EXPECT_LT(tied, 1);
  // Every provider tied: rs is 1 against another all-tied ranking, else 0.
  EXPECT_DOUBLE_EQ(spearman(Ranks{2, 2, 2}, Ranks{2, 2, 2}), 1);
  EXPECT_DOUBLE_EQ(spearman(Ranks{2, 2, 2}, Ranks{1, 2, 3}), 0);
  // One provider or none: nothing to disagree on.
  EXPECT_DOUBLE_EQ(spearman(Ranks{1}, Ranks{1}), 1);
  EXPECT_DOUBLE_EQ(weighted_spearman(Ranks{}, Ranks{}), 1);
  EXPECT_DOUBLE_EQ(ws_similarity(Ranks{1}, Ranks{1}), 1);
  EXPECT_THROW(spearman(Ranks{1, 2}, Ranks{1}), std::invalid_argument);
  EXPECT_THROW(ws_similarity(Ranks{1, 2}, Ranks{1}), std::invalid_argument);
}

TEST(RankCorrelation, MidRanks) {
  EXPECT_THAT(mid_ranks(std::vector<int>{1, 2, 2, 4}), ElementsAre(1, 2.5, 2.5, 4));
  EXPECT_THAT(mid_ranks(std::vector<int>{1, 1, 1}), ElementsAre(2, 2, 2));
  EXPECT_THAT(mid_ranks(std::vector<int>{3, 1, 2}), ElementsAre(3, 1, 2));
}

// ---- Consensus ---------------------------------------------------------------

// Rankings in columns as published: rankings[k][i] from matrix[i][k].
std::vector<std::vector<double>> by_column(const std::vector<std::vector<double>>& matrix) {
  std::vector<std::vector<double>> rankings(matrix.front().size());
  for (const auto& row : matrix)
    for (std::size_t k = 0; k < row.size(); ++k) rankings[k].push_back(row[k]);
  return rankings;
}

// Ecer (2021), "A consolidated MCDM framework for performance assessment of
// battery electric vehicles based on ranking strategies", Renewable and
// Sustainable Energy Reviews 143, 110916: ten vehicles ranked by six
// methods, and the compromise ranking. pyrepo-mcda's
// tests/test_compromise_ranking.py (Test_Copeland) checks this ranking for
// its `copeland` function, which scores Σ (m - rank) over the methods:
// Borda points, so this is a published Borda example (our Copeland is the
// pairwise majority, tested below).
TEST(Consensus, BordaEcer2021) {
  const auto rankings = by_column({{7, 8, 7, 6, 7, 7},
                                   {4, 7, 5, 7, 5, 4},
                                   {8, 9, 8, 8, 9, 8},
                                   {1, 4, 1, 1, 1, 1},
                                   {2, 2, 2, 4, 3, 2},
                                   {3, 1, 4, 3, 2, 3},
                                   {10, 5, 10, 9, 8, 10},
                                   {6, 3, 6, 5, 4, 6},
                                   {9, 10, 9, 10, 10, 9},
                                   {5, 6, 3, 2, 6, 5}});
  EXPECT_THAT(ranks_by_points(borda_points(rankings)), ElementsAre(7, 6, 8, 1, 2, 3, 9, 5, 10, 4));
}

TEST(Consensus, BordaSharesPointsBetweenTiedItems) {
  // One ranking with b and c tied: a beats 3, b and c beat d and share half
  // a point each, d beats none. Competition and mid-ranks agree.
  EXPECT_THAT(borda_points({{1, 2, 2, 4}}), ElementsAre(3, 1.5, 1.5, 0));
  EXPECT_THAT(borda_points({{1, 2.5, 2.5, 4}}), ElementsAre(3, 1.5, 1.5, 0));
  EXPECT_THAT(ranks_by_points(std::vector<double>{3, 1.5, 1.5, 0}), ElementsAre(1, 2, 2, 4));
}

TEST(Consensus, CondorcetCycleTiesEveryone) {
  // a > b > c, b > c > a, c > a > b: each item wins one duel and loses one,
  // and scores the same Borda points.
  const std::vector<std::vector<double>> cycle = {{1, 2, 3}, {3, 1, 2}, {2, 3, 1}};
  EXPECT_THAT(copeland_points(cycle), ElementsAre(0, 0, 0));
  EXPECT_THAT(ranks_by_points(copeland_points(cycle)), ElementsAre(1, 1, 1));
  EXPECT_THAT(borda_points(cycle), ElementsAre(3, 3, 3));
}

TEST(Consensus, CopelandFollowsTheMajorityWhereBordaFollowsTheMargins) {
  // Three rankings a > b > c and two b > c > a: a beats b and c 3 to 2, so
  // Copeland puts a first; b's second places earn it the Borda count.
  const std::vector<std::vector<double>> rankings = {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {3, 1, 2}, {3, 1, 2}};
  EXPECT_THAT(copeland_points(rankings), ElementsAre(2, 0, -2));
  EXPECT_THAT(borda_points(rankings), ElementsAre(6, 7, 2));
}

TEST(Consensus, CopelandTiesInARankingCountForNeither) {
  // The first ranking ties a and b; the second prefers b: b wins their duel.
  EXPECT_THAT(copeland_points({{1, 1, 3}, {2, 1, 3}}), ElementsAre(0, 2, -2));
  // Two rankings that disagree draw.
  EXPECT_THAT(copeland_points({{1, 2}, {2, 1}}), ElementsAre(0, 0));
  EXPECT_THROW(copeland_points({{1, 2}, {1}}), std::invalid_argument);
  EXPECT_TRUE(borda_points({}).empty());
}

// ---- compare_methods ---------------------------------------------------------

// Four suppliers, weights 0.55 and 0.45, two benefit criteria. wsm with
// normalization=max gives b 0.945, c 0.935, a 0.925, d 0.805; with
// normalization=minmax a 0.7, c 0.6667, b 0.6333, d 0.
const char* const k_suppliers = "id,c1,c2\r\na,100,50\r\nb,90,60\r\nc,95,55\r\nd,85,45\r\n";

Problem spreadsheet(const TempDir& dir, const std::string& csv) {
  ProblemSpec spec;
  spec.provider_files = {dir.write("suppliers.csv", csv)};
  spec.weights = {0.55, 0.45};
  spec.directions = {Direction::benefit, Direction::benefit};
  spec.as_of = Date::parse("2026-03-01");
  Diagnostics diagnostics;
  auto problem = load_problem(spec, diagnostics);
  if (!problem) {
    ADD_FAILURE() << listing(diagnostics);
    return {};
  }
  return std::move(*problem);
}

std::vector<MethodRun> max_and_minmax() {
  return {{"max", {"wsm", {{"normalization", "max"}}}}, {"minmax", {"wsm", {{"normalization", "minmax"}}}}};
}

std::vector<std::string> ids_of(const std::vector<ConsensusEntry>& entries) {
  std::vector<std::string> ids;
  for (const auto& e : entries) ids.push_back(e.id);
  return ids;
}

TEST(CompareMethods, RankingsCorrelationsConsensusAndWinners) {
  TempDir dir;
  const Problem problem = spreadsheet(dir, k_suppliers);
  const MethodComparison c = compare_methods(problem, max_and_minmax());
  ASSERT_THAT(c.labels, ElementsAre("max", "minmax"));
  ASSERT_EQ(c.results.size(), 2u);
  EXPECT_TRUE(c.failures.empty());
  EXPECT_EQ(c.find("max")->ranking.front().id, "b");
  EXPECT_NEAR(c.find("max")->ranking.front().score, 0.945, 1e-12);
  EXPECT_EQ(c.find("minmax")->ranking.front().id, "a");
  EXPECT_NEAR(c.find("minmax")->ranking.front().score, 0.7, 1e-12);

  // Ranks (a, b, c, d): max 3, 1, 2, 4; minmax 1, 3, 2, 4. d = (2, -2, 0, 0):
  // rs = 1 - 6 · 8 / (4 · 15) = 0.2.
  EXPECT_THAT(c.spearman.labels, ElementsAre("max", "minmax"));
  EXPECT_DOUBLE_EQ(c.spearman.values[0][0], 1);
  EXPECT_NEAR(c.spearman.values[0][1], 0.2, 1e-12);
  EXPECT_NEAR(c.spearman.values[1][0], 0.2, 1e-12);
  EXPECT_DOUBLE_EQ(c.weighted_spearman.values[0][1], weighted_spearman(Ranks{3, 1, 2, 4}, Ranks{1, 3, 2, 4}));
  EXPECT_DOUBLE_EQ(c.ws.values[0][1], ws_similarity(Ranks{3, 1, 2, 4}, Ranks{1, 3, 2, 4}));
  EXPECT_DOUBLE_EQ(c.ws.values[1][0], ws_similarity(Ranks{1, 3, 2, 4}, Ranks{3, 1, 2, 4}));

  // Borda: a, b and c score 1 + 3, 3 + 1 and 2 + 2; d none. Copeland: a, b
  // and c draw with each other and beat d.
  ASSERT_EQ(c.borda.size(), 4u);
  EXPECT_THAT(ids_of(c.borda), ElementsAre("a", "b", "c", "d"));
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(c.borda[k].rank, 1);
    EXPECT_DOUBLE_EQ(c.borda[k].points, 4);
    EXPECT_EQ(c.copeland[k].rank, 1);
    EXPECT_DOUBLE_EQ(c.copeland[k].points, 1);
  }
  EXPECT_EQ(c.borda[3].rank, 4);
  EXPECT_DOUBLE_EQ(c.borda[3].points, 0);
  EXPECT_DOUBLE_EQ(c.copeland[3].points, -3);
  EXPECT_EQ(c.borda[0].name, "a");

  EXPECT_FALSE(c.winner_agreed);
  ASSERT_EQ(c.winners.size(), 2u);
  EXPECT_THAT(c.winners[0].ids, ElementsAre("b"));
  EXPECT_THAT(c.winners[0].labels, ElementsAre("max"));
  EXPECT_THAT(c.winners[1].ids, ElementsAre("a"));
  EXPECT_THAT(c.winners[1].labels, ElementsAre("minmax"));
}

TEST(CompareMethods, AgreementGroupsMethodsByWinner) {
  TempDir dir;
  const Problem problem = spreadsheet(dir, k_suppliers);
  const std::vector<MethodRun> runs = {{"", {"wsm", {{"normalization", "minmax"}}}},
                                       {"", {"wsm", {{"normalization", "max"}}}},
                                       {"", {"wsm", {{"normalization", "minmax"}}}}};
  const MethodComparison c = compare_methods(problem, runs);
  // Unlabelled runs of one method are numbered.
  EXPECT_THAT(c.labels, ElementsAre("wsm", "wsm#2", "wsm#3"));
  ASSERT_EQ(c.winners.size(), 2u);
  EXPECT_THAT(c.winners[0].ids, ElementsAre("a"));
  EXPECT_THAT(c.winners[0].labels, ElementsAre("wsm", "wsm#3"));
  EXPECT_THAT(c.winners[1].labels, ElementsAre("wsm#2"));
  // Two of three put a first, b's first place cannot outweigh it.
  EXPECT_EQ(c.borda.front().id, "a");
  EXPECT_EQ(c.borda.front().rank, 1);
  EXPECT_EQ(c.copeland.front().id, "a");
  EXPECT_DOUBLE_EQ(c.copeland.front().points, 3);
}

TEST(CompareMethods, IsDeterministic) {
  TempDir dir;
  const Problem problem = spreadsheet(dir, k_suppliers);
  const MethodComparison first = compare_methods(problem, max_and_minmax());
  const MethodComparison second = compare_methods(problem, max_and_minmax());
  EXPECT_EQ(first.spearman.values, second.spearman.values);
  EXPECT_EQ(first.weighted_spearman.values, second.weighted_spearman.values);
  EXPECT_EQ(first.ws.values, second.ws.values);
  EXPECT_EQ(ids_of(first.borda), ids_of(second.borda));
  EXPECT_EQ(ids_of(first.copeland), ids_of(second.copeland));
  EXPECT_EQ(first.winners.size(), second.winners.size());
}

TEST(CompareMethods, AFailingMethodIsLeftOutAndNamed) {
  TempDir dir;
  // A negative value: normalization=max refuses it, minmax does not.
  const Problem problem = spreadsheet(dir, "id,c1,c2\r\na,100,-5\r\nb,90,60\r\nc,95,55\r\n");
  const MethodComparison c = compare_methods(problem, max_and_minmax());
  EXPECT_THAT(c.labels, ElementsAre("minmax"));
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].label, "max");
  EXPECT_EQ(c.failures[0].method, "wsm");
  EXPECT_EQ(c.failures[0].code, ExitCode::invalid_input);
  EXPECT_THAT(c.failures[0].reason, HasSubstr("c2"));
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_THAT(testing::english(c.warnings.back()), HasSubstr("\"max\""));
  EXPECT_TRUE(c.winner_agreed);
  EXPECT_EQ(c.spearman.values.size(), 1u);
}

TEST(CompareMethods, WhenEveryMethodFailsTheFirstErrorIsThrown) {
  TempDir dir;
  const Problem problem = spreadsheet(dir, "id,c1,c2\r\na,100,-5\r\nb,90,60\r\n");
  const std::vector<MethodRun> runs = {{"one", {"wsm", {{"normalization", "max"}}}},
                                       {"two", {"wsm", {{"normalization", "max"}}}}};
  try {
    compare_methods(problem, runs);
    ADD_FAILURE() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::invalid_input);
    ASSERT_EQ(e.diagnostics().size(), 2u);
    EXPECT_THAT(e.diagnostics()[0].message, HasSubstr("\"one\""));
    EXPECT_THAT(e.diagnostics()[1].message, HasSubstr("\"two\""));
  }
}

TEST(CompareMethods, UsageErrors) {
  TempDir dir;
  const Problem problem = spreadsheet(dir, k_suppliers);
  expect_error([&] { compare_methods(problem, std::vector<MethodRun>{}); }, ExitCode::usage);
  const Diagnostic twice =
      expect_error([&] { compare_methods(problem, std::vector<MethodRun>{{"x", {"wsm", {}}}, {"x", {"wsm", {}}}}); },
                   ExitCode::usage);
  EXPECT_THAT(twice.message, HasSubstr("listed twice"));
  const Diagnostic unknown =
      expect_error([&] { compare_methods(problem, std::vector<MethodRun>{{"", {"wsn", {}}}}); }, ExitCode::usage);
  EXPECT_THAT(unknown.message, HasSubstr("did you mean 'wsm'"));
  // A bad parameter is the command's fault: it stops the comparison.
  expect_error([&] { compare_methods(problem, std::vector<MethodRun>{{"", {"wsm", {{"normalization", "zz"}}}}}); },
               ExitCode::usage);
}

// ---- plan_method_runs ---------------------------------------------------------

using Params = std::vector<std::pair<std::string, std::string>>;

std::string param_of(const MethodRun& run, const std::string& key) {
  const auto it = run.options.params.find(key);
  return it == run.options.params.end() ? "" : it->second;
}

TEST(PlanMethodRuns, ListAndAll) {
  const auto runs = plan_method_runs("wsm,saw", {});
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].label, "wsm");
  EXPECT_EQ(runs[1].label, "saw");
  EXPECT_EQ(runs[1].options.method, "wsm");  // an alias runs its method, under the name as written

  const auto all = plan_method_runs("all", {});
  ASSERT_EQ(all.size(), methods().size());
  for (std::size_t k = 0; k < all.size(); ++k) EXPECT_EQ(all[k].label, methods()[k].name);
}

TEST(PlanMethodRuns, ListErrors) {
  EXPECT_THAT(expect_error([] { plan_method_runs("wsm,topsys", {}); }, ExitCode::usage).message,
              HasSubstr("unknown method \"topsys\""));
  EXPECT_THAT(expect_error([] { plan_method_runs("wsn", {}); }, ExitCode::usage).message, HasSubstr("did you mean 'wsm'"));
  EXPECT_THAT(expect_error([] { plan_method_runs("wsm,wsm", {}); }, ExitCode::usage).message, HasSubstr("listed twice"));
  EXPECT_THAT(expect_error([] { plan_method_runs("wsm,", {}); }, ExitCode::usage).message, HasSubstr("empty name"));
}

TEST(PlanMethodRuns, UnscopedParamsGoToEveryMethodThatDeclaresThem) {
  const auto runs = plan_method_runs("wsm,saw", Params{{"normalization", "minmax"}});
  EXPECT_EQ(param_of(runs[0], "normalization"), "minmax");
  EXPECT_EQ(param_of(runs[1], "normalization"), "minmax");
  const Diagnostic none = expect_error([] { plan_method_runs("wsm,saw", Params{{"normalisation", "minmax"}}); },
                                       ExitCode::usage);
  EXPECT_THAT(none.message, HasSubstr("none of the listed methods (wsm, saw)"));
  EXPECT_THAT(none.message, HasSubstr("did you mean 'normalization'"));
  EXPECT_THAT(expect_error([] { plan_method_runs("wsm", Params{{"normalization", "zz"}}); }, ExitCode::usage).message,
              HasSubstr("expected one of"));
}

TEST(PlanMethodRuns, ScopedParamsGoToOneMethodAndWin) {
  // The scoped value wins whichever comes first.
  const auto runs =
      plan_method_runs("wsm,saw", Params{{"saw.normalization", "minmax"}, {"normalization", "vector"}});
  EXPECT_EQ(param_of(runs[0], "normalization"), "vector");
  EXPECT_EQ(param_of(runs[1], "normalization"), "minmax");
  // A scope may name the method by another of its names when it is listed once.
  const auto by_alias = plan_method_runs("saw", Params{{"wsm.normalization", "sum"}});
  EXPECT_EQ(param_of(by_alias[0], "normalization"), "sum");
}

TEST(PlanMethodRuns, ScopedParamErrors) {
  EXPECT_THAT(expect_error([] { plan_method_runs("wsm", Params{{"topsys.normalization", "max"}}); }, ExitCode::usage)
                  .message,
              HasSubstr("unknown method \"topsys\""));
  const Diagnostic key =
      expect_error([] { plan_method_runs("wsm", Params{{"wsm.normalisation", "max"}}); }, ExitCode::usage);
  EXPECT_THAT(key.message, HasSubstr("wsm.normalisation"));
  EXPECT_THAT(key.message, HasSubstr("did you mean 'normalization'"));
  const Diagnostic value = expect_error([] { plan_method_runs("wsm", Params{{"wsm.normalization", "zz"}}); },
                                        ExitCode::usage);
  EXPECT_THAT(value.message, HasSubstr("--param wsm.normalization=zz"));
}

}  // namespace
}  // namespace criterio
