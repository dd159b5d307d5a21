#include "criterio/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "criterio/diagnostics.hpp"

namespace criterio {

namespace {

[[noreturn]] void write_failure(const std::string& path, const std::string& what) {
  throw Error(ExitCode::io_error, SourceLocation{path, 0, 0}, what + ": " + std::strerror(errno));
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

}  // namespace

void write_output(const std::string& path, std::string_view content) {
  if (path == "-") {
    if (!write_all(STDOUT_FILENO, content)) write_failure("<stdout>", "cannot write");
    return;
  }
  std::string temporary = directory_of(path) + "/.criterio-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) write_failure(path, "cannot create a temporary file beside the output");
  // Keep the permissions a newly created file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  const bool written = write_all(fd, content) && ::fsync(fd) == 0;
  const int write_errno = errno;
  if (::close(fd) != 0 || !written) {
    ::unlink(temporary.c_str());
    errno = written ? errno : write_errno;
    write_failure(path, "cannot write");
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int rename_errno = errno;
    ::unlink(temporary.c_str());
    errno = rename_errno;
    write_failure(path, "cannot replace the output file");
  }
}

}  // namespace criterio
