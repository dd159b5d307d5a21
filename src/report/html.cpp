// The HTML report: one self-contained page (inline CSS and SVG, no script)
// with the ranking, contribution bars, a heat map of utilities, exclusions,
// the weight tree, evidence and, when computed, how robust the ranking is.

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "report/formats.hpp"
#include "report/html_page.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

using html::coordinate;
using html::escape;

constexpr double k_bar_width = 1000;  // SVG user units; the bar stretches to its cell
constexpr double k_bar_height = 20;

// A label in the report's language.
std::string tr(Message id, Language language) { return std::string(text(id, language)); }

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

std::string status_flags(const RankedProvider& p, Language language) {
  std::string out;
  if (!p.missing.empty())
    out += "<span class=\"flag missing\">" + say(Message::missing_count, language, {std::to_string(p.missing.size())}) +
           "</span>";
  if (!p.stale_evidence.empty())
    out += "<span class=\"flag stale\">" +
           say(Message::html_stale_evidence_count, language, {std::to_string(p.stale_evidence.size())}) + "</span>";
  return out.empty() ? "<span class=\"flag\">" + tr(Message::html_ranked, language) + "</span>" : out;
}

std::string header(std::string_view title, std::string_view meta) {
  return "<header>\n<h1>" + escape(title) + "</h1>\n<p class=\"meta\">" + escape(meta) + "</p>\n</header>\n";
}

void ranking_section(const Result& result, const RenderOptions& options, std::string& out) {
  const Language l = options.language;
  out += open_section("ranking", tr(Message::html_ranking, l));
  out += "<p class=\"caption\">" +
         tr(result.higher_is_better ? Message::html_higher_better : Message::html_lower_better, l) + "</p>\n";
  out += "<table class=\"ranking\">\n<thead><tr>" + th(tr(Message::rank, l), true) + th(tr(Message::provider, l)) +
         th(tr(Message::score, l), true) + th(tr(Message::html_status, l)) + th(tr(Message::strengths, l)) +
         th(tr(Message::weaknesses, l)) + "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown_count(result.ranking.size(), options); ++k) {
    const RankedProvider& p = result.ranking[k];
    out += "<tr>" + td(std::to_string(p.rank), true) + provider_cell(p.name, p.id) + td(score_text(p.score), true) +
           td(status_flags(p, l)) + td(escape(criterion_names(result, p.strengths, 2))) +
           td(escape(criterion_names(result, p.weaknesses, 2))) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (result.ranking.size() > shown_count(result.ranking.size(), options))
    out += "<p class=\"caption\">" +
           say(Message::html_first_of, l, {std::to_string(*options.top), std::to_string(result.ranking.size())}) +
           "</p>\n";
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

std::string criteria_legend(const ColourKey& key, Language language) {
  std::string out = (key.by_group ? "<p class=\"caption\">" + tr(Message::html_coloured_by_group, language) + "</p>\n"
                                  : std::string()) +
                    "<ul class=\"legend\" aria-label=\"" + tr(Message::html_criteria_colours, language) + "\">";
  for (std::size_t k = 0; k < key.names.size(); ++k)
    out += "<li>" + swatch(html::criterion_colour(k)) + escape(key.names[k]) + "</li>";
  return out + "</ul>\n";
}

std::vector<Segment> contribution_segments(const Result& result, const ColourKey& key,
                                           const std::vector<Contribution>& contributions, Language language) {
  std::vector<Segment> parts;
  for (std::size_t j = 0; j < contributions.size(); ++j) {
    const Contribution& c = contributions[j];
    parts.push_back({c.contribution, std::string(html::criterion_colour(key.colour[j])),
                     result.criteria[j].name + ": " + format_number(c.contribution, 4) + " (" +
                         (c.missing ? say(Message::html_missing_imputed, language, {c.imputed}) : c.display) + ")"});
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

std::string contribution_caption(const Result& result, bool negative, Language language) {
  std::string caption = say(Message::html_bar_splits, language, {contribution_meaning(result, language)});
  caption += text(result.additive ? Message::html_segments_add_up : Message::html_segments_do_not_add_up, language);
  if (negative) caption += text(Message::html_negative_segments, language);
  return "<p class=\"caption\">" + escape(caption) + "</p>\n";
}

void contributions_section(const Result& result, const RenderOptions& options, std::string& out) {
  const std::size_t shown = shown_count(result.ranking.size(), options);
  std::vector<const std::vector<Contribution>*> rows;
  for (std::size_t k = 0; k < shown; ++k) rows.push_back(&result.ranking[k].contributions);
  const auto [positive, negative] = contribution_extent(rows);
  const double span = positive + negative;
  const double zero = span > 0 ? negative / span * k_bar_width : 0;
  const Language l = options.language;
  out += open_section("contributions", tr(Message::html_contributions_by_criterion, l));
  const ColourKey key = colour_key(result.criteria);
  out += contribution_caption(result, negative > 0, l) + criteria_legend(key, l);
  out += "<table class=\"bars\">\n<thead><tr>" + th(tr(Message::provider, l)) + th(tr(Message::html_contributions, l)) +
         th(tr(Message::score, l), true) + "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown; ++k) {
    const RankedProvider& p = result.ranking[k];
    out += "<tr>" + provider_cell(p.name, p.id) + "<td class=\"chart\">" +
           stacked_bar(contribution_segments(result, key, p.contributions, l), zero, span,
                       say(Message::html_contributions_of, l, {p.name})) +
           "</td>" + td(score_text(p.score), true) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

std::string heat_legend(Language language) {
  std::string out = "<ul class=\"legend\" aria-label=\"" + tr(Message::html_utility_scale, language) + "\">";
  for (int bin = 0; bin < html::k_heat_bins; ++bin) {
    const double low = static_cast<double>(bin) / html::k_heat_bins;
    out += "<li><span class=\"h h" + std::to_string(bin) + "\">" + format_number(low, 1) + "–" +
           format_number(low + 1.0 / html::k_heat_bins, 1) + "</span></li>";
  }
  return out + "</ul>\n";
}

std::string heat_cell(const Result& result, const Contribution& c, std::size_t j, Language language) {
  const std::string what =
      result.criteria[j].name + ": " + (c.missing ? say(Message::html_missing_imputed, language, {c.imputed}) : c.display);
  return "<td class=\"h " + html::heat_class(c.utility) + "\" title=\"" + escape(what) + "\">" +
         format_number(c.utility, 2) + (c.missing ? "*" : "") + "</td>";
}

std::string criterion_heading(const Criterion& c, bool row, Language language) {
  return std::string(row ? "<th scope=\"row\">" : "<th scope=\"col\" class=\"num\">") + escape(c.name) +
         (row ? " " : "<br>") + "<span class=\"weights\">" + say(Message::html_weight_short, language, {weight_text(c.weight)}) +
         "</span></th>";
}

// Providers × criteria, the longer side down the page so that the table
// fits its width on screen and on paper.
void heat_map_section(const Result& result, const RenderOptions& options, std::string& out) {
  const std::size_t shown = shown_count(result.ranking.size(), options);
  const bool criteria_down = result.criteria.size() > shown;
  const Language l = options.language;
  out += open_section("utilities", tr(Message::html_utilities, l));
  out += "<p class=\"caption\">" + tr(Message::html_utilities_caption, l) + "</p>\n" + heat_legend(l);
  out += "<div class=\"wide\"><table class=\"heat\">\n<thead><tr>" +
         th(tr(criteria_down ? Message::criterion : Message::provider, l));
  if (criteria_down)
    for (std::size_t k = 0; k < shown; ++k)
      out += "<th scope=\"col\" class=\"num\">" + escape(result.ranking[k].name) + "</th>";
  else
    for (const auto& c : result.criteria) out += criterion_heading(c, false, l);
  out += "</tr></thead>\n<tbody>\n";
  if (criteria_down) {
    for (std::size_t j = 0; j < result.criteria.size(); ++j) {
      out += "<tr>" + criterion_heading(result.criteria[j], true, l);
      for (std::size_t k = 0; k < shown; ++k) out += heat_cell(result, result.ranking[k].contributions[j], j, l);
      out += "</tr>\n";
    }
  } else {
    for (std::size_t k = 0; k < shown; ++k) {
      const RankedProvider& p = result.ranking[k];
      out += "<tr>" + provider_cell(p.name, p.id);
      for (std::size_t j = 0; j < p.contributions.size(); ++j) out += heat_cell(result, p.contributions[j], j, l);
      out += "</tr>\n";
    }
  }
  out += "</tbody>\n</table></div>\n</section>\n";
}

void excluded_section(const Result& result, Language l, std::string& out) {
  if (result.excluded.empty()) return;
  out += open_section("excluded", tr(Message::section_excluded, l));
  out += "<p class=\"caption\">" + tr(Message::html_excluded_caption, l) + "</p>\n";
  out += "<table class=\"excluded\">\n<thead><tr>" + th(tr(Message::provider, l)) + th(tr(Message::html_reasons, l)) +
         "</tr></thead>\n<tbody>\n";
  for (const auto& e : result.excluded) {
    std::string reasons;
    for (const auto& r : e.reasons) reasons += "<li>" + escape(to_text(r, l)) + "</li>";
    out += "<tr>" + provider_cell(e.name, e.id) + "<td><ul>" + reasons + "</ul></td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void weight_nodes(const WeightNode& node, Language l, std::string& out) {
  out += "<ul" + std::string(node.id.empty() ? " class=\"tree\"" : "") + ">";
  for (const auto& child : node.children) {
    out += "<li><strong>" + escape(child.name) + "</strong> <span class=\"id\">" + escape(child.id) +
           "</span> <span class=\"weights\">" +
           say(Message::html_local_global, l, {weight_text(child.local), weight_text(child.global)}) +
           (child.basis ? " · " + escape(to_text(*child.basis, l)) : "") + "</span>";
    if (!child.is_leaf()) weight_nodes(child, l, out);
    out += "</li>";
  }
  out += "</ul>\n";
}

void weights_section(const WeightTree& tree, Language l, std::string& out) {
  out += open_section("weights", tr(Message::html_weights, l));
  out += "<p class=\"caption\">" + escape(tree.root.name) +
         (tree.profile.empty() ? "" : ", " + escape(say(Message::profile_part, l, {tree.profile}))) +
         tr(Message::html_weights_caption, l) + "</p>\n";
  weight_nodes(tree.root, l, out);
  out += "</section>\n";
}

void evidence_section(const Result& result, const RenderOptions& options, std::string& out) {
  const Language l = options.language;
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
              td(c.stale_evidence ? "<span class=\"flag stale\">" + tr(Message::stale_word, l) + "</span>" : "") +
              "</tr>\n";
    }
  }
  if (rows.empty()) return;
  out += open_section("evidence", tr(Message::evidence, l));
  out += "<p class=\"caption\">" +
         say(Message::html_evidence_caption, l, {std::to_string(result.evidence_max_age_days), result.as_of.iso()}) +
         "</p>\n";
  out += "<table class=\"evidence\">\n<thead><tr>" + th(tr(Message::provider, l)) + th(tr(Message::criterion, l)) +
         th(tr(Message::value, l)) + th(tr(Message::html_source, l)) + th(tr(Message::html_date, l)) +
         th(tr(Message::html_status, l)) + "</tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n</section>\n";
}

std::string list_items(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += "<li>" + escape(item) + "</li>";
  return out;
}

void notes_section(const Result& result, Language l, std::string& out) {
  if (result.notes.empty() && result.sets.empty() && result.warnings.empty()) return;
  out += open_section("notes", tr(Message::html_notes_and_warnings, l));
  if (!result.notes.empty() || !result.sets.empty()) {
    out += "<h3>" + tr(Message::section_method, l) + "</h3>\n<ul>" + list_items(to_text(result.notes, l));
    for (const auto& set : result.sets) {
      std::vector<std::string> ids(set.ids.begin(), set.ids.end());
      out += "<li>" + escape(set_label(set, l) + ": " + criterio::and_list(ids, l) + " (" + to_text(set.note, l) + ")") +
             "</li>";
    }
    out += "</ul>\n";
  }
  if (!result.warnings.empty())
    out += "<h3>" + tr(Message::section_warnings, l) + "</h3>\n<ul class=\"warnings\">" + list_items(to_text(result.warnings, l)) +
           "</ul>\n";
  out += "</section>\n";
}

// --- robustness ---

std::string interval_chart(double weight, const IntervalEnd& low, const IntervalEnd& high, Language l) {
  constexpr double width = 200, height = 16;
  const auto x = [&](double w) { return coordinate(std::clamp(w, 0.0, 1.0) * width); };
  std::string out = "<svg class=\"interval\" viewBox=\"0 0 200 16\" preserveAspectRatio=\"none\" role=\"img\" "
                    "aria-label=\"" +
                    say(Message::html_interval_aria, l,
                        {format_number(low.weight, 3), format_number(high.weight, 3), format_number(weight, 3)}) +
                    "\">";
  out += "<rect x=\"0\" y=\"6\" width=\"" + coordinate(width) + "\" height=\"4\" fill=\"#e5e7eb\"/>";
  out += "<rect class=\"range\" x=\"" + x(low.weight) + "\" y=\"3\" width=\"" +
         coordinate(std::max(0.0, std::clamp(high.weight, 0.0, 1.0) - std::clamp(low.weight, 0.0, 1.0)) * width) +
         "\" height=\"10\" fill=\"#4e79a7\"/>";
  out += "<rect class=\"now\" x=\"" + coordinate(std::clamp(weight, 0.0, 1.0) * width - 1) + "\" y=\"0\" width=\"2\" height=\"" +
         coordinate(height) + "\" fill=\"#1d1d1f\"/>";
  return out + "</svg>";
}

// Who changes places at the ends of an interval: "at 0.014 nimbus passes meadow".
std::string changes_text(const IntervalEnd& low, const IntervalEnd& high, Language l) {
  std::string out;
  for (const IntervalEnd* end : {&low, &high})
    if (!end->up.empty())
      out += (out.empty() ? "" : " · ") + say(Message::html_passes, l, {format_number(end->weight, 3), end->up, end->down});
  return out;
}

void stability_block(const Stability& s, const SensitivityReport& report, Language l, std::string& out) {
  out += "<h3>" + tr(Message::html_weight_stability, l) + "</h3>\n<p class=\"caption\">" +
         escape(s.exact ? tr(Message::html_stability_exact, l)
                        : say(Message::html_stability_scanned, l, {format_number(s.options.scan_step)})) +
         tr(Message::html_stability_legend, l) + "</p>\n";
  if (s.intervals.empty()) {
    out += "<p>" + tr(Message::html_one_criterion, l) + "</p>\n";
    return;
  }
  out += "<table class=\"stability\">\n<thead><tr>" + th(tr(Message::criterion, l)) + th(tr(Message::weight, l), true) +
         th(tr(Message::html_winner_stays_first, l)) + th(tr(Message::html_order_unchanged, l)) +
         th(tr(Message::html_range, l)) + "</tr></thead>\n<tbody>\n";
  for (const auto& i : s.intervals) {
    const std::string change = changes_text(i.winner_low, i.winner_high, l);
    const std::string changes = change.empty() ? "" : "<br><span class=\"caption\">" + escape(change) + "</span>";
    const Criterion* c = nullptr;
    for (const auto& criterion : report.criteria)
      if (criterion.id == i.criterion) c = &criterion;
    out += "<tr><th scope=\"row\">" + escape(c ? c->name : i.criterion) + "</th>" + td(format_number(i.weight, 3), true) +
           td(escape(format_number(i.winner_low.weight, 3) + " – " + format_number(i.winner_high.weight, 3)) +
              changes) +
           td(escape(format_number(i.order_low.weight, 3) + " – " + format_number(i.order_high.weight, 3))) +
           td(interval_chart(i.weight, i.winner_low, i.winner_high, l)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

std::string needs_text(const Improvement& i, Language l) {
  switch (i.status) {
    case Improvement::Status::already: return tr(Message::html_already_there, l);
    case Improvement::Status::unreachable:
      return tr(Message::html_not_reachable, l) + (i.bound.empty() ? "" : " (" + i.bound + ")");
    case Improvement::Status::reachable: break;
  }
  if (i.exact_level) return i.to_display;
  return say(i.to > i.from ? Message::html_above : Message::html_below, l, {i.to_display});
}

void what_it_takes_block(const WhatItTakes& w, Language l, std::string& out) {
  const std::string rank = std::to_string(w.rank);
  out += "<h3>" + tr(Message::html_what_it_takes, l) + "</h3>\n<p class=\"caption\">" +
         escape(w.rival.empty() ? say(Message::html_to_take_first, l, {w.provider, rank})
                                : say(Message::html_to_pass, l, {w.provider, rank, w.rival})) +
         "</p>\n";
  out += "<table class=\"what-it-takes\">\n<thead><tr>" + th(tr(Message::criterion, l)) + th(tr(Message::html_now, l)) +
         th(tr(Message::html_needs, l)) + "</tr></thead>\n<tbody>\n";
  for (const auto& i : w.criteria)
    out += "<tr><th scope=\"row\">" + escape(i.criterion) + "</th>" + td(escape(i.from_display)) +
           td(escape(needs_text(i, l))) + "</tr>\n";
  out += "</tbody>\n</table>\n";
}

void reversal_block(const RankReversalCheck& check, Language l, std::string& out) {
  out += "<h3>" + tr(Message::html_rank_reversal, l) + "</h3>\n<p class=\"caption\">" +
         tr(Message::html_rank_reversal_caption, l) + "</p>\n";
  if (!check.checked) {
    out += "<p>" + escape(say(Message::html_not_checked, l, {check.reason ? to_text(*check.reason, l) : ""})) + "</p>\n";
    return;
  }
  if (check.reversals.empty()) {
    out += "<p>" + tr(Message::html_no_reversal, l) + "</p>\n";
    return;
  }
  out += "<ul class=\"reversals\">";
  for (const auto& r : check.reversals) {
    std::string flips;
    for (const auto& [up, down] : r.flips) flips += (flips.empty() ? "" : ", ") + say(Message::html_above_other, l, {up, down});
    if (r.count > r.flips.size()) flips += ", …";
    out += "<li>" + escape(say(Message::html_without, l, {r.removed, flips})) + "</li>";
  }
  out += "</ul>\n";
}

constexpr std::size_t k_rank_legend = 10;  // ranks named in the legend; the rest fade on

std::string rank_legend(std::size_t ranks, Language l) {
  std::string out = "<ul class=\"legend\" aria-label=\"" + tr(Message::html_rank_colours, l) + "\">";
  for (std::size_t k = 0; k < ranks && k < k_rank_legend; ++k)
    out += "<li>" + swatch(html::rank_colour(k, ranks)) + say(Message::html_rank_n, l, {std::to_string(k + 1)}) + "</li>";
  if (ranks > k_rank_legend) out += "<li>" + say(Message::html_to_rank_n, l, {std::to_string(ranks)}) + "</li>";
  return out + "</ul>\n";
}

void smaa_block(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const SmaaResult& s = *report.smaa;
  const Language l = options.language;
  const auto ranks = static_cast<std::size_t>(s.acceptability.cols());
  out += "<h3>" + tr(Message::html_smaa, l) + "</h3>\n<p class=\"caption\">" +
         escape(say(Message::html_smaa_caption, l, {std::to_string(s.samples), to_text(s.sampler, l), std::to_string(report.seed)}) +
                (report.uncertain_cells + report.missing_cells > 0
                     ? say(Message::html_smaa_values, l,
                           {std::to_string(report.uncertain_cells), std::to_string(report.missing_cells)})
                     : "") +
                tr(Message::html_smaa_bar, l)) +
         "</p>\n" + rank_legend(ranks, l);
  out += "<table class=\"bars smaa\">\n<thead><tr>" + th(tr(Message::provider, l)) +
         th(tr(Message::html_rank_acceptability, l)) + th(tr(Message::html_first, l), true) +
         th(tr(Message::html_holistic, l), true) + th(tr(Message::html_confidence, l), true) + "</tr></thead>\n<tbody>\n";
  std::size_t shown = 0;
  for (std::size_t r : smaa_rows(s)) {
    if (options.top && shown++ >= *options.top) break;
    const auto row = static_cast<Eigen::Index>(r);
    std::vector<Segment> parts;
    for (std::size_t k = 0; k < ranks; ++k) {
      const double share = s.acceptability(row, static_cast<Eigen::Index>(k));
      parts.push_back({share, html::rank_colour(k, ranks),
                       say(Message::html_rank_n, l, {std::to_string(k + 1)}) + ": " + percent(share)});
    }
    const std::string& id = report.smaa_ids[r];
    out += "<tr>" + provider_cell(id, id) + "<td class=\"chart\">" +
           stacked_bar(parts, 0, 1, say(Message::html_rank_acceptability_of, l, {id})) + "</td>" + td(percent(s.acceptability(row, 0)), true) +
           td(percent(s.holistic(row)), true) + td(percent(s.confidence(row)), true) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void robustness_blocks(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const Language l = options.language;
  if (!report.sentences.empty())
    out += "<h3>" + tr(Message::html_findings, l) + "</h3>\n<ul class=\"findings\">" + list_items(to_text(report.sentences, l)) +
           "</ul>\n";
  if (report.smaa) smaa_block(report, options, out);
  if (report.stability) stability_block(*report.stability, report, l, out);
  if (report.what_it_takes) what_it_takes_block(*report.what_it_takes, l, out);
  if (report.reversal) reversal_block(*report.reversal, l, out);
  if (!report.warnings.empty())
    out += "<h3>" + tr(Message::section_warnings, l) + "</h3>\n<ul class=\"warnings\">" + list_items(to_text(report.warnings, l)) +
           "</ul>\n";
}

}  // namespace

std::string ranking_html(const Result& result, const RenderOptions& options, const SensitivityReport* robustness) {
  const Language l = options.language;
  std::string body = header(result.title, method_line(result, l));
  ranking_section(result, options, body);
  if (!result.ranking.empty()) {
    contributions_section(result, options, body);
    heat_map_section(result, options, body);
  }
  if (robustness) {
    body += open_section("robustness", tr(Message::html_robustness, l));
    robustness_blocks(*robustness, options, body);
    body += "</section>\n";
  }
  excluded_section(result, l, body);
  weights_section(result.weights, l, body);
  evidence_section(result, options, body);
  notes_section(result, l, body);
  return html::page(result.title, body, l);
}

std::string sensitivity_html(const SensitivityReport& report, const RenderOptions& options) {
  const Language l = options.language;
  std::string body = header(report.title, say(Message::html_sensitivity_meta, l,
                                              {report.method, std::to_string(report.order.size()),
                                               std::to_string(report.criteria.size())}));
  body += open_section("ranking", tr(Message::html_ranking, l));
  body += "<table class=\"ranking\">\n<thead><tr>" + th(tr(Message::rank, l), true) + th(tr(Message::provider, l)) +
          th(tr(Message::score, l), true) + "</tr></thead>\n<tbody>\n";
  for (std::size_t k = 0; k < shown_count(report.order.size(), options); ++k)
    body += "<tr>" + td(std::to_string(report.ranks[k]), true) + provider_cell(report.order[k], report.order[k]) +
            td(score_text(report.scores[k]), true) + "</tr>\n";
  body += "</tbody>\n</table>\n</section>\n";
  body += open_section("robustness", tr(Message::html_robustness, l));
  robustness_blocks(report, options, body);
  body += "</section>\n";
  return html::page(say(Message::html_sensitivity_title, l, {report.title}), body, l);
}

std::string explanation_html(const Result& result, const RankedProvider& p, const RenderOptions& options) {
  const Language l = options.language;
  std::string body = header(p.name + ": " +
                                say(Message::rank_of_score, l,
                                    {std::to_string(p.rank), std::to_string(result.ranking.size()), score_text(p.score)}),
                            result.title + " · " + method_line(result, l));
  body += open_section("contributions", tr(Message::html_contributions_by_criterion, l));
  const auto [positive, negative] = contribution_extent({&p.contributions});
  const double span = positive + negative;
  const ColourKey key = colour_key(result.criteria);
  body += contribution_caption(result, negative > 0, l) + criteria_legend(key, l);
  body += stacked_bar(contribution_segments(result, key, p.contributions, l), span > 0 ? negative / span * k_bar_width : 0,
                      span, say(Message::html_contributions_of, l, {p.name}));
  body += "\n<table class=\"breakdown\">\n<thead><tr>" + th(tr(Message::criterion, l)) + th(tr(Message::value, l)) +
          th(tr(Message::utility, l), true) + th(tr(Message::weight, l), true) + th(tr(Message::contribution, l), true) +
          th(tr(Message::rank, l), true) + th(tr(Message::evidence, l)) + "</tr></thead>\n<tbody>\n";
  for (std::size_t j = 0; j < p.contributions.size(); ++j) {
    const Contribution& x = p.contributions[j];
    std::string evidence;
    if (x.evidence)
      evidence = escape(x.evidence->source + (x.evidence->date ? " (" + x.evidence->date->iso() + ")" : "")) +
                 (x.stale_evidence ? " <span class=\"flag stale\">" + tr(Message::stale_word, l) + "</span>" : "");
    body += "<tr><th scope=\"row\">" + swatch(html::criterion_colour(key.colour[j])) + " " + escape(result.criteria[j].name) +
            "</th>" + td(escape(x.missing ? say(Message::missing_value, l, {x.imputed}) : x.display)) +
            "<td class=\"num h " + html::heat_class(x.utility) + "\">" + format_number(x.utility, 3) + "</td>" +
            td(format_number(x.weight, 4), true) + td(score_text(x.contribution), true) +
            td(std::to_string(x.criterion_rank), true) + td(evidence) + "</tr>\n";
  }
  body += "</tbody>\n</table>\n</section>\n";
  return html::page(p.name + " — " + result.title, body, l);
}

std::string weights_html(const WeightReport& report, const RenderOptions& options) {
  const Language l = options.language;
  const std::string title = say(Message::html_weights_title, l, {report.tree.root.name});
  std::string body = header(title, report.source);
  weights_section(report.tree, l, body);
  if (!report.warnings.empty()) {
    body += open_section("notes", tr(Message::section_warnings, l));
    body += "<ul class=\"warnings\">" + list_items(to_text(report.warnings, l)) + "</ul>\n</section>\n";
  }
  return html::page(title, body, l);
}

}  // namespace criterio::report
