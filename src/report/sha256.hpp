#pragma once
// SHA-256 (FIPS 180-4) and Base64 (RFC 4648), just enough for the HTML
// report's Content-Security-Policy, which names its stylesheet by hash.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace criterio::report {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view bytes);

// Lower-case hexadecimal, 64 characters.
std::string to_hex(const Sha256Digest& digest);

// Standard alphabet with '=' padding, as CSP hash sources require.
std::string base64(const Sha256Digest& digest);

}  // namespace criterio::report
