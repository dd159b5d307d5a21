#pragma once
#include <string>
#include <string_view>

namespace criterio {

// Writes `content` to `path` atomically: into a temporary file in the same
// directory, flushed to disk, then renamed over `path`. A failure leaves any
// existing file untouched and throws Error(io_error). "-" writes to standard output.
void write_output(const std::string& path, std::string_view content);

}  // namespace criterio
