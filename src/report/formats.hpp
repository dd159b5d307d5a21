#pragma once
// The formatters behind report.hpp's dispatch, one file per format.

#include <string>

#include "criterio/report.hpp"

namespace criterio::report {

std::string ranking_table(const Result&, const RenderOptions&);
std::string ranking_json(const Result&, const RenderOptions&);
std::string ranking_csv(const Result&, const RenderOptions&);
std::string ranking_csv(const MatrixRanking&, const RenderOptions&);
std::string ranking_markdown(const Result&, const RenderOptions&);

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

std::string diff_table(const ResultDiff&, const RenderOptions&);
std::string diff_json(const ResultDiff&, const RenderOptions&);
std::string diff_csv(const ResultDiff&, const RenderOptions&);
std::string diff_markdown(const ResultDiff&, const RenderOptions&);

std::string methods_table(const MethodComparison&, const RenderOptions&);
std::string methods_json(const MethodComparison&, const RenderOptions&);
std::string methods_csv(const MethodComparison&, const RenderOptions&);
std::string methods_markdown(const MethodComparison&, const RenderOptions&);

}  // namespace criterio::report
