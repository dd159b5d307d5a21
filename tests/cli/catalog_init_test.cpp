// `criterio catalog` and `criterio init`.

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------- catalog

TEST(CliCatalog, ListsTheCatalogsAndTheMethods) {
  const RunResult r = run({"catalog"});
  expect_success(r);
  const std::string hosting = line_with(r.out, "hosting");
  EXPECT_TRUE(contains(hosting, "Web hosting providers")) << r.out;
  EXPECT_TRUE(contains(line_with(r.out, "it-support"), "IT support")) << r.out;
  const std::string wsm = line_with(r.out, "wsm");
  EXPECT_TRUE(contains(wsm, "Weighted sum")) << r.out;
  EXPECT_TRUE(contains(r.out, "normalization=")) << "method parameters are listed\n" << r.out;
  EXPECT_FALSE(has_ansi(r.out));
}

TEST(CliCatalog, JsonListingParsesAndCountsTheCriteria) {
  const RunResult r = run({"catalog", "-f", "json"});
  expect_success(r);
  const json j = json::parse(r.out);
  std::map<std::string, json> catalogs;
  for (const auto& c : j["catalogs"]) catalogs[c["name"]] = c;
  ASSERT_TRUE(catalogs.count("hosting")) << r.out;
  ASSERT_TRUE(catalogs.count("it-support")) << r.out;
  bool wsm = false;
  for (const auto& m : j["methods"]) {
    if (m["name"] != "wsm") continue;
    wsm = true;
    EXPECT_TRUE(m["aliases"].is_array());
    EXPECT_FALSE(m["reference"].get<std::string>().empty());
    ASSERT_FALSE(m["params"].empty());
    EXPECT_EQ(m["params"][0]["key"], "normalization");
  }
  EXPECT_TRUE(wsm) << r.out;
  // The count of criteria is the number of leaves the catalog ranks with.
  for (const char* name : {"hosting", "it-support"}) {
    TempDir dir;
    const RunResult init = run({"init", "--template", name, dir / "x"});
    ASSERT_EQ(init.exit_code, 0) << describe(init);
    const RunResult rank = run({"rank", dir / "x/providers.yaml", "-f", "json"});
    ASSERT_EQ(rank.exit_code, 0) << describe(rank);
    EXPECT_EQ(json::parse(rank.out)["criteria"].size(), catalogs[name]["criteria"].get<std::size_t>()) << name;
  }
}

TEST(CliCatalog, PrintsOneCatalogAsYamlThatValidates) {
  const RunResult r = run({"catalog", "hosting"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "title: Web hosting providers")) << r.out.substr(0, 500);
  EXPECT_TRUE(contains(r.out, "criteria:"));
  EXPECT_TRUE(contains(r.out, "- id: uptime_sla"));
  EXPECT_EQ(r.out, read_file(source_path("criteria/hosting.yaml"))) << "the built-in copy differs from the file";
  TempDir dir;
  write_file(dir / "hosting.yaml", r.out);
  const RunResult v = run({"validate", dir / "hosting.yaml"});
  EXPECT_EQ(v.exit_code, 0) << describe(v);
}

TEST(CliCatalog, UnknownCatalogIsAUsageErrorWithDidYouMean) {
  const RunResult r = run({"catalog", "hostin"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "did you mean 'hosting'")) << describe(r);
}

// ---------------------------------------------------------------- init

TEST(CliInit, WritesFilesThatValidateAndRank) {
  TempDir dir;
  const std::string target = dir / "choice";
  const RunResult r = run({"init", "--template", "hosting", target});
  expect_success(r);
  ASSERT_TRUE(file_exists(target + "/criteria.yaml"));
  ASSERT_TRUE(file_exists(target + "/providers.yaml"));
  EXPECT_EQ(read_file(target + "/criteria.yaml"), read_file(source_path("criteria/hosting.yaml")));
  EXPECT_TRUE(contains(r.out, "criterio validate")) << "init should say what to do next\n" << r.out;

  const RunResult v = run({"validate", target + "/criteria.yaml", target + "/providers.yaml"});
  expect_success(v);
  EXPECT_EQ(count_of(v.out, ": ok"), 2u) << v.out;
  const RunResult rank = run({"rank", target + "/providers.yaml", "-f", "json"});
  expect_success(rank);
  const json j = json::parse(rank.out);
  EXPECT_GE(j["ranking"].size(), 2u);
  // providers.yaml uses the copied criteria.yaml, not the built-in one.
  EXPECT_EQ(j["title"], "Web hosting providers");
}

TEST(CliInit, TheItSupportTemplateWorksToo) {
  TempDir dir;
  const RunResult r = run({"init", "--template", "it-support", dir / "it"});
  expect_success(r);
  const RunResult rank = run({"rank", dir / "it/providers.yaml"});
  expect_success(rank);
  EXPECT_TRUE(contains(rank.out, "IT support")) << rank.out;
}

TEST(CliInit, UsesTheCopiedCriteriaFile) {
  TempDir dir;
  const std::string target = dir / "edit";
  ASSERT_EQ(run({"init", target}).exit_code, 0);
  std::string criteria = read_file(target + "/criteria.yaml");
  const std::string title = "title: Web hosting providers";
  criteria.replace(criteria.find(title), title.size(), "title: My own hosting choice");
  write_file(target + "/criteria.yaml", criteria);
  const RunResult rank = run({"rank", target + "/providers.yaml", "-f", "json"});
  expect_success(rank);
  EXPECT_EQ(json::parse(rank.out)["title"], "My own hosting choice");
}

TEST(CliInit, RefusesToOverwriteWithoutForce) {
  TempDir dir;
  const std::string target = dir / "twice";
  ASSERT_EQ(run({"init", "--template", "hosting", target}).exit_code, 0);
  write_file(target + "/providers.yaml", "# my edits\n");
  const std::string criteria = read_file(target + "/criteria.yaml");

  const RunResult again = run({"init", "--template", "it-support", target});
  expect_clean_failure(again, 4);
  EXPECT_TRUE(contains(again.err, "--force")) << describe(again);
  EXPECT_EQ(read_file(target + "/providers.yaml"), "# my edits\n");
  EXPECT_EQ(read_file(target + "/criteria.yaml"), criteria);

  const RunResult forced = run({"init", "--template", "it-support", "--force", target});
  expect_success(forced);
  EXPECT_NE(read_file(target + "/providers.yaml"), "# my edits\n");
  EXPECT_EQ(read_file(target + "/criteria.yaml"), read_file(source_path("criteria/it-support.yaml")));
}

TEST(CliInit, OnlyOneExistingFileStillWritesNothing) {
  TempDir dir;
  write_file(dir / "providers.yaml", "# mine\n");
  const RunResult r = run({"init", dir.path()});
  expect_clean_failure(r, 4);
  EXPECT_FALSE(file_exists(dir / "criteria.yaml")) << "init wrote half of its files";
  EXPECT_EQ(read_file(dir / "providers.yaml"), "# mine\n");
}

TEST(CliInit, UnknownTemplateIsAUsageErrorAndWritesNothing) {
  TempDir dir;
  const RunResult r = run({"init", "--template", "hostng", dir / "new"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "did you mean 'hosting'")) << describe(r);
  EXPECT_FALSE(file_exists(dir / "new"));
}

TEST(CliInit, DefaultsToTheCurrentDirectory) {
  TempDir dir;
  const RunResult r = run({"init"}, "", dir.path());
  expect_success(r);
  EXPECT_TRUE(file_exists(dir / "criteria.yaml"));
  EXPECT_TRUE(file_exists(dir / "providers.yaml"));
  const RunResult rank = run({"rank", "providers.yaml"}, "", dir.path());
  expect_success(rank);
}

TEST(CliInit, ATargetThatIsAFileIsAnIoError) {
  TempDir dir;
  write_file(dir / "file", "x");
  const RunResult r = run({"init", dir / "file"});
  expect_clean_failure(r, 4);
  EXPECT_TRUE(contains(r.err, dir / "file")) << describe(r);
}

}  // namespace
}  // namespace criterio::testing
