#pragma once
// Reading input files safely: regular files only, a size cap, UTF-8 checked.

#include <optional>
#include <string>
#include <string_view>

#include "criterio/document.hpp"

namespace criterio {

// Reads a whole input: a regular file, or standard input when `path` is "-"
// (read once and kept, so that a second call returns the same text).
// Refuses directories, devices, FIFOs and files over `limits.max_file_bytes`
// (Error io_error for what cannot be read, invalid_input for a file too big).
std::string read_input(const std::string& path, const ParseLimits& limits = {});

// Checks that `text` is UTF-8 without NUL bytes, and strips a leading byte
// order mark. Throws Error(invalid_input) naming the line and column of the
// first bad byte.
void check_text(std::string& text, const std::string& file);

// Whether `text` is UTF-8 without NUL bytes (the test check_text makes).
bool is_utf8(std::string_view text);

// A regular file mapped read-only, for a reader of large files that wants no
// copy of them and can hand back what it has read (MADV_DONTNEED), so that
// the file never sits in memory whole. map() returns nullopt for standard
// input, anything but a regular file, an empty file or a failed mapping; the
// caller then uses read_input, which reports what is wrong.
class MappedInput {
 public:
  static std::optional<MappedInput> map(const std::string& path, const ParseLimits& limits = {});
  MappedInput(MappedInput&& other) noexcept;
  MappedInput& operator=(MappedInput&& other) noexcept;
  MappedInput(const MappedInput&) = delete;
  MappedInput& operator=(const MappedInput&) = delete;
  ~MappedInput();

  std::string_view text() const { return {m_data, m_size}; }
  // The whole pages inside `part` (a piece of text()) will not be read again.
  void release(std::string_view part) const;

 private:
  MappedInput(const char* data, std::size_t size) : m_data(data), m_size(size) {}
  const char* m_data = nullptr;
  std::size_t m_size = 0;
};

// The name of a file this process has read, through read_input or
// MappedInput (standard input included, when it is a regular file), that
// `path` names too: the same device and inode, its symbolic links followed.
// nullopt when there is none, or nothing at `path`. Whatever replaced the
// file at `path` would destroy that input, so the command line refuses such
// an output. The name is the path as it was read, or k_stdin_name. An input
// counts while its name still leads to it, since a deleted file's inode
// number is given to the next file created.
std::optional<std::string> input_read_at(const std::string& path);

// The name used for standard input in messages.
inline constexpr std::string_view k_stdin_name = "<stdin>";

}  // namespace criterio
