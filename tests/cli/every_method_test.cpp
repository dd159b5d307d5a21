// Every method the binary registers, on the hosting example: `rank` in every
// format, a consistent JSON ranking, `explain` and `compare`, and identical
// bytes from two runs.
//
// The method list is not written here: it is read from `criterio catalog -f
// json` when the tests are registered, so a method added to the registry is
// covered without touching this file.
//
// Methods that cannot rank the hosting example with their defaults, and why
// (each must fail cleanly, exit 3 with one `criterio:` error line):
//   wpm  the hosting catalog's value functions give a utility of 0 to the
//        worst level of several criteria (empathy, ...), and the weighted
//        product raises each value to its weight and multiplies, so every
//        value must be above 0; wpm refuses the data and says so.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::string k_as_of = "2026-11-01";

// The methods the hosting example cannot supply (see the comment above).
const std::set<std::string> k_unsuited = {"wpm"};

// The registered method names, in catalog order; empty when the catalog
// cannot be read (CatalogListsMethods then fails).
std::vector<std::string> catalog_methods() {
  std::vector<std::string> names;
  const RunResult r = run({"catalog", "-f", "json"});
  if (r.exit_code != 0) return names;
  const json catalog = json::parse(r.out, nullptr, false);
  if (catalog.is_discarded() || !catalog.contains("methods")) return names;
  for (const auto& m : catalog["methods"])
    if (m.contains("name") && m["name"].is_string()) names.push_back(m["name"].get<std::string>());
  return names;
}

// rank|explain|compare ... on the hosting example with the method.
RunResult run_method(const std::string& method, std::vector<std::string> args, const std::string& format) {
  args.insert(args.end(), {k_example, "--as-of", k_as_of, "-m", method, "-f", format});
  return run(args);
}

// Standard error holds nothing but warning lines.
void expect_only_warnings(const RunResult& r) {
  for (const auto& line : lines_of(r.err)) {
    const auto warning = line.find("warning: "), error = line.find("error: ");
    EXPECT_TRUE(line.starts_with("criterio: ") && warning != std::string::npos && warning < error)
        << "not a warning on standard error: " << line << "\n" << describe(r);
  }
}

// The failure an unsuited method must give: exit 3, nothing on standard
// output, one line on standard error naming the tool and the method.
void expect_clean_refusal(const RunResult& r, const std::string& method) {
  expect_clean_failure(r, 3);
  const auto lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 1u) << describe(r);
  EXPECT_TRUE(lines[0].starts_with("criterio: ")) << lines[0];
  EXPECT_TRUE(contains(lines[0], "error")) << lines[0];
  EXPECT_TRUE(contains(lines[0], method)) << lines[0];
}

// The providers of the hosting example, ranked or excluded, from a plain
// `rank -m wsm` run (exclusion by requirements does not depend on the method).
struct Reference {
  std::set<std::string> ranked, excluded;
};

const Reference& reference() {
  static const Reference ref = [] {
    Reference out;
    const RunResult r = run_method("wsm", {"rank"}, "json");
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    const json j = json::parse(r.out.empty() ? "{}" : r.out);
    for (const auto& p : j.value("ranking", json::array())) out.ranked.insert(p["id"].get<std::string>());
    for (const auto& p : j.value("excluded", json::array())) out.excluded.insert(p["id"].get<std::string>());
    return out;
  }();
  return ref;
}

class EveryMethod : public ::testing::TestWithParam<std::string> {
 protected:
  const std::string& method() const { return GetParam(); }
  bool unsuited() const { return k_unsuited.count(method()) > 0; }

  // `rank -m METHOD -f json`, parsed; fails the test when it does not succeed.
  json ranking_json() const {
    const RunResult r = run_method(method(), {"rank"}, "json");
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_only_warnings(r);
    const json j = json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.out;
    return j.is_discarded() ? json::object() : j;
  }
};

TEST(EveryMethodCatalog, CatalogListsMethods) {
  const auto names = catalog_methods();
  ASSERT_FALSE(names.empty()) << "criterio catalog -f json gave no method names";
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size()) << "a method is listed twice";
  EXPECT_EQ(names.front(), "wsm") << "the default method comes first";
  // Every method named here as unsuited must still be registered.
  for (const auto& m : k_unsuited) EXPECT_NE(std::find(names.begin(), names.end(), m), names.end()) << m;
}

TEST_P(EveryMethod, RanksInEveryFormat) {
  const auto& ref = reference();
  for (const char* format : {"table", "json", "csv", "markdown"}) {
    SCOPED_TRACE(format);
    const RunResult r = run_method(method(), {"rank"}, format);
    if (unsuited()) {
      expect_clean_refusal(r, method());
      continue;
    }
    expect_success(r);
    expect_only_warnings(r);
    EXPECT_FALSE(r.out.empty());
    EXPECT_TRUE(is_utf8(r.out));
    const std::string f = format;
    if (f == "csv") {
      const auto rows = parse_csv(r.out);
      ASSERT_EQ(rows.size(), 1 + ref.ranked.size() + ref.excluded.size()) << r.out;
      const std::vector<std::string> head(rows[0].begin(), rows[0].begin() + std::min<std::size_t>(5, rows[0].size()));
      EXPECT_EQ(head, (std::vector<std::string>{"rank", "id", "name", "score", "status"}));
      std::set<std::string> ranked;
      for (std::size_t i = 1; i < rows.size(); ++i)
        if (rows[i].size() > 4 && rows[i][4] == "ranked") ranked.insert(rows[i][1]);
      EXPECT_EQ(ranked, ref.ranked);
    } else if (f == "markdown" || f == "table") {
      EXPECT_TRUE(contains(r.out, "Web hosting providers")) << r.out;
      EXPECT_TRUE(contains(r.out, method())) << "the method line names the method\n" << r.out;
    }
  }
}

TEST_P(EveryMethod, JsonRankingIsConsistent) {
  if (unsuited()) {
    expect_clean_refusal(run_method(method(), {"rank"}, "json"), method());
    return;
  }
  const json j = ranking_json();
  ASSERT_TRUE(j.contains("ranking")) << j.dump(2).substr(0, 2000);
  EXPECT_EQ(j["method"]["name"], method());
  ASSERT_TRUE(j["higher_is_better"].is_boolean());
  ASSERT_TRUE(j["additive"].is_boolean());
  ASSERT_TRUE(j["contribution_meaning"].is_string());
  EXPECT_FALSE(j["contribution_meaning"].get<std::string>().empty());
  const bool higher = j["higher_is_better"].get<bool>();
  const bool additive = j["additive"].get<bool>();

  // Every provider not excluded is ranked, once; the excluded are the same.
  const auto& ref = reference();
  std::set<std::string> ranked, excluded;
  for (const auto& p : j["ranking"]) EXPECT_TRUE(ranked.insert(p["id"].get<std::string>()).second) << p["id"];
  for (const auto& p : j["excluded"]) excluded.insert(p["id"].get<std::string>());
  EXPECT_EQ(ranked, ref.ranked);
  EXPECT_EQ(excluded, ref.excluded);

  // Finite scores, best first, competition ranks (1, 2, 2, 4 ...).
  const auto& ranking = j["ranking"];
  ASSERT_FALSE(ranking.empty());
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const json& p = ranking[i];
    SCOPED_TRACE(p["id"].get<std::string>());
    ASSERT_TRUE(p["score"].is_number()) << p["score"];
    const double score = p["score"].get<double>();
    EXPECT_TRUE(std::isfinite(score));
    const int rank = p["rank"].get<int>();
    if (i == 0) {
      EXPECT_EQ(rank, 1);
    } else {
      const double before = ranking[i - 1]["score"].get<double>();
      if (higher) {
        EXPECT_LE(score, before);
      } else {
        EXPECT_GE(score, before);
      }
      if (score == before) {
        EXPECT_EQ(rank, ranking[i - 1]["rank"].get<int>()) << "a tie shares its rank";
      } else {
        EXPECT_EQ(rank, static_cast<int>(i) + 1) << "competition ranking";
      }
    }
    ASSERT_TRUE(p["contributions"].is_array());
    EXPECT_FALSE(p["contributions"].empty());
    double sum = 0;
    for (const auto& c : p["contributions"]) {
      ASSERT_TRUE(c["contribution"].is_number()) << c.dump();
      EXPECT_TRUE(std::isfinite(c["contribution"].get<double>())) << c.dump();
      sum += c["contribution"].get<double>();
    }
    if (additive) {
      EXPECT_NEAR(sum, score, 1e-9) << "additive: the contributions sum to the score";
    }
  }
}

TEST_P(EveryMethod, CsvScoresAreTheJsonScores) {
  if (unsuited()) GTEST_SKIP() << method() << " refuses the hosting example (RanksInEveryFormat checks how)";
  const json j = ranking_json();
  std::map<std::string, std::pair<int, double>> expected;
  for (const auto& p : j["ranking"])
    expected[p["id"].get<std::string>()] = {p["rank"].get<int>(), p["score"].get<double>()};
  const RunResult r = run_method(method(), {"rank"}, "csv");
  expect_success(r);
  const auto rows = parse_csv(r.out);
  ASSERT_FALSE(rows.empty());
  std::size_t seen = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].size() < 5 || rows[i][4] != "ranked") continue;
    ++seen;
    ASSERT_TRUE(expected.count(rows[i][1])) << rows[i][1];
    EXPECT_EQ(std::stoi(rows[i][0]), expected[rows[i][1]].first) << rows[i][1];
    EXPECT_EQ(std::strtod(rows[i][3].c_str(), nullptr), expected[rows[i][1]].second) << rows[i][1] << " " << rows[i][3];
  }
  EXPECT_EQ(seen, expected.size());
}

TEST_P(EveryMethod, ExplainsTheTopProviderAndComparesTheFirstTwo) {
  std::string first = "meadow", second = "nimbus";
  json ranking = json::array();
  if (!unsuited()) {
    ranking = ranking_json()["ranking"];
    ASSERT_GE(ranking.size(), 2u);
    first = ranking[0]["id"];
    second = ranking[1]["id"];
  }
  for (const char* format : {"table", "json"}) {
    SCOPED_TRACE(format);
    const RunResult explain = run_method(method(), {"explain", first}, format);
    const RunResult compare = run_method(method(), {"compare", first, second}, format);
    if (unsuited()) {
      expect_clean_refusal(explain, method());
      expect_clean_refusal(compare, method());
      continue;
    }
    expect_success(explain);
    expect_only_warnings(explain);
    expect_success(compare);
    expect_only_warnings(compare);
    if (std::string(format) == "table") {
      EXPECT_TRUE(contains(explain.out, ranking[0]["name"].get<std::string>())) << explain.out;
      EXPECT_TRUE(contains(compare.out, ranking[1]["name"].get<std::string>())) << compare.out;
      continue;
    }
    const json e = json::parse(explain.out, nullptr, false);
    ASSERT_FALSE(e.is_discarded()) << explain.out;
    EXPECT_EQ(e["method"]["name"], method());
    EXPECT_EQ(e["provider"]["id"], first);
    EXPECT_EQ(e["provider"]["rank"], 1);
    EXPECT_EQ(e["provider"]["score"].get<double>(), ranking[0]["score"].get<double>());
    EXPECT_EQ(e["higher_is_better"], ranking_json()["higher_is_better"]);
    const json c = json::parse(compare.out, nullptr, false);
    ASSERT_FALSE(c.is_discarded()) << compare.out;
    EXPECT_EQ(c["a"]["id"], first);
    EXPECT_EQ(c["b"]["id"], second);
    EXPECT_EQ(c["a"]["score"].get<double>(), ranking[0]["score"].get<double>());
    EXPECT_EQ(c["b"]["score"].get<double>(), ranking[1]["score"].get<double>());
    EXPECT_NEAR(c["gap"].get<double>(), ranking[0]["score"].get<double>() - ranking[1]["score"].get<double>(), 1e-12);
    EXPECT_TRUE(c["summary"].is_string());
    EXPECT_TRUE(c["differences"].is_array());
  }
}

TEST_P(EveryMethod, RankingTwiceGivesTheSameBytes) {
  for (const char* format : {"table", "json", "csv", "markdown"}) {
    SCOPED_TRACE(format);
    const RunResult once = run_method(method(), {"rank"}, format);
    const RunResult twice = run_method(method(), {"rank"}, format);
    EXPECT_EQ(once.exit_code, twice.exit_code);
    EXPECT_EQ(once.out, twice.out);
    EXPECT_EQ(once.err, twice.err);
    if (!unsuited()) {
      EXPECT_EQ(once.exit_code, 0) << describe(once);
    }
  }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Catalog, EveryMethod, ::testing::ValuesIn(catalog_methods()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(EveryMethod);

}  // namespace
}  // namespace criterio::testing
