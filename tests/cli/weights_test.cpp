// `criterio weights`, and weights derived by a method in `criterio rank`,
// through the real binary: AHP (Saaty's published examples, geometric-mean
// priorities, incomplete and disconnected judgments, evaluator panels),
// spreadsheet mode with objective weights (published examples of
// tests/data/weights/EXAMPLES.md), rank-based and swing weights, the output
// formats and the errors with their exit codes.
//
// Data: tests/data/ahp/, tests/data/weights/*.csv and tests/data/weights/cli/
// (each file says where its numbers come from).

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::string k_cli = "tests/data/weights/cli/";
const std::string k_data = "tests/data/weights/";
const std::string k_house = "tests/data/ahp/saaty_house.yaml";

// `criterio ARGS -f json`, which must succeed; its parsed output.
json json_of(std::vector<std::string> args) {
  args.insert(args.end(), {"-f", "json"});
  const RunResult r = run(args);
  expect_success(r);
  if (r.exit_code != 0) return json::object();
  return json::parse(r.out);
}

json weights_json(std::vector<std::string> args) {
  args.insert(args.begin(), "weights");
  return json_of(std::move(args));
}

// The global weights of the leaves (criteria[].weight), in order.
std::vector<double> criteria_weights(const json& j) {
  std::vector<double> out;
  for (const auto& c : j.at("criteria")) out.push_back(c.at("weight").get<double>());
  return out;
}

// Each value within half a unit of the last printed digit (`half_unit`).
void expect_printed(const std::vector<double>& actual, const std::vector<double>& printed, double half_unit) {
  ASSERT_EQ(actual.size(), printed.size());
  for (std::size_t k = 0; k < printed.size(); ++k) EXPECT_NEAR(actual[k], printed[k], half_unit) << "criterion " << k;
}

const json& child_named(const json& node, const std::string& id) {
  for (const auto& c : node.at("children"))
    if (c.at("id") == id) return c;
  ADD_FAILURE() << "no child " << id << " in " << node.dump().substr(0, 300);
  static const json none = json::object();
  return none;
}

// ---- AHP ------------------------------------------------------------------

TEST(WeightsCli, SaatyHouseJson) {
  // Saaty (1990), EJOR 48, Table 2; Saaty (2003), EJOR 145, Tables 1 and 3
  // (tests/data/ahp/EXAMPLES.md, example 2): priorities .173 .054 .188 .018
  // .031 .036 .167 .333; λmax 9.669; CI 0.238; CR 0.169; the largest
  // a_ij w_j / w_i is neighbourhood vs condition.
  const json j = weights_json({k_house});
  EXPECT_EQ(j.at("kind"), "weights");
  expect_printed(criteria_weights(j), {.173, .054, .188, .018, .031, .036, .167, .333}, 0.0005);
  const json& tree = j.at("weights").at("tree");
  const json& ahp = tree.at("weighting").at("ahp");
  EXPECT_EQ(tree.at("weighting").at("method"), "ahp");
  EXPECT_EQ(ahp.at("priorities"), "eigenvector");
  EXPECT_NEAR(ahp.at("lambda_max").get<double>(), 9.669, 0.0005);
  EXPECT_NEAR(ahp.at("ci").get<double>(), 0.238, 0.0005);
  EXPECT_NEAR(ahp.at("cr").get<double>(), 0.169, 0.0005);
  EXPECT_EQ(ahp.at("consistent"), false);
  EXPECT_EQ(ahp.at("judgments"), 28);
  EXPECT_EQ(ahp.at("missing"), 0);
  ASSERT_FALSE(ahp.at("advice").empty());
  const json& first = ahp.at("advice").at(0);
  EXPECT_EQ(first.at("more"), "neighborhood");
  EXPECT_EQ(first.at("less"), "condition");
  EXPECT_EQ(first.at("given").get<double>(), 6);
  EXPECT_LT(first.at("cr_after").get<double>(), ahp.at("cr").get<double>());
  // The tree's children carry the same priorities as the flat list.
  const json& children = tree.at("children");
  ASSERT_EQ(children.size(), 8u);
  for (std::size_t k = 0; k < 8; ++k)
    EXPECT_EQ(children[k].at("global").get<double>(), j.at("criteria")[k].at("weight").get<double>());
  EXPECT_EQ(j.at("weights").at("uses_data"), false);
}

TEST(WeightsCli, SaatyHouseTableShowsTheAdvice) {
  // Saaty (2003), EJOR 145, Table 3: neighbourhood vs condition (given 6) is
  // the judgment to revisit.
  const RunResult r = run_wide({"weights", k_house});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "you said neighborhood vs condition = 6")) << r.out;
  EXPECT_TRUE(contains(r.out, "inconsistent")) << r.out;
  EXPECT_TRUE(contains(r.out, "λmax 9.6689")) << r.out;
}

TEST(WeightsCli, Saaty2008DrinksFromPairs) {
  // Saaty (2008), Int. J. Services Sciences 1(1), 83-98, drinks, as
  // transcribed by ahpy (tests/data/ahp/EXAMPLES.md, example 1): priorities
  // .177 .019 .042 .116 .190 .129 .327; CR .022. Given here as pairs.
  const json j = weights_json({k_cli + "drinks_judgments.yaml"});
  expect_printed(criteria_weights(j), {.177, .019, .042, .116, .190, .129, .327}, 0.0005);
  const json& ahp = j.at("weights").at("tree").at("weighting").at("ahp");
  EXPECT_NEAR(ahp.at("cr").get<double>(), 0.022, 0.0005);
  EXPECT_EQ(ahp.at("consistent"), true);
  EXPECT_EQ(ahp.at("judgments"), 21);
  EXPECT_TRUE(ahp.at("advice").empty());
}

TEST(WeightsCli, GeometricMeanPrioritiesAreTheNormalisedRowGeometricMeans) {
  // Saaty's house matrix (Saaty 1990, Table 2) with priorities: geometric-mean.
  // No published figures: the definition, computed here from the matrix
  // (Python/numpy gives 0.174805 0.062647 0.148706 0.019345 0.035570 0.042300
  // 0.167016 0.349610).
  const double a[8][8] = {{1, 5, 3, 7, 6, 6, 1. / 3, 1. / 4},
                          {1. / 5, 1, 1. / 3, 5, 3, 3, 1. / 5, 1. / 7},
                          {1. / 3, 3, 1, 6, 3, 4, 6, 1. / 5},
                          {1. / 7, 1. / 5, 1. / 6, 1, 1. / 3, 1. / 4, 1. / 7, 1. / 8},
                          {1. / 6, 1. / 3, 1. / 3, 3, 1, 1. / 2, 1. / 5, 1. / 6},
                          {1. / 6, 1. / 3, 1. / 4, 4, 2, 1, 1. / 5, 1. / 6},
                          {3, 5, 1. / 6, 7, 5, 5, 1, 1. / 2},
                          {4, 7, 5, 8, 6, 6, 2, 1}};
  std::vector<double> expected(8);
  for (int i = 0; i < 8; ++i) {
    double product = 1;
    for (int k = 0; k < 8; ++k) product *= a[i][k];
    expected[static_cast<std::size_t>(i)] = std::pow(product, 1.0 / 8);
  }
  const double total = std::accumulate(expected.begin(), expected.end(), 0.0);
  for (double& e : expected) e /= total;

  const json j = weights_json({k_cli + "house_geometric_mean.yaml"});
  EXPECT_EQ(j.at("weights").at("tree").at("weighting").at("ahp").at("priorities"), "geometric-mean");
  const std::vector<double> gm = criteria_weights(j);
  expect_printed(gm, expected, 1e-9);
  EXPECT_NEAR(std::accumulate(gm.begin(), gm.end(), 0.0), 1, 1e-12);
  const std::vector<double> eigenvector = criteria_weights(weights_json({k_house}));
  double largest_gap = 0;
  for (std::size_t k = 0; k < 8; ++k) largest_gap = std::max(largest_gap, std::abs(gm[k] - eigenvector[k]));
  EXPECT_GT(largest_gap, 0.03);  // neighborhood: 0.149 against 0.188
}

TEST(WeightsCli, IncompleteJudgmentsAreCompleted) {
  // Judgments consistent with 8 : 4 : 2 : 1, two of six missing: any sound
  // completion gives back 8/15, 4/15, 2/15, 1/15.
  const json j = weights_json({k_cli + "incomplete.yaml"});
  const json& ahp = j.at("weights").at("tree").at("weighting").at("ahp");
  EXPECT_EQ(ahp.at("missing"), 2);
  EXPECT_EQ(ahp.at("judgments"), 4);
  expect_printed(criteria_weights(j), {8. / 15, 4. / 15, 2. / 15, 1. / 15}, 1e-9);
  EXPECT_NEAR(ahp.at("cr").get<double>(), 0, 1e-9);
}

TEST(WeightsCli, DisconnectedJudgmentsAreAnErrorAtTheMatrix) {
  const RunResult r = run({"weights", k_cli + "disconnected.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "tests/data/weights/cli/disconnected.yaml:10:9: error: the judgments do not link c, d to a"))
      << r.err;
}

TEST(WeightsCli, PanelOfThreeEvaluators) {
  // ana and ben judge as if the weights were 6 : 3 : 1, cara as if 1 : 3 : 6,
  // each consistently; aggregated by priorities (the normalised geometric
  // mean, Forman & Peniwati 1998): 6^(2/3) : 3 : 6^(1/3).
  const json j = weights_json({k_cli + "panel.yaml"});
  const json& ahp = j.at("weights").at("tree").at("weighting").at("ahp");
  EXPECT_EQ(ahp.at("aggregate"), "priorities");
  ASSERT_EQ(ahp.at("evaluators").size(), 3u);
  EXPECT_EQ(ahp.at("evaluators")[0].at("evaluator"), "ana");
  EXPECT_EQ(ahp.at("evaluators")[1].at("evaluator"), "ben");
  EXPECT_EQ(ahp.at("evaluators")[2].at("evaluator"), "cara");
  EXPECT_NEAR(ahp.at("evaluators")[2].at("priorities").at("support").get<double>(), 0.6, 1e-9);
  const double p = std::pow(6, 2.0 / 3), u = 3, s = std::pow(6, 1.0 / 3);
  expect_printed(criteria_weights(j), {p / (p + u + s), u / (p + u + s), s / (p + u + s)}, 1e-9);
  // On price: 0.6, 0.6 and 0.1. cara is 0.5 from the others' median, ana and
  // ben 0.25 from theirs: cara is named. On uptime all agree.
  const json& disagreement = ahp.at("disagreement");
  ASSERT_EQ(disagreement.size(), 3u);
  EXPECT_EQ(disagreement[0].at("criterion"), "price");
  EXPECT_NEAR(disagreement[0].at("low").get<double>(), 0.1, 1e-9);
  EXPECT_NEAR(disagreement[0].at("high").get<double>(), 0.6, 1e-9);
  // Population standard deviation: mean 13/30, deviations 1/6, 1/6, −1/3.
  EXPECT_NEAR(disagreement[0].at("spread").get<double>(), std::sqrt(1.0 / 18), 1e-9);
  EXPECT_EQ(disagreement[0].at("outlier"), "cara");
  EXPECT_EQ(disagreement[1].at("criterion"), "uptime");
  EXPECT_TRUE(disagreement[1].at("outlier").is_null());
  EXPECT_EQ(disagreement[2].at("outlier"), "cara");
  const RunResult table = run_wide({"weights", k_cli + "panel.yaml"});
  expect_success(table);
  EXPECT_TRUE(contains(table.out, "cara stands apart")) << table.out;
}

// ---- spreadsheet mode: objective weights ---------------------------------------

TEST(WeightsCli, SpreadsheetEntropyXu2004) {
  // Xu (2004), EJOR 156(2):530-532, as pyrepo-mcda Test_Entropy.test_Entropy
  // reproduces it (tests/data/weights/EXAMPLES.md, example 4): 0.4630, 0.3992,
  // 0.1378, 0.0000.
  const json j = weights_json({k_data + "xu2004_entropy_angle.csv", "--weights", "entropy"});
  expect_printed(criteria_weights(j), {0.4630, 0.3992, 0.1378, 0.0000}, 0.00005);
  EXPECT_EQ(j.at("weights").at("uses_data"), true);
  EXPECT_EQ(j.at("weights").at("waits_for_data"), false);
  EXPECT_EQ(j.at("weights").at("tree").at("weighting").at("method"), "entropy");
  EXPECT_EQ(j.at("providers"), 4);
}

TEST(WeightsCli, SpreadsheetEntropyIgnoresDirections) {
  // Zavadskas & Podvezko (2016), IJITDM 15(2):267-283, as pyrepo-mcda
  // Test_Entropy.test_Entropy2 (EXAMPLES.md, example 5), with the source's cost
  // criteria: 0.1146, 0.1981, 0.4185, 0.2689.
  const json j = weights_json(
      {k_data + "zavadskas_podvezko2016_entropy.csv", "--weights", "entropy", "--directions", "-,+,-,+"});
  expect_printed(criteria_weights(j), {0.1146, 0.1981, 0.4185, 0.2689}, 0.00005);
}

TEST(WeightsCli, SpreadsheetCritic) {
  // Tuş & Aytaç Adalı (2019), Opsearch 56(2):528-538, as pyrepo-mcda
  // Test_CRITIC.test_critic (EXAMPLES.md, example 2; all columns as benefits):
  // 0.157, 0.249, 0.168, 0.121, 0.154, 0.151.
  const json j = weights_json({k_data + "tus_aytac_adali2019_critic.csv", "--weights", "critic", "--directions",
                               "+,+,+,+,+,+"});
  expect_printed(criteria_weights(j), {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, 0.0005);
}

TEST(WeightsCli, SpreadsheetMerec) {
  // Keshavarz-Ghorabaee et al. (2021), Symmetry 13(4):525, illustrative
  // example, as pyrepo-mcda Test_MEREC.test_merec (EXAMPLES.md, example 1):
  // 0.5752, 0.0141, 0.4016, 0.0091.
  const json j = weights_json(
      {k_data + "keshavarz_ghorabaee2021_merec.csv", "--weights", "merec", "--directions", "+,+,-,-"});
  expect_printed(criteria_weights(j), {0.5752, 0.0141, 0.4016, 0.0091}, 0.00005);
}

// rank uses exactly the weights `weights` prints, and the CSV fast path ranks
// as the JSON output does.
void expect_rank_uses_the_weights(const std::vector<std::string>& input) {
  std::vector<std::string> weights_args = {"weights"};
  weights_args.insert(weights_args.end(), input.begin(), input.end());
  const std::vector<double> weights = criteria_weights(json_of(weights_args));
  std::vector<std::string> rank_args = {"rank"};
  rank_args.insert(rank_args.end(), input.begin(), input.end());
  const json ranked = json_of(rank_args);
  const std::vector<double> used = criteria_weights(ranked);
  ASSERT_EQ(used.size(), weights.size());
  for (std::size_t k = 0; k < used.size(); ++k) EXPECT_DOUBLE_EQ(used[k], weights[k]) << k;
  EXPECT_EQ(ranked.at("weights").at("tree").at("weighting").at("method"),
            json_of(weights_args).at("weights").at("tree").at("weighting").at("method"));

  rank_args.insert(rank_args.end(), {"-f", "csv"});
  const RunResult csv = run(rank_args);
  expect_success(csv);
  const auto rows = parse_csv(csv.out);
  ASSERT_EQ(rows.size(), ranked.at("ranking").size() + 1);
  const int id = column_index(rows[0], "id");
  const int score = column_index(rows[0], "score");
  ASSERT_GE(id, 0);
  ASSERT_GE(score, 0);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const json& entry = ranked.at("ranking")[r - 1];
    EXPECT_EQ(rows[r][static_cast<std::size_t>(id)], entry.at("id").get<std::string>()) << r;
    EXPECT_NEAR(std::stod(rows[r][static_cast<std::size_t>(score)]), entry.at("score").get<double>(), 1e-12) << r;
  }
}

TEST(WeightsCli, RankUsesTheCriticWeights) {
  // Tuş & Aytaç Adalı (2019) as in SpreadsheetCritic: 0.157, 0.249, ...
  expect_rank_uses_the_weights({k_data + "tus_aytac_adali2019_critic.csv", "--weights", "critic"});
  const json ranked = json_of({"rank", k_data + "tus_aytac_adali2019_critic.csv", "--weights", "critic"});
  expect_printed(criteria_weights(ranked), {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, 0.0005);
}

TEST(WeightsCli, RankUsesTheEntropyAndMerecWeights) {
  // Xu (2004) and Keshavarz-Ghorabaee et al. (2021), as above.
  expect_rank_uses_the_weights({k_data + "xu2004_entropy_angle.csv", "--weights", "entropy"});
  expect_rank_uses_the_weights(
      {k_data + "keshavarz_ghorabaee2021_merec.csv", "--weights", "merec", "--directions", "+,+,-,-"});
}

// ---- rank-based and points ----------------------------------------------------

TEST(WeightsCli, RocFromTheCommandLine) {
  // ROC for four criteria (Barron & Barrett 1996, w_k = (1/n) Σ_{i=k..n} 1/i):
  // 25/48, 13/48, 7/48, 3/48; a tie shares its places: (13 + 7)/2 / 48 each.
  const std::string csv = k_data + "keshavarz_ghorabaee2021_merec.csv";
  expect_printed(criteria_weights(weights_json({csv, "--weights", "roc:1,2,3,4"})),
                 {25. / 48, 13. / 48, 7. / 48, 3. / 48}, 1e-12);
  expect_printed(criteria_weights(weights_json({csv, "--weights", "roc:1,2,2,4"})),
                 {25. / 48, 10. / 48, 10. / 48, 3. / 48}, 1e-12);
  // Only the order counts: 3,1,4,2 ranks the second column first.
  expect_printed(criteria_weights(weights_json({csv, "--weights", "roc:3,1,4,2"})),
                 {7. / 48, 25. / 48, 3. / 48, 13. / 48}, 1e-12);
  expect_rank_uses_the_weights({csv, "--weights", "roc:1,2,2,4"});
}

TEST(WeightsCli, RocMatchesPrintedTables) {
  // McCaffrey (2006), "Rank order centroids in testing" (blog, 28 Sep 2006):
  // four ranks print as 0.5208, 0.2708, 0.1458, 0.0625.
  const std::string four = k_data + "keshavarz_ghorabaee2021_merec.csv";
  expect_printed(criteria_weights(weights_json({four, "--weights", "roc:1,2,3,4"})), {0.5208, 0.2708, 0.1458, 0.0625},
                 0.00005);
  // The ROC notebook of the "JupOtter" MCDM tutorials (github.com/jupotter37)
  // prints, for five criteria ranked C1 3, C2 5, C3 2, C4 1, C5 4 (the data
  // do not matter): 0.156667, 0.040000, 0.256667, 0.456667, 0.090000.
  expect_printed(criteria_weights(weights_json({k_cli + "five_columns.csv", "--weights", "roc:3,5,2,1,4"})),
                 {0.156667, 0.040000, 0.256667, 0.456667, 0.090000}, 0.0000005);
}

TEST(WeightsCli, RankSumFromACriteriaFile) {
  // Rank sum (Stillwell, Seaver & Edwards 1981), w ∝ n + 1 − rank, order
  // [support, [uptime, refund], docs]: 4/10, (3 + 2)/2/10 twice, 1/10, under a
  // group of weight 3 beside price of weight 1.
  const json j = weights_json({k_cli + "rank_sum.yaml"});
  expect_printed(criteria_weights(j), {0.75 * 0.25, 0.75 * 0.4, 0.75 * 0.1, 0.75 * 0.25, 0.25}, 1e-12);
  const json& service = child_named(j.at("weights").at("tree"), "service");
  EXPECT_EQ(service.at("weighting").at("method"), "rank-sum");
  EXPECT_EQ(child_named(service, "uptime").at("basis"), "rank 2 (rank-sum)");
}

TEST(WeightsCli, SwingFromACriteriaFileAndTheCommandLine) {
  // Swing points are normalised: 80 : 100 : 20 over 200.
  expect_printed(criteria_weights(weights_json({k_cli + "swing.yaml"})), {0.4, 0.5, 0.1}, 1e-12);
  expect_printed(criteria_weights(weights_json({k_cli + "three_columns.csv", "--weights", "swing:100,50,50"})),
                 {0.5, 0.25, 0.25}, 1e-12);
  expect_printed(criteria_weights(weights_json({k_cli + "three_columns.csv", "--weights", "smart:10,20,30"})),
                 {1. / 6, 2. / 6, 3. / 6}, 1e-12);
}

// ---- errors -----------------------------------------------------------------

TEST(WeightsCli, SwingWithoutOneHundredIsAUsageError) {
  const RunResult r = run({"weights", k_cli + "three_columns.csv", "--weights", "swing:80,50"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "the most important swing gets 100")) << r.err;
}

TEST(WeightsCli, AhpOnTheCommandLineIsAUsageError) {
  const RunResult r = run({"weights", k_cli + "three_columns.csv", "--weights", "ahp"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "ahp needs pairwise judgments; give them in a criteria file")) << r.err;
}

TEST(WeightsCli, AMisspelledMethodSuggestsTheNearest) {
  for (const std::string command : {"weights", "rank"}) {
    const RunResult r = run({command, k_cli + "three_columns.csv", "--weights", "entropi"});
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, "did you mean 'entropy'")) << r.err;
  }
}

TEST(WeightsCli, EntropyOfANegativeValueNamesTheCriterion) {
  for (const std::string command : {"weights", "rank"}) {
    const RunResult r = run({command, k_cli + "negative_latency.csv", "--weights", "entropy"});
    expect_clean_failure(r, 3);
    EXPECT_TRUE(contains(r.err, "criterion 'latency'")) << r.err;
    EXPECT_TRUE(contains(r.err, "found -3")) << r.err;
  }
}

TEST(WeightsCli, WeightsOptionIsForSpreadsheetsOnly) {
  const RunResult r = run({"weights", k_cli + "swing.yaml", "--weights", "entropy"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--weights and --directions are for spreadsheet mode")) << r.err;
}

// ---- the catalog, profiles and output formats ---------------------------------

TEST(WeightsCli, HostingModelAndProviders) {
  const json model = weights_json({"criteria/hosting.yaml"});
  EXPECT_EQ(model.at("providers"), 0);
  const std::vector<double> w = criteria_weights(model);
  EXPECT_NEAR(std::accumulate(w.begin(), w.end(), 0.0), 1, 1e-9);
  const json with_data = weights_json({k_example});
  EXPECT_EQ(with_data.at("providers").get<int>(), 6);  // cheapo fails a requirement
  EXPECT_EQ(criteria_weights(with_data), w);            // direct weights: the data changes nothing
  expect_success(run({"weights", "criteria/hosting.yaml"}));
  expect_success(run({"weights", k_example}));
}

TEST(WeightsCli, ProfileChangesTheWeights) {
  const std::vector<double> plain = criteria_weights(weights_json({"criteria/hosting.yaml"}));
  const json profiled = weights_json({"criteria/hosting.yaml", "--profile", "small-business"});
  EXPECT_EQ(profiled.at("profile"), "small-business");
  const std::vector<double> w = criteria_weights(profiled);
  EXPECT_NEAR(std::accumulate(w.begin(), w.end(), 0.0), 1, 1e-9);
  EXPECT_NE(w, plain);
  EXPECT_EQ(criteria_weights(weights_json({k_example, "--profile", "small-business"})), w);

  const RunResult unknown = run({"weights", "criteria/hosting.yaml", "--profile", "nope"});
  expect_clean_failure(unknown, 2);
  EXPECT_TRUE(contains(unknown.err, "unknown profile \"nope\"")) << unknown.err;
}

TEST(WeightsCli, CsvOutputIsWellFormed) {
  const RunResult r = run({"weights", k_cli + "rank_sum.yaml", "-f", "csv"});
  expect_success(r);
  const auto rows = parse_csv(r.out);
  ASSERT_EQ(rows.size(), 7u);  // header, service and its four children, price
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "name", "parent", "depth", "kind", "local", "global", "basis",
                                               "children_weighting"}));
  double leaves = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), rows[0].size()) << i;
    if (rows[i][4] == "criterion") leaves += std::stod(rows[i][6]);
  }
  EXPECT_NEAR(leaves, 1, 1e-12);
  EXPECT_EQ(rows[1][0], "service");
  EXPECT_EQ(rows[1][8], "rank-sum");
  EXPECT_EQ(rows[2][2], "service");  // uptime's parent
  EXPECT_EQ(rows[2][3], "2");

  // The catalog, with data, quoting whatever needs it.
  const RunResult hosting = run({"weights", k_example, "-f", "csv"});
  expect_success(hosting);
  const auto hosting_rows = parse_csv(hosting.out);
  ASSERT_GT(hosting_rows.size(), 41u);
  for (const auto& row : hosting_rows) EXPECT_EQ(row.size(), 9u);
}

TEST(WeightsCli, MarkdownOutputIsWellFormed) {
  for (const std::string& input : {k_cli + "rank_sum.yaml", k_house, k_example}) {
    SCOPED_TRACE(input);
    const RunResult r = run({"weights", input, "-f", "markdown"});
    expect_success(r);
    EXPECT_TRUE(r.out.rfind("## Weights", 0) == 0) << r.out.substr(0, 200);
    EXPECT_FALSE(has_ansi(r.out));
    // Every table row has as many cells as the header of its table.
    std::size_t cells = 0;
    for (const auto& line : lines_of(r.out)) {
      if (line.empty() || line[0] != '|') {
        cells = 0;
        continue;
      }
      std::size_t pipes = 0;
      for (std::size_t k = 0; k < line.size(); ++k)
        if (line[k] == '|' && (k == 0 || line[k - 1] != '\\')) ++pipes;
      if (cells == 0) cells = pipes;
      EXPECT_EQ(pipes, cells) << line;
    }
  }
}

// ---- weights inside a ranking ---------------------------------------------------

TEST(WeightsCli, RankWithAnEntropyGroup) {
  // The measured group holds Xu (2004)'s matrix (EJOR 156(2):530-532, as
  // pyrepo-mcda Test_Entropy.test_Entropy; EXAMPLES.md, example 4): entropy
  // weights 0.4630, 0.3992, 0.1378, 0.0000, each halved globally.
  const json ranked = json_of({"rank", k_cli + "entropy_providers.yaml"});
  const json& weights = ranked.at("weights");
  EXPECT_EQ(weights.at("uses_data"), true);
  EXPECT_EQ(weights.at("waits_for_data"), false);
  const json& measured = child_named(weights.at("tree"), "measured");
  EXPECT_EQ(measured.at("weighting").at("method"), "entropy");
  const std::vector<double> printed = {0.4630, 0.3992, 0.1378, 0.0000};
  for (std::size_t k = 0; k < 4; ++k) {
    EXPECT_NEAR(measured.at("children")[k].at("local").get<double>(), printed[k], 0.00005) << k;
    EXPECT_NEAR(measured.at("children")[k].at("global").get<double>(), printed[k] / 2, 0.00005) << k;
  }
  const auto& notes = measured.at("weighting").at("notes");
  ASSERT_FALSE(notes.empty());
  EXPECT_TRUE(contains(notes[0].get<std::string>(), "entropy")) << notes;
  bool noted = false;
  for (const auto& note : ranked.at("notes")) noted = noted || contains(note.get<std::string>(), "from entropy");
  EXPECT_TRUE(noted) << ranked.at("notes");
  // The ranking uses those weights.
  const std::vector<double> used = criteria_weights(ranked);
  ASSERT_EQ(used.size(), 6u);
  EXPECT_DOUBLE_EQ(used[0], 0.25);
  EXPECT_NEAR(used[2], printed[0] / 2, 0.00005);
  // And `weights` on the same files says the same.
  EXPECT_EQ(criteria_weights(weights_json({k_cli + "entropy_providers.yaml"})), used);
}

TEST(WeightsCli, EntropyGroupWithoutDataWaits) {
  const json j = weights_json({k_cli + "entropy_group.yaml"});
  EXPECT_EQ(j.at("weights").at("waits_for_data"), true);
  const json& c1 = child_named(child_named(j.at("weights").at("tree"), "measured"), "c1");
  EXPECT_TRUE(c1.at("local").is_null());
  ASSERT_FALSE(j.at("warnings").empty());
  EXPECT_TRUE(contains(j.at("warnings")[0].get<std::string>(), "providers' data")) << j.at("warnings");
}

TEST(WeightsCli, RankWarnsAboutInconsistentJudgments) {
  const json ranked = json_of({"rank", k_cli + "inconsistent_providers.yaml"});
  bool warned = false;
  for (const auto& w : ranked.at("warnings")) warned = warned || contains(w.get<std::string>(), "inconsistent (CR");
  EXPECT_TRUE(warned) << ranked.at("warnings");
  EXPECT_FALSE(ranked.at("weights").at("tree").at("weighting").at("ahp").at("consistent").get<bool>());
  const RunResult table = run_wide({"rank", k_cli + "inconsistent_providers.yaml"});
  expect_success(table);
  EXPECT_TRUE(contains(table.out + table.err, "AHP judgments of the top-level criteria are inconsistent"))
      << describe(table);
}

}  // namespace
// Every ranking method takes the derived weights: examples/weights weighs its
// groups by AHP (a panel), ROC, swing points, direct weights and entropy.
TEST(WeightsCli, EveryMethodRanksWithTheDerivedWeights) {
  const std::string providers = "examples/weights/providers.yaml";
  const std::vector<double> derived = criteria_weights(weights_json({providers}));
  ASSERT_EQ(derived.size(), 9u);
  EXPECT_NEAR(std::accumulate(derived.begin(), derived.end(), 0.0), 1, 1e-12);
  const json catalog = json_of({"catalog"});
  for (const auto& method : catalog.at("methods")) {
    const std::string name = method.at("name");
    SCOPED_TRACE(name);
    const RunResult r = run({"rank", providers, "-m", name, "-f", "json"});
    if (name == "wpm") {  // Cheapo's escalation has utility 0, which a product of powers cannot take
      EXPECT_EQ(r.exit_code, 3) << r.err;
      EXPECT_NE(r.err.find("'escalation'"), std::string::npos) << r.err;
      continue;
    }
    expect_success(r);
    if (r.exit_code != 0) continue;
    const json j = json::parse(r.out);
    expect_printed(criteria_weights(j), derived, 1e-15);
    EXPECT_EQ(j.at("ranking").size(), 4u);
  }
}

}  // namespace criterio::testing
