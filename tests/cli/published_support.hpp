#pragma once
// Running `criterio rank ... -f json` on a published example and checking the
// ranking it prints against the source's figures.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/run.hpp"

namespace criterio::testing {

struct Expected {
  std::string id;
  int rank;
  double score;
};

// `criterio rank ARGS -f json`, which must succeed; its parsed output.
inline nlohmann::json rank_json(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"rank"};
  all.insert(all.end(), args.begin(), args.end());
  all.insert(all.end(), {"-f", "json"});
  const RunResult r = run(all);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  if (r.exit_code != 0) return nlohmann::json::object({{"ranking", nlohmann::json::array()}});
  return nlohmann::json::parse(r.out);
}

// The ranking, in order, with ranks and scores within `tolerance`.
inline void expect_ranking(const nlohmann::json& result, const std::vector<Expected>& expected, double tolerance) {
  const auto& ranking = result.at("ranking");
  ASSERT_EQ(ranking.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(ranking[i].at("id"), expected[i].id) << "position " << i;
    EXPECT_EQ(ranking[i].at("rank"), expected[i].rank) << expected[i].id;
    EXPECT_NEAR(ranking[i].at("score").get<double>(), expected[i].score, tolerance) << expected[i].id;
  }
}

// The ranked provider `id`'s detail `name` (a VIKOR S, a PROMETHEE phi_plus ...).
inline double detail_of(const nlohmann::json& result, const std::string& id, const std::string& name) {
  for (const auto& p : result.at("ranking"))
    if (p.at("id") == id) return p.at("details").at(name).get<double>();
  ADD_FAILURE() << "no ranked provider " << id;
  return 0;
}

}  // namespace criterio::testing
