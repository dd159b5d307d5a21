#include "criterio/input.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "io/document_limits.hpp"

namespace criterio {

namespace {

[[noreturn]] void io_failure(const std::string& file, const std::string& message) {
  throw Error(ExitCode::io_error, SourceLocation{file, 0, 0}, message);
}

std::string too_big(std::size_t limit) {
  return "the file is larger than the limit of " + describe_bytes(limit) + raise_hint("file-size");
}

// Reads straight into the string (no bounce buffer), sized for `expected`
// bytes plus one so that a regular file ends in its first short read.
std::string read_descriptor(int fd, const std::string& file, std::size_t limit, std::size_t expected = 0) {
  std::string text(std::min(expected, limit) + 1 + (expected == 0 ? (1u << 16) : 0), '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(std::min(2 * text.size(), limit + 1));
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      io_failure(file, std::string("cannot read: ") + std::strerror(errno));
    }
    used += static_cast<std::size_t>(n);
    if (used > limit) throw Error(ExitCode::invalid_input, SourceLocation{file, 0, 0}, too_big(limit));
  }
  text.resize(used);
  return text;
}

// The regular files read so far, by device and inode, for input_read_at.
struct InputRead {
  std::string name;
  bool standard_input = false;
};

struct InputsRead {
  std::mutex lock;
  std::map<std::pair<dev_t, ino_t>, InputRead> files;
};

InputsRead& inputs_read() {
  static InputsRead inputs;
  return inputs;
}

// The latest name wins: an inode once read under a name since deleted may
// have been reused for the file now read.
void remember_input(InputRead input, const struct stat& info) {
  if (!S_ISREG(info.st_mode)) return;
  InputsRead& inputs = inputs_read();
  const std::lock_guard lock(inputs.lock);
  inputs.files.insert_or_assign({info.st_dev, info.st_ino}, std::move(input));
}

std::string read_standard_input(std::size_t limit) {
  struct stat info {};
  if (::fstat(STDIN_FILENO, &info) == 0) remember_input({std::string(k_stdin_name), true}, info);
  return read_descriptor(STDIN_FILENO, std::string(k_stdin_name), limit);
}

// Whether `input` still leads to the file `info` describes.
bool still_there(const InputRead& input, const struct stat& info) {
  struct stat now {};
  const int status = input.standard_input ? ::fstat(STDIN_FILENO, &now) : ::stat(input.name.c_str(), &now);
  return status == 0 && now.st_dev == info.st_dev && now.st_ino == info.st_ino;
}

}  // namespace

std::optional<std::string> input_read_at(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  InputsRead& inputs = inputs_read();
  const std::lock_guard lock(inputs.lock);
  const auto found = inputs.files.find({info.st_dev, info.st_ino});
  if (found == inputs.files.end() || !still_there(found->second, info)) return std::nullopt;
  return found->second.name;
}

std::string read_input(const std::string& path, const ParseLimits& limits) {
  if (path == "-") {
    // Standard input can be read once; keep it for a second reader (validate
    // looks at a file before loading it).
    static std::optional<std::string> standard_input;
    if (!standard_input) standard_input = read_standard_input(limits.max_file_bytes);
    return *standard_input;
  }

  // Open without blocking, so that a FIFO with no writer cannot hang us, then
  // check what was opened (not what the path named a moment before).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) io_failure(path, "no such file");
    io_failure(path, std::string("cannot open: ") + std::strerror(error));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) io_failure(path, std::string("cannot stat: ") + std::strerror(errno));
  if (S_ISDIR(info.st_mode)) io_failure(path, "is a directory, not a file");
  if (!S_ISREG(info.st_mode)) io_failure(path, "is not a regular file (a device, FIFO or socket)");
  if (static_cast<std::size_t>(info.st_size) > limits.max_file_bytes)
    throw Error(ExitCode::invalid_input, SourceLocation{path, 0, 0}, too_big(limits.max_file_bytes));
  remember_input({path}, info);
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return read_descriptor(fd, path, limits.max_file_bytes, static_cast<std::size_t>(info.st_size));
}

namespace {

// Length of the UTF-8 sequence starting at `s[i]`, or 0 when it is invalid
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length = 0;
  unsigned lower = 0x80, upper = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) length = 2;
  else if (c == 0xE0) { length = 3; lower = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) length = 3;
  else if (c == 0xED) { length = 3; upper = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) length = 3;
  else if (c == 0xF0) { length = 4; lower = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) length = 4;
  else if (c == 0xF4) { length = 4; upper = 0x8F; }
  else return 0;
  if (i + length > s.size()) return 0;
  if (byte(i + 1) < lower || byte(i + 1) > upper) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

}  // namespace

// ASCII goes eight bytes at a time: a bulk CSV is nearly all ASCII, and this
// runs over every byte.
bool is_utf8(std::string_view text) {
  constexpr std::uint64_t k_high_bits = 0x8080808080808080ull, k_low_bits = 0x0101010101010101ull;
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      const bool ascii = (word & k_high_bits) == 0;
      const bool has_nul = ((word - k_low_bits) & ~word & k_high_bits) != 0;
      if (ascii && !has_nul) {
        i += 8;
        continue;
      }
    }
    if (text[i] == '\0') return false;
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

void check_text(std::string& text, const std::string& file) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (is_utf8(text)) return;
  // Find the first problem again, now counting lines and columns for the message.
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\0')
      throw Error(ExitCode::invalid_input, SourceLocation{file, line, column},
                  "the file contains a NUL byte; expected UTF-8 text");
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0)
      throw Error(ExitCode::invalid_input, SourceLocation{file, line, column},
                  "invalid UTF-8 byte sequence; save the file as UTF-8");
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
}

std::optional<MappedInput> MappedInput::map(const std::string& path, const ParseLimits& limits) {
  if (path == "-") return std::nullopt;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  const bool usable = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
                      static_cast<std::size_t>(info.st_size) <= limits.max_file_bytes;
  // Populated up front: one pass of the kernel instead of a fault per page.
  // (A file truncated by someone else while we read it would raise SIGBUS, as
  // with any mapped reader; the general path reads with read() instead.)
  void* data = usable ? ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ,
                               MAP_PRIVATE | MAP_POPULATE, fd, 0)
                      : MAP_FAILED;
  ::close(fd);
  if (data == MAP_FAILED) return std::nullopt;
  remember_input({path}, info);
  return MappedInput(static_cast<const char*>(data), static_cast<std::size_t>(info.st_size));
}

MappedInput::MappedInput(MappedInput&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

MappedInput& MappedInput::operator=(MappedInput&& other) noexcept {
  std::swap(m_data, other.m_data);
  std::swap(m_size, other.m_size);
  return *this;
}

MappedInput::~MappedInput() {
  if (m_data) ::munmap(const_cast<char*>(m_data), m_size);
}

void MappedInput::release(std::string_view part) const {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = (reinterpret_cast<std::uintptr_t>(part.data()) + page - 1) / page * page;
  const auto end = (reinterpret_cast<std::uintptr_t>(part.data() + part.size())) / page * page;
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

}  // namespace criterio
