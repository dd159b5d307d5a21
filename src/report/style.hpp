#pragma once
// Shared presentation helpers: colour, bars, labels, the header line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/report.hpp"
#include "criterio/smaa.hpp"

namespace criterio::report {

enum class Colour { none, bold, dim, red, green, yellow, cyan };

// Wraps `text` in an ANSI colour when `on`; control characters in `text`
// are replaced either way (see printable()).
std::string paint(std::string_view text, Colour colour, bool on);

// A bar of `width` cells filled to `fraction` (0..1), in eighths.
std::string bar(double fraction, int width);

// Where a score falls between the lowest and highest shown, for bars (0..1).
double bar_fraction(const Result& result, double score);

// "Uptime SLA" for "uptime_sla".
std::string criterion_name(const Result& result, std::string_view id);

// "Uptime SLA, Monthly price": the names of the first `most` of `ids`.
std::string criterion_names(const Result& result, const std::vector<std::string>& ids, std::size_t most);

// "wsm (normalization=max) · profile x · as of 2026-11-01", in `language`.
std::string method_line(const Result& result, Language language);

// "wsm (normalization=max)": a method and its parameters, without the profile and date.
std::string method_with_params(const Result& result);

// Who each method puts first, by provider id: "topsis and wsm pick nimbus;
// vikor picks harbor", or "every method picks nimbus".
std::string winners_text(const MethodComparison& comparison, Language language);

// The name of a set a method singles out as people read it.
std::string set_label(const ProviderSet& set, Language language);

// Why a provider is excluded: its reasons in `language`, joined by "; ".
std::string reasons_text(const ExcludedProvider& provider, Language language);

// How a node's local weight came about, in `language`; empty for the root.
std::string basis_text(const WeightNode& node, Language language);

// What a contribution is under the result's method, in `language`; empty
// when nothing was ranked.
std::string contribution_meaning(const Result& result, Language language);

// Pads `text` with spaces to `width` columns (left or right aligned), cutting it when longer.
std::string pad(std::string_view text, std::size_t width, bool right_align = false);

// Prose wrapped at spaces to lines of at most `width` columns; lines after
// the first start with `indent` spaces. A word longer than a line stays whole.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent = 0);

// One rated value, e.g. "Courtesy: ana 4, ben 5, carla 2 → mean 3.67;
// spread 1.25; carla is the outlier".
std::string panel_line(const Result& result, const Contribution& contribution);

// One criterion over the whole result, e.g. "Courtesy: mean spread 0.82 over
// 3 providers (largest 1.25, harbor); carla is most often the outlier (2 of 3)".
std::string panel_summary_line(const Result& result, const PanelCriterionSummary& summary);

// Score as printed in tables: 4 decimals.
std::string score_text(double score);

// The SMAA rows, the likeliest winners first (then by id, the rows' order).
std::vector<std::size_t> smaa_rows(const SmaaResult& s);

}  // namespace criterio::report
