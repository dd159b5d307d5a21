// Spreadsheet mode, through the real binary, must reproduce the published
// examples of WPM, WASPAS, MOORA, MULTIMOORA, ARAS and COPRAS to the printed
// precision. Data and citations: tests/data/<method>/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/published_support.hpp"
#include "cli/run.hpp"

namespace criterio::testing {
namespace {

// Chakraborty, Zavadskas & Antucheviciene (2015), Example 2: WASPAS at λ = 0,
// as scikit-criteria prints it (4 decimals).
TEST(CliCompensatory, WpmChakraborty2015Example2) {
  const auto result = rank_json({"tests/data/wpm/chakraborty2015_example2.csv", "--weights", "0.467,0.160,0.095,0.278",
                                 "--directions", "-,-,-,+", "--method", "wpm"});
  expect_ranking(result,
                 {{"a4", 1, 0.9413},
                  {"a9", 2, 0.8987},
                  {"a8", 3, 0.8915},
                  {"a10", 4, 0.8697},
                  {"a5", 5, 0.8632},
                  {"a1", 6, 0.8578},
                  {"a7", 7, 0.8454},
                  {"a3", 8, 0.8408},
                  {"a6", 9, 0.8241},
                  {"a2", 10, 0.8144}},
                 5e-5);
  EXPECT_EQ(result.at("additive"), false);
}

// The same example at λ = 0.5. The paper forms Q from 4-decimal WSM and WPM
// figures, so Q and WSM are compared within one unit of the last digit (1e-4),
// WPM within half a unit.
TEST(CliCompensatory, WaspasChakraborty2015Example2) {
  const auto result =
      rank_json({"tests/data/waspas/chakraborty2015_example2.csv", "--weights", "0.467,0.160,0.095,0.278",
                 "--directions", "-,-,-,+", "--method", "waspas", "--param", "lambda=0.5"});
  expect_ranking(result,
                 {{"a4", 1, 0.9417},
                  {"a9", 2, 0.9027},
                  {"a8", 3, 0.8949},
                  {"a10", 4, 0.8740},
                  {"a5", 5, 0.8638},
                  {"a1", 6, 0.8584},
                  {"a7", 7, 0.8503},
                  {"a3", 8, 0.8419},
                  {"a6", 9, 0.8278},
                  {"a2", 10, 0.8169}},
                 1e-4);
  EXPECT_NEAR(detail_of(result, "a4", "WSM"), 0.9420, 1e-4);
  EXPECT_NEAR(detail_of(result, "a4", "WPM"), 0.9413, 5e-5);
  EXPECT_NEAR(detail_of(result, "a2", "WPM"), 0.8144, 5e-5);
}

// Siregar et al. (2021), as pymcdm's TestMOORA prints it (4 decimals).
TEST(CliCompensatory, MooraSiregar2021) {
  const auto result = rank_json({"tests/data/moora/siregar2021_pymcdm.csv", "--weights", "0.3,0.2,0.1,0.4",
                                 "--directions", "-,+,+,+", "--method", "moora"});
  expect_ranking(result,
                 {{"a2", 1, 0.2345},
                  {"a1", 2, 0.1801},
                  {"a4", 3, 0.1757},
                  {"a5", 4, 0.1683},
                  {"a7", 5, 0.1197},
                  {"a6", 6, 0.0742},
                  {"a3", 7, 0.0625}},
                 5e-5);
  EXPECT_EQ(result.at("higher_is_better"), true);
}

// JMcDM's "MOORA Reference" test (8 decimals); lower is better.
TEST(CliCompensatory, MooraReferencePointJmcdm) {
  const auto result =
      rank_json({"tests/data/moora/jmcdm_reference.csv", "--weights", "0.110,0.035,0.379,0.384,0.002,0.002,0.010,0.077",
                 "--method", "moora", "--param", "approach=reference"});
  expect_ranking(result, {{"a4", 1, 0.01926526}, {"a2", 2, 0.29014464}, {"a1", 3, 0.33159387}, {"a3", 4, 0.37304311}},
                 5e-9);
  EXPECT_EQ(result.at("higher_is_better"), false);
}

// Karabasevic et al. (2015), as pyrepo_mcda's Test_MULTIMOORA prints it: final
// ranking A3, A2, A1; RS and RP to 3 decimals with the source's weights, which
// sum to 0.999 (criterio divides them by their sum, hence the factor).
TEST(CliCompensatory, MultimooraKarabasevic2015) {
  const auto result = rank_json({"tests/data/multimoora/karabasevic2015.csv", "--weights",
                                 "0.215,0.215,0.159,0.133,0.102,0.102,0.073", "--method", "multimoora"});
  expect_ranking(result, {{"a3", 1, 2}, {"a2", 2, 1}, {"a1", 3, 0}}, 0);
  EXPECT_NEAR(0.999 * detail_of(result, "a1", "RS"), 0.494, 5e-4);
  EXPECT_NEAR(0.999 * detail_of(result, "a2", "RS"), 0.527, 5e-4);
  EXPECT_NEAR(0.999 * detail_of(result, "a3", "RS"), 0.677, 5e-4);
  EXPECT_NEAR(0.999 * detail_of(result, "a1", "RP"), 0.046, 5e-4);
  EXPECT_NEAR(0.999 * detail_of(result, "a2", "RP"), 0.061, 5e-4);
  EXPECT_EQ(detail_of(result, "a1", "rank_RP"), 2);
  EXPECT_EQ(detail_of(result, "a2", "rank_RP"), 3);
  EXPECT_EQ(detail_of(result, "a2", "rank_FMF"), 2);
  EXPECT_EQ(result.at("relations").size(), 3u);
}

// Yildirim (2015), as JMcDM's src/aras.jl docstring prints it (full precision).
TEST(CliCompensatory, ArasYildirim2015) {
  const auto result = rank_json({"tests/data/aras/yildirim2015_jmcdm.csv", "--weights", "0.05,0.20,0.10,0.15,0.10,0.40",
                                 "--directions", "-,+,-,+,+,-", "--method", "aras"});
  expect_ranking(result,
                 {{"a2", 1, 0.8928861957614441},
                  {"a5", 2, 0.8654063509472654},
                  {"a4", 3, 0.8422546181927358},
                  {"a1", 4, 0.8142406768388222},
                  {"a3", 5, 0.764157900073527}},
                 1e-12);
  EXPECT_EQ(result.at("additive"), true);
}

// Stanujkic et al. (2015), as pymcdm's TestARAS prints it (2 decimals): a2
// and a4 both print 0.86 but are not tied (0.8610 and 0.8566).
TEST(CliCompensatory, ArasStanujkic2015) {
  const auto result = rank_json(
      {"tests/data/aras/stanujkic2015_pymcdm.csv", "--weights", "0.28,0.25,0.19,0.15,0.08,0.04", "--method", "aras"});
  expect_ranking(result, {{"a2", 1, 0.86}, {"a4", 2, 0.86}, {"a3", 3, 0.78}, {"a1", 4, 0.74}}, 5e-3);
}

// Kaklauskas et al. (2006), as JMcDM's testcopras.jl prints Q / max Q to 5
// decimals; the score is N = 100 Q / max Q, so within 5e-4.
TEST(CliCompensatory, CoprasKaklauskas2006) {
  const auto result =
      rank_json({"tests/data/copras/kaklauskas2006_jmcdm.csv", "--weights", "0.1667,0.1667,0.1667,0.1667,0.1667,0.1667",
                 "--directions", "+,+,+,+,+,-", "--method", "copras"});
  expect_ranking(
      result, {{"a38", 1, 100.000}, {"a37", 2, 88.253},  {"a36", 3, 82.379},  {"a35", 4, 77.680},  {"a30", 5, 75.650},
               {"a34", 6, 72.065},  {"a29", 7, 65.888},  {"a33", 8, 65.542},  {"a32", 9, 63.486},  {"a31", 10, 61.430},
               {"a28", 11, 61.085}, {"a26", 12, 60.091}, {"a25", 13, 58.709}, {"a24", 14, 56.243}, {"a17", 15, 56.134},
               {"a16", 16, 54.265}, {"a15", 17, 51.953}, {"a27", 18, 51.850}, {"a23", 19, 51.586}, {"a19", 20, 49.532},
               {"a12", 21, 48.602}, {"a5", 22, 48.177},  {"a22", 23, 48.126}, {"a11", 24, 46.625}, {"a14", 25, 45.825},
               {"a18", 26, 45.588}, {"a13", 27, 45.019}, {"a21", 28, 45.014}, {"a20", 29, 44.788}, {"a4", 30, 44.403},
               {"a2", 31, 44.395},  {"a10", 32, 44.382}, {"a1", 33, 44.194},  {"a6", 34, 44.074},  {"a9", 35, 43.474},
               {"a7", 36, 42.430},  {"a8", 37, 41.737},  {"a3", 38, 41.042}},
      5e-4);
  EXPECT_NEAR(detail_of(result, "a3", "N"), 41.042, 5e-4);
  EXPECT_GT(detail_of(result, "a38", "Q"), detail_of(result, "a37", "Q"));
}

// Bad data for a method is invalid input (exit 3) that names the criterion.
TEST(CliCompensatory, ZeroWhereTheMethodDividesOrMultipliesIsInvalidInput) {
  const std::string csv = "id,c1,c2\na1,0,5\na2,4,2\n";
  for (const std::string method : {"wpm", "waspas", "aras", "copras", "multimoora"}) {
    const RunResult r = run({"rank", "-", "--weights", "0.5,0.5", "--directions", "-,+", "--method", method}, csv);
    EXPECT_EQ(r.exit_code, 3) << method << ": " << r.err;
    EXPECT_NE(r.err.find("criterion 'c1': " + method), std::string::npos) << method << ": " << r.err;
  }
  // MOORA's ratios are defined for zeros and negatives.
  const RunResult r = run({"rank", "-", "--weights", "0.5,0.5", "--directions", "-,+", "--method", "moora"}, csv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace criterio::testing
