#include "report/html_page.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/version.hpp"
#include "report/sha256.hpp"
#include "text/messages.hpp"

namespace criterio::report::html {

namespace {

// One constant block: its hash goes into the policy, so no style is ever
// built from input, and no element carries a style attribute (the policy
// would block it). Heat classes h0..h9 run from dark (worst) to light (best),
// viridis, with text that stays readable on each.
constexpr std::string_view k_stylesheet = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1d1d1f; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
header { margin-bottom: 1.25rem; }
section { margin: 0 0 2rem; }
.meta, .caption, .muted { color: #57606a; }
.caption { font-size: .9rem; margin: .25rem 0 .6rem; }
table { border-collapse: collapse; margin: .25rem 0; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #d0d7de; font-weight: 600; }
td.date { white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.id { color: #57606a; font-size: .85em; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.flag { display: inline-block; border-radius: .25rem; padding: 0 .35rem; font-size: .8rem; background: #eaeef2; margin-right: .2rem; }
.flag.stale, .flag.missing { background: #fff1c2; color: #6b4f00; }
.flag.excluded { background: #ffd8d3; color: #82071e; }
table.bars { width: 100%; }
table.bars td.chart { width: 70%; }
svg.bar { display: block; width: 100%; height: 1.1rem; }
svg.interval { display: block; width: 14rem; height: 1rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .85rem; margin: .4rem 0; padding: 0; list-style: none; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
svg.swatch { width: .9rem; height: .9rem; vertical-align: -.1rem; flex: none; }
.wide { overflow-x: auto; }
table.heat { font-size: .85rem; }
table.heat th { font-weight: 600; }
table.heat td.h, .legend .h { text-align: center; font-variant-numeric: tabular-nums; min-width: 3.2rem; }
.legend span.h { display: inline-block; padding: 0 .3rem; }
.h0 { background: #440154; color: #fff; } .h1 { background: #482878; color: #fff; }
.h2 { background: #3e4989; color: #fff; } .h3 { background: #31688e; color: #fff; }
.h4 { background: #26828e; color: #fff; } .h5 { background: #1f9e89; color: #fff; }
.h6 { background: #35b779; color: #111; } .h7 { background: #6ece58; color: #111; }
.h8 { background: #b5de2b; color: #111; } .h9 { background: #fde725; color: #111; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; margin: .15rem 0; }
ul.tree { padding-left: 0; }
ul.tree li { margin: .15rem 0; }
.weights { font-variant-numeric: tabular-nums; color: #57606a; font-size: .9rem; }
ul.warnings li { color: #6b4f00; }
footer { color: #57606a; font-size: .8rem; border-top: 1px solid #e5e7eb; padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section { break-before: page; margin: 0; }
  header + section { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, svg, .legend, li { break-inside: avoid; }
  thead { display: table-header-group; }
  table.bars td.chart { width: 60%; }
}
)css";

constexpr std::array<std::string_view, k_criterion_colours> k_palette{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                                               "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

std::string hex_colour(double r, double g, double b) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", static_cast<unsigned>(std::lround(r)),
                static_cast<unsigned>(std::lround(g)), static_cast<unsigned>(std::lround(b)));
  return buffer;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : printable(text)) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string_view stylesheet() { return k_stylesheet; }

std::string content_security_policy() {
  return "default-src 'none'; style-src 'sha256-" + base64(sha256(k_stylesheet)) +
         "'; img-src data:; base-uri 'none'; form-action 'none'";
}

std::string page(std::string_view title, std::string_view body, Language language) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(language)) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + content_security_policy() + "\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"criterio " + escape(version()) + "\">\n";
  out += "<title>" + escape(title) + "</title>\n<style>" + std::string(k_stylesheet) + "</style>\n</head>\n<body>\n";
  out += body;
  out += "<footer>" + escape(say(Message::html_footer, language, {version()})) + "</footer>\n</body>\n</html>\n";
  return out;
}

std::string_view criterion_colour(std::size_t index) { return k_palette[index % k_palette.size()]; }

std::string rank_colour(std::size_t rank, std::size_t ranks) {
  // ColorBrewer's RdYlGn, green (first) to red (last), interpolated between its stops.
  constexpr std::array<std::array<double, 3>, 6> stops{{{0x1a, 0x98, 0x50}, {0x91, 0xcf, 0x60}, {0xd9, 0xef, 0x8b},
                                                        {0xfe, 0xe0, 0x8b}, {0xfc, 0x8d, 0x59}, {0xd7, 0x30, 0x27}}};
  const double t = ranks > 1 ? static_cast<double>(rank) / static_cast<double>(ranks - 1) : 0.0;
  const double at = t * (stops.size() - 1);
  const auto k = std::min(static_cast<std::size_t>(at), stops.size() - 2);
  const double f = at - static_cast<double>(k);
  const auto mix = [&](std::size_t c) { return stops[k][c] + f * (stops[k + 1][c] - stops[k][c]); };
  return hex_colour(mix(0), mix(1), mix(2));
}

std::string heat_class(double utility) {
  const double u = std::isfinite(utility) ? std::clamp(utility, 0.0, 1.0) : 0.0;
  const int bin = std::min(k_heat_bins - 1, static_cast<int>(u * k_heat_bins));
  return "h" + std::to_string(bin);
}

std::string coordinate(double x) { return format_number(std::isfinite(x) ? x : 0.0, 2); }

}  // namespace criterio::report::html
