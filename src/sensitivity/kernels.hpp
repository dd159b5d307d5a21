#pragma once
// The hot loops of SMAA's fast path: scoring a block of weight vectors, and
// where every row ranks in one sample. Both are built for AVX2 and for plain
// x86-64, chosen when the program starts; both give the same bits either way.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace criterio::sensitivity {

// Rows are padded to a multiple of this for score_block.
inline constexpr std::size_t k_score_rows = 4;

// scores = utilities · weights for `count` weight vectors: utilities is
// `padded_rows` × `columns` (column-major, padded_rows a multiple of
// k_score_rows), weights `columns` × count and scores padded_rows × count
// (both column-major). Each score is summed over the columns in order, as
// the weighted-sum method does, with no fused multiply-add.
void score_block(const double* utilities, std::size_t padded_rows, std::size_t columns, const double* weights,
                 std::size_t count, double* scores);

// Counts, for each row, the rows that beat it (its rank - 1), where higher
// scores are better: row j beats row i when its score is higher, or equal and
// j < i. Holds its scratch, so that counting allocates nothing; one per thread.
class RankCounter {
 public:
  explicit RankCounter(std::size_t rows);
  // The count of each row for these `rows` scores; valid until the next call.
  const std::int32_t* count(const double* scores);

 private:
  std::size_t m_rows;
  std::vector<float> m_keys;           // the scores rounded to float, padded
  std::vector<std::int32_t> m_beaten;  // padded like m_keys
};

}  // namespace criterio::sensitivity
