// `criterio sensitivity` and `rank --robustness` through the real binary:
// every analysis in every format, the figures checked against independent
// runs of `criterio rank` (weights moved past an interval's end change the
// winner, a value past what-it-takes' threshold lifts the provider), SMAA
// against the exact two-criterion answer, determinism over seeds and
// threads, the --min-acceptability gate and usage errors.
//
// Data (tests/data/sensitivity/): vendors.csv, four vendors on price (cost),
// quality and support; two_criteria.csv, utilities a (1, 0), b (0, 1),
// c (0.6, 0.6); reversal.csv, a (4, 9), b (3, 6), c (8, 2), where SAW with
// max normalisation reverses b and c when a leaves.

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using Json = nlohmann::json;

const std::string k_vendors = "tests/data/sensitivity/vendors.csv";
const std::string k_two = "tests/data/sensitivity/two_criteria.csv";
const std::string k_reversal = "tests/data/sensitivity/reversal.csv";
const std::vector<std::string> k_vendor_options = {"--directions", "-,+,+", "--weights", "0.4,0.35,0.25"};

std::vector<std::string> vendors(std::vector<std::string> extra) {
  std::vector<std::string> args = {"sensitivity", k_vendors};
  args.insert(args.end(), k_vendor_options.begin(), k_vendor_options.end());
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

std::string exact_text(double x) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.15g", x);
  return buffer;
}

Json json_of(const RunResult& r) {
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return Json::parse(r.out);
}

// The winner of `criterio rank` on the vendors with these weights.
std::string winner_with(const std::vector<double>& w, const std::string& method) {
  std::string list;
  for (double x : w) list += (list.empty() ? "" : ",") + exact_text(x);
  const RunResult r = run({"rank", k_vendors, "--directions", "-,+,+", "--weights", list, "-m", method, "-f", "json"});
  return json_of(r).at("ranking").at(0).at("id");
}

std::vector<double> moved(const std::vector<double>& w, std::size_t k, double t) {
  std::vector<double> out(w.size());
  for (std::size_t j = 0; j < w.size(); ++j) out[j] = w[j] * (1 - t) / (1 - w[k]);
  out[k] = t;
  return out;
}

// Just inside each end of a winner interval the winner holds; just outside
// it the provider the end names takes over. `rank` is run independently.
void expect_interval_ends_real(const std::string& method) {
  const Json j = json_of(run(vendors({"-m", method, "-f", "json", "--analyses", "stability"})));
  const std::vector<double> w = {0.4, 0.35, 0.25};
  const std::string winner = j.at("ranking").at(0).at("id");
  int ends = 0;
  for (std::size_t k = 0; k < 3; ++k) {
    const Json& winner_interval = j.at("stability").at("criteria").at(k).at("winner");
    for (const auto& [side, sign] : {std::pair{"low", -1.0}, std::pair{"high", 1.0}}) {
      const Json& change = winner_interval.at(std::string(side) + "_change");
      if (change.is_null()) continue;
      const double end = winner_interval.at(side);
      SCOPED_TRACE(method + ", criterion " + std::to_string(k + 1) + ", " + side + " end " + std::to_string(end));
      EXPECT_EQ(winner_with(moved(w, k, end - sign * 1e-3), method), winner);
      EXPECT_EQ(winner_with(moved(w, k, end + sign * 1e-3), method), change.at("up"));
      ++ends;
    }
  }
  EXPECT_GT(ends, 0);
}

TEST(CliSensitivity, StabilityEndsAreWhereRankChangesTheWinner) {
  expect_interval_ends_real("wsm");
  expect_interval_ends_real("topsis");
}

TEST(CliSensitivity, WhatItTakesThresholdsLiftTheProviderInRank) {
  const Json j = json_of(run(vendors({"-m", "topsis", "-f", "json", "--analyses", "what-it-takes"})));
  const Json& w = j.at("what_it_takes");
  EXPECT_EQ(w.at("provider"), j.at("ranking").at(1).at("id"));
  EXPECT_TRUE(w.at("rival").is_null());
  int checked = 0;
  for (const Json& c : w.at("criteria")) {
    if (c.at("status") != "reachable") continue;
    // Rewrite the provider's value just past the threshold and rank again.
    const double to = c.at("to"), from = c.at("from");
    const double past = to + (to > from ? 1e-6 : -1e-6) * std::max(1.0, std::abs(to));
    const std::string criterion = c.at("criterion");
    const auto rows = parse_csv(read_file(source_path(k_vendors)));
    const auto column = std::find(rows.at(0).begin(), rows.at(0).end(), criterion) - rows.at(0).begin();
    std::string out;
    for (auto cells : rows) {
      if (cells.at(0) == w.at("provider")) cells.at(static_cast<std::size_t>(column)) = exact_text(past);
      std::string joined;
      for (const auto& cell : cells) joined += (joined.empty() ? "" : ",") + cell;
      out += joined + "\n";
    }
    const std::string path = "/tmp/criterio-what-it-takes-" + std::to_string(::getpid()) + ".csv";
    write_file(path, out);
    const RunResult r = run({"rank", path, "--directions", "-,+,+", "--weights", "0.4,0.35,0.25", "-m", "topsis", "-f", "json"});
    std::remove(path.c_str());
    EXPECT_EQ(json_of(r).at("ranking").at(0).at("id"), w.at("provider")) << criterion << " past " << past;
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

TEST(CliSensitivity, RankReversalIsFoundAndNamed) {
  const Json j = json_of(run({"sensitivity", k_reversal, "-f", "json", "--analyses", "reversal"}));
  const Json& check = j.at("rank_reversal");
  EXPECT_TRUE(check.at("checked"));
  ASSERT_EQ(check.at("reversals").size(), 1u);
  EXPECT_EQ(check.at("reversals").at(0).at("removed"), "a");
  EXPECT_EQ(check.at("reversals").at(0).at("flips").at(0), (Json{{"up", "b"}, {"down", "c"}}));
  const RunResult table = run({"sensitivity", k_reversal, "--analyses", "reversal"});
  EXPECT_TRUE(contains(table.out, "without a: b above c")) << table.out;
  EXPECT_TRUE(contains(table.out, "rank reversal: without a, b moves above c")) << table.out;
}

// Two criteria, uniform weights: w1 ~ U(0, 1) and the scores are w1 for a,
// 1 - w1 for b and 0.6 for c, so c is first for w1 in [0.4, 0.6] (0.2), a
// above 0.6 (0.4), b below 0.4 (0.4). Within five standard errors.
TEST(CliSensitivity, SmaaMatchesTheExactTwoCriterionAcceptabilities) {
  const std::size_t samples = 200000;
  const Json j = json_of(run({"sensitivity", k_two, "-f", "json", "--analyses", "smaa", "--samples", std::to_string(samples)}));
  const Json& providers = j.at("smaa").at("providers");
  const std::map<std::string, double> exact = {{"a", 0.4}, {"b", 0.4}, {"c", 0.2}};
  ASSERT_EQ(providers.size(), 3u);
  std::vector<double> column_sums(3, 0.0);
  for (const Json& p : providers) {
    const double expected = exact.at(p.at("id"));
    const double tolerance = 5 * std::sqrt(expected * (1 - expected) / samples);
    EXPECT_NEAR(p.at("first").get<double>(), expected, tolerance) << p.at("id");
    double row = 0;
    for (std::size_t r = 0; r < 3; ++r) {
      row += p.at("acceptability").at(r).get<double>();
      column_sums[r] += p.at("acceptability").at(r).get<double>();
    }
    EXPECT_NEAR(row, 1, 1e-12);
  }
  for (double sum : column_sums) EXPECT_NEAR(sum, 1, 1e-12);
  EXPECT_EQ(j.at("smaa").at("samples"), samples);
}

// a's value is uniform on [0, 10] against b's 3 on a linear 0-10 scale: a
// is first with probability 0.7 (one criterion: the weights do not matter).
// With --values fixed, a's midpoint 5 is always first.
TEST(CliSensitivity, SmaaSamplesValuesGivenAsSpreads) {
  const std::size_t samples = 100000;
  const std::string file = "tests/data/sensitivity/spread.yaml";
  const Json j = json_of(run({"sensitivity", file, "-f", "json", "--analyses", "smaa", "--samples", std::to_string(samples)}));
  EXPECT_EQ(j.at("smaa").at("uncertain_values"), 1);
  const Json& a = j.at("smaa").at("providers").at(0);
  ASSERT_EQ(a.at("id"), "a");
  EXPECT_NEAR(a.at("first").get<double>(), 0.7, 5 * std::sqrt(0.7 * 0.3 / samples));
  // At a's central weights (the only weights there are) it is first in the
  // same share of value samples, up to sampling error.
  EXPECT_NEAR(a.at("confidence").get<double>(), 0.7, 0.02);
  const Json fixed = json_of(run({"sensitivity", file, "-f", "json", "--analyses", "smaa", "--values", "fixed"}));
  EXPECT_EQ(fixed.at("smaa").at("providers").at(0).at("first"), 1.0);
}

// Every analysis runs on threads (SMAA by chunks, the others by criterion
// or provider); TOPSIS takes the scanned intervals and the general SMAA path.
TEST(CliSensitivity, SameSeedSameBytesOnAnyThreadCount) {
  for (const std::string method : {"wsm", "topsis"}) {
    const auto args = [&](const std::string& threads, const std::string& seed) {
      return vendors({"-m", method, "-f", "json", "--samples", "20000", "--threads", threads, "--seed", seed});
    };
    const RunResult one = run(args("1", "42"));
    expect_success(one);
    EXPECT_EQ(run(args("2", "42")).out, one.out) << method;
    EXPECT_EQ(run(args("3", "42")).out, one.out) << method;
    EXPECT_NE(run(args("1", "43")).out, one.out) << method;
  }
}

TEST(CliSensitivity, WeightKnowledgeNarrowsTheSamples) {
  // Within ±10% of the given weights every sample satisfies the bounds, so
  // each central weight does too.
  const Json j = json_of(run(vendors({"-f", "json", "--analyses", "smaa", "--weight-spread", "0.1"})));
  const std::vector<double> w = {0.4, 0.35, 0.25};
  for (const Json& p : j.at("smaa").at("providers")) {
    if (p.at("central_weights").is_null()) continue;
    const std::vector<std::string> ids = {"price", "quality", "support"};
    for (std::size_t k = 0; k < 3; ++k) {
      const double c = p.at("central_weights").at(ids[k]);
      EXPECT_GE(c, 0.9 * w[k] - 1e-12);
      EXPECT_LE(c, 1.1 * w[k] + 1e-12);
    }
  }
  const Json ordered = json_of(run(vendors({"-f", "json", "--analyses", "smaa", "--weight-order", "quality>price>support"})));
  for (const Json& p : ordered.at("smaa").at("providers")) {
    if (p.at("central_weights").is_null()) continue;
    EXPECT_GE(p.at("central_weights").at("quality").get<double>(), p.at("central_weights").at("price").get<double>());
    EXPECT_GE(p.at("central_weights").at("price").get<double>(), p.at("central_weights").at("support").get<double>());
  }
}

TEST(CliSensitivity, MinAcceptabilityGate) {
  const RunResult failing = run({"sensitivity", k_two, "--analyses", "smaa", "--min-acceptability", "0.9", "-q"});
  EXPECT_EQ(failing.exit_code, 1) << describe(failing);
  EXPECT_TRUE(contains(failing.err, "criterio: gate failed: c ranks first in ")) << failing.err;
  EXPECT_TRUE(contains(failing.err, "below the minimum 90%")) << failing.err;
  EXPECT_EQ(run({"sensitivity", k_two, "--analyses", "smaa", "--min-acceptability", "0.1", "-q"}).exit_code, 0);
  // rank takes the gate too, running SMAA alone.
  const RunResult rank = run({"rank", k_two, "--min-acceptability", "0.9", "-q", "-f", "json"});
  EXPECT_EQ(rank.exit_code, 1) << describe(rank);
  EXPECT_FALSE(Json::parse(rank.out).contains("robustness"));
}

TEST(CliSensitivity, EveryFormat) {
  const RunResult table = run(vendors({}));
  expect_success(table);
  for (const char* section : {"Weight stability", "What it takes", "Rank reversal", "SMAA-2", "central weights", "Findings"})
    EXPECT_TRUE(contains(table.out, section)) << section << "\n" << table.out;
  EXPECT_TRUE(table.err.empty()) << table.err;  // no progress bar off a terminal

  const RunResult csv = run(vendors({"-f", "csv"}));
  expect_success(csv);
  const auto rows = parse_csv(csv.out);
  EXPECT_EQ(rows.at(0), (std::vector<std::string>{"analysis", "provider", "criterion", "measure", "value"}));
  for (const char* analysis : {"ranking", "stability", "what_it_takes", "smaa"})
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [&](const auto& row) { return row.at(0) == analysis; })) << analysis;

  const RunResult markdown = run(vendors({"-f", "markdown"}));
  expect_success(markdown);
  EXPECT_TRUE(markdown.out.starts_with("## Sensitivity (wsm)")) << markdown.out;

  const Json j = json_of(run(vendors({"-f", "json"})));
  EXPECT_EQ(j.at("kind"), "sensitivity");
  EXPECT_EQ(j.at("schema_version"), 1);
  for (const char* key : {"ranking", "stability", "what_it_takes", "rank_reversal", "smaa", "findings", "warnings"})
    EXPECT_TRUE(j.contains(key)) << key;
}

TEST(CliSensitivity, RankRobustnessAddsTheFigures) {
  const std::vector<std::string> base = {"rank", k_vendors, "--directions", "-,+,+", "--weights", "0.4,0.35,0.25",
                                         "--robustness"};
  auto with = [&](std::vector<std::string> extra) {
    auto args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  };
  const Json j = json_of(with({"-f", "json"}));
  ASSERT_TRUE(j.contains("robustness"));
  EXPECT_TRUE(j.at("robustness").contains("stability"));
  EXPECT_TRUE(j.at("robustness").contains("smaa"));
  EXPECT_FALSE(j.at("robustness").contains("what_it_takes"));
  EXPECT_EQ(j.at("ranking").size(), 4u);
  const RunResult table = with({});
  expect_success(table);
  EXPECT_TRUE(contains(table.out, "SMAA-2")) << table.out;
  expect_clean_failure(with({"-f", "csv"}), 2);
}

TEST(CliSensitivity, NothingRankedIsAWarningAndFailsTheAcceptabilityGate) {
  const std::string file = "tests/data/sensitivity/all_excluded.yaml";
  const RunResult r = run({"sensitivity", file, "-f", "json"});
  const Json j = json_of(r);
  EXPECT_TRUE(j.at("ranking").empty());
  EXPECT_FALSE(j.contains("smaa"));
  ASSERT_EQ(j.at("warnings").size(), 1u);
  EXPECT_TRUE(contains(j.at("warnings").at(0).get<std::string>(), "every provider is excluded"));
  const RunResult gate = run({"sensitivity", file, "--min-acceptability", "0.5", "-q"});
  EXPECT_EQ(gate.exit_code, 1) << describe(gate);
  EXPECT_TRUE(contains(gate.err, "gate failed: no provider is ranked")) << gate.err;
  expect_success(run({"rank", file, "--robustness", "-q"}));
}

TEST(CliSensitivity, UsageErrors) {
  const RunResult unknown = run(vendors({"--for", "bb"}));
  expect_clean_failure(unknown, 2);
  const RunResult rival = run(vendors({"--for", "b", "--rival", "b"}));
  expect_clean_failure(rival, 2);
  const RunResult range = run(vendors({"--weight-range", "price=0.5"}));
  expect_clean_failure(range, 2);
  EXPECT_TRUE(contains(range.err, "ID=LOW:HIGH")) << range.err;
  const RunResult criterion = run(vendors({"--weight-range", "prise=0.1:0.3"}));
  expect_clean_failure(criterion, 2);
  EXPECT_TRUE(contains(criterion.err, "price")) << criterion.err;
  expect_clean_failure(run(vendors({"--weight-order", "price>price"})), 2);
  expect_clean_failure(run(vendors({"--analyses", "smaa,everything"})), 2);
  expect_clean_failure(run(vendors({"--samples", "0"})), 2);
  const RunResult infeasible = run(vendors({"--weight-range", "price=0.6:0.7", "--weight-range", "quality=0.5:0.6"}));
  expect_clean_failure(infeasible, 2);
  expect_clean_failure(run(vendors({"--methods", "wsm,topsis"})), 2);
}

}  // namespace
}  // namespace criterio::testing
