// `criterio weights` as a terminal table: the weight tree, then each derived
// group's figures (AHP consistency and advice, panels), notes and warnings.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

std::string weight_text(double weight) {
  if (std::isnan(weight)) return "—";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", weight);
  return buffer;
}

std::string group_label(const WeightNode& node, Language l) {
  return node.id.empty() ? std::string(text(Message::wt_top_level, l)) : node.id;
}

void tree_rows(const WeightNode& node, std::size_t depth, std::size_t id_width, std::string& out, bool c, Language l) {
  for (const auto& child : node.children) {
    const std::string label = std::string(2 * depth, ' ') + child.id;
    std::string line = "  " + pad(label, id_width) + "  " + pad(weight_text(child.local), 7, true) + "  " +
                       pad(weight_text(child.global), 7, true) + "  " + printable(basis_text(child, l));
    if (!child.is_leaf() && child.method != "direct")
      line += paint("  " + say(Message::wt_children, l, {child.method}), Colour::dim, c);
    out += line + "\n";
    if (!child.is_leaf()) tree_rows(child, depth + 1, id_width, out, c, l);
  }
}

std::size_t widest_label(const WeightNode& node, std::size_t depth) {
  std::size_t widest = 0;
  for (const auto& child : node.children) {
    widest = std::max(widest, 2 * depth + display_width(child.id));
    widest = std::max(widest, widest_label(child, depth + 1));
  }
  return widest;
}

void ahp_section(const WeightNode& node, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const Language l = options.language;
  const AhpFigures& ahp = *node.ahp;
  const auto line_width = static_cast<std::size_t>(std::max(options.width, 40)) - 4;
  out += "\n" + paint("AHP · " + group_label(node, l), Colour::bold, c) + " " + say(Message::wt_ahp_priorities, l, {ahp.priorities});
  if (!ahp.evaluators.empty())
    out += say(Message::wt_ahp_evaluators, l, {std::to_string(ahp.evaluators.size()), ahp.aggregate});
  out += ")\n";
  std::string figures = "λmax " + format_number(ahp.lambda_max, 4) + " · CI " + format_number(ahp.ci, 4) + " · RI " +
                        format_number(ahp.random_index, 2) + " · CR " + format_number(ahp.cr, 4) + " · " +
                        say(Message::wt_judgments, l, {std::to_string(ahp.judgments)});
  if (ahp.missing) figures += ", " + say(Message::wt_completed, l, {std::to_string(ahp.missing)});
  out += "  " + figures + " · " +
         (ahp.acceptable ? paint(std::string(text(Message::wt_consistent, l)), Colour::green, c)
                         : paint(std::string(text(Message::wt_inconsistent, l)), Colour::red, c)) +
         "\n";
  for (const auto& a : ahp.advice)
    out += "  " + paint("!", Colour::yellow, c) + " " + wrap(printable(to_text(a.sentence, l)), line_width, 4) + "\n";
  if (ahp.evaluators.empty()) return;
  std::size_t name_width = std::max<std::size_t>(9, display_width(text(Message::wt_evaluator, l)));
  for (const auto& e : ahp.evaluators) name_width = std::max(name_width, display_width(e.evaluator));
  name_width = std::min<std::size_t>(name_width, 20);
  std::string head = "  " + pad(text(Message::wt_evaluator, l), name_width) + "  " + pad("CR", 6, true);
  for (const auto& child : node.children) head += "  " + pad(child.id, std::max<std::size_t>(7, display_width(child.id)), true);
  out += paint(head, Colour::dim, c) + "\n";
  for (const auto& e : ahp.evaluators) {
    std::string line = "  " + pad(e.evaluator, name_width) + "  " + pad(format_number(e.cr, 3), 6, true);
    for (std::size_t k = 0; k < node.children.size(); ++k)
      line += "  " + pad(weight_text(e.priorities[k]), std::max<std::size_t>(7, display_width(node.children[k].id)), true);
    out += line + "\n";
  }
  for (const auto& d : node.disagreement) {
    if (d.outlier.empty()) continue;
    out += "  " +
           wrap(printable(say(Message::wt_disagreement, l,
                              {d.criterion, weight_text(d.low), weight_text(d.high), format_number(d.spread, 3), d.outlier})),
                line_width, 4) +
           "\n";
  }
}

void group_sections(const WeightNode& node, const RenderOptions& options, std::string& out) {
  if (node.ahp) ahp_section(node, options, out);
  for (const auto& child : node.children) group_sections(child, options, out);
}

void collect_notes(const WeightNode& node, Language l, std::vector<std::string>& notes) {
  for (const auto& n : node.notes) notes.push_back(group_label(node, l) + ": " + to_text(n, l));
  for (const auto& child : node.children) collect_notes(child, l, notes);
}

}  // namespace

std::string weights_table(const WeightReport& report, const RenderOptions& options) {
  const bool c = options.color;
  const Language l = options.language;
  const int width = std::max(options.width, 40);
  std::string out = paint(say(Message::wt_title, l, {report.tree.root.name}), Colour::bold, c) + "\n";
  std::string about = report.source;
  if (!report.tree.profile.empty()) about += " · " + say(Message::profile_part, l, {report.tree.profile});
  if (report.tree.uses_data)
    about += report.providers ? say(Message::wt_data_of, l, {std::to_string(report.providers)})
                              : std::string(text(Message::wt_no_providers, l));
  out += paint(wrap(printable(about), static_cast<std::size_t>(width)), Colour::dim, c) + "\n\n";

  const std::size_t id_width =
      std::max({std::size_t{9}, widest_label(report.tree.root, 0), display_width(text(Message::st_criterion, l))});
  out += paint("  " + pad(text(Message::st_criterion, l), id_width) + "  " + pad(text(Message::wt_local, l), 7, true) + "  " +
                   pad(text(Message::wt_global, l), 7, true) + "  " + std::string(text(Message::wt_how, l)),
               Colour::bold, c) + "\n";
  out += paint("  " + say(Message::wt_top_level_method, l, {report.tree.root.method}), Colour::dim, c) + "\n";
  tree_rows(report.tree.root, 0, id_width, out, c, l);
  group_sections(report.tree.root, options, out);

  std::vector<std::string> notes;
  collect_notes(report.tree.root, l, notes);
  const auto line_width = static_cast<std::size_t>(width) - 4;
  if (!notes.empty()) {
    out += "\n" + paint(std::string(text(Message::xlsx_notes, l)), Colour::bold, c) + "\n";
    for (const auto& n : notes) out += "  " + wrap(printable(n), line_width, 4) + "\n";
  }
  if (!report.warnings.empty()) {
    out += "\n" + paint(std::string(text(Message::section_warnings, l)), Colour::bold, c) + "\n";
    for (const auto& w : report.warnings)
      out += "  " + paint("!", Colour::yellow, c) + " " + wrap(printable(to_text(w, l)), line_width, 4) + "\n";
  }
  return out;
}

}  // namespace criterio::report
