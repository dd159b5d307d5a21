// libFuzzer harness: see criterio::fuzz::criteria_yaml in fuzz/targets.hpp.
#include <cstddef>
#include <cstdint>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  criterio::fuzz::criteria_yaml({reinterpret_cast<const char*>(data), size});
  return 0;
}
