#include "sensitivity/kernels.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace criterio::sensitivity {

namespace {

// Eight floats and eight counts: one AVX2 register (two SSE ones without).
using Floats = float __attribute__((vector_size(32)));
using Counts = std::int32_t __attribute__((vector_size(32)));
// Rows are counted 32 at a time, their keys and counts held in registers
// while every other row's key goes by.
constexpr std::size_t k_lanes = 8, k_span = 4 * k_lanes;

std::size_t padded(std::size_t rows) { return (rows + k_span - 1) / k_span * k_span; }

// Rounding to float keeps the order of scores, except that close scores may
// round to one float: if all the floats differ, counting strictly greater
// floats gives every row's exact count. Then the counts are a permutation of
// 0 .. rows - 1 and sum to rows (rows - 1) / 2; any two equal floats make the
// sum smaller, and the function returns false for the exact count to decide.
// Floats halve the work of doubles, and comparing all pairs without a branch
// beats sorting at these sizes.
__attribute__((target_clones("avx2", "default"))) bool count_by_floats(const double* scores, std::size_t rows,
                                                                       float* keys, std::int32_t* beaten) {
  const std::size_t size = padded(rows);
  // Clamped first: a double beyond the float range has no float to round to.
  constexpr double largest = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < rows; ++i) keys[i] = static_cast<float>(std::clamp(scores[i], -largest, largest));
  for (std::size_t i = rows; i < size; ++i) keys[i] = -std::numeric_limits<float>::infinity();
  for (std::size_t base = 0; base < size; base += k_span) {
    Floats own0, own1, own2, own3;
    std::memcpy(&own0, keys + base, sizeof own0);
    std::memcpy(&own1, keys + base + k_lanes, sizeof own1);
    std::memcpy(&own2, keys + base + 2 * k_lanes, sizeof own2);
    std::memcpy(&own3, keys + base + 3 * k_lanes, sizeof own3);
    Counts count0{}, count1{}, count2{}, count3{};
    for (std::size_t j = 0; j < rows; ++j) {
      const float x = keys[j];
      const Floats other{x, x, x, x, x, x, x, x};
      // A true comparison is -1 in every bit.
      count0 -= other > own0;
      count1 -= other > own1;
      count2 -= other > own2;
      count3 -= other > own3;
    }
    std::memcpy(beaten + base, &count0, sizeof count0);
    std::memcpy(beaten + base + k_lanes, &count1, sizeof count1);
    std::memcpy(beaten + base + 2 * k_lanes, &count2, sizeof count2);
    std::memcpy(beaten + base + 3 * k_lanes, &count3, sizeof count3);
  }
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < rows; ++i) sum += beaten[i];
  return sum == static_cast<std::int64_t>(rows * (rows - 1) / 2);
}

// The exact count in doubles, each pair once: for i < j, i keeps a tie.
void count_exactly(const double* scores, std::size_t rows, std::int32_t* beaten) {
  for (std::size_t i = 0; i < rows; ++i) beaten[i] = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    const double own = scores[i];
    std::int32_t wins = 0;
    for (std::size_t j = i + 1; j < rows; ++j) {
      const std::int32_t win = own >= scores[j];
      beaten[j] += win;
      wins += win;
    }
    beaten[i] += static_cast<std::int32_t>(rows - 1 - i) - wins;
  }
}

// Four doubles: one AVX2 register.
using Doubles = double __attribute__((vector_size(4 * sizeof(double))));
constexpr std::size_t k_doubles = 4;
static_assert(k_doubles == k_score_rows);

// Loads through a reference: a function returning an AVX vector would have an
// ABI of its own.
[[gnu::always_inline]] inline void load(Doubles& v, const double* p) { std::memcpy(&v, p, sizeof v); }

// 16 rows from `first`, for every weight vector: their sums stay in four
// registers while the columns go by. (Named variables, not an array: GCC
// keeps an array in memory.)
[[gnu::always_inline]] inline void score_16_rows(const double* utilities, std::size_t padded_rows, std::size_t first,
                                                 std::size_t columns, const double* weights, std::size_t count,
                                                 double* scores) {
  for (std::size_t s = 0; s < count; ++s) {
    const double* w = weights + s * columns;
    Doubles sum0{}, sum1{}, sum2{}, sum3{};
    for (std::size_t j = 0; j < columns; ++j) {
      const Doubles weight{w[j], w[j], w[j], w[j]};
      const double* column = utilities + j * padded_rows + first;
      Doubles u0, u1, u2, u3;
      load(u0, column);
      load(u1, column + k_doubles);
      load(u2, column + 2 * k_doubles);
      load(u3, column + 3 * k_doubles);
      sum0 += u0 * weight;
      sum1 += u1 * weight;
      sum2 += u2 * weight;
      sum3 += u3 * weight;
    }
    double* out = scores + s * padded_rows + first;
    std::memcpy(out, &sum0, sizeof sum0);
    std::memcpy(out + k_doubles, &sum1, sizeof sum1);
    std::memcpy(out + 2 * k_doubles, &sum2, sizeof sum2);
    std::memcpy(out + 3 * k_doubles, &sum3, sizeof sum3);
  }
}

[[gnu::always_inline]] inline void score_4_rows(const double* utilities, std::size_t padded_rows, std::size_t first,
                                                std::size_t columns, const double* weights, std::size_t count,
                                                double* scores) {
  for (std::size_t s = 0; s < count; ++s) {
    const double* w = weights + s * columns;
    Doubles sum{};
    for (std::size_t j = 0; j < columns; ++j) {
      Doubles utility;
      load(utility, utilities + j * padded_rows + first);
      sum += utility * Doubles{w[j], w[j], w[j], w[j]};
    }
    std::memcpy(scores + s * padded_rows + first, &sum, sizeof sum);
  }
}

}  // namespace

__attribute__((target_clones("avx2", "default"))) void score_block(const double* utilities, std::size_t padded_rows,
                                                                   std::size_t columns, const double* weights,
                                                                   std::size_t count, double* scores) {
  std::size_t first = 0;
  for (; first + 4 * k_doubles <= padded_rows; first += 4 * k_doubles)
    score_16_rows(utilities, padded_rows, first, columns, weights, count, scores);
  for (; first < padded_rows; first += k_doubles)
    score_4_rows(utilities, padded_rows, first, columns, weights, count, scores);
}

RankCounter::RankCounter(std::size_t rows) : m_rows(rows), m_keys(padded(rows)), m_beaten(padded(rows)) {}

const std::int32_t* RankCounter::count(const double* scores) {
  if (!count_by_floats(scores, m_rows, m_keys.data(), m_beaten.data())) count_exactly(scores, m_rows, m_beaten.data());
  return m_beaten.data();
}

}  // namespace criterio::sensitivity
