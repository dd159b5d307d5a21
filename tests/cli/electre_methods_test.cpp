// ELECTRE I and ELECTRE III through the real binary: spreadsheet mode with
// per-criterion lists, and a criteria file with `preference: {q, p, v}`.
// The data and the citations are in tests/data/electre/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"
#include "cli/published_support.hpp"

namespace criterio::testing {
namespace {

// Cebrián & Porcar (2009), via scikit-criteria 0.2's test_electre.py: a5
// outranks every other location, a4 outranks a1, and the kernel is {a5}. The
// source tests C > 0.55 and D < 0.70 strictly; c = 0.6 and d = 0.69 give the
// same relation with ELECTRE I's C >= c and D <= d (EXAMPLES.md). Scores are
// net outranking counts.
TEST(CliElectre, Electre1Cebrian2009KernelAndOutranking) {
  const auto result =
      rank_json({"tests/data/electre/cebrian2009_electre1.csv", "--weights", "0.25,0.25,0.1,0.2,0.2", "--directions",
                 "+,+,-,+,+", "--method", "electre1", "--param", "c=0.6", "--param", "d=0.69"});
  expect_ranking(result, {{"a5", 1, 5}, {"a4", 2, 0}, {"a2", 3, -1}, {"a3", 3, -1}, {"a6", 3, -1}, {"a1", 6, -2}}, 0);
  ASSERT_EQ(result.at("sets").size(), 1u);
  EXPECT_EQ(result["sets"][0]["name"], "kernel");
  EXPECT_EQ(result["sets"][0]["ids"], nlohmann::json::array({"a5"}));
  std::vector<std::pair<std::string, std::string>> outranks;
  for (const auto& r : result.at("relations")) {
    EXPECT_EQ(r.at("relation"), "outranks");
    outranks.emplace_back(r.at("a"), r.at("b"));
  }
  std::sort(outranks.begin(), outranks.end());
  const std::vector<std::pair<std::string, std::string>> expected = {{"a4", "a1"}, {"a5", "a1"}, {"a5", "a2"},
                                                                     {"a5", "a3"}, {"a5", "a4"}, {"a5", "a6"}};
  EXPECT_EQ(outranks, expected);
  // Row sum minus column sum of the printed concordance matrix.
  EXPECT_NEAR(detail_of(result, "a5", "C_net"), 2.70, 5e-4);
  EXPECT_NEAR(detail_of(result, "a1", "C_net"), -1.20, 5e-4);
}

// py-mcda's TestElectre3 (pyDecision's ELECTRE III data): descending
// distillation a5, then a1; ascending, worst first, {a2, a6} then {a1, a4}.
void expect_pymcda_distillations(const nlohmann::json& result) {
  EXPECT_EQ(result["ranking"][0]["id"], "a5");
  EXPECT_EQ(result["method"]["name"], "electre3");
  EXPECT_EQ(detail_of(result, "a5", "descending"), 1);
  EXPECT_EQ(detail_of(result, "a1", "descending"), 2);
  for (const char* id : {"a2", "a3", "a4", "a6"}) EXPECT_GT(detail_of(result, id, "descending"), 2) << id;
  const double worst = detail_of(result, "a2", "ascending");
  EXPECT_EQ(detail_of(result, "a6", "ascending"), worst);
  EXPECT_EQ(detail_of(result, "a1", "ascending"), worst - 1);
  EXPECT_EQ(detail_of(result, "a4", "ascending"), worst - 1);
  for (const auto& p : result["ranking"])
    EXPECT_EQ(p["score"].get<double>(),
              p["details"]["descending"].get<double>() + p["details"]["ascending"].get<double>())
        << p["id"];
}

TEST(CliElectre, Electre3PyMcdaPerCriterionListsInSpreadsheetMode) {
  const auto result = rank_json({"tests/data/electre/pymcda_electre3.csv", "--weights", "9.00,8.24,5.98,8.48",
                                 "--method", "electre-iii", "--param", "q=0.3,0.3,0.3,0.3", "--param",
                                 "p=0.5,0.5,0.5,0.5", "--param", "v=0.7,0.7,0.7,0.7"});
  expect_pymcda_distillations(result);
  EXPECT_FALSE(result.at("notes").empty());
}

TEST(CliElectre, Electre3PyMcdaThresholdsFromTheCriteriaFile) {
  TempDir dir;
  std::string criteria = "title: py-mcda ELECTRE III\nmethod: electre3\ncriteria:\n";
  const char* weights[] = {"9.00", "8.24", "5.98", "8.48"};
  for (int j = 0; j < 4; ++j)
    criteria += "  - {id: c" + std::to_string(j + 1) + ", name: C" + std::to_string(j + 1) + ", weight: " + weights[j] +
                ", preference: {q: 0.3, p: 0.5, v: 0.7}}\n";
  write_file(dir / "criteria.yaml", criteria);
  const char* rows[] = {"8.84, c2: 8.79, c3: 6.43, c4: 6.95", "8.57, c2: 8.51, c3: 5.47, c4: 6.91",
                        "7.76, c2: 7.75, c3: 5.34, c4: 8.76", "7.97, c2: 9.12, c3: 5.93, c4: 8.09",
                        "9.03, c2: 8.97, c3: 8.19, c4: 8.10", "7.41, c2: 7.87, c3: 6.77, c4: 7.23"};
  std::string providers = "criteria: criteria.yaml\nas_of: 2026-01-01\nproviders:\n";
  for (int i = 0; i < 6; ++i) providers += "  - {id: a" + std::to_string(i + 1) + ", values: {c1: " + rows[i] + "}}\n";
  write_file(dir / "providers.yaml", providers);
  const auto result = rank_json({dir / "providers.yaml"});
  expect_pymcda_distillations(result);
  // The command line still wins over the file: no veto, a different result.
  const auto no_veto = rank_json({dir / "providers.yaml", "--param", "v=1000"});
  EXPECT_NE(no_veto["ranking"], result["ranking"]);
}

}  // namespace
}  // namespace criterio::testing
