// The HTML report: one self-contained page (inline CSS and SVG, no script)
// with the ranking, contribution bars, a heat map of utilities, exclusions,
// the weight tree, evidence and, when computed, how robust the ranking is.

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "report/formats.hpp"
#include "report/html_page.hpp"
#include "report/style.hpp"

namespace criterio::report {

namespace {

using html::coordinate;
using html::escape;

constexpr double k_bar_width = 1000;  // SVG user units; the bar stretches to its cell
constexpr double k_bar_height = 20;

std::string percent(double share) {
  return std::isfinite(share) ? format_number(share * 100, 1) + "%" : "—";
}

std::string weight_text(double w) { return std::isnan(w) ? "—" : format_number(w, 4); }

std::string th(std::string_view text, bool numeric = false) {
  return std::string(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") + escape(text) + "</th>";
}

std::string td(std::string_view markup, bool numeric = false) {
  return std::string(numeric ? "<td class=\"num\">" : "<td>") + std::string(markup) + "</td>";
}

std::string provider_cell(std::string_view name, std::string_view id) {
  return "<th scope=\"row\">" + escape(name) + (name == id ? "" : " <span class=\"id\">" + escape(id) + "</span>") +
         "</th>";
}

std::string swatch(std::string_view fill) {
  return "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"" +
         std::string(fill) + "\"/></svg>";
}

std::string open_section(std::string_view id, std::string_view heading) {
  return "<section id=\"" + std::string(id) + "\">\n<h2>" + escape(heading) + "</h2>\n";
}

std::size_t shown_count(std::size_t total, const RenderOptions& options) {
  return options.top ? std::min(total, *options.top) : total;
}

// One horizontal bar of segments: `parts` are (value, fill, label); positive
// values stack right of `zero`, negative ones left, on a scale where `span`
// covers the whole width.
struct Segment {
  double value = 0;
  std::string fill;
  std::string label;
};

std::string stacked_bar(const std::vector<Segment>& parts, double zero, double span, std::string_view aria) {
  std::string out = "<svg class=\"bar\" viewBox=\"0 0 " + coordinate(k_bar_width) + " " + coordinate(k_bar_height) +
                    "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + escape(aria) + "\">";
  const double scale = span > 0 ? k_bar_width / span : 0;
  double right = zero, left = zero;
  for (const auto& part : parts) {
    if (part.value == 0) continue;
    const double width = std::abs(part.value) * scale;
    double& edge = part.value > 0 ? right : left;
    const double x = part.value > 0 ? edge : edge - width;
    edge = part.value > 0 ? edge + width : edge - width;
    out += "<rect class=\"seg\" x=\"" + coordinate(x) + "\" y=\"0\" width=\"" + coordinate(width) + "\" height=\"" +
           coordinate(k_bar_height) + "\" fill=\"" + part.fill +
           "\" stroke=\"#fff\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"><title>" + escape(part.label) + "</title></rect>";
  }
  if (zero > 0)
    out += "<line x1=\"" + coordinate(zero) + "\" x2=\"" + coordinate(zero) + "\" y1=\"0\" y2=\"" +
           coordinate(k_bar_height) + "\" stroke=\"#1d1d1f\" stroke-width=\"2\"/>";
  return out + "</svg>";
}

std::string status_flags(const RankedProvider& p) {
  std::string out;
  if (!p.missing.empty())
    out += "<span class=\"flag missing\">" + std::to_string(p.missing.size()) + " missing</span>";
  if (!p.stale_evidence.empty())
    out += "<span class=\"flag stale\">" + std::to_string(p.stale_evidence.size()) + " stale evidence</span>";
  return out.empty() ? "<span class=\"flag\">ranked</span>" : out;
}

std::string header(std::string_view title, std::string_view meta) {
  return "<header>\n<h1>" + escape(title) + "</h1>\n<p class=\"meta\">" + escape(meta) + "</p>\n</header>\n";
}

void ranking_section(const Result& result, const RenderOptions& options, std::string& out) {
  out += open_section("ranking", "Ranking");
  out += "<p class=\"caption\">" + std::string(result.higher_is_better ? "Higher" : "Lower") +
         " score is better. Ties share a rank.</p>\n";
  out += "<table class=\"ranking\">\n<thead><tr>" + th("Rank", true) + th("Provider") + th("Score", true) +
         th("Status") + th("Strengths") + th("Weaknesses") + "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown_count(result.ranking.size(), options); ++k) {
    const RankedProvider& p = result.ranking[k];
    out += "<tr>" + td(std::to_string(p.rank), true) + provider_cell(p.name, p.id) + td(score_text(p.score), true) +
           td(status_flags(p)) + td(escape(criterion_names(result, p.strengths, 2))) +
           td(escape(criterion_names(result, p.weaknesses, 2))) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (result.ranking.size() > shown_count(result.ranking.size(), options))
    out += "<p class=\"caption\">The first " + std::to_string(*options.top) + " of " +
           std::to_string(result.ranking.size()) + " ranked providers.</p>\n";
  out += "</section>\n";
}

// Which colour each criterion's segments get. Up to ten criteria, one each;
// past that colours would repeat, so criteria take their top-level group's
// colour when there are at most ten groups (each segment's tooltip still
// names its criterion).
struct ColourKey {
  std::vector<std::size_t> colour;  // by criterion
  std::vector<std::string> names;   // by colour: the legend
  bool by_group = false;
};

ColourKey colour_key(const std::vector<Criterion>& criteria) {
  ColourKey key;
  std::vector<std::string> groups;
  for (const auto& c : criteria) {
    const std::string group = c.path.size() > 1 ? c.path.front() : c.id;
    const auto at = std::find(groups.begin(), groups.end(), group);
    key.colour.push_back(static_cast<std::size_t>(at - groups.begin()));
    if (at == groups.end()) {
      groups.push_back(group);
      key.names.push_back(c.path.size() > 1 && !c.path_names.empty() ? c.path_names.front() : c.name);
    }
  }
  key.by_group = criteria.size() > html::k_criterion_colours && groups.size() <= html::k_criterion_colours &&
                 groups.size() < criteria.size();
  if (key.by_group) return key;
  key.names.clear();
  for (std::size_t j = 0; j < criteria.size(); ++j) {
    key.colour[j] = j;
    key.names.push_back(criteria[j].name);
  }
  return key;
}

std::string criteria_legend(const ColourKey& key) {
  std::string out = std::string(key.by_group ? "<p class=\"caption\">Coloured by criteria group; hover a segment "
                                               "for its criterion.</p>\n"
                                             : "") +
                    "<ul class=\"legend\" aria-label=\"Criteria colours\">";
  for (std::size_t k = 0; k < key.names.size(); ++k)
    out += "<li>" + swatch(html::criterion_colour(k)) + escape(key.names[k]) + "</li>";
  return out + "</ul>\n";
}

std::vector<Segment> contribution_segments(const Result& result, const ColourKey& key,
                                           const std::vector<Contribution>& contributions) {
  std::vector<Segment> parts;
  for (std::size_t j = 0; j < contributions.size(); ++j) {
    const Contribution& c = contributions[j];
    parts.push_back({c.contribution, std::string(html::criterion_colour(key.colour[j])),
                     result.criteria[j].name + ": " + format_number(c.contribution, 4) + " (" +
                         (c.missing ? "missing, " + c.imputed : c.display) + ")"});
  }
  return parts;
}

// The extent of the contribution bars: the largest sum of positive and of
// negative contributions over the providers shown.
std::pair<double, double> contribution_extent(const std::vector<const std::vector<Contribution>*>& rows) {
  double positive = 0, negative = 0;
  for (const auto* row : rows) {
    double up = 0, down = 0;
    for (const auto& c : *row) (c.contribution > 0 ? up : down) += std::abs(c.contribution);
    positive = std::max(positive, up);
    negative = std::max(negative, down);
  }
  return {positive, negative};
}

std::string contribution_caption(const Result& result, bool negative) {
  std::string text = "Each bar splits a provider's result by criterion: " + result.contribution_meaning + ". ";
  text += result.additive ? "The segments add up to the score."
                          : "Under this method the segments do not add up to the score; compare their lengths, "
                            "not their sum, with the score.";
  if (negative) text += " Segments left of the black line are negative.";
  return "<p class=\"caption\">" + escape(text) + "</p>\n";
}

void contributions_section(const Result& result, const RenderOptions& options, std::string& out) {
  const std::size_t shown = shown_count(result.ranking.size(), options);
  std::vector<const std::vector<Contribution>*> rows;
  for (std::size_t k = 0; k < shown; ++k) rows.push_back(&result.ranking[k].contributions);
  const auto [positive, negative] = contribution_extent(rows);
  const double span = positive + negative;
  const double zero = span > 0 ? negative / span * k_bar_width : 0;
  out += open_section("contributions", "Contributions by criterion");
  const ColourKey key = colour_key(result.criteria);
  out += contribution_caption(result, negative > 0) + criteria_legend(key);
  out += "<table class=\"bars\">\n<thead><tr>" + th("Provider") + th("Contributions") + th("Score", true) +
         "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown; ++k) {
    const RankedProvider& p = result.ranking[k];
    out += "<tr>" + provider_cell(p.name, p.id) + "<td class=\"chart\">" +
           stacked_bar(contribution_segments(result, key, p.contributions), zero, span, "Contributions of " + p.name) +
           "</td>" + td(score_text(p.score), true) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

std::string heat_legend() {
  std::string out = "<ul class=\"legend\" aria-label=\"Utility colour scale\">";
  for (int bin = 0; bin < html::k_heat_bins; ++bin) {
    const double low = static_cast<double>(bin) / html::k_heat_bins;
    out += "<li><span class=\"h h" + std::to_string(bin) + "\">" + format_number(low, 1) + "–" +
           format_number(low + 1.0 / html::k_heat_bins, 1) + "</span></li>";
  }
  return out + "</ul>\n";
}

std::string heat_cell(const Result& result, const Contribution& c, std::size_t j) {
  const std::string what = result.criteria[j].name + ": " + (c.missing ? "missing, " + c.imputed : c.display);
  return "<td class=\"h " + html::heat_class(c.utility) + "\" title=\"" + escape(what) + "\">" +
         format_number(c.utility, 2) + (c.missing ? "*" : "") + "</td>";
}

std::string criterion_heading(const Criterion& c, bool row) {
  return std::string(row ? "<th scope=\"row\">" : "<th scope=\"col\" class=\"num\">") + escape(c.name) +
         (row ? " " : "<br>") + "<span class=\"weights\">w " + weight_text(c.weight) + "</span></th>";
}

// Providers × criteria, the longer side down the page so that the table
// fits its width on screen and on paper.
void heat_map_section(const Result& result, const RenderOptions& options, std::string& out) {
  const std::size_t shown = shown_count(result.ranking.size(), options);
  const bool criteria_down = result.criteria.size() > shown;
  out += open_section("utilities", "Utilities");
  out += "<p class=\"caption\">The value of each provider on each criterion as the method used it, from 0 (worst) "
         "to 1 (best). A * marks a missing value filled in.</p>\n" + heat_legend();
  out += "<div class=\"wide\"><table class=\"heat\">\n<thead><tr>" + th(criteria_down ? "Criterion" : "Provider");
  if (criteria_down)
    for (std::size_t k = 0; k < shown; ++k)
      out += "<th scope=\"col\" class=\"num\">" + escape(result.ranking[k].name) + "</th>";
  else
    for (const auto& c : result.criteria) out += criterion_heading(c, false);
  out += "</tr></thead>\n<tbody>\n";
  if (criteria_down) {
    for (std::size_t j = 0; j < result.criteria.size(); ++j) {
      out += "<tr>" + criterion_heading(result.criteria[j], true);
      for (std::size_t k = 0; k < shown; ++k) out += heat_cell(result, result.ranking[k].contributions[j], j);
      out += "</tr>\n";
    }
  } else {
    for (std::size_t k = 0; k < shown; ++k) {
      const RankedProvider& p = result.ranking[k];
      out += "<tr>" + provider_cell(p.name, p.id);
      for (std::size_t j = 0; j < p.contributions.size(); ++j) out += heat_cell(result, p.contributions[j], j);
      out += "</tr>\n";
    }
  }
  out += "</tbody>\n</table></div>\n</section>\n";
}

void excluded_section(const Result& result, std::string& out) {
  if (result.excluded.empty()) return;
  out += open_section("excluded", "Excluded");
  out += "<p class=\"caption\">These providers fail a requirement and have no score.</p>\n";
  out += "<table class=\"excluded\">\n<thead><tr>" + th("Provider") + th("Reasons") + "</tr></thead>\n<tbody>\n";
  for (const auto& e : result.excluded) {
    std::string reasons;
    for (const auto& r : e.reasons) reasons += "<li>" + escape(r) + "</li>";
    out += "<tr>" + provider_cell(e.name, e.id) + "<td><ul>" + reasons + "</ul></td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void weight_nodes(const WeightNode& node, std::string& out) {
  out += "<ul" + std::string(node.id.empty() ? " class=\"tree\"" : "") + ">";
  for (const auto& child : node.children) {
    out += "<li><strong>" + escape(child.name) + "</strong> <span class=\"id\">" + escape(child.id) +
           "</span> <span class=\"weights\">local " + weight_text(child.local) + " · global " +
           weight_text(child.global) + (child.basis.empty() ? "" : " · " + escape(child.basis)) + "</span>";
    if (!child.is_leaf()) weight_nodes(child, out);
    out += "</li>";
  }
  out += "</ul>\n";
}

void weights_section(const WeightTree& tree, std::string& out) {
  out += open_section("weights", "Weights");
  out += "<p class=\"caption\">" + escape(tree.root.name) +
         (tree.profile.empty() ? "" : ", profile " + escape(tree.profile)) +
         ". Local weights share their group; global weights are their products along the path and sum to 1.</p>\n";
  weight_nodes(tree.root, out);
  out += "</section>\n";
}

void evidence_section(const Result& result, const RenderOptions& options, std::string& out) {
  std::string rows;
  for (std::size_t k = 0; k < shown_count(result.ranking.size(), options); ++k) {
    const RankedProvider& p = result.ranking[k];
    for (std::size_t j = 0; j < p.contributions.size(); ++j) {
      const Contribution& c = p.contributions[j];
      if (!c.evidence) continue;
      rows += "<tr>" + provider_cell(p.name, p.id) + td(escape(result.criteria[j].name)) + td(escape(c.display)) +
              td(escape(c.evidence->source) +
                 (c.evidence->note.empty() ? "" : " <span class=\"muted\">" + escape(c.evidence->note) + "</span>")) +
              "<td class=\"date\">" + (c.evidence->date ? c.evidence->date->iso() : "—") + "</td>" +
              td(c.stale_evidence ? "<span class=\"flag stale\">stale</span>" : "") + "</tr>\n";
    }
  }
  if (rows.empty()) return;
  out += open_section("evidence", "Evidence");
  out += "<p class=\"caption\">Where each value comes from. Evidence older than " +
         std::to_string(result.evidence_max_age_days) + " days on " + result.as_of.iso() +
         " is marked stale.</p>\n";
  out += "<table class=\"evidence\">\n<thead><tr>" + th("Provider") + th("Criterion") + th("Value") + th("Source") +
         th("Date") + th("Status") + "</tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n</section>\n";
}

std::string list_items(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += "<li>" + escape(item) + "</li>";
  return out;
}

void notes_section(const Result& result, std::string& out) {
  if (result.notes.empty() && result.sets.empty() && result.warnings.empty()) return;
  out += open_section("notes", "Notes and warnings");
  if (!result.notes.empty() || !result.sets.empty()) {
    out += "<h3>Method</h3>\n<ul>" + list_items(result.notes);
    for (const auto& set : result.sets) {
      std::vector<std::string> ids(set.ids.begin(), set.ids.end());
      out += "<li>" + escape(set.name + ": " + and_list(ids) + (set.note.empty() ? "" : " (" + set.note + ")")) +
             "</li>";
    }
    out += "</ul>\n";
  }
  if (!result.warnings.empty()) out += "<h3>Warnings</h3>\n<ul class=\"warnings\">" + list_items(result.warnings) + "</ul>\n";
  out += "</section>\n";
}

// --- robustness ---

std::string interval_chart(double weight, const IntervalEnd& low, const IntervalEnd& high) {
  constexpr double width = 200, height = 16;
  const auto x = [&](double w) { return coordinate(std::clamp(w, 0.0, 1.0) * width); };
  std::string out = "<svg class=\"interval\" viewBox=\"0 0 200 16\" preserveAspectRatio=\"none\" role=\"img\" "
                    "aria-label=\"from " + format_number(low.weight, 3) + " to " + format_number(high.weight, 3) +
                    ", now " + format_number(weight, 3) + "\">";
  out += "<rect x=\"0\" y=\"6\" width=\"" + coordinate(width) + "\" height=\"4\" fill=\"#e5e7eb\"/>";
  out += "<rect class=\"range\" x=\"" + x(low.weight) + "\" y=\"3\" width=\"" +
         coordinate(std::max(0.0, std::clamp(high.weight, 0.0, 1.0) - std::clamp(low.weight, 0.0, 1.0)) * width) +
         "\" height=\"10\" fill=\"#4e79a7\"/>";
  out += "<rect class=\"now\" x=\"" + coordinate(std::clamp(weight, 0.0, 1.0) * width - 1) + "\" y=\"0\" width=\"2\" height=\"" +
         coordinate(height) + "\" fill=\"#1d1d1f\"/>";
  return out + "</svg>";
}

// Who changes places at the ends of an interval: "at 0.014 nimbus passes meadow".
std::string changes_text(const IntervalEnd& low, const IntervalEnd& high) {
  std::string out;
  for (const IntervalEnd* end : {&low, &high})
    if (!end->up.empty())
      out += (out.empty() ? "" : " · ") + ("at " + format_number(end->weight, 3) + " " + end->up + " passes " + end->down);
  return out;
}

void stability_block(const Stability& s, const SensitivityReport& report, std::string& out) {
  out += "<h3>Weight stability</h3>\n<p class=\"caption\">" +
         escape(s.exact ? "How far each weight can move (the others rescaled in proportion) before the winner or the "
                          "order changes; exact under the additive model."
                        : "How far each weight can move (the others rescaled in proportion) before the winner or the "
                          "order changes; scanned in steps of " + format_number(s.options.scan_step) + ".") +
         " The black tick is the weight now; the blue range keeps the winner first.</p>\n";
  if (s.intervals.empty()) {
    out += "<p>One criterion: no weight to move.</p>\n";
    return;
  }
  out += "<table class=\"stability\">\n<thead><tr>" + th("Criterion") + th("Weight", true) +
         th("Winner stays first") + th("Order unchanged") + th("Range") + "</tr></thead>\n<tbody>\n";
  for (const auto& i : s.intervals) {
    const std::string change = changes_text(i.winner_low, i.winner_high);
    const std::string changes = change.empty() ? "" : "<br><span class=\"caption\">" + escape(change) + "</span>";
    const Criterion* c = nullptr;
    for (const auto& criterion : report.criteria)
      if (criterion.id == i.criterion) c = &criterion;
    out += "<tr><th scope=\"row\">" + escape(c ? c->name : i.criterion) + "</th>" + td(format_number(i.weight, 3), true) +
           td(escape(format_number(i.winner_low.weight, 3) + " – " + format_number(i.winner_high.weight, 3)) +
              changes) +
           td(escape(format_number(i.order_low.weight, 3) + " – " + format_number(i.order_high.weight, 3))) +
           td(interval_chart(i.weight, i.winner_low, i.winner_high)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

std::string needs_text(const Improvement& i) {
  switch (i.status) {
    case Improvement::Status::already: return "already there";
    case Improvement::Status::unreachable: return "not reachable on this alone" + (i.bound.empty() ? "" : " (" + i.bound + ")");
    case Improvement::Status::reachable: break;
  }
  if (i.exact_level) return i.to_display;
  return (i.to > i.from ? "above " : "below ") + i.to_display;
}

void what_it_takes_block(const WhatItTakes& w, std::string& out) {
  out += "<h3>What it takes</h3>\n<p class=\"caption\">" +
         escape(w.provider + " (rank " + std::to_string(w.rank) + ") " +
                (w.rival.empty() ? "to take first place" : "to pass " + w.rival) + ", one criterion at a time.") +
         "</p>\n";
  out += "<table class=\"what-it-takes\">\n<thead><tr>" + th("Criterion") + th("Now") + th("Needs") +
         "</tr></thead>\n<tbody>\n";
  for (const auto& i : w.criteria)
    out += "<tr><th scope=\"row\">" + escape(i.criterion) + "</th>" + td(escape(i.from_display)) +
           td(escape(needs_text(i))) + "</tr>\n";
  out += "</tbody>\n</table>\n";
}

void reversal_block(const RankReversalCheck& check, std::string& out) {
  out += "<h3>Rank reversal</h3>\n<p class=\"caption\">Remove one provider, rank the others again.</p>\n";
  if (!check.checked) {
    out += "<p>Not checked: " + escape(check.reason) + "</p>\n";
    return;
  }
  if (check.reversals.empty()) {
    out += "<p>None: the others keep their order whoever is removed.</p>\n";
    return;
  }
  out += "<ul class=\"reversals\">";
  for (const auto& r : check.reversals) {
    std::string flips;
    for (const auto& [up, down] : r.flips) flips += (flips.empty() ? "" : ", ") + up + " above " + down;
    if (r.count > r.flips.size()) flips += ", …";
    out += "<li>" + escape("without " + r.removed + ": " + flips) + "</li>";
  }
  out += "</ul>\n";
}

std::vector<std::size_t> smaa_rows(const SmaaResult& s) {
  std::vector<std::size_t> rows(static_cast<std::size_t>(s.acceptability.rows()));
  for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = r;
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    return s.holistic(static_cast<Eigen::Index>(a)) > s.holistic(static_cast<Eigen::Index>(b));
  });
  return rows;
}

constexpr std::size_t k_rank_legend = 10;  // ranks named in the legend; the rest fade on

std::string rank_legend(std::size_t ranks) {
  std::string out = "<ul class=\"legend\" aria-label=\"Rank colours\">";
  for (std::size_t k = 0; k < ranks && k < k_rank_legend; ++k)
    out += "<li>" + swatch(html::rank_colour(k, ranks)) + "rank " + std::to_string(k + 1) + "</li>";
  if (ranks > k_rank_legend) out += "<li>… to rank " + std::to_string(ranks) + "</li>";
  return out + "</ul>\n";
}

void smaa_block(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const SmaaResult& s = *report.smaa;
  const auto ranks = static_cast<std::size_t>(s.acceptability.cols());
  out += "<h3>SMAA-2 rank acceptability</h3>\n<p class=\"caption\">" +
         escape("How often each provider takes each rank over " + std::to_string(s.samples) + " samples of the weights (" +
                s.sampler + ", seed " + std::to_string(report.seed) + ")" +
                (report.uncertain_cells + report.missing_cells > 0
                     ? " and of " + std::to_string(report.uncertain_cells) + " values given as spreads and " +
                           std::to_string(report.missing_cells) + " missing values"
                     : "") +
                ". Each bar is 100% of the samples, split by rank.") +
         "</p>\n" + rank_legend(ranks);
  out += "<table class=\"bars smaa\">\n<thead><tr>" + th("Provider") + th("Rank acceptability") + th("First", true) +
         th("Holistic", true) + th("Confidence", true) + "</tr></thead>\n<tbody>\n";
  std::size_t shown = 0;
  for (std::size_t r : smaa_rows(s)) {
    if (options.top && shown++ >= *options.top) break;
    const auto row = static_cast<Eigen::Index>(r);
    std::vector<Segment> parts;
    for (std::size_t k = 0; k < ranks; ++k) {
      const double share = s.acceptability(row, static_cast<Eigen::Index>(k));
      parts.push_back({share, html::rank_colour(k, ranks), "rank " + std::to_string(k + 1) + ": " + percent(share)});
    }
    const std::string& id = report.smaa_ids[r];
    out += "<tr>" + provider_cell(id, id) + "<td class=\"chart\">" +
           stacked_bar(parts, 0, 1, "Rank acceptability of " + id) + "</td>" + td(percent(s.acceptability(row, 0)), true) +
           td(percent(s.holistic(row)), true) + td(percent(s.confidence(row)), true) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void robustness_blocks(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  if (!report.sentences.empty()) out += "<h3>Findings</h3>\n<ul class=\"findings\">" + list_items(report.sentences) + "</ul>\n";
  if (report.smaa) smaa_block(report, options, out);
  if (report.stability) stability_block(*report.stability, report, out);
  if (report.what_it_takes) what_it_takes_block(*report.what_it_takes, out);
  if (report.reversal) reversal_block(*report.reversal, out);
  if (!report.warnings.empty()) out += "<h3>Warnings</h3>\n<ul class=\"warnings\">" + list_items(report.warnings) + "</ul>\n";
}

}  // namespace

std::string ranking_html(const Result& result, const RenderOptions& options, const SensitivityReport* robustness) {
  std::string body = header(result.title, method_line(result));
  ranking_section(result, options, body);
  if (!result.ranking.empty()) {
    contributions_section(result, options, body);
    heat_map_section(result, options, body);
  }
  if (robustness) {
    body += open_section("robustness", "Robustness");
    robustness_blocks(*robustness, options, body);
    body += "</section>\n";
  }
  excluded_section(result, body);
  weights_section(result.weights, body);
  evidence_section(result, options, body);
  notes_section(result, body);
  return html::page(result.title, body);
}

std::string sensitivity_html(const SensitivityReport& report, const RenderOptions& options) {
  std::string body = header(report.title, "Sensitivity · " + report.method + " · " + std::to_string(report.order.size()) +
                                              " providers, " + std::to_string(report.criteria.size()) + " criteria");
  body += open_section("ranking", "Ranking");
  body += "<table class=\"ranking\">\n<thead><tr>" + th("Rank", true) + th("Provider") + th("Score", true) +
          "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown_count(report.order.size(), options); ++k)
    body += "<tr>" + td(std::to_string(report.ranks[k]), true) + provider_cell(report.order[k], report.order[k]) +
            td(score_text(report.scores[k]), true) + "</tr>\n";
  body += "</tbody>\n</table>\n</section>\n";
  body += open_section("robustness", "Robustness");
  robustness_blocks(report, options, body);
  body += "</section>\n";
  return html::page(report.title + " — sensitivity", body);
}

std::string explanation_html(const Result& result, const RankedProvider& p, const RenderOptions&) {
  std::string body = header(p.name + ": rank " + std::to_string(p.rank) + " of " + std::to_string(result.ranking.size()) +
                                ", score " + score_text(p.score),
                            result.title + " · " + method_line(result));
  body += open_section("contributions", "Contributions by criterion");
  const auto [positive, negative] = contribution_extent({&p.contributions});
  const double span = positive + negative;
  const ColourKey key = colour_key(result.criteria);
  body += contribution_caption(result, negative > 0) + criteria_legend(key);
  body += stacked_bar(contribution_segments(result, key, p.contributions), span > 0 ? negative / span * k_bar_width : 0,
                      span, "Contributions of " + p.name);
  body += "\n<table class=\"breakdown\">\n<thead><tr>" + th("Criterion") + th("Value") + th("Utility", true) +
          th("Weight", true) + th("Contribution", true) + th("Rank", true) + th("Evidence") + "</tr></thead>\n<tbody>\n";
  for (std::size_t j = 0; j < p.contributions.size(); ++j) {
    const Contribution& x = p.contributions[j];
    std::string evidence;
    if (x.evidence)
      evidence = escape(x.evidence->source + (x.evidence->date ? " (" + x.evidence->date->iso() + ")" : "")) +
                 (x.stale_evidence ? " <span class=\"flag stale\">stale</span>" : "");
    body += "<tr><th scope=\"row\">" + swatch(html::criterion_colour(key.colour[j])) + " " + escape(result.criteria[j].name) +
            "</th>" + td(escape(x.missing ? "missing (" + x.imputed + ")" : x.display)) +
            "<td class=\"num h " + html::heat_class(x.utility) + "\">" + format_number(x.utility, 3) + "</td>" +
            td(format_number(x.weight, 4), true) + td(score_text(x.contribution), true) +
            td(std::to_string(x.criterion_rank), true) + td(evidence) + "</tr>\n";
  }
  body += "</tbody>\n</table>\n</section>\n";
  return html::page(p.name + " — " + result.title, body);
}

std::string weights_html(const WeightReport& report, const RenderOptions&) {
  std::string body = header("Weights: " + report.tree.root.name, report.source);
  weights_section(report.tree, body);
  if (!report.warnings.empty()) {
    body += open_section("notes", "Warnings");
    body += "<ul class=\"warnings\">" + list_items(report.warnings) + "</ul>\n</section>\n";
  }
  return html::page("Weights: " + report.tree.root.name, body);
}

}  // namespace criterio::report
