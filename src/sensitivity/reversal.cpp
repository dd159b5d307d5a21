// Rank reversal: remove one provider and see whether the others keep their
// order. Methods that normalise by the providers at hand (max, vector, the
// ideal and anti-ideal, pairwise flows) can reverse ranks this way; the
// weights stay as they are, so only the method's own dependence shows.

#include <algorithm>
#include <limits>
#include <numeric>

#include "criterio/sensitivity.hpp"
#include "support/parallel.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// The frame without row `removed`, sharing everything but the values.
Eigen::MatrixXd without_row(const Eigen::MatrixXd& values, Eigen::Index removed) {
  Eigen::MatrixXd out(values.rows() - 1, values.cols());
  out.topRows(removed) = values.topRows(removed);
  out.bottomRows(values.rows() - 1 - removed) = values.bottomRows(values.rows() - 1 - removed);
  return out;
}

RankReversal check_removal(const DecisionFrame& frame, const std::vector<std::size_t>& order, std::size_t removed) {
  const Eigen::MatrixXd values = without_row(frame.values, static_cast<Eigen::Index>(removed));
  const Eigen::VectorXd reduced = frame.method->evaluate(frame.input(values, frame.weights)).scores;
  // Back to the full frame's rows; the removed one last, out of the way.
  Eigen::VectorXd scores(static_cast<Eigen::Index>(frame.rows()));
  for (std::size_t r = 0, k = 0; r < frame.rows(); ++r)
    if (r != removed) scores(static_cast<Eigen::Index>(r)) = reduced(static_cast<Eigen::Index>(k++));
  scores(static_cast<Eigen::Index>(removed)) =
      frame.higher_is_better ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  const std::vector<std::size_t> now = frame_order(frame, scores);
  std::vector<std::size_t> position(frame.rows());
  for (std::size_t k = 0; k < now.size(); ++k) position[now[k]] = k;

  RankReversal out;
  out.removed = frame.ids[removed];
  for (std::size_t a = 0; a < order.size(); ++a)
    for (std::size_t b = a + 1; b < order.size(); ++b) {
      if (order[a] == removed || order[b] == removed || position[order[a]] < position[order[b]]) continue;
      if (out.flips.size() < RankReversal::k_listed_flips) out.flips.emplace_back(frame.ids[order[b]], frame.ids[order[a]]);
      ++out.count;
    }
  return out;
}

}  // namespace

RankReversalCheck rank_reversals(const DecisionFrame& frame, unsigned threads) {
  RankReversalCheck out;
  const bool all_scaled = std::all_of(frame.is_utility.get(), frame.is_utility.get() + frame.columns(),
                                      [](bool scaled) { return scaled; });
  if (frame.linear && all_scaled) {
    out.reason = Phrase{Message::rr_value_functions, {}};
    return out;
  }
  if (frame.rows() < 3) {
    out.reason = Phrase{Message::rr_three_providers, {}};
    return out;
  }
  if (frame.rows() > k_max_rank_reversal_rows) {
    out.reason = Phrase{Message::rr_too_many, {static_cast<std::int64_t>(k_max_rank_reversal_rows)}};
    return out;
  }
  out.checked = true;
  const std::vector<std::size_t> order = frame_order(frame, frame_scores(frame, frame.weights));
  std::vector<RankReversal> each(frame.rows());
  parallel_for(frame.rows(), threads, [&](std::size_t removed) { each[removed] = check_removal(frame, order, removed); });
  for (RankReversal& reversal : each)
    if (reversal.count > 0) out.reversals.push_back(std::move(reversal));
  return out;
}

}  // namespace criterio
