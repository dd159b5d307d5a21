// PROMETHEE I and II through the real binary: published examples in
// spreadsheet mode, per-criterion parameters as --param lists and from a
// criteria file's `preference:` entries, and the hosting example. Sources in
// tests/data/promethee/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "cli/published_support.hpp"

namespace criterio::testing {
namespace {

const std::string k_zhao = "tests/data/promethee/zhao2013_pymcdm_usual.csv";
const std::string k_plants = "tests/data/promethee/brans_mareschal2005_plants.csv";
const std::string k_plants_criteria = "tests/data/promethee/brans_mareschal2005_plants.yaml";

// Zhao, Peng & Li (2013), Procedia Computer Science 17, 181-188, via pymcdm
// tests/test_methods.py (TestPROMETHEE_II): usual function, net flows printed
// to 2 decimals: a1 0.1, a2 -0.3, a3 0.2.
TEST(CliPrometheeMethods, Zhao2013UsualNetFlows) {
  for (const char* method : {"promethee2", "promethee"}) {
    const auto result = rank_json({k_zhao, "--weights", "0.5,0.3,0.2", "--method", method});
    expect_ranking(result, {{"a3", 1, 0.2}, {"a1", 2, 0.1}, {"a2", 3, -0.3}}, 0.005);
    EXPECT_NEAR(detail_of(result, "a1", "phi"), 0.1, 0.005);
  }
}

// Brans & Mareschal (2005), ch. 5, six plant locations, through the
// Poznań PROMETHEE library's test (π printed to 3 decimals, each entry within
// 0.001 of the exact value). The expected flows are the printed π's row and
// column sums over 5, so within 0.001, and the net flows within 0.002.
const double k_printed_pi[6][6] = {{0.000, 0.296, 0.250, 0.268, 0.100, 0.185}, {0.462, 0.000, 0.389, 0.333, 0.296, 0.500},
                                   {0.236, 0.180, 0.000, 0.333, 0.056, 0.429}, {0.399, 0.505, 0.305, 0.000, 0.223, 0.212},
                                   {0.444, 0.515, 0.487, 0.380, 0.000, 0.448}, {0.286, 0.399, 0.250, 0.432, 0.133, 0.000}};

void expect_plant_flows(const nlohmann::json& result) {
  // Net flows from the printed π: a5 0.293, a2 0.017, a4 -0.020, a6 -0.055, a3 -0.090, a1 -0.146.
  const std::vector<std::string> order = {"a5", "a2", "a4", "a6", "a3", "a1"};
  const auto& ranking = result.at("ranking");
  ASSERT_EQ(ranking.size(), 6u);
  for (std::size_t i = 0; i < order.size(); ++i) {
    EXPECT_EQ(ranking[i].at("id"), order[i]);
    EXPECT_EQ(ranking[i].at("rank"), static_cast<int>(i + 1));
  }
  for (int a = 0; a < 6; ++a) {
    const std::string id = "a" + std::to_string(a + 1);
    double plus = 0, minus = 0;
    for (int b = 0; b < 6; ++b) {
      plus += k_printed_pi[a][b] / 5;
      minus += k_printed_pi[b][a] / 5;
    }
    EXPECT_NEAR(detail_of(result, id, "phi_plus"), plus, 0.001) << id;
    EXPECT_NEAR(detail_of(result, id, "phi_minus"), minus, 0.001) << id;
    EXPECT_NEAR(detail_of(result, id, "phi"), plus - minus, 0.002) << id;
  }
}

TEST(CliPrometheeMethods, BransMareschal2005WithParameterLists) {
  const auto result = rank_json({k_plants, "--directions", "-,+,-,-,-,+", "--method", "promethee2", "--param",
                                 "preference=u-shape,v-shape,linear,level,usual,gaussian", "--param",
                                 "q=10,0,0.5,1,0,0", "--param", "p=0,30,5,6,0,0", "--param", "s=0,0,0,0,0,5"});
  expect_plant_flows(result);
  EXPECT_EQ(result.at("method").at("name"), "promethee2");
}

TEST(CliPrometheeMethods, BransMareschal2005FromCriteriaFilePreferences) {
  const auto result = rank_json({k_plants, "-c", k_plants_criteria, "--method", "promethee2"});
  expect_plant_flows(result);
}

TEST(CliPrometheeMethods, PrometheeOneListsTheRelations) {
  const auto result = rank_json({k_plants, "-c", k_plants_criteria, "--method", "promethee1"});
  expect_plant_flows(result);
  const auto& relations = result.at("relations");
  ASSERT_EQ(relations.size(), 15u);
  int incomparable = 0;
  for (const auto& r : relations) {
    if (r.at("relation") == "incomparable") ++incomparable;
    if (r.at("a") == "a5") {
      EXPECT_EQ(r.at("relation"), "preferred") << r.dump();
    }
  }
  EXPECT_EQ(incomparable, 6);
  EXPECT_TRUE(contains(result.at("notes").dump(), "6 of 15 pairs are incomparable")) << result.at("notes").dump();
}

TEST(CliPrometheeMethods, MissingThresholdIsAClearError) {
  const RunResult r = run({"rank", k_plants, "--method", "promethee2", "--param", "preference=linear", "--param", "q=1"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "criterion 'c1'")) << r.err;
  EXPECT_TRUE(contains(r.err, "needs p")) << r.err;
}

TEST(CliPrometheeMethods, WrongNumberOfListItemsIsAUsageError) {
  const RunResult r = run({"rank", k_plants, "--method", "promethee2", "--param", "preference=usual,linear"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

TEST(CliPrometheeMethods, HostingExampleRanksWithItsPreferenceFunctions) {
  for (const char* method : {"promethee2", "promethee1"}) {
    const RunResult r = run({"rank", k_example, "--method", method, "-f", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto result = nlohmann::json::parse(r.out);
    const auto& ranking = result.at("ranking");
    ASSERT_FALSE(ranking.empty());
    double total = 0;
    for (const auto& p : ranking) {
      const double phi = p.at("score").get<double>();
      EXPECT_NEAR(phi, p.at("details").at("phi_plus").get<double>() - p.at("details").at("phi_minus").get<double>(),
                  1e-12);
      total += phi;
    }
    EXPECT_NEAR(total, 0, 1e-12) << "net flows over the ranked providers sum to zero";
  }
}

}  // namespace
}  // namespace criterio::testing
