// `criterio rank` on the bundled hosting example: the table, the JSON
// contract, determinism, --top and --profile.

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> k_ranked_names = {"Meadow Digital",    "Nimbus Cloud",     "Harbor Web Services",
                                                 "PixelNest",         "Ironclad Servers", "Tidewater Hosting"};

json rank_json(const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"rank", k_example, "-f", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const RunResult r = run(args);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.signal, 0);
  return json::parse(r.out);
}

std::map<std::string, double> weights_of(const json& result) {
  std::map<std::string, double> weights;
  for (const auto& c : result["criteria"]) weights[c["id"]] = c["weight"].get<double>();
  return weights;
}

std::vector<std::string> ranked_ids(const json& result) {
  std::vector<std::string> ids;
  for (const auto& p : result["ranking"]) ids.push_back(p["id"]);
  return ids;
}

// ---------------------------------------------------------------- table

TEST(CliRankTable, ListsEveryRankedProviderInTheJsonOrder) {
  const RunResult r = run({"rank", k_example});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Web hosting providers")) << r.out;
  EXPECT_TRUE(contains(r.out, "as of 2026-11-01")) << r.out;
  EXPECT_TRUE(contains(r.out, "6 ranked, 1 excluded")) << r.out;

  const json j = rank_json();
  std::size_t previous = 0;
  for (const auto& p : j["ranking"]) {
    const std::string name = p["name"];
    const auto at = r.out.find(name);
    ASSERT_NE(at, std::string::npos) << name << " missing from the table\n" << r.out;
    EXPECT_GT(at, previous) << name << " is out of order in the table";
    previous = at;
    // The provider's line carries its rank and its score to 4 decimals.
    const std::string line = line_with(r.out, name);
    char score[32];
    std::snprintf(score, sizeof score, "%.4f", p["score"].get<double>());
    EXPECT_TRUE(contains(line, score)) << line;
    EXPECT_TRUE(contains(line, std::to_string(p["rank"].get<int>()) + " ")) << line;
  }
  for (const auto& name : k_ranked_names) EXPECT_TRUE(contains(r.out, name)) << name;
}

TEST(CliRankTable, ShowsTheExcludedProviderWithItsReason) {
  const RunResult r = run({"rank", k_example});
  expect_success(r);
  const auto excluded = r.out.find("Excluded");
  ASSERT_NE(excluded, std::string::npos) << r.out;
  const std::string line = line_with(r.out.substr(excluded), "Cheapo Cloud");
  EXPECT_TRUE(contains(line, "cheapo")) << line;
  EXPECT_TRUE(contains(line, "uptime_sla")) << line;
  EXPECT_TRUE(contains(line, "98.9")) << line;
  EXPECT_TRUE(contains(line, "99.5")) << line;
  // Cheapo is not among the ranked providers.
  EXPECT_EQ(r.out.find("Cheapo Cloud"), r.out.rfind("Cheapo Cloud")) << "Cheapo appears twice:\n" << r.out;
  EXPECT_GT(r.out.find("Cheapo Cloud"), r.out.find("Tidewater Hosting"));
}

TEST(CliRankTable, WarnsAboutMissingDataAndStaleEvidence) {
  const RunResult r = run_wide({"rank", k_example});
  expect_success(r);
  // Missing values: Tidewater's five and PixelNest's one.
  const std::string tidewater_missing = line_with(r.out, "tidewater: no value");
  for (const char* id : {"certified_staff_pct", "client_retention_pct", "downtime_hours_12m", "reviews",
                         "recommendation_rate_pct"})
    EXPECT_TRUE(contains(tidewater_missing, id)) << id << "\n" << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "pixelnest: no value"), "recommendation_rate_pct")) << r.out;
  // Stale evidence: Tidewater's SLA from 2024-09-12 and Ironclad's staff figure from 2025-03-01.
  const std::string tidewater_stale = line_with(r.out, "2024-09-12");
  EXPECT_TRUE(contains(tidewater_stale, "tidewater")) << r.out;
  EXPECT_TRUE(contains(tidewater_stale, "uptime_sla")) << r.out;
  EXPECT_TRUE(contains(tidewater_stale, "365")) << r.out;
  const std::string ironclad_stale = line_with(r.out, "2025-03-01");
  EXPECT_TRUE(contains(ironclad_stale, "ironclad")) << r.out;
  EXPECT_TRUE(contains(ironclad_stale, "certified_staff_pct")) << r.out;
  // Recent evidence is not flagged.
  EXPECT_FALSE(contains(r.out, "2026-02-15")) << "Harbor's recent SLA evidence flagged as stale\n" << r.out;
  // The flags column counts them.
  EXPECT_TRUE(contains(line_with(r.out, "Tidewater Hosting"), "5 missing")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Ironclad Servers"), "1 stale")) << r.out;
}

TEST(CliRankTable, IsDeterministic) {
  const RunResult a = run({"rank", k_example});
  const RunResult b = run({"rank", k_example});
  expect_success(a);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.err, b.err);
}

// ---------------------------------------------------------------- JSON contract

TEST(CliRankJson, HasTheVersionedEnvelope) {
  const json j = rank_json();
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["tool"]["name"], "criterio");
  ASSERT_TRUE(j["tool"]["version"].is_string());
  const RunResult version = run({"--version"});
  EXPECT_TRUE(contains(version.out, j["tool"]["version"].get<std::string>())) << version.out;
  EXPECT_EQ(j["method"]["name"], "wsm");
  ASSERT_TRUE(j["method"]["params"].is_object());
  EXPECT_EQ(j["method"]["params"]["normalization"], "max");
  EXPECT_EQ(j["higher_is_better"], true);
  EXPECT_EQ(j["as_of"], "2026-11-01");
  EXPECT_TRUE(j["warnings"].is_array());
  EXPECT_FALSE(j["warnings"].empty());
}

TEST(CliRankJson, CriteriaWeightsAreNormalisedWithPaths) {
  const json j = rank_json();
  ASSERT_TRUE(j["criteria"].is_array());
  ASSERT_GE(j["criteria"].size(), 30u);
  double sum = 0;
  std::set<std::string> ids;
  for (const auto& c : j["criteria"]) {
    const double w = c["weight"];
    EXPECT_GE(w, 0.0) << c.dump();
    sum += w;
    EXPECT_TRUE(ids.insert(c["id"]).second) << "duplicate criterion " << c["id"];
    EXPECT_TRUE(c["name"].is_string() && !c["name"].get<std::string>().empty()) << c.dump();
    EXPECT_TRUE(c["direction"] == "benefit" || c["direction"] == "cost") << c.dump();
    ASSERT_TRUE(c["path"].is_array() && !c["path"].empty()) << c.dump();
    EXPECT_EQ(c["path"].back(), c["id"]) << c.dump();
  }
  EXPECT_NEAR(sum, 1.0, 1e-9);
  // A few known leaves and their groups.
  std::map<std::string, json> by_id;
  for (const auto& c : j["criteria"]) by_id[c["id"]] = c;
  EXPECT_EQ(by_id["uptime_sla"]["path"], json({"policies", "uptime_sla"}));
  EXPECT_EQ(by_id["respect"]["path"], json({"soft_skills", "respect"}));
  EXPECT_EQ(by_id["monthly_price"]["direction"], "cost");
}

TEST(CliRankJson, ContributionsAddUpToEachScore) {
  const json j = rank_json();
  ASSERT_EQ(j["ranking"].size(), 6u);
  const auto weights = weights_of(j);
  for (const auto& p : j["ranking"]) {
    SCOPED_TRACE(p["id"].get<std::string>());
    double sum = 0;
    ASSERT_EQ(p["contributions"].size(), j["criteria"].size());
    std::size_t k = 0;
    for (const auto& c : p["contributions"]) {
      EXPECT_EQ(c["criterion"], j["criteria"][k++]["id"]);
      const double utility = c["utility"], weight = c["weight"], contribution = c["contribution"];
      EXPECT_GE(utility, 0.0) << c.dump();
      EXPECT_LE(utility, 1.0) << c.dump();
      EXPECT_NEAR(weight, weights.at(c["criterion"]), 1e-12) << c.dump();
      EXPECT_NEAR(contribution, utility * weight, 1e-9) << c.dump();
      sum += contribution;
    }
    EXPECT_NEAR(sum, p["score"].get<double>(), 1e-9);
  }
}

TEST(CliRankJson, RanksAreOrderedAndExcludedHaveReasons) {
  const json j = rank_json();
  int previous_rank = 0;
  double previous_score = INFINITY;
  std::set<std::string> ids;
  for (const auto& p : j["ranking"]) {
    const int rank = p["rank"];
    const double score = p["score"];
    EXPECT_GE(rank, previous_rank);
    EXPECT_LE(score, previous_score) << "higher_is_better is true, so scores must not increase";
    previous_rank = rank;
    previous_score = score;
    EXPECT_TRUE(ids.insert(p["id"]).second);
    EXPECT_TRUE(p["missing"].is_array());
  }
  EXPECT_EQ(j["ranking"][0]["rank"], 1);
  ASSERT_EQ(j["excluded"].size(), 1u);
  const json& cheapo = j["excluded"][0];
  EXPECT_EQ(cheapo["id"], "cheapo");
  EXPECT_EQ(ids.count("cheapo"), 0u);
  ASSERT_TRUE(cheapo["reasons"].is_array());
  ASSERT_FALSE(cheapo["reasons"].empty());
  const std::string reason = cheapo["reasons"][0];
  EXPECT_TRUE(contains(reason, "uptime_sla") && contains(reason, "99.5")) << reason;
}

TEST(CliRankJson, FlagsMissingValuesPerProvider) {
  const json j = rank_json();
  std::map<std::string, json> by_id;
  for (const auto& p : j["ranking"]) by_id[p["id"]] = p;
  EXPECT_EQ(by_id["tidewater"]["missing"], json({"certified_staff_pct", "client_retention_pct", "downtime_hours_12m",
                                                  "reviews", "recommendation_rate_pct"}));
  EXPECT_EQ(by_id["pixelnest"]["missing"], json({"recommendation_rate_pct"}));
  EXPECT_TRUE(by_id["meadow"]["missing"].empty());
  // A missing value is never silently 0 for a `missing: mean` criterion.
  for (const auto& c : by_id["tidewater"]["contributions"])
    if (c["criterion"] == "reviews") {
      EXPECT_EQ(c["missing"], true);
      EXPECT_GT(c["utility"].get<double>(), 0.0);
    }
}

TEST(CliRankJson, IsByteForByteDeterministic) {
  const RunResult a = run({"rank", k_example, "-f", "json"});
  const RunResult b = run({"rank", k_example, "-f", "json"});
  expect_success(a);
  ASSERT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

TEST(CliRankJson, TiesShareARankAndAreListedById) {
  TempDir dir;
  write_file(dir / "ties.csv", "id,quality\nd,1\nc,2\nb,2\na,3\n");
  const RunResult r = run({"rank", dir / "ties.csv", "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  std::vector<std::pair<std::string, int>> got;
  for (const auto& p : j["ranking"]) got.emplace_back(p["id"], p["rank"]);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"a", 1}, {"b", 2}, {"c", 2}, {"d", 4}}));
}

// ---------------------------------------------------------------- --top

TEST(CliRankTop, TableShowsOnlyTheFirstProvidersButKeepsExclusions) {
  const RunResult r = run({"rank", k_example, "--top", "2"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Meadow Digital")) << r.out;
  EXPECT_TRUE(contains(r.out, "Nimbus Cloud")) << r.out;
  for (const char* hidden : {"Harbor Web Services", "PixelNest", "Ironclad Servers", "Tidewater Hosting"})
    EXPECT_FALSE(contains(r.out, hidden)) << hidden << " shown despite --top 2\n" << r.out;
  EXPECT_TRUE(contains(r.out, "Cheapo Cloud")) << "exclusions must still be shown\n" << r.out;
}

TEST(CliRankTop, JsonKeepsTheFirstN) {
  const json all = rank_json();
  const json top = rank_json({"--top", "2"});
  ASSERT_EQ(top["ranking"].size(), 2u);
  EXPECT_EQ(top["ranking"][0], all["ranking"][0]);
  EXPECT_EQ(top["ranking"][1], all["ranking"][1]);
  EXPECT_EQ(top["excluded"], all["excluded"]);
  const json many = rank_json({"--top", "100"});
  EXPECT_EQ(many["ranking"].size(), 6u);
}

TEST(CliRankTop, ZeroIsAUsageErrorWithAShortMessage) {
  const RunResult r = run({"rank", k_example, "--top", "0"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--top")) << describe(r);
  // Not "Value 0 not in range 0.000000 to 179769313486231570814527423731704356…"
  EXPECT_FALSE(contains(r.err, "1797693134862315708")) << describe(r);
  EXPECT_LT(r.err.size(), 300u) << describe(r);
}

// ---------------------------------------------------------------- --profile

TEST(CliRankProfile, SmallBusinessChangesTheWeightsAndTheOrder) {
  const json base = rank_json();
  const json small = rank_json({"--profile", "small-business"});
  EXPECT_EQ(small["profile"], "small-business");
  const auto w0 = weights_of(base), w1 = weights_of(small);
  ASSERT_EQ(w0.size(), w1.size());
  double sum = 0, largest_change = 0;
  for (const auto& [id, w] : w1) {
    sum += w;
    largest_change = std::max(largest_change, std::abs(w - w0.at(id)));
  }
  EXPECT_NEAR(sum, 1.0, 1e-9);
  EXPECT_GT(largest_change, 1e-3) << "the profile did not change any weight";
  EXPECT_GT(w1.at("monthly_price"), w0.at("monthly_price")) << "small-business raises price";
  // examples/README.md: "Harbor should pass Nimbus for a small business".
  const auto ids = ranked_ids(small);
  const auto harbor = std::find(ids.begin(), ids.end(), "harbor"), nimbus = std::find(ids.begin(), ids.end(), "nimbus");
  EXPECT_LT(harbor, nimbus);
  // Contributions still add up under the profile.
  for (const auto& p : small["ranking"]) {
    double total = 0;
    for (const auto& c : p["contributions"]) total += c["contribution"].get<double>();
    EXPECT_NEAR(total, p["score"].get<double>(), 1e-9);
  }
}

TEST(CliRankProfile, EnterprisePutsNimbusFirst) {
  const json j = rank_json({"--profile", "enterprise"});
  EXPECT_EQ(j["ranking"][0]["id"], "nimbus");
}

TEST(CliRankProfile, TheTableNamesTheProfile) {
  const RunResult r = run({"rank", k_example, "--profile", "small-business"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "small-business")) << r.out;
}

TEST(CliRankProfile, UnknownProfileIsAUsageErrorWithDidYouMean) {
  const RunResult r = run({"rank", k_example, "--profile", "small-busines"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "small-busines")) << describe(r);
  EXPECT_TRUE(contains(r.err, "did you mean 'small-business'")) << describe(r);
}

// ---------------------------------------------------------------- criteria

TEST(CliRankCriteria, BuiltInCatalogByNameGivesTheSameResultAsThePath) {
  const json by_path = rank_json();
  const json by_name = rank_json({"-c", "hosting"});
  EXPECT_EQ(by_name["ranking"], by_path["ranking"]);
  EXPECT_EQ(by_name["excluded"], by_path["excluded"]);
}

TEST(CliRankCriteria, TheHostingCsvRanksWithTheCatalog) {
  const RunResult r = run({"rank", "examples/hosting/providers.csv", "-c", "criteria/hosting.yaml", "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["ranking"].size(), 6u);
  ASSERT_EQ(j["excluded"].size(), 1u);
  EXPECT_EQ(j["excluded"][0]["id"], "cheapo");
}

TEST(CliRankCriteria, UnknownCatalogNameIsReportedWithDidYouMean) {
  const RunResult r = run({"rank", k_example, "-c", "hostin"});
  EXPECT_EQ(r.signal, 0);
  EXPECT_NE(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(r.out.empty()) << describe(r);
  EXPECT_TRUE(contains(r.err, "did you mean 'hosting'")) << describe(r);
}

TEST(CliRankCriteria, MissingCriteriaFileIsAnIoError) {
  const RunResult r = run({"rank", k_example, "-c", "criteria/no-such-file.yaml"});
  expect_clean_failure(r, 4);
  EXPECT_TRUE(contains(r.err, "criteria/no-such-file.yaml")) << describe(r);
}

}  // namespace
}  // namespace criterio::testing

namespace criterio::testing {
namespace {

TEST(CliRankMerge, FilesThatDisagreeOnAsOfAreNamedAndTheFirstDateIsUsed) {
  TempDir dir;
  write_file(dir / "criteria.yaml", "title: T\ncriteria:\n  - {id: price, name: Price, direction: cost}\n");
  write_file(dir / "a.yaml",
             "criteria: criteria.yaml\nas_of: 2026-01-01\nproviders:\n  - {id: x, values: {price: 10}}\n");
  write_file(dir / "b.yaml",
             "criteria: criteria.yaml\nas_of: 2026-03-01\nproviders:\n  - {id: y, values: {price: 20}}\n");
  const RunResult r = run({"rank", dir / "a.yaml", dir / "b.yaml", "-f", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("as_of 2026-03-01 differs from " + (dir / "a.yaml") + "'s 2026-01-01"), std::string::npos)
      << r.err;
  const auto result = nlohmann::json::parse(r.out);
  EXPECT_EQ(result.at("as_of"), "2026-01-01");
  EXPECT_EQ(result.at("ranking").size(), 2u);
}

}  // namespace
}  // namespace criterio::testing

namespace criterio::testing {
namespace {

TEST(CliRankCriteria, AnUnknownCatalogNamedInAFileIsLocatedThere) {
  TempDir dir;
  write_file(dir / "p.yaml", "providers: []\ncriteria: hostng\n");
  const RunResult r = run({"rank", dir / "p.yaml"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find(dir / "p.yaml" + ":2:11: error: unknown criteria catalog \"hostng\" (did you mean 'hosting'?)"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace criterio::testing
