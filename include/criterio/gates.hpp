#pragma once
// CI gates: conditions a ranking must meet, so that a script or a CI job can
// fail when the chosen provider slips (`rank --expect-top`, `--min-score`).
// Checking never prints; the caller reports the reasons and exits with
// ExitCode::gate_failed.

#include <optional>
#include <string>
#include <vector>

#include "criterio/result.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio {

struct Gates {
  std::optional<std::string> expect_top;  // this provider ranks first (sharing first place counts)
  std::optional<double> min_score;        // the score must be at least this (at most, where lower is better)
  std::optional<std::string> score_of;    // whose score --min-score checks (default: the first ranked)

  bool empty() const { return !expect_top && !min_score; }
};

// One plain sentence per gate `result` fails; empty when every gate holds.
// Throws Error(usage) for an id that names no provider, and for `score_of`
// without `min_score`.
std::vector<std::string> failed_gates(const Result& result, const Gates& gates);

// The sentence for a winner whose SMAA first-rank acceptability is below
// `min_acceptability` (or for no winner at all), or nullopt when it is not.
std::optional<std::string> failed_acceptability(const SensitivityReport& report, double min_acceptability);

}  // namespace criterio
