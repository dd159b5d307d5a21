// libFuzzer harness: see criterio::fuzz::providers_csv in fuzz/targets.hpp.
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  criterio::fuzz::providers_csv({reinterpret_cast<const char*>(data), size});
  return 0;
}
