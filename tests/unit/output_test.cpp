// OutputFile: an output written in pieces replaces the old file only when
// committed; anything else leaves the old file and no temporary beside it.
// What is not a regular file is written through, never replaced; links are
// followed; a signal removes the temporary; stale temporaries are found.

#include "criterio/output.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "unit/test_support.hpp"
#include "support/dead_process.hpp"

namespace criterio {
namespace {

using testing::dead_process;

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const std::string& directory) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
  return count;
}

TEST(OutputFile, WritesThePiecesInOrderWhenCommitted) {
  testing::TempDir dir;
  const std::string path = dir.write("out.csv", "old");
  OutputFile file(path);
  file.write("a,b\r\n");
  file.write("");
  file.write("1,2\r\n");
  EXPECT_EQ(contents(path), "old");  // not before commit()
  file.commit();
  EXPECT_EQ(contents(path), "a,b\r\n1,2\r\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFile, DroppedWithoutCommitLeavesTheOldFileAndNoTemporary) {
  testing::TempDir dir;
  const std::string path = dir.write("out.csv", "old");
  try {
    OutputFile file(path);
    file.write("half of a new");
    throw std::runtime_error("rendering failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(contents(path), "old");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFile, CreatesAMissingFile) {
  testing::TempDir dir;
  const std::string path = dir / "new.csv";
  write_output(path, "x\n");
  EXPECT_EQ(contents(path), "x\n");
}

TEST(OutputFile, ADirectoryThatDoesNotExistIsAnIoErrorNamingThePath) {
  testing::TempDir dir;
  const std::string path = dir / "missing/out.csv";
  try {
    OutputFile file(path);
    FAIL() << "opened " << path;
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ExitCode::io_error);
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
  }
}

std::vector<std::string> names_in(const std::string& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

struct stat status_of(const std::string& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path << ": " << std::strerror(errno);
  return info;
}

mode_t permissions_of(const std::string& path) { return status_of(path).st_mode & 07777; }

std::string link_of(const std::string& path) {
  std::error_code error;
  return std::filesystem::read_symlink(path, error).string();
}

std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  return text;
}

sighandler_t handler_of(int signal) {
  struct sigaction action {};
  ::sigaction(signal, nullptr, &action);
  return action.sa_handler;
}

TEST(OutputFile, NamesItsTemporaryAfterTheFileAndThisProcess) {
  testing::TempDir dir;
  OutputFile file(dir / "out.csv");
  file.write("x");
  const auto names = names_in(dir.path());
  ASSERT_EQ(names.size(), 1u);
  const std::string prefix = ".out.csv.criterio-" + std::to_string(::getpid()) + "-";
  EXPECT_TRUE(names[0].starts_with(prefix)) << names[0];
  EXPECT_EQ(names[0].size(), prefix.size() + 6) << names[0];
  file.commit();
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
}

TEST(OutputFile, AReplacedFileKeepsItsMode) {
  testing::TempDir dir;
  for (const mode_t mode : {mode_t{0600}, mode_t{0751}}) {
    const std::string path = dir.write("out.csv", "old");
    ASSERT_EQ(::chmod(path.c_str(), mode), 0);
    write_output(path, "new");
    EXPECT_EQ(contents(path), "new");
    EXPECT_EQ(permissions_of(path), mode) << std::oct << permissions_of(path);
  }
}

TEST(OutputFile, ANewFileGetsTheModeTheUmaskLeaves) {
  testing::TempDir dir;
  const mode_t previous = ::umask(027);
  write_output(dir / "new.csv", "x");
  ::umask(previous);
  EXPECT_EQ(permissions_of(dir / "new.csv"), mode_t{0640}) << std::oct << permissions_of(dir / "new.csv");
}

TEST(OutputFile, AReplacedFileKeepsItsOwnerAndGroup) {
  if (::geteuid() != 0) GTEST_SKIP() << "giving a file to another user takes root; running as uid " << ::geteuid();
  testing::TempDir dir;
  const std::string path = dir.write("out.csv", "old");
  ASSERT_EQ(::chown(path.c_str(), 65534, 65534), 0) << std::strerror(errno);
  write_output(path, "new");
  EXPECT_EQ(status_of(path).st_uid, 65534u);
  EXPECT_EQ(status_of(path).st_gid, 65534u);
}

TEST(OutputFile, ReplacesWhatASymlinkPointsToAndKeepsTheLink) {
  testing::TempDir dir;
  const std::string real = dir.write("real.csv", "old");
  const std::string link = dir / "link.csv";
  ASSERT_EQ(::symlink("real.csv", link.c_str()), 0);
  write_output(link, "new");
  EXPECT_TRUE(S_ISLNK(status_of(link).st_mode));
  EXPECT_EQ(link_of(link), "real.csv");
  EXPECT_EQ(contents(real), "new");
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"link.csv", "real.csv"}));
}

TEST(OutputFile, FollowsAChainOfLinksAndWritesItsTemporaryBesideTheTarget) {
  testing::TempDir here, there;
  const std::string real = there.write("real.csv", "old");
  ASSERT_EQ(::symlink("real.csv", (there / "hop.csv").c_str()), 0);
  ASSERT_EQ(::symlink((there / "hop.csv").c_str(), (here / "link.csv").c_str()), 0);
  OutputFile file(here / "link.csv");
  file.write("new");
  EXPECT_EQ(names_in(here.path()), std::vector<std::string>{"link.csv"});
  EXPECT_EQ(names_in(there.path()).size(), 3u) << "the temporary goes where the rename happens";
  file.commit();
  EXPECT_EQ(contents(real), "new");
  EXPECT_EQ(link_of(here / "link.csv"), there / "hop.csv");
  EXPECT_EQ(link_of(there / "hop.csv"), "real.csv");
  EXPECT_EQ(names_in(there.path()), (std::vector<std::string>{"hop.csv", "real.csv"}));
}

TEST(OutputFile, ADanglingSymlinkGetsTheFileWhereItPoints) {
  testing::TempDir dir;
  const std::string link = dir / "link.csv";
  ASSERT_EQ(::symlink("made.csv", link.c_str()), 0);
  write_output(link, "new");
  EXPECT_TRUE(S_ISLNK(status_of(link).st_mode));
  EXPECT_EQ(contents(dir / "made.csv"), "new");
}

// The reading ends are open before the write and never block: had the FIFO
// or the socket been replaced, they would read nothing instead of hanging.
TEST(OutputFile, WritesThroughAFifoAndLeavesItAFifo) {
  testing::TempDir dir;
  const std::string fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  write_output(fifo, "through\n");
  EXPECT_EQ(read_all(reader), "through\n");
  EXPECT_TRUE(S_ISFIFO(status_of(fifo).st_mode));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"pipe"});
}

TEST(OutputFile, WritesThroughAUnixSocketAndLeavesItASocket) {
  testing::TempDir dir;
  const std::string path = dir / "sock";
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof address.sun_path);
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  const int server = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
  ASSERT_EQ(::bind(server, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0) << std::strerror(errno);
  ASSERT_EQ(::listen(server, 1), 0);
  write_output(path, "through\n");
  EXPECT_EQ(read_all(::accept(server, nullptr, nullptr)), "through\n");
  ::close(server);
  EXPECT_TRUE(S_ISSOCK(status_of(path).st_mode));
}

TEST(OutputFile, WritesToTheOpenDescriptorThatDevFdNames) {
  for (const std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    int ends[2];
    ASSERT_EQ(::pipe(ends), 0);
    EXPECT_NO_THROW(write_output(prefix + std::to_string(ends[1]), "piped")) << prefix;
    ::close(ends[1]);
    EXPECT_EQ(read_all(ends[0]), "piped") << prefix;
  }
}

TEST(OutputFile, WritesThroughACharacterDeviceAndLeavesIt) {
  if (::geteuid() != 0) GTEST_SKIP() << "creating a device node takes root; running as uid " << ::geteuid();
  testing::TempDir dir;
  const std::string node = dir / "null";
  // The same device as /dev/null, so that writing to it is harmless.
  if (::mknod(node.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0)
    GTEST_SKIP() << "mknod is not permitted here (" << std::strerror(errno) << ")";
  write_output(node, "discarded\n");
  EXPECT_TRUE(S_ISCHR(status_of(node).st_mode));
  EXPECT_EQ(status_of(node).st_rdev, ::makedev(1, 3));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"null"});
}

TEST(OutputFile, RefusesADirectoryNamingIt) {
  testing::TempDir dir;
  const auto d = testing::expect_error([&] { OutputFile file(dir.path()); }, ExitCode::io_error);
  EXPECT_EQ(d.where.file, dir.path());
  EXPECT_TRUE(testing::contains(d.message, "is a directory")) << d.message;
}

TEST(OutputFile, RefusesABlockDevice) {
  if (::geteuid() != 0) GTEST_SKIP() << "creating a device node takes root; running as uid " << ::geteuid();
  testing::TempDir dir;
  const std::string node = dir / "disk";
  // A loop device number no system has set up: nothing could be written to it.
  if (::mknod(node.c_str(), S_IFBLK | 0600, ::makedev(7, 250)) != 0)
    GTEST_SKIP() << "mknod is not permitted here (" << std::strerror(errno) << ")";
  const auto d = testing::expect_error([&] { OutputFile file(node); }, ExitCode::io_error);
  EXPECT_TRUE(testing::contains(d.message, "block device")) << d.message;
  EXPECT_TRUE(S_ISBLK(status_of(node).st_mode));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"disk"});
}

// The child writes part of a file and receives the signal; the parent
// checks how it ended and what it left.
TEST(OutputFile, ASignalRemovesTheTemporaryAndEndsTheProcessWithIt) {
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
    SCOPED_TRACE(::strsignal(signal));
    testing::TempDir dir;
    const std::string path = dir.write("out.csv", "old");
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      OutputFile file(path);
      file.write("half of a new");
      ::raise(signal);
      ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << "status " << status;
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
    EXPECT_EQ(contents(path), "old");
  }
}

TEST(OutputFile, HandlesSignalsOnlyWhileATemporaryExists) {
  testing::TempDir dir;
  ASSERT_EQ(handler_of(SIGTERM), SIG_DFL);
  {
    OutputFile file(dir / "out.csv");
    EXPECT_NE(handler_of(SIGTERM), SIG_DFL);
    EXPECT_NE(handler_of(SIGINT), SIG_DFL);
    file.commit();
    EXPECT_EQ(handler_of(SIGTERM), SIG_DFL);
    EXPECT_EQ(handler_of(SIGINT), SIG_DFL);
  }
  { OutputFile dropped(dir / "other.csv"); }
  EXPECT_EQ(handler_of(SIGHUP), SIG_DFL);
  OutputFile standard_output("-");
  EXPECT_EQ(handler_of(SIGTERM), SIG_DFL);
}

TEST(OutputFile, LeavesAnIgnoredSignalIgnored) {
  testing::TempDir dir;
  const sighandler_t previous = ::signal(SIGHUP, SIG_IGN);
  {
    OutputFile file(dir / "out.csv");
    EXPECT_EQ(handler_of(SIGHUP), SIG_IGN);
    EXPECT_NE(handler_of(SIGTERM), SIG_DFL);
  }
  EXPECT_EQ(handler_of(SIGHUP), SIG_IGN);
  ::signal(SIGHUP, previous);
}

TEST(OutputFileStaleTemporaries, RemovesOnlyOursWhoseProcessIsGone) {
  testing::TempDir dir;
  const std::string dead = std::to_string(dead_process()), alive = std::to_string(::getpid());
  const std::vector<std::string> stale = {".out.csv.criterio-" + dead + "-Ab12Cd", ".x.criterio-" + dead + "-zzzzzz"};
  const std::vector<std::string> kept = {
      ".out.csv.criterio-" + alive + "-Ab12Cd",     // a live process's
      ".out.csv.criterio-" + dead + "-Ab12C",       // not mkstemp's six letters
      ".out.csv.criterio-" + dead + "-Ab12Cd.bak",  // something else
      "out.csv.criterio-" + dead + "-Ab12Cd",       // not hidden
      ".out.csv.criterio-0" + dead + "-Ab12Cd",     // not a PID as written
      ".criterio-Ab12Cd",                           // no PID: whose it is cannot be told
      "out.csv",
  };
  for (const auto& name : stale) dir.write(name, "partial");
  for (const auto& name : kept) dir.write(name, "keep");
  ASSERT_EQ(::mkdir((dir / (".d.criterio-" + dead + "-Ab12Cd")).c_str(), 0700), 0);
  ASSERT_EQ(::symlink("out.csv", (dir / (".l.criterio-" + dead + "-Ab12Cd")).c_str()), 0);

  EXPECT_EQ(remove_stale_temporaries(dir / "out.csv"), (std::vector<std::string>{dir / stale[0], dir / stale[1]}));
  std::vector<std::string> left = kept;
  left.push_back(".d.criterio-" + dead + "-Ab12Cd");
  left.push_back(".l.criterio-" + dead + "-Ab12Cd");
  std::sort(left.begin(), left.end());
  EXPECT_EQ(names_in(dir.path()), left);
}

TEST(OutputFileStaleTemporaries, LooksWhereTheOutputIsWrittenAndNowhereForAFifo) {
  testing::TempDir here, there;
  const std::string stale = ".real.csv.criterio-" + std::to_string(dead_process()) + "-Ab12Cd";
  there.write(stale, "partial");
  ASSERT_EQ(::symlink((there / "real.csv").c_str(), (here / "link.csv").c_str()), 0);
  EXPECT_EQ(remove_stale_temporaries(here / "link.csv"), std::vector<std::string>{there / stale});
  there.write(stale, "partial");
  ASSERT_EQ(::mkfifo((there / "pipe").c_str(), 0600), 0);
  EXPECT_EQ(remove_stale_temporaries(there / "pipe"), std::vector<std::string>{});
  EXPECT_EQ(remove_stale_temporaries("-"), std::vector<std::string>{});
}

}  // namespace
}  // namespace criterio
