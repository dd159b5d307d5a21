// Evaluator panels through the real binary: three evaluators rating the same
// two providers, given as lists (tests/data/panel/lists.yaml) and as one file
// per evaluator (main.yaml with ana.yaml, ben.yaml and carla.yaml), in JSON,
// table and markdown; --ratings median; and the errors, with exit code 3.
//
// The data (see the files): alpha's courtesy is rated 5, 5 and 1, beta's 4, 4
// and 4 ("warm" is point 4); everything else scores the same or close. The
// mean puts beta first (3.67 < 4 on courtesy); the median puts alpha first
// (5 > 4). Aggregates, spreads and outliers follow from the definitions in
// docs/weights/panels.md (checked by hand and in plain Python).

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::string k_dir = "tests/data/panel/";
const std::vector<std::string> k_lists = {k_dir + "lists.yaml"};
const std::vector<std::string> k_files = {k_dir + "main.yaml", k_dir + "ana.yaml", k_dir + "ben.yaml", k_dir + "carla.yaml"};

RunResult run_with(std::vector<std::string> args, const std::vector<std::string>& files,
                   const std::vector<std::string>& extra = {}) {
  args.insert(args.end(), files.begin(), files.end());
  args.insert(args.end(), extra.begin(), extra.end());
  return run(args);
}

json json_of(std::vector<std::string> args, const std::vector<std::string>& files,
             const std::vector<std::string>& extra = {}) {
  const RunResult r = run_with(std::move(args), files, extra);
  expect_success(r);
  return json::parse(r.out);
}

std::vector<std::string> ranked_ids(const json& result) {
  std::vector<std::string> ids;
  for (const auto& p : result["ranking"]) ids.push_back(p["id"]);
  return ids;
}

const json& contribution(const json& provider, const std::string& criterion) {
  for (const auto& c : provider["contributions"])
    if (c["criterion"] == criterion) return c;
  throw std::runtime_error("no contribution for " + criterion);
}

void expect_alpha_courtesy(const json& c) {
  const json& panel = c["panel"];
  EXPECT_EQ(panel["aggregate"], "mean");
  ASSERT_EQ(panel["ratings"].size(), 3u);
  EXPECT_EQ(panel["ratings"][0]["evaluator"], "ana");
  EXPECT_EQ(panel["ratings"][0]["rating"].get<double>(), 5);
  EXPECT_EQ(panel["ratings"][2]["evaluator"], "carla");
  EXPECT_EQ(panel["ratings"][2]["rating"].get<double>(), 1);
  EXPECT_NEAR(panel["value"].get<double>(), 11.0 / 3, 1e-12);
  EXPECT_NEAR(panel["spread"].get<double>(), std::sqrt(32.0 / 9), 1e-12);  // population SD of 5, 5, 1
  EXPECT_EQ(panel["range"].get<double>(), 4);
  EXPECT_EQ(panel["outlier"], "carla");
  EXPECT_NEAR(c["value"].get<double>(), 11.0 / 3, 1e-12);
  EXPECT_EQ(c["display"], "3.67/5 (mean of 3 ratings)");
}

TEST(CliPanel, RankJsonCarriesRatingsGivenAsLists) {
  const json j = json_of({"rank", "-f", "json"}, k_lists);
  EXPECT_EQ(ranked_ids(j), (std::vector<std::string>{"beta", "alpha"}));
  expect_alpha_courtesy(contribution(j["ranking"][1], "courtesy"));
  // ben did not rate alpha's empathy: a null rating, the mean of the other two.
  const json& empathy = contribution(j["ranking"][1], "empathy")["panel"];
  EXPECT_TRUE(empathy["ratings"][1]["rating"].is_null());
  EXPECT_EQ(empathy["value"].get<double>(), 4);
  EXPECT_FALSE(contribution(j["ranking"][1], "price").contains("panel"));

  const json& summary = j["panel"];
  EXPECT_EQ(summary["aggregate"], "mean");
  EXPECT_EQ(summary["evaluators"], json({"ana", "ben", "carla"}));
  ASSERT_EQ(summary["criteria"].size(), 3u);
  EXPECT_EQ(summary["criteria"][0]["criterion"], "courtesy");
  EXPECT_EQ(summary["criteria"][0]["most_often_outlier"], json({"carla"}));
  EXPECT_EQ(summary["criteria"][0]["outlier_times"], 1);
  // alpha's support is rated 6, 3 and 6 on a 0..9 scale: ben is 3 from the
  // others, exactly a third of the range, so ben is the outlier.
  EXPECT_EQ(summary["criteria"][2]["criterion"], "support");
  EXPECT_EQ(summary["criteria"][2]["most_often_outlier"], json({"ben"}));
}

TEST(CliPanel, OneFilePerEvaluatorGivesTheSameResult) {
  const json lists = json_of({"rank", "-f", "json"}, k_lists);
  const json files = json_of({"rank", "-f", "json"}, k_files);
  EXPECT_EQ(lists["ranking"], files["ranking"]);
  EXPECT_EQ(lists["panel"], files["panel"]);
  expect_alpha_courtesy(contribution(files["ranking"][1], "courtesy"));
}

TEST(CliPanel, NoPanelSectionWithoutRatings) {
  const json j = json_of({"rank", "-f", "json"}, {k_dir + "main.yaml"});
  EXPECT_FALSE(j.contains("panel"));
  const RunResult table = run_with({"rank"}, {k_dir + "main.yaml"});
  expect_success(table);
  EXPECT_FALSE(contains(table.out, "Evaluator panel")) << table.out;
}

TEST(CliPanel, MedianChangesTheRanking) {
  for (const auto& files : {k_lists, k_files}) {
    const json median = json_of({"rank", "-f", "json"}, files, {"--ratings", "median"});
    EXPECT_EQ(ranked_ids(median), (std::vector<std::string>{"alpha", "beta"}));
    const json& panel = contribution(median["ranking"][0], "courtesy")["panel"];
    EXPECT_EQ(panel["aggregate"], "median");
    EXPECT_EQ(panel["value"].get<double>(), 5);
    EXPECT_EQ(median["panel"]["aggregate"], "median");
  }
  const RunResult mean = run_with({"rank"}, k_lists, {"--ratings", "mean"});
  expect_success(mean);
  EXPECT_TRUE(contains(line_with(mean.out, "  1 "), "Beta Cloud")) << mean.out;
}

TEST(CliPanel, RankTableAndMarkdownSummariseThePanel) {
  const RunResult table = run_wide({"rank", k_dir + "lists.yaml"});
  expect_success(table);
  EXPECT_TRUE(contains(table.out, "Evaluator panel (mean of the ratings")) << table.out;
  EXPECT_TRUE(contains(table.out, "Courtesy: mean spread 0.94 over 2 providers (largest 1.89, alpha); carla is most "
                                  "often the outlier (1 of 2)"))
      << table.out;
  EXPECT_TRUE(contains(table.out, "Empathy: mean spread 0 over 2 providers\n")) << table.out;

  const RunResult markdown = run_with({"rank", "-f", "markdown"}, k_files);
  expect_success(markdown);
  EXPECT_TRUE(contains(markdown.out, "### Evaluator panel")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "- Support quality: mean spread 0.71 over 2 providers (largest 1.41, alpha); ben "
                                     "is most often the outlier (1 of 2)"))
      << markdown.out;
}

TEST(CliPanel, ExplainShowsEachEvaluatorsRating) {
  for (const auto& files : {k_lists, k_files}) {
    const RunResult table = run_with({"explain", "alpha"}, files);
    expect_success(table);
    EXPECT_TRUE(contains(table.out, "Courtesy: ana 5, ben 5, carla 1 → mean 3.67; spread 1.89; carla is the outlier"))
        << table.out;
    EXPECT_TRUE(contains(table.out, "Empathy: ana 4, ben not rated, carla 4 → mean 4; spread 0\n")) << table.out;
    EXPECT_TRUE(contains(line_with(table.out, "  Courtesy "), "3.67/5 (mean of 3 ratings)")) << table.out;
  }
  const RunResult markdown = run_with({"explain", "alpha", "-f", "markdown"}, k_lists, {"--ratings", "median"});
  expect_success(markdown);
  EXPECT_TRUE(contains(markdown.out, "**Evaluator panel:**")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "- Courtesy: ana 5, ben 5, carla 1 → median 5; spread 1.89; carla is the outlier"))
      << markdown.out;

  const json j = json_of({"explain", "alpha", "-f", "json"}, k_files);
  expect_alpha_courtesy(contribution(j["provider"], "courtesy"));
}

TEST(CliPanel, CompareTakesRatings) {
  const RunResult r = run_with({"compare", "alpha", "beta"}, k_lists, {"--ratings", "median"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Alpha Hosting vs Beta Cloud")) << r.out;
}

TEST(CliPanel, ListLengthErrorAtTheList) {
  const RunResult r = run({"rank", k_dir + "wrong_length.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "tests/data/panel/wrong_length.yaml:8:17: error: 'courtesy' of 'alpha': 2 ratings for 3 "
                              "evaluators (ana, ben, carla)"))
      << r.err;
}

TEST(CliPanel, ProviderOnlyInAPanelFile) {
  const RunResult r = run({"rank", k_dir + "main.yaml", k_dir + "dora.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "tests/data/panel/dora.yaml:6:5: error: provider \"gamma\" is rated by dora but not "
                              "defined in any providers file"))
      << r.err;
}

TEST(CliPanel, PlainValueAlsoRatedNamesBothPlaces) {
  const RunResult r = run({"explain", "alpha", k_dir + "main.yaml", k_dir + "plain_and_rated.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "tests/data/panel/plain_and_rated.yaml:6:14: error: 'price' of 'alpha': rated by erik "
                              "here and also given as a single value at tests/data/panel/main.yaml:8:14"))
      << r.err;
}

TEST(CliPanel, SameEvaluatorTwice) {
  const RunResult r = run({"rank", k_dir + "main.yaml", k_dir + "ana.yaml", k_dir + "ana.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "error: evaluator \"ana\" already has a panel file")) << r.err;
}

TEST(CliPanel, UnknownAggregateIsAUsageError) {
  const RunResult r = run({"rank", k_dir + "lists.yaml", "--ratings", "average"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--ratings")) << r.err;
}

TEST(CliPanel, ExampleRanksWithThreeEvaluatorFiles) {
  const RunResult r = run({"rank", "examples/panel/providers.yaml", "examples/panel/ana.yaml",
                           "examples/panel/ben.yaml", "examples/panel/carla.yaml", "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  EXPECT_TRUE(j.contains("panel"));
  EXPECT_TRUE(j["warnings"].empty()) << j["warnings"];
  const RunResult validate = run({"validate", "examples/panel/providers.yaml"});
  expect_success(validate);
}

}  // namespace
}  // namespace criterio::testing
