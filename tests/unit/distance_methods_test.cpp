// The distance-based methods (EDAS, CODAS, MABAC, MAIRCA, SPOTIS) against
// published worked examples, each cited where it is used; the data and how
// each was checked are in tests/data/<method>/EXAMPLES.md. Then their details,
// cost handling, parameters, errors and properties.

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "unit/method_support.hpp"

namespace criterio::testing {
namespace {

// The data of the published examples, shared by several tests.
Eigen::MatrixXd yazdani2020() {
  return matrix({{3873, 39.55, 0.27, 0.87, 150, 0.07, 12, 2130},
                 {5067, 67.26, 0.23, 0.23, 40, 0.02, 21, 2200},
                 {2213, 24.69, 0.08, 0.17, 200, 0.04, 35, 570},
                 {6243, 132, 0.07, 0.25, 100, 0.04, 16, 100},
                 {8312, 460.47, 0.05, 0.21, 25, 0.1, 25, 200}});
}

MethodCase yazdani2020_case() {
  return {yazdani2020(), {0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117}, "---++-++", {}, {}, {}};
}

Eigen::MatrixXd badi2017() {
  return matrix({{45, 3600, 45, 0.9},
                 {25, 3800, 60, 0.8},
                 {23, 3100, 35, 0.9},
                 {14, 3400, 50, 0.7},
                 {15, 3300, 40, 0.8},
                 {28, 3000, 30, 0.6}});
}

Eigen::MatrixXd dezert2020_example1() {
  return matrix({{10.5, -3.1, 1.7}, {-4.7, 0, 3.4}, {8.1, 0.3, 1.3}, {3.2, 7.3, -5.3}});
}

MethodCase dezert2020_example1_case() {
  return {dezert2020_example1(), {0.2, 0.3, 0.5}, "+-+", {{"lower", "-5,-6,-8"}, {"upper", "12,10,5"}}, {}, {}};
}

void expect_additive(const MethodOutput& out) {
  ASSERT_TRUE(out.additive);
  const std::vector<double> scores(out.scores.data(), out.scores.data() + out.scores.size());
  expect_near(out.contributions.rowwise().sum(), scores, 1e-12, "contributions sum to the score");
  EXPECT_TRUE(out.contribution_meaning.has_value());
}

// ---------------------------------------------------------------- EDAS

// Yazdani, Torkayesh, Santibanez-Gonzalez & Otaghsara (2020), "Evaluation of
// renewable energy resources using integrated Shannon Entropy-EDAS model",
// Sustainable Operations and Computers 1, 35-42, as reproduced by pymcdm
// (tests/test_methods.py, TestEDAS): appraisal scores to 3 decimals.
TEST(Edas, Yazdani2020RenewableEnergy) {
  const auto out = run_method("edas", yazdani2020_case());
  expect_near(out.scores, {0.841, 0.632, 0.883, 0.457, 0.104}, 5e-4, "AS");
  expect_additive(out);
}

// JMcDM (Satman et al.), test/mcdm/testedas.jl: scores to 6 decimals.
TEST(Edas, JmcdmTestCase) {
  const auto out = run_method("edas", {matrix({{5000, 5, 5300, 450},
                                               {4500, 5, 5000, 400},
                                               {4500, 4, 4700, 400},
                                               {4000, 4, 4200, 400},
                                               {5000, 4, 7100, 500},
                                               {5000, 5, 5400, 450},
                                               {5500, 5, 6200, 500},
                                               {5000, 4, 5800, 450}}),
                                       {0.25, 0.25, 0.25, 0.25}, "++--", {}, {}, {}});
  expect_near(out.scores, {0.759594, 0.886016, 0.697472, 0.739658, 0.059083, 0.731833, 0.641691, 0.385194}, 5e-7);
}

TEST(Edas, DetailsFollowTheirDefinitions) {
  const auto out = run_method("edas", yazdani2020_case());
  const auto sp = detail(out, "SP"), sn = detail(out, "SN"), nsp = detail(out, "NSP"), nsn = detail(out, "NSN");
  for (Eigen::Index i = 0; i < out.scores.size(); ++i) {
    EXPECT_NEAR(nsp(i), sp(i) / sp.maxCoeff(), 1e-12);
    EXPECT_NEAR(nsn(i), 1 - sn(i) / sn.maxCoeff(), 1e-12);
    EXPECT_NEAR(out.scores(i), (nsp(i) + nsn(i)) / 2, 1e-12);
  }
  EXPECT_DOUBLE_EQ(nsp.maxCoeff(), 1.0);
  EXPECT_DOUBLE_EQ(nsn.minCoeff(), 0.0);
}

// One cost column 1, 3: the average is 2, so the lower value is 50% better
// than the average (PDA 0.5) and the higher 50% worse (NDA 0.5): AS 1 and 0.
TEST(Edas, CostBelowTheAverageIsAPositiveDistance) {
  const auto out = run_method("edas", {matrix({{1}, {3}}), {1}, "-", {}, {}, {}});
  expect_near(detail(out, "SP"), {0.5, 0}, 1e-12, "SP");
  expect_near(detail(out, "SN"), {0, 0.5}, 1e-12, "SN");
  expect_near(out.scores, {1, 0}, 1e-12, "AS");
}

TEST(Edas, AnAverageOfZeroOrLessIsAnError) {
  try {
    run_method("edas", {matrix({{2, -1}, {3, 1}}), {0.5, 0.5}, "++", {}, {}, {}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::invalid_input);
    EXPECT_NE(std::string(e.what()).find("criterion 'c2'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("average"), std::string::npos) << e.what();
  }
}

// A column of zeros has an average of zero but no distances: it is not an error.
TEST(Edas, AColumnOfZerosIsAtZeroDistance) {
  const auto out = run_method("edas", {matrix({{0, 1}, {0, 2}, {0, 3}}), {0.5, 0.5}, "++", {}, {}, {}});
  EXPECT_TRUE(out.scores.allFinite());
  EXPECT_DOUBLE_EQ(detail(out, "SP")(0), 0.0);
}

// When every provider is equal, SP and SN are zero for all: NSP 0, NSN 1, AS 1/2.
TEST(Edas, EqualProvidersScoreOneHalf) {
  const auto out = run_method("edas", {matrix({{4, 7}, {4, 7}}), {0.5, 0.5}, "+-", {}, {}, {}});
  expect_near(out.scores, {0.5, 0.5}, 1e-12);
}

// ---------------------------------------------------------------- CODAS

// Badi, Shetwan & Abdulshahed (2017), "Supplier selection using COmbinative
// Distance-based ASsessment (CODAS) method for multi-criteria
// decision-making", ICMNEE 2017, 395-407, as reproduced by pymcdm
// (tests/test_methods.py, TestCODAS), tau = 0.02: H to 4 decimals.
TEST(Codas, Badi2017SupplierSelection) {
  const auto out = run_method("codas", {badi2017(), {0.2857, 0.3036, 0.2321, 0.1786}, "+-++", {}, {}, {}});
  expect_near(out.scores, {1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481}, 5e-5, "H");
  expect_additive(out);
}

// JMcDM, test/mcdm/testcodas.jl (the CoCoSo data of Yazdani et al. 2019),
// tau = 0.02: H to 9 decimals.
TEST(Codas, JmcdmTestCase) {
  const auto out = run_method("codas", {matrix({{60, 0.4, 2540, 500, 990},
                                                {6.35, 0.15, 1016, 3000, 1041},
                                                {6.8, 0.1, 1727.2, 1500, 1676},
                                                {10, 0.2, 1000, 2000, 965},
                                                {2.5, 0.1, 560, 500, 915},
                                                {4.5, 0.08, 1016, 350, 508},
                                                {3, 0.1, 1778, 1000, 920}}),
                                        {0.036, 0.192, 0.326, 0.326, 0.12}, "+-+++", {}, {}, {}});
  expect_near(out.scores, {0.512176491, 1.463300035, 1.07153259, -0.212467998, -1.851520552, -1.17167677, 0.188656204},
              5e-10);
}

// tau = 0: the taxicab distances always count, H_i = sum_k (E_i - E_k) + (T_i - T_k).
// tau = 1, above any difference of Euclidean distances: they never count.
TEST(Codas, TauDecidesWhenTaxicabDistancesCount) {
  const MethodCase base{badi2017(), {0.2857, 0.3036, 0.2321, 0.1786}, "+-++", {}, {}, {}};
  MethodCase always = base, never = base;
  always.params["tau"] = "0";
  never.params["tau"] = "1";
  const auto with_taxicab = run_method("codas", always);
  const auto without = run_method("codas", never);
  const Eigen::VectorXd e = detail(with_taxicab, "E"), t = detail(with_taxicab, "T");
  const auto m = static_cast<double>(e.size());
  for (Eigen::Index i = 0; i < e.size(); ++i) {
    EXPECT_NEAR(with_taxicab.scores(i), m * (e(i) + t(i)) - e.sum() - t.sum(), 1e-12);
    EXPECT_NEAR(without.scores(i), m * e(i) - e.sum(), 1e-12);
  }
  // The default (0.02) lies between: a3's Euclidean distance is within 0.02
  // of a6's, so the default differs from both.
  const auto by_default = run_method("codas", base);
  EXPECT_GT(std::abs(by_default.scores(2) - with_taxicab.scores(2)), 1e-3);
  EXPECT_GT(std::abs(by_default.scores(2) - without.scores(2)), 1e-3);
}

// Two providers, equal weights. x/max gives 1 and 0.5 on the benefit column,
// min/x gives 1 and 0.5 on the cost column; weighted, a1 is (0.5, 0.5) and
// a2 (0.25, 0.25), which is the negative ideal. So a1's distances are
// E = sqrt(0.125), T = 0.5 and a2's are 0; they differ by more than tau, so
// H = +-(E + T).
TEST(Codas, DistancesAreFromTheNegativeIdeal) {
  const auto out = run_method("codas", {matrix({{2, 2}, {1, 4}}), {0.5, 0.5}, "+-", {}, {}, {}});
  const double e = std::sqrt(0.125);
  expect_near(detail(out, "E"), {e, 0}, 1e-12, "E");
  expect_near(detail(out, "T"), {0.5, 0}, 1e-12, "T");
  expect_near(out.scores, {e + 0.5, -(e + 0.5)}, 1e-12, "H");
}

TEST(Codas, ZeroOnACostCriterionIsAnError) {
  try {
    run_method("codas", {matrix({{1, 0}, {2, 3}}), {0.5, 0.5}, "+-", {}, {}, {}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::invalid_input);
    EXPECT_NE(std::string(e.what()).find("criterion 'c2': CODAS"), std::string::npos) << e.what();
  }
}

TEST(Codas, NegativeBenefitValueIsAnError) {
  EXPECT_THROW(run_method("codas", {matrix({{-1, 1}, {2, 3}}), {0.5, 0.5}, "++", {}, {}, {}}), Error);
}

// ---------------------------------------------------------------- MABAC

// Pamučar & Ćirović (2015), "The selection of transport and handling
// resources in logistics centers using MABAC", Expert Systems with
// Applications 42(6), 3016-3028, as reproduced by pymcdm
// (tests/test_methods.py, TestMABAC): Q to 4 decimals.
TEST(Mabac, PamucarCirovic2015HandlingEquipment) {
  const auto out = run_method(
      "mabac", {matrix({{22600, 3800, 2, 5, 1.06, 3.00, 3.5, 2.8, 24.5, 6.5},
                        {19500, 4200, 3, 2, 0.95, 3.00, 3.4, 2.2, 24, 7.0},
                        {21700, 4000, 1, 3, 1.25, 3.20, 3.3, 2.5, 24.5, 7.3},
                        {20600, 3800, 2, 5, 1.05, 3.25, 3.2, 2.0, 22.5, 11.0},
                        {22500, 3800, 4, 3, 1.35, 3.20, 3.7, 2.1, 23, 6.3},
                        {23250, 4210, 3, 5, 1.45, 3.60, 3.5, 2.8, 23.5, 7.0},
                        {20300, 3850, 2, 5, 0.90, 3.25, 3.0, 2.6, 21.5, 6.0}}),
                {0.146, 0.144, 0.119, 0.121, 0.115, 0.101, 0.088, 0.068, 0.050, 0.048}, "-+++--++++", {}, {}, {}});
  expect_near(out.scores, {0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464}, 5e-5, "Q");
  expect_additive(out);
}

// JMcDM, test/mcdm/testmabac.jl: Q to 5 decimals; a3 and a6 tie exactly.
TEST(Mabac, JmcdmTestCase) {
  const auto out = run_method("mabac", {matrix({{2, 1, 4, 7, 6, 6, 7, 3000},
                                                {4, 1, 5, 6, 7, 7, 6, 3500},
                                                {3, 2, 6, 6, 5, 6, 8, 4000},
                                                {5, 1, 5, 7, 6, 7, 7, 3000},
                                                {4, 2, 5, 6, 7, 7, 6, 3000},
                                                {3, 2, 6, 6, 6, 6, 6, 3500}}),
                                        {0.293, 0.427, 0.067, 0.027, 0.053, 0.027, 0.053, 0.053}, "+++++++-", {}, {}, {}});
  expect_near(out.scores, {-0.31132, -0.10898, 0.20035, 0.04218, 0.34452, 0.20035}, 5e-6, "Q");
  EXPECT_NEAR(out.scores(2), out.scores(5), 1e-12);
}

// Two providers, one cost criterion 1 and 3: min-max gives 1 and 0, v = 2 and
// 1, g = sqrt(2); Q = 2 - sqrt(2) and 1 - sqrt(2).
TEST(Mabac, CostCriterionAndBorderArea) {
  const auto out = run_method("mabac", {matrix({{1}, {3}}), {1}, "-", {}, {}, {}});
  expect_near(out.scores, {2 - std::sqrt(2.0), 1 - std::sqrt(2.0)}, 1e-12);
}

// ---------------------------------------------------------------- MAIRCA

// Aksoy (2021), "An Analysis on Turkey's Merger and Acquisition Activities:
// MAIRCA Method", Gümüşhane Üniversitesi Sosyal Bilimler Enstitüsü
// Elektronik Dergisi 12(1), 1-11, as reproduced by pymcdm
// (tests/test_methods.py, TestMAIRCA): Q to 4 decimals, lower better.
TEST(Mairca, Aksoy2021MergersAndAcquisitions) {
  const auto out = run_method("mairca", {matrix({{70, 245, 16.4, 19},
                                                 {52, 246, 7.3, 22},
                                                 {53, 295, 10.3, 25},
                                                 {63, 256, 12, 8},
                                                 {64, 233, 5.3, 17}}),
                                         {0.04744, 0.02464, 0.51357, 0.41435}, "++++", {}, {}, {}});
  expect_near(out.scores, {0.0332, 0.1122, 0.0654, 0.1304, 0.1498}, 5e-5, "Q");
  expect_additive(out);
  EXPECT_FALSE(make_method("mairca", {})->higher_is_better());
}

// JMcDM, test/mcdm/testmairca.jl: Q to 7 decimals. The weights sum to 0.999;
// JMcDM divides them by their sum, as criterio does.
TEST(Mairca, JmcdmTestCase) {
  const auto out = run_method("mairca", {matrix({{6.952, 8.000, 6.649, 7.268, 8.000, 7.652, 6.316},
                                                 {7.319, 7.319, 6.604, 7.319, 8.000, 7.652, 5.313},
                                                 {7.000, 7.319, 7.652, 6.952, 7.652, 6.952, 4.642},
                                                 {7.319, 6.952, 6.649, 7.319, 7.652, 6.649, 5.000}}),
                                         {0.172, 0.165, 0.159, 0.129, 0.112, 0.122, 0.140}, "++++++-", {}, {}, {}});
  expect_near(out.scores, {0.1206454, 0.0806646, 0.1458627, 0.1454237}, 5e-8, "Q");
}

// Two providers, theoretical rating 1/2 each; the cost column's lower value
// normalises to 1 (no gap), the higher to 0 (the whole 1/2).
TEST(Mairca, CostCriterionGap) {
  const auto out = run_method("mairca", {matrix({{1}, {3}}), {1}, "-", {}, {}, {}});
  expect_near(out.scores, {0, 0.5}, 1e-12);
}

// ---------------------------------------------------------------- SPOTIS

// Dezert, Tchamova, Han & Tacnet (2020), "The SPOTIS rank reversal free
// method for multi-criteria decision-making support", FUSION 2020, first
// example, as reproduced by pymcdm (tests/test_methods.py, TestSPOTIS):
// scores to 4 decimals, lower better.
TEST(Spotis, Dezert2020FirstExample) {
  const auto out = run_method("spotis", dezert2020_example1_case());
  expect_near(out.scores, {0.1989, 0.3705, 0.3063, 0.7491}, 5e-5);
  expect_additive(out);
  EXPECT_TRUE(out.notes.empty()) << "every bound was given";
  EXPECT_FALSE(make_method("spotis", {})->higher_is_better());
}

// The same paper's car-selection example (Example 2), as reproduced by
// JMcDM (test/mcdm/testspotis.jl): importance 5, 4, 4, 1, 3; scores to 4 decimals.
TEST(Spotis, Dezert2020CarSelection) {
  const auto out = run_method("spotis", {matrix({{15000, 4.3, 99, 42, 737},
                                                 {15290, 5.0, 116, 42, 892},
                                                 {15350, 5.0, 114, 45, 952},
                                                 {15490, 5.3, 123, 45, 1120}}),
                                         {5, 4, 4, 1, 3}, "---++",
                                         {{"lower", "14000,3,80,35,650"}, {"upper", "16000,8,140,60,1300"}}, {}, {}});
  expect_near(out.scores, {0.4779, 0.5781, 0.5558, 0.5801}, 5e-5);
}

TEST(Spotis, BoundsFromTheCriteriaFile) {
  MethodCase c = dezert2020_example1_case();
  c.params.clear();
  const double lower[] = {-5, -6, -8}, upper[] = {12, 10, 5};
  c.criteria.resize(3);
  for (std::size_t j = 0; j < 3; ++j) {
    c.criteria[j].id = "c" + std::to_string(j + 1);
    c.criteria[j].bounds = Bounds{lower[j], upper[j]};
  }
  const auto out = run_method("spotis", c);
  expect_near(out.scores, {0.1989, 0.3705, 0.3063, 0.7491}, 5e-5);
  // A --param value wins over the file: a wider upper bound on c1 moves every score.
  c.params["upper"] = "100,10,5";
  EXPECT_GT(std::abs(run_method("spotis", c).scores(0) - out.scores(0)), 1e-3);
}

TEST(Spotis, BoundsFromTheDataAreSaidToForgoRankReversalProtection) {
  MethodCase c = dezert2020_example1_case();
  c.params = {{"lower", "-5,-6,-8"}};  // upper bounds from the data
  const auto out = run_method("spotis", c);
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_NE(english(out.notes[0]).find("c1, c2, c3"), std::string::npos) << out.notes[0];
  EXPECT_NE(english(out.notes[0]).find("rank reversal"), std::string::npos) << out.notes[0];
  // The observed maximum of c1 is 10.5: a1 is at the ideal on c1.
  EXPECT_DOUBLE_EQ(out.contributions(0, 0), 0.0);
}

TEST(Spotis, AValueOutsideTheBoundsIsAnError) {
  MethodCase c = dezert2020_example1_case();
  c.params["upper"] = "12,5,5";  // c2 has 7.3 in row 4
  try {
    run_method("spotis", c);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::invalid_input);
    const std::string message = e.what();
    EXPECT_NE(message.find("criterion 'c2'"), std::string::npos) << message;
    EXPECT_NE(message.find("provider row 4"), std::string::npos) << message;
  }
}

TEST(Spotis, LowerBoundMustBeBelowUpper) {
  MethodCase c = dezert2020_example1_case();
  c.params["lower"] = "12,-6,-8";
  EXPECT_THROW(run_method("spotis", c), Error);
}

// A utility column's bounds are 0 and 1, its ideal 1.
TEST(Spotis, UtilityColumnsUseZeroAndOne) {
  const auto out = run_method("spotis", {matrix({{0.25}, {1.0}}), {1}, "+", {}, {}, {true}});
  expect_near(out.scores, {0.75, 0}, 1e-12);
  EXPECT_TRUE(out.notes.empty());
}

// With fixed bounds a provider's score depends on its own values only:
// removing another provider cannot reorder the rest.
TEST(Spotis, FixedBoundsMakeScoresIndependentOfOtherProviders) {
  const MethodCase all = dezert2020_example1_case();
  MethodCase fewer = all;
  fewer.values = all.values.topRows(2);
  const auto full = run_method("spotis", all), reduced = run_method("spotis", fewer);
  EXPECT_DOUBLE_EQ(reduced.scores(0), full.scores(0));
  EXPECT_DOUBLE_EQ(reduced.scores(1), full.scores(1));
}

// ---------------------------------------------------------------- properties

struct PropertyCase {
  std::string method;
  std::map<std::string, std::string> params;
};

class DistanceProperties : public ::testing::TestWithParam<PropertyCase> {
 protected:
  // Random positive values in [2, 10], a fixed seed per trial.
  static Eigen::MatrixXd random_matrix(unsigned seed, Eigen::Index rows, Eigen::Index cols) {
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> value(2, 10);
    Eigen::MatrixXd m(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
      for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = value(generator);
    return m;
  }
  static constexpr const char* k_directions = "+-+-";
  static const std::vector<double>& weights() {
    static const std::vector<double> w = {0.4, 0.3, 0.2, 0.1};
    return w;
  }
  MethodCase make_case(const Eigen::MatrixXd& values) const {
    return {values, weights(), k_directions, GetParam().params, {}, {}};
  }
};

TEST_P(DistanceProperties, PermutingRowsPermutesScores) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const Eigen::MatrixXd values = random_matrix(seed, 6, 4);
    const Eigen::MatrixXd reversed = values.colwise().reverse();
    const auto out = run_method(GetParam().method, make_case(values));
    const auto back = run_method(GetParam().method, make_case(reversed));
    for (Eigen::Index i = 0; i < values.rows(); ++i)
      EXPECT_NEAR(back.scores(values.rows() - 1 - i), out.scores(i), 1e-12) << "seed " << seed << " row " << i;
  }
}

// Row 1 is row 0 made worse (or left equal) on every criterion.
TEST_P(DistanceProperties, ADominatingRowNeverScoresWorse) {
  std::mt19937 generator(42);
  std::uniform_real_distribution<double> worsening(0, 1);
  const bool higher_is_better = make_method(GetParam().method, GetParam().params)->higher_is_better();
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Eigen::MatrixXd values = random_matrix(seed, 5, 4);
    for (Eigen::Index j = 0; j < 4; ++j)
      values(1, j) = values(0, j) + (k_directions[j] == '+' ? -1 : 1) * worsening(generator);
    const auto out = run_method(GetParam().method, make_case(values));
    if (higher_is_better) EXPECT_GE(out.scores(0), out.scores(1) - 1e-12) << "seed " << seed;
    else
      EXPECT_LE(out.scores(0), out.scores(1) + 1e-12) << "seed " << seed;
  }
}

TEST_P(DistanceProperties, AColumnOfIdenticalValuesGivesFiniteScores) {
  Eigen::MatrixXd values = random_matrix(7, 5, 4);
  values.col(2).setConstant(3.5);
  const auto out = run_method(GetParam().method, make_case(values));
  EXPECT_TRUE(out.scores.allFinite());
  EXPECT_TRUE(out.utilities.allFinite());
  EXPECT_TRUE(out.contributions.allFinite());
  // It separates no one: its contribution is the same for every provider.
  for (Eigen::Index i = 1; i < values.rows(); ++i)
    EXPECT_NEAR(out.contributions(i, 2), out.contributions(0, 2), 1e-12);
}

TEST_P(DistanceProperties, ContributionsSumToTheScore) {
  expect_additive(run_method(GetParam().method, make_case(random_matrix(3, 6, 4))));
}

// CODAS guarantees dominance only when tau = 0: with a threshold, whether the
// taxicab distances count can differ between the two rows' comparisons.
INSTANTIATE_TEST_SUITE_P(Distance, DistanceProperties,
                         ::testing::Values(PropertyCase{"edas", {}}, PropertyCase{"codas", {{"tau", "0"}}},
                                           PropertyCase{"mabac", {}}, PropertyCase{"mairca", {}},
                                           PropertyCase{"spotis", {}}),
                         [](const auto& info) { return info.param.method; });

// All providers identical on every criterion: every method gives them the same finite score.
TEST(DistanceMethods, EqualProvidersTie) {
  for (const char* method : {"edas", "codas", "mabac", "mairca", "spotis"}) {
    const auto out = run_method(method, {matrix({{3, 5}, {3, 5}, {3, 5}}), {0.5, 0.5}, "+-", {}, {}, {}});
    EXPECT_TRUE(out.scores.allFinite()) << method;
    EXPECT_DOUBLE_EQ(out.scores(0), out.scores(2)) << method;
  }
}

}  // namespace
}  // namespace criterio::testing
