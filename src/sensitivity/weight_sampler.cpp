#include "sensitivity/weight_sampler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "criterio/diagnostics.hpp"
#include "text/messages.hpp"

namespace criterio::sensitivity {

namespace {

// Proposals in the pilot batch that measures rejection's acceptance rate.
constexpr std::size_t k_pilot_proposals = 10000;
// Below this a sum is taken to equal 1, and a bound range to be empty.
constexpr double k_epsilon = 1e-12;

std::string column_name(std::span<const std::string> names, std::size_t j) {
  return j < names.size() && !names[j].empty() ? names[j] : "criterion " + std::to_string(j + 1);
}

[[noreturn]] void infeasible(const std::string& message) {
  throw_usage("SMAA weight constraints: " + message + "; no weights satisfy them");
}

}  // namespace

WeightSampler::WeightSampler(std::size_t columns, const WeightConstraints& constraints,
                             std::span<const std::string> names, std::uint64_t seed, double min_acceptance)
    : m_columns(columns), m_lower(columns, 0.0), m_upper(columns, 1.0) {
  if (!constraints.bounds.empty() && constraints.bounds.size() != columns)
    throw_usage(fmt::format("SMAA weight bounds: {} given for {} criteria", constraints.bounds.size(), columns));
  for (std::size_t j = 0; j < constraints.bounds.size(); ++j) {
    if (!constraints.bounds[j]) continue;
    m_lower[j] = constraints.bounds[j]->first;
    m_upper[j] = constraints.bounds[j]->second;
  }
  std::vector<bool> seen(columns, false);
  for (const auto& group : constraints.order) {
    for (std::size_t j : group) {
      if (j >= columns)
        throw_usage(fmt::format("SMAA importance order: column {} does not exist ({} criteria)", j + 1, columns));
      if (seen[j]) throw_usage("SMAA importance order: " + column_name(names, j) + " appears more than once");
      seen[j] = true;
    }
    if (!group.empty()) m_groups.push_back(group);
  }
  for (std::size_t j = 0; j < columns; ++j)
    if (!seen[j]) m_unordered.push_back(j);
  // With a single group (and nothing else) the order says nothing.
  if (m_groups.size() < 2) {
    m_groups.clear();
    m_unordered.resize(columns);
    std::iota(m_unordered.begin(), m_unordered.end(), std::size_t{0});
  }
  for (std::size_t g = 0; g + 1 < m_groups.size(); ++g)
    for (std::size_t a : m_groups[g])
      for (std::size_t b : m_groups[g + 1]) m_pairs.emplace_back(a, b);
  check(names);
  tighten(names);
  choose(seed, min_acceptance);
}

void WeightSampler::check(std::span<const std::string> names) {
  double lower_sum = 0, upper_sum = 0;
  for (std::size_t j = 0; j < m_columns; ++j) {
    const double l = m_lower[j], u = m_upper[j];
    if (!std::isfinite(l) || !std::isfinite(u) || l < 0 || u > 1)
      throw_usage(fmt::format("SMAA weight bounds of {}: [{}, {}] is not within [0, 1]", column_name(names, j), l, u));
    if (l > u)
      infeasible(fmt::format("the lower bound of {}, {}, is above its upper bound, {}", column_name(names, j), l, u));
    m_has_lower = m_has_lower || l > 0;
    m_has_upper = m_has_upper || u < 1;
    lower_sum += l;
    upper_sum += u;
  }
  if (lower_sum > 1 + k_epsilon) infeasible(fmt::format("the lower bounds sum to {:.6g}, above 1", lower_sum));
  if (upper_sum < 1 - k_epsilon) infeasible(fmt::format("the upper bounds sum to {:.6g}, below 1", upper_sum));
}

// A column the order puts above another must weigh at least the other's lower
// bound; one it puts below, at most the other's upper bound. Both tightened
// vectors then respect the order themselves.
void WeightSampler::tighten(std::span<const std::string> names) {
  m_tight_lower = m_lower;
  m_tight_upper = m_upper;
  const std::size_t groups = m_groups.size();
  for (std::size_t g = groups; g-- > 1;) {
    const auto& below = m_groups[g];
    const std::size_t heaviest = *std::max_element(
        below.begin(), below.end(), [&](std::size_t a, std::size_t b) { return m_tight_lower[a] < m_tight_lower[b]; });
    for (std::size_t a : m_groups[g - 1]) m_tight_lower[a] = std::max(m_tight_lower[a], m_tight_lower[heaviest]);
  }
  for (std::size_t g = 1; g < groups; ++g) {
    const auto& above = m_groups[g - 1];
    const std::size_t lightest = *std::min_element(
        above.begin(), above.end(), [&](std::size_t a, std::size_t b) { return m_tight_upper[a] < m_tight_upper[b]; });
    for (std::size_t b : m_groups[g]) m_tight_upper[b] = std::min(m_tight_upper[b], m_tight_upper[lightest]);
  }
  for (std::size_t j = 0; j < m_columns; ++j)
    if (m_tight_lower[j] > m_tight_upper[j])
      infeasible(fmt::format(
          "with the importance order, {} must weigh at least {} (a less important criterion's lower bound) and at "
          "most {}",
          column_name(names, j), m_tight_lower[j], m_tight_upper[j]));
  const double lower_sum = std::accumulate(m_tight_lower.begin(), m_tight_lower.end(), 0.0);
  const double upper_sum = std::accumulate(m_tight_upper.begin(), m_tight_upper.end(), 0.0);
  if (lower_sum > 1 + k_epsilon)
    infeasible(fmt::format("with the importance order, the lower bounds come to {:.6g}, above 1", lower_sum));
  if (upper_sum < 1 - k_epsilon)
    infeasible(fmt::format("with the importance order, the upper bounds come to {:.6g}, below 1", upper_sum));
}

void WeightSampler::choose(std::uint64_t seed, double min_acceptance) {
  const double lower_sum = std::accumulate(m_tight_lower.begin(), m_tight_lower.end(), 0.0);
  const double upper_sum = std::accumulate(m_tight_upper.begin(), m_tight_upper.end(), 0.0);
  if (lower_sum >= 1 - k_epsilon || upper_sum <= 1 + k_epsilon) {
    m_kind = SamplerKind::single_point;
    m_start = lower_sum >= 1 - k_epsilon ? m_tight_lower : m_tight_upper;
    return;
  }
  const bool ordered = !m_groups.empty();
  if (!m_has_upper && !ordered) {
    m_kind = m_has_lower ? SamplerKind::lower_bounds : SamplerKind::simplex;
    return;
  }
  if (!m_has_upper && !m_has_lower) {
    m_kind = SamplerKind::order;
    return;
  }
  // Either exact sampler covers the region; keep the one that wastes fewer
  // proposals.
  m_proposal = SamplerKind::lower_bounds;
  m_acceptance = acceptance(SamplerKind::lower_bounds, seed);
  if (ordered) {
    const double by_order = acceptance(SamplerKind::order, seed);
    if (by_order > m_acceptance) {
      m_proposal = SamplerKind::order;
      m_acceptance = by_order;
    }
  }
  if (m_acceptance >= min_acceptance) {
    m_kind = SamplerKind::rejection;
    return;
  }
  m_kind = SamplerKind::hit_and_run;
  find_start();
}

double WeightSampler::acceptance(SamplerKind proposal, std::uint64_t seed) const {
  Rng rng(seed, StreamPurpose::pilot, static_cast<std::uint64_t>(proposal));
  Stream stream(*this);
  std::vector<double> w(m_columns);
  std::size_t accepted = 0;
  for (std::size_t k = 0; k < k_pilot_proposals; ++k) {
    stream.draw_exact(proposal, rng, w.data());
    accepted += satisfies(w.data());
  }
  return static_cast<double>(accepted) / static_cast<double>(k_pilot_proposals);
}

// A point strictly inside the polytope where it has room: between the
// tightened lower and upper bounds (both respect the order, so every point
// between them does), then moved halfway to the boundary along a direction
// that widens every gap the order asks for, so that no order constraint is
// tight and the chain can leave in any direction.
void WeightSampler::find_start() {
  const double lower_sum = std::accumulate(m_tight_lower.begin(), m_tight_lower.end(), 0.0);
  const double upper_sum = std::accumulate(m_tight_upper.begin(), m_tight_upper.end(), 0.0);
  const double t = (1 - lower_sum) / (upper_sum - lower_sum);
  m_start.resize(m_columns);
  for (std::size_t j = 0; j < m_columns; ++j) {
    m_start[j] = m_tight_lower[j] + t * (m_tight_upper[j] - m_tight_lower[j]);
    if (m_tight_upper[j] - m_tight_lower[j] > k_epsilon) m_movable.push_back(j);
  }
  if (m_movable.size() < 2) return;
  std::vector<double> widen(m_columns, 0.0);
  for (std::size_t g = 0; g < m_groups.size(); ++g)
    for (std::size_t j : m_groups[g]) widen[j] = -static_cast<double>(g);
  double mean = 0;
  for (std::size_t j : m_movable) mean += widen[j];
  mean /= static_cast<double>(m_movable.size());
  double reach = std::numeric_limits<double>::infinity();
  for (std::size_t j : m_movable) {
    widen[j] -= mean;
    if (widen[j] > 0) reach = std::min(reach, (m_tight_upper[j] - m_start[j]) / widen[j]);
    if (widen[j] < 0) reach = std::min(reach, (m_tight_lower[j] - m_start[j]) / widen[j]);
  }
  if (!std::isfinite(reach)) return;
  for (std::size_t j : m_movable) m_start[j] += reach / 2 * widen[j];
}

bool WeightSampler::satisfies(const double* w, double slack) const {
  for (std::size_t j = 0; j < m_columns; ++j)
    if (w[j] < m_lower[j] - slack || w[j] > m_upper[j] + slack) return false;
  for (const auto& [a, b] : m_pairs)
    if (w[a] < w[b] - slack) return false;
  return true;
}

Phrase WeightSampler::description() const {
  const std::vector within{Phrase{m_groups.empty() ? Message::smp_within_bounds : Message::smp_within_bounds_order, {}}};
  switch (m_kind) {
    case SamplerKind::simplex: return Phrase{Message::smp_simplex, {}};
    case SamplerKind::order: return Phrase{Message::smp_order, {}};
    case SamplerKind::lower_bounds: return Phrase{Message::smp_lower_bounds, {}};
    case SamplerKind::single_point: return Phrase{Message::smp_single_point, {}};
    case SamplerKind::rejection: return Phrase{Message::smp_rejection, {within, fmt::format("{:.0f}", 100 * m_acceptance)}};
    case SamplerKind::hit_and_run:
      return Phrase{Message::smp_hit_and_run,
                    {within, static_cast<std::int64_t>(burn_in()), static_cast<std::int64_t>(thinning())}};
  }
  throw Error(ExitCode::internal, {}, "unknown weight sampler");
}

WeightSampler::Stream::Stream(const WeightSampler& sampler)
    : m_sampler(sampler),
      m_sorted(sampler.m_columns),
      m_positions(sampler.m_columns),
      m_free_slots(sampler.m_columns),
      m_point(sampler.m_start),
      m_direction(sampler.m_columns, 0.0) {}

void WeightSampler::Stream::restart(Rng& rng) {
  if (m_sampler.m_kind != SamplerKind::hit_and_run) return;
  m_point = m_sampler.m_start;
  for (std::size_t k = 0; k < m_sampler.burn_in(); ++k) step(rng);
}

void WeightSampler::Stream::draw(Rng& rng, double* w) {
  switch (m_sampler.m_kind) {
    case SamplerKind::single_point:
      std::copy(m_point.begin(), m_point.end(), w);
      return;
    case SamplerKind::rejection:
      do draw_exact(m_sampler.m_proposal, rng, w);
      while (!m_sampler.satisfies(w));
      return;
    case SamplerKind::hit_and_run:
      for (std::size_t k = 0; k < m_sampler.thinning(); ++k) step(rng);
      // Clamped, as rounding may leave a coordinate a hair outside its bounds.
      for (std::size_t j = 0; j < m_point.size(); ++j)
        w[j] = std::clamp(m_point[j], m_sampler.m_tight_lower[j], m_sampler.m_tight_upper[j]);
      return;
    default:
      draw_exact(m_sampler.m_kind, rng, w);
  }
}

void WeightSampler::Stream::draw_exact(SamplerKind kind, Rng& rng, double* w) {
  switch (kind) {
    case SamplerKind::order:
      draw_order(rng, w);
      return;
    case SamplerKind::lower_bounds:
      draw_lower_bounds(rng, w);
      return;
    default:
      draw_simplex(rng, w);
  }
}

// Normalised i.i.d. exponentials are Dirichlet(1, ..., 1): uniform over the
// simplex.
void WeightSampler::Stream::draw_simplex(Rng& rng, double* w) {
  const std::size_t n = m_sampler.m_columns;
  double sum = 0;
  for (std::size_t j = 0; j < n; ++j) sum += w[j] = rng.exponential();
  const double scale = 1 / sum;
  for (std::size_t j = 0; j < n; ++j) w[j] *= scale;
}

// The order's region is the union of the cones {w[π1] >= w[π2] >= ...} over
// the permutations π that are linear extensions of the order (up to their
// common boundaries, of measure zero). By symmetry every such cone holds the
// same share of the simplex, so a uniform point of the region is a uniform
// choice of extension and a uniform point of its cone: a uniform simplex
// point sorted in decreasing order and handed out along the extension. A
// uniform extension places the unordered columns at uniformly random
// positions, then fills the remaining positions group by group, in a uniformly
// random order within each group; each extension arises in exactly one way.
void WeightSampler::Stream::draw_order(Rng& rng, double* w) {
  const std::size_t n = m_sampler.m_columns;
  constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  draw_simplex(rng, m_sorted.data());
  std::sort(m_sorted.begin(), m_sorted.end(), std::greater<>());
  std::fill(m_positions.begin(), m_positions.end(), none);
  std::iota(m_free_slots.begin(), m_free_slots.end(), std::size_t{0});
  const auto& unordered = m_sampler.m_unordered;
  for (std::size_t k = 0; k < unordered.size(); ++k) {
    std::swap(m_free_slots[k], m_free_slots[k + rng.below(n - k)]);
    m_positions[m_free_slots[k]] = unordered[k];
  }
  std::size_t position = 0;
  for (const auto& group : m_sampler.m_groups) {
    // A uniform permutation of the group, dealt to the next free positions.
    for (std::size_t k = 0; k < group.size(); ++k) {
      m_free_slots[k] = group[k];
      std::swap(m_free_slots[k], m_free_slots[rng.below(k + 1)]);
    }
    for (std::size_t k = 0; k < group.size(); ++k) {
      while (m_positions[position] != none) ++position;
      m_positions[position] = m_free_slots[k];
    }
  }
  for (std::size_t p = 0; p < n; ++p) w[m_positions[p]] = m_sorted[p];
}

// {w >= l, Σw = 1} is the simplex shrunk by 1 - Σl and moved to l: an affine
// image, so uniform maps to uniform.
void WeightSampler::Stream::draw_lower_bounds(Rng& rng, double* w) {
  const auto& lower = m_sampler.m_tight_lower;
  const double room = 1 - std::accumulate(lower.begin(), lower.end(), 0.0);
  draw_simplex(rng, w);
  for (std::size_t j = 0; j < m_sampler.m_columns; ++j) w[j] = lower[j] + room * w[j];
}

// Hit-and-run (Smith 1984; for SMAA weights, Tervonen et al. 2013): a
// uniformly random direction within Σw = 1 (Gaussian, projected), the chord
// of the polytope through the current point along it, and a uniform point
// on that chord. Its stationary distribution is uniform over the polytope.
void WeightSampler::Stream::step(Rng& rng) {
  const auto& movable = m_sampler.m_movable;
  if (movable.size() < 2) return;
  double mean = 0;
  for (std::size_t j : movable) mean += m_direction[j] = rng.normal();
  mean /= static_cast<double>(movable.size());
  double low = -std::numeric_limits<double>::infinity(), high = std::numeric_limits<double>::infinity();
  // Along x + t d, a constraint c·x <= b holds while t (c·d) <= b - c·x.
  const auto limit = [&](double rate, double room) {
    room = std::max(room, 0.0);
    if (rate > 0) high = std::min(high, room / rate);
    if (rate < 0) low = std::max(low, room / rate);
  };
  for (std::size_t j : movable) {
    const double d = m_direction[j] -= mean;
    limit(d, m_sampler.m_tight_upper[j] - m_point[j]);
    limit(-d, m_point[j] - m_sampler.m_tight_lower[j]);
  }
  for (const auto& [a, b] : m_sampler.m_pairs) limit(m_direction[b] - m_direction[a], m_point[a] - m_point[b]);
  const double t = low + rng.uniform() * (high - low);
  for (std::size_t j : movable) m_point[j] += t * m_direction[j];
}

}  // namespace criterio::sensitivity
