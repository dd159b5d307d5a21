// The evaluator panels' disagreement over a whole problem.

#include "analysis/panel.hpp"

#include <algorithm>
#include <map>

namespace criterio {

namespace {

void note_evaluators(const PanelRatings& panel, std::vector<std::string>& evaluators) {
  for (const auto& r : panel.ratings)
    if (r.rating && std::find(evaluators.begin(), evaluators.end(), r.evaluator) == evaluators.end())
      evaluators.push_back(r.evaluator);
}

std::optional<PanelCriterionSummary> summarize_criterion(const Problem& problem, std::size_t j,
                                                         std::vector<std::string>& evaluators) {
  PanelCriterionSummary summary;
  summary.criterion = problem.criteria[j].id;
  double spread_sum = 0;
  std::vector<std::pair<std::string, std::size_t>> outliers;  // evaluator, times; first-named first
  for (std::size_t i = 0; i < problem.providers.size(); ++i) {
    const auto& panel = problem.measurements[i][j].panel;
    if (!panel || !panel->value) continue;
    note_evaluators(*panel, evaluators);
    ++summary.providers;
    spread_sum += panel->spread;
    if (summary.max_spread_provider.empty() || panel->spread > summary.max_spread) {
      summary.max_spread = panel->spread;
      summary.max_spread_provider = problem.providers[i].id;
    }
    if (!panel->outlier) continue;
    const auto it = std::find_if(outliers.begin(), outliers.end(), [&](const auto& o) { return o.first == *panel->outlier; });
    if (it == outliers.end()) outliers.emplace_back(*panel->outlier, 1);
    else ++it->second;
  }
  if (summary.providers == 0) return std::nullopt;
  summary.mean_spread = spread_sum / static_cast<double>(summary.providers);
  for (const auto& [evaluator, times] : outliers) summary.outlier_times = std::max(summary.outlier_times, times);
  for (const auto& [evaluator, times] : outliers)
    if (times == summary.outlier_times) summary.most_often_outlier.push_back(evaluator);
  return summary;
}

}  // namespace

std::optional<PanelSummary> summarize_panel(const Problem& problem) {
  PanelSummary summary;
  summary.aggregate = problem.ratings;
  for (std::size_t j = 0; j < problem.criteria.size(); ++j)
    if (auto c = summarize_criterion(problem, j, summary.evaluators)) summary.criteria.push_back(std::move(*c));
  if (summary.criteria.empty()) return std::nullopt;
  return summary;
}

}  // namespace criterio
