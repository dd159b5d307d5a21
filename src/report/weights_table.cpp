// `criterio weights` as a terminal table: the weight tree, then each derived
// group's figures (AHP consistency and advice, panels), notes and warnings.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"

namespace criterio::report {

namespace {

std::string weight_text(double weight) {
  if (std::isnan(weight)) return "—";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", weight);
  return buffer;
}

std::string group_label(const WeightNode& node) { return node.id.empty() ? "top level" : node.id; }

void tree_rows(const WeightNode& node, std::size_t depth, std::size_t id_width, std::string& out, bool c) {
  for (const auto& child : node.children) {
    const std::string label = std::string(2 * depth, ' ') + child.id;
    std::string line = "  " + pad(label, id_width) + "  " + pad(weight_text(child.local), 7, true) + "  " +
                       pad(weight_text(child.global), 7, true) + "  " + printable(child.basis);
    if (!child.is_leaf() && child.method != "direct") line += paint("  [children: " + child.method + "]", Colour::dim, c);
    out += line + "\n";
    if (!child.is_leaf()) tree_rows(child, depth + 1, id_width, out, c);
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
  const AhpFigures& ahp = *node.ahp;
  const auto line_width = static_cast<std::size_t>(std::max(options.width, 40)) - 4;
  out += "\n" + paint("AHP · " + group_label(node), Colour::bold, c) + " (" + ahp.priorities + " priorities";
  if (!ahp.evaluators.empty())
    out += ", " + std::to_string(ahp.evaluators.size()) + " evaluators, aggregated by " + ahp.aggregate;
  out += ")\n";
  std::string figures = "λmax " + format_number(ahp.lambda_max, 4) + " · CI " + format_number(ahp.ci, 4) + " · RI " +
                        format_number(ahp.random_index, 2) + " · CR " + format_number(ahp.cr, 4) + " · " +
                        std::to_string(ahp.judgments) + " judgments";
  if (ahp.missing) figures += ", " + std::to_string(ahp.missing) + " completed";
  out += "  " + figures + " · " +
         (ahp.acceptable ? paint("consistent", Colour::green, c) : paint("inconsistent (CR > 0.1)", Colour::red, c)) + "\n";
  for (const auto& a : ahp.advice) out += "  " + paint("!", Colour::yellow, c) + " " + wrap(printable(a.sentence), line_width, 4) + "\n";
  if (ahp.evaluators.empty()) return;
  std::size_t name_width = 9;
  for (const auto& e : ahp.evaluators) name_width = std::max(name_width, display_width(e.evaluator));
  name_width = std::min<std::size_t>(name_width, 20);
  std::string head = "  " + pad("evaluator", name_width) + "  " + pad("CR", 6, true);
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
    out += "  " + wrap(printable(d.criterion + ": priorities from " + weight_text(d.low) + " to " + weight_text(d.high) +
                                 " (spread " + format_number(d.spread, 3) + "); " + d.outlier + " stands apart"),
                       line_width, 4) + "\n";
  }
}

void group_sections(const WeightNode& node, const RenderOptions& options, std::string& out) {
  if (node.ahp) ahp_section(node, options, out);
  for (const auto& child : node.children) group_sections(child, options, out);
}

void collect_notes(const WeightNode& node, std::vector<std::string>& notes) {
  for (const auto& n : node.notes) notes.push_back(group_label(node) + ": " + n);
  for (const auto& child : node.children) collect_notes(child, notes);
}

}  // namespace

std::string weights_table(const WeightReport& report, const RenderOptions& options) {
  const bool c = options.color;
  const int width = std::max(options.width, 40);
  std::string out = paint("Weights · " + report.tree.root.name, Colour::bold, c) + "\n";
  std::string about = report.source;
  if (!report.tree.profile.empty()) about += " · profile " + report.tree.profile;
  if (report.tree.uses_data)
    about += report.providers ? " · data of " + std::to_string(report.providers) + " providers" : " · no providers given";
  out += paint(wrap(printable(about), static_cast<std::size_t>(width)), Colour::dim, c) + "\n\n";

  const std::size_t id_width = std::max<std::size_t>(9, widest_label(report.tree.root, 0));
  out += paint("  " + pad("criterion", id_width) + "  " + pad("local", 7, true) + "  " + pad("global", 7, true) + "  how",
               Colour::bold, c) + "\n";
  out += paint("  (top level: " + report.tree.root.method + ")", Colour::dim, c) + "\n";
  tree_rows(report.tree.root, 0, id_width, out, c);
  group_sections(report.tree.root, options, out);

  std::vector<std::string> notes;
  collect_notes(report.tree.root, notes);
  const auto line_width = static_cast<std::size_t>(width) - 4;
  if (!notes.empty()) {
    out += "\n" + paint("Notes", Colour::bold, c) + "\n";
    for (const auto& n : notes) out += "  " + wrap(printable(n), line_width, 4) + "\n";
  }
  if (!report.warnings.empty()) {
    out += "\n" + paint("Warnings", Colour::bold, c) + "\n";
    for (const auto& w : report.warnings) out += "  " + paint("!", Colour::yellow, c) + " " + wrap(printable(w), line_width, 4) + "\n";
  }
  return out;
}

}  // namespace criterio::report
