#pragma once
// The formatters behind report.hpp's dispatch, one file per format.

#include <nlohmann/json.hpp>
#include <string>

#include "criterio/report.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio::report {

std::string ranking_table(const Result&, const RenderOptions&);
// With `robustness`, the result carries it under "robustness" (rank --robustness).
std::string ranking_json(const Result&, const RenderOptions&, const SensitivityReport* robustness = nullptr);
std::string ranking_csv(const Result&, const RenderOptions&);
void ranking_csv(const MatrixRanking&, const RenderOptions&, const std::function<void(std::string_view)>& write);
std::string ranking_markdown(const Result&, const RenderOptions&);
// A workbook: Ranking (with a chart), Breakdown and Weights sheets; under the
// weighted sum the scores are formulas of the weights.
std::string ranking_xlsx(const Result&, const RenderOptions&);
// With `robustness`, a robustness section follows the heat map (rank --robustness).
std::string ranking_html(const Result&, const RenderOptions&, const SensitivityReport* robustness = nullptr);
std::string sensitivity_html(const SensitivityReport&, const RenderOptions&);
std::string explanation_html(const Result&, const RankedProvider&, const RenderOptions&);
std::string weights_html(const WeightReport&, const RenderOptions&);

std::string explanation_table(const Result&, const RankedProvider&, const RenderOptions&);
std::string explanation_json(const Result&, const RankedProvider&, const RenderOptions&);
std::string explanation_csv(const Result&, const RankedProvider&, const RenderOptions&);
std::string explanation_markdown(const Result&, const RankedProvider&, const RenderOptions&);

std::string exclusion_table(const Result&, const ExcludedProvider&, const RenderOptions&);
std::string exclusion_json(const Result&, const ExcludedProvider&, const RenderOptions&);
std::string exclusion_csv(const Result&, const ExcludedProvider&, const RenderOptions&);
std::string exclusion_markdown(const Result&, const ExcludedProvider&, const RenderOptions&);

std::string comparison_table(const Result&, const Comparison&, const RenderOptions&);
std::string comparison_json(const Result&, const Comparison&, const RenderOptions&);
std::string comparison_csv(const Result&, const Comparison&, const RenderOptions&);
std::string comparison_markdown(const Result&, const Comparison&, const RenderOptions&);

std::string weights_table(const WeightReport&, const RenderOptions&);
std::string weights_json(const WeightReport&, const RenderOptions&);
std::string weights_csv(const WeightReport&, const RenderOptions&);
std::string weights_markdown(const WeightReport&, const RenderOptions&);
// A workbook with the Weights sheet alone.
std::string weights_xlsx(const WeightReport&, const RenderOptions&);

std::string diff_table(const ResultDiff&, const RenderOptions&);
std::string diff_json(const ResultDiff&, const RenderOptions&);
std::string diff_csv(const ResultDiff&, const RenderOptions&);
std::string diff_markdown(const ResultDiff&, const RenderOptions&);

std::string methods_table(const MethodComparison&, const RenderOptions&);
std::string methods_json(const MethodComparison&, const RenderOptions&);
std::string methods_csv(const MethodComparison&, const RenderOptions&);
std::string methods_markdown(const MethodComparison&, const RenderOptions&);

std::string sensitivity_table(const SensitivityReport&, const RenderOptions&);
std::string sensitivity_json(const SensitivityReport&, const RenderOptions&);
std::string sensitivity_csv(const SensitivityReport&, const RenderOptions&);
std::string sensitivity_markdown(const SensitivityReport&, const RenderOptions&);
// The analyses' sections of the table, without the heading (rank --robustness).
std::string sensitivity_sections(const SensitivityReport&, const RenderOptions&);
// The analyses as a JSON object: stability, what_it_takes, rank_reversal, smaa, findings, warnings.
nlohmann::ordered_json sensitivity_object(const SensitivityReport&, Language language);

// {"code": "below_minimum", "criterion": "uptime_sla", ...}: what a phrase
// says, for tools, without its words; and a list of them.
nlohmann::ordered_json phrase_json(const Phrase& phrase);
nlohmann::ordered_json phrases_json(const std::vector<Phrase>& phrases);

}  // namespace criterio::report
