// `criterio diff OLD.json NEW.json` through the real binary: two rankings of
// the hosting example (default weights, then the small-business profile),
// results edited to add, remove and exclude providers, --fail-on-change, and
// inputs that are not rankings.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

class CliDiff : public ::testing::Test {
 protected:
  void SetUp() override {
    before = ranking({});
    after = ranking({"--profile", "small-business"});
  }

  json ranking(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"rank", k_example, "-f", "json", "-q"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }

  std::string write(const std::string& name, const json& j) const {
    const std::string path = dir.path() + "/" + name;
    write_file(path, j.dump(2));
    return path;
  }

  json diff_json(const json& a, const json& b, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"diff", write("a.json", a), write("b.json", b), "-f", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }

  static const json& entry(const json& diff, const std::string& id) {
    for (const auto& p : diff.at("providers"))
      if (p.at("id") == id) return p;
    ADD_FAILURE() << "no " << id;
    static const json none = json::object();
    return none;
  }

  TempDir dir;
  json before, after;
};

TEST_F(CliDiff, ARankingAgainstItselfHasNoChange) {
  const json d = diff_json(before, before);
  EXPECT_FALSE(d.at("changed").get<bool>());
  for (const auto& p : d.at("providers")) EXPECT_EQ(p.at("status"), "unchanged") << p.dump();
  const RunResult r = run({"diff", write("a.json", before), write("b.json", before), "--fail-on-change"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "no change")) << r.out;
}

TEST_F(CliDiff, MovesComeWithTheirRanksScoresAndCauses) {
  const json d = diff_json(before, after);
  EXPECT_TRUE(d.at("changed").get<bool>());
  std::size_t moved = 0;
  for (const auto& p : d.at("providers")) {
    if (p.at("status") != "moved") continue;
    ++moved;
    const json* old_entry = nullptr;
    const json* new_entry = nullptr;
    for (const auto& q : before.at("ranking"))
      if (q.at("id") == p.at("id")) old_entry = &q;
    for (const auto& q : after.at("ranking"))
      if (q.at("id") == p.at("id")) new_entry = &q;
    ASSERT_TRUE(old_entry && new_entry);
    EXPECT_EQ(p.at("old_rank"), old_entry->at("rank"));
    EXPECT_EQ(p.at("new_rank"), new_entry->at("rank"));
    EXPECT_EQ(p.at("old_score"), old_entry->at("score"));
    EXPECT_EQ(p.at("new_score"), new_entry->at("score"));
    // The causes are the largest contribution changes, largest first.
    ASSERT_FALSE(p.at("causes").empty());
    double previous = 1e300;
    for (const auto& c : p.at("causes")) {
      const double change = std::abs(c.at("change").get<double>());
      EXPECT_LE(change, previous);
      previous = change;
    }
  }
  EXPECT_GT(moved, 0u) << "the small-business profile reorders the top (README: Meadow, then Harbor, then Nimbus)";
  const RunResult failing = run({"diff", write("a.json", before), write("b.json", after), "--fail-on-change", "-q"});
  EXPECT_EQ(failing.exit_code, 1);
}

TEST_F(CliDiff, AddedRemovedExcludedAndReadmitted) {
  json fewer = before;
  const json dropped = fewer["ranking"][2];
  fewer["ranking"].erase(2);
  json excluded_now = before;
  excluded_now["excluded"].push_back({{"id", dropped["id"]}, {"name", dropped["name"]}, {"reasons", {"test"}}});
  excluded_now["ranking"].erase(2);
  EXPECT_EQ(entry(diff_json(fewer, before), dropped["id"]).at("status"), "added");
  EXPECT_EQ(entry(diff_json(before, fewer), dropped["id"]).at("status"), "removed");
  EXPECT_EQ(entry(diff_json(before, excluded_now), dropped["id"]).at("status"), "excluded");
  EXPECT_EQ(entry(diff_json(excluded_now, before), dropped["id"]).at("status"), "readmitted");
  // cheapo stays excluded throughout.
  EXPECT_EQ(entry(diff_json(before, after), "cheapo").at("status"), "unchanged");
}

TEST_F(CliDiff, ToleranceIgnoresTinyScoreChanges) {
  json nudged = before;
  nudged["ranking"][0]["score"] = before["ranking"][0]["score"].get<double>() + 1e-6;
  const std::string id = before["ranking"][0]["id"];
  EXPECT_EQ(entry(diff_json(before, nudged), id).at("status"), "rescored");
  EXPECT_EQ(entry(diff_json(before, nudged, {"--tolerance", "1e-5"}), id).at("status"), "unchanged");
}

TEST_F(CliDiff, TableAndMarkdownNameTheChanges) {
  const std::string a = write("a.json", before), b = write("b.json", after);
  const RunResult table = run({"diff", a, b});
  EXPECT_EQ(table.exit_code, 0) << table.err;
  EXPECT_TRUE(contains(table.out, "moved")) << table.out;
  const RunResult markdown = run({"diff", a, b, "-f", "markdown"});
  EXPECT_TRUE(contains(markdown.out, "| Provider | Status | Rank | Move | Score | Criteria behind it |")) << markdown.out;
  const RunResult csv = run({"diff", a, b, "-f", "csv"});
  const auto rows = parse_csv(csv.out);
  ASSERT_EQ(rows.size(), 1 + before["ranking"].size() + before["excluded"].size());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "status", "old_rank", "new_rank", "old_score", "new_score", "causes"}));
}

TEST_F(CliDiff, InputsThatAreNotRankings) {
  const std::string good = write("good.json", before);
  const RunResult weights = run({"diff", good, "tests/data/ahp/saaty_house.yaml"});
  EXPECT_EQ(weights.exit_code, 3) << weights.err;
  json other_version = before;
  other_version["schema_version"] = 2;
  const std::string v2 = write("v2.json", other_version);
  const std::string text = read_file(v2);
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(text.find("\"schema_version\"")), '\n');
  const RunResult version = run({"diff", good, v2});
  EXPECT_EQ(version.exit_code, 3);
  EXPECT_TRUE(contains(version.err, "v2.json:" + std::to_string(line) + ":21: error: schema_version \"2\" is not 1"))
      << version.err;
  const json weights_doc = json::parse(run({"weights", "tests/data/ahp/saaty_house.yaml", "-f", "json"}).out);
  const RunResult kind = run({"diff", good, write("w.json", weights_doc)});
  EXPECT_EQ(kind.exit_code, 3);
  EXPECT_TRUE(contains(kind.err, "this is a weights document")) << kind.err;
  json no_ranking = before;
  no_ranking.erase("ranking");
  const RunResult missing_key = run({"diff", good, write("n.json", no_ranking)});
  EXPECT_EQ(missing_key.exit_code, 3);
  EXPECT_TRUE(contains(missing_key.err, "ranking")) << missing_key.err;
  EXPECT_EQ(run({"diff", good, dir.path() + "/absent.json"}).exit_code, 4);
  write_file(dir.path() + "/broken.json", "{\"schema_version\": 1,");
  EXPECT_EQ(run({"diff", good, dir.path() + "/broken.json"}).exit_code, 3);
  EXPECT_EQ(run({"diff", good}).exit_code, 2);
}

}  // namespace
}  // namespace criterio::testing
