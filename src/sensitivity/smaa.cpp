// SMAA-2 (Lahdelma & Salminen 2001) on a DecisionFrame. Samples are cut into
// fixed chunks, each with its own random stream, so that the result does not
// depend on which thread ran which chunk; chunks are folded in chunk order.

#include "criterio/smaa.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sensitivity/kernels.hpp"
#include "sensitivity/random.hpp"
#include "sensitivity/weight_sampler.hpp"
#include "support/parallel.hpp"

namespace criterio {

bool WeightConstraints::empty() const {
  return std::none_of(bounds.begin(), bounds.end(), [](const auto& b) { return b.has_value(); }) &&
         std::all_of(order.begin(), order.end(), [](const auto& group) { return group.empty(); });
}

namespace {

using sensitivity::Rng;
using sensitivity::StreamPurpose;
using sensitivity::WeightSampler;

// Samples per chunk (the unit of work and of random streams), samples per
// matrix product in the fast path (a block of scores stays in cache), and the
// most value draws the confidence factors take.
constexpr std::size_t k_chunk = 4096;
constexpr std::size_t k_block = 256;
constexpr std::size_t k_max_confidence_draws = 10000;

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();

// Reports progress at most once per percent, from the calling thread as it
// folds the chunks.
class ProgressReporter {
 public:
  ProgressReporter(const std::function<void(double)>& callback, std::size_t total)
      : m_callback(callback), m_total(total) {}
  void advance(std::size_t done) {
    m_done += done;
    if (!m_callback || m_total == 0) return;
    const auto percent = static_cast<int>(100 * m_done / m_total);
    if (percent <= m_percent || percent >= 100) return;
    m_percent = percent;
    m_callback(static_cast<double>(m_done) / static_cast<double>(m_total));
  }
  void finish() const {
    if (m_callback) m_callback(1.0);
  }

 private:
  const std::function<void(double)>& m_callback;
  std::size_t m_total, m_done = 0;
  int m_percent = -1;
};

// Runs `total` items in chunks of k_chunk on up to `threads` threads. Each
// thread makes its own worker (its scratch); a worker turns (chunk, begin,
// end) into a Result, and `fold` sees the results in chunk order, on this
// thread, which also reports the progress.
template <class MakeWorker, class Fold>
void run_chunks(std::size_t total, unsigned threads, ProgressReporter& progress, const MakeWorker& make_worker,
                const Fold& fold) {
  const auto make_producer = [&] {
    return [&, worker = make_worker()](std::size_t chunk) mutable {
      const std::size_t begin = chunk * k_chunk;
      return worker(chunk, begin, std::min(total, begin + k_chunk));
    };
  };
  std::size_t folded = 0;  // chunks come in order
  parallel_ordered((total + k_chunk - 1) / k_chunk, threads, make_producer, [&](const auto& result) {
    fold(result);
    const std::size_t begin = folded++ * k_chunk;
    progress.advance(std::min(total, begin + k_chunk) - begin);
  });
}

// One draw of an uncertain value, in the units of its distribution.
double draw(const Uncertainty& u, Rng& rng) {
  switch (u.kind) {
    case Uncertainty::Kind::uniform:
      return u.low + rng.uniform() * (u.high - u.low);
    case Uncertainty::Kind::triangular: {
      // Inverse distribution function, in two pieces either side of the mode.
      const double width = u.high - u.low;
      if (width <= 0) return u.mode;
      const double p = rng.uniform();
      if (p * width < u.mode - u.low) return u.low + std::sqrt(p * width * (u.mode - u.low));
      return u.high - std::sqrt((1 - p) * width * (u.high - u.mode));
    }
    case Uncertainty::Kind::normal:
      return u.mode + u.sd * rng.normal();
  }
  return u.mode;
}

// Every uncertain cell of `frame` drawn into `values` (the other cells are
// left as they are). A normal draw is clamped to the values the column can
// take: the criterion's scale domain, or [0, 1] for utilities given as such.
void draw_values(const DecisionFrame& frame, Rng& rng, Eigen::MatrixXd& values) {
  for (const UncertainCell& cell : frame.uncertain) {
    const Criterion& criterion = frame.criteria[cell.column];
    double x = draw(cell.distribution, rng);
    if (cell.distribution.kind == Uncertainty::Kind::normal) {
      if (!cell.raw_units && frame.is_utility[cell.column]) {
        x = std::clamp(x, 0.0, 1.0);
      } else {
        if (criterion.scale.min) x = std::max(x, *criterion.scale.min);
        if (criterion.scale.max) x = std::min(x, *criterion.scale.max);
      }
    }
    values(static_cast<Eigen::Index>(cell.row), static_cast<Eigen::Index>(cell.column)) =
        cell.raw_units ? method_value(criterion, x) : x;
  }
}

// What the samples share.
struct Context {
  const DecisionFrame& frame;
  const WeightSampler& sampler;
  std::uint64_t seed;
  std::size_t rows, columns;
  bool fast;             // scores = utilities · weights, by blocks
  bool sampling_values;  // uncertain cells are drawn per sample
  double sign;           // +1, or -1 when lower scores are better: higher signed scores win
  // Fast path: sign × the frame's utilities, with zero rows added up to a
  // multiple of k_score_rows.
  Eigen::MatrixXd signed_utilities;

  // Scores of the method on `values` at `w`, signed.
  Eigen::VectorXd scores(const Eigen::MatrixXd& values, const Eigen::VectorXd& w) const {
    return sign * frame.method->evaluate(frame.input(values, w)).scores;
  }
};

// One chunk's counts: how often each row took each rank, and the sum of the
// weights of the samples each row won.
struct Tally {
  std::vector<std::uint64_t> ranks;  // rows × rows: (row, rank) at row * rows + rank
  Eigen::MatrixXd first_weights;     // columns × rows: one column per row
};

class SampleWorker {
 public:
  explicit SampleWorker(const Context& context)
      : m_context(context),
        m_stream(context.sampler),
        m_weights(static_cast<Eigen::Index>(context.columns), static_cast<Eigen::Index>(k_block)),
        m_scores(context.signed_utilities.rows(), static_cast<Eigen::Index>(k_block)),
        m_ranks(context.rows),
        m_w(static_cast<Eigen::Index>(context.columns)) {
    if (context.sampling_values) m_values = context.frame.values;
  }

  Tally operator()(std::size_t chunk, std::size_t begin, std::size_t end) {
    const auto rows = static_cast<Eigen::Index>(m_context.rows);
    Tally tally{std::vector<std::uint64_t>(m_context.rows * m_context.rows, 0),
                Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m_context.columns), rows)};
    Rng rng(m_context.seed, StreamPurpose::samples, chunk);
    m_stream.restart(rng);
    if (m_context.fast)
      fast_chunk(rng, end - begin, tally);
    else
      general_chunk(rng, end - begin, tally);
    return tally;
  }

 private:
  // A block of weight vectors, one product for all their scores, then ranks.
  void fast_chunk(Rng& rng, std::size_t count, Tally& tally) {
    for (std::size_t done = 0; done < count; done += k_block) {
      const auto block = static_cast<Eigen::Index>(std::min(k_block, count - done));
      for (Eigen::Index s = 0; s < block; ++s) m_stream.draw(rng, m_weights.col(s).data());
      const Eigen::MatrixXd& utilities = m_context.signed_utilities;
      sensitivity::score_block(utilities.data(), static_cast<std::size_t>(utilities.rows()), m_context.columns,
                               m_weights.data(), static_cast<std::size_t>(block), m_scores.data());
      for (Eigen::Index s = 0; s < block; ++s) record(m_scores.col(s).data(), m_weights.col(s).data(), tally);
    }
  }

  void general_chunk(Rng& rng, std::size_t count, Tally& tally) {
    const Eigen::MatrixXd& values = m_context.sampling_values ? m_values : m_context.frame.values;
    for (std::size_t s = 0; s < count; ++s) {
      m_stream.draw(rng, m_w.data());
      if (m_context.sampling_values) draw_values(m_context.frame, rng, m_values);
      const Eigen::VectorXd scores = m_context.scores(values, m_w);
      record(scores.data(), m_w.data(), tally);
    }
  }

  void record(const double* scores, const double* w, Tally& tally) {
    const std::size_t rows = m_context.rows;
    const std::int32_t* beaten = m_ranks.count(scores);
    for (std::size_t i = 0; i < rows; ++i) {
      const auto rank = static_cast<std::size_t>(beaten[i]);
      ++tally.ranks[i * rows + rank];
      if (rank == 0)
        tally.first_weights.col(static_cast<Eigen::Index>(i)) +=
            Eigen::Map<const Eigen::VectorXd>(w, static_cast<Eigen::Index>(m_context.columns));
    }
  }

  const Context& m_context;
  WeightSampler::Stream m_stream;
  Eigen::MatrixXd m_weights, m_scores;  // fast path: columns × block, rows × block
  sensitivity::RankCounter m_ranks;
  Eigen::VectorXd m_w;       // general path
  Eigen::MatrixXd m_values;  // when sampling values: the frame's, with this sample's uncertain cells
};

// Whether row `row` ranks first: no earlier row scores as much, no later row
// more (ties go to the lower row).
bool ranks_first(const Eigen::VectorXd& scores, Eigen::Index row) {
  const double own = scores(row);
  for (Eigen::Index j = 0; j < scores.size(); ++j)
    if (j < row ? scores(j) >= own : j > row && scores(j) > own) return false;
  return true;
}

// Confidence factors with the values as they are: one evaluation per row.
Eigen::VectorXd fixed_confidence(const Context& context, const std::vector<Eigen::VectorXd>& central) {
  Eigen::VectorXd confidence = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(context.rows), k_nan);
  const Eigen::MatrixXd& utilities = context.signed_utilities;
  for (std::size_t i = 0; i < context.rows; ++i) {
    if (central[i].size() == 0) continue;
    Eigen::VectorXd scores;
    if (context.fast) {  // the samples' kernel, so that a near tie falls the same way
      scores.resize(utilities.rows());
      sensitivity::score_block(utilities.data(), static_cast<std::size_t>(utilities.rows()), context.columns,
                               central[i].data(), 1, scores.data());
    } else {
      scores = context.scores(context.frame.values, central[i]);
    }
    confidence(static_cast<Eigen::Index>(i)) =
        ranks_first(scores.head(static_cast<Eigen::Index>(context.rows)), static_cast<Eigen::Index>(i)) ? 1 : 0;
  }
  return confidence;
}

// Confidence factors over `draws` value draws: the share in which each row
// ranks first at its own central weights.
Eigen::VectorXd sampled_confidence(const Context& context, const std::vector<Eigen::VectorXd>& central,
                                   std::size_t draws, unsigned threads, ProgressReporter& progress) {
  std::vector<std::size_t> winners;  // rows with central weights
  for (std::size_t i = 0; i < context.rows; ++i)
    if (central[i].size() > 0) winners.push_back(i);
  // For a linear method, one evaluation per draw gives the utilities, and one
  // product the scores at every central weight vector.
  Eigen::MatrixXd central_by_column(static_cast<Eigen::Index>(context.columns),
                                    static_cast<Eigen::Index>(winners.size()));
  for (std::size_t k = 0; k < winners.size(); ++k)
    central_by_column.col(static_cast<Eigen::Index>(k)) = central[winners[k]];
  std::vector<std::uint64_t> firsts(context.rows, 0);
  const auto make_worker = [&] {
    return [&, values = context.frame.values](std::size_t chunk, std::size_t begin, std::size_t end) mutable {
      std::vector<std::uint64_t> counts(context.rows, 0);
      Rng rng(context.seed, StreamPurpose::confidence, chunk);
      for (std::size_t d = begin; d < end; ++d) {
        draw_values(context.frame, rng, values);
        if (context.frame.linear) {
          const MethodOutput out =
              context.frame.method->evaluate(context.frame.input(values, context.frame.weights, false));
          const Eigen::MatrixXd scores = context.sign * out.utilities * central_by_column;
          for (std::size_t k = 0; k < winners.size(); ++k)
            counts[winners[k]] +=
                ranks_first(scores.col(static_cast<Eigen::Index>(k)), static_cast<Eigen::Index>(winners[k]));
        } else {
          for (std::size_t i : winners)
            counts[i] += ranks_first(context.scores(values, central[i]), static_cast<Eigen::Index>(i));
        }
      }
      return counts;
    };
  };
  run_chunks(draws, threads, progress, make_worker,
                                         [&](const std::vector<std::uint64_t>& counts) {
                                           for (std::size_t i = 0; i < context.rows; ++i) firsts[i] += counts[i];
                                         });
  Eigen::VectorXd confidence = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(context.rows), k_nan);
  for (std::size_t i : winners)
    confidence(static_cast<Eigen::Index>(i)) = static_cast<double>(firsts[i]) / static_cast<double>(draws);
  return confidence;
}

// SMAA-2's meta-weights fall linearly from 1 at rank 1 to 0 at the last.
Eigen::VectorXd holistic_acceptability(const Eigen::MatrixXd& acceptability) {
  const Eigen::Index m = acceptability.rows();
  Eigen::VectorXd meta(m);
  for (Eigen::Index r = 0; r < m; ++r)
    meta(r) = m == 1 ? 1.0 : static_cast<double>(m - 1 - r) / static_cast<double>(m - 1);
  return acceptability * meta;
}

void check_frame(const DecisionFrame& frame) {
  const auto rows = static_cast<Eigen::Index>(frame.rows()), cols = static_cast<Eigen::Index>(frame.columns());
  if (!frame.method || (!frame.is_utility && frame.columns() > 0) || frame.criteria.size() != frame.columns() ||
      frame.directions.size() != frame.columns() || frame.ids.size() != frame.rows() ||
      (frame.linear && (frame.utilities.rows() != rows || frame.utilities.cols() != cols)))
    throw Error(ExitCode::internal, SourceLocation{}, "SMAA: the decision frame's parts do not match its matrix");
  for (const UncertainCell& cell : frame.uncertain)
    if (cell.row >= frame.rows() || cell.column >= frame.columns())
      throw Error(ExitCode::internal, SourceLocation{}, "SMAA: an uncertain cell lies outside the matrix");
}

}  // namespace

SmaaResult smaa(const DecisionFrame& frame, const SmaaOptions& options) {
  if (options.samples == 0 || options.samples > k_max_smaa_samples)
    throw_usage("SMAA samples must be between 1 and " + std::to_string(k_max_smaa_samples) + ", not " +
                std::to_string(options.samples));
  check_frame(frame);
  const std::size_t rows = frame.rows(), columns = frame.columns();
  const auto m = static_cast<Eigen::Index>(rows), n = static_cast<Eigen::Index>(columns);
  SmaaResult result;
  result.samples = options.samples;
  result.central_weights.resize(m, n);
  if (rows == 0) return result;
  if (columns == 0) throw_usage("SMAA needs at least one criterion to weigh");
  std::vector<std::string> names;
  for (const Criterion& criterion : frame.criteria) names.push_back(criterion.id);
  const WeightSampler sampler(columns, options.weights, names, options.seed);
  result.sampler = sampler.description();
  result.acceptability.resize(m, m);

  const bool sampling_values = options.sample_values && !frame.uncertain.empty();
  Context context{frame,
                  sampler,
                  options.seed,
                  rows,
                  columns,
                  frame.linear && !sampling_values,
                  sampling_values,
                  frame.higher_is_better ? 1.0 : -1.0,
                  {}};
  if (context.fast) {
    const std::size_t padded =
        (rows + sensitivity::k_score_rows - 1) / sensitivity::k_score_rows * sensitivity::k_score_rows;
    context.signed_utilities = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(padded), n);
    context.signed_utilities.topRows(m) = context.sign * frame.utilities;
  }
  const unsigned threads = thread_count(options.threads);
  const std::size_t confidence_draws = sampling_values ? std::min(options.samples, k_max_confidence_draws) : 0;
  ProgressReporter progress(options.progress, options.samples + confidence_draws);

  std::vector<std::uint64_t> ranks(rows * rows, 0);
  Eigen::MatrixXd first_weights = Eigen::MatrixXd::Zero(n, m);
  run_chunks(
      options.samples, threads, progress, [&] { return SampleWorker(context); },
      [&](const Tally& tally) {
        for (std::size_t k = 0; k < ranks.size(); ++k) ranks[k] += tally.ranks[k];
        first_weights += tally.first_weights;
      });

  const auto total = static_cast<double>(options.samples);
  std::vector<Eigen::VectorXd> central(rows);
  for (Eigen::Index i = 0; i < m; ++i) {
    for (Eigen::Index r = 0; r < m; ++r)
      result.acceptability(i, r) = static_cast<double>(ranks[static_cast<std::size_t>(i * m + r)]) / total;
    const auto wins = ranks[static_cast<std::size_t>(i * m)];
    if (wins > 0) central[static_cast<std::size_t>(i)] = first_weights.col(i) / static_cast<double>(wins);
    result.central_weights.row(i) = wins > 0 ? Eigen::RowVectorXd(central[static_cast<std::size_t>(i)].transpose())
                                             : Eigen::RowVectorXd::Constant(n, k_nan);
  }
  result.confidence = sampling_values ? sampled_confidence(context, central, confidence_draws, threads, progress)
                                      : fixed_confidence(context, central);
  result.holistic = holistic_acceptability(result.acceptability);
  const Eigen::ArrayXd first = result.acceptability.col(0).array();
  result.standard_error = (first * (1 - first) / total).sqrt().matrix();
  progress.finish();
  return result;
}

}  // namespace criterio
