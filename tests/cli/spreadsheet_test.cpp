// Spreadsheet mode (a CSV with no criteria file, weights and directions on
// the command line), method parameters, and providers from standard input.
//
// The expected scores are computed here from the CSV itself with the
// textbook formulas of the weighted sum (Triantaphyllou 2000, ch. 2):
//   max:    benefit x / max(x),              cost min(x) / x
//   minmax: benefit (x - min) / (max - min), cost (max - x) / (max - min)
//   score = sum of weight * normalised value, weights normalised to sum 1.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> k_columns = {"quality_score", "on_time_pct", "unit_price", "capacity_units_month"};

// id -> the four criteria values, read from examples/spreadsheet/suppliers.csv.
std::map<std::string, std::vector<double>> suppliers() {
  const auto rows = parse_csv(read_file(source_path(k_suppliers)));
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "name", "quality_score", "on_time_pct", "unit_price",
                                               "capacity_units_month"}));
  std::map<std::string, std::vector<double>> out;
  for (std::size_t i = 1; i < rows.size(); ++i)
    for (std::size_t c = 2; c < rows[i].size(); ++c) out[rows[i][0]].push_back(std::stod(rows[i][c]));
  return out;
}

std::map<std::string, double> expected_scores(const std::vector<double>& weights, const std::vector<bool>& benefit,
                                              bool minmax) {
  const auto data = suppliers();
  double total = 0;
  for (double w : weights) total += w;
  std::map<std::string, double> scores;
  for (std::size_t c = 0; c < weights.size(); ++c) {
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& [id, v] : data) lo = std::min(lo, v[c]), hi = std::max(hi, v[c]);
    for (const auto& [id, v] : data) {
      double u;
      if (minmax) u = benefit[c] ? (v[c] - lo) / (hi - lo) : (hi - v[c]) / (hi - lo);
      else u = benefit[c] ? v[c] / hi : lo / v[c];
      scores[id] += weights[c] / total * u;
    }
  }
  return scores;
}

json rank_suppliers(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"rank", k_suppliers, "-f", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const RunResult r = run(args);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.signal, 0);
  return json::parse(r.out.empty() ? "{}" : r.out);
}

void expect_scores(const json& result, const std::map<std::string, double>& expected) {
  ASSERT_EQ(result["ranking"].size(), expected.size()) << result.dump(2);
  double previous = INFINITY;
  for (const auto& p : result["ranking"]) {
    const std::string id = p["id"];
    ASSERT_TRUE(expected.count(id)) << id;
    EXPECT_NEAR(p["score"].get<double>(), expected.at(id), 1e-9) << id;
    EXPECT_LE(p["score"].get<double>(), previous);
    previous = p["score"];
  }
}

TEST(CliSpreadsheet, WeightsAndDirectionsFromTheCommandLine) {
  const json j = rank_suppliers({"--weights", "0.4,0.3,0.2,0.1", "--directions", "+,+,-,+"});
  ASSERT_EQ(j["criteria"].size(), 4u);
  const std::vector<double> weights = {0.4, 0.3, 0.2, 0.1};
  const std::vector<std::string> directions = {"benefit", "benefit", "cost", "benefit"};
  for (std::size_t c = 0; c < 4; ++c) {
    EXPECT_EQ(j["criteria"][c]["id"], k_columns[c]);
    EXPECT_NEAR(j["criteria"][c]["weight"].get<double>(), weights[c], 1e-12);
    EXPECT_EQ(j["criteria"][c]["direction"], directions[c]);
  }
  expect_scores(j, expected_scores(weights, {true, true, false, true}, false));
  EXPECT_EQ(j["ranking"][0]["id"], "northwind");
  EXPECT_EQ(j["method"]["params"]["normalization"], "max");
}

TEST(CliSpreadsheet, DefaultsAreEqualWeightsAllBenefit) {
  const json j = rank_suppliers({});
  for (const auto& c : j["criteria"]) {
    EXPECT_NEAR(c["weight"].get<double>(), 0.25, 1e-12);
    EXPECT_EQ(c["direction"], "benefit");
  }
  expect_scores(j, expected_scores({1, 1, 1, 1}, {true, true, true, true}, false));
}

TEST(CliSpreadsheet, WeightsAreNormalised) {
  const json a = rank_suppliers({"--weights", "4,3,2,1", "--directions", "max,max,min,max"});
  expect_scores(a, expected_scores({0.4, 0.3, 0.2, 0.1}, {true, true, false, true}, false));
}

TEST(CliSpreadsheet, MinmaxNormalisation) {
  const json j =
      rank_suppliers({"--weights", "0.4,0.3,0.2,0.1", "--directions", "+,+,-,+", "--param", "normalization=minmax"});
  EXPECT_EQ(j["method"]["params"]["normalization"], "minmax");
  expect_scores(j, expected_scores({0.4, 0.3, 0.2, 0.1}, {true, true, false, true}, true));
  // The order below the leader moves (examples/README.md, section 8).
  const json max = rank_suppliers({"--weights", "0.4,0.3,0.2,0.1", "--directions", "+,+,-,+"});
  std::vector<std::string> a, b;
  for (const auto& p : j["ranking"]) a.push_back(p["id"]);
  for (const auto& p : max["ranking"]) b.push_back(p["id"]);
  EXPECT_NE(a, b);
}

TEST(CliSpreadsheet, TableNamesTheMethodAndParameters) {
  const RunResult r = run({"rank", k_suppliers, "--param", "normalization=minmax"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "normalization=minmax")) << r.out;
  EXPECT_TRUE(contains(r.out, "Northwind Components")) << r.out;
}

TEST(CliSpreadsheet, WrongNumberOfWeightsIsAUsageError) {
  const RunResult r = run({"rank", k_suppliers, "--weights", "0.4,0.3,0.2"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--weights")) << describe(r);
  EXPECT_TRUE(contains(r.err, "3")) << describe(r);
  EXPECT_TRUE(contains(r.err, "4")) << describe(r);
}

TEST(CliSpreadsheet, WrongNumberOfDirectionsIsAUsageError) {
  const RunResult r = run({"rank", k_suppliers, "--directions", "+,-"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--directions")) << describe(r);
}

TEST(CliSpreadsheet, BadWeightsAndDirectionsAreUsageErrors) {
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{"--weights", "0.4,x,0.2,0.1"}, {"--weights", "0.4,-0.3,0.2,0.1"},
        {"--weights", "0,0,0,0"}, {"--weights", "0.4,nan,0.2,0.1"}, {"--directions", "+,+,up,+"}}) {
    std::vector<std::string> args = {"rank", k_suppliers};
    args.insert(args.end(), extra.begin(), extra.end());
    SCOPED_TRACE(extra[1]);
    const RunResult r = run(args);
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, extra[0])) << describe(r);
  }
}

TEST(CliSpreadsheet, BadParameterValueIsAUsageErrorListingTheChoices) {
  const RunResult r = run({"rank", k_suppliers, "--param", "normalization=bogus"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "normalization")) << describe(r);
  EXPECT_TRUE(contains(r.err, "bogus")) << describe(r);
  EXPECT_TRUE(contains(r.err, "minmax")) << describe(r);
}

TEST(CliSpreadsheet, UnknownParameterAndMalformedParamAreUsageErrors) {
  const RunResult unknown = run({"rank", k_suppliers, "--param", "normalisation=max"});
  expect_clean_failure(unknown, 2);
  EXPECT_TRUE(contains(unknown.err, "normalisation")) << describe(unknown);
  const RunResult malformed = run({"rank", k_suppliers, "--param", "normalization"});
  expect_clean_failure(malformed, 2);
  EXPECT_TRUE(contains(malformed.err, "KEY=VALUE")) << describe(malformed);
  const RunResult method = run({"rank", k_suppliers, "-m", "nosuchmethod"});
  expect_clean_failure(method, 2);
  EXPECT_TRUE(contains(method.err, "nosuchmethod")) << describe(method);
}

TEST(CliSpreadsheet, MethodAliasesGiveTheSameResult) {
  const json wsm = rank_suppliers({"-m", "wsm"});
  const json saw = rank_suppliers({"-m", "saw"});
  EXPECT_EQ(saw["method"]["name"], "wsm");
  EXPECT_EQ(saw["ranking"], wsm["ranking"]);
}

// A column that max normalisation cannot handle is invalid data; the message
// must say which file and which column.
TEST(CliSpreadsheet, UnsuitableColumnNamesTheFileAndTheColumn) {
  TempDir dir;
  write_file(dir / "zeros.csv", "id,price,quality\na,0,4\nb,0,2\n");
  const RunResult r = run({"rank", dir / "zeros.csv"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "price")) << describe(r);
  EXPECT_TRUE(contains(r.err, "minmax")) << "should suggest another normalization\n" << describe(r);
  EXPECT_TRUE(contains(r.err, "zeros.csv")) << "the message does not name the file\n" << describe(r);
}

// Utilities are between 0 and 1 (docs/FORMATS.md); a benefit column with a
// negative value cannot be normalised by its maximum without leaving that
// range, so it must be refused like the cost case is, or kept in range.
TEST(CliSpreadsheet, MaxNormalisationNeverGivesNegativeUtilities) {
  TempDir dir;
  write_file(dir / "negative.csv", "id,margin,quality\na,-1,4\nb,2,2\n");
  const RunResult r = run({"rank", dir / "negative.csv", "-f", "json"});
  EXPECT_EQ(r.signal, 0);
  if (r.exit_code == 0) {
    const json j = json::parse(r.out);
    for (const auto& p : j["ranking"])
      for (const auto& c : p["contributions"]) {
        EXPECT_GE(c["utility"].get<double>(), 0.0) << p["id"] << " " << c.dump();
        EXPECT_LE(c["utility"].get<double>(), 1.0) << p["id"] << " " << c.dump();
      }
  } else {
    expect_clean_failure(r, 3);
    EXPECT_TRUE(contains(r.err, "margin")) << describe(r);
  }
}

TEST(CliSpreadsheet, MissingCellsAreFlaggedNotZero) {
  TempDir dir;
  write_file(dir / "gaps.csv", "id,quality,speed\na,4,\nb,2,5\nc,3,1\n");
  const RunResult r = run({"rank", dir / "gaps.csv", "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  for (const auto& p : j["ranking"]) {
    if (p["id"] == "a") {
      EXPECT_EQ(p["missing"], json({"speed"}));
    }
  }
  bool warned = false;
  for (const auto& w : j["warnings"]) warned = warned || contains(w.get<std::string>(), "speed");
  EXPECT_TRUE(warned) << j["warnings"].dump();
}

// ---------------------------------------------------------------- standard input

TEST(CliStandardInput, CsvFromStandardInputRanksLikeTheFile) {
  const std::string csv = read_file(source_path(k_suppliers));
  const RunResult r = run({"rank", "-", "--weights", "0.4,0.3,0.2,0.1", "--directions", "+,+,-,+", "-f", "json"}, csv);
  expect_success(r);
  const json from_stdin = json::parse(r.out);
  const json from_file = rank_suppliers({"--weights", "0.4,0.3,0.2,0.1", "--directions", "+,+,-,+"});
  EXPECT_EQ(from_stdin["ranking"], from_file["ranking"]);
}

TEST(CliStandardInput, YamlFromStandardInputRanksLikeTheFile) {
  std::string yaml = read_file(source_path(k_example));
  const RunResult with_c = run({"rank", "-", "-c", "hosting", "-f", "json"}, yaml);
  expect_success(with_c);
  const RunResult file = run({"rank", k_example, "-f", "json"});
  const json a = json::parse(with_c.out), b = json::parse(file.out);
  EXPECT_EQ(a["ranking"], b["ranking"]);
  EXPECT_EQ(a["excluded"], b["excluded"]);

  // The same with the catalog named inside the file.
  const std::string reference = "../../criteria/hosting.yaml";
  yaml.replace(yaml.find(reference), reference.size(), "hosting");
  const RunResult named = run({"rank", "-", "-f", "json"}, yaml);
  expect_success(named);
  EXPECT_EQ(json::parse(named.out)["ranking"], b["ranking"]);
}

TEST(CliStandardInput, ErrorsOnStandardInputAreReportedAsStdin) {
  const RunResult r = run({"rank", "-"}, "id,price\na,1\nb,x\n");
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "<stdin>:3:3:")) << describe(r);
}

TEST(CliStandardInput, CannotBeReadTwice) {
  const RunResult r = run({"rank", "-", "-"}, "id,price\na,1\n");
  expect_clean_failure(r, 2);
}

}  // namespace
}  // namespace criterio::testing
