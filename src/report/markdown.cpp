// Markdown for sharing: a pull-request comment, a wiki page, a report.

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

// Escapes characters that would break a table cell or start markup.
std::string cell(std::string_view text) {
  std::string out;
  for (char ch : printable(text)) {
    if (ch == '|' || ch == '\\' || ch == '*' || ch == '_' || ch == '`' || ch == '<' || ch == '[' || ch == ']')
      out += '\\';
    out += ch == '\n' ? ' ' : ch;
  }
  return out;
}

// "### Warnings" in `language`.
std::string heading(Message title, Language language) { return "\n### " + std::string(text(title, language)) + "\n\n"; }

void tail(std::string& out, const Result& result, Language language) {
  if (!result.notes.empty() || !result.sets.empty()) {
    out += heading(Message::section_method, language);
    for (const auto& note : result.notes) out += "- " + cell(to_text(note, language)) + "\n";
    for (const auto& set : result.sets) {
      std::string ids;
      for (const auto& id : set.ids) ids += (ids.empty() ? "" : ", ") + ("`" + id + "`");
      out += "- " + cell(set_label(set, language)) + ": " + ids + " (" + cell(to_text(set.note, language)) + ")\n";
    }
  }
  if (!result.excluded.empty()) {
    out += heading(Message::section_excluded, language);
    for (const auto& e : result.excluded) {
      out += "- **" + cell(e.name) + "** (`" + e.id + "`): " + cell(reasons_text(e, language)) + "\n";
    }
  }
  if (!result.warnings.empty()) {
    out += heading(Message::section_warnings, language);
    for (const auto& w : result.warnings) out += "- " + cell(to_text(w, language)) + "\n";
  }
}

void panel_summary(std::string& out, const Result& result, Language language) {
  if (!result.panel) return;
  out += heading(Message::section_evaluator_panel, language) + "_" +
         say(Message::panel_legend, language, {to_string(result.panel->aggregate)}) + "_\n\n";
  for (const auto& c : result.panel->criteria) out += "- " + cell(panel_summary_line(result, c)) + "\n";
}

// "| a | b |" with the labels of `columns` in `language`.
std::string header_row(std::initializer_list<Message> columns, Language language) {
  std::string out = "|";
  for (Message column : columns) out += " " + std::string(text(column, language)) + " |";
  return out;
}

}  // namespace

std::string ranking_markdown(const Result& result, const RenderOptions& options) {
  const Language language = options.language;
  std::string out = "## " + cell(result.title) + "\n\n_" + cell(method_line(result, language)) + "_\n\n";
  out += "| # " + header_row({Message::provider, Message::score, Message::strengths, Message::weaknesses, Message::flags}, language) +
         "\n|---:|---|---:|---|---|---|\n";
  std::size_t shown = 0;
  for (const auto& p : result.ranking) {
    if (options.top && shown++ >= *options.top) break;
    std::string flags;
    if (!p.missing.empty()) flags += say(Message::missing_count, language, {std::to_string(p.missing.size())});
    if (!p.stale_evidence.empty())
      flags += (flags.empty() ? "" : ", ") + say(Message::stale_count, language, {std::to_string(p.stale_evidence.size())});
    out += "| " + std::to_string(p.rank) + " | " + cell(p.name) + " | " + score_text(p.score) + " | " +
           cell(criterion_names(result, p.strengths, 2)) + " | " + cell(criterion_names(result, p.weaknesses, 2)) + " | " + flags + " |\n";
  }
  panel_summary(out, result, language);
  tail(out, result, language);
  return out;
}

std::string explanation_markdown(const Result& result, const RankedProvider& p, const RenderOptions& options) {
  const Language language = options.language;
  std::string out = "## " + cell(p.name) + " (`" + p.id + "`): " +
                    say(Message::rank_of_score, language,
                        {std::to_string(p.rank), std::to_string(result.ranking.size()), score_text(p.score)}) +
                    "\n\n_" + cell(result.title + " · " + method_line(result, language)) + "_\n\n";
  out += header_row({Message::criterion, Message::value, Message::utility, Message::weight, Message::contribution,
                     Message::rank, Message::evidence},
                    language) +
         "\n|---|---|---:|---:|---:|---:|---|\n";
  for (std::size_t j = 0; j < p.contributions.size(); ++j) {
    const Contribution& x = p.contributions[j];
    std::string evidence;
    if (x.evidence)
      evidence = x.evidence->source + (x.evidence->date ? " (" + x.evidence->date->iso() + ")" : "") +
                 (x.stale_evidence ? " **" + std::string(text(Message::stale_word, language)) + "**" : "");
    out += "| " + cell(result.criteria[j].name) + " | " +
           cell(x.missing ? say(Message::missing_value, language, {x.imputed}) : x.display) +
           " | " + format_number(x.utility, 3) + " | " + format_number(x.weight, 4) + " | " + score_text(x.contribution) +
           " | " + std::to_string(x.criterion_rank) + " | " + (x.evidence ? cell(evidence) : "") + " |\n";
  }
  const auto labelled = [&](Message label, const std::vector<std::string>& ids, std::size_t most) {
    return "\n**" + std::string(text(label, language)) + "** " + cell(criterion_names(result, ids, most)) + "\n";
  };
  if (!p.strengths.empty()) out += labelled(Message::strengths_label, p.strengths, 3);
  if (!p.weaknesses.empty()) out += labelled(Message::weaknesses_label, p.weaknesses, 3);
  if (!p.missing.empty()) out += labelled(Message::missing_label, p.missing, p.missing.size());
  std::string panel;
  for (const auto& x : p.contributions)
    if (x.panel) panel += "- " + cell(panel_line(result, x)) + "\n";
  if (!panel.empty()) out += "\n**" + std::string(text(Message::evaluator_panel_label, language)) + "**\n\n" + panel;
  return out;
}

std::string exclusion_markdown(const Result& result, const ExcludedProvider& p, const RenderOptions& options) {
  const Language language = options.language;
  std::string out = "## " + cell(p.name) + " (`" + p.id + "`): " + std::string(text(Message::excluded_word, language)) +
                    "\n\n_" + cell(result.title + " · " + method_line(result, language)) + "_\n\n";
  for (const auto& reason : p.reasons) out += "- " + cell(to_text(reason, language)) + "\n";
  out += "\n" + header_row({Message::criterion, Message::value, Message::weight, Message::evidence}, language) +
         "\n|---|---|---:|---|\n";
  for (std::size_t j = 0; j < p.values.size(); ++j) {
    const Contribution& x = p.values[j];
    const bool failed = std::find(p.failed.begin(), p.failed.end(), x.criterion) != p.failed.end();
    std::string evidence;
    if (x.evidence)
      evidence = x.evidence->source + (x.evidence->date ? " (" + x.evidence->date->iso() + ")" : "") +
                 (x.stale_evidence ? " **" + std::string(text(Message::stale_word, language)) + "**" : "");
    out += "| " + cell(result.criteria[j].name) + " | " + (failed ? "**" + cell(x.display) + "** ✗" : cell(x.display)) +
           " | " + format_number(x.weight, 4) + " | " + (x.evidence ? cell(evidence) : "") + " |\n";
  }
  std::string panel;
  for (const auto& x : p.values)
    if (x.panel) panel += "- " + cell(panel_line(result, x)) + "\n";
  if (!panel.empty()) out += "\n**" + std::string(text(Message::evaluator_panel_label, language)) + "**\n\n" + panel;
  return out;
}

std::string comparison_markdown(const Result& result, const Comparison& comparison, const RenderOptions& options) {
  const Language language = options.language;
  const RankedProvider* a = result.find(comparison.a);
  const RankedProvider* b = result.find(comparison.b);
  std::string out = "## " + say(Message::versus, language, {cell(a->name), cell(b->name)}) + "\n\n" +
                    cell(comparison.summary) + "\n\n";
  out += "| " + std::string(text(Message::criterion, language)) + " | " + cell(a->id) + " | " + cell(b->id) + " | " +
         std::string(text(Message::difference, language)) + " |\n|---|---:|---:|---:|\n";
  for (const auto& line : comparison.lines) {
    if (std::abs(line.difference) < 5e-5) continue;
    out += "| " + cell(criterion_name(result, line.criterion)) + " | " + score_text(line.a_contribution) + " | " +
           score_text(line.b_contribution) + " | " + (line.difference >= 0 ? "+" : "") + score_text(line.difference) +
           " |\n";
  }
  out += "| **" + std::string(text(Message::score, language)) + "** | " + score_text(a->score) + " | " + score_text(b->score) + " | " +
         (comparison.gap >= 0 ? "+" : "") + score_text(comparison.gap) + " |\n";
  return out;
}

}  // namespace criterio::report

namespace criterio::report {

namespace {

std::string matrix_markdown(const std::string& title, const CorrelationMatrix& matrix) {
  std::string out = "\n**" + cell(title) + "**\n\n|  |";
  for (const auto& label : matrix.labels) out += " " + cell(label) + " |";
  out += "\n|---|";
  for (std::size_t b = 0; b < matrix.labels.size(); ++b) out += "---:|";
  out += "\n";
  for (std::size_t a = 0; a < matrix.labels.size(); ++a) {
    out += "| " + cell(matrix.labels[a]) + " |";
    for (double v : matrix.values[a]) out += " " + format_number(v, 4) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace

std::string methods_markdown(const MethodComparison& comparison, const RenderOptions& options) {
  const Language l = options.language;
  const Result& shared = comparison.results.front();
  const std::size_t count = comparison.results.size();
  std::string out = "## " + cell(shared.title) + "\n\n_" +
                    say(count == 1 ? Message::mc_methods_compared_one : Message::mc_methods_compared, l,
                        {std::to_string(count)}) +
                    " · " + say(Message::as_of_part, l, {shared.as_of.iso()}) + "_\n\n";
  for (std::size_t k = 0; k < comparison.results.size(); ++k)
    out += "- **" + cell(comparison.labels[k]) + "**: " + cell(method_with_params(comparison.results[k])) +
           std::string(comparison.results[k].higher_is_better ? "" : text(Message::mc_lower_is_better, l)) + "\n";
  out += "\n| " + std::string(text(Message::provider, l)) + " |";
  std::string rule = "|---|";
  for (const auto& label : comparison.labels) {
    out += " " + cell(label) + " # | " + cell(say(Message::mc_score_of, l, {label})) + " |";
    rule += "---:|---:|";
  }
  out += " Borda | Copeland |\n" + rule + "---:|---:|\n";
  std::size_t shown = 0;
  for (const auto& entry : comparison.borda) {
    if (options.top && shown++ >= *options.top) break;
    out += "| " + cell(entry.name) + " |";
    for (const Result& result : comparison.results) {
      const RankedProvider* p = result.find(entry.id);
      out += " " + std::to_string(p->rank) + " | " + score_text(p->score) + " |";
    }
    const auto copeland = std::find_if(comparison.copeland.begin(), comparison.copeland.end(),
                                       [&](const ConsensusEntry& e) { return e.id == entry.id; });
    out += " " + std::to_string(entry.rank) + " | " + std::to_string(copeland->rank) + " |\n";
  }
  out += "\n### " + std::string(text(Message::mc_rank_correlations, l)) + "\n";
  out += matrix_markdown("Spearman rs", comparison.spearman);
  out += matrix_markdown(std::string(text(Message::mc_weighted_spearman, l)), comparison.weighted_spearman);
  out += matrix_markdown(std::string(text(Message::mc_ws_similarity, l)), comparison.ws);
  out += "\n### " + std::string(text(Message::mc_agreement, l)) + "\n\n- " +
         say(Message::mc_winner, l, {cell(winners_text(comparison, l))}) + "\n";
  Result once;  // the shared exclusions and every method's warnings, shown once
  once.excluded = shared.excluded;
  once.warnings = comparison.warnings;
  tail(out, once, options.language);
  return out;
}

namespace {

std::string weight_cell(double w) { return std::isnan(w) ? "—" : format_number(w, 4); }

void weight_table_rows(const WeightNode& node, int depth, Language l, std::string& out) {
  for (const auto& child : node.children) {
    out += "| " + std::string(static_cast<std::size_t>(depth), '-') + (depth ? " " : "") + "`" + child.id + "` " +
           cell(child.name) + " | " + weight_cell(child.local) + " | " + weight_cell(child.global) + " | " +
           cell(basis_text(child, l)) + " |\n";
    if (!child.is_leaf()) weight_table_rows(child, depth + 1, l, out);
  }
}

void weight_groups(const WeightNode& node, Language l, std::string& out) {
  const std::string group = node.id.empty() ? std::string(text(Message::wt_top_level, l)) : "`" + node.id + "`";
  if (node.ahp) {
    const AhpFigures& a = *node.ahp;
    out += "\n### AHP: " + group + "\n\n";
    out += "- " + say(Message::md_priorities, l, {cell(a.priorities)}) + "; λmax " + format_number(a.lambda_max, 4) +
           ", CI " + format_number(a.ci, 4) + ", RI " + format_number(a.random_index, 2) + ", **CR " +
           format_number(a.cr, 4) + "** (" +
           std::string(text(a.acceptable ? Message::wt_consistent : Message::md_inconsistent, l)) + ")\n";
    if (a.missing) out += "- " + say(Message::md_completed, l, {std::to_string(a.missing)}) + "\n";
    for (const auto& advice : a.advice) out += "- " + say(Message::md_advice, l, {cell(to_text(advice.sentence, l))}) + "\n";
    for (const auto& e : a.evaluators)
      out += "- " + say(Message::md_evaluator, l, {cell(e.evaluator), format_number(e.cr, 3)}) + "\n";
    for (const auto& d : node.disagreement)
      if (!d.outlier.empty())
        out += "- " +
               say(Message::md_disagreement, l,
                   {"`" + d.criterion + "`", weight_cell(d.low), weight_cell(d.high), cell(d.outlier)}) +
               "\n";
  }
  for (const auto& n : node.notes) out += "\n> " + cell(group + ": " + to_text(n, l)) + "\n";
  for (const auto& child : node.children) weight_groups(child, l, out);
}

}  // namespace

std::string weights_markdown(const WeightReport& report, const RenderOptions& options) {
  const Language l = options.language;
  std::string out = "## " + say(Message::md_weights_title, l, {cell(report.tree.root.name)}) + "\n\n_" +
                    cell(report.source) +
                    (report.tree.profile.empty() ? "" : " · " + say(Message::profile_part, l, {cell(report.tree.profile)})) +
                    "_\n\n";
  out += "| " + std::string(text(Message::criterion, l)) + " | " + std::string(text(Message::md_local, l)) + " | " +
         std::string(text(Message::md_global, l)) + " | " + std::string(text(Message::md_how, l)) +
         " |\n|---|---:|---:|---|\n";
  weight_table_rows(report.tree.root, 0, l, out);
  weight_groups(report.tree.root, l, out);
  if (!report.warnings.empty()) {
    out += "\n### " + std::string(text(Message::section_warnings, l)) + "\n\n";
    for (const auto& w : report.warnings) out += "- " + cell(to_text(w, l)) + "\n";
  }
  return out;
}

}  // namespace criterio::report
