#pragma once
#include <string>
#include <string_view>

namespace criterio {

// An output written in pieces and replaced atomically: the pieces go to a
// temporary file in the same directory, which commit() flushes to disk and
// renames over `path`. Until then any existing file is untouched; a failure
// throws Error(io_error), and an OutputFile dropped without commit() (a
// failure, an exception while rendering) removes its temporary file. "-"
// writes each piece to standard output as it comes.
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

  std::string m_path;
  std::string m_temporary;  // empty for standard output, and once committed or failed
  int m_fd = -1;
};

// Writes `content` to `path` atomically, as one OutputFile piece.
void write_output(const std::string& path, std::string_view content);

}  // namespace criterio
