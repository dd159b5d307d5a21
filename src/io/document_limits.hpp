#pragma once
#include <string>
#include <string_view>

#include "criterio/document.hpp"

namespace criterio {

// Refuses a YAML or JSON text larger than `limits.max_document_bytes`
// (Error invalid_input), before either parser starts on it.
void check_document_size(std::string_view text, const std::string& file, const ParseLimits& limits);

// "256 MiB", "64 KiB" or "1000 bytes": a size limit as messages give it.
std::string describe_bytes(std::size_t bytes);

}  // namespace criterio
