// `criterio sensitivity` (and `rank --robustness`) in every format: weight
// stability intervals, what it takes, rank reversal, SMAA-2, findings.

#include <cmath>
#include <cstdio>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/version.hpp"
#include "report/csv_writer.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_table_ranks = 8;  // rank columns a table shows; JSON and CSV have them all

Json number_or_null(double x) { return std::isfinite(x) ? Json(x) : Json(nullptr); }

std::string fixed(double x, int decimals) {
  if (!std::isfinite(x)) return "—";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  return buffer;
}

std::string percent(double share) { return std::isfinite(share) ? fixed(share * 100, 1) + "%" : "—"; }

const char* status_name(Improvement::Status status) {
  switch (status) {
    case Improvement::Status::reachable: return "reachable";
    case Improvement::Status::unreachable: return "unreachable";
    case Improvement::Status::already: return "already";
  }
  return "unreachable";
}

// What the provider needs on a criterion, in a few words.
std::string needs_text(const Improvement& i, Language l) {
  switch (i.status) {
    case Improvement::Status::already: return std::string(text(Message::html_already_there, l));
    case Improvement::Status::unreachable: return std::string(text(Message::html_not_reachable, l));
    case Improvement::Status::reachable: break;
  }
  if (i.exact_level) return i.to_display;
  return say(i.to > i.from ? Message::html_above : Message::html_below, l, {i.to_display});
}

std::string target_text(const WhatItTakes& w, Language l) {
  return w.rival.empty() ? std::string(text(Message::st_to_take_first, l)) : say(Message::st_to_pass, l, {w.rival});
}


Json change_json(const IntervalEnd& end) {
  if (end.up.empty()) return nullptr;
  return {{"up", end.up}, {"down", end.down}};
}

Json interval_json(const IntervalEnd& low, const IntervalEnd& high) {
  return {{"low", low.weight}, {"high", high.weight}, {"low_change", change_json(low)}, {"high_change", change_json(high)}};
}

Json stability_json(const Stability& s) {
  Json criteria = Json::array();
  for (const auto& i : s.intervals)
    criteria.push_back({{"criterion", i.criterion},
                        {"weight", i.weight},
                        {"winner", interval_json(i.winner_low, i.winner_high)},
                        {"order", interval_json(i.order_low, i.order_high)}});
  return {{"exact", s.exact},
          {"scan_step", s.exact ? Json(nullptr) : Json(s.options.scan_step)},
          {"tolerance", s.exact ? Json(nullptr) : Json(s.options.tolerance)},
          {"criteria", criteria}};
}

Json what_it_takes_json(const WhatItTakes& w) {
  Json criteria = Json::array();
  for (const auto& i : w.criteria) {
    Json c = {{"criterion", i.criterion}, {"status", status_name(i.status)}, {"from", i.from},
              {"from_display", i.from_display}};
    if (i.status == Improvement::Status::reachable) {
      c["to"] = i.to;
      c["to_display"] = i.to_display;
      c["level"] = i.exact_level;
    }
    if (i.status == Improvement::Status::unreachable) c["bound"] = i.bound;
    criteria.push_back(c);
  }
  return {{"provider", w.provider}, {"rank", w.rank}, {"rival", w.rival.empty() ? Json(nullptr) : Json(w.rival)},
          {"criteria", criteria}};
}

Json reversal_json(const RankReversalCheck& check, Language language) {
  Json reversals = Json::array();
  for (const auto& r : check.reversals) {
    Json flips = Json::array();
    for (const auto& [up, down] : r.flips) flips.push_back({{"up", up}, {"down", down}});
    reversals.push_back({{"removed", r.removed}, {"pairs", r.count}, {"flips", flips}});
  }
  return {{"checked", check.checked},
          {"reason", check.reason ? Json(to_text(*check.reason, language)) : Json(nullptr)},
          {"reason_code", check.reason ? phrase_json(*check.reason) : Json(nullptr)},
          {"reversals", reversals}};
}

Json smaa_json(const SensitivityReport& report, Language language) {
  const SmaaResult& s = *report.smaa;
  Json providers = Json::array();
  for (std::size_t r = 0; r < report.smaa_ids.size(); ++r) {
    const auto row = static_cast<Eigen::Index>(r);
    Json acceptability = Json::array();
    for (Eigen::Index k = 0; k < s.acceptability.cols(); ++k) acceptability.push_back(s.acceptability(row, k));
    Json central = nullptr;
    if (std::isfinite(s.central_weights(row, 0))) {
      central = Json::object();
      for (std::size_t j = 0; j < report.criteria.size(); ++j)
        central[report.criteria[j].id] = s.central_weights(row, static_cast<Eigen::Index>(j));
    }
    providers.push_back({{"id", report.smaa_ids[r]},
                         {"first", s.acceptability(row, 0)},
                         {"standard_error", s.standard_error(row)},
                         {"acceptability", acceptability},
                         {"holistic", s.holistic(row)},
                         {"confidence", number_or_null(s.confidence(row))},
                         {"central_weights", central}});
  }
  return {{"samples", s.samples},
          {"seed", report.seed},
          {"sampler", to_text(s.sampler, language)},
          {"sampler_code", phrase_json(s.sampler)},
          {"uncertain_values", report.uncertain_cells},
          {"missing_values", report.missing_cells},
          {"providers", providers}};
}

std::size_t id_width(const SensitivityReport& report) {
  std::size_t width = 8;
  for (const auto& id : report.order) width = std::max(width, display_width(id));
  return std::min<std::size_t>(width, 24);
}

std::size_t criterion_width(const SensitivityReport& report) {
  std::size_t width = 9;
  for (const auto& c : report.criteria) width = std::max(width, display_width(c.id));
  return std::min<std::size_t>(width, 24);
}

std::string interval_text(const IntervalEnd& low, const IntervalEnd& high) {
  return fixed(low.weight, 3) + " – " + fixed(high.weight, 3);
}

void stability_table(const Stability& s, const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const Language l = options.language;
  out += "\n" + paint(std::string(text(Message::html_weight_stability, l)), Colour::bold, c) + " " +
         paint(s.exact ? std::string(text(Message::st_exact, l))
                       : say(Message::st_scanned, l,
                             {format_number(s.options.scan_step), format_number(s.options.tolerance, 8)}),
               Colour::dim, c) +
         "\n";
  if (s.intervals.empty()) {
    out += "  " + std::string(text(Message::st_one_criterion, l)) + "\n";
    return;
  }
  const std::size_t w = std::max(criterion_width(report), display_width(text(Message::st_criterion, l)));
  const std::size_t weight_width = std::max<std::size_t>(6, display_width(text(Message::st_weight, l)));
  const std::size_t winner_width = std::max<std::size_t>(19, display_width(text(Message::st_winner_stays_first, l)));
  out += paint("  " + pad(text(Message::st_criterion, l), w) + "  " + pad(text(Message::st_weight, l), weight_width, true) +
                   "  " + pad(text(Message::st_winner_stays_first, l), winner_width) + "  " +
                   std::string(text(Message::st_order_unchanged, l)),
               Colour::dim, c) + "\n";
  for (const auto& i : s.intervals)
    out += "  " + pad(i.criterion, w) + "  " + pad(fixed(i.weight, 3), weight_width, true) + "  " +
           pad(interval_text(i.winner_low, i.winner_high), winner_width) + "  " +
           interval_text(i.order_low, i.order_high) + "\n";
}

void what_it_takes_table(const WhatItTakes& wt, const SensitivityReport& report, const RenderOptions& options,
                         std::string& out) {
  const bool c = options.color;
  const Language l = options.language;
  out += "\n" + paint(std::string(text(Message::html_what_it_takes, l)), Colour::bold, c) +
         say(Message::st_what_it_takes_line, l, {printable(wt.provider), std::to_string(wt.rank), target_text(wt, l)}) +
         "\n";
  const std::size_t w = std::max(criterion_width(report), display_width(text(Message::st_criterion, l)));
  out += paint("  " + pad(text(Message::st_criterion, l), w) + "  " + pad(text(Message::st_now, l), 16) + "  " +
                   std::string(text(Message::st_needs, l)),
               Colour::dim, c) + "\n";
  for (const auto& i : wt.criteria)
    out += "  " + pad(i.criterion, w) + "  " + pad(i.from_display, 16) + "  " +
           paint(needs_text(i, l), i.status == Improvement::Status::unreachable ? Colour::dim : Colour::none, c) + "\n";
}

void reversal_table(const RankReversalCheck& check, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const Language l = options.language;
  out += "\n" + paint(std::string(text(Message::html_rank_reversal, l)), Colour::bold, c) + " " +
         paint(std::string(text(Message::st_reversal_caption, l)), Colour::dim, c) + "\n";
  if (!check.checked) {
    out += "  " + say(Message::st_not_checked, l, {printable(check.reason ? to_text(*check.reason, l) : "")}) + "\n";
    return;
  }
  if (check.reversals.empty()) out += "  " + std::string(text(Message::st_no_reversal, l)) + "\n";
  for (const auto& r : check.reversals) {
    std::string flips;
    for (const auto& [up, down] : r.flips) flips += (flips.empty() ? "" : ", ") + say(Message::html_above_other, l, {up, down});
    if (r.count > r.flips.size()) flips += ", …";
    out += "  " + say(Message::html_without, l, {printable(r.removed), printable(flips)}) + "\n";
  }
}

constexpr std::size_t k_matrix_criteria = 6;  // up to this many, central weights as a matrix
constexpr std::size_t k_leaning = 4;          // past it, each provider's largest central weights

// The typical weights that make each provider first: every weight when there
// are few criteria, else the largest few (the full vectors are in JSON and CSV).
void central_weights_table(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const SmaaResult& s = *report.smaa;
  const std::size_t w = std::max(id_width(report), display_width(text(Message::st_provider, options.language)));
  const std::size_t n = report.criteria.size();
  const bool matrix = n <= k_matrix_criteria;
  const Language l = options.language;
  out += "\n  " + paint(std::string(text(Message::st_central_weights, l)), Colour::bold, c) + " " +
         paint(std::string(text(matrix ? Message::st_central_matrix : Message::st_central_largest, l)), Colour::dim, c) +
         "\n";
  if (matrix) {
    std::string head = "  " + pad(text(Message::st_provider, l), w);
    for (const auto& criterion : report.criteria) head += "  " + pad(criterion.id, std::max<std::size_t>(6, display_width(criterion.id)), true);
    out += paint(head, Colour::dim, c) + "\n";
  }
  const auto width = static_cast<std::size_t>(std::max(options.width, 40));
  for (std::size_t r : smaa_rows(s)) {
    const auto row = static_cast<Eigen::Index>(r);
    if (!std::isfinite(s.central_weights(row, 0))) continue;
    std::string line = "  " + pad(report.smaa_ids[r], w);
    if (matrix) {
      for (std::size_t j = 0; j < n; ++j)
        line += "  " + pad(fixed(s.central_weights(row, static_cast<Eigen::Index>(j)), 3),
                           std::max<std::size_t>(6, display_width(report.criteria[j].id)), true);
      out += line + "\n";
      continue;
    }
    std::vector<std::size_t> columns(n);
    for (std::size_t j = 0; j < n; ++j) columns[j] = j;
    std::stable_sort(columns.begin(), columns.end(), [&](std::size_t a, std::size_t b) {
      return s.central_weights(row, static_cast<Eigen::Index>(a)) > s.central_weights(row, static_cast<Eigen::Index>(b));
    });
    std::string largest;
    for (std::size_t k = 0; k < k_leaning; ++k)
      largest += (k ? ", " : "") + report.criteria[columns[k]].id + " " +
                 fixed(s.central_weights(row, static_cast<Eigen::Index>(columns[k])), 3);
    out += line + "  " + wrap(printable(largest), width > w + 8 ? width - w - 4 : 30, w + 4) + "\n";
  }
}

void smaa_table(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const SmaaResult& s = *report.smaa;
  const Language l = options.language;
  out += "\n" + paint("SMAA-2", Colour::bold, c) + " " +
         paint(say(Message::st_smaa_caption, l, {std::to_string(s.samples), to_text(s.sampler, l), std::to_string(report.seed)}),
               Colour::dim, c) + "\n";
  if (report.uncertain_cells + report.missing_cells > 0)
    out += "  " +
           say(Message::st_sampled_too, l, {std::to_string(report.uncertain_cells), std::to_string(report.missing_cells)}) +
           "\n";
  // Columns as wide as their headings, which are longer in some languages.
  const std::size_t w = std::max(id_width(report), display_width(text(Message::st_provider, l)));
  const auto ranks = static_cast<std::size_t>(std::min<Eigen::Index>(s.acceptability.cols(), k_table_ranks));
  const auto rank_heading = [&](std::size_t k) { return say(Message::html_rank_n, l, {std::to_string(k + 1)}); };
  const std::size_t rank_width = std::max<std::size_t>(7, display_width(rank_heading(ranks > 0 ? ranks - 1 : 0)));
  const std::size_t holistic_width = std::max<std::size_t>(8, display_width(text(Message::st_holistic, l)));
  const std::size_t confidence_width = std::max<std::size_t>(10, display_width(text(Message::st_confidence, l)));
  std::string head = "  " + pad(text(Message::st_provider, l), w);
  for (std::size_t k = 0; k < ranks; ++k) head += "  " + pad(rank_heading(k), rank_width, true);
  head += "  " + pad(text(Message::st_holistic, l), holistic_width, true) + "  " +
          pad(text(Message::st_confidence, l), confidence_width, true);
  out += paint(head, Colour::dim, c) + "\n";
  std::size_t shown = 0;
  for (std::size_t r : smaa_rows(s)) {
    if (options.top && shown++ >= *options.top) break;
    const auto row = static_cast<Eigen::Index>(r);
    std::string line = "  " + pad(report.smaa_ids[r], w);
    for (std::size_t k = 0; k < ranks; ++k)
      line += "  " + pad(percent(s.acceptability(row, static_cast<Eigen::Index>(k))), rank_width, true);
    line += "  " + pad(percent(s.holistic(row)), holistic_width, true) + "  " +
            pad(percent(s.confidence(row)), confidence_width, true);
    out += line + "\n";
  }
  if (static_cast<std::size_t>(s.acceptability.cols()) > ranks)
    out += paint("  " + say(Message::st_ranks_past, l, {std::to_string(ranks)}), Colour::dim, c) + "\n";

  central_weights_table(report, options, out);
}

void findings_table(const SensitivityReport& report, const RenderOptions& options, std::string& out) {
  const bool c = options.color;
  const auto width = static_cast<std::size_t>(std::max(options.width, 40)) - 4;
  if (!report.sentences.empty())
    out += "\n" + paint(std::string(text(Message::html_findings, options.language)), Colour::bold, c) + "\n";
  for (const auto& s : report.sentences) out += "  • " + wrap(printable(to_text(s, options.language)), width, 4) + "\n";
  for (const auto& w : report.warnings) out += paint("! " + printable(to_text(w, options.language)), Colour::yellow, c) + "\n";
}

}  // namespace

Json sensitivity_object(const SensitivityReport& report, Language language) {
  Json j = Json::object();
  if (report.stability) j["stability"] = stability_json(*report.stability);
  if (report.what_it_takes) j["what_it_takes"] = what_it_takes_json(*report.what_it_takes);
  if (report.reversal) j["rank_reversal"] = reversal_json(*report.reversal, language);
  if (report.smaa) j["smaa"] = smaa_json(report, language);
  j["findings"] = to_text(report.sentences, language);
  j["finding_codes"] = phrases_json(report.sentences);
  j["warnings"] = to_text(report.warnings, language);
  j["warning_codes"] = phrases_json(report.warnings);
  return j;
}

std::string sensitivity_json(const SensitivityReport& report, const RenderOptions& options) {
  Json j;
  j["schema_version"] = 1;
  j["tool"] = {{"name", "criterio"}, {"version", std::string(version())}};
  j["kind"] = "sensitivity";
  Json params = Json::object();
  for (const auto& [k, v] : report.params) params[k] = v;
  j["method"] = {{"name", report.method}, {"params", params}};
  j["title"] = report.title;
  j["higher_is_better"] = report.higher_is_better;
  Json criteria = Json::array();
  for (const auto& c : report.criteria) criteria.push_back({{"id", c.id}, {"name", c.name}, {"weight", c.weight}});
  j["criteria"] = criteria;
  Json ranking = Json::array();
  for (std::size_t k = 0; k < report.order.size(); ++k)
    ranking.push_back({{"rank", report.ranks[k]}, {"id", report.order[k]}, {"score", report.scores[k]}});
  j["ranking"] = ranking;
  j.update(sensitivity_object(report, options.language));
  return j.dump(2) + "\n";
}

std::string sensitivity_sections(const SensitivityReport& report, const RenderOptions& options) {
  std::string out;
  if (report.stability) stability_table(*report.stability, report, options, out);
  if (report.what_it_takes) what_it_takes_table(*report.what_it_takes, report, options, out);
  if (report.reversal) reversal_table(*report.reversal, options, out);
  if (report.smaa) smaa_table(report, options, out);
  findings_table(report, options, out);
  return out;
}

std::string sensitivity_table(const SensitivityReport& report, const RenderOptions& options) {
  const bool c = options.color;
  const Language l = options.language;
  std::string out = paint(std::string(text(Message::st_sensitivity, l)), Colour::bold, c) + " · " + report.method + " · " +
                    say(Message::st_providers_criteria, l,
                        {std::to_string(report.order.size()), std::to_string(report.criteria.size())}) +
                    "\n";
  std::string ranking;
  for (std::size_t k = 0; k < report.order.size() && k < 5; ++k)
    ranking += (k ? " · " : "") + std::to_string(report.ranks[k]) + ". " + report.order[k] + " " +
               score_text(report.scores[k]);
  if (report.order.size() > 5) ranking += " · …";
  if (!ranking.empty()) out += "  " + printable(ranking) + "\n";
  return out + sensitivity_sections(report, options);
}

std::string sensitivity_markdown(const SensitivityReport& report, const RenderOptions& options) {
  // The table's sections, fenced, under a heading: readable as Markdown
  // without a second layout to keep in step.
  RenderOptions plain = options;
  plain.color = false;
  return "## Sensitivity (" + report.method + ")\n\n```text\n" + sensitivity_table(report, plain) + "```\n";
}

std::string sensitivity_csv(const SensitivityReport& report, const RenderOptions&) {
  // One figure per row ("long" form), so that every analysis fits one sheet
  // and a pivot table rebuilds any view of it.
  std::string out;
  CsvWriter csv(out);
  csv.text("analysis").text("provider").text("criterion").text("measure").text("value").end_row();
  const auto cells = [&](std::string_view analysis, std::string_view provider, std::string_view criterion,
                         std::string_view measure) -> CsvWriter& {
    return csv.text(analysis).text(provider).text(criterion).text(measure);
  };
  const auto number = [&](std::string_view analysis, std::string_view provider, std::string_view criterion,
                          std::string_view measure, double x) {
    CsvWriter& row = cells(analysis, provider, criterion, measure);
    (std::isfinite(x) ? row.number(x) : row.empty()).end_row();
  };
  for (std::size_t k = 0; k < report.order.size(); ++k) {
    number("ranking", report.order[k], "", "rank", report.ranks[k]);
    number("ranking", report.order[k], "", "score", report.scores[k]);
  }
  if (report.stability)
    for (const auto& i : report.stability->intervals) {
      number("stability", "", i.criterion, "weight", i.weight);
      number("stability", "", i.criterion, "winner_low", i.winner_low.weight);
      number("stability", "", i.criterion, "winner_high", i.winner_high.weight);
      number("stability", "", i.criterion, "order_low", i.order_low.weight);
      number("stability", "", i.criterion, "order_high", i.order_high.weight);
    }
  if (report.what_it_takes)
    for (const auto& i : report.what_it_takes->criteria) {
      const std::string& p = report.what_it_takes->provider;
      cells("what_it_takes", p, i.criterion, "status").text(status_name(i.status)).end_row();
      number("what_it_takes", p, i.criterion, "from", i.from);
      if (i.status == Improvement::Status::reachable) number("what_it_takes", p, i.criterion, "to", i.to);
    }
  if (report.reversal)
    for (const auto& r : report.reversal->reversals)
      number("rank_reversal", r.removed, "", "pairs", static_cast<double>(r.count));
  if (!report.smaa) return out;
  const SmaaResult& s = *report.smaa;
  for (std::size_t r = 0; r < report.smaa_ids.size(); ++r) {
    const auto i = static_cast<Eigen::Index>(r);
    const std::string& id = report.smaa_ids[r];
    for (Eigen::Index k = 0; k < s.acceptability.cols(); ++k)
      number("smaa", id, "", "rank_" + std::to_string(k + 1), s.acceptability(i, k));
    number("smaa", id, "", "holistic", s.holistic(i));
    number("smaa", id, "", "confidence", s.confidence(i));
    for (std::size_t j = 0; j < report.criteria.size(); ++j)
      number("smaa", id, report.criteria[j].id, "central_weight", s.central_weights(i, static_cast<Eigen::Index>(j)));
  }
  return out;
}

}  // namespace criterio::report
