#pragma once
// How sure is the ranking? Weight stability intervals, what it takes for a
// provider to overtake, rank reversal when a provider leaves, and SMAA-2
// acceptabilities, gathered into one report. Pure computation: formatters
// render a SensitivityReport; nothing here prints.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "criterio/evaluate.hpp"
#include "criterio/frame.hpp"
#include "criterio/phrase.hpp"
#include "criterio/problem.hpp"
#include "criterio/smaa.hpp"

namespace criterio {

// The problem `evaluate` would rank, as a frame: the included providers in
// id order, imputed values, derived weights, the method. Uncertain cells are
// the spreads of the providers files and, when `missing_uncertain`, every
// missing value (across the scale's range for a scaled criterion, across the
// observed range otherwise). Throws as evaluate() does; when every provider
// is excluded the frame has no rows.
DecisionFrame make_frame(const Problem& problem, const EvaluationOptions& options, bool missing_uncertain);

// The scores of `frame` with weights `w` (and its own values).
Eigen::VectorXd frame_scores(const DecisionFrame& frame, const Eigen::VectorXd& w);

// Rows best first by `scores`, ties by row (rows are in id order).
std::vector<std::size_t> frame_order(const DecisionFrame& frame, const Eigen::VectorXd& scores);

// An end of a stability interval: the weight, and who changes places there
// (empty when the interval reaches 0 or 1 and nothing changes).
struct IntervalEnd {
  double weight = 0;
  std::string up;    // the provider that moves up past `down`
  std::string down;
};

// The range of one criterion's weight, the others rescaled in proportion,
// within which the winner stays first and the whole order stays the same.
struct StabilityInterval {
  std::string criterion;
  double weight = 0;  // now
  IntervalEnd winner_low, winner_high;
  IntervalEnd order_low, order_high;
};

struct StabilityOptions {
  // Methods that are not linear in the weights: the weight is stepped by
  // `scan_step` away from its value, and a change found is located by
  // bisection to `tolerance`.
  double scan_step = 0.01;
  double tolerance = 1e-6;
  unsigned threads = 0;  // criteria scanned at once (0: the hardware's); the result does not depend on it
};

struct Stability {
  bool exact = false;  // closed form (the additive model); else scanned
  StabilityOptions options;
  std::vector<StabilityInterval> intervals;  // one per criterion, in criteria order; none for one criterion
};

Stability stability_intervals(const DecisionFrame& frame, const StabilityOptions& options = {});

// What one provider would need on one criterion, all else equal, to reach
// its target (first place, or above a rival).
struct Improvement {
  std::string criterion;
  enum class Status { reachable, unreachable, already } status = Status::unreachable;
  double from = 0;            // the value now (raw units, or the rating/point/level utility)
  double to = 0;              // the threshold: beyond it (continuous) or at it (levels) the target is reached
  bool exact_level = false;   // `to` is a level that reaches it (likert point, yes/no, label), not a threshold
  std::string from_display;   // "12.00 €", "email"
  std::string to_display;
  std::string bound;          // what limits the search when unreachable ("the scale's best, 100 %")
};

struct WhatItTakes {
  std::string provider;
  std::string rival;  // empty: first place
  int rank = 0;       // the provider's rank now
  std::vector<Improvement> criteria;  // in criteria order
};

// Throws Error(usage) for an unknown provider or rival (with did-you-mean).
// Criteria are searched on up to `threads` threads (0: the hardware's); the
// result does not depend on it.
WhatItTakes what_it_takes(const DecisionFrame& frame, const Problem& problem, std::string_view provider,
                          std::string_view rival, unsigned threads = 0);

// The pairs of providers whose order flips when one provider is removed.
struct RankReversal {
  std::string removed;
  std::size_t count = 0;  // pairs that flip
  std::vector<std::pair<std::string, std::string>> flips;  // (now above, was above), the first k_listed_flips
  static constexpr std::size_t k_listed_flips = 10;
};

struct RankReversalCheck {
  bool checked = false;
  std::optional<Phrase> reason;  // why not checked, or why it cannot happen
  std::vector<RankReversal> reversals;
};

inline constexpr std::size_t k_max_rank_reversal_rows = 500;

RankReversalCheck rank_reversals(const DecisionFrame& frame, unsigned threads = 0);

struct SensitivityOptions {
  bool stability = true;
  bool what_it_takes = true;
  bool reversal = true;
  std::optional<std::string> provider;  // what it takes: this provider (default: the runner-up)
  std::string rival;                    // ... to pass this rival (default: first place)
  bool smaa = true;
  SmaaOptions smaa_options;
  bool missing_uncertain = true;
  unsigned threads = 0;  // for every analysis (0: the hardware's); the report does not depend on it
};

struct SensitivityReport {
  std::string title;
  std::string method;
  std::vector<std::pair<std::string, std::string>> params;
  bool higher_is_better = true;
  std::vector<Criterion> criteria;       // with the weights used
  std::vector<std::string> order;        // provider ids, best first
  std::vector<int> ranks;                // by `order`; ties share a rank
  std::vector<double> scores;            // by `order`
  std::optional<Stability> stability;
  std::optional<WhatItTakes> what_it_takes;
  std::optional<RankReversalCheck> reversal;
  std::optional<SmaaResult> smaa;
  std::vector<std::string> smaa_ids;     // rows of the SMAA matrices (id order)
  std::uint64_t seed = 0;
  std::size_t uncertain_cells = 0, missing_cells = 0;
  std::vector<Phrase> sentences;    // the findings, one phrase each
  std::vector<Phrase> warnings;
};

SensitivityReport analyze_sensitivity(const Problem& problem, const EvaluationOptions& evaluation,
                                      const SensitivityOptions& options);

}  // namespace criterio
