// Spreadsheet mode, through the real binary, must reproduce published
// examples of CoCoSo, MARCOS, OCRA, RAM and PROBID. The data and the
// citations are in tests/data/<method>/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/published_support.hpp"

namespace criterio::testing {
namespace {

// Yazdani, Zarate, Zavadskas & Turskis (2019), robot selection; scores as
// JMcDM prints them in full (test/testmcdm.jl), the appraisal scores ka and
// kc as the paper prints them (3 decimals, via scikit-criteria).
TEST(CliReferenceMethods, CocosoYazdani2019) {
  const auto result = rank_json({"tests/data/cocoso/yazdani2019_robot_selection.csv", "--weights",
                                 "0.036,0.192,0.326,0.326,0.120", "--directions", "+,-,+,+,+", "--method", "cocoso",
                                 "--param", "lambda=0.5"});
  expect_ranking(result,
                 {{"a3", 1, 2.8823497955972495},
                  {"a2", 2, 2.787989783418825},
                  {"a7", 3, 2.519094173200623},
                  {"a4", 4, 2.4160457689259287},
                  {"a1", 5, 2.0413128390265998},
                  {"a6", 6, 1.4431429073391682},
                  {"a5", 7, 1.2986918936013303}},
                 1e-9);
  EXPECT_NEAR(detail_of(result, "a3", "kc"), 1.000, 5e-4);
  EXPECT_NEAR(detail_of(result, "a1", "ka"), 0.131, 5e-4);
  EXPECT_NEAR(detail_of(result, "a6", "kb"), 2.225, 5e-4);
}

// JMcDM's marcos example (after Stević et al. 2020): weights 190:159:198:
// 190:151:111, all benefit; scores as JMcDM's test prints them (12 decimals).
TEST(CliReferenceMethods, MarcosJMcDMExample) {
  const auto result = rank_json({"tests/data/marcos/jmcdm_marcos_example.csv", "--weights",
                                 "190,159,198,190,151,111", "--method", "marcos"});
  expect_ranking(result,
                 {{"a1", 1, 0.684865943528},
                  {"a2", 2, 0.672767106696},
                  {"a3", 3, 0.662596906139},
                  {"a4", 4, 0.661103207660}},
                 5e-13);
}

// Stević, Pamučar, Puška & Chatterjee (2020), healthcare suppliers: the
// ranking exactly; f(K) and K+ within 1e-3 of the 3 printed decimals (the
// paper rounds its intermediate sums; EXAMPLES.md).
TEST(CliReferenceMethods, MarcosStevic2020) {
  const auto result = rank_json(
      {"tests/data/marcos/stevic2020_healthcare_suppliers.csv", "--weights",
       "0.127,0.159,0.060,0.075,0.043,0.051,0.075,0.061,0.053,0.020,0.039,0.022,0.017,0.027,0.022,0.039,0.017,0.035,"
       "0.015,0.024,0.016",
       "--directions", "-,+,+,-,+,+,+,+,+,+,+,+,+,+,+,+,+,+,+,+,+", "--method", "marcos"});
  expect_ranking(result,
                 {{"a2", 1, 0.846},
                  {"a5", 2, 0.843},
                  {"a4", 3, 0.796},
                  {"a7", 4, 0.722},
                  {"a3", 5, 0.704},
                  {"a1", 6, 0.524},
                  {"a6", 7, 0.499},
                  {"a8", 8, 0.290}},
                 1e-3);
  EXPECT_NEAR(detail_of(result, "a2", "K_plus"), 0.908, 1e-3);
  EXPECT_NEAR(detail_of(result, "a8", "K_minus"), 1.007, 1e-3);
}

// Işık & Adalı (2016), hotel selection: overall rating P and the input and
// output ratings to the 3 printed decimals.
TEST(CliReferenceMethods, OcraIsikAdali2016) {
  const auto result = rank_json({"tests/data/ocra/isik_adali2016_hotels.csv", "--weights",
                                 "0.239,0.225,0.197,0.186,0.153", "--directions", "+,-,+,+,+", "--method", "ocra"});
  expect_ranking(result,
                 {{"a2", 1, 0.210},
                  {"a4", 2, 0.167},
                  {"a3", 3, 0.164},
                  {"a1", 4, 0.143},
                  {"a6", 5, 0.112},
                  {"a5", 6, 0.000}},
                 5e-4);
  EXPECT_NEAR(detail_of(result, "a6", "I"), 0.122, 5e-4);
  EXPECT_NEAR(detail_of(result, "a3", "O"), 0.244, 5e-4);
}

// Sotoudeh-Anvari (2023), Tables 2 to 5: RI to the 6 decimals given, S+ and
// S- as printed (truncated at 5 decimals, hence 1e-5).
TEST(CliReferenceMethods, RamSotoudehAnvari2023) {
  const auto result = rank_json({"tests/data/ram/sotoudeh_anvari2023.csv", "--weights",
                                 "0.132,0.135,0.138,0.162,0.09,0.223,0.12", "--directions", "+,-,-,+,+,+,+",
                                 "--method", "ram"});
  expect_ranking(result,
                 {{"a7", 1, 1.439444},
                  {"a2", 2, 1.439243},
                  {"a3", 3, 1.435296},
                  {"a1", 4, 1.433215},
                  {"a4", 5, 1.432197},
                  {"a8", 6, 1.430766},
                  {"a6", 7, 1.430120},
                  {"a9", 8, 1.429406},
                  {"a10", 9, 1.428773},
                  {"a5", 10, 1.427880}},
                 5e-7);
  EXPECT_NEAR(detail_of(result, "a2", "S_plus"), 0.090475, 1e-5);
  EXPECT_NEAR(detail_of(result, "a5", "S_minus"), 0.04247, 1e-5);
}

// Wang, Rangaiah & Wang (2021): PROBID scores to the 4 printed decimals, raw
// data in scientific notation.
TEST(CliReferenceMethods, ProbidWang2021) {
  const auto result = rank_json({"tests/data/probid/wang2021_pareto_solutions.csv", "--weights",
                                 "0.1819,0.2131,0.1838,0.1832,0.2379", "--directions", "+,-,-,-,-", "--method",
                                 "probid"});
  expect_ranking(result,
                 {{"a5", 1, 0.9379},
                  {"a4", 2, 0.9369},
                  {"a3", 3, 0.9362},
                  {"a6", 4, 0.8716},
                  {"a1", 5, 0.8568},
                  {"a2", 6, 0.7826},
                  {"a9", 7, 0.7792},
                  {"a8", 8, 0.7231},
                  {"a7", 9, 0.5489},
                  {"a11", 10, 0.3387},
                  {"a10", 11, 0.3331}},
                 5e-5);
}

// The simplified variant on the same data (two printed figures are 1e-4 off
// the definition; EXAMPLES.md).
TEST(CliReferenceMethods, SprobidWang2021) {
  const auto result = rank_json({"tests/data/probid/wang2021_pareto_solutions.csv", "--weights",
                                 "0.1819,0.2131,0.1838,0.1832,0.2379", "--directions", "+,-,-,-,-", "--method",
                                 "probid", "--param", "variant=sprobid"});
  expect_ranking(result,
                 {{"a5", 1, 3.4375},
                  {"a4", 2, 3.3702},
                  {"a3", 3, 3.2805},
                  {"a6", 4, 2.6435},
                  {"a1", 5, 2.4246},
                  {"a9", 6, 2.0885},
                  {"a2", 7, 2.0596},
                  {"a8", 8, 1.8158},
                  {"a7", 9, 1.2628},
                  {"a11", 10, 0.4279},
                  {"a10", 11, 0.3399}},
                 1.5e-4);
}

// Parameters are checked against the registry: lambda in [0, 1], variant
// one of probid, sprobid.
TEST(CliReferenceMethods, BadParametersAreUsageErrors) {
  const std::string file = "tests/data/ocra/isik_adali2016_hotels.csv";
  const RunResult lambda = run({"rank", file, "--method", "cocoso", "--param", "lambda=1.5"});
  EXPECT_EQ(lambda.exit_code, 2) << lambda.err;
  EXPECT_NE(lambda.err.find("lambda=1.5"), std::string::npos) << lambda.err;
  const RunResult variant = run({"rank", file, "--method", "probid", "--param", "variant=sprobit"});
  EXPECT_EQ(variant.exit_code, 2) << variant.err;
  EXPECT_NE(variant.err.find("sprobid"), std::string::npos) << variant.err;
}

}  // namespace
}  // namespace criterio::testing
