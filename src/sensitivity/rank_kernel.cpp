#include "sensitivity/rank_kernel.hpp"

namespace criterio::sensitivity {

// Each pair once: for i < j, i keeps a tie. The inner loop adds to every
// later row's count and sums i's wins, with no branch.
void count_beaten(const double* scores, std::size_t rows, std::int64_t* beaten) {
  for (std::size_t i = 0; i < rows; ++i) beaten[i] = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    const double own = scores[i];
    std::int64_t wins = 0;
    for (std::size_t j = i + 1; j < rows; ++j) {
      const std::int64_t win = own >= scores[j];
      beaten[j] += win;
      wins += win;
    }
    beaten[i] += static_cast<std::int64_t>(rows - 1 - i) - wins;
  }
}

}  // namespace criterio::sensitivity
