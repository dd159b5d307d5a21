#pragma once
// The evaluator panels' disagreement over a whole problem, for Result::panel.

#include <optional>

#include "criterio/panel.hpp"
#include "criterio/problem.hpp"

namespace criterio {

// Per rated criterion: the mean and largest spread over the providers it was
// rated for (ranked or excluded: ratings are input, not outcome) and who is
// most often the outlier. nullopt when no value was rated.
std::optional<PanelSummary> summarize_panel(const Problem& problem);

}  // namespace criterio
