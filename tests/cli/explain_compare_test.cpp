// `criterio explain ID` and `criterio compare A B` on the hosting example.

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

std::map<std::string, json> ranked_by_id() {
  const RunResult r = run({"rank", k_example, "-f", "json"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  const json result = json::parse(r.out);
  std::map<std::string, json> out;
  for (const auto& p : result["ranking"]) out[p["id"].get<std::string>()] = p;
  return out;
}

std::string four_decimals(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", x);
  return buffer;
}

// ---------------------------------------------------------------- explain

TEST(CliExplain, TableShowsEveryCriterionMissingValuesAndEvidence) {
  const RunResult r = run_wide({"explain", "tidewater", k_example});
  expect_success(r);
  const auto ranked = ranked_by_id();
  const json& tidewater = ranked.at("tidewater");
  const auto lines = lines_of(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(contains(lines[0], "Tidewater Hosting")) << lines[0];
  EXPECT_TRUE(contains(lines[0], "rank " + std::to_string(tidewater["rank"].get<int>()) + " of 6")) << lines[0];
  EXPECT_TRUE(contains(lines[0], four_decimals(tidewater["score"]))) << lines[0];
  // Raw values with their units, and the missing ones marked as such.
  EXPECT_TRUE(contains(line_with(r.out, "Uptime SLA"), "99.9%")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Monthly price"), "45")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Certified staff"), "missing")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Reviews"), "missing")) << r.out;
  // Every criterion group appears.
  for (const char* group : {"Soft skills", "Responsiveness", "Track record", "Policies", "Testimonials",
                            "Promise keeping", "Price"})
    EXPECT_TRUE(contains(r.out, group)) << group;
  // The total is the score.
  EXPECT_TRUE(contains(line_with(r.out, "Total"), four_decimals(tidewater["score"]))) << r.out;
  // Missing list and the stale evidence with its date.
  const std::string missing = line_with(r.out, "Missing:");
  for (const char* name : {"Certified staff", "Client retention", "Measured downtime", "Reviews", "Recommendation rate"})
    EXPECT_TRUE(contains(missing, name)) << missing;
  const std::string evidence = line_with(r.out, "Tidewater SLA PDF");
  EXPECT_TRUE(contains(evidence, "2024-09-12")) << r.out;
  EXPECT_TRUE(contains(evidence, "stale")) << evidence;
}

json reviews_contribution(const std::string& id) {
  const RunResult r = run({"explain", id, k_example, "-f", "json"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  const json result = json::parse(r.out);
  for (const auto& c : result["provider"]["contributions"])
    if (c["criterion"] == "reviews") return c;
  ADD_FAILURE() << "no reviews contribution for " << id;
  return json::object();
}

// The hosting catalog's reviews scale: prior mean 3.5 with strength 20,
// half-life 540 days, ratings 1..5 (docs/FORMATS.md gives the formula):
//   w_i = 0.5 ^ (age_i / 540)
//   adjusted = (20 * 3.5 + sum(w_i * rating_i)) / (20 + sum(w_i))
TEST(CliExplain, ReviewsUseTheBayesianAverageWithRecencyDecay) {
  // PixelNest: three 5-star reviews 27, 40 and 79 days before 2026-11-01.
  double weight = 0, weighted = 0;
  for (int age : {27, 40, 79}) {
    const double w = std::pow(0.5, age / 540.0);
    weight += w;
    weighted += w * 5;
  }
  const double pixelnest = (20 * 3.5 + weighted) / (20 + weight);
  const json p = reviews_contribution("pixelnest");
  EXPECT_NEAR(p["value"].get<double>(), pixelnest, 1e-9) << p.dump();
  EXPECT_NEAR(p["utility"].get<double>(), (pixelnest - 1) / 4, 1e-9) << p.dump();
  EXPECT_LT(p["value"].get<double>(), 4.0) << "README: three 5-star reviews fall well under 4";

  // Harbor: a summary of 400 reviews averaging 4.6 counts as 400 reviews of weight 1.
  const double harbor = (20 * 3.5 + 400 * 4.6) / (20 + 400);
  const json h = reviews_contribution("harbor");
  EXPECT_NEAR(h["value"].get<double>(), harbor, 1e-9) << h.dump();
  EXPECT_GT(h["utility"].get<double>(), p["utility"].get<double>()) << "400 reviews of 4.6 beat 3 of 5";

  // The table shows the count, the raw mean and the adjusted rating.
  const RunResult table = run({"explain", "pixelnest", k_example});
  const std::string line = line_with(table.out, "Reviews");
  EXPECT_TRUE(contains(line, "3 reviews")) << line;
  EXPECT_TRUE(contains(line, "mean 5")) << line;
  EXPECT_TRUE(contains(line, "3.69")) << line;
}

TEST(CliExplain, JsonAgreesWithTheRanking) {
  const auto ranked = ranked_by_id();
  for (const char* id : {"meadow", "tidewater"}) {
    SCOPED_TRACE(id);
    const RunResult r = run({"explain", id, k_example, "-f", "json"});
    expect_success(r);
    const json j = json::parse(r.out);
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["tool"]["name"], "criterio");
    EXPECT_EQ(j["method"]["name"], "wsm");
    const json& p = j["provider"];
    EXPECT_EQ(p["id"], id);
    EXPECT_EQ(p["rank"], ranked.at(id)["rank"]);
    EXPECT_NEAR(p["score"].get<double>(), ranked.at(id)["score"].get<double>(), 1e-12);
    double sum = 0;
    for (const auto& c : p["contributions"]) sum += c["contribution"].get<double>();
    EXPECT_NEAR(sum, p["score"].get<double>(), 1e-9);
    EXPECT_EQ(p["contributions"].size(), ranked.at(id)["contributions"].size());
    // The criteria travel with the explanation, in contribution order.
    ASSERT_EQ(j["criteria"].size(), p["contributions"].size());
    for (std::size_t k = 0; k < j["criteria"].size(); ++k)
      EXPECT_EQ(j["criteria"][k]["id"], p["contributions"][k]["criterion"]);
  }
}

TEST(CliExplain, MarkdownAndCsvFormats) {
  const RunResult md = run({"explain", "meadow", k_example, "-f", "markdown"});
  expect_success(md);
  EXPECT_TRUE(contains(md.out, "Meadow Digital")) << md.out;
  EXPECT_TRUE(contains(md.out, "| Criterion")) << md.out;
  const RunResult csv = run({"explain", "meadow", k_example, "-f", "csv"});
  expect_success(csv);
  const auto rows = parse_csv(csv.out);
  ASSERT_GT(rows.size(), 30u);
  EXPECT_GE(column_index(rows[0], "criterion"), 0);
  EXPECT_GE(column_index(rows[0], "contribution"), 0);
}

TEST(CliExplain, UnknownIdIsAUsageErrorWithDidYouMean) {
  const RunResult r = run({"explain", "tidewatr", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "tidewatr")) << describe(r);
  EXPECT_TRUE(contains(r.err, "did you mean 'tidewater'")) << describe(r);
}

TEST(CliExplain, AnExcludedProviderIsExplainedByItsReasonsAndValues) {
  const RunResult r = run({"explain", "cheapo", k_example});
  expect_success(r);
  EXPECT_TRUE(contains(line_with(r.out, "Cheapo Cloud"), "excluded")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "required 99.5"), "uptime_sla 98.9%")) << r.out;
  // Its values as given, the failing one marked, and no score anywhere.
  EXPECT_TRUE(contains(line_with(r.out, "Uptime SLA"), "✗")) << r.out;
  EXPECT_FALSE(contains(line_with(r.out, "Monthly price"), "✗")) << r.out;
  EXPECT_FALSE(contains(r.out, "score")) << r.out;

  const RunResult j = run({"explain", "cheapo", k_example, "-f", "json"});
  expect_success(j);
  const json result = json::parse(j.out);
  EXPECT_FALSE(result.contains("provider"));
  const json& excluded = result.at("excluded");
  EXPECT_EQ(excluded.at("id"), "cheapo");
  EXPECT_EQ(excluded.at("failed"), json::array({"uptime_sla"}));
  ASSERT_EQ(excluded.at("values").size(), result.at("criteria").size());
  double uptime = 0;
  for (const auto& v : excluded.at("values"))
    if (v.at("criterion") == "uptime_sla") uptime = v.at("value").get<double>();
  EXPECT_DOUBLE_EQ(uptime, 98.9);
}

TEST(CliExplain, InvalidInputIsReportedBeforeTheId) {
  const RunResult r = run({"explain", "alpha", "tests/data/hostile/hex.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "hex.yaml:4:21:")) << describe(r);
}

// ---------------------------------------------------------------- compare

TEST(CliCompare, TableHasTheSentenceAndTheCriteria) {
  const auto ranked = ranked_by_id();
  const RunResult r = run_wide({"compare", "meadow", "nimbus", k_example});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Meadow Digital vs Nimbus Cloud")) << r.out;
  const std::string sentence = line_with(r.out, "ranks above");
  ASSERT_FALSE(sentence.empty()) << r.out;
  EXPECT_TRUE(sentence.starts_with("Meadow Digital (" + four_decimals(ranked.at("meadow")["score"]) + ")")) << sentence;
  EXPECT_TRUE(contains(sentence, "Nimbus Cloud (" + four_decimals(ranked.at("nimbus")["score"]) + ")")) << sentence;
  EXPECT_TRUE(contains(sentence, "Monthly price")) << "the largest gain is the monthly price\n" << sentence;
  // The criteria rows: the biggest difference first, signs from A's point of view.
  const std::string price = line_with(r.out, "Monthly price");
  EXPECT_TRUE(contains(price, "+0.04")) << price;
  EXPECT_TRUE(contains(line_with(r.out, "Emergency line"), "-0.0200")) << r.out;
  const std::string score = line_with(r.out, "Score");
  EXPECT_TRUE(contains(score, four_decimals(ranked.at("meadow")["score"]))) << score;
}

TEST(CliCompare, TheOtherWayRoundRanksBelow) {
  const RunResult r = run({"compare", "nimbus", "meadow", k_example});
  expect_success(r);
  const std::string sentence = line_with(r.out, "ranks below");
  EXPECT_TRUE(sentence.starts_with("Nimbus Cloud")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Monthly price"), "-0.04")) << r.out;
}

TEST(CliCompare, JsonDifferencesAddUpToTheGap) {
  const auto ranked = ranked_by_id();
  const RunResult r = run({"compare", "harbor", "tidewater", k_example, "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["a"]["id"], "harbor");
  EXPECT_EQ(j["b"]["id"], "tidewater");
  EXPECT_EQ(j["a"]["rank"], ranked.at("harbor")["rank"]);
  const double a = j["a"]["score"], b = j["b"]["score"];
  EXPECT_NEAR(a, ranked.at("harbor")["score"].get<double>(), 1e-12);
  EXPECT_NEAR(j["gap"].get<double>(), a - b, 1e-12);
  double sum = 0;
  ASSERT_FALSE(j["differences"].empty());
  for (const auto& c : j["differences"]) {
    EXPECT_NEAR(c["difference"].get<double>(), c["a"].get<double>() - c["b"].get<double>(), 1e-12) << c.dump();
    sum += c["difference"].get<double>();
  }
  EXPECT_NEAR(sum, a - b, 1e-9) << "the weighted sum is additive: the differences add up to the gap";
  const std::string summary = j["summary"];
  EXPECT_TRUE(contains(summary, "Harbor Web Services") && contains(summary, "ranks above")) << summary;
  // The table prints the same sentence.
  const RunResult table = run_wide({"compare", "harbor", "tidewater", k_example});
  EXPECT_TRUE(contains(table.out, summary)) << table.out;
}

TEST(CliCompare, UnknownIdIsAUsageErrorWithDidYouMean) {
  const RunResult r = run({"compare", "meadow", "nimbsu", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "did you mean 'nimbus'")) << describe(r);
}

TEST(CliCompare, ExcludedIdIsAUsageErrorNamingTheReason) {
  const RunResult r = run({"compare", "cheapo", "meadow", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "cheapo")) << describe(r);
  EXPECT_TRUE(contains(r.err, "excluded")) << describe(r);
  EXPECT_TRUE(contains(r.err, "uptime_sla")) << describe(r);
}

TEST(CliCompare, AProviderWithItselfIsAUsageError) {
  const RunResult r = run({"compare", "meadow", "meadow", k_example});
  expect_clean_failure(r, 2);
}

TEST(CliCompare, NeedsTwoIdsAndAFile) {
  expect_clean_failure(run({"compare", "meadow"}), 2);
  expect_clean_failure(run({"compare", "meadow", "nimbus"}), 2);
}

}  // namespace
}  // namespace criterio::testing
