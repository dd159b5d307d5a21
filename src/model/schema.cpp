#include "criterio/schema.hpp"

#include <array>

#include "model/embedded.hpp"

namespace criterio {

namespace {

struct SchemaInfo {
  std::string_view name;
  std::string_view summary;
};

// The listing's order; every name has a schemas/NAME.schema.json (the test
// suite checks that they match the embedded files).
constexpr std::array<SchemaInfo, 3> k_schemas = {{
    {"criteria", "a criteria model (criteria/*.yaml, -c FILE)"},
    {"providers", "a providers file, or an evaluator's ratings"},
    {"result", "the JSON that -f json prints (rank, explain, compare, weights, diff, sensitivity)"},
}};

constexpr std::array<std::string_view, k_schemas.size()> k_names = [] {
  std::array<std::string_view, k_schemas.size()> names{};
  for (std::size_t k = 0; k < k_schemas.size(); ++k) names[k] = k_schemas[k].name;
  return names;
}();

}  // namespace

std::span<const std::string_view> schema_names() { return k_names; }

std::string_view schema_summary(std::string_view name) {
  for (const auto& s : k_schemas)
    if (s.name == name) return s.summary;
  return {};
}

std::optional<std::string_view> json_schema(std::string_view name) {
  for (const auto& f : embedded::schemas())
    if (f.name == name) return f.text;
  return std::nullopt;
}

}  // namespace criterio
