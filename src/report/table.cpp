// Terminal tables, fitted to the terminal width, coloured on request.

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

std::string flags(const RankedProvider& p, Language language) {
  std::string out;
  if (!p.missing.empty()) out += say(Message::missing_count, language, {std::to_string(p.missing.size())});
  if (!p.stale_evidence.empty())
    out += (out.empty() ? "" : ", ") + say(Message::stale_count, language, {std::to_string(p.stale_evidence.size())});
  return out;
}

// The method's own findings: notes, the sets it singles out, and (for a few
// providers) its pairwise relations other than plain preference.
void append_method_findings(std::string& out, const Result& result, const RenderOptions& options) {
  const bool c = options.color;
  const auto line_width = static_cast<std::size_t>(options.width) - 4;
  if (result.notes.empty() && result.sets.empty() && result.relations.empty()) return;
  out += "\n" + paint(text(Message::section_method, options.language), Colour::bold, c) + "\n";
  for (const auto& note : result.notes) out += "  " + wrap(printable(to_text(note, options.language)), line_width, 2) + "\n";
  for (const auto& set : result.sets) {
    std::string ids;
    for (const auto& id : set.ids) ids += (ids.empty() ? "" : ", ") + id;
    const std::string line = set_label(set, options.language) + ": " + ids + " (" + to_text(set.note, options.language) + ")";
    out += "  " + wrap(printable(line), line_width, 4) + "\n";
  }
  std::string unresolved;
  for (const auto& r : result.relations)
    if (r.relation == "incomparable" || r.relation == "indifferent")
      unresolved += (unresolved.empty() ? "" : "; ") +
                    say(r.relation == "incomparable" ? Message::rel_incomparable : Message::rel_indifferent,
                        options.language, {r.a, r.b});
  if (!unresolved.empty()) out += "  " + wrap(printable(unresolved), line_width, 4) + "\n";
}

void append_tail(std::string& out, const Result& result, const RenderOptions& options) {
  const bool c = options.color;
  append_method_findings(out, result, options);
  if (!result.excluded.empty()) {
    out += "\n" + paint(text(Message::section_excluded, options.language), Colour::bold, c) + "\n";
    for (const auto& e : result.excluded) {
      const std::string reasons = reasons_text(e, options.language);
      out += "  " + paint(e.name, Colour::red, c) + " " +
             wrap("(" + e.id + "): " + printable(reasons), static_cast<std::size_t>(options.width) - 3 - display_width(e.name), 4) + "\n";
    }
  }
  if (!result.warnings.empty()) {
    out += "\n" + paint(text(Message::section_warnings, options.language), Colour::bold, c) + "\n";
    for (const auto& w : result.warnings)
      out += "  " + paint("!", Colour::yellow, c) + " " +
             wrap(printable(to_text(w, options.language)), static_cast<std::size_t>(options.width) - 4, 4) + "\n";
  }
}

// A criterion's name, indented under its group's row when it has a group.
std::string nested(const Criterion& criterion) {
  return criterion.path.size() > 1 ? "  " + criterion.name : criterion.name;
}

std::string fixed_decimals(double x, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  return buffer;
}

// Where each value came from, for the criteria that have evidence.
std::string evidence_section(const Result& result, const std::vector<Contribution>& values, int width, bool c,
                             Language language) {
  bool any_evidence = false;
  for (const auto& x : values) any_evidence = any_evidence || x.evidence.has_value();
  if (!any_evidence) return {};
  std::string out = "\n" + paint(text(Message::evidence, language), Colour::bold, c) + " " +
                    say(Message::evidence_legend, language, {std::to_string(result.evidence_max_age_days)}) + "\n";
  for (const auto& x : values) {
    if (!x.evidence) continue;
    std::string line = "  " + criterion_name(result, x.criterion) + ": " + x.evidence->source;
    if (x.evidence->date) line += ", " + x.evidence->date->iso();
    if (!x.evidence->note.empty()) line += " (" + x.evidence->note + ")";
    out += wrap(printable(line), static_cast<std::size_t>(width) - 6, 4) +
           (x.stale_evidence ? " " + paint(text(Message::stale_word, language), Colour::yellow, c) : "") + "\n";
  }
  return out;
}

// How much the evaluator panels disagree, criterion by criterion.
void append_panel_summary(std::string& out, const Result& result, const RenderOptions& options) {
  if (!result.panel) return;
  const auto line_width = static_cast<std::size_t>(std::max(options.width, 40)) - 4;
  out += "\n" + paint(text(Message::section_evaluator_panel, options.language), Colour::bold, options.color) + " (" +
         say(Message::panel_legend, options.language, {to_string(result.panel->aggregate)}) + ")\n";
  for (const auto& c : result.panel->criteria)
    out += "  " + wrap(printable(panel_summary_line(result, c)), line_width, 4) + "\n";
}

// Each rated value's ratings, for explain.
std::string panel_section(const Result& result, const std::vector<Contribution>& values, int width, bool c,
                          Language language) {
  std::string out;
  for (const auto& x : values)
    if (x.panel) out += "  " + wrap(printable(panel_line(result, x)), static_cast<std::size_t>(width) - 4, 4) + "\n";
  return out.empty() ? out : "\n" + paint(text(Message::section_evaluator_panel, language), Colour::bold, c) + "\n" + out;
}

}  // namespace

std::string ranking_table(const Result& result, const RenderOptions& options) {
  const bool c = options.color;
  const Language language = options.language;
  const int width = std::max(options.width, 40);
  std::string out = paint(result.title, Colour::bold, c) + "\n";
  out += paint(wrap(method_line(result, language) + " · " +
                        say(Message::ranked_and_excluded, language,
                            {std::to_string(result.ranking.size()), std::to_string(result.excluded.size())}),
                    static_cast<std::size_t>(width)),
               Colour::dim, c) +
         "\n\n";

  std::size_t name_width = 8, flags_width = 0;
  for (const auto& p : result.ranking) {
    name_width = std::max(name_width, display_width(p.name));
    flags_width = std::max(flags_width, display_width(flags(p, language)));
  }
  if (flags_width > 0) flags_width = std::max<std::size_t>(flags_width, 5);
  name_width = std::min<std::size_t>(name_width, width >= 80 ? 28 : 16);
  const int bar_width = width >= 120 ? 16 : 10;
  // Rank, name, score and bar first; then the flags, on the same line when
  // they fit. Strengths and weaknesses share the rest when there is room for
  // them, else they go on lines of their own.
  // Wide enough for a score and for its heading, which may be longer in another language.
  const std::size_t score_width = std::max<std::size_t>(7, display_width(text(Message::score, language)));
  const std::size_t lead = 4 + name_width + 2 + score_width + 1 + static_cast<std::size_t>(bar_width);
  const bool flags_inline = lead + 2 + flags_width <= static_cast<std::size_t>(width);
  if (!flags_inline) flags_width = 0;
  const std::size_t flags_room = flags_width ? flags_width + 2 : 0;
  const int spare = width - static_cast<int>(lead + flags_room) - 4;
  const bool columns = spare / 2 >= 30;
  const std::size_t text_width = columns ? static_cast<std::size_t>(spare / 2) : 0;

  std::string head = pad("#", 3, true) + " " + pad(text(Message::provider, language), name_width) + "  " +
                     pad(text(Message::score, language), score_width, true) + " " + pad("", static_cast<std::size_t>(bar_width));
  if (columns)
    head += "  " + pad(text(Message::strengths, language), text_width) + "  " + pad(text(Message::weaknesses, language), text_width);
  if (flags_width) head += "  " + pad(text(Message::flags, language), flags_width);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  out += paint(head, Colour::bold, c) + "\n";

  std::size_t shown = 0;
  for (const auto& p : result.ranking) {
    if (options.top && shown++ >= *options.top) break;
    const Colour name_colour = p.rank == 1 ? Colour::green : Colour::none;
    std::string line = pad(std::to_string(p.rank), 3, true) + " " + paint(pad(p.name, name_width), name_colour, c) +
                       "  " + pad(score_text(p.score), score_width, true) + " " +
                       paint(bar(bar_fraction(result, p.score), bar_width), Colour::cyan, c);
    if (columns)
      line += "  " + pad(criterion_names(result, p.strengths, 2), text_width) + "  " + pad(criterion_names(result, p.weaknesses, 2), text_width);
    if (flags_width) line += "  " + paint(pad(flags(p, language), flags_width), Colour::yellow, c);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
    if (!flags_inline && !flags(p, language).empty())
      out += "    " + paint("! " + flags(p, language), Colour::yellow, c) + "\n";
    if (!columns) {
      const std::size_t indent = 4;
      const std::size_t room = static_cast<std::size_t>(std::max(10, width - static_cast<int>(indent) - 2));
      if (!p.strengths.empty())
        out += std::string(indent, ' ') + paint("+ ", Colour::green, c) + truncate_display(criterion_names(result, p.strengths, 2), room) + "\n";
      if (!p.weaknesses.empty())
        out += std::string(indent, ' ') + paint("- ", Colour::red, c) + truncate_display(criterion_names(result, p.weaknesses, 2), room) + "\n";
    }
  }
  if (options.top && result.ranking.size() > *options.top)
    out += paint("  " + say(Message::more_not_shown, language, {std::to_string(result.ranking.size() - *options.top)}),
                 Colour::dim, c) +
           "\n";
  if (result.ranking.empty()) out += "  " + std::string(text(Message::no_provider_to_rank, language)) + "\n";
  append_panel_summary(out, result, options);
  append_tail(out, result, options);
  return out;
}

std::string explanation_table(const Result& result, const RankedProvider& p, const RenderOptions& options) {
  const bool c = options.color;
  const Language language = options.language;
  const int width = std::max(options.width, 40);
  std::string out = paint(p.name, Colour::bold, c) + " " +
                    wrap("(" + p.id + "): " +
                             say(Message::rank_of_score, language,
                                 {std::to_string(p.rank), std::to_string(result.ranking.size()), score_text(p.score)}),
                         static_cast<std::size_t>(width) - 1 - display_width(p.name)) +
                    "\n";
  out += paint(wrap(result.title + " · " + method_line(result, language), static_cast<std::size_t>(width)), Colour::dim, c) + "\n\n";
  const auto value_text = [&](const Contribution& x) {
    return x.missing ? say(Message::missing_value, language, {x.imputed}) : x.display;
  };

  const std::string ranked_of = "/" + std::to_string(result.ranking.size());
  // Each number column is as wide as its heading when that is longer (in another language).
  const auto heading_width = [&](Message heading, std::size_t least) {
    return std::max(least, display_width(text(heading, language)));
  };
  const std::size_t utility_width = heading_width(Message::utility, 7), weight_width = heading_width(Message::weight, 7);
  const std::size_t contribution_width = heading_width(Message::contribution_short, 8);
  const std::size_t rank_width = heading_width(Message::rank, std::max<std::size_t>(4, 2 + ranked_of.size()));
  // Criterion and value share what the four number columns leave.
  const std::size_t numbers = 2 + utility_width + 2 + weight_width + 2 + contribution_width + 2 + rank_width;
  // Two leading spaces, two between name and value, two for the evidence mark.
  const std::size_t text_room = static_cast<std::size_t>(std::max(16, width - static_cast<int>(numbers) - 6));
  std::size_t name_width = 9, value_width = 5;
  for (std::size_t j = 0; j < p.contributions.size(); ++j) {
    name_width = std::max(name_width, display_width(nested(result.criteria[j])));
    const auto& x = p.contributions[j];
    value_width = std::max(value_width, display_width(value_text(x)));
  }
  name_width = std::min(name_width, text_room / 2);
  value_width = std::min(value_width, text_room - name_width);

  const auto row = [&](const std::string& name, const std::string& value, const std::string& utility,
                       const std::string& weight, const std::string& contribution, const std::string& rank) {
    return "  " + pad(name, name_width) + "  " + pad(value, value_width) + "  " + pad(utility, utility_width, true) + "  " +
           pad(weight, weight_width, true) + "  " + pad(contribution, contribution_width, true) + "  " +
           pad(rank, rank_width, true);
  };

  out += paint(row(std::string(text(Message::criterion, language)), std::string(text(Message::value, language)),
                   std::string(text(Message::utility, language)), std::string(text(Message::weight, language)),
                   std::string(text(Message::contribution_short, language)), std::string(text(Message::rank, language))),
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
      std::string line = row(criterion.path_names.front(), "", "", fixed_decimals(weight, 4), score_text(contribution), "");
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += paint(line, Colour::bold, c) + "\n";
    }
    std::string line = row(nested(criterion), value_text(x), fixed_decimals(x.utility, 3), fixed_decimals(x.weight, 4), score_text(x.contribution),
                           std::to_string(x.criterion_rank) + ranked_of);
    if (x.missing) line = paint(line, Colour::yellow, c);
    if (x.evidence) line += " " + paint(x.stale_evidence ? "!" : "*", x.stale_evidence ? Colour::yellow : Colour::dim, c);
    out += line + "\n";
  }
  std::string total = row(std::string(text(Message::total, language)), "", "", fixed_decimals(1, 4), score_text(p.score), "");
  while (!total.empty() && total.back() == ' ') total.pop_back();
  out += paint(total, Colour::bold, c) + "\n";
  if (!result.additive)
    out += paint(wrap("  " + say(Message::not_a_sum, language, {contribution_meaning(result, language)}),
                      static_cast<std::size_t>(width), 3),
                 Colour::dim, c) +
           "\n";

  out += "\n";
  // The labels share one width, the longest's and a space, so the lists line up.
  std::size_t label_width = 0;
  for (Message label : {Message::strengths_label, Message::weaknesses_label, Message::missing_label})
    label_width = std::max(label_width, display_width(text(label, language)) + 1);
  const auto labelled = [&](Message label, const std::string& list) {
    return wrap(pad(text(label, language), label_width) + list, static_cast<std::size_t>(width), label_width) + "\n";
  };
  if (!p.strengths.empty()) out += labelled(Message::strengths_label, criterion_names(result, p.strengths, 3));
  if (!p.weaknesses.empty()) out += labelled(Message::weaknesses_label, criterion_names(result, p.weaknesses, 3));
  for (const auto& x : p.contributions)
    if (x.reviews)
      out += wrap(say(Message::reviews_line, language,
                      {printable(criterion_name(result, x.criterion)), std::to_string(x.reviews->count),
                       format_number(x.reviews->raw_mean, 2), format_number(x.reviews->adjusted, 2)}),
                  static_cast<std::size_t>(width), 4) +
             "\n";
  if (!p.missing.empty())
    out += paint(labelled(Message::missing_label, criterion_names(result, p.missing, p.missing.size())), Colour::yellow, c);
  for (const auto& [k, v] : p.details) out += printable(k) + ": " + format_number(v, 6) + "\n";

  out += panel_section(result, p.contributions, width, c, language);
  out += evidence_section(result, p.contributions, width, c, language);
  return out;
}

std::string exclusion_table(const Result& result, const ExcludedProvider& p, const RenderOptions& options) {
  const bool c = options.color;
  const Language language = options.language;
  const int width = std::max(options.width, 40);
  std::string out =
      paint(p.name, Colour::bold, c) + " (" + p.id + "): " + paint(text(Message::excluded_word, language), Colour::red, c) + "\n";
  out += paint(wrap(result.title + " · " + method_line(result, language), static_cast<std::size_t>(width)), Colour::dim, c) + "\n\n";
  for (const auto& reason : p.reasons)
    out += "  " + paint("✗", Colour::red, c) + " " +
           wrap(printable(to_text(reason, language)), static_cast<std::size_t>(width) - 4, 4) + "\n";

  std::size_t name_width = 9, value_width = 5;
  for (std::size_t j = 0; j < p.values.size(); ++j) {
    name_width = std::max(name_width, display_width(nested(result.criteria[j])));
    value_width = std::max(value_width, display_width(p.values[j].display));
  }
  const std::size_t text_room = static_cast<std::size_t>(std::max(16, width - 2 - 2 - 2 - 7 - 4));
  name_width = std::min(name_width, text_room / 2);
  value_width = std::min(value_width, text_room - name_width);
  const std::size_t weight_width = std::max<std::size_t>(7, display_width(text(Message::weight, language)));
  const auto row = [&](const std::string& name, const std::string& value, const std::string& weight) {
    return "  " + pad(name, name_width) + "  " + pad(value, value_width) + "  " + pad(weight, weight_width, true);
  };
  out += "\n" +
         paint(row(std::string(text(Message::criterion, language)), std::string(text(Message::value, language)),
                   std::string(text(Message::weight, language))),
               Colour::bold, c) +
         "\n";
  std::string group;
  for (std::size_t j = 0; j < p.values.size(); ++j) {
    const Contribution& x = p.values[j];
    const Criterion& criterion = result.criteria[j];
    if (criterion.path.size() > 1 && criterion.path.front() != group) {
      group = criterion.path.front();
      double weight = 0;
      for (std::size_t k = 0; k < p.values.size(); ++k)
        if (result.criteria[k].path.front() == group) weight += p.values[k].weight;
      out += paint(row(criterion.path_names.front(), "", fixed_decimals(weight, 4)), Colour::bold, c) + "\n";
    }
    const bool failed = std::find(p.failed.begin(), p.failed.end(), x.criterion) != p.failed.end();
    std::string line = row(nested(criterion), x.display, fixed_decimals(x.weight, 4));
    line = paint(line, failed ? Colour::red : x.missing ? Colour::yellow : Colour::none, c);
    if (failed) line += " " + paint("✗", Colour::red, c);
    if (x.evidence) line += " " + paint(x.stale_evidence ? "!" : "*", x.stale_evidence ? Colour::yellow : Colour::dim, c);
    out += line + "\n";
  }
  out += panel_section(result, p.values, width, c, language);
  out += evidence_section(result, p.values, width, c, language);
  return out;
}

std::string comparison_table(const Result& result, const Comparison& comparison, const RenderOptions& options) {
  const bool c = options.color;
  const RankedProvider* a = result.find(comparison.a);
  const RankedProvider* b = result.find(comparison.b);
  const Language language = options.language;
  std::string out = paint(say(Message::versus, language, {a->name, b->name}), Colour::bold, c) + "\n";
  out += paint(wrap(result.title + " · " + method_line(result, language), static_cast<std::size_t>(std::max(options.width, 40))),
               Colour::dim, c) +
         "\n\n";
  out += wrap(printable(comparison.summary), static_cast<std::size_t>(std::max(options.width, 40))) + "\n\n";

  std::size_t name_width = 9;
  for (const auto& criterion : result.criteria) name_width = std::max(name_width, display_width(criterion.name));
  const std::size_t column = std::max<std::size_t>(9, std::max(a->id.size(), b->id.size()));
  // Name, two contribution columns, the difference and a bar of up to 12 cells.
  const int room = std::max(options.width, 40) - static_cast<int>(2 + 2 + column + 2 + column + 2 + 10 + 2);
  const int bar_room = std::clamp(room - 12, 0, 12);
  name_width = std::min<std::size_t>({name_width, 28, static_cast<std::size_t>(std::max(9, room - bar_room))});
  double largest = 0;
  for (const auto& line : comparison.lines) largest = std::max(largest, std::abs(line.difference));
  out += paint("  " + pad(text(Message::criterion, language), name_width) + "  " + pad(a->id, column, true) + "  " +
                   pad(b->id, column, true) + "  " + pad(text(Message::difference, language), 10, true),
               Colour::bold, c) +
         "\n";
  for (const auto& line : comparison.lines) {
    if (std::abs(line.difference) < 5e-5) continue;
    const bool favours_a = (line.difference > 0) == result.higher_is_better;
    const int bar_cells = largest > 0 ? static_cast<int>(std::lround(std::abs(line.difference) / largest * bar_room)) : 0;
    std::string line_text = "  " + pad(criterion_name(result, line.criterion), name_width) + "  " +
                            pad(score_text(line.a_contribution), column, true) + "  " +
                            pad(score_text(line.b_contribution), column, true) + "  " +
                            pad((line.difference >= 0 ? "+" : "") + score_text(line.difference), 10, true) + "  " +
                            paint(bar(1.0, bar_cells), favours_a ? Colour::green : Colour::red, c);
    while (!line_text.empty() && line_text.back() == ' ') line_text.pop_back();
    out += line_text + "\n";
  }
  out += paint("  " + pad(text(Message::score, language), name_width) + "  " + pad(score_text(a->score), column, true) + "  " +
                   pad(score_text(b->score), column, true) + "  " +
                   pad((comparison.gap >= 0 ? "+" : "") + score_text(comparison.gap), 10, true),
               Colour::bold, c) +
         "\n";
  return out;
}

}  // namespace criterio::report

namespace criterio::report {

namespace {

const ConsensusEntry& entry_for(const std::vector<ConsensusEntry>& entries, const std::string& id) {
  return *std::find_if(entries.begin(), entries.end(), [&](const ConsensusEntry& e) { return e.id == id; });
}

// One coefficient's matrix, labelled rows and columns, 4 decimals.
std::string matrix_table(const std::string& title, const CorrelationMatrix& matrix, bool c) {
  std::size_t label_width = 6;
  for (const auto& label : matrix.labels) label_width = std::max(label_width, display_width(label));
  label_width = std::min<std::size_t>(label_width, 20);
  std::string out = "  " + paint(title, Colour::bold, c) + "\n";
  std::string head = "    " + pad("", label_width);
  for (const auto& label : matrix.labels) head += "  " + pad(label, label_width, true);
  out += paint(head, Colour::dim, c) + "\n";
  for (std::size_t a = 0; a < matrix.labels.size(); ++a) {
    std::string line = "    " + pad(matrix.labels[a], label_width);
    for (double v : matrix.values[a]) line += "  " + pad(fixed_decimals(v, 4), label_width, true);
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string methods_table(const MethodComparison& comparison, const RenderOptions& options) {
  const bool c = options.color;
  const int width = std::max(options.width, 40);
  const Language l = options.language;
  const Result& shared = comparison.results.front();
  std::string out = paint(shared.title, Colour::bold, c) + "\n";
  const std::size_t count = comparison.results.size();
  out += paint(wrap(say(count == 1 ? Message::mc_methods_compared_one : Message::mc_methods_compared, l,
                        {std::to_string(count)}) +
                        " · " +
                        say(Message::ranked_and_excluded, l,
                            {std::to_string(shared.ranking.size()), std::to_string(shared.excluded.size())}) +
                        " · " + say(Message::as_of_part, l, {shared.as_of.iso()}),
                    static_cast<std::size_t>(width)),
               Colour::dim, c) +
         "\n";
  for (std::size_t k = 0; k < comparison.results.size(); ++k)
    out += paint(wrap("  " + comparison.labels[k] + ": " + method_with_params(comparison.results[k]) +
                          std::string(comparison.results[k].higher_is_better ? "" : text(Message::mc_lower_is_better, l)),
                      static_cast<std::size_t>(width), 4),
                 Colour::dim, c) +
           "\n";
  out += "\n";

  // Provider, then per method its rank and score (rank only when the
  // scores do not fit), then the two consensus ranks.
  std::size_t name_width = 8;
  for (const auto& e : comparison.borda) name_width = std::max(name_width, display_width(e.name));
  name_width = std::min<std::size_t>(name_width, 24);
  std::size_t labels_width = 0;
  for (const auto& label : comparison.labels) labels_width += std::max<std::size_t>(display_width(label), 11) + 2;
  const bool scores = name_width + labels_width + 20 <= static_cast<std::size_t>(width);
  const auto column = [&](const std::string& label) {
    return std::min<std::size_t>(std::max<std::size_t>(display_width(label), scores ? 11 : 3), 20);
  };
  std::string head = pad(text(Message::provider, l), name_width), sub = pad("", name_width);
  for (const auto& label : comparison.labels) {
    head += "  " + pad(label, column(label), !scores);
    sub += "  " + pad(scores ? text(Message::mc_rank_score, l) : "#", column(label), !scores);
  }
  head += "  " + pad("Borda", 5, true) + "  " + pad("Copeland", 8, true);
  out += paint(head, Colour::bold, c) + "\n";
  if (scores) {
    while (!sub.empty() && sub.back() == ' ') sub.pop_back();
    out += paint(sub, Colour::dim, c) + "\n";
  }
  std::size_t shown = 0;
  for (const auto& entry : comparison.borda) {
    if (options.top && shown++ >= *options.top) break;
    std::string line = paint(pad(entry.name, name_width), entry.rank == 1 ? Colour::green : Colour::none, c);
    for (std::size_t k = 0; k < comparison.results.size(); ++k) {
      const RankedProvider* p = comparison.results[k].find(entry.id);
      const std::string cell = scores ? pad(std::to_string(p->rank), 3, true) + " " + pad(score_text(p->score), 7, true)
                                      : std::to_string(p->rank);
      line += "  " + pad(cell, column(comparison.labels[k]), !scores);
    }
    line += "  " + pad(std::to_string(entry.rank), 5, true) + "  " +
            pad(std::to_string(entry_for(comparison.copeland, entry.id).rank), 8, true);
    out += line + "\n";
  }
  if (options.top && comparison.borda.size() > *options.top)
    out += paint("  " + say(Message::more_not_shown, l, {std::to_string(comparison.borda.size() - *options.top)}),
                 Colour::dim, c) +
           "\n";
  if (comparison.borda.empty()) out += "  " + std::string(text(Message::no_provider_to_rank, l)) + "\n";

  out += "\n" + paint(std::string(text(Message::mc_rank_correlations, l)), Colour::bold, c) +
         say(Message::mc_over_ranked, l, {std::to_string(shared.ranking.size())}) + "\n";
  out += matrix_table("Spearman rs", comparison.spearman, c);
  out += matrix_table(std::string(text(Message::mc_weighted_spearman, l)), comparison.weighted_spearman, c);
  out += matrix_table(std::string(text(Message::mc_ws_similarity, l)), comparison.ws, c);

  out += "\n" + paint(std::string(text(Message::mc_agreement, l)), Colour::bold, c) + "\n";
  out += "  " +
         wrap(say(Message::mc_winner, l, {printable(winners_text(comparison, l))}), static_cast<std::size_t>(width) - 2, 4) +
         "\n";

  std::string findings;
  for (std::size_t k = 0; k < comparison.results.size(); ++k) {
    const Result& r = comparison.results[k];
    const auto finding = [&](const std::string& text) {
      findings += "  " + wrap(printable(comparison.labels[k] + ": " + text), static_cast<std::size_t>(width) - 2, 4) + "\n";
    };
    for (const auto& note : r.notes) finding(to_text(note, l));
    for (const auto& set : r.sets) finding(set_label(set, l) + ": " + and_list(set.ids, l));
  }
  if (!findings.empty()) out += "\n" + paint(std::string(text(Message::mc_methods, l)), Colour::bold, c) + "\n" + findings;

  Result once;  // the shared exclusions and every method's warnings, shown once
  once.excluded = shared.excluded;
  once.warnings = comparison.warnings;
  append_tail(out, once, options);
  return out;
}

}  // namespace criterio::report
