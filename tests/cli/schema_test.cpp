// `criterio schema [NAME]` through the real binary: each embedded schema is
// draft-07 JSON with its $id, byte for byte the file in schemas/; the listing;
// -o; an unknown name is a usage error with a suggestion. Whether the schemas
// describe the files and outputs is tests/schema/validate.py's job.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> k_names = {"criteria", "providers", "result"};

TEST(CliSchema, CriteriaIsDraft07JsonWithItsId) {
  const RunResult r = run({"schema", "criteria"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const json schema = json::parse(r.out);
  EXPECT_EQ(schema["$schema"], "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(schema["$id"], "https://criterio.dev/schemas/criteria.schema.json");
  EXPECT_EQ(schema["required"], json({"title", "criteria"}));
}

TEST(CliSchema, EveryNamePrintsItsFileByteForByte) {
  for (const auto& name : k_names) {
    const RunResult r = run({"schema", name});
    ASSERT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_EQ(r.out, read_file(source_path("schemas/" + name + ".schema.json"))) << name;
    EXPECT_EQ(json::parse(r.out)["$id"], "https://criterio.dev/schemas/" + name + ".schema.json");
  }
}

TEST(CliSchema, WithoutANameListsOneLineEach) {
  const RunResult r = run({"schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), k_names.size()) << r.out;
  for (std::size_t k = 0; k < k_names.size(); ++k) EXPECT_TRUE(lines[k].starts_with(k_names[k] + " ")) << lines[k];
}

TEST(CliSchema, UnknownNameIsAUsageErrorWithASuggestion) {
  const RunResult r = run({"schema", "provider"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "unknown schema \"provider\"")) << r.err;
  EXPECT_TRUE(contains(r.err, "did you mean 'providers'")) << r.err;
}

TEST(CliSchema, OutputOptionWritesTheFile) {
  TempDir dir;
  const std::string path = dir.path() + "/result.schema.json";
  const RunResult r = run({"schema", "result", "-o", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(path), read_file(source_path("schemas/result.schema.json")));
}

}  // namespace
}  // namespace criterio::testing
