#include <nlohmann/json.hpp>

#include "cli/common.hpp"
#include "criterio/catalog.hpp"
#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/weights.hpp"
#include "text/messages.hpp"
#include "text/names.hpp"

namespace criterio::cli {

namespace {

// The text for `language`: the Spanish one where there is one, else the English.
const std::string& in_language(const std::string& en, const std::string& es, Language language) {
  return language == Language::es && !es.empty() ? es : en;
}

// "--param v=NUMBER (0 to 1; default 0.5): ..." with the values it takes,
// its default and whether it may be set per criterion.
std::string param_line(const MethodInfo& m, const ParamSpec& p, Language l) {
  std::string values;
  for (const auto& c : p.choices) values += (values.empty() ? "" : "|") + c;
  std::string range;
  if (p.choices.empty()) {
    values = text(Message::cat_number, l);
    const bool unbounded_above = p.max >= 1e15;
    range = unbounded_above ? say(Message::cat_at_least, l, {format_number(p.min)})
                            : say(Message::cat_range, l, {format_number(p.min), format_number(p.max)});
    if (p.min <= -1e15)
      range = unbounded_above ? std::string(text(Message::cat_any, l)) : say(Message::cat_at_most, l, {format_number(p.max)});
    range += "; ";
  }
  const std::string default_text = p.default_value.empty() ? std::string(text(Message::cat_no_default, l))
                                                           : say(Message::cat_default, l, {p.default_value});
  return "--param " + p.key + "=" + values + (p.per_criterion ? "[,...]" : "") + " (" + range + default_text +
         std::string(p.per_criterion ? text(Message::cat_per_criterion, l) : "") +
         "): " + std::string(param_description(m, p, l));
}

struct CatalogOptions {
  std::string name;
  OutputOptions output;
};

std::string listing_table(Language l) {
  const std::string indent(16, ' ');
  std::string out = std::string(text(Message::cat_catalogs, l)) + "\n";
  for (const auto& c : catalog_infos())
    out += "  " + c.name + std::string(c.name.size() < 14 ? 14 - c.name.size() : 1, ' ') +
           in_language(c.title, c.title_es, l) + " (" + say(Message::cat_criteria_count, l, {std::to_string(c.criteria)}) +
           ")\n";
  out += "\n" + std::string(text(Message::cat_methods, l)) + "\n";
  for (const auto& m : methods()) {
    out += "  " + m.name + std::string(m.name.size() < 14 ? 14 - m.name.size() : 1, ' ') +
           std::string(method_title(m, l)) + "\n";
    out += indent + std::string(method_summary(m, l)) + "\n";
    if (!m.aliases.empty()) {
      std::string aliases;
      for (const auto& a : m.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
      out += indent + say(Message::cat_also, l, {aliases}) + "\n";
    }
    for (const auto& p : m.params) out += indent + param_line(m, p, l) + "\n";
    out += indent + say(Message::cat_reference, l, {m.reference}) + "\n";
  }
  out += "\n" + std::string(text(Message::cat_weighting, l)) + "\n";
  for (const auto& w : weighting_methods()) {
    out += "  " + w.name + std::string(w.name.size() < 14 ? 14 - w.name.size() : 1, ' ') +
           std::string(weighting_title(w, l)) + "\n";
    out += indent + std::string(weighting_summary(w, l)) + "\n";
    if (!w.reference.empty()) out += indent + say(Message::cat_reference, l, {w.reference}) + "\n";
  }
  return out;
}

std::string_view kind_name(WeightingKind kind) {
  switch (kind) {
    case WeightingKind::direct: return "direct";
    case WeightingKind::judgments: return "judgments";
    case WeightingKind::rank: return "rank";
    case WeightingKind::points: return "points";
    case WeightingKind::objective: return "data";
  }
  return "direct";
}

std::string listing_json(Language l) {
  nlohmann::ordered_json j;
  j["catalogs"] = nlohmann::ordered_json::array();
  for (const auto& c : catalog_infos())
    j["catalogs"].push_back({{"name", c.name}, {"title", in_language(c.title, c.title_es, l)}, {"criteria", c.criteria}});
  j["methods"] = nlohmann::ordered_json::array();
  for (const auto& m : methods()) {
    nlohmann::ordered_json params = nlohmann::ordered_json::array();
    for (const auto& p : m.params)
      params.push_back({{"key", p.key},
                        {"default", p.default_value},
                        {"choices", p.choices},
                        {"min", p.choices.empty() ? nlohmann::ordered_json(p.min) : nlohmann::ordered_json(nullptr)},
                        {"max", p.choices.empty() ? nlohmann::ordered_json(p.max) : nlohmann::ordered_json(nullptr)},
                        {"per_criterion", p.per_criterion},
                        {"description", param_description(m, p, l)}});
    j["methods"].push_back({{"name", m.name},
                            {"aliases", m.aliases},
                            {"title", method_title(m, l)},
                            {"summary", method_summary(m, l)},
                            {"reference", m.reference}, {"params", params}});
  }
  j["weighting"] = nlohmann::ordered_json::array();
  for (const auto& w : weighting_methods())
    j["weighting"].push_back({{"name", w.name},
                              {"title", weighting_title(w, l)},
                              {"kind", std::string(kind_name(w.kind))},
                              {"summary", weighting_summary(w, l)},
                              {"reference", w.reference}});
  return j.dump(2) + "\n";
}

int run_catalog(const CatalogOptions& options, const GlobalOptions& global) {
  const Language language = global.language;
  if (!options.name.empty()) {
    const auto text = catalog_text(options.name);
    if (!text) throw_usage("unknown catalog " + quote(options.name) + did_you_mean(options.name, catalog_names()));
    emit(std::string(*text), options.output, global);
    return 0;
  }
  const std::string format = options.output.format;
  if (format != "table" && format != "json") throw_usage("catalog lists as table or json");
  emit(format == "json" ? listing_json(language) : listing_table(language), options.output, global);
  return 0;
}

}  // namespace

void setup_catalog(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<CatalogOptions>();
  CLI::App* command = app.add_subcommand("catalog", "List built-in criteria catalogs, methods and weighting methods, or print one catalog");
  command->add_option("name", options->name, "A catalog to print as YAML (e.g. hosting)");
  command->add_option("-f,--format", options->output.format, "Listing format: table or json")
      ->check(CLI::IsMember({"table", "json"}));
  command->add_option("-o,--output", options->output.output, "Write to FILE (atomically) instead of standard output");
  command->footer("Examples:\n  criterio catalog\n  criterio catalog hosting > my-criteria.yaml");
  command->callback([options, &global, &exit_code] { exit_code = run_catalog(*options, global); });
}

}  // namespace criterio::cli
