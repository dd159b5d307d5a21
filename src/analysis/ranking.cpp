#include "analysis/ranking.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cmath>
#include <numeric>
#include <utility>

namespace criterio {

bool tied(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)}); }

namespace {

// A row with its score as an unsigned key whose order is the ranking order.
struct Keyed {
  std::uint64_t key;
  std::size_t row;
};

// The bits of `score` mapped so that unsigned order is numeric order
// (negative numbers flipped whole, positive ones above them), reversed when
// higher is better.
std::uint64_t order_key(double score, bool higher_is_better) {
  const auto bits = std::bit_cast<std::uint64_t>(score);
  constexpr std::uint64_t sign = std::uint64_t{1} << 63;
  const std::uint64_t ascending = bits & sign ? ~bits : bits | sign;
  return higher_is_better ? ~ascending : ascending;
}

// The score back from its key.
double score_of(std::uint64_t key, bool higher_is_better) {
  constexpr std::uint64_t sign = std::uint64_t{1} << 63;
  const std::uint64_t ascending = higher_is_better ? ~key : key;
  return std::bit_cast<double>(ascending & sign ? ascending & ~sign : ~ascending);
}

// Least-significant-digit radix sort on the keys, 11 bits a pass: a million
// rows need a few linear passes instead of twenty million comparisons. A pass
// whose digit is the same for every row is skipped. Stable, so the result
// does not depend on anything but the keys and the rows' order.
void radix_sort(std::vector<Keyed>& items) {
  constexpr int k_bits = 11, k_passes = (64 + k_bits - 1) / k_bits;
  constexpr std::size_t k_buckets = std::size_t{1} << k_bits;
  std::vector<std::array<std::size_t, k_buckets>> counts(k_passes);
  for (const Keyed& item : items)
    for (int pass = 0; pass < k_passes; ++pass) ++counts[pass][(item.key >> (pass * k_bits)) & (k_buckets - 1)];
  std::vector<Keyed> scratch(items.size());
  for (int pass = 0; pass < k_passes; ++pass) {
    auto& count = counts[pass];
    if (std::find(count.begin(), count.end(), items.size()) != count.end()) continue;
    std::size_t start = 0;
    for (auto& c : count) start += std::exchange(c, start);  // counts become first positions
    for (const Keyed& item : items) scratch[count[(item.key >> (pass * k_bits)) & (k_buckets - 1)]++] = item;
    items.swap(scratch);
  }
}

}  // namespace

std::vector<std::size_t> rank_order(const Eigen::VectorXd& scores, bool higher_is_better,
                                    const std::function<std::string_view(std::size_t)>& id) {
  // Sort by exact score first (no comparisons at all, as a million rows
  // need), then order each run of tied scores by id.
  const auto rows = static_cast<std::size_t>(scores.size());
  std::vector<Keyed> keyed(rows);
  for (std::size_t r = 0; r < rows; ++r) keyed[r] = {order_key(scores(static_cast<Eigen::Index>(r)), higher_is_better), r};
  // Below a few thousand rows (the sensitivity analyses rank small frames
  // many times) the radix sort's fixed cost of counting tables would
  // dominate: compare the keys instead. Equal keys are equal scores, tied,
  // so either sort gives the same order once ties are ordered by id.
  constexpr std::size_t k_radix_from = 4096;
  if (rows < k_radix_from)
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
  else
    radix_sort(keyed);
  std::vector<std::size_t> order(rows);
  for (std::size_t k = 0; k < rows; ++k) order[k] = keyed[k].row;
  const auto score = [&](std::size_t k) { return score_of(keyed[k].key, higher_is_better); };
  for (std::size_t begin = 0; begin < rows;) {
    std::size_t end = begin + 1;
    while (end < rows && tied(score(end), score(end - 1))) ++end;
    if (end - begin > 1)
      std::sort(order.begin() + static_cast<std::ptrdiff_t>(begin), order.begin() + static_cast<std::ptrdiff_t>(end),
                [&](std::size_t a, std::size_t b) { return id(a) < id(b); });
    begin = end;
  }
  return order;
}

std::vector<int> competition_ranks(const std::vector<double>& ordered_scores) {
  std::vector<int> ranks(ordered_scores.size());
  for (std::size_t i = 0; i < ordered_scores.size(); ++i)
    ranks[i] = i > 0 && tied(ordered_scores[i], ordered_scores[i - 1]) ? ranks[i - 1] : static_cast<int>(i) + 1;
  return ranks;
}

Eigen::RowVectorXd typical_utilities(const Eigen::MatrixXd& utilities) {
  return utilities.rows() > 1 ? Eigen::RowVectorXd(utilities.colwise().mean())
                              : Eigen::RowVectorXd::Constant(utilities.cols(), 0.5);
}

namespace {

// Inserts column j with deviation d into a best-first list of at most
// NotableCriteria::k_listed, where `before(a, b)` says a is listed before b.
template <class Before>
void keep_best(std::array<std::size_t, NotableCriteria::k_listed>& list, std::array<double, NotableCriteria::k_listed>& deviation,
               std::size_t& count, std::size_t j, double d, Before before) {
  std::size_t at = count;
  while (at > 0 && before(d, j, deviation[at - 1], list[at - 1])) --at;
  if (at >= NotableCriteria::k_listed) return;
  for (std::size_t k = std::min(count, NotableCriteria::k_listed - 1); k > at; --k) {
    list[k] = list[k - 1];
    deviation[k] = deviation[k - 1];
  }
  list[at] = j;
  deviation[at] = d;
  count = std::min(count + 1, NotableCriteria::k_listed);
}

}  // namespace

NotableCriteria strengths_and_weaknesses(const Eigen::MatrixXd& utilities, const Eigen::RowVectorXd& typical,
                                 const Eigen::VectorXd& weights, Eigen::Index row) {
  NotableCriteria out;
  std::array<double, NotableCriteria::k_listed> gain{}, loss{};
  for (Eigen::Index col = 0; col < utilities.cols(); ++col) {
    const double d = weights(col) * (utilities(row, col) - typical(col));
    const auto j = static_cast<std::size_t>(col);
    if (d > 1e-12)
      keep_best(out.strengths, gain, out.strength_count, j, d,
                [](double d1, std::size_t j1, double d2, std::size_t j2) { return d1 > d2 || (d1 == d2 && j1 < j2); });
    if (d < -1e-12)
      keep_best(out.weaknesses, loss, out.weakness_count, j, d,
                [](double d1, std::size_t j1, double d2, std::size_t j2) { return d1 < d2 || (d1 == d2 && j1 > j2); });
  }
  return out;
}

}  // namespace criterio
