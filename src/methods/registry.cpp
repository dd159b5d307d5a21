// The one table of methods. Adding a method: write its .cpp with a factory,
// and add a row here; --method, `criterio catalog`, help and did-you-mean
// follow from this table.

#include <algorithm>

#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "methods/electre.hpp"
#include "methods/normalization.hpp"
#include "methods/weighted_sum.hpp"

namespace criterio {

namespace {

// The largest threshold a per-criterion parameter accepts (raw units can be large).
constexpr double k_max_threshold = 1e15;

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
      "electre1",
      {"electre-i"},
      "ELECTRE I (outranking; kernel of best choices)",
      "concordance and discordance give an outranking relation; its kernel is the set of best choices",
      "Roy 1968; Hwang & Yoon 1981; Figueira, Mousseau & Roy 2005",
      {ParamSpec{"c", "concordance threshold: a outranks b only if C(a,b) >= c; empty: the mean of C over all pairs",
                 "", {}, 0, 1},
       ParamSpec{"d", "discordance threshold: a outranks b only if D(a,b) <= d; empty: the mean of D over all pairs",
                 "", {}, 0, 1}},
      &make_electre1});
  table.push_back(MethodInfo{
      "electre3",
      {"electre-iii"},
      "ELECTRE III (valued outranking; distillation ranking)",
      "credibility of outranking with indifference, preference and veto thresholds; ranked by two distillations",
      "Roy 1978; Roy & Bouyssou 1993; Figueira, Mousseau & Roy 2005",
      {ParamSpec{"q", "indifference threshold, in the criterion's units (utilities for scaled criteria)", "0", {}, 0,
                 k_max_threshold, true},
       ParamSpec{"p", "preference threshold (>= q); empty: equal to q", "", {}, 0, k_max_threshold, true},
       ParamSpec{"v", "veto threshold (>= p); empty: no veto", "", {}, 0, k_max_threshold, true},
       ParamSpec{"alpha", "distillation threshold s(λ) = alpha + beta·λ: its intercept", "0.3", {}, 0, 1},
       ParamSpec{"beta", "distillation threshold s(λ) = alpha + beta·λ: its slope", "-0.15", {}, -1, 0}},
      &make_electre3});
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
