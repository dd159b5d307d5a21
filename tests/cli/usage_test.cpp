// The command line itself: usage errors, help and version.

#include <gmock/gmock.h>
#include <gtest/gtest.h>


#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

TEST(CliUsage, NoArgumentsIsAUsageError) {
  const RunResult r = run({});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--help")) << "should point at --help\n" << describe(r);
}

TEST(CliUsage, MistypedSubcommandGetsDidYouMean) {
  const RunResult r = run({"rnak", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "rnak")) << describe(r);
  EXPECT_TRUE(contains(r.err, "did you mean 'rank'")) << describe(r);
  const RunResult v = run({"valdiate", k_example});
  expect_clean_failure(v, 2);
  EXPECT_TRUE(contains(v.err, "did you mean 'validate'")) << describe(v);
}

TEST(CliUsage, UnknownSubcommandWithoutACloseMatch) {
  const RunResult r = run({"frobnicate"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "frobnicate")) << describe(r);
  EXPECT_FALSE(contains(r.err, "did you mean")) << describe(r);
}

TEST(CliUsage, UnknownOptionIsAUsageError) {
  const RunResult r = run({"rank", "--bogus", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--bogus")) << describe(r);
}

// A mistyped global option is reported as such, not as an unknown command
// made of its value ("unknown command 'always'").
TEST(CliUsage, MistypedGlobalOptionIsNamed) {
  const RunResult r = run({"--colour", "always", "rank", k_example});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--colour")) << describe(r);
  EXPECT_FALSE(contains(r.err, "unknown command \"always\"")) << describe(r);
}

TEST(CliUsage, MissingArgumentsAreUsageErrors) {
  expect_clean_failure(run({"rank"}), 2);
  expect_clean_failure(run({"explain"}), 2);
  expect_clean_failure(run({"explain", "meadow"}), 2);
  expect_clean_failure(run({"rank", k_example, "-f"}), 2);
  expect_clean_failure(run({"rank", k_example, "--top"}), 2);
}

TEST(CliUsage, BadOptionValuesAreUsageErrors) {
  const RunResult format = run({"rank", k_example, "-f", "xml"});
  expect_clean_failure(format, 2);
  EXPECT_TRUE(contains(format.err, "xml")) << describe(format);
  const RunResult top = run({"rank", k_example, "--top", "two"});
  expect_clean_failure(top, 2);
  const RunResult as_of = run({"rank", k_example, "--as-of", "2026-13-01"});
  expect_clean_failure(as_of, 2);
  EXPECT_TRUE(contains(as_of.err, "2026-13-01")) << describe(as_of);
  const RunResult method = run({"rank", k_example, "-m", "topsys"});
  expect_clean_failure(method, 2);
  EXPECT_TRUE(contains(method.err, "topsys")) << describe(method);
}

TEST(CliUsage, HelpListsTheCommandsAndExitCodes) {
  const RunResult r = run({"--help"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Usage")) << r.out;
  for (const char* command : {"rank", "explain", "compare", "validate", "catalog", "init"})
    EXPECT_TRUE(contains(r.out, command)) << command;
  EXPECT_TRUE(contains(r.out, "--version")) << r.out;
  EXPECT_TRUE(contains(r.out, "Exit status")) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliUsage, SubcommandHelpListsItsOptions) {
  const RunResult r = run({"rank", "--help"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "Usage")) << r.out;
  EXPECT_TRUE(contains(r.out, "rank")) << r.out;
  for (const char* option : {"--criteria", "--format", "--output", "--top", "--profile", "--weights", "--directions",
                             "--param"})
    EXPECT_TRUE(contains(r.out, option)) << option << "\n" << r.out;
  EXPECT_TRUE(contains(r.out, "Example")) << r.out;
  const RunResult h = run({"validate", "-h"});
  expect_success(h);
  EXPECT_TRUE(contains(h.out, "file:line:column")) << h.out;
}

TEST(CliUsage, VersionPrintsTheVersion) {
  const RunResult r = run({"--version"});
  expect_success(r);
  EXPECT_THAT(r.out, ::testing::ContainsRegex("^criterio [0-9]+\\.[0-9]+\\.[0-9]+")) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliUsage, QuietHidesWarningsButNotErrors) {
  const RunResult loud = run({"validate", k_suppliers});
  expect_success(loud);
  EXPECT_TRUE(contains(loud.err, "warning")) << "spreadsheet mode is worth a warning\n" << loud.err;
  const RunResult quiet = run({"-q", "validate", k_suppliers});
  expect_success(quiet);
  EXPECT_FALSE(contains(quiet.err, "warning")) << quiet.err;
  const RunResult error = run({"-q", "rank", "tests/data/hostile/hex.csv"});
  expect_clean_failure(error, 3);
  EXPECT_TRUE(contains(error.err, "hex.csv:3:6:")) << describe(error);
}

}  // namespace
}  // namespace criterio::testing
