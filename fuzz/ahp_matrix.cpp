// libFuzzer harness: see criterio::fuzz::ahp_matrix in fuzz/targets.hpp.
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  criterio::fuzz::ahp_matrix({reinterpret_cast<const char*>(data), size});
  return 0;
}
