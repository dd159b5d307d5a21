// libFuzzer harness: see criterio::fuzz::rank_pipeline in fuzz/targets.hpp.
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  criterio::fuzz::rank_pipeline({reinterpret_cast<const char*>(data), size});
  return 0;
}
