#include <gtest/gtest.h>

#include "cli/run.hpp"

namespace criterio::testing {
namespace {

TEST(Cli, RanksTheBundledExample) {
  const RunResult r = run({"rank", "examples/hosting/providers.yaml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Excluded"), std::string::npos);
}

}  // namespace
}  // namespace criterio::testing
