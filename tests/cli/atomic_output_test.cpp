// Nothing lost: output goes to a temporary file beside the target and is
// renamed over it only when complete. A run that fails for want of disk space
// or is killed while writing leaves an existing output file as it was; one
// ended by SIGTERM removes its temporary, and the next run removes those of
// runs that could not (SIGKILL). (Failures on bad input are in output_test.cpp.)

#include <gtest/gtest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

const std::string k_original = "{\"previous\": \"run\"}\n";

// A spreadsheet big enough that writing its JSON ranking takes a while.
void write_big_csv(const std::string& path, int rows) {
  std::string csv = "id,price,uptime,support\n";
  for (int r = 0; r < rows; ++r)
    csv += "p" + std::to_string(r) + "," + std::to_string(10 + r % 90) + "," + std::to_string(99 + (r % 10) / 10.0) +
           "," + std::to_string(1 + r % 5) + "\n";
  write_file(path, csv);
}

// Starts the binary with standard output and error into files in `dir`, the
// file size limit set to `max_file_bytes` (0: none) and SIGXFSZ ignored, so
// that a write past the limit fails with EFBIG as on a full disk.
pid_t start(const std::vector<std::string>& args, const TempDir& dir, rlim_t max_file_bytes = 0) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  const int out = ::open((dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const int err = ::open((dir / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ::dup2(out, STDOUT_FILENO);
  ::dup2(err, STDERR_FILENO);
  if (max_file_bytes > 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{max_file_bytes, max_file_bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  std::vector<char*> argv;
  std::string binary = CRITERIO_BINARY;
  argv.push_back(binary.data());
  std::vector<std::string> copies = args;
  for (auto& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  ::execv(binary.c_str(), argv.data());
  ::_exit(127);
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// ".NAME.criterio-PID-XXXXXX"
std::vector<std::string> temporaries_in(const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& name : directory_listing(dir))
    if (name.starts_with(".") && contains(name, ".criterio-")) found.push_back(name);
  return found;
}

TEST(CliAtomicOutput, AFullDiskLeavesTheExistingFileAndNoTemporary) {
  TempDir dir, out;
  write_big_csv(dir / "big.csv", 5000);
  write_file(out / "result.json", k_original);
  // About 2 MB of JSON into at most 64 KiB a file: the write fails part way.
  const pid_t pid = start({"rank", dir / "big.csv", "-f", "json", "-o", out / "result.json"}, dir, 64 << 10);
  const int status = wait_for(pid);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 4);
  const std::string err = read_file(dir / "stderr");
  EXPECT_TRUE(contains(err, "result.json: error: cannot write: File too large")) << err;
  EXPECT_EQ(read_file(dir / "stdout"), "");
  EXPECT_EQ(read_file(out / "result.json"), k_original);
  EXPECT_EQ(temporaries_in(out.path()), std::vector<std::string>{});
}

TEST(CliAtomicOutput, AKilledRunLeavesTheOldFileOrTheWholeNewOneNeverPartOfIt) {
  TempDir dir, out;
  write_big_csv(dir / "big.csv", 100'000);
  const std::vector<std::string> args = {"rank", dir / "big.csv", "-f", "json", "-o", out / "result.json"};
  const RunResult reference = run({"rank", dir / "big.csv", "-f", "json"}, "", CRITERIO_SOURCE_DIR, 60);
  ASSERT_EQ(reference.exit_code, 0) << describe(reference);
  ASSERT_GT(reference.out.size(), 1'000'000u);

  int killed_while_running = 0;
  for (int attempt = 0; attempt < 12; ++attempt) {
    write_file(out / "result.json", k_original);
    const pid_t pid = start(args, dir);
    // From 20 ms to about a second: before, during and after the write.
    const long delay_ms = 20 + attempt * 90;
    const timespec pause{delay_ms / 1000, (delay_ms % 1000) * 1'000'000};
    ::nanosleep(&pause, nullptr);
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    if (WIFSIGNALED(status)) ++killed_while_running;
    const std::string after = read_file(out / "result.json");
    SCOPED_TRACE("killed after " + std::to_string(delay_ms) + " ms");
    EXPECT_TRUE(after == k_original || after == reference.out)
        << "a partial file of " << after.size() << " bytes (the whole one has " << reference.out.size() << ")";
    // A killed run cannot remove its temporary: the next one does.
    EXPECT_LE(temporaries_in(out.path()).size(), 1u);
  }
  EXPECT_GT(killed_while_running, 0) << "every run ended before it was killed: the test proved nothing";
  const RunResult next = run({"rank", k_suppliers, "-o", out / "result.json"});
  expect_success(next);
  EXPECT_EQ(temporaries_in(out.path()), std::vector<std::string>{}) << next.err;
}

// The run is sent SIGTERM as soon as its temporary appears, while it streams
// a large CSV ranking into it.
TEST(CliAtomicOutput, ARunEndedBySigtermRemovesItsTemporaryAndDiesOfIt) {
  TempDir dir, out;
  write_big_csv(dir / "big.csv", 100'000);
  write_file(out / "result.csv", k_original);
  const int watch = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, out.path().c_str(), IN_CREATE), 0);
  const pid_t pid = start({"rank", dir / "big.csv", "-f", "csv", "-o", out / "result.csv"}, dir);
  pollfd created{watch, POLLIN, 0};
  const bool appeared = ::poll(&created, 1, 60'000) == 1;
  ::kill(pid, appeared ? SIGTERM : SIGKILL);
  ::close(watch);
  ASSERT_TRUE(appeared) << "no temporary appeared within a minute";
  const int status = wait_for(pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before SIGTERM reached it; status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  EXPECT_EQ(temporaries_in(out.path()), std::vector<std::string>{});
  EXPECT_EQ(read_file(out / "result.csv"), k_original);
}

}  // namespace
}  // namespace criterio::testing
