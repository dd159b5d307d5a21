#pragma once
#include <string_view>

namespace criterio {
// The version of the library and tool, e.g. "0.1.0".
std::string_view version();
}  // namespace criterio
