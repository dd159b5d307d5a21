// Output formats (CSV, Markdown), colour, and -o/--output written atomically.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

json example_json() {
  const RunResult r = run({"rank", k_example, "-f", "json"});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return json::parse(r.out);
}

// ---------------------------------------------------------------- CSV

TEST(CliOutputCsv, IsRfc4180WithAHeaderAndOneRowPerProvider) {
  const RunResult r = run({"rank", k_example, "-f", "csv"});
  expect_success(r);
  std::vector<std::vector<std::string>> rows;
  ASSERT_NO_THROW(rows = parse_csv(r.out)) << r.out;
  ASSERT_EQ(rows.size(), 1u + 6u + 1u) << "header, six ranked, one excluded";
  const auto& header = rows[0];
  for (const char* column : {"rank", "id", "name", "score"})
    EXPECT_GE(column_index(header, column), 0) << column << " missing from the header";
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size()) << "ragged CSV output";

  const json j = example_json();
  const int id = column_index(header, "id"), rank = column_index(header, "rank"), score = column_index(header, "score");
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& row = rows[i + 1];
    const json& p = j["ranking"][i];
    EXPECT_EQ(row[static_cast<std::size_t>(id)], p["id"]);
    EXPECT_EQ(std::stoi(row[static_cast<std::size_t>(rank)]), p["rank"].get<int>());
    EXPECT_NEAR(std::stod(row[static_cast<std::size_t>(score)]), p["score"].get<double>(), 1e-9);
  }
  // Every leaf criterion has a column.
  for (const auto& c : j["criteria"])
    EXPECT_GE(column_index(header, c["id"].get<std::string>()), 0) << c["id"];
  // The excluded provider is there, with no rank and with its reason.
  const auto& last = rows.back();
  EXPECT_EQ(last[static_cast<std::size_t>(id)], "cheapo");
  EXPECT_TRUE(last[static_cast<std::size_t>(rank)].empty());
  std::string joined;
  for (const auto& f : last) joined += f + "|";
  EXPECT_TRUE(contains(joined, "uptime_sla")) << joined;
  EXPECT_FALSE(has_ansi(r.out));
}

TEST(CliOutputCsv, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  const RunResult r = run({"rank", "tests/data/hostile/quoted-fields.csv", "-f", "csv"});
  expect_success(r);
  std::vector<std::vector<std::string>> rows;
  ASSERT_NO_THROW(rows = parse_csv(r.out)) << r.out;
  ASSERT_EQ(rows.size(), 3u) << r.out;
  const int name = column_index(rows[0], "name");
  ASSERT_GE(name, 0);
  std::map<std::string, std::string> names;
  for (std::size_t i = 1; i < rows.size(); ++i) names[rows[i][1]] = rows[i][static_cast<std::size_t>(name)];
  EXPECT_EQ(names["alpha"], "Acme, Inc.");
  EXPECT_EQ(names["beta"], "Two\nlines, \"quoted\"");
}

// ---------------------------------------------------------------- Markdown

TEST(CliOutputMarkdown, IsATableWithExclusionsAndWarnings) {
  const RunResult r = run({"rank", k_example, "-f", "markdown"});
  expect_success(r);
  const auto lines = lines_of(r.out);
  std::size_t header = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].starts_with("|") && contains(lines[i], "Provider") && contains(lines[i], "Score")) {
      header = i;
      break;
    }
  ASSERT_LT(header + 1, lines.size()) << r.out;
  EXPECT_TRUE(lines[header + 1].starts_with("|") && contains(lines[header + 1], "---")) << lines[header + 1];
  const auto columns = count_of(lines[header], "|");
  for (std::size_t i = header + 2; i < header + 8; ++i) {
    EXPECT_TRUE(lines[i].starts_with("|")) << lines[i];
    EXPECT_EQ(count_of(lines[i], "|"), columns) << lines[i];
  }
  EXPECT_TRUE(contains(lines[header + 2], "Meadow Digital")) << lines[header + 2];
  EXPECT_TRUE(contains(r.out, "# Web hosting providers")) << r.out;
  EXPECT_TRUE(contains(r.out, "Excluded")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "Cheapo Cloud"), "99.5")) << r.out;
  EXPECT_TRUE(contains(r.out, "2024-09-12")) << "stale evidence warning missing\n" << r.out;
  EXPECT_FALSE(has_ansi(r.out));
  // "md" is accepted as a short name.
  const RunResult md = run({"rank", k_example, "-f", "md"});
  EXPECT_EQ(md.out, r.out);
}

// ---------------------------------------------------------------- colour

TEST(CliOutputColor, AlwaysGivesAnsiEscapes) {
  const RunResult before = run({"--color", "always", "rank", k_example});
  expect_success(before);
  EXPECT_TRUE(has_ansi(before.out)) << before.out;
  const RunResult after = run({"rank", k_example, "--color", "always"});
  expect_success(after);
  EXPECT_TRUE(has_ansi(after.out)) << after.out;
}

TEST(CliOutputColor, NeverAndTheDefaultOnAPipeGiveNone) {
  const RunResult never = run({"--color", "never", "rank", k_example});
  expect_success(never);
  EXPECT_FALSE(has_ansi(never.out)) << never.out;
  const RunResult automatic = run({"rank", k_example});  // standard output is a pipe here
  expect_success(automatic);
  EXPECT_FALSE(has_ansi(automatic.out));
  EXPECT_EQ(never.out, automatic.out);
  // The same words with and without colour.
  const RunResult always = run({"--color", "always", "rank", k_example});
  EXPECT_TRUE(contains(always.out, "Meadow Digital"));
  EXPECT_TRUE(contains(always.out, "Cheapo Cloud"));
}

TEST(CliOutputColor, MachineFormatsNeverGetColour) {
  const RunResult j = run({"--color", "always", "rank", k_example, "-f", "json"});
  expect_success(j);
  EXPECT_FALSE(has_ansi(j.out));
  EXPECT_TRUE(json::accept(j.out)) << j.out;
  const RunResult c = run({"--color", "always", "rank", k_example, "-f", "csv"});
  expect_success(c);
  EXPECT_FALSE(has_ansi(c.out));
}

TEST(CliOutputColor, BadColourModeIsAUsageError) {
  const RunResult r = run({"--color", "sometimes", "rank", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "sometimes")) << describe(r);
}

// Provider names come from files; control characters in them (here ESC
// sequences that clear the screen and retitle the terminal, and a bell) must
// never reach the terminal raw. Refusing the file (with the place) and
// printing the name escaped are both fine.
TEST(CliOutputSafety, ControlCharactersInNamesNeverReachTheTerminal) {
  TempDir dir;
  write_file(dir / "escape.csv", "id,name,price\nevil,\"Evil\x1b[2J\x1b]0;pwned\x07 Corp\",3\ngood,Good,4\n");
  write_file(dir / "escape.yaml", "criteria: " + source_path("tests/data/hostile/tiny-criteria.yaml") +
                                      "\nproviders:\n  - id: good\n    values: {price: 4, quality: 3}\n"
                                      "  - id: evil\n    name: \"Evil\\e[31mRed\\a\"\n    values: {price: 3, quality: 3}\n");
  const std::vector<std::pair<std::string, std::string>> cases = {{"escape.csv", ":2:6:"}, {"escape.yaml", ":6:11:"}};
  for (const auto& [file, where] : cases) {
    for (const char* format : {"table", "markdown", "csv", "json"}) {
      SCOPED_TRACE(file + " " + format);
      const RunResult r = run({"--color", "never", "rank", dir / file, "-f", format});
      EXPECT_EQ(r.signal, 0);
      EXPECT_FALSE(contains(r.out, "\x1b")) << "raw ESC in the output";
      EXPECT_FALSE(contains(r.out, "\x07")) << "raw BEL in the output";
      EXPECT_FALSE(contains(r.err, "\x1b")) << "raw ESC in a message";
      if (r.exit_code == 0) {
        EXPECT_TRUE(contains(r.out, "Evil")) << r.out;
      } else {
        expect_clean_failure(r, 3);
        EXPECT_TRUE(contains(r.err, dir / file + where)) << describe(r);
      }
    }
  }
}

// A line break inside a name (allowed in a quoted CSV field) must not break
// the table row apart.
TEST(CliOutputSafety, LineBreaksInNamesKeepTableRowsWhole) {
  const RunResult r = run({"--color", "never", "rank", "tests/data/hostile/quoted-fields.csv"});
  expect_success(r);
  const std::string row = line_with(r.out, "Two");
  EXPECT_TRUE(contains(row, "lines")) << r.out;
  EXPECT_TRUE(contains(row, "0.7500")) << r.out;
  const RunResult md = run({"rank", "tests/data/hostile/quoted-fields.csv", "-f", "markdown"});
  expect_success(md);
  const std::string md_row = line_with(md.out, "Two");
  EXPECT_TRUE(md_row.starts_with("|") && contains(md_row, "0.7500")) << md.out;
}

// ---------------------------------------------------------------- -o / --output

TEST(CliOutputFile, WritesTheFileAndNothingOnStandardOutput) {
  TempDir dir;
  const std::string path = dir / "result.json";
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", path});
  expect_success(r);
  EXPECT_TRUE(r.out.empty()) << r.out;
  ASSERT_TRUE(file_exists(path));
  const RunResult direct = run({"rank", k_example, "-f", "json"});
  EXPECT_EQ(read_file(path), direct.out);
  EXPECT_EQ(directory_listing(dir.path()), std::vector<std::string>{"result.json"}) << "temporary files left behind";
}

TEST(CliOutputFile, TableToAFileHasNoColourByDefault) {
  TempDir dir;
  const RunResult r = run({"rank", k_example, "-o", dir / "result.txt"});
  expect_success(r);
  EXPECT_TRUE(r.out.empty());
  const std::string text = read_file(dir / "result.txt");
  EXPECT_TRUE(contains(text, "Meadow Digital"));
  EXPECT_FALSE(has_ansi(text));
}

TEST(CliOutputFile, ReplacesAnExistingFile) {
  TempDir dir;
  const std::string path = dir / "result.md";
  write_file(path, "old content that is longer than nothing\n");
  const RunResult r = run({"rank", k_example, "-f", "markdown", "--output", path});
  expect_success(r);
  const std::string text = read_file(path);
  EXPECT_FALSE(contains(text, "old content"));
  EXPECT_TRUE(contains(text, "Meadow Digital"));
}

TEST(CliOutputFile, AFailedRunLeavesTheExistingFileUntouched) {
  TempDir dir;
  const std::string path = dir / "result.json";
  const std::string original = "{\"previous\": \"run\", \"bytes\": [1, 2, 3]}\n";
  write_file(path, original);
  write_file(dir / "bad.yaml", "criteria: hosting\nproviders:\n  - id: a\n    values: {uptime_sla: \"99.9\"}\n");

  struct Failure {
    std::vector<std::string> args;
    int code;
  };
  const std::vector<Failure> failures = {
      {{"rank", dir / "bad.yaml", "-f", "json", "-o", path}, 3},                          // invalid content
      {{"rank", dir / "missing.yaml", "-f", "json", "-o", path}, 4},                      // unreadable input
      {{"rank", k_example, "--profile", "nope", "-f", "json", "-o", path}, 2},            // usage error
      {{"explain", "nobody", k_example, "-f", "json", "-o", path}, 2},                    // unknown provider
      {{"rank", "tests/data/hostile/billion-laughs.yaml", "-f", "json", "-o", path}, 3},  // hostile input
  };
  for (const auto& f : failures) {
    SCOPED_TRACE(f.args[1]);
    const RunResult r = run(f.args);
    expect_clean_failure(r, f.code);
    EXPECT_EQ(read_file(path), original) << "the output file was changed by a failed run";
  }
  std::vector<std::string> expected = {"bad.yaml", "result.json"};
  EXPECT_EQ(directory_listing(dir.path()), expected) << "temporary files left behind";
}

TEST(CliOutputFile, IntoAMissingDirectoryIsAnIoError) {
  TempDir dir;
  const std::string path = dir / "no-such-dir/result.json";
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", path});
  expect_clean_failure(r, 4);
  EXPECT_TRUE(contains(r.err, "no-such-dir")) << describe(r);
  EXPECT_FALSE(file_exists(dir / "no-such-dir"));
}

TEST(CliOutputFile, OntoADirectoryIsAnIoError) {
  TempDir dir;
  const RunResult r = run({"rank", k_example, "-o", dir.path()});
  expect_clean_failure(r, 4);
  EXPECT_TRUE(contains(r.err, dir.path())) << describe(r);
}

TEST(CliOutputFile, DashMeansStandardOutput) {
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", "-"});
  expect_success(r);
  EXPECT_TRUE(json::accept(r.out)) << r.out;
}

}  // namespace
}  // namespace criterio::testing
