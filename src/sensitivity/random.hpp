#pragma once
// The random numbers of SMAA: a small fast generator (xoshiro256++, Blackman
// & Vigna 2021) with one independent stream per (seed, purpose, chunk), so
// that a chunk of samples draws the same numbers on whatever thread runs it,
// and exact uniform, exponential and normal variates on top of it.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>

namespace criterio::sensitivity {

// What a stream's numbers are for: separate streams for the weight samples,
// the confidence factors' value draws and the pilot batch that chooses a
// weight sampler.
enum class StreamPurpose : std::uint64_t { samples = 1, confidence = 2, pilot = 3 };

// splitmix64's finaliser: a bijection of 64 bits with good avalanche.
inline std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// The exponential ziggurat's tables (Marsaglia & Tsang 2000, 256 layers).
struct ExponentialZiggurat {
  static constexpr double r = 7.69711747013104972;  // where the tail starts
  double x[257];  // layer i spans [0, x[i]]; x[0] is the base layer's width with its tail folded in
  double f[257];  // exp(-x[i])
};
const ExponentialZiggurat& exponential_ziggurat();

class Rng {
 public:
  Rng(std::uint64_t seed, StreamPurpose purpose, std::uint64_t chunk) {
    // splitmix64 from a start that differs in every input, as its authors
    // recommend for seeding xoshiro.
    std::uint64_t z = mix64(seed) ^ mix64(static_cast<std::uint64_t>(purpose) << 56 ^ chunk);
    for (auto& word : m_state) {
      z += 0x9e3779b97f4a7c15ULL;
      word = mix64(z);
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(m_state[0] + m_state[3], 23) + m_state[0];
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
  }

  // Uniform on [0, 1), from 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; }
  // Uniform on (0, 1): never 0, so that its logarithm is finite.
  double uniform_open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1p-53; }

  // A uniform integer in [0, n), n > 0, without bias (Lemire 2019).
  std::size_t below(std::size_t n) {
    __extension__ using wide = unsigned __int128;
    const std::uint64_t bound = n;
    wide product = static_cast<wide>(next()) * bound;
    auto low = static_cast<std::uint64_t>(product);
    if (low < bound) {
      const std::uint64_t threshold = -bound % bound;
      while (low < threshold) {
        product = static_cast<wide>(next()) * bound;
        low = static_cast<std::uint64_t>(product);
      }
    }
    return static_cast<std::size_t>(product >> 64);
  }

  // Exponential with mean 1 by the ziggurat: one 64-bit draw, a table
  // look-up and a comparison in about 99 % of the calls.
  double exponential() {
    const ExponentialZiggurat& z = exponential_ziggurat();
    for (;;) {
      const std::uint64_t bits = next();
      const std::size_t layer = bits & 0xff;  // the low byte picks the layer, the high 53 bits the point
      const double x = static_cast<double>(bits >> 11) * 0x1p-53 * z.x[layer];
      if (x < z.x[layer + 1]) return x;
      if (layer == 0) return ExponentialZiggurat::r - std::log(uniform_open());  // the tail is memoryless
      if (z.f[layer] + uniform() * (z.f[layer + 1] - z.f[layer]) < std::exp(-x)) return x;
    }
  }

  // Standard normal (Box-Muller).
  double normal() { return std::sqrt(-2 * std::log(uniform_open())) * std::cos(2 * std::numbers::pi * uniform()); }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t m_state[4];
};

}  // namespace criterio::sensitivity
