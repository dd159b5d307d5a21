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

OutputFile::OutputFile(std::string path) : m_path(std::move(path)) {
  if (m_path == "-") {
    m_fd = STDOUT_FILENO;
    return;
  }
  m_temporary = directory_of(m_path) + "/.criterio-XXXXXX";
  m_fd = ::mkstemp(m_temporary.data());
  if (m_fd < 0) {
    m_temporary.clear();
    fail("cannot create a temporary file beside the output");
  }
  // Keep the permissions a newly created file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(m_fd, 0666 & ~mask);
}

OutputFile::~OutputFile() {
  if (m_temporary.empty()) return;
  ::close(m_fd);
  ::unlink(m_temporary.c_str());
}

void OutputFile::write(std::string_view piece) {
  if (!write_all(m_fd, piece)) fail("cannot write");
}

void OutputFile::commit() {
  if (m_temporary.empty()) return;  // standard output: every piece is written
  const bool synced = ::fsync(m_fd) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(m_fd) == 0;
  m_fd = -1;
  if (!synced || !closed) {
    errno = synced ? errno : sync_errno;
    fail("cannot write");
  }
  if (::rename(m_temporary.c_str(), m_path.c_str()) != 0) fail("cannot replace the output file");
  m_temporary.clear();
}

// Removes the temporary file (keeping errno for the message) and throws.
void OutputFile::fail(const std::string& what) {
  const int error = errno;
  if (!m_temporary.empty()) {
    if (m_fd >= 0) ::close(m_fd);
    ::unlink(m_temporary.c_str());
    m_temporary.clear();
  }
  const std::string where = m_path == "-" ? "<stdout>" : m_path;
  throw Error(ExitCode::io_error, SourceLocation{where, 0, 0}, what + ": " + std::strerror(error));
}

void write_output(const std::string& path, std::string_view content) {
  OutputFile file(path);
  file.write(content);
  file.commit();
}

}  // namespace criterio
