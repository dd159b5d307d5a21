#include "sensitivity/random.hpp"

namespace criterio::sensitivity {

const ExponentialZiggurat& exponential_ziggurat() {
  static const ExponentialZiggurat tables = [] {
    // Every layer has the area of the base rectangle plus the tail.
    constexpr double r = ExponentialZiggurat::r;
    const double area = r * std::exp(-r) + std::exp(-r);
    ExponentialZiggurat z{};
    z.x[0] = area / std::exp(-r);
    z.f[0] = 0;
    z.x[1] = r;
    z.f[1] = std::exp(-r);
    for (int i = 1; i < 256; ++i) {
      z.f[i + 1] = z.f[i] + area / z.x[i];
      z.x[i + 1] = z.f[i + 1] < 1 ? -std::log(z.f[i + 1]) : 0;
    }
    z.x[256] = 0;
    z.f[256] = 1;
    return z;
  }();
  return tables;
}

}  // namespace criterio::sensitivity
