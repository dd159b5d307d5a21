// -f html end to end: which commands give a page, and a clear usage error
// (status 2) from those that do not. What the page holds is checked in
// tests/unit/html_report_test.cpp and, in a browser, by HtmlBrowser.

#include <gtest/gtest.h>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

void expect_page(const RunResult& r) {
  expect_success(r);
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u) << r.out.substr(0, 200);
  EXPECT_TRUE(contains(r.out, "</html>\n"));
  EXPECT_FALSE(contains(r.out, "<script"));
}

TEST(CliHtml, RankSensitivityExplainAndWeightsGiveAPage) {
  expect_page(run({"rank", k_example, "-f", "html"}));
  expect_page(run({"rank", k_example, "-f", "html", "--robustness", "--samples", "500"}));
  expect_page(run({"sensitivity", k_example, "-f", "html", "--samples", "500"}));
  expect_page(run({"explain", "nimbus", k_example, "-f", "html"}));
  expect_page(run({"weights", "-c", "examples/weights/criteria.yaml", "-f", "html"}));
}

TEST(CliHtml, RobustnessAddsTheAcceptabilityBars) {
  const RunResult plain = run({"rank", k_example, "-f", "html"});
  const RunResult robust = run({"rank", k_example, "-f", "html", "--robustness", "--samples", "500"});
  expect_success(robust);
  EXPECT_FALSE(contains(plain.out, "id=\"robustness\""));
  EXPECT_TRUE(contains(robust.out, "SMAA-2 rank acceptability"));
  EXPECT_TRUE(contains(robust.out, "Weight stability"));
}

TEST(CliHtml, TheSameInputGivesTheSameBytes) {
  EXPECT_EQ(run({"rank", k_example, "-f", "html"}).out, run({"rank", k_example, "-f", "html"}).out);
}

TEST(CliHtml, CommandsWithoutAPageAreUsageErrors) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"compare", "meadow", "nimbus", k_example, "-f", "html"},
           {"rank", k_example, "--methods", "wsm,topsis", "-f", "html"},
           {"explain", "cheapo", k_example, "-f", "html"}}) {
    const RunResult r = run(args);
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, "-f html is for rank, sensitivity, explain")) << describe(r);
  }
}

}  // namespace
}  // namespace criterio::testing
