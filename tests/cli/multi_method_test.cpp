// `criterio rank` with several methods (--method a,b or --methods all):
// scoped and unscoped parameters and their errors, a method that fails among
// several, every output format, and explain/compare refusing a list.
//
// The data (tests/data/multi/suppliers.csv, weights 0.55 and 0.45, both
// benefit) is ranked by wsm twice, under two of its names: `wsm` with
// normalization=max and `saw` with normalization=minmax. By the textbook
// weighted sum (Triantaphyllou 2000, ch. 2):
//   max:    a 0.55 + 0.45·50/60 = 0.925, b 0.495 + 0.45 = 0.945,
//           c 0.5225 + 0.45·55/60 = 0.935, d 0.4675 + 0.45·45/60 = 0.805
//   minmax: a 0.55 + 0.45·5/15 = 0.7, b 0.55/3 + 0.45 = 0.6333,
//           c 0.55·2/3 + 0.45·2/3 = 0.6667, d 0
// so ranks (a, b, c, d) are 3, 1, 2, 4 and 1, 3, 2, 4: Spearman
// 1 - 6·8/(4·15) = 0.2; Borda points 4, 4, 4, 0; Copeland a, b, c draw with
// each other and beat d (1, 1, 1, -3).

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::string k_data = "tests/data/multi/suppliers.csv";
const std::string k_negative = "tests/data/multi/negative.csv";

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// rank on the suppliers with wsm (max) and saw (minmax), plus `more`.
std::vector<std::string> two_normalizations(const std::vector<std::string>& more = {}) {
  return with({"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw", "--param",
               "wsm.normalization=max", "--param", "saw.normalization=minmax"},
              more);
}

json run_json(const std::vector<std::string>& args) {
  const RunResult r = run(with(args, {"-f", "json"}));
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  if (r.exit_code != 0) return json::object();
  return json::parse(r.out);
}

// The line `offset` lines below the first one containing `needle`, or "".
std::string line_below(const std::string& text, std::string_view needle, std::size_t offset) {
  const auto lines = lines_of(text);
  for (std::size_t i = 0; i + offset < lines.size(); ++i)
    if (contains(lines[i], needle)) return lines[i + offset];
  return {};
}

std::vector<std::string> labels_of(const json& j) {
  std::vector<std::string> labels;
  for (const auto& m : j.at("methods")) labels.push_back(m.at("label"));
  return labels;
}

TEST(MultiMethod, CommaListJson) {
  const json j = run_json(two_normalizations());
  EXPECT_EQ(j.at("schema_version"), 1);
  EXPECT_EQ(j.at("tool").at("name"), "criterio");
  EXPECT_EQ(j.at("kind"), "method_comparison");
  EXPECT_EQ(j.at("criteria").size(), 2u);
  EXPECT_EQ(labels_of(j), (std::vector<std::string>{"wsm", "saw"}));
  const json& wsm = j.at("methods")[0];
  const json& saw = j.at("methods")[1];
  EXPECT_EQ(wsm.at("method").at("name"), "wsm");
  EXPECT_EQ(wsm.at("method").at("params").at("normalization"), "max");
  EXPECT_EQ(saw.at("method").at("name"), "wsm");
  EXPECT_EQ(saw.at("method").at("params").at("normalization"), "minmax");
  EXPECT_TRUE(wsm.at("higher_is_better").get<bool>());
  ASSERT_EQ(wsm.at("ranking").size(), 4u);
  EXPECT_EQ(wsm.at("ranking")[0].at("id"), "b");
  EXPECT_NEAR(wsm.at("ranking")[0].at("score").get<double>(), 0.945, 1e-12);
  EXPECT_EQ(wsm.at("ranking")[3].at("id"), "d");
  EXPECT_NEAR(wsm.at("ranking")[3].at("score").get<double>(), 0.805, 1e-12);
  EXPECT_EQ(saw.at("ranking")[0].at("id"), "a");
  EXPECT_NEAR(saw.at("ranking")[0].at("score").get<double>(), 0.7, 1e-12);
  EXPECT_TRUE(j.at("failed").empty());

  const json& correlations = j.at("correlations");
  EXPECT_EQ(correlations.at("providers"), 4);
  EXPECT_NEAR(correlations.at("spearman").at("wsm").at("saw").get<double>(), 0.2, 1e-12);
  EXPECT_NEAR(correlations.at("spearman").at("saw").at("wsm").get<double>(), 0.2, 1e-12);
  EXPECT_DOUBLE_EQ(correlations.at("spearman").at("wsm").at("wsm").get<double>(), 1);
  for (const char* coefficient : {"weighted_spearman", "ws"}) {
    EXPECT_DOUBLE_EQ(correlations.at(coefficient).at("saw").at("saw").get<double>(), 1) << coefficient;
    EXPECT_LT(correlations.at(coefficient).at("wsm").at("saw").get<double>(), 1) << coefficient;
  }

  const json& borda = j.at("consensus").at("borda");
  ASSERT_EQ(borda.size(), 4u);
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(borda[k].at("id"), std::string(1, static_cast<char>('a' + k)));
    EXPECT_EQ(borda[k].at("rank"), 1);
    EXPECT_DOUBLE_EQ(borda[k].at("points").get<double>(), 4);
  }
  EXPECT_EQ(borda[3].at("id"), "d");
  EXPECT_EQ(borda[3].at("rank"), 4);
  const json& copeland = j.at("consensus").at("copeland");
  ASSERT_EQ(copeland.size(), 4u);
  EXPECT_DOUBLE_EQ(copeland[0].at("points").get<double>(), 1);
  EXPECT_EQ(copeland[3].at("id"), "d");
  EXPECT_DOUBLE_EQ(copeland[3].at("points").get<double>(), -3);

  const json& agreement = j.at("agreement");
  EXPECT_FALSE(agreement.at("winner_agreed").get<bool>());
  EXPECT_EQ(agreement.at("winners").at("wsm"), json::array({"b"}));
  EXPECT_EQ(agreement.at("winners").at("saw"), json::array({"a"}));
  EXPECT_TRUE(j.at("excluded").empty());
}

TEST(MultiMethod, UnscopedParamAppliesToEveryMethodThatDeclaresIt) {
  const json j = run_json({"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw",
                           "--param", "normalization=minmax"});
  for (const auto& m : j.at("methods")) EXPECT_EQ(m.at("method").at("params").at("normalization"), "minmax");
  EXPECT_TRUE(j.at("agreement").at("winner_agreed").get<bool>());
  EXPECT_DOUBLE_EQ(j.at("correlations").at("spearman").at("wsm").at("saw").get<double>(), 1);
}

TEST(MultiMethod, ScopedParamBeatsUnscoped) {
  const json j = run_json({"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw",
                           "--param", "saw.normalization=minmax", "--param", "normalization=max"});
  EXPECT_EQ(j.at("methods")[0].at("method").at("params").at("normalization"), "max");
  EXPECT_EQ(j.at("methods")[1].at("method").at("params").at("normalization"), "minmax");
}

TEST(MultiMethod, ParamErrors) {
  const std::vector<std::string> base = {"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method",
                                         "wsm,saw"};
  const RunResult unknown_key = run(with(base, {"--param", "normalisation=max"}));
  expect_clean_failure(unknown_key, 2);
  EXPECT_TRUE(contains(unknown_key.err, "none of the listed methods (wsm, saw)")) << describe(unknown_key);
  EXPECT_TRUE(contains(unknown_key.err, "did you mean 'normalization'")) << describe(unknown_key);

  const RunResult unknown_method = run(with(base, {"--param", "topsys.normalization=max"}));
  expect_clean_failure(unknown_method, 2);
  EXPECT_TRUE(contains(unknown_method.err, "unknown method \"topsys\"")) << describe(unknown_method);

  const RunResult scoped_key = run(with(base, {"--param", "saw.normalisation=max"}));
  expect_clean_failure(scoped_key, 2);
  EXPECT_TRUE(contains(scoped_key.err, "saw.normalisation")) << describe(scoped_key);
  EXPECT_TRUE(contains(scoped_key.err, "did you mean 'normalization'")) << describe(scoped_key);

  const RunResult bad_value = run(with(base, {"--param", "saw.normalization=zz"}));
  expect_clean_failure(bad_value, 2);
  EXPECT_TRUE(contains(bad_value.err, "expected one of")) << describe(bad_value);

  const RunResult unknown_in_list = run({"rank", k_data, "--method", "wsm,topsys"});
  expect_clean_failure(unknown_in_list, 2);
  EXPECT_TRUE(contains(unknown_in_list.err, "unknown method \"topsys\"")) << describe(unknown_in_list);

  const RunResult twice = run({"rank", k_data, "--method", "wsm,wsm"});
  expect_clean_failure(twice, 2);
  EXPECT_TRUE(contains(twice.err, "listed twice")) << describe(twice);

  const RunResult both = run({"rank", k_data, "--method", "wsm", "--methods", "all"});
  expect_clean_failure(both, 2);
  EXPECT_TRUE(contains(both.err, "not both")) << describe(both);
}

TEST(MultiMethod, MethodsAllRunsEveryRegisteredMethod) {
  const RunResult catalog = run({"catalog", "-f", "json"});
  ASSERT_EQ(catalog.exit_code, 0) << describe(catalog);
  std::vector<std::string> registered;
  const json listing = json::parse(catalog.out);
  for (const auto& m : listing.at("methods")) registered.push_back(m.at("name"));

  const RunResult r = run({"rank", k_example, "--methods", "all", "-f", "json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const json j = json::parse(r.out);
  // Every registered method either ranked the providers or is named as failed.
  std::vector<std::string> seen = labels_of(j);
  for (const auto& f : j.at("failed")) seen.push_back(f.at("label"));
  std::sort(seen.begin(), seen.end());
  std::sort(registered.begin(), registered.end());
  EXPECT_EQ(seen, registered);
}

TEST(MultiMethod, ExcludedProvidersAreExcludedForEveryMethod) {
  // cheapo fails a hard requirement of the hosting example.
  const json j = run_json({"rank", k_example, "--methods", "wsm,saw", "--param", "saw.normalization=minmax"});
  ASSERT_EQ(j.at("excluded").size(), 1u);
  EXPECT_EQ(j.at("excluded")[0].at("id"), "cheapo");
  for (const auto& m : j.at("methods"))
    for (const auto& p : m.at("ranking")) EXPECT_NE(p.at("id"), "cheapo");
  const std::size_t ranked = j.at("methods")[0].at("ranking").size();
  EXPECT_EQ(j.at("correlations").at("providers"), ranked);
  EXPECT_EQ(j.at("consensus").at("borda").size(), ranked);
  for (const auto& e : j.at("consensus").at("copeland")) EXPECT_NE(e.at("id"), "cheapo");
}

TEST(MultiMethod, AFailingMethodIsAWarningNotAFailure) {
  // A negative value: normalization=max refuses it, minmax takes it.
  const RunResult r = run({"rank", k_negative, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw",
                           "--param", "wsm.normalization=max", "--param", "saw.normalization=minmax", "-f", "json"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(contains(r.err, "warning")) << describe(r);
  EXPECT_TRUE(contains(r.err, "method \"wsm\" could not rank the providers")) << describe(r);
  EXPECT_TRUE(contains(r.err, "c2")) << describe(r);
  const json j = json::parse(r.out);
  EXPECT_EQ(labels_of(j), (std::vector<std::string>{"saw"}));
  ASSERT_EQ(j.at("failed").size(), 1u);
  EXPECT_EQ(j.at("failed")[0].at("label"), "wsm");
  EXPECT_EQ(j.at("failed")[0].at("method"), "wsm");
  EXPECT_EQ(j.at("failed")[0].at("exit_code"), 3);
  EXPECT_TRUE(contains(j.at("failed")[0].at("reason").get<std::string>(), "c2"));

  // -q keeps standard error quiet; the output still names the failure.
  const RunResult quiet = run({"-q", "rank", k_negative, "--weights", "0.55,0.45", "--directions", "+,+", "--method",
                               "wsm,saw", "--param", "wsm.normalization=max", "--param", "saw.normalization=minmax"});
  ASSERT_EQ(quiet.exit_code, 0) << describe(quiet);
  EXPECT_TRUE(quiet.err.empty()) << describe(quiet);
  EXPECT_TRUE(contains(quiet.out, "method \"wsm\" could not rank the providers")) << describe(quiet);
}

TEST(MultiMethod, WhenEveryMethodFailsTheFirstErrorsCodeIsReturned) {
  const RunResult r = run({"rank", k_negative, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw",
                           "--param", "normalization=max"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "method \"wsm\"")) << describe(r);
  EXPECT_TRUE(contains(r.err, "method \"saw\"")) << describe(r);
}

TEST(MultiMethod, Table) {
  const RunResult r = run_wide(two_normalizations());
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(contains(r.out, "2 methods compared")) << r.out;
  EXPECT_TRUE(contains(r.out, "wsm: wsm (normalization=max)")) << r.out;
  EXPECT_TRUE(contains(r.out, "saw: wsm (normalization=minmax)")) << r.out;
  const std::string head = line_with(r.out, "Provider");
  EXPECT_TRUE(contains(head, "wsm") && contains(head, "saw") && contains(head, "Borda") && contains(head, "Copeland"))
      << r.out;
  // The first row, under the header and the "# Score" line: provider a,
  // third by max (0.9250), first by minmax (0.7000), first by Borda and
  // Copeland (tied with b and c).
  const std::string a = line_below(r.out, "Provider", 2);
  EXPECT_TRUE(a.starts_with("a ")) << r.out;
  EXPECT_TRUE(contains(a, "3  0.9250") && contains(a, "1  0.7000")) << r.out;
  // Each matrix: its title, a header of labels, then the rows.
  EXPECT_TRUE(contains(line_below(r.out, "Spearman rs", 2), "wsm")) << r.out;
  EXPECT_TRUE(contains(line_below(r.out, "Spearman rs", 2), "0.2000")) << r.out;
  EXPECT_TRUE(contains(line_below(r.out, "Weighted Spearman rw", 3), "1.0000")) << r.out;
  EXPECT_TRUE(contains(r.out, "WS similarity (row: reference, column: tested)")) << r.out;
  EXPECT_TRUE(contains(r.out, "winner: wsm picks b; saw picks a")) << r.out;
  EXPECT_FALSE(has_ansi(r.out));
}

TEST(MultiMethod, TableSaysWhenEveryMethodAgrees) {
  const RunResult r = run({"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm,saw"});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(contains(r.out, "winner: every method picks b")) << r.out;
}

TEST(MultiMethod, Csv) {
  const RunResult r = run(two_normalizations({"-f", "csv"}));
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  const auto rows = parse_csv(r.out);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "name", "wsm_rank", "wsm_score", "saw_rank", "saw_score",
                                               "borda_rank", "borda_points", "copeland_rank", "copeland_points"}));
  // Borda order, ties by id.
  // Scores are written in their shortest round-trip form: compare them as numbers.
  const auto expect_row = [&](std::size_t row, const std::vector<std::string>& text, double wsm, double saw) {
    ASSERT_EQ(rows[row].size(), 10u);
    for (std::size_t k : {0u, 1u, 2u, 4u, 6u, 7u, 8u, 9u}) EXPECT_EQ(rows[row][k], text[k]) << "row " << row << ", column " << k;
    EXPECT_NEAR(std::stod(rows[row][3]), wsm, 1e-12) << "row " << row;
    EXPECT_NEAR(std::stod(rows[row][5]), saw, 1e-12) << "row " << row;
  };
  expect_row(1, {"a", "a", "3", "", "1", "", "1", "4", "1", "1"}, 0.925, 0.7);
  expect_row(2, {"b", "b", "1", "", "3", "", "1", "4", "1", "1"}, 0.945, 0.55 / 3 + 0.45);
  expect_row(3, {"c", "c", "2", "", "2", "", "1", "4", "1", "1"}, 0.935, 0.55 * 2 / 3 + 0.45 * 2 / 3);
  expect_row(4, {"d", "d", "4", "", "4", "", "4", "0", "4", "-3"}, 0.805, 0);

  const RunResult top = run(two_normalizations({"-f", "csv", "--top", "2"}));
  ASSERT_EQ(top.exit_code, 0) << describe(top);
  EXPECT_EQ(parse_csv(top.out).size(), 3u);
}

TEST(MultiMethod, Markdown) {
  const RunResult r = run(two_normalizations({"-f", "markdown"}));
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(contains(r.out, "| Provider | wsm # | wsm score | saw # | saw score | Borda | Copeland |")) << r.out;
  EXPECT_TRUE(contains(r.out, "| a | 3 | 0.9250 | 1 | 0.7000 | 1 | 1 |")) << r.out;
  EXPECT_TRUE(contains(r.out, "### Rank correlations")) << r.out;
  EXPECT_TRUE(contains(r.out, "| wsm | 1 | 0.2 |")) << r.out;
  EXPECT_TRUE(contains(r.out, "winner: wsm picks b; saw picks a")) << r.out;
}

TEST(MultiMethod, ExplainAndCompareTakeOneMethod) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"explain", "nimbus", k_example, "--method", "wsm,saw"},
        std::vector<std::string>{"explain", "nimbus", k_example, "--methods", "all"},
        std::vector<std::string>{"compare", "nimbus", "harbor", k_example, "--method", "wsm,saw"},
        std::vector<std::string>{"compare", "nimbus", "harbor", k_example, "--methods", "wsm"}}) {
    const RunResult r = run(args);
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, args[0] + " takes one method")) << describe(r);
  }
}

TEST(MultiMethod, OneMethodStillRanksAsBefore) {
  const json j = run_json({"rank", k_data, "--weights", "0.55,0.45", "--directions", "+,+", "--method", "wsm"});
  EXPECT_FALSE(j.contains("kind"));
  ASSERT_EQ(j.at("ranking").size(), 4u);
  EXPECT_EQ(j.at("ranking")[0].at("id"), "b");
}

}  // namespace
}  // namespace criterio::testing
