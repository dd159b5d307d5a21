// CI gates through the real binary: `rank --expect-top ID` and `--min-score X
// [--for ID]` exit 1 with one line per failed gate on standard error, after
// printing the ranking as usual; unknown ids and misuse are usage errors (2).
// The example's default ranking (examples/hosting/providers.yaml): meadow
// 0.8101, nimbus 0.8068, harbor 0.7943, ...; cheapo is excluded.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

std::vector<std::string> gate_lines(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("criterio: gate failed: ")) lines.push_back(line);
  return lines;
}

TEST(CliGates, HoldingGatesExitZero) {
  const RunResult r = run({"rank", k_example, "--expect-top", "meadow", "--min-score", "0.81", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(gate_lines(r.err).empty()) << r.err;
  EXPECT_TRUE(contains(r.out, "Meadow Digital"));
}

TEST(CliGates, ExpectTopFailsWithOneLineAndTheRankingStillPrinted) {
  const RunResult r = run({"rank", k_example, "--expect-top", "nimbus", "-f", "json", "-q"});
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = gate_lines(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(lines[0], "criterio: gate failed: expected nimbus first, but meadow is first with 0.8101; nimbus is rank 2 "
                      "with 0.8068");
  EXPECT_EQ(nlohmann::json::parse(r.out).at("ranking").at(0).at("id"), "meadow");
}

TEST(CliGates, MinScoreChecksTheWinnerOrTheNamedProvider) {
  EXPECT_EQ(run({"rank", k_example, "--min-score", "0.8101", "-q"}).exit_code, 1) << "0.81009... is below 0.8101";
  EXPECT_EQ(run({"rank", k_example, "--min-score", "0.79", "--for", "harbor", "-q"}).exit_code, 0);
  const RunResult r = run({"rank", k_example, "--min-score", "0.8", "--for", "harbor", "-q"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(gate_lines(r.err), std::vector<std::string>{"criterio: gate failed: harbor scores 0.7943, below the minimum 0.8"});
}

TEST(CliGates, BothGatesFailingGiveTwoLines) {
  const RunResult r = run({"rank", k_example, "--expect-top", "harbor", "--min-score", "0.9", "-q"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(gate_lines(r.err).size(), 2u) << r.err;
}

TEST(CliGates, AnExcludedProviderFailsWithItsReason) {
  const RunResult r = run({"rank", k_example, "--expect-top", "cheapo", "-q"});
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(gate_lines(r.err).size(), 1u) << r.err;
  EXPECT_TRUE(contains(r.err, "cheapo is excluded (uptime_sla 98.9% < required 99.5)")) << r.err;
}

TEST(CliGates, LowerIsBetterMethodsCheckAMaximum) {
  // VIKOR's Q: lower is better, so --min-score X asks for Q <= X.
  const nlohmann::json j = nlohmann::json::parse(run({"rank", k_example, "-m", "vikor", "-f", "json", "-q"}).out);
  const double q = j.at("ranking").at(0).at("score").get<double>();
  EXPECT_EQ(run({"rank", k_example, "-m", "vikor", "--min-score", std::to_string(q + 0.01), "-q"}).exit_code, 0);
  const RunResult r = run({"rank", k_example, "-m", "vikor", "--min-score", "-1", "-q"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "above the maximum -1 (with vikor lower scores are better)")) << r.err;
}

TEST(CliGates, CsvOutputChecksGatesToo) {
  // The spreadsheet fast path keeps no result to check; gates take the general path.
  const RunResult r = run({"rank", k_suppliers, "-f", "csv", "--expect-top", "nobody_else", "-q"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const RunResult csv = run({"rank", k_suppliers, "-f", "csv", "-q"});
  const auto rows = parse_csv(csv.out);
  ASSERT_GT(rows.size(), 2u);
  const std::string first = rows[1][1], second = rows[2][1];
  EXPECT_EQ(run({"rank", k_suppliers, "-f", "csv", "--expect-top", first, "-q"}).exit_code, 0);
  const RunResult failing = run({"rank", k_suppliers, "-f", "csv", "--expect-top", second, "-q"});
  EXPECT_EQ(failing.exit_code, 1) << failing.err;
  EXPECT_EQ(failing.out, csv.out) << "the ranking is written as usual";
}

TEST(CliGates, MisuseIsAUsageErrorBeforeAnyOutput) {
  const RunResult unknown = run({"rank", k_example, "--expect-top", "nimbs"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(unknown.out.empty()) << unknown.out;
  EXPECT_TRUE(contains(unknown.err, "--expect-top: no provider \"nimbs\" (did you mean 'nimbus'?)")) << unknown.err;
  EXPECT_EQ(run({"rank", k_example, "--for", "nimbus"}).exit_code, 2) << "--for needs --min-score";
  EXPECT_EQ(run({"rank", k_example, "--min-score", "high"}).exit_code, 2);
  EXPECT_EQ(run({"rank", k_example, "--min-score", "0.5", "--for", "nobody"}).exit_code, 2);
  EXPECT_EQ(run({"rank", k_example, "--methods", "wsm,topsis", "--expect-top", "meadow"}).exit_code, 2);
}

}  // namespace
}  // namespace criterio::testing
