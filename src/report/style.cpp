#include "report/style.hpp"

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "text/messages.hpp"

namespace criterio::report {

std::string paint(std::string_view text, Colour colour, bool on) {
  if (const auto newline = text.find('\n'); newline != std::string_view::npos)  // each line on its own
    return paint(text.substr(0, newline), colour, on) + "\n" + paint(text.substr(newline + 1), colour, on);
  if (!on || colour == Colour::none) return printable(text);
  const char* code = "";
  switch (colour) {
    case Colour::bold: code = "\x1b[1m"; break;
    case Colour::dim: code = "\x1b[2m"; break;
    case Colour::red: code = "\x1b[31m"; break;
    case Colour::green: code = "\x1b[32m"; break;
    case Colour::yellow: code = "\x1b[33m"; break;
    case Colour::cyan: code = "\x1b[36m"; break;
    case Colour::none: break;
  }
  return code + printable(text) + "\x1b[0m";
}

std::string bar(double fraction, int width) {
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  if (width <= 0) return {};
  const int eighths = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * width * 8));
  std::string out;
  int cells = 0;
  for (; cells < eighths / 8; ++cells) out += "█";
  if (eighths % 8 && cells < width) {
    out += k_eighths[eighths % 8];
    ++cells;
  }
  for (; cells < width; ++cells) out += " ";
  return out;
}

double bar_fraction(const Result& result, double score) {
  bool unit_interval = true;
  double lo = 0, hi = 0;
  for (const auto& p : result.ranking) {
    unit_interval = unit_interval && p.score >= 0 && p.score <= 1;
    lo = std::min(lo, p.score);
    hi = std::max(hi, p.score);
  }
  double fraction = unit_interval ? score : (hi > lo ? (score - lo) / (hi - lo) : 1.0);
  return result.higher_is_better ? fraction : 1 - fraction;
}

std::string criterion_name(const Result& result, std::string_view id) {
  const Criterion* c = result.find_criterion(id);
  return c ? c->name : std::string(id);
}

std::string criterion_names(const Result& result, const std::vector<std::string>& ids, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < most; ++i) out += (i ? ", " : "") + criterion_name(result, ids[i]);
  return out;
}

std::string method_with_params(const Result& result) {
  std::string line = result.method;
  // Parameters left empty (a per-criterion threshold nobody set) say nothing.
  std::string params;
  for (const auto& [key, value] : result.params)
    if (!value.empty()) params += (params.empty() ? "" : ", ") + key + "=" + value;
  if (!params.empty()) line += " (" + params + ")";
  return line;
}

std::string winners_text(const MethodComparison& comparison, Language language) {
  if (comparison.winners.empty()) return std::string(text(Message::mc_no_winner, language));
  const auto picked = [&](const WinnerGroup& g) {
    const std::string ids = and_list(g.ids, language);
    return g.ids.size() > 1 ? say(Message::mc_tied, language, {ids}) : ids;
  };
  if (comparison.winner_agreed && comparison.labels.size() > 1)
    return say(Message::mc_every_method_picks, language, {picked(comparison.winners.front())});
  std::string out;
  for (const auto& group : comparison.winners)
    out += (out.empty() ? "" : "; ") + say(group.labels.size() > 1 ? Message::mc_pick : Message::mc_picks, language,
                                           {and_list(group.labels, language), picked(group)});
  return out;
}

std::string set_label(const ProviderSet& set, Language language) { return to_text(set.label, language); }

std::string reasons_text(const ExcludedProvider& provider, Language language) {
  std::string out;
  for (const Phrase& reason : provider.reasons) out += (out.empty() ? "" : "; ") + to_text(reason, language);
  return out;
}

std::string basis_text(const WeightNode& node, Language language) {
  return node.basis ? to_text(*node.basis, language) : std::string();
}

std::string contribution_meaning(const Result& result, Language language) {
  return result.contribution_meaning ? to_text(*result.contribution_meaning, language) : std::string();
}

std::string method_line(const Result& result, Language language) {
  std::string line = method_with_params(result);
  if (!result.profile.empty()) line += " · " + say(Message::profile_part, language, {result.profile});
  line += " · " + say(Message::as_of_part, language, {result.as_of.iso()});
  return line;
}

std::string pad(std::string_view text, std::size_t width, bool right_align) {
  std::string cut = truncate_display(printable(text), width);
  const std::size_t used = display_width(cut);
  const std::string spaces(width > used ? width - used : 0, ' ');
  return right_align ? spaces + cut : cut + spaces;
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
  std::size_t start = std::min(text.find_first_not_of(' '), text.size());
  std::string out, line(start, ' ');  // keep the text's own leading spaces
  bool line_has_text = false;         // beyond the indent
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (line_has_text && !word.empty() && display_width(line) + 1 + display_width(word) > width) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
      line = std::string(indent, ' ');
      line_has_text = false;
    } else if (line_has_text) {
      line += ' ';
    }
    line += word;
    line_has_text = line_has_text || !word.empty();
    start = end + 1;
  }
  return out + line;
}

std::string panel_line(const Result& result, const Contribution& contribution) {
  const PanelRatings& panel = *contribution.panel;
  const Language l = result.language;
  std::string ratings;
  for (const auto& r : panel.ratings)
    ratings += (ratings.empty() ? "" : ", ") + r.evaluator + " " +
               (r.rating ? format_number(*r.rating, 2) : std::string(text(Message::pn_not_rated, l)));
  std::string line = criterion_name(result, contribution.criterion) + ": " + ratings + " → ";
  if (!panel.value) return line + std::string(text(Message::pn_nobody_rated, l));
  line += std::string(to_string(panel.aggregate)) + " " + format_number(*panel.value, 2) +
          say(Message::pn_spread, l, {format_number(panel.spread, 2)});
  if (panel.outlier) line += say(Message::pn_outlier, l, {*panel.outlier});
  return line;
}

std::string panel_summary_line(const Result& result, const PanelCriterionSummary& summary) {
  const Language l = result.language;
  std::string line = say(summary.providers == 1 ? Message::pn_mean_spread_one : Message::pn_mean_spread, l,
                         {criterion_name(result, summary.criterion), format_number(summary.mean_spread, 2),
                          std::to_string(summary.providers)});
  if (summary.providers > 1 && summary.max_spread > 0)
    line += say(Message::pn_largest, l, {format_number(summary.max_spread, 2), summary.max_spread_provider});
  if (!summary.most_often_outlier.empty())
    line += say(summary.most_often_outlier.size() == 1 ? Message::pn_most_often_one : Message::pn_most_often, l,
                {and_list(summary.most_often_outlier, l), std::to_string(summary.outlier_times),
                 std::to_string(summary.providers)});
  return line;
}

std::string score_text(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", score);
  return std::string(buffer) == "-0.0000" ? "0.0000" : buffer;
}

std::vector<std::size_t> smaa_rows(const SmaaResult& s) {
  std::vector<std::size_t> rows(static_cast<std::size_t>(s.acceptability.rows()));
  for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = r;
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    return s.holistic(static_cast<Eigen::Index>(a)) > s.holistic(static_cast<Eigen::Index>(b));
  });
  return rows;
}

}  // namespace criterio::report
