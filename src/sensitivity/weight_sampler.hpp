#pragma once
// How SMAA draws weight vectors uniformly from the region the decision
// maker's constraints leave: exactly where a direct construction exists (no
// constraints, an importance order, lower bounds), by rejection from one of
// those when upper bounds cut the region but leave enough of it, and by a
// hit-and-run Markov chain (Tervonen et al. 2013) otherwise.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "criterio/phrase.hpp"
#include "criterio/smaa.hpp"
#include "sensitivity/random.hpp"

namespace criterio::sensitivity {

enum class SamplerKind {
  simplex,       // no constraints: normalised exponentials
  order,         // an importance order only: sorted simplex point, random linear extension
  lower_bounds,  // lower bounds only: w = l + (1 - Σl) u
  single_point,  // the constraints leave one weight vector
  rejection,     // proposals from `proposal`, kept when they satisfy every constraint
  hit_and_run,   // a Markov chain inside the polytope
};

class WeightSampler {
 public:
  // Checks `constraints` for `columns` columns (named by `names`, for
  // messages) and chooses how to sample. Throws Error(usage) when no weights
  // satisfy them. `seed` drives the pilot batch that measures rejection's
  // acceptance rate; below `min_acceptance` hit-and-run runs instead (above 1:
  // always, where rejection would).
  WeightSampler(std::size_t columns, const WeightConstraints& constraints, std::span<const std::string> names,
                std::uint64_t seed, double min_acceptance = k_min_acceptance);

  // Rejection wastes 49 proposals per sample at this acceptance rate; below
  // it a hit-and-run chain is cheaper.
  static constexpr double k_min_acceptance = 0.02;

  SamplerKind kind() const { return m_kind; }
  Phrase description() const;
  std::size_t columns() const { return m_columns; }

  // Hit-and-run's settings: steps before a chain's first sample, and steps
  // between samples.
  std::size_t burn_in() const { return 50 * thinning(); }
  std::size_t thinning() const { return std::max<std::size_t>(20, m_columns); }

  // One chunk's weight vectors. Holds its scratch (allocated once) and, for
  // hit-and-run, its chain.
  class Stream {
   public:
    explicit Stream(const WeightSampler& sampler);
    // Starts a chunk: hit-and-run starts a new chain and burns it in.
    void restart(Rng& rng);
    // Writes one weight vector (columns() entries, summing to 1).
    void draw(Rng& rng, double* w);

   private:
    friend class WeightSampler;  // its pilot batch draws proposals
    void draw_exact(SamplerKind kind, Rng& rng, double* w);
    void draw_simplex(Rng& rng, double* w);
    void draw_order(Rng& rng, double* w);
    void draw_lower_bounds(Rng& rng, double* w);
    void step(Rng& rng);  // one hit-and-run move

    const WeightSampler& m_sampler;
    std::vector<double> m_sorted;
    std::vector<std::size_t> m_positions;      // order sampler: a linear extension, position -> column
    std::vector<std::size_t> m_free_slots;     // order sampler: scratch for the random placements
    std::vector<double> m_point, m_direction;  // hit-and-run
  };

  // Whether `w` satisfies every constraint (bounds with a tolerance of
  // `slack`).
  bool satisfies(const double* w, double slack = 0) const;

 private:
  void check(std::span<const std::string> names);
  void tighten(std::span<const std::string> names);
  void choose(std::uint64_t seed, double min_acceptance);
  double acceptance(SamplerKind proposal, std::uint64_t seed) const;
  void find_start();

  std::size_t m_columns;
  SamplerKind m_kind = SamplerKind::simplex;
  SamplerKind m_proposal = SamplerKind::simplex;     // rejection's
  std::vector<double> m_lower, m_upper;              // as given ([0, 1] where none)
  std::vector<double> m_tight_lower, m_tight_upper;  // implied by the bounds and the order together
  bool m_has_lower = false, m_has_upper = false;
  std::vector<std::vector<std::size_t>> m_groups;            // the order without empty groups
  std::vector<std::size_t> m_unordered;                      // columns in no group
  std::vector<std::pair<std::size_t, std::size_t>> m_pairs;  // (a, b): w[a] >= w[b], consecutive groups
  std::vector<std::size_t> m_movable;  // columns whose bounds leave room (hit-and-run moves these)
  std::vector<double> m_start;         // hit-and-run's first point, inside the polytope
  double m_acceptance = 1;
};

}  // namespace criterio::sensitivity
