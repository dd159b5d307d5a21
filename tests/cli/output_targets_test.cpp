// What -o names decides how it is written: devices are written through and
// stay devices, links stay links, no file this run read is ever replaced,
// and temporaries left by killed runs are cleaned up with a note.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "support/dead_process.hpp"

namespace criterio::testing {
namespace {

const std::string k_criteria =
    "title: Two criteria\ncriteria:\n  - id: price\n    name: Price\n    direction: cost\n"
    "  - id: quality\n    name: Quality\n";
const std::string k_providers =
    "criteria: criteria.yaml\nproviders:\n  - id: a\n    values: {price: 3, quality: 4}\n"
    "  - id: b\n    values: {price: 4, quality: 5}\n";

// Runs the binary in `dir` with standard input read from the file `input`,
// and standard output and error into files there.
RunResult run_with_stdin_from(const std::string& input, const std::vector<std::string>& args, const TempDir& dir) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int in = ::open(input.c_str(), O_RDONLY);
    const int out = ::open((dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = ::open((dir / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || ::dup2(in, STDIN_FILENO) < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0)
      ::_exit(127);
    std::vector<std::string> copies = args;
    std::vector<char*> argv = {const_cast<char*>(CRITERIO_BINARY)};
    for (auto& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(CRITERIO_BINARY, argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  result.out = read_file(dir / "stdout");
  result.err = read_file(dir / "stderr");
  return result;
}

struct stat status_of(const std::string& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info;
}

TEST(CliOutputTargets, DevNullIsWrittenThroughAndStaysACharacterDevice) {
  const struct stat before = status_of("/dev/null");
  ASSERT_TRUE(S_ISCHR(before.st_mode));
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", "/dev/null"});
  expect_success(r);
  EXPECT_EQ(r.out, "");
  const struct stat after = status_of("/dev/null");
  EXPECT_TRUE(S_ISCHR(after.st_mode));
  EXPECT_EQ(after.st_rdev, before.st_rdev);
  EXPECT_EQ(after.st_ino, before.st_ino) << "/dev/null was replaced";
}

TEST(CliOutputTargets, DevStdoutIsStandardOutput) {
  const RunResult direct = run({"rank", k_example, "-f", "json"});
  expect_success(direct);
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", "/dev/stdout"});
  expect_success(r);
  EXPECT_EQ(r.out, direct.out);
}

TEST(CliOutputTargets, ASymlinkStaysASymlinkToTheNewResult) {
  TempDir dir;
  write_file(dir / "result.json", "old");
  ASSERT_EQ(::symlink("result.json", (dir / "latest.json").c_str()), 0);
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", dir / "latest.json"});
  expect_success(r);
  EXPECT_TRUE(S_ISLNK(status_of(dir / "latest.json").st_mode));
  EXPECT_TRUE(contains(read_file(dir / "result.json"), "\"ranking\"")) << read_file(dir / "result.json");
  EXPECT_EQ(directory_listing(dir.path()), (std::vector<std::string>{"latest.json", "result.json"}));
}

TEST(CliOutputInputs, TheCriteriaFileAProvidersFileNamesIsNeverReplaced) {
  TempDir dir;
  write_file(dir / "criteria.yaml", k_criteria);
  write_file(dir / "providers.yaml", k_providers);
  ASSERT_EQ(::symlink("criteria.yaml", (dir / "alias.yaml").c_str()), 0);
  for (const std::string output : {"criteria.yaml", "alias.yaml"}) {
    SCOPED_TRACE(output);
    const RunResult r = run({"rank", dir / "providers.yaml", "-f", "json", "-o", dir / output});
    expect_clean_failure(r, 2);
    EXPECT_TRUE(contains(r.err, "-o " + dir / output + " is the input file " + dir / "criteria.yaml")) << r.err;
    EXPECT_EQ(read_file(dir / "criteria.yaml"), k_criteria);
  }
  EXPECT_EQ(directory_listing(dir.path()), (std::vector<std::string>{"alias.yaml", "criteria.yaml", "providers.yaml"}));
}

TEST(CliOutputInputs, StandardInputIsNeverReplacedByTheOutput) {
  TempDir dir;
  write_file(dir / "criteria.yaml", k_criteria);
  const std::string providers = "criteria: " + dir / "criteria.yaml\n" + k_providers.substr(k_providers.find('\n') + 1);
  write_file(dir / "providers.yaml", providers);
  const RunResult r =
      run_with_stdin_from(dir / "providers.yaml", {"rank", "-", "-f", "json", "-o", dir / "providers.yaml"}, dir);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "is the input file standard input")) << r.err;
  EXPECT_EQ(read_file(dir / "providers.yaml"), providers);
  // Standard input from another file is fine.
  const RunResult other =
      run_with_stdin_from(dir / "providers.yaml", {"rank", "-", "-f", "json", "-o", dir / "result.json"}, dir);
  EXPECT_EQ(other.exit_code, 0) << other.err;
}

TEST(CliOutputStaleTemporaries, AreRemovedWithANoteWhenTheirProcessIsGone) {
  TempDir dir;
  const std::string stale = ".result.json.criterio-" + std::to_string(dead_process()) + "-Ab12Cd";
  const std::string live = ".result.json.criterio-" + std::to_string(::getpid()) + "-Ab12Cd";
  write_file(dir / stale, "{\"half\":");
  write_file(dir / live, "{\"being written");
  const RunResult r = run({"rank", k_example, "-f", "json", "-o", dir / "result.json"});
  expect_success(r);
  EXPECT_TRUE(contains(r.err, dir / stale + ": warning: removed this temporary file")) << r.err;
  EXPECT_FALSE(contains(r.err, live)) << r.err;
  EXPECT_EQ(directory_listing(dir.path()), (std::vector<std::string>{live, "result.json"}));
  // -q removes them as well, silently.
  write_file(dir / stale, "{\"half\":");
  const RunResult quiet = run({"-q", "rank", k_example, "-f", "json", "-o", dir / "result.json"});
  expect_success(quiet);
  EXPECT_EQ(quiet.err, "");
  EXPECT_FALSE(file_exists(dir / stale));
}

}  // namespace
}  // namespace criterio::testing
