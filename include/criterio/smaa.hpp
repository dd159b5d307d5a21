#pragma once
// SMAA-2, stochastic multicriteria acceptability analysis (Lahdelma &
// Salminen 2001): sample weights (and uncertain values), rank every sample,
// and report how often each provider takes each rank, the typical weights
// that make it win, and how sure its win is at those weights.

#include <Eigen/Core>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "criterio/frame.hpp"
#include "criterio/phrase.hpp"

namespace criterio {

// What is known about the weights. Without constraints the weights are
// uniform over the simplex (nothing known).
struct WeightConstraints {
  // Per column: the weight lies in [lower, upper] (nullopt: [0, 1]).
  std::vector<std::optional<std::pair<double, double>>> bounds;
  // An importance ranking: groups of columns, most important first; every
  // column in a group weighs at least as much as every column in a later
  // group. Columns within a group, and columns in no group, are unordered.
  std::vector<std::vector<std::size_t>> order;

  bool empty() const;
};

struct SmaaOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  unsigned threads = 0;  // 0: the hardware's
  WeightConstraints weights;
  bool sample_values = true;  // sample the frame's uncertain cells (else use their central values)
  // Called with the fraction of samples done, at most about 100 times, never
  // concurrently.
  std::function<void(double)> progress;
};

struct SmaaResult {
  std::size_t samples = 0;
  Phrase sampler;  // how the weights were drawn ("uniform over the simplex", ...)
  // b(i, r): the share of samples in which row i takes rank r + 1 (rows ×
  // rows); ties go to the lower row. Each row and each column sums to 1.
  Eigen::MatrixXd acceptability;
  // The mean weights of the samples in which row i ranks first (rows ×
  // columns); NaN for a row that never does.
  Eigen::MatrixXd central_weights;
  // The share of value samples in which row i ranks first at its central
  // weights; NaN for a row without central weights.
  Eigen::VectorXd confidence;
  // Σ_r meta(r) · b(i, r) with meta-weights falling linearly from 1 at rank 1
  // to 0 at the last rank (SMAA-2's holistic acceptability).
  Eigen::VectorXd holistic;
  Eigen::VectorXd standard_error;  // of b(i, 0): sqrt(b (1 - b) / samples), by row
};

// Runs SMAA-2 on `frame`. Same frame, options and seed: the same result to
// the last bit, on any number of threads. Throws Error(usage) for bounds and
// an order that no weights satisfy, for samples of 0 or above
// k_max_smaa_samples.
SmaaResult smaa(const DecisionFrame& frame, const SmaaOptions& options);

inline constexpr std::size_t k_max_smaa_samples = 100'000'000;

}  // namespace criterio
