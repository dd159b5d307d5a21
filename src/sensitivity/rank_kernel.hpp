#pragma once
// The hot loop of SMAA: where every row ranks in one sample.

#include <cstddef>
#include <cstdint>

namespace criterio::sensitivity {

// beaten[i] = how many rows beat row i (its rank - 1), for `rows` scores
// where higher is better: row j beats row i when its score is higher, or
// equal and j < i. Branch-free over all pairs, so that it vectorises.
void count_beaten(const double* scores, std::size_t rows, std::int64_t* beaten);

}  // namespace criterio::sensitivity
