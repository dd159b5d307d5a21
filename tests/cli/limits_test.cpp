// The input limits (man page LIMITS): each one refuses what is beyond it with
// exit 3 and a message that names the limit and how to raise it, and
// --limit NAME=N raises it for the user who needs more.

#include <gtest/gtest.h>

#include <string>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

// A spreadsheet with `rows` providers and `columns` criteria columns.
std::string wide_csv(std::size_t rows, std::size_t columns) {
  std::string csv = "id";
  for (std::size_t c = 0; c < columns; ++c) csv += ",c" + std::to_string(c);
  csv += "\n";
  for (std::size_t r = 0; r < rows; ++r) {
    csv += "p" + std::to_string(r);
    for (std::size_t c = 0; c < columns; ++c) csv += "," + std::to_string((r * 7 + c * 3) % 10 + 1);
    csv += "\n";
  }
  return csv;
}

// A criteria model with `n` plain numeric criteria c0..c(n-1).
std::string criteria_model(std::size_t n) {
  std::string yaml = "title: Many criteria\ncriteria:\n";
  for (std::size_t c = 0; c < n; ++c) {
    const std::string id = "c" + std::to_string(c);
    yaml += "  - id: " + id + "\n    name: Criterion " + id + "\n";
  }
  return yaml;
}

void expect_limit_error(const RunResult& r, const std::string& what, const std::string& limit) {
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, what)) << describe(r);
  EXPECT_TRUE(contains(r.err, "--limit " + limit + "=N")) << describe(r);
}

TEST(CliLimits, ACsvWithMoreCriteriaColumnsThanTheLimitIsRefusedUnlessRaised) {
  TempDir dir;
  write_file(dir / "wide.csv", wide_csv(2, 10'001));
  expect_limit_error(run({"rank", dir / "wide.csv"}), "10001 criteria columns; at most 10000", "criteria");
  const RunResult raised = run({"--limit", "criteria=10001", "rank", dir / "wide.csv", "-f", "csv", "--brief"});
  expect_success(raised);
  EXPECT_EQ(lines_of(raised.out).size(), 3u) << describe(raised);  // header and two providers
}

TEST(CliLimits, AModelWithMoreCriteriaThanTheLimitIsRefused) {
  TempDir dir;
  write_file(dir / "model.yaml", criteria_model(30));
  write_file(dir / "data.csv", wide_csv(3, 30));
  expect_limit_error(run({"--limit", "criteria=20", "rank", dir / "data.csv", "-c", dir / "model.yaml"}),
                     "30 criteria columns; at most 20", "criteria");
  write_file(dir / "providers.yaml", "criteria: model.yaml\nproviders:\n  - id: a\n    values: {c0: 1}\n");
  expect_limit_error(run({"--limit", "criteria=20", "rank", dir / "providers.yaml"}), "30 criteria; at most 20",
                     "criteria");
  expect_success(run({"rank", dir / "data.csv", "-c", dir / "model.yaml"}));
}

TEST(CliLimits, MoreProvidersThanTheLimitAreRefusedAtTheFirstOneTooMany) {
  TempDir dir;
  write_file(dir / "data.csv", wide_csv(5, 2));
  const RunResult csv = run({"--limit", "providers=3", "rank", dir / "data.csv"});
  expect_limit_error(csv, "5 providers; at most 3", "providers");
  EXPECT_TRUE(contains(csv.err, "data.csv:5:1:")) << describe(csv);  // the fourth provider's row

  write_file(dir / "model.yaml", criteria_model(2));
  std::string yaml = "criteria: model.yaml\nproviders:\n";
  for (int i = 0; i < 5; ++i) yaml += "  - id: p" + std::to_string(i) + "\n    values: {c0: 1, c1: 2}\n";
  write_file(dir / "providers.yaml", yaml);
  const RunResult structured = run({"--limit", "providers=3", "rank", dir / "providers.yaml"});
  expect_limit_error(structured, "5 providers; at most 3", "providers");
  EXPECT_TRUE(contains(structured.err, "providers.yaml:9:5:")) << describe(structured);
}

TEST(CliLimits, ValuesHeldOneObjectEachAreBoundedButTheSpreadsheetFastPathIsNot) {
  TempDir dir;
  write_file(dir / "model.yaml", criteria_model(4));
  write_file(dir / "data.csv", wide_csv(30, 4));
  // 30 x 4 = 120 values against a criteria model: refused at the row where the limit is passed.
  const RunResult refused = run({"--limit", "values=100", "rank", dir / "data.csv", "-c", dir / "model.yaml"});
  expect_limit_error(refused, "120 values; at most 100", "values");
  EXPECT_TRUE(contains(refused.err, "data.csv:27:1:")) << describe(refused);  // provider 26 = row 27
  // The same file in spreadsheet mode keeps 8 bytes a value and is not bound by it.
  expect_success(run({"--limit", "values=100", "rank", dir / "data.csv", "-f", "csv", "--brief"}));
  // A structured file: providers x criteria of the model.
  std::string yaml = "criteria: model.yaml\nproviders:\n";
  for (int i = 0; i < 30; ++i) yaml += "  - id: p" + std::to_string(i) + "\n";
  write_file(dir / "providers.yaml", yaml);
  expect_limit_error(run({"--limit", "values=100", "rank", dir / "providers.yaml"}), "make 120 values", "values");
}

TEST(CliLimits, MethodsThatCompareEveryPairTakeABoundedNumberOfProviders) {
  TempDir dir;
  write_file(dir / "data.csv", wide_csv(6, 3));
  for (const char* method : {"electre1", "electre3"}) {
    SCOPED_TRACE(method);
    expect_limit_error(run({"--limit", "pairwise=5", "rank", dir / "data.csv", "-m", method}), "6 providers; at most 5",
                       "pairwise");
    expect_success(run({"--limit", "pairwise=6", "rank", dir / "data.csv", "-m", method}));
  }
  // PROMETHEE compares every pair only with a Gaussian function.
  expect_success(run({"--limit", "pairwise=5", "rank", dir / "data.csv", "-m", "promethee2"}));
  expect_limit_error(run({"--limit", "pairwise=5", "rank", dir / "data.csv", "-m", "promethee2", "--param",
                          "preference=gaussian", "--param", "s=2"}),
                     "Gaussian preference function compares every pair", "pairwise");
  // Among several methods, the one over its limit is left out with a warning.
  const RunResult several = run({"--limit", "pairwise=5", "rank", dir / "data.csv", "--methods", "topsis,electre3"});
  expect_success(several);
  EXPECT_TRUE(contains(several.err, "\"electre3\" could not rank the providers")) << describe(several);
  // ELECTRE III's own default is refused before any work: at once, not after minutes.
  write_file(dir / "many.csv", wide_csv(1'001, 3));
  expect_limit_error(run({"rank", dir / "many.csv", "-m", "electre3"}), "1001 providers; at most 1000", "pairwise");
}

TEST(CliLimits, SizeLimitsTakeSuffixesAndNameTheLimitInTheirUnit) {
  TempDir dir;
  std::string yaml = "criteria: hosting\nproviders:\n";
  for (int i = 0; i < 40; ++i) yaml += "  - id: p" + std::to_string(i) + "\n    name: Provider number " + std::to_string(i) + "\n";
  ASSERT_GT(yaml.size(), 1024u);
  write_file(dir / "providers.yaml", yaml);
  expect_limit_error(run({"--limit", "document-size=1K", "validate", dir / "providers.yaml"}), "at most 1 KiB",
                     "document-size");
  expect_limit_error(run({"--limit", "file-size=1000", "validate", dir / "providers.yaml"}), "limit of 1000 bytes",
                     "file-size");
  expect_limit_error(run({"--limit", "scalar-size=8", "validate", dir / "providers.yaml"}), "limit of 8 bytes",
                     "scalar-size");
  expect_limit_error(run({"--limit", "nodes=50", "validate", dir / "providers.yaml"}), "more than 50 values", "nodes");
}

TEST(CliLimits, DepthCanBeLoweredAndRaisedUpToASafeCeiling) {
  TempDir dir;
  write_file(dir / "nested.yaml", "criteria: hosting\nproviders:\n  - id: a\n    description: [[[[1]]]]\n");
  expect_limit_error(run({"--limit", "depth=4", "validate", dir / "nested.yaml"}), "deeper than 4 levels", "depth");
  std::string deep = "criteria: hosting\nproviders:\n  - id: a\n    description: " + std::string(500, '[') + "1" +
                     std::string(500, ']') + "\n";
  write_file(dir / "deep.yaml", deep);
  expect_limit_error(run({"validate", dir / "deep.yaml"}), "deeper than 64 levels", "depth");
  // Raised past the nesting, the parser gets to the real problem: a list is no description.
  const RunResult raised = run({"--limit", "depth=1000", "validate", dir / "deep.yaml"});
  expect_clean_failure(raised, 3);
  EXPECT_FALSE(contains(raised.err, "deeper than")) << describe(raised);
  const RunResult ceiling = run({"--limit", "depth=1001", "validate", dir / "deep.yaml"});
  expect_clean_failure(ceiling, 2);
  EXPECT_TRUE(contains(ceiling.err, "from 1 to 1000")) << describe(ceiling);
}

TEST(CliLimits, ARaisedDocumentSizeLetsDiffReadLargeResults) {
  TempDir dir;
  const RunResult ranked = run({"rank", k_example, "-f", "json", "-o", dir / "result.json"});
  expect_success(ranked);
  expect_limit_error(run({"--limit", "document-size=1K", "diff", dir / "result.json", dir / "result.json"}),
                     "at most 1 KiB", "document-size");
  expect_success(run({"--limit", "document-size=64M", "diff", dir / "result.json", dir / "result.json"}));
}

TEST(CliLimits, BadAssignmentsAreUsageErrors) {
  struct Case {
    std::string assignment, expected;
  };
  const Case cases[] = {
      {"nodez=5", "did you mean 'nodes'"},
      {"nodes=0", "from 1 to"},
      {"nodes=abc", "found \"abc\""},
      {"nodes=-3", "found \"-3\""},
      {"nodes", "expected NAME=N"},
      {"file-size=2T", "found \"2T\""},
      {"providers=5K", "found \"5K\""},  // a count, not a size
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.assignment);
    const RunResult r = run({"--limit", c.assignment, "rank", k_example});
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, c.expected)) << describe(r);
  }
}

TEST(CliLimits, SeveralLimitsMayBeGivenBeforeOrAfterTheCommand) {
  TempDir dir;
  write_file(dir / "data.csv", wide_csv(5, 2));
  expect_limit_error(run({"--limit", "criteria=100", "--limit", "providers=3", "rank", dir / "data.csv"}),
                     "at most 3", "providers");
  expect_limit_error(run({"rank", dir / "data.csv", "--limit", "providers=3"}), "at most 3", "providers");
  expect_success(run({"--limit", "providers=3", "--limit", "providers=5", "rank", dir / "data.csv"}));
}

}  // namespace
}  // namespace criterio::testing
