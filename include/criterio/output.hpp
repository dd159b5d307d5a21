#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

// An output written in pieces, so that a failed or interrupted run never
// harms what `path` names. What it names decides how:
//
// - "-": standard output, each piece as it comes.
// - A regular file, or nothing yet: the pieces go to a temporary file in the
//   same directory, ".NAME.criterio-PID-XXXXXX", which commit() flushes to
//   disk and renames over the file. Until then an existing file is
//   untouched. A replaced file keeps its permission bits and, where this
//   user may set them (root; or a member of the group), its owner and group.
//   A new file gets 0666 less the umask, as any file created.
// - A symbolic link: followed, through any chain of links, and its final
//   target replaced as above, so that the link stays a link. A dangling
//   link gets the file created where it points, when that directory exists.
// - A name for one of this process's open descriptors (/dev/stdout,
//   /dev/stderr, /dev/fd/N, /proc/self/fd/N): that descriptor, written
//   through as "-" is.
// - A FIFO, a character device (/dev/null, a terminal) or a Unix stream
//   socket: written through, never replaced; it is opened (a FIFO waits for
//   a reader, as a shell redirection does) or connected to. What was written
//   stays even without commit().
// - A directory or a block device: refused.
//
// While a temporary file exists, SIGINT, SIGTERM and SIGHUP remove it and
// then end the process with the same signal, as they would have; the
// handlers are installed only while a temporary exists, and a signal that
// is ignored (SIGHUP under nohup) stays ignored. Up to 16 temporaries at a
// time are covered. What escapes them (SIGKILL, a crash, a power cut) is
// left for remove_stale_temporaries().
//
// Failures throw Error(io_error) naming `path`. An OutputFile dropped
// without commit() (a failure, an exception while rendering) removes its
// temporary file.
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  void write(std::string_view piece);
  void commit();

 private:
  [[noreturn]] void fail(const std::string& what);
  void discard() noexcept;

  std::string m_path;       // as given, for messages
  std::string m_target;     // what commit() renames over: the path with its links followed
  std::string m_temporary;  // empty when written through, and once committed or failed
  int m_fd = -1;            // ours to close unless m_path is "-"
  int m_guard = -1;         // the temporary's registration for the signal handlers
};

// Writes `content` to `path` atomically, as one OutputFile piece.
void write_output(const std::string& path, std::string_view content);

// Removes the temporaries that OutputFile(path) would use the directory of
// and that were left there by processes that no longer exist (killed with
// SIGKILL, crashed), and returns their paths for the caller to report. Only
// regular files of this user whose names follow the pattern above exactly
// are touched; any other file, and the temporary of a process that is still
// running, is left alone. Nothing happens for "-", for outputs written
// through, and when the directory cannot be read.
std::vector<std::string> remove_stale_temporaries(const std::string& path);

}  // namespace criterio
