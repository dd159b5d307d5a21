// -f xlsx end to end: a workbook to a file or a pipe, never to a terminal,
// and a usage error from the commands that give none. The cells themselves
// are checked by the XlsxRecalc test (openpyxl and LibreOffice).

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

bool is_zip(const std::string& bytes) { return bytes.rfind("PK\x03\x04", 0) == 0; }

TEST(CliXlsx, RankWritesAWorkbookToAFileAndToAPipe) {
  TempDir dir;
  const std::string path = dir.path() + "/ranking.xlsx";
  const RunResult to_file = run({"rank", k_example, "-f", "xlsx", "-o", path});
  ASSERT_EQ(to_file.exit_code, 0) << describe(to_file);
  EXPECT_TRUE(to_file.out.empty());
  EXPECT_TRUE(is_zip(read_file(path)));
  const RunResult to_pipe = run({"rank", k_example, "-f", "xlsx"});
  ASSERT_EQ(to_pipe.exit_code, 0) << describe(to_pipe);
  EXPECT_EQ(to_pipe.out, read_file(path)) << "the same workbook, byte for byte";
}

TEST(CliXlsx, WeightsAndNonAdditiveMethodsGiveWorkbooks) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"weights", "criteria/hosting.yaml", "-f", "xlsx"},
        std::vector<std::string>{"rank", k_example, "-m", "topsis", "-f", "xlsx"},
        std::vector<std::string>{"rank", k_suppliers, "--weights", "1,1,1,1", "--directions", "+,+,-,+", "--top", "2",
                                 "-f", "xlsx"}}) {
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_TRUE(is_zip(r.out)) << args.front();
  }
}

TEST(CliXlsx, ATerminalIsRefused) {
  // script(1) (util-linux) gives the command a terminal for standard output.
  const std::string command = "script -qec '" + std::string(CRITERIO_BINARY) + " rank " + source_path(k_example) +
                              " -f xlsx' /dev/null 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int status = ::pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status)) << out;
  EXPECT_EQ(WEXITSTATUS(status), 2) << out;
  EXPECT_TRUE(contains(out, "-o FILE.xlsx")) << out;
  EXPECT_FALSE(contains(out, "PK")) << "no workbook bytes on the terminal";
}

TEST(CliXlsx, CommandsWithoutAWorkbookAreUsageErrors) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"explain", "nimbus", k_example, "-f", "xlsx"},
        std::vector<std::string>{"compare", "nimbus", "meadow", k_example, "-f", "xlsx"},
        std::vector<std::string>{"sensitivity", k_example, "-f", "xlsx"},
        std::vector<std::string>{"diff", k_example, k_example, "-f", "xlsx"}}) {
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_TRUE(contains(r.err, "`criterio rank` and `criterio weights`")) << describe(r);
    EXPECT_TRUE(r.out.empty());
  }
  for (const std::vector<std::string>& args : {std::vector<std::string>{"rank", k_example, "--methods", "all", "-f", "xlsx"},
                                               std::vector<std::string>{"rank", k_example, "--robustness", "-f", "xlsx"},
                                               std::vector<std::string>{"rank", k_example, "--brief", "-f", "xlsx"}}) {
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << describe(r);
    EXPECT_TRUE(r.out.empty()) << describe(r);
  }
}

}  // namespace
}  // namespace criterio::testing
