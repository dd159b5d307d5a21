#include "criterio/method.hpp"

#include <cmath>

#include "criterio/number.hpp"

namespace criterio {

const std::string& MethodParams::text(std::string_view key) const {
  for (const auto& [k, v] : m_values)
    if (k == key) return v;
  throw Error(ExitCode::internal, SourceLocation{}, "method parameter '" + std::string(key) + "' is not declared");
}

double MethodParams::number(std::string_view key) const {
  const auto value = parse_number(text(key));
  if (!value) throw Error(ExitCode::internal, SourceLocation{}, "method parameter '" + std::string(key) + "' is not a number");
  return *value;
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
  MethodOutput output = do_evaluate(input);
  if (output.scores.size() != rows)
    throw Error(ExitCode::internal, SourceLocation{}, "method output: one score per provider expected");
  return output;
}

}  // namespace criterio
