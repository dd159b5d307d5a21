// Column normalisations (src/methods/normalization.hpp) and the weighted-sum
// method, checked against published worked examples (tests/data/wsm/EXAMPLES.md).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/problem.hpp"
#include "methods/normalization.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::expect_error;

Eigen::VectorXd vec(std::initializer_list<double> values) {
  Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
  Eigen::Index i = 0;
  for (double x : values) v(i++) = x;
  return v;
}

Eigen::VectorXd normalized(std::initializer_list<double> values, Direction direction, Normalization method) {
  Eigen::VectorXd v = vec(values);
  normalize(v, direction, method, "c1");
  return v;
}

void expect_vector_near(const Eigen::VectorXd& actual, std::initializer_list<double> expected, double tolerance = 1e-12) {
  ASSERT_EQ(actual.size(), static_cast<Eigen::Index>(expected.size()));
  Eigen::Index i = 0;
  for (double e : expected) {
    EXPECT_NEAR(actual(i), e, tolerance) << "at " << i;
    ++i;
  }
}

TEST(Normalization, Names) {
  EXPECT_EQ(normalization_names(), (std::vector<std::string>{"max", "minmax", "sum", "vector", "none", "logarithmic",
                                                            "max-linear", "nonlinear", "enhanced-accuracy"}));
  EXPECT_EQ(parse_normalization("max"), Normalization::max);
  EXPECT_EQ(parse_normalization("minmax"), Normalization::minmax);
  EXPECT_EQ(parse_normalization("sum"), Normalization::sum);
  EXPECT_EQ(parse_normalization("vector"), Normalization::vector);
  EXPECT_EQ(parse_normalization("none"), Normalization::none);
  EXPECT_EQ(parse_normalization("logarithmic"), Normalization::logarithmic);
  EXPECT_EQ(parse_normalization("max-linear"), Normalization::max_linear);
  EXPECT_EQ(parse_normalization("nonlinear"), Normalization::nonlinear);
  EXPECT_EQ(parse_normalization("enhanced-accuracy"), Normalization::enhanced_accuracy);
}

TEST(Normalization, Max) {
  expect_vector_near(normalized({2, 4, 8}, Direction::benefit, Normalization::max), {0.25, 0.5, 1});
  expect_vector_near(normalized({2, 4, 8}, Direction::cost, Normalization::max), {1, 0.5, 0.25});  // min / x
  expect_vector_near(normalized({5}, Direction::cost, Normalization::max), {1});
}

TEST(Normalization, MaxRefusesValuesItCannotScale) {
  Eigen::VectorXd zeros = vec({0, 0});
  auto d = expect_error([&] { normalize(zeros, Direction::benefit, Normalization::max, "price"); });
  EXPECT_THAT(d.message, HasSubstr("'price'"));
  EXPECT_THAT(d.message, HasSubstr("minmax"));
  Eigen::VectorXd with_zero = vec({0, 3});
  d = expect_error([&] { normalize(with_zero, Direction::cost, Normalization::max, "price"); });
  EXPECT_THAT(d.message, HasSubstr("above zero"));
  Eigen::VectorXd negative = vec({-2, 3});
  expect_error([&] { normalize(negative, Direction::cost, Normalization::max, "price"); });
}

TEST(Normalization, MinMax) {
  expect_vector_near(normalized({2, 4, 8}, Direction::benefit, Normalization::minmax), {0, 1.0 / 3, 1});
  expect_vector_near(normalized({2, 4, 8}, Direction::cost, Normalization::minmax), {1, 2.0 / 3, 0});
  expect_vector_near(normalized({-5, 0, 5}, Direction::benefit, Normalization::minmax), {0, 0.5, 1});
  // A constant column does not discriminate: every provider gets 1 (no division by zero).
  expect_vector_near(normalized({7, 7, 7}, Direction::benefit, Normalization::minmax), {1, 1, 1});
  expect_vector_near(normalized({7, 7}, Direction::cost, Normalization::minmax), {1, 1});
  expect_vector_near(normalized({0, 0}, Direction::cost, Normalization::minmax), {1, 1});
}

TEST(Normalization, Sum) {
  expect_vector_near(normalized({1, 3}, Direction::benefit, Normalization::sum), {0.25, 0.75});
  // cost: (1/x) / sum(1/x): 1/1 = 1, 1/3; sum 4/3 -> 0.75, 0.25
  expect_vector_near(normalized({1, 3}, Direction::cost, Normalization::sum), {0.75, 0.25});
  expect_vector_near(normalized({2, 2, 4}, Direction::cost, Normalization::sum), {0.4, 0.4, 0.2});
  Eigen::VectorXd with_zero = vec({0, 1});
  expect_error([&] { normalize(with_zero, Direction::benefit, Normalization::sum, "c1"); });
  expect_error([&] { normalize(with_zero, Direction::cost, Normalization::sum, "c1"); });
}

TEST(Normalization, Vector) {
  // |(3, 4)| = 5
  expect_vector_near(normalized({3, 4}, Direction::benefit, Normalization::vector), {0.6, 0.8});
  expect_vector_near(normalized({3, 4}, Direction::cost, Normalization::vector), {0.4, 0.2});
  expect_vector_near(normalized({1, 2, 2}, Direction::benefit, Normalization::vector), {1.0 / 3, 2.0 / 3, 2.0 / 3});
  Eigen::VectorXd zeros = vec({0, 0});
  const auto d = expect_error([&] { normalize(zeros, Direction::benefit, Normalization::vector, "c1"); });
  EXPECT_THAT(d.message, HasSubstr("non-zero"));
}

TEST(Normalization, None) {
  expect_vector_near(normalized({3, -1, 0}, Direction::benefit, Normalization::none), {3, -1, 0});
  expect_vector_near(normalized({3, -1, 0}, Direction::cost, Normalization::none), {-3, 1, 0});
}

TEST(Normalization, EmptyColumnIsLeftAlone) {
  Eigen::VectorXd empty(0);
  EXPECT_NO_THROW(normalize(empty, Direction::cost, Normalization::max, "c1"));
}

// ---- the normalisations added for TOPSIS and others, on pymcdm's test cases --
//
// pymcdm (A. Shekhovtsov, B. Kizielewicz), tests/test_normalizations.py: each
// normalisation applied to one 6 x 3 matrix with columns cost, cost, benefit,
// results printed to 8 decimals (compared to 5e-9). The file says "without
// reference": these are the library's numbers, recomputed here in Python from
// the formulas in normalization.hpp (see tests/data/topsis/EXAMPLES.md).

Eigen::MatrixXd pymcdm_matrix() {
  return testing::matrix({{66, 56, 95}, {61, 55, 166}, {65, 49, 113}, {95, 56, 99}, {63, 43, 178}, {74, 59, 140}});
}

// Normalises each column of `m`: columns 1 and 2 as cost, column 3 as benefit.
Eigen::MatrixXd normalized_cost_cost_benefit(Eigen::MatrixXd m, Normalization method) {
  const Direction directions[] = {Direction::cost, Direction::cost, Direction::benefit};
  for (Eigen::Index j = 0; j < m.cols(); ++j) normalize(m.col(j), directions[j], method, "c1");
  return m;
}

void expect_rows_near(const Eigen::MatrixXd& actual, const std::vector<double>& row_major, double tolerance) {
  ASSERT_EQ(static_cast<std::size_t>(actual.size()), row_major.size());
  for (Eigen::Index i = 0; i < actual.rows(); ++i)
    for (Eigen::Index j = 0; j < actual.cols(); ++j)
      EXPECT_NEAR(actual(i, j), row_major[static_cast<std::size_t>(i * actual.cols() + j)], tolerance)
          << "row " << i << " column " << j;
}

TEST(Normalization, LogarithmicMatchesPymcdm) {
  const Eigen::MatrixXd m = testing::matrix({{2, 10, 6}, {2, 5, 7}, {3, 3, 11}, {4, 2, 2}, {2, 9, 4}, {1, 5, 6}});
  expect_rows_near(normalized_cost_cost_benefit(m, Normalization::logarithmic),
                   {0.16962777, 0.15157776, 0.1790548, 0.16962777, 0.16615431, 0.19445945,
                    0.15186115, 0.17689672, 0.2396274, 0.13925554, 0.18542345, 0.06926785,
                    0.16962777, 0.15379344, 0.1385357, 0.2, 0.16615431, 0.1790548},
                   5e-9);
}

TEST(Normalization, LogarithmicColumnsSumToOneAndKeepTheOrder) {
  const Eigen::VectorXd benefit = normalized({1, 3, 9, 27}, Direction::benefit, Normalization::logarithmic);
  const Eigen::VectorXd cost = normalized({1, 3, 9, 27}, Direction::cost, Normalization::logarithmic);
  EXPECT_NEAR(benefit.sum(), 1, 1e-12);
  EXPECT_NEAR(cost.sum(), 1, 1e-12);
  // ln 3^k / ln 3^6 = k / 6
  expect_vector_near(benefit, {0, 1.0 / 6, 2.0 / 6, 3.0 / 6});
  expect_vector_near(cost, {1.0 / 3, 5.0 / 18, 4.0 / 18, 3.0 / 18});
}

TEST(Normalization, LogarithmicOfOnesIsTheLimitOneOverM) {
  expect_vector_near(normalized({1, 1, 1, 1}, Direction::benefit, Normalization::logarithmic), {0.25, 0.25, 0.25, 0.25});
  expect_vector_near(normalized({1, 1, 1, 1}, Direction::cost, Normalization::logarithmic), {0.25, 0.25, 0.25, 0.25});
  expect_vector_near(normalized({5}, Direction::cost, Normalization::logarithmic), {1});
  // A constant column above 1 gives 1/m too, by the formula itself.
  expect_vector_near(normalized({7, 7}, Direction::cost, Normalization::logarithmic), {0.5, 0.5});
}

TEST(Normalization, LogarithmicRefusesValuesBelowOne) {
  Eigen::VectorXd below_one = vec({0.5, 2});
  const auto d = expect_error([&] { normalize(below_one, Direction::benefit, Normalization::logarithmic, "price"); });
  EXPECT_THAT(d.message, HasSubstr("'price'"));
  EXPECT_THAT(d.message, HasSubstr("1 or more"));
  Eigen::VectorXd zero = vec({0, 2});
  expect_error([&] { normalize(zero, Direction::cost, Normalization::logarithmic, "price"); });
}

TEST(Normalization, MaxLinearMatchesPymcdmMaxNormalization) {
  // pymcdm's max_normalization: x / max, and 1 - x / max for cost (Jüttler).
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::max_linear),
                   {0.30526316, 0.05084746, 0.53370787, 0.35789474, 0.06779661, 0.93258427,
                    0.31578947, 0.16949153, 0.63483146, 0.0, 0.05084746, 0.55617978,
                    0.33684211, 0.27118644, 1.0, 0.22105263, 0.0, 0.78651685},
                   5e-9);
}

TEST(Normalization, MaxLinearHandlesZerosAndConstantColumns) {
  expect_vector_near(normalized({0, 2, 4}, Direction::cost, Normalization::max_linear), {1, 0.5, 0});
  expect_vector_near(normalized({3, 3}, Direction::cost, Normalization::max_linear), {0, 0});
  Eigen::VectorXd negative = vec({-1, 2});
  expect_error([&] { normalize(negative, Direction::cost, Normalization::max_linear, "c1"); });
  Eigen::VectorXd zeros = vec({0, 0});
  expect_error([&] { normalize(zeros, Direction::benefit, Normalization::max_linear, "c1"); });
}

TEST(Normalization, MaxMatchesPymcdmLinearNormalization) {
  // The existing `max` is pymcdm's linear_normalization: x / max, min / x for cost.
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::max),
                   {0.92424242, 0.76785714, 0.53370787, 1.0, 0.78181818, 0.93258427,
                    0.93846154, 0.87755102, 0.63483146, 0.64210526, 0.76785714, 0.55617978,
                    0.96825397, 1.0, 1.0, 0.82432432, 0.72881356, 0.78651685},
                   5e-9);
}

TEST(Normalization, NonlinearMatchesPymcdm) {
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::nonlinear),
                   {0.78951011, 0.4527321, 0.28484409, 1.0, 0.47787829, 0.86971342,
                    0.82651252, 0.67579835, 0.40301098, 0.26473947, 0.4527321, 0.30933594,
                    0.90775334, 1.0, 1.0, 0.56013711, 0.38712332, 0.61860876},
                   5e-9);
  Eigen::VectorXd with_zero = vec({0, 2});
  expect_error([&] { normalize(with_zero, Direction::cost, Normalization::nonlinear, "c1"); });
}

TEST(Normalization, EnhancedAccuracyMatchesPymcdm) {
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::enhanced_accuracy),
                   {0.9137931, 0.78333333, 0.70036101, 1.0, 0.8, 0.9566787,
                    0.93103448, 0.9, 0.76534296, 0.4137931, 0.78333333, 0.71480144,
                    0.96551724, 1.0, 1.0, 0.77586207, 0.73333333, 0.86281588},
                   5e-9);
}

TEST(Normalization, EnhancedAccuracyOfAConstantColumnIsOne) {
  expect_vector_near(normalized({4, 4, 4}, Direction::benefit, Normalization::enhanced_accuracy), {1, 1, 1});
  expect_vector_near(normalized({-4, -4}, Direction::cost, Normalization::enhanced_accuracy), {1, 1});
  // Negative values are fine: only differences from the best value count.
  expect_vector_near(normalized({-2, 0, 2}, Direction::benefit, Normalization::enhanced_accuracy), {1.0 / 3, 2.0 / 3, 1});
}

TEST(Normalization, ExistingNormalizationsMatchPymcdm) {
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::minmax),
                   {0.85294118, 0.1875, 0.0, 1.0, 0.25, 0.85542169, 0.88235294, 0.625, 0.21686747, 0.0, 0.1875,
                    0.04819277, 0.94117647, 1.0, 1.0, 0.61764706, 0.0, 0.54216867},
                   5e-9);
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::sum),
                   {0.17447136, 0.155945, 0.12010114, 0.1887723, 0.15878037, 0.20986094, 0.17715554, 0.17822286,
                    0.14285714, 0.12121168, 0.155945, 0.12515803, 0.18277952, 0.20309117, 0.22503161, 0.15560959,
                    0.1480156, 0.17699115},
                   5e-9);
  expect_rows_near(normalized_cost_cost_benefit(pymcdm_matrix(), Normalization::vector),
                   {0.62375904, 0.57085288, 0.28587109, 0.65226214, 0.57851622, 0.49952212, 0.62945966, 0.62449627,
                    0.34003614, 0.45844104, 0.57085288, 0.29790777, 0.6408609, 0.67047632, 0.53563215, 0.57815408,
                    0.54786285, 0.42128371},
                   5e-9);
}

// ---- the weighted sum on published examples ---------------------------------

struct Example {
  std::vector<std::string> ids;
  Eigen::MatrixXd values;
};

Example read_example(const std::string& name) {
  const std::string path = std::string(CRITERIO_SOURCE_DIR) + "/tests/data/wsm/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const CsvTable table = parse_csv(buffer.str(), path);
  Example out;
  out.values.resize(static_cast<Eigen::Index>(table.row_count()), static_cast<Eigen::Index>(table.column_count() - 1));
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    out.ids.emplace_back(table.text(table.cell(r, 0)));
    for (std::size_t c = 1; c < table.column_count(); ++c) {
      const auto value = parse_number(table.text(table.cell(r, c)));
      EXPECT_TRUE(value.has_value()) << name << " row " << r << " column " << c;
      out.values(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c - 1)) = value.value_or(0);
    }
  }
  return out;
}

// Scores `name` with the weighted sum: `weights` as the source gives them
// (divided by their sum, as the sources do), directions as "+"/"-".
Eigen::VectorXd wsm_scores(const std::string& name, std::vector<double> weights, const std::string& directions,
                           const std::string& normalization) {
  const Example example = read_example(name);
  const auto n = static_cast<std::size_t>(example.values.cols());
  EXPECT_EQ(weights.size(), n);
  EXPECT_EQ(directions.size(), n);
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  Eigen::VectorXd w(static_cast<Eigen::Index>(n));
  std::vector<Direction> dirs;
  std::vector<Criterion> criteria(n);
  auto is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) {
    w(static_cast<Eigen::Index>(j)) = weights[j] / total;
    dirs.push_back(directions[j] == '-' ? Direction::cost : Direction::benefit);
    criteria[j].id = "c" + std::to_string(j + 1);
    criteria[j].direction = dirs.back();
    is_utility[j] = false;
  }
  const auto method = make_method("wsm", {{"normalization", normalization}});
  const MethodInput input{example.values, w, dirs, std::span<const bool>(is_utility.get(), n), criteria};
  const MethodOutput output = method->evaluate(input);
  EXPECT_TRUE(method->higher_is_better());
  // The weighted sum is additive: contributions add up to each score.
  EXPECT_EQ(output.contributions.rows(), example.values.rows());
  for (Eigen::Index r = 0; r < output.scores.size(); ++r)
    EXPECT_NEAR(output.contributions.row(r).sum(), output.scores(r), 1e-12);
  return output.scores;
}

// Standard competition ranks (1 = best, ties share a rank, the next is skipped),
// with ties detected at `tolerance`.
std::vector<int> competition_ranks(const Eigen::VectorXd& scores, double tolerance = 1e-9) {
  std::vector<int> ranks(static_cast<std::size_t>(scores.size()));
  for (Eigen::Index i = 0; i < scores.size(); ++i) {
    int better = 0;
    for (Eigen::Index k = 0; k < scores.size(); ++k)
      if (scores(k) > scores(i) + tolerance) ++better;
    ranks[static_cast<std::size_t>(i)] = better + 1;
  }
  return ranks;
}

// Example 1. Triantaphyllou's WSM example as printed in the English Wikipedia
// article "Weighted sum model", section "Example" (E. Triantaphyllou, 2000,
// Multi-Criteria Decision Making Methods: A Comparative Study, Kluwer, ch. 2).
// No normalisation; printed to 2 decimals: A1 21.50, A2 22.00, A3 22.00, with
// A2 and A3 tied for first.
TEST(WeightedSum, Triantaphyllou2000WikipediaExampleWithATie) {
  const Eigen::VectorXd s =
      wsm_scores("wikipedia_wsm_triantaphyllou2000.csv", {0.20, 0.15, 0.40, 0.25}, "++++", "none");
  ASSERT_EQ(s.size(), 3);
  EXPECT_NEAR(s(0), 21.50, 0.005);
  EXPECT_NEAR(s(1), 22.00, 0.005);
  EXPECT_NEAR(s(2), 22.00, 0.005);
  EXPECT_NEAR(s(1), s(2), 1e-12);  // the published tie
  EXPECT_EQ(competition_ranks(s), (std::vector<int>{3, 1, 1}));
}

// The same example through the whole pipeline in spreadsheet mode: the tie
// shares rank 1, is listed by id, and the next rank is 3.
TEST(WeightedSum, Triantaphyllou2000TieThroughEvaluate) {
  ProblemSpec spec;
  spec.provider_files = {std::string(CRITERIO_SOURCE_DIR) + "/tests/data/wsm/wikipedia_wsm_triantaphyllou2000.csv"};
  spec.weights = {0.20, 0.15, 0.40, 0.25};
  spec.as_of = Date::parse("2026-01-01");
  Diagnostics diagnostics;
  const auto problem = load_problem(spec, diagnostics);
  ASSERT_TRUE(problem.has_value()) << testing::listing(diagnostics);
  EXPECT_TRUE(problem->spreadsheet_mode);
  const Result result = evaluate(*problem, {"wsm", {{"normalization", "none"}}});
  ASSERT_EQ(result.ranking.size(), 3u);
  EXPECT_EQ(result.ranking[0].id, "a2");
  EXPECT_EQ(result.ranking[0].rank, 1);
  EXPECT_EQ(result.ranking[1].id, "a3");
  EXPECT_EQ(result.ranking[1].rank, 1);
  EXPECT_EQ(result.ranking[2].id, "a1");
  EXPECT_EQ(result.ranking[2].rank, 3);
  EXPECT_NEAR(result.ranking[0].score, 22.00, 0.005);
  EXPECT_NEAR(result.ranking[2].score, 21.50, 0.005);
}

// Example 2. A. Afshari, M. Mojahed, R. M. Yusuff (2010), "Simple Additive
// Weighting approach to Personnel Selection problem", IJIMT 1(5) 511-515, as
// computed in JMcDM (src/saw.jl docstring, test/mcdm/testsaw.jl "Example 2").
// max normalisation, all benefit. The docstring prints full double precision;
// exact values are 3872.6/7000, 4994.4/7000, 5862/7000, 3602.6/7000, 4055.4/7000.
TEST(WeightedSum, Afshari2010PersonnelSelection) {
  const Eigen::VectorXd s = wsm_scores("afshari2010_saw_personnel.csv",
                                       {0.283, 0.162, 0.162, 0.07, 0.085, 0.162, 0.076}, "+++++++", "max");
  ASSERT_EQ(s.size(), 5);
  const double printed[] = {0.5532285714285714, 0.7134857142857142, 0.8374285714285714, 0.5146571428571429,
                            0.5793428571428572};
  for (Eigen::Index i = 0; i < 5; ++i) EXPECT_NEAR(s(i), printed[i], 1e-15) << "a" << i + 1;
  EXPECT_NEAR(s(2), 5862.0 / 7000, 1e-15);
  EXPECT_EQ(competition_ranks(s), (std::vector<int>{4, 2, 1, 5, 3}));
}

// Example 3. Data of M. Kracka, W. K. M. Brauers, E. K. Zavadskas (2010),
// "Ranking Heating Losses in a Building by Applying the MULTIMOORA",
// Inzinerine Ekonomika 21(4) 352-359; WSM result from scikit-criteria
// tests/madm/test_simple.py::test_WeightedSumModel_kracka2010ranking.
// sum normalisation (cost as (1/x)/sum(1/x)), weights 20 each; printed to 8
// significant digits.
TEST(WeightedSum, Kracka2010HeatingLossesSumNormalisation) {
  const Eigen::VectorXd s = wsm_scores("kracka2010_heating_losses_skcriteria.csv", {20, 20, 20, 20, 20, 20, 20},
                                       "----+-+", "sum");
  ASSERT_EQ(s.size(), 6);
  const double printed[] = {0.12040426, 0.34582350, 0.13838192, 0.12841246, 0.12346084, 0.14351701};
  for (Eigen::Index i = 0; i < 6; ++i) EXPECT_NEAR(s(i), printed[i], 5e-9) << "a" << i + 1;
  EXPECT_EQ(competition_ranks(s), (std::vector<int>{6, 1, 3, 4, 5, 2}));
}

// Example 4. D.-G. Akestoridis, mcdm (PyPI), mcdm/tests/test_rank.py::
// test_rank_saw_mw_linear1: equal weights, "Linear1" normalisation (x/max,
// min/x for cost = criterio's max), directions +,-,-,+; printed to 6 decimals.
TEST(WeightedSum, AkestoridisMcdmSawMwLinear1) {
  const Eigen::VectorXd s =
      wsm_scores("akestoridis_mcdm_test_rank_saw_mw_linear1.csv", {0.25, 0.25, 0.25, 0.25}, "+--+", "max");
  ASSERT_EQ(s.size(), 6);
  const double printed[] = {0.669167, 0.677778, 0.638889, 0.588889, 0.590278, 0.625000};
  for (Eigen::Index i = 0; i < 6; ++i) EXPECT_NEAR(s(i), printed[i], 5e-7) << "a" << i + 1;
  EXPECT_EQ(competition_ranks(s), (std::vector<int>{2, 1, 3, 6, 5, 4}));
}

// Example 5. JMcDM (M. H. Satman et al.), test/mcdm/testsaw.jl, "Example 1:
// 4 criteria x 4 alternatives": equal weights, max normalisation (min/x for
// the cost criterion c3); printed to 6 decimals, truncated (tolerance 1e-6).
TEST(WeightedSum, JMcDMTestSawExample1) {
  const Eigen::VectorXd s = wsm_scores("jmcdm_testsaw_example1.csv", {0.25, 0.25, 0.25, 0.25}, "++-+", "max");
  ASSERT_EQ(s.size(), 4);
  const double printed[] = {0.681277, 0.725151, 0.709871, 0.784976};
  for (Eigen::Index i = 0; i < 4; ++i) EXPECT_NEAR(s(i), printed[i], 1e-6) << "a" << i + 1;
  EXPECT_EQ(competition_ranks(s), (std::vector<int>{4, 2, 3, 1}));
}

TEST(WeightedSum, ColumnsWithAValueFunctionAreUsedAsTheyAre) {
  // Column 0 holds utilities already; column 1 is raw (max normalisation).
  Eigen::MatrixXd values(2, 2);
  values << 0.2, 5, 0.9, 10;
  Eigen::VectorXd w(2);
  w << 0.5, 0.5;
  const std::vector<Direction> dirs = {Direction::benefit, Direction::benefit};
  std::vector<Criterion> criteria(2);
  criteria[0].id = "u";
  criteria[1].id = "r";
  const bool is_utility[] = {true, false};
  const auto method = make_method("wsm", {});
  const MethodOutput out = method->evaluate({values, w, dirs, std::span<const bool>(is_utility, 2), criteria});
  // 0.5 * 0.2 + 0.5 * 0.5 = 0.35; 0.5 * 0.9 + 0.5 * 1 = 0.95
  EXPECT_NEAR(out.scores(0), 0.35, 1e-12);
  EXPECT_NEAR(out.scores(1), 0.95, 1e-12);
  EXPECT_NEAR(out.utilities(0, 0), 0.2, 1e-12);
  EXPECT_NEAR(out.utilities(0, 1), 0.5, 1e-12);
  EXPECT_NEAR(out.contributions(1, 0), 0.45, 1e-12);
}

TEST(WeightedSum, RegistryAndParameters) {
  ASSERT_NE(find_method("wsm"), nullptr);
  EXPECT_EQ(find_method("saw"), find_method("wsm"));
  EXPECT_EQ(find_method("nope"), nullptr);
  // The default normalisation is max.
  EXPECT_EQ(make_method("wsm", {})->params().text("normalization"), "max");
  auto d = expect_error([] { make_method("wsn", {}); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("did you mean 'wsm'?"));
  d = expect_error([] { make_method("wsm", {{"normalisation", "max"}}); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("did you mean 'normalization'?"));
  d = expect_error([] { make_method("wsm", {{"normalization", "maxx"}}); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("did you mean 'max'?"));
}

TEST(WeightedSum, RefusesBadInputShapes) {
  Eigen::MatrixXd values(1, 2);
  values << 1, std::numeric_limits<double>::quiet_NaN();
  Eigen::VectorXd w(2);
  w << 0.5, 0.5;
  const std::vector<Direction> dirs = {Direction::benefit, Direction::benefit};
  std::vector<Criterion> criteria(2);
  const bool is_utility[] = {false, false};
  const auto method = make_method("wsm", {});
  expect_error([&] { method->evaluate({values, w, dirs, std::span<const bool>(is_utility, 2), criteria}); },
               ExitCode::internal);
  values(0, 1) = 2;
  Eigen::VectorXd unnormalised(2);
  unnormalised << 1, 1;
  expect_error([&] { method->evaluate({values, unnormalised, dirs, std::span<const bool>(is_utility, 2), criteria}); },
               ExitCode::internal);
}

}  // namespace
}  // namespace criterio
