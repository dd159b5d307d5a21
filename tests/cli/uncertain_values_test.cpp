// Values known within a spread through the real binary
// (tests/data/uncertain/providers.yaml): rank orders on the central values
// and excludes on them, JSON carries the central value, the display text and
// the spread, validate accepts the file, and a bad spread ends with exit
// code 3 and its file:line:column. The scores are worked out in the data
// file's comment.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::string k_providers = "tests/data/uncertain/providers.yaml";
const std::string k_bad = "tests/data/uncertain/bad.yaml";

json rank_json() {
  const RunResult r = run({"rank", "-f", "json", k_providers});
  expect_success(r);
  return json::parse(r.out);
}

const json& provider(const json& result, const std::string& id) {
  for (const auto& p : result["ranking"])
    if (p["id"] == id) return p;
  throw std::runtime_error("no ranked provider " + id);
}

const json& contribution(const json& provider, const std::string& criterion) {
  for (const auto& c : provider["contributions"])
    if (c["criterion"] == criterion) return c;
  throw std::runtime_error("no contribution for " + criterion);
}

TEST(CliUncertainValues, RankOrdersOnTheCentralValues) {
  const json j = rank_json();
  std::vector<std::string> ids;
  for (const auto& p : j["ranking"]) ids.push_back(p["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"alpha", "gamma", "beta"}));
  EXPECT_NEAR(provider(j, "alpha")["score"].get<double>(), 0.625, 1e-9);
  EXPECT_NEAR(provider(j, "gamma")["score"].get<double>(), 0.6, 1e-9);
  EXPECT_NEAR(provider(j, "beta")["score"].get<double>(), 0.575, 1e-9);
}

TEST(CliUncertainValues, RequirementsHoldTheCentralValue) {
  const json j = rank_json();
  ASSERT_EQ(j["excluded"].size(), 1u) << j["excluded"].dump();
  EXPECT_EQ(j["excluded"][0]["id"], "delta");
  EXPECT_EQ(j["excluded"][0]["reasons"][0], "uptime 99.4 (the central value of 99.2 to 99.6%) < required 99.5");

  const RunResult explain = run({"explain", "delta", "-f", "json", k_providers});
  expect_success(explain);
  const json excluded = json::parse(explain.out)["excluded"];
  const json& uptime = excluded["values"][0];
  EXPECT_EQ(uptime["criterion"], "uptime");
  EXPECT_EQ(uptime["display"], "99.2 to 99.6%");
  EXPECT_EQ(uptime["uncertainty"], json::parse(R"({"kind": "uniform", "low": 99.2, "high": 99.6})"));
}

TEST(CliUncertainValues, JsonContributionsCarryTheCentralValueAndTheSpread) {
  const json j = rank_json();
  const json& uniform = contribution(provider(j, "alpha"), "uptime");
  EXPECT_EQ(uniform["value"].get<double>(), 99.5);
  EXPECT_EQ(uniform["display"], "99 to 100%");
  EXPECT_EQ(uniform["uncertainty"], json::parse(R"({"kind": "uniform", "low": 99, "high": 100})"));

  const json& triangular = contribution(provider(j, "alpha"), "response");
  EXPECT_EQ(triangular["value"].get<double>(), 12);
  EXPECT_EQ(triangular["display"], "2 to 40 hours (most likely 12)");
  EXPECT_EQ(triangular["uncertainty"], json::parse(R"({"kind": "triangular", "low": 2, "mode": 12, "high": 40})"));
  EXPECT_NEAR(triangular["utility"].get<double>(), 0.75, 1e-12);

  const json& normal = contribution(provider(j, "beta"), "response");
  EXPECT_EQ(normal["value"].get<double>(), 36);
  EXPECT_EQ(normal["display"], "36 +/- 6 hours");
  EXPECT_EQ(normal["uncertainty"], json::parse(R"({"kind": "normal", "mean": 36, "sd": 6})"));

  const json& plain = contribution(provider(j, "beta"), "uptime");
  EXPECT_EQ(plain["display"], "99.9%");
  EXPECT_FALSE(plain.contains("uncertainty"));
}

TEST(CliUncertainValues, TablesAndCsvShowTheSpreadAsWritten) {
  const RunResult explain = run({"explain", "alpha", k_providers});
  expect_success(explain);
  EXPECT_TRUE(contains(explain.out, "2 to 40 hours (most likely 12)")) << explain.out;
  // Plain ASCII: a spreadsheet opening the CSV without a byte order mark reads it right.
  const RunResult csv = run({"explain", "gamma", "-f", "csv", k_providers});
  expect_success(csv);
  const auto rows = parse_csv(csv.out);
  ASSERT_EQ(rows.size(), 3u) << csv.out;
  EXPECT_EQ(rows[1][0], "uptime");
  EXPECT_EQ(rows[1][column_index(rows[0], "value")], "99.6 to 99.8% (most likely 99.7)");
}

TEST(CliUncertainValues, ValidateAcceptsSpreads) {
  const RunResult r = run({"validate", k_providers});
  expect_success(r);
  EXPECT_EQ(r.err, "") << describe(r);
}

TEST(CliUncertainValues, ABadSpreadIsInvalidInputAtItsPlace) {
  for (const std::string command : {"validate", "rank"}) {
    const RunResult r = run({command, k_bad});
    expect_clean_failure(r, 3);
    EXPECT_TRUE(contains(r.err, k_bad + ":5:33: error: 'uptime': high (99.5) is below low (99.9)")) << r.err;
    EXPECT_TRUE(contains(r.err, k_bad + ":6:17: error: 'response': a spread with a mean needs an sd too, e.g. "
                                        "{mean: 12, sd: 1.5}"))
        << r.err;
  }
}

}  // namespace
}  // namespace criterio::testing
