// TOPSIS and VIKOR through the real binary in spreadsheet mode, on the
// published examples in tests/data/topsis/EXAMPLES.md and
// tests/data/vikor/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/published_support.hpp"

namespace criterio::testing {
namespace {

// The set named `name` in the result, as provider ids in ranking order.
std::vector<std::string> set_ids(const nlohmann::json& result, const std::string& name) {
  for (const auto& set : result.at("sets"))
    if (set.at("name") == name) return set.at("ids").get<std::vector<std::string>>();
  ADD_FAILURE() << "no set named " << name;
  return {};
}

bool has_note(const nlohmann::json& result, const std::string& text) {
  for (const auto& note : result.at("notes"))
    if (note.get<std::string>().find(text) != std::string::npos) return true;
  return false;
}

// Tzeng & Huang (2011), via scikit-criteria's test_TOPSIS_tzeng2011multiple:
// vector normalisation (the default), closeness printed to 4 decimals.
TEST(CliTopsis, TzengHuang2011) {
  const auto result = rank_json({"tests/data/topsis/tzeng_huang2011_skcriteria.csv", "--weights", "0.3,0.4,0.3",
                                 "--method", "topsis"});
  expect_ranking(result, {{"a3", 1, 0.7482}, {"a2", 2, 0.6581}, {"a1", 3, 0.5037}, {"a4", 4, 0.3340}}, 5e-5);
  // The score is the closeness of the distances given as details.
  for (const std::string id : {"a1", "a2", "a3", "a4"}) {
    const double plus = detail_of(result, id, "D_plus"), minus = detail_of(result, id, "D_minus");
    double score = 0;
    for (const auto& p : result.at("ranking"))
      if (p.at("id") == id) score = p.at("score").get<double>();
    EXPECT_NEAR(minus / (plus + minus), score, 1e-12) << id;
  }
}

// R package MCDA, tests/TOPSIS.R (after hodgett.co.uk "TOPSIS in Excel"):
// purchase price is a cost criterion; closeness printed to 4 decimals.
TEST(CliTopsis, HodgettCarsWithACostCriterion) {
  const auto result = rank_json({"tests/data/topsis/mcda_r_hodgett_cars.csv", "--weights", "0.35,0.25,0.25,0.15",
                                 "--directions", "-,+,+,+", "--method", "topsis", "--param", "normalization=vector"});
  expect_ranking(result, {{"a2", 1, 0.5182}, {"a1", 2, 0.4817}, {"a3", 3, 0.1780}}, 5e-5);
}

// Opricovic & Tzeng (2004): S, R and Q as scikit-criteria asserts them; both
// conditions hold, and A2 is the compromise solution.
TEST(CliVikor, OpricovicTzeng2004) {
  const auto result = rank_json({"tests/data/vikor/opricovic_tzeng2004_climbing.csv", "--weights", "0.5,0.5",
                                 "--directions", "-,+", "--method", "vikor", "--param", "v=0.5"});
  expect_ranking(result, {{"a2", 1, 0}, {"a1", 2, 1}, {"a3", 2, 1}}, 5e-4);
  EXPECT_NEAR(detail_of(result, "a1", "S"), 0.5, 5e-4);
  EXPECT_NEAR(detail_of(result, "a2", "S"), 0.375, 5e-4);
  EXPECT_NEAR(detail_of(result, "a2", "R"), 0.25, 5e-3);
  EXPECT_NEAR(detail_of(result, "a3", "R"), 0.5, 5e-3);
  EXPECT_NEAR(detail_of(result, "a3", "Q"), 1, 5e-4);
  EXPECT_EQ(set_ids(result, "compromise"), std::vector<std::string>{"a2"});
  EXPECT_TRUE(has_note(result, "acceptable advantage holds"));
  EXPECT_TRUE(has_note(result, "acceptable stability holds"));
}

// Opricovic & Tzeng (2007), weights W3 (1 for the four economic criteria, 2
// for the four social and environmental ones): S, R, Q printed to 3 decimals;
// acceptable advantage fails and the compromise set is A5, A3, A6.
TEST(CliVikor, OpricovicTzeng2007WeightSetThree) {
  const auto result = rank_json({"tests/data/vikor/opricovic_tzeng2007_hydro.csv", "--weights", "1,1,1,1,2,2,2,2",
                                 "--directions", "+,-,+,+,-,-,-,+", "--method", "vikor"});
  expect_ranking(result,
                 {{"a5", 1, 0.041}, {"a3", 2, 0.147}, {"a6", 3, 0.191}, {"a4", 4, 0.554}, {"a1", 5, 0.684},
                  {"a2", 6, 1.000}},
                 5e-4);
  const std::vector<std::pair<std::string, std::vector<double>>> printed = {
      {"a1", {0.683, 0.113}}, {"a2", {0.800, 0.167}}, {"a3", {0.193, 0.080}},
      {"a4", {0.480, 0.122}}, {"a5", {0.243, 0.044}}, {"a6", {0.232, 0.083}}};
  for (const auto& [id, sr] : printed) {
    EXPECT_NEAR(detail_of(result, id, "S"), sr[0], 5e-4) << id;
    EXPECT_NEAR(detail_of(result, id, "R"), sr[1], 5e-4) << id;
  }
  EXPECT_EQ(set_ids(result, "compromise"), (std::vector<std::string>{"a5", "a3", "a6"}));
  EXPECT_TRUE(has_note(result, "acceptable advantage fails: Q(a2) - Q(a1) = 0.106 < DQ = 0.2"));
  EXPECT_TRUE(has_note(result, "acceptable stability holds: a1 (the best by Q) is also the best by R"));
}

// scikit-criteria's constructed case where only acceptable stability fails:
// the compromise set is the first two by Q, A4 and A5.
TEST(CliVikor, AcceptableStabilityFails) {
  const auto result = rank_json({"tests/data/vikor/skcriteria_stability_fails.csv", "--weights", "0.2,0.2,0.2,0.2,0.2",
                                 "--directions", "-,-,-,-,-", "--method", "vikor"});
  expect_ranking(result, {{"a4", 1, 0.068}, {"a5", 2, 0.4375}, {"a3", 3, 0.5}, {"a1", 4, 0.75}, {"a2", 5, 1}}, 1e-3);
  EXPECT_EQ(set_ids(result, "compromise"), (std::vector<std::string>{"a4", "a5"}));
  EXPECT_TRUE(has_note(result, "acceptable stability fails"));
}

}  // namespace
}  // namespace criterio::testing
