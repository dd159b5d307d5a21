// The one table of methods. Adding a method: write its .cpp with a factory,
// and add a row here; --method, `criterio catalog`, help and did-you-mean
// follow from this table.

#include <algorithm>
#include <limits>

#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "methods/normalization.hpp"
#include "methods/promethee.hpp"
#include "methods/weighted_sum.hpp"

namespace criterio {

namespace {

// The per-criterion preference functions and thresholds of the PROMETHEE methods.
std::vector<ParamSpec> promethee_params() {
  constexpr double k_any = std::numeric_limits<double>::max();
  return {
      ParamSpec{"preference",
                "preference function per criterion: usual, u-shape (q), v-shape (p), level (q, p), linear (q, p), "
                "gaussian (s); a criterion's own preference: in the criteria file applies where this is not given",
                "usual", {"usual", "u-shape", "v-shape", "level", "linear", "gaussian"}, 0, 0, true},
      ParamSpec{"q", "indifference threshold per criterion, in the units the method sees (utility 0-1 for a criterion with a scale, raw units otherwise)",
                "", {}, 0, k_any, true},
      ParamSpec{"p", "preference threshold per criterion, in the same units (q <= p)", "", {}, 0, k_any, true},
      ParamSpec{"s", "Gaussian inflection point per criterion, in the same units (s > 0)", "", {}, 0, k_any, true},
  };
}

std::vector<MethodInfo> build_registry() {
  std::vector<MethodInfo> table;
  table.push_back(MethodInfo{
      "wsm",
      {"saw", "weighted-sum", "additive"},
      "Weighted sum (additive value model, SAW)",
      "sum of weight × utility; explains itself criterion by criterion",
      "Fishburn 1967; Keeney & Raiffa 1976; Triantaphyllou 2000, ch. 2",
      {ParamSpec{"normalization",
                 "how raw columns (criteria without a scale) become utilities; columns with a value function are used as they are",
                 "max", normalization_names(), 0, 0}},
      &make_weighted_sum});
  table.push_back(MethodInfo{
      "promethee2",
      {"promethee", "promethee-ii"},
      "PROMETHEE II (net outranking flow)",
      "complete ranking by net flow φ = φ+ − φ− from per-criterion preference functions",
      "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      promethee_params(),
      &make_promethee2});
  table.push_back(MethodInfo{
      "promethee1",
      {"promethee-i"},
      "PROMETHEE I (partial ranking from φ+ and φ−)",
      "partial order: preferred, indifferent or incomparable pairs from the leaving and entering flows",
      "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      promethee_params(),
      &make_promethee1});
  return table;
}

const std::vector<MethodInfo>& registry() {
  static const std::vector<MethodInfo> table = build_registry();
  return table;
}

std::vector<std::string> all_names() {
  std::vector<std::string> names;
  for (const auto& m : registry()) {
    names.push_back(m.name);
    names.insert(names.end(), m.aliases.begin(), m.aliases.end());
  }
  return names;
}

std::string check_value(const ParamSpec& spec, const std::string& value) {
  if (!spec.choices.empty()) {
    if (std::find(spec.choices.begin(), spec.choices.end(), value) != spec.choices.end()) return {};
    std::string list;
    for (const auto& c : spec.choices) list += (list.empty() ? "" : ", ") + c;
    return "expected one of " + list + did_you_mean(value, spec.choices);
  }
  const auto number = parse_number(value);
  if (!number) return "expected a number (" + number_problem(value) + ")";
  if (*number < spec.min || *number > spec.max)
    return "expected a number from " + format_number(spec.min) + " to " + format_number(spec.max);
  return {};
}

}  // namespace

std::optional<std::string> param_problem(const MethodInfo& method, const std::string& key, const std::string& value) {
  std::vector<std::string> keys;
  for (const auto& spec : method.params) {
    if (spec.key == key) {
      // A per-criterion parameter may be a comma-separated list; each item must pass.
      std::string_view rest = value;
      for (;;) {
        const std::size_t comma = spec.per_criterion ? rest.find(',') : std::string_view::npos;
        const std::string item(rest.substr(0, comma));
        const std::string problem = check_value(spec, item);
        if (!problem.empty()) return key + "=" + value + ": " + (item == value ? "" : quote(item) + ": ") + problem;
        if (comma == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(comma + 1);
      }
    }
    keys.push_back(spec.key);
  }
  return "method '" + method.name + "' has no parameter " + quote(key) + did_you_mean(key, keys) +
         (keys.empty() ? std::string("; it takes none") : std::string());
}

std::span<const MethodInfo> methods() { return registry(); }

const MethodInfo* find_method(std::string_view name) {
  for (const auto& m : registry()) {
    if (m.name == name) return &m;
    if (std::find(m.aliases.begin(), m.aliases.end(), name) != m.aliases.end()) return &m;
  }
  return nullptr;
}

std::unique_ptr<Method> make_method(std::string_view name, const std::map<std::string, std::string>& params) {
  const MethodInfo* info = find_method(name);
  if (!info)
    throw_usage("unknown method " + quote(name) + did_you_mean(name, all_names()) +
                "; `criterio catalog` lists the methods");
  for (const auto& [key, value] : params)
    if (auto problem = param_problem(*info, key, value)) throw_usage("--param " + *problem);
  std::vector<MethodParams::Value> resolved;
  for (const auto& spec : info->params) {
    const auto given = params.find(spec.key);
    const bool is_given = given != params.end();
    resolved.push_back({spec.key, is_given ? given->second : spec.default_value, is_given, spec.per_criterion});
  }
  return info->create(MethodParams(std::move(resolved)));
}

}  // namespace criterio
