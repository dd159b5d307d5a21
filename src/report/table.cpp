// Terminal tables, fitted to the terminal width, coloured on request.

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"

namespace criterio::report {

namespace {

std::string names(const Result& result, const std::vector<std::string>& ids, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < most; ++i) out += (i ? ", " : "") + criterion_name(result, ids[i]);
  return out;
}

std::string flags(const RankedProvider& p) {
  std::string out;
  if (!p.missing.empty()) out += std::to_string(p.missing.size()) + " missing";
  if (!p.stale_evidence.empty()) out += (out.empty() ? "" : ", ") + std::to_string(p.stale_evidence.size()) + " stale";
  return out;
}

void append_tail(std::string& out, const Result& result, const RenderOptions& options) {
  const bool c = options.color;
  if (!result.excluded.empty()) {
    out += "\n" + paint("Excluded", Colour::bold, c) + "\n";
    for (const auto& e : result.excluded) {
      std::string reasons;
      for (const auto& r : e.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
      out += "  " + paint(e.name, Colour::red, c) + " (" + e.id + "): " + reasons + "\n";
    }
  }
  if (!result.warnings.empty()) {
    out += "\n" + paint("Warnings", Colour::bold, c) + "\n";
    for (const auto& w : result.warnings) out += "  " + paint("!", Colour::yellow, c) + " " + w + "\n";
  }
}

}  // namespace

std::string ranking_table(const Result& result, const RenderOptions& options) {
  const bool c = options.color;
  std::string out = paint(result.title, Colour::bold, c) + "\n";
  out += paint(method_line(result) + " · " + std::to_string(result.ranking.size()) + " ranked, " +
                   std::to_string(result.excluded.size()) + " excluded",
               Colour::dim, c) +
         "\n\n";

  std::size_t name_width = 8;
  bool any_flags = false;
  for (const auto& p : result.ranking) {
    name_width = std::max(name_width, display_width(p.name));
    any_flags = any_flags || !flags(p).empty();
  }
  const int width = std::max(options.width, 60);
  name_width = std::min<std::size_t>(name_width, 24);
  const std::size_t flags_width = any_flags ? 18 : 0;
  const int bar_width = width >= 110 ? 16 : 10;
  // rank(3) + gaps + name + score(7) + bar + two text columns share the rest.
  const int fixed = 4 + static_cast<int>(name_width) + 2 + 7 + 1 + bar_width + 2 + static_cast<int>(flags_width) +
                    (any_flags ? 2 : 0);
  const std::size_t text_width = static_cast<std::size_t>(std::max(10, (width - fixed - 2) / 2));

  out += paint(pad("#", 3, true) + " " + pad("Provider", name_width) + "  " + pad("Score", 7, true) + " " +
                   pad("", static_cast<std::size_t>(bar_width)) + "  " + pad("Strengths", text_width) + "  " +
                   pad("Weaknesses", text_width) + (any_flags ? "  " + pad("Flags", flags_width) : ""),
               Colour::bold, c);
  out += "\n";
  std::size_t shown = 0;
  for (const auto& p : result.ranking) {
    if (options.top && shown++ >= *options.top) break;
    const Colour name_colour = p.rank == 1 ? Colour::green : Colour::none;
    std::string line = pad(std::to_string(p.rank), 3, true) + " " + paint(pad(p.name, name_width), name_colour, c) +
                       "  " + pad(score_text(p.score), 7, true) + " " +
                       paint(bar(bar_fraction(result, p.score), bar_width), Colour::cyan, c) + "  " +
                       pad(names(result, p.strengths, 2), text_width) + "  " +
                       pad(names(result, p.weaknesses, 2), text_width);
    if (any_flags) line += "  " + paint(pad(flags(p), flags_width), Colour::yellow, c);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  if (options.top && result.ranking.size() > *options.top)
    out += paint("  … " + std::to_string(result.ranking.size() - *options.top) + " more", Colour::dim, c) + "\n";
  if (result.ranking.empty()) out += "  (no provider to rank)\n";
  append_tail(out, result, options);
  return out;
}

std::string explanation_table(const Result& result, const RankedProvider& p, const RenderOptions& options) {
  const bool c = options.color;
  std::string out = paint(p.name, Colour::bold, c) + " (" + p.id + "): rank " + std::to_string(p.rank) + " of " +
                    std::to_string(result.ranking.size()) + ", score " + score_text(p.score) + "\n";
  out += paint(result.title + " · " + method_line(result), Colour::dim, c) + "\n\n";

  std::size_t name_width = 9;
  for (const auto& criterion : result.criteria) name_width = std::max(name_width, display_width(criterion.name));
  name_width = std::min<std::size_t>(name_width, 28);
  const int width = std::max(options.width, 60);
  const std::size_t value_width = 22;
  const std::string ranked_of = "/" + std::to_string(result.ranking.size());
  const std::size_t rank_width = 2 + ranked_of.size();
  const int fixed = 2 + static_cast<int>(name_width) + 2 + static_cast<int>(value_width) + 2 + 7 + 2 + 7 + 2 + 8 + 2 +
                    static_cast<int>(rank_width) + 2;
  const std::size_t evidence_width = static_cast<std::size_t>(std::max(0, width - fixed));

  out += paint("  " + pad("Criterion", name_width) + "  " + pad("Value", value_width) + "  " + pad("Utility", 7, true) +
                   "  " + pad("Weight", 7, true) + "  " + pad("Contrib.", 8, true) + "  " + pad("Rank", rank_width, true) +
                   (evidence_width >= 8 ? "  Evidence" : ""),
               Colour::bold, c) +
         "\n";
  std::string group;
  for (std::size_t j = 0; j < p.contributions.size(); ++j) {
    const Contribution& x = p.contributions[j];
    const Criterion& criterion = result.criteria[j];
    if (criterion.path.size() > 1 && criterion.path.front() != group) {
      group = criterion.path.front();
      double weight = 0, contribution = 0;
      for (std::size_t k = 0; k < p.contributions.size(); ++k)
        if (result.criteria[k].path.front() == group) {
          weight += p.contributions[k].weight;
          contribution += p.contributions[k].contribution;
        }
      out += paint(pad(group, 2 + name_width + 2 + value_width + 2 + 7) + "  " + pad(format_number(weight, 4), 7, true) +
                       "  " + pad(score_text(contribution), 8, true),
                   Colour::dim, c) +
             "\n";
    }
    std::string value = x.missing ? "missing (" + x.imputed + ")" : x.display;
    std::string evidence;
    if (x.evidence) {
      evidence = x.evidence->source + (x.evidence->date ? " (" + x.evidence->date->iso() + ")" : "");
      if (x.stale_evidence) evidence += " stale";
    }
    std::string line = "  " + pad(criterion.name, name_width) + "  " +
                       paint(pad(value, value_width), x.missing ? Colour::yellow : Colour::none, c) + "  " +
                       pad(format_number(x.utility, 3), 7, true) + "  " + pad(format_number(x.weight, 4), 7, true) +
                       "  " + pad(score_text(x.contribution), 8, true) + "  " +
                       pad(std::to_string(x.criterion_rank) + ranked_of, rank_width, true);
    if (evidence_width >= 8 && !evidence.empty())
      line += "  " + paint(truncate_display(evidence, evidence_width), x.stale_evidence ? Colour::yellow : Colour::dim, c);
    out += line + "\n";
  }
  out += paint("  " + pad("Total", name_width + 2 + value_width + 2 + 7) + "  " + pad("1", 7, true) + "  " +
                   pad(score_text(p.score), 8, true),
               Colour::bold, c) +
         "\n";
  if (!result.additive)
    out += paint("  (this method's score is not a sum; contributions show weight × utility)", Colour::dim, c) + "\n";

  out += "\n";
  if (!p.strengths.empty()) out += "Strengths:  " + names(result, p.strengths, 3) + "\n";
  if (!p.weaknesses.empty()) out += "Weaknesses: " + names(result, p.weaknesses, 3) + "\n";
  for (const auto& x : p.contributions)
    if (x.reviews)
      out += "Reviews (" + criterion_name(result, x.criterion) + "): " + std::to_string(x.reviews->count) +
             " reviews, raw mean " + format_number(x.reviews->raw_mean, 2) + ", adjusted " +
             format_number(x.reviews->adjusted, 2) + " (Bayesian prior and recency decay)\n";
  if (!p.missing.empty())
    out += paint("Missing:    " + names(result, p.missing, p.missing.size()), Colour::yellow, c) + "\n";
  if (!p.stale_evidence.empty())
    out += paint("Stale evidence (older than " + std::to_string(result.evidence_max_age_days) +
                     " days): " + names(result, p.stale_evidence, p.stale_evidence.size()),
                 Colour::yellow, c) +
           "\n";
  for (const auto& [k, v] : p.details) out += k + ": " + format_number(v, 6) + "\n";
  return out;
}

std::string comparison_table(const Result& result, const Comparison& comparison, const RenderOptions& options) {
  const bool c = options.color;
  const RankedProvider* a = result.find(comparison.a);
  const RankedProvider* b = result.find(comparison.b);
  std::string out = paint(a->name + " vs " + b->name, Colour::bold, c) + "\n";
  out += paint(result.title + " · " + method_line(result), Colour::dim, c) + "\n\n";
  out += comparison.summary + "\n\n";

  std::size_t name_width = 9;
  for (const auto& criterion : result.criteria) name_width = std::max(name_width, display_width(criterion.name));
  name_width = std::min<std::size_t>(name_width, 28);
  const std::size_t column = std::max<std::size_t>(9, std::max(a->id.size(), b->id.size()));
  double largest = 0;
  for (const auto& line : comparison.lines) largest = std::max(largest, std::abs(line.difference));
  out += paint("  " + pad("Criterion", name_width) + "  " + pad(a->id, column, true) + "  " + pad(b->id, column, true) +
                   "  " + pad("Difference", 10, true),
               Colour::bold, c) +
         "\n";
  for (const auto& line : comparison.lines) {
    if (std::abs(line.difference) < 5e-5) continue;
    const bool favours_a = (line.difference > 0) == result.higher_is_better;
    const int bar_cells = largest > 0 ? static_cast<int>(std::lround(std::abs(line.difference) / largest * 12)) : 0;
    std::string text = "  " + pad(criterion_name(result, line.criterion), name_width) + "  " +
                       pad(score_text(line.a_contribution), column, true) + "  " +
                       pad(score_text(line.b_contribution), column, true) + "  " +
                       pad((line.difference >= 0 ? "+" : "") + score_text(line.difference), 10, true) + "  " +
                       paint(bar(1.0, bar_cells), favours_a ? Colour::green : Colour::red, c);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  out += paint("  " + pad("Score", name_width) + "  " + pad(score_text(a->score), column, true) + "  " +
                   pad(score_text(b->score), column, true) + "  " +
                   pad((comparison.gap >= 0 ? "+" : "") + score_text(comparison.gap), 10, true),
               Colour::bold, c) +
         "\n";
  return out;
}

}  // namespace criterio::report
