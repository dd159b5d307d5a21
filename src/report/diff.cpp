// `criterio diff` in every format: one row per provider whose place or score
// changed, with the criteria behind the change.

#include <cmath>
#include <nlohmann/json.hpp>

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "report/csv_writer.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

std::string rank_text(const std::optional<int>& rank) { return rank ? std::to_string(*rank) : "—"; }
std::string score_or_dash(const std::optional<double>& score) { return score ? score_text(*score) : "—"; }

// "+3" when a provider climbs three places (lower rank numbers are better).
std::string movement(const ProviderChange& p) {
  if (!p.old_rank || !p.new_rank || *p.old_rank == *p.new_rank) return "";
  const int climb = *p.old_rank - *p.new_rank;
  return (climb > 0 ? "+" : "") + std::to_string(climb);
}

std::string causes_text(const ProviderChange& p) {
  std::string out;
  for (const auto& c : p.causes)
    out += (out.empty() ? "" : ", ") + c.criterion + " " + (c.change > 0 ? "+" : "") + format_number(c.change, 4);
  return out;
}

std::string summary(const ResultDiff& diff, Language l) {
  std::size_t changed = 0;
  for (const auto& p : diff.providers) changed += p.status != "unchanged";
  if (changed == 0) return std::string(text(Message::diff_no_change, l));
  return say(changed == 1 ? Message::diff_provider_changed : Message::diff_providers_changed, l, {std::to_string(changed)});
}

}  // namespace

std::string diff_table(const ResultDiff& diff, const RenderOptions& options) {
  const bool c = options.color;
  const Language l = options.language;
  std::string out = paint(say(Message::diff_changes, l, {diff.old_file, diff.new_file}), Colour::bold, c) + "\n";
  out += paint(summary(diff, l), Colour::dim, c) + "\n";
  for (const auto& n : diff.notes) out += paint("! " + n, Colour::yellow, c) + "\n";
  std::size_t id_width = std::max<std::size_t>(8, display_width(text(Message::st_provider, l)));
  for (const auto& p : diff.providers) id_width = std::max(id_width, display_width(p.id));
  out += "\n" + paint("  " + pad(text(Message::st_provider, l), id_width) + "  " + pad(text(Message::diff_status, l), 10) +
                          "  " + pad(text(Message::diff_rank, l), 9, true) + "  " +
                          pad(text(Message::diff_score, l), 17, true) + "  " + std::string(text(Message::diff_behind, l)),
                      Colour::bold, c) + "\n";
  for (const auto& p : diff.providers) {
    if (p.status == "unchanged") continue;
    const std::string ranks = rank_text(p.old_rank) + "→" + rank_text(p.new_rank);
    const std::string scores = score_or_dash(p.old_score) + "→" + score_or_dash(p.new_score);
    const Colour colour = p.status == "removed" || p.status == "excluded" ? Colour::red
                          : p.status == "added" || p.status == "readmitted" ? Colour::green
                                                                              : Colour::none;
    out += "  " + pad(p.id, id_width) + "  " + paint(pad(p.status, 10), colour, c) + "  " + pad(ranks, 9, true) + "  " +
           pad(scores, 17, true) + "  " + printable(causes_text(p)) + "\n";
  }
  return out;
}

std::string diff_markdown(const ResultDiff& diff, const RenderOptions& options) {
  const Language l = options.language;
  std::string out = "### " + std::string(text(Message::diff_heading, l)) + "\n\n_" + printable(diff.old_file) + " → " +
                    printable(diff.new_file) + ": " + summary(diff, l) + "_\n\n";
  for (const auto& n : diff.notes) out += "> " + printable(n) + "\n\n";
  if (!diff.changed) return out;
  out += "| ";
  for (const Message heading : {Message::provider, Message::html_status, Message::rank, Message::diff_move, Message::score,
                                Message::diff_behind_title})
    out += std::string(text(heading, l)) + " | ";
  out.pop_back();
  out += "\n|---|---|---:|---:|---:|---|\n";
  for (const auto& p : diff.providers) {
    if (p.status == "unchanged") continue;
    out += "| `" + p.id + "` | " + p.status + " | " + rank_text(p.old_rank) + " → " + rank_text(p.new_rank) + " | " +
           movement(p) + " | " + score_or_dash(p.old_score) + " → " + score_or_dash(p.new_score) + " | " +
           printable(causes_text(p)) + " |\n";
  }
  return out;
}

std::string diff_json(const ResultDiff& diff, const RenderOptions&) {
  using Json = nlohmann::ordered_json;
  const auto maybe = [](const auto& v) { return v ? Json(*v) : Json(nullptr); };
  Json providers = Json::array();
  for (const auto& p : diff.providers) {
    Json causes = Json::array();
    for (const auto& c : p.causes) causes.push_back({{"criterion", c.criterion}, {"change", c.change}});
    providers.push_back({{"id", p.id}, {"name", p.name}, {"status", p.status}, {"old_rank", maybe(p.old_rank)},
                         {"new_rank", maybe(p.new_rank)}, {"old_score", maybe(p.old_score)},
                         {"new_score", maybe(p.new_score)}, {"causes", causes}});
  }
  Json j = {{"schema_version", 1}, {"kind", "diff"}, {"old", diff.old_file}, {"new", diff.new_file},
            {"old_method", diff.old_method}, {"new_method", diff.new_method}, {"changed", diff.changed},
            {"providers", providers}, {"notes", diff.notes}};
  return j.dump(2) + "\n";
}

std::string diff_csv(const ResultDiff& diff, const RenderOptions&) {
  // The same rows as the table, every provider included, as plain cells.
  std::string out;
  CsvWriter csv(out);
  for (const char* name : {"id", "status", "old_rank", "new_rank", "old_score", "new_score", "causes"}) csv.text(name);
  csv.end_row();
  const auto number = [&](const auto& v) -> CsvWriter& { return v ? csv.number(static_cast<double>(*v)) : csv.empty(); };
  for (const auto& p : diff.providers) {
    csv.text(p.id).text(p.status);
    number(p.old_rank);
    number(p.new_rank);
    number(p.old_score);
    number(p.new_score);
    csv.text(causes_text(p)).end_row();
  }
  return out;
}

}  // namespace criterio::report
