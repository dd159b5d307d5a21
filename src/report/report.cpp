#include "criterio/report.hpp"

#include "criterio/diagnostics.hpp"
#include "report/formats.hpp"

namespace criterio {

namespace {

// The workbook holds a ranking or a weight tree; other outputs are refused.
[[noreturn]] void no_workbook(std::string_view what) {
  throw_usage("-f xlsx gives a workbook for `criterio rank` (one method) and `criterio weights`, not for " +
              std::string(what) + "; use -f csv or -f json");
}

[[noreturn]] void no_html(std::string_view what) {
  throw_usage(std::string(what) +
              " has no HTML report; -f html is for rank, sensitivity, explain (a ranked provider) and weights");
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "markdown" || name == "md") return Format::markdown;
  if (name == "xlsx") return Format::xlsx;
  if (name == "html") return Format::html;
  return std::nullopt;
}

std::string_view to_string(Format format) {
  switch (format) {
    case Format::table: return "table";
    case Format::json: return "json";
    case Format::csv: return "csv";
    case Format::markdown: return "markdown";
    case Format::xlsx: return "xlsx";
    case Format::html: return "html";
  }
  return "table";
}

std::string render_ranking(const Result& result, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::ranking_table(result, options);
    case Format::json: return report::ranking_json(result, options);
    case Format::csv: return report::ranking_csv(result, options);
    case Format::markdown: return report::ranking_markdown(result, options);
    case Format::xlsx: return report::ranking_xlsx(result, options);
    case Format::html: return report::ranking_html(result, options);
  }
  return {};
}

std::string render_ranking(const Result& result, const SensitivityReport& robustness, Format format,
                           const RenderOptions& options) {
  RenderOptions plain = options;
  plain.color = false;
  switch (format) {
    case Format::table: return report::ranking_table(result, options) + report::sensitivity_sections(robustness, options);
    case Format::json: return report::ranking_json(result, options, &robustness);
    case Format::markdown:
      return report::ranking_markdown(result, options) + "\n## Robustness\n\n```text" +
             report::sensitivity_sections(robustness, plain) + "```\n";
    case Format::html: return report::ranking_html(result, options, &robustness);
    case Format::csv: throw_usage("the robustness figures do not fit a ranking CSV; use `criterio sensitivity -f csv`");
    case Format::xlsx: no_workbook("--robustness");
  }
  return {};
}

std::string render_sensitivity(const SensitivityReport& report, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::sensitivity_table(report, options);
    case Format::json: return report::sensitivity_json(report, options);
    case Format::csv: return report::sensitivity_csv(report, options);
    case Format::markdown: return report::sensitivity_markdown(report, options);
    case Format::xlsx: no_workbook("`criterio sensitivity`");
    case Format::html: return report::sensitivity_html(report, options);
  }
  return {};
}

std::string render_ranking_csv(const MatrixRanking& ranking, const RenderOptions& options) {
  std::string out;
  report::ranking_csv(ranking, options, [&out](std::string_view piece) { out += piece; });
  return out;
}

void render_ranking_csv(const MatrixRanking& ranking, const RenderOptions& options,
                        const std::function<void(std::string_view)>& write) {
  report::ranking_csv(ranking, options, write);
}

std::string render_explanation(const Result& result, const RankedProvider& provider, Format format,
                               const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::explanation_table(result, provider, options);
    case Format::json: return report::explanation_json(result, provider, options);
    case Format::csv: return report::explanation_csv(result, provider, options);
    case Format::markdown: return report::explanation_markdown(result, provider, options);
    case Format::xlsx: no_workbook("`criterio explain`");
    case Format::html: return report::explanation_html(result, provider, options);
  }
  return {};
}

std::string render_exclusion(const Result& result, const ExcludedProvider& provider, Format format,
                             const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::exclusion_table(result, provider, options);
    case Format::json: return report::exclusion_json(result, provider, options);
    case Format::csv: return report::exclusion_csv(result, provider, options);
    case Format::markdown: return report::exclusion_markdown(result, provider, options);
    case Format::xlsx: no_workbook("`criterio explain`");
    case Format::html: no_html("explain of an excluded provider");
  }
  return {};
}

std::string render_comparison(const Result& result, const Comparison& comparison, Format format,
                              const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::comparison_table(result, comparison, options);
    case Format::json: return report::comparison_json(result, comparison, options);
    case Format::csv: return report::comparison_csv(result, comparison, options);
    case Format::markdown: return report::comparison_markdown(result, comparison, options);
    case Format::xlsx: no_workbook("`criterio compare`");
    case Format::html: no_html("compare");
  }
  return {};
}

std::string render_weights(const WeightReport& report, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::weights_table(report, options);
    case Format::json: return report::weights_json(report, options);
    case Format::csv: return report::weights_csv(report, options);
    case Format::markdown: return report::weights_markdown(report, options);
    case Format::xlsx: return report::weights_xlsx(report, options);
    case Format::html: return report::weights_html(report, options);
  }
  return {};
}

std::string render_diff(const ResultDiff& diff, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::diff_table(diff, options);
    case Format::json: return report::diff_json(diff, options);
    case Format::csv: return report::diff_csv(diff, options);
    case Format::markdown: return report::diff_markdown(diff, options);
    case Format::xlsx: no_workbook("`criterio diff`");
    case Format::html: no_html("diff");
  }
  return {};
}

std::string render_method_comparison(const MethodComparison& comparison, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table: return report::methods_table(comparison, options);
    case Format::json: return report::methods_json(comparison, options);
    case Format::csv: return report::methods_csv(comparison, options);
    case Format::markdown: return report::methods_markdown(comparison, options);
    case Format::xlsx: no_workbook("several methods (--methods)");
    case Format::html: no_html("rank with several methods");
  }
  return {};
}

}  // namespace criterio
