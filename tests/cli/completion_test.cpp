// Shell completions: the scripts `criterio completion bash|zsh|fish` prints
// parse in their shells, offer what the command tree has (checked against
// each command's --help, an independent listing), and complete for real in
// bash and fish (zsh has no way to ask for completions outside a terminal,
// so its script is checked for syntax and content).

#include <gtest/gtest.h>

#include <cstdio>
#include <regex>
#include <set>

#include "cli/cli_support.hpp"
#include "support/temp_dir.hpp"

namespace criterio::testing {
namespace {

const std::vector<std::string> k_commands = {"rank",    "explain", "compare", "validate", "weights",   "diff",
                                             "sensitivity", "catalog", "schema", "init", "completion"};

// Runs `command` in /bin/sh; its standard output, and whether it exited 0.
std::pair<std::string, bool> shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return {out, false};
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  return {out, ::pclose(pipe) == 0};
}

std::string script(const std::string& shell_name, const TempDir& dir) {
  const RunResult r = run({"completion", shell_name});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return dir.write("criterio." + shell_name, r.out);
}

// The long options a command's --help lists.
std::set<std::string> help_options(const std::string& command) {
  const RunResult r = run_wide({command, "--help"});
  std::set<std::string> options;
  const std::regex option("(^|[ ,])(--[a-z][a-z-]*)");
  for (const auto& line : lines_of(r.out))
    for (std::sregex_iterator it(line.begin(), line.end(), option), end; it != end; ++it) options.insert((*it)[2]);
  return options;
}

// Completes the words after `criterio` in bash, as a user pressing tab
// after the last one ("" for a new word).
std::string bash_complete(const TempDir& dir, const std::string& script_path, const std::vector<std::string>& words) {
  const std::string driver = dir.write("complete.sh",
                                       "source \"$1\"; shift\n"
                                       "COMP_WORDS=(criterio \"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                       "_criterio; echo \"${COMPREPLY[*]}\"\n");
  std::string command = "cd " + k_source + " && bash " + driver + " " + script_path;
  for (const auto& w : words) command += " '" + w + "'";
  const auto [out, ok] = shell(command);
  EXPECT_TRUE(ok) << command;
  return out.substr(0, out.find('\n'));
}

TEST(CliCompletion, BashScriptParsesAndCompletes) {
  TempDir dir;
  const std::string path = script("bash", dir);
  EXPECT_TRUE(shell("bash -n " + path).second);
  const auto complete = [&](const std::vector<std::string>& words) { return bash_complete(dir, path, words); };
  EXPECT_EQ(complete({"ra"}), "rank");
  EXPECT_EQ(complete({"-q", "sens"}), "sensitivity");
  EXPECT_EQ(complete({"rank", "-f", ""}), "table json csv markdown md html xlsx");
  EXPECT_EQ(complete({"rank", "--meth"}), "--method --methods");
  EXPECT_EQ(complete({"rank", "-m", "tops"}), "topsis");
  EXPECT_EQ(complete({"sensitivity", "--analyses", ""}), "stability what-it-takes reversal smaa");
  EXPECT_EQ(complete({"catalog", ""}), "hosting it-support");
  EXPECT_EQ(complete({"schema", ""}), "criteria providers result");
  EXPECT_EQ(complete({"--col"}), "--color");
  // A positional of rank is a file: the examples directory is offered.
  EXPECT_EQ(complete({"rank", "exam"}), "examples");
}

TEST(CliCompletion, EveryCommandAndOptionIsOffered) {
  for (const std::string shell_name : {"bash", "zsh", "fish"}) {
    const RunResult r = run({"completion", shell_name});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
    for (const auto& command : k_commands) {
      EXPECT_TRUE(contains(r.out, command)) << shell_name << ": " << command;
      for (const auto& option : help_options(command)) {
        // bash lists --name, zsh {-x,--name} or --name, fish "-l name".
        const std::string fish_form = "-l " + option.substr(2);
        EXPECT_TRUE(contains(r.out, option) || (shell_name == "fish" && contains(r.out, fish_form)))
            << shell_name << ": " << command << " " << option;
      }
    }
  }
}

TEST(CliCompletion, ZshScriptParses) {
  if (!shell("command -v zsh").second) GTEST_FAIL() << "zsh is not installed; scripts/install-deps.sh installs it";
  TempDir dir;
  const std::string path = script("zsh", dir);
  EXPECT_TRUE(shell("zsh -n " + path).second);
  EXPECT_TRUE(read_file(path).starts_with("#compdef criterio\n"));
}

TEST(CliCompletion, FishScriptParsesAndCompletes) {
  if (!shell("command -v fish").second) GTEST_FAIL() << "fish is not installed; scripts/install-deps.sh installs it";
  TempDir dir;
  const std::string path = script("fish", dir);
  EXPECT_TRUE(shell("fish --no-execute " + path).second);
  const auto complete = [&](const std::string& line) {
    return shell("fish -c 'source " + path + "; complete -C\"" + line + "\"' | cut -f1 | tr '\\n' ' '").first;
  };
  EXPECT_EQ(complete("criterio rank -f "), "csv html json markdown md table xlsx ");
  EXPECT_TRUE(contains(complete("criterio sen"), "sensitivity"));
  EXPECT_EQ(complete("criterio rank -m tops"), "topsis ");
  EXPECT_EQ(complete("criterio init --template "), "hosting it-support ");
}

TEST(CliCompletion, UnknownShellIsAUsageErrorAndOutputIsAtomic) {
  expect_clean_failure(run({"completion", "tcsh"}), 2);
  TempDir dir;
  const std::string path = dir.path("criterio.bash");
  const RunResult r = run({"completion", "bash", "-o", path});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(read_file(path), run({"completion", "bash"}).out);
}

}  // namespace
}  // namespace criterio::testing
