// Spreadsheet mode, through the real binary, must reproduce published
// weighted-sum examples exactly, ties included. The data and the citations
// are in tests/data/wsm/EXAMPLES.md.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/published_support.hpp"

namespace criterio::testing {
namespace {

// "Weighted sum model", English Wikipedia, section "Example", after
// E. Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A
// Comparative Study, ch. 2. No normalisation; printed A1 21.50, A2 22.00,
// A3 22.00: A2 and A3 tie for first and are listed by id.
TEST(CliPublishedExamples, Triantaphyllou2000TieReproducedExactly) {
  const auto result = rank_json({"tests/data/wsm/wikipedia_wsm_triantaphyllou2000.csv", "--weights",
                                 "0.20,0.15,0.40,0.25", "--param", "normalization=none"});
  expect_ranking(result, {{"a2", 1, 22.00}, {"a3", 1, 22.00}, {"a1", 3, 21.50}}, 0.005);
  EXPECT_EQ(result["ranking"][0]["score"], result["ranking"][1]["score"]) << "a published tie must stay exact";
}

// D.-G. Akestoridis, mcdm (PyPI), tests/test_rank.py::test_rank_saw_mw_linear1
// (data after Hwang & Yoon 1981's linear normalisation): equal weights, x/max
// for benefit and min/x for the two cost criteria; scores printed to 6 decimals.
TEST(CliPublishedExamples, AkestoridisSawLinear1) {
  const auto result = rank_json({"tests/data/wsm/akestoridis_mcdm_test_rank_saw_mw_linear1.csv", "--weights",
                                 "0.25,0.25,0.25,0.25", "--directions", "+,-,-,+"});
  expect_ranking(result,
                 {{"a2", 1, 0.677778},
                  {"a1", 2, 0.669167},
                  {"a3", 3, 0.638889},
                  {"a6", 4, 0.625000},
                  {"a5", 5, 0.590278},
                  {"a4", 6, 0.588889}},
                 5e-7);
}

}  // namespace
}  // namespace criterio::testing
