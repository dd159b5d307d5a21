// ELECTRE I and ELECTRE III against published examples, with their thresholds,
// cost handling and properties. Sources: tests/data/electre/EXAMPLES.md.

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "criterio/diagnostics.hpp"
#include "method_support.hpp"
#include "methods/electre.hpp"

namespace criterio::testing {
namespace {

// Cebrián & Porcar (2009), Revista de Métodos Cuantitativos para la Economía
// y la Empresa 7, 31-56, as reproduced by scikit-criteria 0.2
// (skcriteria/tests/test_electre.py): six locations, five criteria, the third
// a cost. Concordance and discordance printed to 4 decimals.
const Eigen::MatrixXd k_cebrian = matrix(
    {{6, 5, 28, 5, 5}, {4, 2, 25, 10, 9}, {5, 7, 35, 9, 6}, {6, 1, 27, 6, 7}, {6, 8, 30, 7, 9}, {5, 6, 26, 4, 8}});
const std::vector<double> k_cebrian_weights = {0.25, 0.25, 0.1, 0.2, 0.2};
const std::string k_cebrian_directions = "++-++";

// py-mcda (IMT Atlantique), tests/test_electre.py::TestElectre3, the data of
// pyDecision's ELECTRE III example: q = 0.3, p = 0.5, v = 0.7 on every
// criterion, alpha 0.3, beta -0.15.
const Eigen::MatrixXd k_pymcda = matrix({{8.84, 8.79, 6.43, 6.95},
                                         {8.57, 8.51, 5.47, 6.91},
                                         {7.76, 7.75, 5.34, 8.76},
                                         {7.97, 9.12, 5.93, 8.09},
                                         {9.03, 8.97, 8.19, 8.10},
                                         {7.41, 7.87, 6.77, 7.23}});
const std::vector<double> k_pymcda_weights = {9.00, 8.24, 5.98, 8.48};

// Builds the MethodInput run_method would, and hands it to `use`, for the
// functions that expose a method's pairwise matrices.
template <typename Use>
void with_input(const MethodCase& c, Use use) {
  const auto n = static_cast<std::size_t>(c.values.cols());
  Eigen::VectorXd weights = Eigen::Map<const Eigen::VectorXd>(c.weights.data(), static_cast<Eigen::Index>(n));
  weights /= weights.sum();
  std::vector<Direction> directions(n, Direction::benefit);
  for (std::size_t j = 0; j < c.directions.size(); ++j)
    if (c.directions[j] == '-') directions[j] = Direction::cost;
  std::vector<Criterion> criteria = c.criteria;
  if (criteria.empty()) {
    criteria.resize(n);
    for (std::size_t j = 0; j < n; ++j) criteria[j].id = "c" + std::to_string(j + 1);
  }
  const auto is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) is_utility[j] = false;
  use(MethodInput{c.values, weights, directions, std::span<const bool>(is_utility.get(), n), criteria});
}

MethodCase make_case(const Eigen::MatrixXd& values, std::vector<double> weights, std::string directions,
                     std::map<std::string, std::string> params = {}, std::vector<Criterion> criteria = {}) {
  MethodCase c;
  c.values = values;
  c.weights = std::move(weights);
  c.directions = std::move(directions);
  c.params = std::move(params);
  c.criteria = std::move(criteria);
  return c;
}

void expect_matrix_near(const Eigen::MatrixXd& actual, const std::vector<std::vector<double>>& expected,
                        double tolerance, bool skip_diagonal, const std::string& what) {
  ASSERT_EQ(static_cast<std::size_t>(actual.rows()), expected.size()) << what;
  for (std::size_t a = 0; a < expected.size(); ++a)
    for (std::size_t b = 0; b < expected[a].size(); ++b)
      if (!skip_diagonal || a != b) {
        EXPECT_NEAR(actual(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)), expected[a][b], tolerance)
            << what << " (" << a << ", " << b << ")";
      }
}

std::vector<std::size_t> kernel_of(const MethodOutput& out) {
  for (const auto& set : out.sets)
    if (set.name == "kernel") {
      auto rows = set.rows;
      std::sort(rows.begin(), rows.end());
      return rows;
    }
  ADD_FAILURE() << "no kernel";
  return {};
}

std::vector<std::pair<std::size_t, std::size_t>> pairs_of(const MethodOutput& out, Relation relation) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& r : out.relations)
    if (r.relation == relation) pairs.emplace_back(r.a, r.b);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

bool has_note(const MethodOutput& out, const std::string& text) {
  return std::any_of(out.notes.begin(), out.notes.end(),
                     [&](const Phrase& n) { return english(n).find(text) != std::string::npos; });
}

// ---------------------------------------------------------------- ELECTRE I

TEST(Electre1, Cebrian2009ConcordanceAndDiscordanceToFourDecimals) {
  with_input(make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions), [](const MethodInput& input) {
    const Electre1Indices indices = electre1_indices(input);
    expect_matrix_near(indices.concordance,
                       {{0, 0.5000, 0.3500, 0.5000, 0.3500, 0.4500},
                        {0.5000, 0, 0.5000, 0.7500, 0.5000, 0.5000},
                        {0.6500, 0.5000, 0, 0.4500, 0.2000, 0.7000},
                        {0.7500, 0.2500, 0.5500, 0, 0.3500, 0.4500},
                        {0.9000, 0.7000, 0.8000, 0.9000, 0, 0.9000},
                        {0.5500, 0.5000, 0.5500, 0.5500, 0.1000, 0}},
                       5e-5, true, "C");
    expect_matrix_near(indices.discordance,
                       {{0, 1.0000, 0.6667, 0.5000, 1.0000, 0.7500},
                        {1.0000, 0, 0.7143, 1.0000, 1.0000, 0.5714},
                        {0.7000, 1.0000, 0, 0.8000, 0.7500, 0.9000},
                        {0.5714, 0.6667, 0.8571, 0, 1.0000, 0.7143},
                        {0.2000, 0.5000, 0.3333, 0.3000, 0, 0.4000},
                        {0.5000, 1.0000, 0.8333, 0.5000, 0.5000, 0}},
                       5e-5, true, "D");
    // The printed means of the two matrices, over the 30 ordered pairs.
    EXPECT_NEAR(indices.concordance.sum() / 30, 0.5400, 5e-5);
    EXPECT_NEAR(indices.discordance.sum() / 30, 0.7076, 5e-5);
  });
}

// The source's thresholds are p = 0.55 and q = 0.70 with strict tests (C > p,
// D < q). ELECTRE I's textbook tests are C >= c and D <= d; they give the same
// relation for any c in (0.55, 0.65] and d in [0.6667, 0.70), as no printed
// index lies in between: c = 0.6, d = 0.69.
TEST(Electre1, Cebrian2009OutrankingAndKernelAtPublishedThresholds) {
  const MethodOutput out = run_method(
      "electre1", make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions, {{"c", "0.6"}, {"d", "0.69"}}));
  // a4 outranks a1; a5 outranks every other location; the kernel is {a5}.
  const std::vector<std::pair<std::size_t, std::size_t>> expected = {{3, 0}, {4, 0}, {4, 1}, {4, 2}, {4, 3}, {4, 5}};
  EXPECT_EQ(pairs_of(out, Relation::outranks), expected);
  EXPECT_EQ(kernel_of(out), std::vector<std::size_t>{4});
  expect_near(out.scores, {-2, -1, -1, 0, 5, -1}, 0, "net outranking count");
  expect_near(detail(out, "outranks"), {0, 0, 0, 1, 5, 0}, 0, "outranks");
  expect_near(detail(out, "outranked"), {2, 1, 1, 1, 0, 1}, 0, "outranked");
  // Row sums minus column sums of the printed concordance matrix.
  expect_near(detail(out, "C_net"), {-1.20, 0.30, -0.25, -0.80, 2.70, -0.75}, 5e-4, "C_net");
  EXPECT_FALSE(out.additive);
  EXPECT_NEAR(out.contributions.row(4).sum(), detail(out, "C_net")(4), 1e-12) << "parts of C_net";
}

TEST(Electre1, ThresholdsAreInclusiveAsInTheTextbook) {
  // At c = 0.55, d = 0.70: C(a3,a1) = 0.65 with D = 0.7000 exactly, and
  // C(a6,a1) = C(a6,a4) = 0.55 exactly, now pass; the source's strict tests drop them.
  const MethodOutput out = run_method(
      "electre1", make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions, {{"c", "0.55"}, {"d", "0.70"}}));
  const std::vector<std::pair<std::size_t, std::size_t>> expected = {{2, 0}, {3, 0}, {4, 0}, {4, 1}, {4, 2},
                                                                     {4, 3}, {4, 5}, {5, 0}, {5, 3}};
  EXPECT_EQ(pairs_of(out, Relation::outranks), expected);
  EXPECT_EQ(kernel_of(out), std::vector<std::size_t>{4});
}

TEST(Electre1, DefaultThresholdsAreTheMeanIndices) {
  const MethodOutput out = run_method("electre1", make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions));
  EXPECT_TRUE(has_note(out, "c = 0.54 ")) << out.notes[1];
  EXPECT_TRUE(has_note(out, "d = 0.707619")) << out.notes[1];
  EXPECT_TRUE(has_note(out, "mean concordance"));
  // At the means a3 and a6 outrank a1, and a6 outranks a4, too; a5 is still the kernel.
  EXPECT_EQ(kernel_of(out), std::vector<std::size_t>{4});
}

TEST(Electre1, ThresholdsChangeTheRelation) {
  const MethodCase strict = make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions, {{"c", "0.95"}, {"d", "0"}});
  const MethodOutput none = run_method("electre1", strict);
  EXPECT_TRUE(none.relations.empty());
  EXPECT_EQ(kernel_of(none).size(), 6u) << "nothing outranked: every alternative is in the kernel";
  const MethodOutput loose =
      run_method("electre1", make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions, {{"c", "0"}, {"d", "1"}}));
  EXPECT_EQ(loose.relations.size(), 30u) << "every pair outranks both ways";
  EXPECT_EQ(kernel_of(loose).size(), 6u) << "one circuit holding every alternative";
  EXPECT_TRUE(has_note(loose, "circuits"));
}

TEST(Electre1, ACircuitIsTakenAsOneAndNamedInANote) {
  // a beats b, b beats c, c beats a, each by two criteria out of three.
  const Eigen::MatrixXd values = matrix({{3, 1, 2}, {2, 3, 1}, {1, 2, 3}, {0, 0, 0}});
  const MethodOutput out = run_method("electre1", make_case(values, {1, 1, 1}, "", {{"c", "0.6"}, {"d", "1"}}));
  EXPECT_TRUE(has_note(out, "circuits"));
  EXPECT_EQ(kernel_of(out), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Electre1, ACostCriterionIsReversedNotInverted) {
  Eigen::MatrixXd as_benefit = k_cebrian;
  as_benefit.col(2) = -as_benefit.col(2);
  const MethodCase thresholds_case =
      make_case(k_cebrian, k_cebrian_weights, k_cebrian_directions, {{"c", "0.55"}, {"d", "0.7"}});
  const MethodOutput cost = run_method("electre1", thresholds_case);
  MethodCase flipped = thresholds_case;
  flipped.values = as_benefit;
  flipped.directions = "+++++";
  const MethodOutput benefit = run_method("electre1", flipped);
  EXPECT_EQ(cost.scores, benefit.scores);
  EXPECT_EQ(pairs_of(cost, Relation::outranks), pairs_of(benefit, Relation::outranks));
}

// ------------------------------------------------------------- ELECTRE III

const std::map<std::string, std::string> k_pymcda_params = {{"q", "0.3"}, {"p", "0.5"}, {"v", "0.7"}};

TEST(Electre3, PyMcdaConcordanceAndCredibility) {
  const MethodCase c = make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params);
  with_input(c, [&](const MethodInput& input) {
    const Electre3Relation relation = electre3_relation(input, make_method("electre3", c.params)->params());
    // Printed to 2 decimals.
    expect_matrix_near(relation.concordance,
                       {{1.0, 1.0, 0.73, 0.69, 0.54, 0.96},
                        {0.81, 1.0, 0.73, 0.32, 0.11, 0.78},
                        {0.27, 0.46, 1.0, 0.55, 0.27, 0.81},
                        {0.53, 0.72, 0.73, 1.0, 0.53, 0.81},
                        {1.0, 1.0, 0.73, 1.0, 1.0, 1.0},
                        {0.46, 0.46, 0.66, 0.19, 0.0, 1.0}},
                       0.005, false, "C");
    // Printed to 8 decimals where not a whole number.
    expect_matrix_near(relation.credibility,
                       {{1, 1, 0, 0, 0, 0.96227129},
                        {0, 1, 0, 0, 0, 0},
                        {0, 0, 1, 0, 0, 0},
                        {0, 0.71608833, 0.41073113, 1, 0, 0},
                        {1, 1, 0.54764151, 1, 1, 1},
                        {0, 0, 0, 0, 0, 1}},
                       5e-9, false, "sigma");
  });
}

TEST(Electre3, PyMcdaWithoutVetoCredibilityIsConcordance) {
  const MethodCase c = make_case(k_pymcda, k_pymcda_weights, "", {{"q", "0.3"}, {"p", "0.5"}});
  with_input(c, [&](const MethodInput& input) {
    const Electre3Relation relation = electre3_relation(input, make_method("electre3", c.params)->params());
    EXPECT_EQ(relation.credibility, relation.concordance);
    expect_matrix_near(relation.credibility,
                       {{1.0, 1.0, 0.73, 0.69, 0.54, 0.96},
                        {0.81, 1.0, 0.73, 0.32, 0.11, 0.78},
                        {0.27, 0.46, 1.0, 0.55, 0.27, 0.81},
                        {0.53, 0.72, 0.73, 1.0, 0.53, 0.81},
                        {1.0, 1.0, 0.73, 1.0, 1.0, 1.0},
                        {0.46, 0.46, 0.66, 0.19, 0.0, 1.0}},
                       0.005, false, "sigma without veto");
  });
}

TEST(Electre3, PyMcdaDistillationsWhereTheSourceAndTheStandardAgree) {
  const MethodOutput out = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params));
  const Eigen::VectorXd desc = detail(out, "descending"), asc = detail(out, "ascending");
  // Descending: a5 first, a1 second, then the rest (py-mcda: [[a5], [a1], [a2, a3, a4, a6]]).
  EXPECT_EQ(desc(4), 1);
  EXPECT_EQ(desc(0), 2);
  for (int a : {1, 2, 3, 5}) EXPECT_GT(desc(a), 2) << a;
  // Ascending, worst first: {a2, a6}, then {a1, a4} (py-mcda's first two classes).
  const double worst = asc.maxCoeff();
  EXPECT_EQ(asc(1), worst);
  EXPECT_EQ(asc(5), worst);
  EXPECT_EQ(asc(0), worst - 1);
  EXPECT_EQ(asc(3), worst - 1);
  for (int a : {2, 4}) EXPECT_LT(asc(a), worst - 1) << a;
  EXPECT_EQ(out.scores, desc + asc);
  EXPECT_EQ(out.scores.minCoeff(), out.scores(4)) << "a5 is best";
}

TEST(Electre3, IncomparablePairsAreListedWithANote) {
  const MethodOutput out = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params));
  const Eigen::VectorXd desc = detail(out, "descending"), asc = detail(out, "ascending");
  std::size_t disagreeing = 0;
  for (Eigen::Index a = 0; a < 6; ++a)
    for (Eigen::Index b = a + 1; b < 6; ++b) disagreeing += (desc(a) - desc(b)) * (asc(a) - asc(b)) < 0;
  EXPECT_EQ(pairs_of(out, Relation::incomparable).size(), disagreeing);
  EXPECT_GT(disagreeing, 0u) << "a4 is ahead of a3 descending and behind it ascending";
  EXPECT_TRUE(has_note(out, "incomparable"));
}

TEST(Electre3, PerCriterionListsAndCriteriaFileSettingsAgree) {
  const MethodOutput one = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params));
  const MethodOutput lists =
      run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "",
                                       {{"q", "0.3,0.3,0.3,0.3"}, {"p", "0.5,0.5,0.5,0.5"}, {"v", "0.7,0.7,0.7,0.7"}}));
  std::vector<Criterion> criteria(4);
  for (std::size_t j = 0; j < 4; ++j) {
    criteria[j].id = "c" + std::to_string(j + 1);
    criteria[j].preference = Preference{"", 0.3, 0.5, std::nullopt, 0.7};
  }
  const MethodOutput file = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", {}, criteria));
  EXPECT_EQ(one.scores, lists.scores);
  EXPECT_EQ(one.scores, file.scores);
  EXPECT_EQ(detail(one, "ascending"), detail(file, "ascending"));
}

TEST(Electre3, AVetoOnOneCriterionOnlyChangesTheResult) {
  const MethodOutput without =
      run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", {{"q", "0.3"}, {"p", "0.5"}}));
  const MethodOutput with = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params));
  EXPECT_NE(without.scores, with.scores);
}

TEST(Electre3, ThresholdsOutOfOrderAreErrorsNamingTheCriterion) {
  try {
    run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", {{"q", "0.3,0.3,0.6,0.3"}, {"p", "0.5"}}));
    FAIL() << "q > p accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::invalid_input);
    EXPECT_NE(std::string(e.what()).find("criterion 'c3'"), std::string::npos) << e.what();
  }
  try {
    run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", {{"p", "0.5"}, {"v", "0.4"}}));
    FAIL() << "v < p accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("p <= v"), std::string::npos) << e.what();
  }
  EXPECT_THROW(run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", {{"alpha", "0.1"}, {"beta", "-0.2"}})),
               Error);
}

TEST(Electre3, ACostCriterionIsReversedNotInverted) {
  Eigen::MatrixXd negated = k_pymcda;
  negated.col(1) = -negated.col(1);
  const MethodOutput benefit = run_method("electre3", make_case(k_pymcda, k_pymcda_weights, "", k_pymcda_params));
  const MethodOutput cost = run_method("electre3", make_case(negated, k_pymcda_weights, "+-++", k_pymcda_params));
  EXPECT_EQ(benefit.scores, cost.scores);
  EXPECT_EQ(detail(benefit, "descending"), detail(cost, "descending"));
}

TEST(Electre3, DefaultsAreTrueCriteria) {
  // q = p = 0 and no veto: c_j is 1 where a is at least as good, else 0.
  const Eigen::MatrixXd values = matrix({{1, 2}, {2, 1}, {0, 0}});
  const MethodCase c = make_case(values, {3, 1}, "", {});
  with_input(c, [&](const MethodInput& input) {
    const Electre3Relation r = electre3_relation(input, make_method("electre3", {})->params());
    EXPECT_DOUBLE_EQ(r.credibility(0, 1), 0.25);
    EXPECT_DOUBLE_EQ(r.credibility(1, 0), 0.75);
    EXPECT_DOUBLE_EQ(r.credibility(0, 2), 1.0);
  });
}

// --------------------------------------------------------------- properties

Eigen::MatrixXd random_matrix(std::mt19937& rng, Eigen::Index rows, Eigen::Index cols) {
  std::uniform_real_distribution<double> value(0, 10);
  Eigen::MatrixXd m(rows, cols);
  for (Eigen::Index i = 0; i < rows; ++i)
    for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = std::round(value(rng) * 4) / 4;
  return m;
}

const std::map<std::string, std::string> k_random_electre3 = {{"q", "0.5"}, {"p", "2"}, {"v", "6"}};

TEST(ElectreProperties, PermutingRowsPermutesScores) {
  std::mt19937 rng(7);
  for (const std::string method : {"electre1", "electre3"}) {
    const auto params = method == "electre3" ? k_random_electre3 : std::map<std::string, std::string>{};
    for (int trial = 0; trial < 20; ++trial) {
      const Eigen::MatrixXd values = random_matrix(rng, 7, 4);
      std::vector<int> order = {3, 0, 6, 1, 5, 2, 4};
      Eigen::MatrixXd permuted(values.rows(), values.cols());
      for (std::size_t i = 0; i < order.size(); ++i) permuted.row(static_cast<Eigen::Index>(i)) = values.row(order[i]);
      const auto a = run_method(method, make_case(values, {1, 2, 3, 1}, "+-++", params));
      const auto b = run_method(method, make_case(permuted, {1, 2, 3, 1}, "+-++", params));
      for (std::size_t i = 0; i < order.size(); ++i)
        EXPECT_EQ(b.scores(static_cast<Eigen::Index>(i)), a.scores(order[i])) << method << " trial " << trial;
    }
  }
}

TEST(ElectreProperties, ADominatingRowNeverScoresWorse) {
  // ELECTRE I: a outranks whatever b outranks and is outranked only by what
  // outranks b, so its net count is at least b's (b may still outrank a: ELECTRE
  // I's outranking reads "at least as good"). ELECTRE III: σ is monotone, so a
  // qualifies at least as well as b at every cut, in both distillations, veto
  // or not; b is never preferred to a.
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> step(0, 3);
  for (int trial = 0; trial < 30; ++trial) {
    Eigen::MatrixXd values = random_matrix(rng, 6, 4);
    for (Eigen::Index j = 0; j < 4; ++j) values(1, j) = values(0, j) + (j == 1 ? -1 : 1) * std::round(step(rng));
    values(1, 0) = values(0, 0) + 1;  // strictly better somewhere
    const auto e1 = run_method("electre1", make_case(values, {1, 2, 3, 1}, "+-++", {}));
    EXPECT_GE(e1.scores(1), e1.scores(0)) << "trial " << trial;
    const auto e3 = run_method("electre3", make_case(values, {1, 2, 3, 1}, "+-++", k_random_electre3));
    EXPECT_LE(e3.scores(1), e3.scores(0)) << "trial " << trial;
    EXPECT_LE(detail(e3, "descending")(1), detail(e3, "descending")(0)) << "trial " << trial;
    EXPECT_LE(detail(e3, "ascending")(1), detail(e3, "ascending")(0)) << "trial " << trial;
  }
}

TEST(ElectreProperties, AColumnOfIdenticalValuesGivesFiniteResults) {
  const Eigen::MatrixXd values = matrix({{5, 1, 3}, {5, 2, 1}, {5, 3, 2}});
  for (const std::string method : {"electre1", "electre3"}) {
    const auto out =
        run_method(method, make_case(values, {1, 1, 1}, "+-+",
                                     method == "electre3" ? k_random_electre3 : std::map<std::string, std::string>{}));
    EXPECT_TRUE(out.scores.allFinite()) << method;
    EXPECT_TRUE(out.utilities.allFinite()) << method;
    EXPECT_TRUE(out.contributions.allFinite()) << method;
    EXPECT_EQ(out.contributions.col(0).cwiseAbs().sum(), 0) << method << ": a tied column takes no part";
  }
  const Eigen::MatrixXd all_equal = matrix({{1, 1}, {1, 1}});
  const auto out = run_method("electre1", make_case(all_equal, {1, 1}, "", {}));
  EXPECT_EQ(kernel_of(out).size(), 2u) << "equal rows outrank each other: one circuit";
}

}  // namespace
}  // namespace criterio::testing
