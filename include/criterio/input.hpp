#pragma once
// Reading input files safely: regular files only, a size cap, UTF-8 checked.

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

// The name used for standard input in messages.
inline constexpr std::string_view k_stdin_name = "<stdin>";

}  // namespace criterio
