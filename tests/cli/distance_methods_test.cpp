// Spreadsheet mode, through the real binary, must reproduce published
// examples of the distance-based methods: scores, ranks and the details the
// sources print. The data and the citations are in
// tests/data/{edas,codas,mabac,mairca,spotis}/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/published_support.hpp"
#include "cli/run.hpp"

namespace criterio::testing {
namespace {

// Yazdani, Torkayesh, Santibanez-Gonzalez & Otaghsara (2020), Sustainable
// Operations and Computers 1, 35-42, as reproduced by pymcdm
// (tests/test_methods.py, TestEDAS): AS to 3 decimals. The weights sum to
// 0.999; AS does not change when they are divided by their sum.
TEST(CliDistanceMethods, EdasYazdani2020) {
  const auto result = rank_json({"tests/data/edas/yazdani2020_renewable_energy_pymcdm.csv", "--weights",
                                 "0.131,0.113,0.126,0.125,0.126,0.129,0.132,0.117", "--directions",
                                 "-,-,-,+,+,-,+,+", "--method", "edas"});
  expect_ranking(result, {{"a3", 1, 0.883}, {"a1", 2, 0.841}, {"a2", 3, 0.632}, {"a4", 4, 0.457}, {"a5", 5, 0.104}},
                 5e-4);
  // AS = (NSP + NSN)/2 for every provider, and the best NSP is 1.
  for (const auto& p : result["ranking"])
    EXPECT_NEAR(p["score"].get<double>(), (p["details"]["NSP"].get<double>() + p["details"]["NSN"].get<double>()) / 2,
                1e-12);
  EXPECT_DOUBLE_EQ(detail_of(result, "a1", "NSP"), 1.0);
  EXPECT_DOUBLE_EQ(detail_of(result, "a5", "NSN"), 0.0);
}

// Badi, Shetwan & Abdulshahed (2017), ICMNEE 2017, 395-407, as reproduced by
// pymcdm (tests/test_methods.py, TestCODAS), tau = 0.02: H to 4 decimals.
TEST(CliDistanceMethods, CodasBadi2017) {
  const auto result = rank_json({"tests/data/codas/badi2017_supplier_selection_pymcdm.csv", "--weights",
                                 "0.2857,0.3036,0.2321,0.1786", "--directions", "+,-,+,+", "--method", "codas",
                                 "--param", "tau=0.02"});
  expect_ranking(result,
                 {{"a1", 1, 1.3914}, {"a2", 2, 0.3411}, {"a3", 3, -0.2170}, {"a6", 4, -0.2481}, {"a4", 5, -0.5381},
                  {"a5", 6, -0.7292}},
                 5e-5);
  EXPECT_GT(detail_of(result, "a1", "T"), detail_of(result, "a1", "E"));
}

// Pamučar & Ćirović (2015), Expert Systems with Applications 42(6),
// 3016-3028, as reproduced by pymcdm (TestMABAC): Q to 4 decimals.
TEST(CliDistanceMethods, MabacPamucarCirovic2015) {
  const auto result = rank_json({"tests/data/mabac/pamucar2015_handling_equipment_pymcdm.csv", "--weights",
                                 "0.146,0.144,0.119,0.121,0.115,0.101,0.088,0.068,0.050,0.048", "--directions",
                                 "-,+,+,+,-,-,+,+,+,+", "--method", "mabac"});
  expect_ranking(result,
                 {{"a2", 1, 0.2183}, {"a1", 2, 0.0826}, {"a6", 3, 0.0465}, {"a7", 4, 0.0464}, {"a4", 5, 0.0246},
                  {"a3", 6, -0.0488}, {"a5", 7, -0.0704}},
                 5e-5);
  EXPECT_TRUE(result.at("additive").get<bool>());
}

// JMcDM, test/mcdm/testmabac.jl: Q to 5 decimals, with an exact tie (a3, a6)
// that must share its rank.
TEST(CliDistanceMethods, MabacJmcdmTie) {
  const auto result = rank_json({"tests/data/mabac/jmcdm_testmabac.csv", "--weights",
                                 "0.293,0.427,0.067,0.027,0.053,0.027,0.053,0.053", "--directions",
                                 "+,+,+,+,+,+,+,-", "--method", "mabac"});
  expect_ranking(result,
                 {{"a5", 1, 0.34452}, {"a3", 2, 0.20035}, {"a6", 2, 0.20035}, {"a4", 4, 0.04218}, {"a2", 5, -0.10898},
                  {"a1", 6, -0.31132}},
                 5e-6);
}

// Aksoy (2021), Gümüşhane Üniversitesi Sosyal Bilimler Enstitüsü Elektronik
// Dergisi 12(1), 1-11, as reproduced by pymcdm (TestMAIRCA): Q to 4
// decimals, lower is better.
TEST(CliDistanceMethods, MaircaAksoy2021) {
  const auto result = rank_json({"tests/data/mairca/aksoy2021_mergers_pymcdm.csv", "--weights",
                                 "0.04744,0.02464,0.51357,0.41435", "--directions", "+,+,+,+", "--method", "mairca"});
  expect_ranking(result,
                 {{"a1", 1, 0.0332}, {"a3", 2, 0.0654}, {"a2", 3, 0.1122}, {"a4", 4, 0.1304}, {"a5", 5, 0.1498}}, 5e-5);
  EXPECT_FALSE(result.at("higher_is_better").get<bool>());
}

// Dezert, Tchamova, Han & Tacnet (2020), FUSION 2020, first example, as
// reproduced by pymcdm (TestSPOTIS): bounds given, scores to 4 decimals,
// lower is better.
TEST(CliDistanceMethods, SpotisDezert2020FirstExample) {
  const auto result = rank_json({"tests/data/spotis/dezert2020_example1_pymcdm.csv", "--weights", "0.2,0.3,0.5",
                                 "--directions", "+,-,+", "--method", "spotis", "--param", "lower=-5,-6,-8", "--param",
                                 "upper=12,10,5"});
  expect_ranking(result, {{"a1", 1, 0.1989}, {"a3", 2, 0.3063}, {"a2", 3, 0.3705}, {"a4", 4, 0.7491}}, 5e-5);
  EXPECT_TRUE(result.value("notes", nlohmann::json::array()).empty());
}

// The same paper's car-selection example, as reproduced by JMcDM
// (test/mcdm/testspotis.jl): importance 5, 4, 4, 1, 3; scores to 4 decimals.
TEST(CliDistanceMethods, SpotisDezert2020CarSelection) {
  const auto result = rank_json({"tests/data/spotis/dezert2020_example2_cars_jmcdm.csv", "--weights", "5,4,4,1,3",
                                 "--directions", "-,-,-,+,+", "--method", "spotis", "--param",
                                 "lower=14000,3,80,35,650", "--param", "upper=16000,8,140,60,1300"});
  expect_ranking(result, {{"a1", 1, 0.4779}, {"a3", 2, 0.5558}, {"a2", 3, 0.5781}, {"a4", 4, 0.5801}}, 5e-5);
}

// Without bounds, SPOTIS takes them from the data and says so.
TEST(CliDistanceMethods, SpotisWithoutBoundsSaysSo) {
  const auto result = rank_json({"tests/data/spotis/dezert2020_example1_pymcdm.csv", "--weights", "0.2,0.3,0.5",
                                 "--directions", "+,-,+", "--method", "spotis"});
  ASSERT_EQ(result.at("notes").size(), 1u);
  EXPECT_NE(result["notes"][0].get<std::string>().find("rank reversal"), std::string::npos);
}

// A bound that misses a value is invalid input, naming the criterion and the row.
TEST(CliDistanceMethods, SpotisValueOutsideBounds) {
  const RunResult r = run({"rank", "tests/data/spotis/dezert2020_example1_pymcdm.csv", "--weights", "0.2,0.3,0.5",
                           "--directions", "+,-,+", "--method", "spotis", "--param", "lower=-5,-6,-8", "--param",
                           "upper=10,10,5"});
  EXPECT_EQ(r.exit_code, 3) << "invalid input";
  EXPECT_NE(r.err.find("criterion 'c1'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("provider row 1"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace criterio::testing
