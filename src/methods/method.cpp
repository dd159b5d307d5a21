#include "criterio/method.hpp"

#include <cmath>

#include "criterio/document.hpp"
#include "criterio/number.hpp"

namespace criterio {

namespace {

[[noreturn]] void undeclared(std::string_view key) {
  throw Error(ExitCode::internal, SourceLocation{}, "method parameter '" + std::string(key) + "' is not declared");
}

// The items of a per-criterion value: "1" is one item, "1,2,3" three.
std::vector<std::string_view> items_of(std::string_view text) {
  std::vector<std::string_view> items;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = text.find(',', start);
    items.push_back(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return items;
    start = comma + 1;
  }
}

// A criterion's own setting for a per-criterion parameter, from the criteria
// file: its preference function and thresholds, its bounds.
std::optional<std::string> criterion_setting(const Criterion& c, std::string_view key) {
  if (key == "lower" || key == "upper") {
    if (!c.bounds) return std::nullopt;
    return format_number(key == "lower" ? c.bounds->lower : c.bounds->upper, 17);
  }
  if (!c.preference) return std::nullopt;
  const Preference& p = *c.preference;
  if (key == "preference") return p.function.empty() ? std::nullopt : std::optional<std::string>(p.function);
  const std::optional<double>* threshold = key == "q" ? &p.q : key == "p" ? &p.p : key == "s" ? &p.s : key == "v" ? &p.v : nullptr;
  if (!threshold || !*threshold) return std::nullopt;
  return format_number(**threshold, 17);
}

}  // namespace

const MethodParams::Value& MethodParams::find(std::string_view key) const {
  for (const auto& v : m_values)
    if (v.key == key) return v;
  undeclared(key);
}

const std::string& MethodParams::text(std::string_view key) const { return find(key).text; }

double MethodParams::number(std::string_view key) const {
  const auto value = parse_number(text(key));
  if (!value) throw Error(ExitCode::internal, SourceLocation{}, "method parameter '" + std::string(key) + "' is not a number");
  return *value;
}

std::optional<std::string> MethodParams::text_for(std::string_view key, const Criterion& criterion,
                                                  std::size_t column) const {
  const Value& v = find(key);
  if (v.given) {
    const auto items = items_of(v.text);
    return std::string(items.size() == 1 ? items[0] : items.at(column));
  }
  if (auto own = criterion_setting(criterion, key)) return own;
  if (v.text.empty()) return std::nullopt;
  return v.text;
}

std::optional<double> MethodParams::number_for(std::string_view key, const Criterion& criterion,
                                               std::size_t column) const {
  const auto text = text_for(key, criterion, column);
  if (!text) return std::nullopt;
  const auto value = parse_number(*text);
  if (!value)
    throw Error(ExitCode::internal, SourceLocation{}, "method parameter '" + std::string(key) + "' is not a number");
  return value;
}

void MethodParams::check_columns(std::size_t columns) const {
  for (const auto& v : m_values) {
    if (!v.per_criterion || !v.given) continue;
    const std::size_t count = items_of(v.text).size();
    if (count != 1 && count != columns)
      throw_usage("--param " + v.key + "=" + v.text + ": " + std::to_string(count) + " values for " +
                  std::to_string(columns) + " criteria; give one value for all, or one per criterion");
  }
}

std::vector<std::pair<std::string, std::string>> MethodParams::all() const {
  std::vector<std::pair<std::string, std::string>> out;
  // A per-criterion parameter nobody gave is each criterion's own setting or
  // the default, which differ by criterion: shown empty, not as the default.
  for (const auto& v : m_values) out.emplace_back(v.key, v.per_criterion && !v.given ? std::string() : v.text);
  return out;
}

void Method::check_pairwise_rows(const MethodInput& input) const {
  const PairwiseCost cost = pairwise_cost(input);
  if (cost.default_rows == 0) return;
  const std::size_t limit = input.max_pairwise_rows != 0 ? input.max_pairwise_rows : cost.default_rows;
  const auto rows = static_cast<std::size_t>(input.values.rows());
  if (rows > limit)
    throw Error(ExitCode::invalid_input, SourceLocation{},
                std::string(cost.why) + ": " + std::to_string(rows) + " providers; at most " + std::to_string(limit) +
                    raise_hint("pairwise") + ", or choose a method that scales, such as topsis");
}

MethodOutput Method::evaluate(const MethodInput& input) const {
  const auto rows = input.values.rows();
  const auto cols = input.values.cols();
  const auto n = static_cast<std::size_t>(cols);
  if (input.weights.size() != cols || input.directions.size() != n || input.is_utility.size() != n ||
      input.criteria.size() != n)
    throw Error(ExitCode::internal, SourceLocation{}, "method input: weights, directions and criteria must match the columns");
  if (!input.values.allFinite())
    throw Error(ExitCode::internal, SourceLocation{}, "method input: values must be finite (missing values are imputed first)");
  if (!input.weights.allFinite() || (input.weights.array() < 0).any() || std::abs(input.weights.sum() - 1) > 1e-9)
    throw Error(ExitCode::internal, SourceLocation{}, "method input: weights must be non-negative and sum to 1");
  m_params.check_columns(n);
  check_pairwise_rows(input);
  MethodOutput output = do_evaluate(input);
  if (output.scores.size() != rows || !output.scores.allFinite())
    throw Error(ExitCode::internal, SourceLocation{}, "method output: one finite score per provider expected");
  const bool spared = input.scores_only && output.utilities.size() == 0;
  if (!spared && (output.utilities.rows() != rows || output.utilities.cols() != cols))
    throw Error(ExitCode::internal, SourceLocation{}, "method output: utilities must match the input's shape");
  if (output.contributions.size() > 0 && (output.contributions.rows() != rows || output.contributions.cols() != cols))
    throw Error(ExitCode::internal, SourceLocation{}, "method output: contributions must match the input's shape");
  return output;
}

}  // namespace criterio
