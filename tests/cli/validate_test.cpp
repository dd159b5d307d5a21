// `criterio validate`: the bundled files are valid; broken files report
// every problem at once as file:line:column: error: ..., with did-you-mean.

#include <gmock/gmock.h>
#include <gtest/gtest.h>


#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

// The lines of standard error that report an error.
std::vector<std::string> error_lines(const std::string& err) {
  std::vector<std::string> out;
  for (const auto& line : lines_of(err))
    if (contains(line, ": error: ")) out.push_back(line);
  return out;
}

// Checks that stderr reports an error at `file:line:column` whose line holds every one of `words`.
void expect_error_at(const RunResult& r, const std::string& file, int line, int column,
                     const std::vector<std::string>& words) {
  const std::string where = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: ";
  const std::string found = line_with(r.err, where);
  ASSERT_FALSE(found.empty()) << "no error at " << where << "\n" << r.err;
  for (const auto& w : words) EXPECT_TRUE(contains(found, w)) << "expected '" << w << "' in\n" << found;
}

// ---------------------------------------------------------------- valid files

TEST(CliValidate, BuiltInCatalogsAndExamplesAreValid) {
  const std::vector<std::string> files = {"criteria/hosting.yaml", "criteria/it-support.yaml", k_example};
  std::vector<std::string> args = {"validate"};
  args.insert(args.end(), files.begin(), files.end());
  const RunResult r = run(args);
  expect_success(r);
  for (const auto& f : files) EXPECT_TRUE(contains(r.out, f + ": ok")) << r.out;
  EXPECT_FALSE(contains(r.err, "error")) << r.err;
}

TEST(CliValidate, TheHostingCsvIsValidAgainstTheCatalog) {
  const RunResult r = run({"validate", "examples/hosting/providers.csv", "-c", "hosting"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "examples/hosting/providers.csv: ok")) << r.out;
}

TEST(CliValidate, TheSpreadsheetIsValidWithAWarningAboutSpreadsheetMode) {
  const RunResult r = run({"validate", k_suppliers});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, k_suppliers + ": ok")) << r.out;
}

TEST(CliValidate, StandardInput) {
  const RunResult csv = run({"validate", "-"}, read_file(source_path(k_suppliers)));
  expect_success(csv);
  EXPECT_TRUE(contains(csv.out, "<stdin>: ok")) << describe(csv);

  std::string yaml = read_file(source_path(k_example));
  const std::string reference = "../../criteria/hosting.yaml";
  yaml.replace(yaml.find(reference), reference.size(), "hosting");
  const RunResult providers = run({"validate", "-"}, yaml);
  expect_success(providers);
  EXPECT_TRUE(contains(providers.out, "<stdin>: ok")) << describe(providers);

  const RunResult criteria = run({"validate", "-"}, read_file(source_path("criteria/it-support.yaml")));
  expect_success(criteria);

  const RunResult bad = run({"validate", "-"}, "id,price\na,1\nb,0x1f\n");
  expect_clean_failure(bad, 3);
  EXPECT_TRUE(contains(bad.err, "<stdin>:3:3: error: ")) << describe(bad);
}

// ---------------------------------------------------------------- a broken criteria file

const char* const k_bad_criteria =
    "title: Broken criteria\n"                                         // 1
    "criteria:\n"                                                      // 2
    "  - id: price\n"                                                  // 3
    "    name: Price\n"                                                // 4
    "    wieght: 2\n"                                                  // 5  typo key
    "    scale: {type: linear, worst: 100, best: 0}\n"                 // 6
    "  - id: price\n"                                                  // 7  duplicate id
    "    name: Price again\n"                                          // 8
    "    weight: -1\n"                                                 // 9  negative weight
    "  - id: uptime\n"                                                 // 10
    "    name: Uptime\n"                                               // 11
    "    weight: \"3\"\n"                                              // 12 quoted number
    "    direction: benefti\n"                                         // 13 typo value
    "    scale: {type: linear, worst: 99, best: 100, min: 0, max: 100}\n"  // 14
    "  - id: support\n"                                                // 15
    "    name: [Support]\n"                                            // 16 wrong type
    "    scale: {type: likert, points: 12}\n";                         // 17 out of range

TEST(CliValidateCriteria, ReportsEveryProblemWithItsPlace) {
  TempDir dir;
  const std::string file = dir / "criteria.yaml";
  write_file(file, k_bad_criteria);
  const RunResult r = run({"validate", file});
  expect_clean_failure(r, 3);
  expect_error_at(r, file, 5, 5, {"wieght", "did you mean 'weight'"});
  expect_error_at(r, file, 7, 9, {"duplicate", "price"});
  expect_error_at(r, file, 9, 13, {"weight", "negative"});
  expect_error_at(r, file, 12, 13, {"\"3\"", "quot"});
  expect_error_at(r, file, 13, 16, {"benefti", "did you mean 'benefit'"});
  expect_error_at(r, file, 16, 11, {"name"});
  expect_error_at(r, file, 17, 35, {"points"});
  // Each error once, and every error line in the file:line:column form.
  const auto errors = error_lines(r.err);
  EXPECT_EQ(errors.size(), 7u) << r.err;
  for (const auto& line : errors)
    EXPECT_THAT(line, ::testing::MatchesRegex("criterio: .+:[0-9]+:[0-9]+: error: .+")) << line;
  EXPECT_TRUE(contains(r.err, "7 errors")) << r.err;
}

// ---------------------------------------------------------------- a broken providers file

const char* const k_bad_providers =
    "criteria: hosting\n"                                // 1
    "as_of: 2026-11-01\n"                                // 2
    "providers:\n"                                       // 3
    "  - id: acme\n"                                     // 4
    "    name: Acme Hosting\n"                           // 5
    "    values:\n"                                      // 6
    "      respect: 6\n"                                 // 7  likert out of range
    "      support_channels: phnoe\n"                    // 8  unknown level
    "      emergency_line: maybe\n"                      // 9  wrong type
    "      uptime_sla: \"99.9\"\n"                       // 10 quoted number
    "      years_in_business: 4\n"                       // 11
    "      montly_price: 20\n"                           // 12 unknown criterion
    "      reviews:\n"                                   // 13
    "        - {rating: 7, date: 2026-01-01}\n"          // 14 outside the scale
    "      certified_staff_pct: 120\n"                   // 15 outside min/max
    "    evidnce:\n"                                     // 16 typo key
    "      uptime_sla: {source: contract, date: 2026-01-10}\n"  // 17
    "  - id: acme\n"                                     // 18 duplicate provider
    "    values: {years_in_business: 2}\n";              // 19

TEST(CliValidateProviders, ReportsEveryProblemWithItsPlaceAndDidYouMean) {
  TempDir dir;
  const std::string file = dir / "providers.yaml";
  write_file(file, k_bad_providers);
  const RunResult r = run({"validate", file});
  expect_clean_failure(r, 3);
  expect_error_at(r, file, 7, 16, {"respect", "6"});
  expect_error_at(r, file, 8, 25, {"support_channels", "phnoe", "did you mean 'phone'"});
  expect_error_at(r, file, 9, 23, {"emergency_line", "maybe"});
  expect_error_at(r, file, 10, 19, {"uptime_sla", "\"99.9\""});
  expect_error_at(r, file, 12, 7, {"montly_price", "did you mean 'monthly_price'"});
  expect_error_at(r, file, 14, 20, {"rating", "7"});
  expect_error_at(r, file, 15, 28, {"certified_staff_pct", "120"});
  expect_error_at(r, file, 16, 5, {"evidnce", "did you mean 'evidence'"});
  expect_error_at(r, file, 18, 5, {"duplicate", "acme"});
  EXPECT_EQ(error_lines(r.err).size(), 9u) << "each problem reported exactly once\n" << r.err;
}

TEST(CliValidateProviders, RankRefusesTheSameFileWithTheSameMessages) {
  TempDir dir;
  const std::string file = dir / "providers.yaml";
  write_file(file, k_bad_providers);
  const RunResult v = run({"validate", file});
  const RunResult r = run({"rank", file});
  expect_clean_failure(r, 3);
  for (const auto& line : error_lines(r.err)) EXPECT_TRUE(contains(v.err, line)) << line;
  EXPECT_GE(error_lines(r.err).size(), 9u) << r.err;
}

TEST(CliValidateProviders, JsonFilesGetLinesAndColumnsToo) {
  TempDir dir;
  const std::string file = dir / "criteria.json";
  write_file(file,
             "{\n"
             "  \"title\": \"JSON criteria\",\n"
             "  \"criteria\": [\n"
             "    {\"id\": \"price\", \"name\": \"Price\", \"weight\": -2},\n"
             "    {\"id\": \"Price\", \"name\": \"Price\"},\n"
             "    {\"id\": \"speed\", \"name\": \"Speed\", \"scale\": {\"type\": \"linaer\"}}\n"
             "  ]\n"
             "}\n");
  const RunResult r = run({"validate", file});
  expect_clean_failure(r, 3);
  expect_error_at(r, file, 4, 48, {"negative"});
  expect_error_at(r, file, 5, 12, {"Price"});
  expect_error_at(r, file, 6, 56, {"linaer", "did you mean 'linear'"});
}

TEST(CliValidateProviders, CsvCellsAgainstTheCatalog) {
  TempDir dir;
  const std::string file = dir / "providers.csv";
  write_file(file,
             "id,name,uptime_sla,respect,support_channels\n"
             "acme,Acme,99.9,4,phone\n"
             "bolt,Bolt,101,exemplary,fax\n");
  const RunResult r = run({"validate", file, "-c", "hosting"});
  expect_clean_failure(r, 3);
  expect_error_at(r, file, 3, 11, {"uptime_sla", "101"});
  expect_error_at(r, file, 3, 25, {"support_channels", "fax"});
  EXPECT_FALSE(contains(r.err, ":3:15: error")) << "'exemplary' is a valid likert label\n" << r.err;
}

TEST(CliValidate, BothFilesTogetherReportAllTheirProblems) {
  TempDir dir;
  write_file(dir / "criteria.yaml", k_bad_criteria);
  write_file(dir / "providers.yaml", k_bad_providers);
  const RunResult r = run({"validate", dir / "criteria.yaml", dir / "providers.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_EQ(error_lines(r.err).size(), 16u) << r.err;
  EXPECT_LT(r.err.find(dir / "criteria.yaml:"), r.err.find(dir / "providers.yaml:")) << "files in the order given";
}

TEST(CliValidate, AnUnreadableFileMakesTheExitCodeFourButTheOthersAreStillChecked) {
  TempDir dir;
  write_file(dir / "criteria.yaml", k_bad_criteria);
  const RunResult r = run({"validate", dir / "missing.yaml", dir / "criteria.yaml", k_example});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 4) << describe(r);
  EXPECT_TRUE(contains(r.err, dir / "missing.yaml")) << r.err;
  EXPECT_TRUE(contains(r.err, dir / "criteria.yaml:5:5: error: ")) << r.err;
  EXPECT_TRUE(contains(r.out, k_example + ": ok")) << r.out;
}

// ---------------------------------------------------------------- message quality

// "informal" is a word, not an attempt at writing infinity.
TEST(CliValidateMessages, AWordIsNotCalledAnInfiniteNumber) {
  TempDir dir;
  write_file(dir / "words.csv", "id,escalation,support\na,informal,1\nb,2,nano\n");
  const RunResult r = run({"validate", dir / "words.csv"});
  expect_clean_failure(r, 3);
  const std::string informal = line_with(r.err, "informal");
  ASSERT_FALSE(informal.empty()) << r.err;
  EXPECT_FALSE(contains(informal, "finite")) << informal;
  const std::string nano = line_with(r.err, "nano");
  ASSERT_FALSE(nano.empty()) << r.err;
  EXPECT_FALSE(contains(nano, "finite")) << nano;
}

// Values are echoed back in messages: a long one is cut on a character
// boundary, and control characters are escaped, never sent to the terminal raw.
TEST(CliValidateMessages, EchoedValuesStayValidUtf8AndEscapeControlCharacters) {
  TempDir dir;
  std::string accents = "a";
  for (int i = 0; i < 30; ++i) accents += "\xc3\xa9";  // é
  write_file(dir / "echo.yaml", "criteria: hosting\nproviders:\n  - id: a\n    values:\n      uptime_sla: \"" + accents +
                                    "\"\n      monthly_price: \"\\e[31mred\"\n");
  const RunResult r = run({"validate", dir / "echo.yaml"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(is_utf8(r.err)) << r.err;
  EXPECT_FALSE(contains(r.err, "\x1b")) << "raw ESC in a message";
  EXPECT_TRUE(contains(r.err, "echo.yaml:5:19: error: ")) << r.err;
  EXPECT_TRUE(contains(r.err, "echo.yaml:6:22: error: ")) << r.err;
}

TEST(CliValidateMessages, UsageWithoutFilesIsAUsageError) {
  const RunResult r = run({"validate"});
  expect_clean_failure(r, 2);
}

}  // namespace
}  // namespace criterio::testing
