#include "criterio/output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include "criterio/diagnostics.hpp"
#include "io/temporaries.hpp"

namespace criterio {

namespace {

constexpr int k_max_links = 40;  // the kernel's own limit for one path

[[noreturn]] void io_failure(const std::string& path, const std::string& what, int error = 0) {
  throw Error(ExitCode::io_error, SourceLocation{path, 0, 0}, error != 0 ? what + ": " + std::strerror(error) : what);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// What an output path names once its symbolic links are followed.
struct Target {
  std::string path;                 // the last link's target, or the path itself
  std::optional<struct stat> info;  // nullopt: nothing there yet
  int descriptor = -1;              // a name for this open descriptor of ours
};

// N for the names of this process's open descriptor N: /dev/fd/N and
// /proc/self/fd/N (where /dev/stdout leads). They are links the kernel
// resolves to the open file, which may be a pipe no path names, and writing
// to the descriptor is what the user means.
std::optional<int> descriptor_named(std::string_view path) {
  const std::string own = "/proc/" + std::to_string(::getpid()) + "/fd/";
  for (const std::string_view prefix : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
                                        std::string_view("/proc/thread-self/fd/"), std::string_view(own)}) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view digits = path.substr(prefix.size());
    int fd = -1;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (!digits.empty() && error == std::errc() && end == digits.data() + digits.size() && fd >= 0) return fd;
  }
  return std::nullopt;
}

// Where the link `link` points, a relative target taken from the link's directory.
std::string link_target(const std::string& link, const std::string& path) {
  char buffer[PATH_MAX];
  const ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
  if (n < 0 || n == static_cast<ssize_t>(sizeof buffer))
    io_failure(path, "cannot follow the symbolic link " + link, n < 0 ? errno : ENAMETOOLONG);
  const std::string target(buffer, static_cast<std::size_t>(n));
  const auto slash = link.rfind('/');
  return target.starts_with('/') || slash == std::string::npos ? target : link.substr(0, slash + 1) + target;
}

Target resolve(const std::string& path) {
  std::string current = path;
  for (int links = 0; links <= k_max_links; ++links) {
    if (const auto fd = descriptor_named(current)) return {current, std::nullopt, *fd};
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) return {current, std::nullopt, -1};
      io_failure(path, "cannot examine the output", errno);
    }
    if (!S_ISLNK(info.st_mode)) return {current, info, -1};
    current = link_target(current, path);
  }
  io_failure(path, "cannot follow the symbolic links", ELOOP);
}

void refuse_unless_writable(mode_t mode, const std::string& path) {
  if (S_ISDIR(mode)) io_failure(path, "is a directory; name a file to write");
  if (S_ISBLK(mode)) io_failure(path, "is a block device; criterio does not write to disks or partitions");
}

// The permission bits of `existing`, and its owner and group where this
// user may set them.
void keep_attributes(int fd, const struct stat& existing) {
  // Giving a file to another user takes root; a member of its group may
  // still keep the group. Refused, the file is this user's, like one they create.
  if (::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
    [[maybe_unused]] const int refused = ::fchown(fd, static_cast<uid_t>(-1), existing.st_gid);
  }
  ::fchmod(fd, existing.st_mode & 07777);  // after fchown, which clears the set-ID bits
}

mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// The temporary that will replace the regular file (or nothing) at `target`.
int create_temporary(const Target& target, const std::string& path, std::string& temporary, int& guard) {
  const auto slash = target.path.rfind('/');
  const std::string name = slash == std::string::npos ? target.path : target.path.substr(slash + 1);
  const int fd = create_guarded_temporary(temporary_pattern(directory_of(target.path), name), temporary, guard);
  if (fd < 0) io_failure(path, "cannot create a temporary file beside the output", errno);
  if (target.info) keep_attributes(fd, *target.info);
  else ::fchmod(fd, 0666 & ~current_umask());
  return fd;
}

int connect_socket(const std::string& path) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.size() >= sizeof address.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) return fd;
  const int error = errno;
  ::close(fd);
  errno = error;
  return -1;
}

// A FIFO, a character device or a socket, opened to be written through.
int open_through(const Target& target, const std::string& path) {
  const mode_t type = target.info->st_mode & S_IFMT;
  refuse_unless_writable(type, path);
  const int fd = S_ISSOCK(type) ? connect_socket(target.path)
                                : ::open(target.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) io_failure(path, "cannot open the output for writing", errno);
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || (opened.st_mode & S_IFMT) != type) {
    ::close(fd);
    io_failure(path, "changed while it was being opened; try again");
  }
  return fd;
}

int duplicate_descriptor(int descriptor, const std::string& path) {
  const std::string names = "names descriptor " + std::to_string(descriptor);
  const int fd = ::fcntl(descriptor, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) io_failure(path, names + ", which is not open", errno);
  struct stat info {};
  const int flags = ::fcntl(fd, F_GETFL);
  const bool writable = ::fstat(fd, &info) == 0 && flags >= 0 && (flags & O_ACCMODE) != O_RDONLY;
  if (!writable || S_ISDIR(info.st_mode) || S_ISBLK(info.st_mode)) ::close(fd);
  if (!writable) io_failure(path, names + ", which is not open for writing");
  refuse_unless_writable(info.st_mode, path);
  return fd;
}

}  // namespace

OutputFile::OutputFile(std::string path) : m_path(std::move(path)) {
  if (m_path == "-") {
    m_fd = STDOUT_FILENO;
    return;
  }
  const Target target = resolve(m_path);
  if (target.descriptor >= 0) {
    m_fd = duplicate_descriptor(target.descriptor, m_path);
  } else if (!target.info || S_ISREG(target.info->st_mode)) {
    m_target = target.path;
    m_fd = create_temporary(target, m_path, m_temporary, m_guard);
  } else {
    m_fd = open_through(target, m_path);
  }
}

OutputFile::~OutputFile() { discard(); }

void OutputFile::write(std::string_view piece) {
  if (!write_all(m_fd, piece)) fail("cannot write");
}

void OutputFile::commit() {
  if (m_path == "-" || m_fd < 0) return;  // standard output, or committed: every piece is written
  const bool synced = m_temporary.empty() || ::fsync(m_fd) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(m_fd) == 0;
  m_fd = -1;
  if (!synced || !closed) {
    errno = synced ? errno : sync_errno;
    fail("cannot write");
  }
  if (m_temporary.empty()) return;  // written through
  if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) fail("cannot replace the output file");
  m_temporary.clear();
  release_guarded_temporary(std::exchange(m_guard, -1));
}

// Closes what is ours and removes the temporary file, if any.
void OutputFile::discard() noexcept {
  if (m_fd >= 0 && m_path != "-") ::close(m_fd);
  m_fd = -1;
  if (m_temporary.empty()) return;
  ::unlink(m_temporary.c_str());
  m_temporary.clear();
  release_guarded_temporary(std::exchange(m_guard, -1));
}

// Discards the output (keeping errno for the message) and throws.
void OutputFile::fail(const std::string& what) {
  const int error = errno;
  discard();
  io_failure(m_path == "-" ? "<stdout>" : m_path, what, error);
}

void write_output(const std::string& path, std::string_view content) {
  OutputFile file(path);
  file.write(content);
  file.commit();
}

std::vector<std::string> remove_stale_temporaries(const std::string& path) {
  if (path == "-") return {};
  std::optional<Target> target;
  try {
    target = resolve(path);
  } catch (const Error&) {
    return {};  // OutputFile says what is wrong with the path
  }
  if (target->descriptor >= 0 || (target->info && !S_ISREG(target->info->st_mode))) return {};
  return remove_stale_temporaries_in(directory_of(target->path));
}

}  // namespace criterio
