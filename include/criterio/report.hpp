#pragma once
// Formatters: render a Result as text. They never score.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "criterio/consensus.hpp"
#include "criterio/diff.hpp"
#include "criterio/language.hpp"
#include "criterio/result.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio {

// xlsx: a binary workbook, for rankings (render_ranking) and weights
// (render_weights); the other renderers refuse it with Error(usage).
// html: one self-contained page (inline CSS and SVG, no script, a strict
// Content-Security-Policy) for ranking, sensitivity, explain and weights;
// the other renderers throw Error(usage) for it.
enum class Format { table, json, csv, markdown, html, xlsx };

std::optional<Format> parse_format(std::string_view name);
std::string_view to_string(Format format);

struct RenderOptions {
  bool color = false;                 // ANSI colour in tables
  int width = 100;                    // terminal columns available to tables
  std::optional<std::size_t> top;     // show only the first N ranked providers
  bool brief = false;                 // CSV ranking: rank, id, name, score and status only
  // Labels and sentences for people (tables, Markdown, JSON's free text);
  // never JSON or CSV keys, ids, enum values or column headers.
  Language language = Language::en;
};

std::string render_ranking(const Result& result, Format format, const RenderOptions& options);
// The ranking followed by how robust it is (rank --robustness): table and
// Markdown append the sensitivity sections, JSON adds "robustness", HTML a
// robustness section with SMAA's acceptability as stacked bars. CSV has
// no place for them: Error(usage).
std::string render_ranking(const Result& result, const SensitivityReport& robustness, Format format,
                           const RenderOptions& options);
// Weight stability, what it takes, rank reversal and SMAA (criterio sensitivity).
std::string render_sensitivity(const SensitivityReport& report, Format format, const RenderOptions& options);
// A spreadsheet-mode ranking kept as matrices, as CSV: the same bytes
// render_ranking(..., Format::csv, ...) gives for the same file.
std::string render_ranking_csv(const MatrixRanking& ranking, const RenderOptions& options);
// The same bytes handed to `write` in pieces as they are formatted, so that a
// million-row ranking (about 500 MB of CSV with its breakdown) is never held
// whole: what `rank -f csv -o` streams into its output file.
void render_ranking_csv(const MatrixRanking& ranking, const RenderOptions& options,
                        const std::function<void(std::string_view)>& write);
std::string render_explanation(const Result& result, const RankedProvider& provider, Format format,
                               const RenderOptions& options);
// Why an excluded provider has no score: the reasons, and its values as given.
std::string render_exclusion(const Result& result, const ExcludedProvider& provider, Format format,
                             const RenderOptions& options);
std::string render_comparison(const Result& result, const Comparison& comparison, Format format,
                              const RenderOptions& options);
// The weight tree of `criterio weights`: local and global weights, how each
// group's were derived, AHP consistency and advice, panels, notes.
std::string render_weights(const WeightReport& report, Format format, const RenderOptions& options);
// What changed between two rankings (criterio diff).
std::string render_diff(const ResultDiff& diff, Format format, const RenderOptions& options);
// Several methods side by side: their rankings, rank correlations, the Borda
// and Copeland consensus and who each method puts first. `top` limits the
// providers listed, not the figures computed over all of them.
std::string render_method_comparison(const MethodComparison& comparison, Format format, const RenderOptions& options);

}  // namespace criterio
