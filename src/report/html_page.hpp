#pragma once
// The frame of the HTML report: escaping, the one stylesheet and the
// Content-Security-Policy that names it by hash, the page around the
// sections, and the colours the charts share.

#include <cstddef>
#include <string>
#include <string_view>

#include "criterio/language.hpp"

namespace criterio::report::html {

// Text safe in element content and in quoted attribute values: control
// characters replaced (see printable()), then & < > " ' as entities.
std::string escape(std::string_view text);

// The stylesheet, exactly the bytes between <style> and </style>.
std::string_view stylesheet();

// The policy of the meta tag: nothing loads, no script runs, and the only
// style allowed is the stylesheet above, by its SHA-256.
std::string content_security_policy();

// A whole document in `language` (<html lang>): head (charset, policy,
// title, stylesheet) and `body`, which is markup already escaped.
std::string page(std::string_view title, std::string_view body, Language language);

// The fill of criterion (or group) `index`: a categorical palette of
// k_criterion_colours, repeating.
inline constexpr std::size_t k_criterion_colours = 10;
std::string_view criterion_colour(std::size_t index);

// The fill of rank `rank` (0-based) of `ranks`: green for first, through yellow, to red for last.
std::string rank_colour(std::size_t rank, std::size_t ranks);

// The heat map's class for a utility (0..1): "h0" (worst) to "h9" (best).
std::string heat_class(double utility);
inline constexpr int k_heat_bins = 10;

// An SVG coordinate: up to 2 decimals, locale-independent.
std::string coordinate(double x);

}  // namespace criterio::report::html
