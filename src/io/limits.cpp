#include <charconv>
#include <string>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "criterio/document.hpp"
#include "criterio/text.hpp"
#include "io/document_limits.hpp"

namespace criterio {

namespace {

// Deeper nesting than this could overflow the stack of the YAML parser,
// which descends recursively, whatever the user asks for.
constexpr std::size_t k_max_depth_ceiling = 1000;
constexpr std::size_t k_ceiling = std::size_t{1} << 40;

std::size_t* field(ParseLimits& limits, std::string_view name) {
  if (name == "file-size") return &limits.max_file_bytes;
  if (name == "document-size") return &limits.max_document_bytes;
  if (name == "nodes") return &limits.max_nodes;
  if (name == "scalar-size") return &limits.max_scalar_bytes;
  if (name == "providers") return &limits.max_providers;
  if (name == "criteria") return &limits.max_criteria;
  if (name == "values") return &limits.max_values;
  if (name == "pairwise") return &limits.max_pairwise_rows;
  return nullptr;
}

std::size_t parse_amount(std::string_view name, std::string_view text, bool is_size) {
  std::size_t scale = 1;
  if (is_size && !text.empty()) {
    const char suffix = text.back();
    if (suffix == 'K' || suffix == 'k') scale = std::size_t{1} << 10;
    if (suffix == 'M' || suffix == 'm') scale = std::size_t{1} << 20;
    if (suffix == 'G' || suffix == 'g') scale = std::size_t{1} << 30;
    if (scale != 1) text.remove_suffix(1);
  }
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::size_t ceiling = name == "depth" ? k_max_depth_ceiling : k_ceiling;
  if (error != std::errc{} || end != text.data() + text.size() || value == 0 || value > ceiling / scale)
    throw_usage("--limit " + std::string(name) + ": expected a whole number from 1 to " + std::to_string(ceiling) +
                (is_size ? " (or with K, M or G)" : "") + ", found " + quote(text));
  return value * scale;
}

}  // namespace

const std::vector<LimitSpec>& limit_specs() {
  static const std::vector<LimitSpec> specs = {
      {"file-size", "bytes in any input file", true},
      {"document-size", "bytes in a YAML or JSON document", true},
      {"depth", "nesting of lists and mappings (at most 1000)", false},
      {"nodes", "values in one YAML or JSON document", false},
      {"scalar-size", "bytes in one scalar or string", true},
      {"providers", "providers in one run", false},
      {"criteria", "criteria in one model or CSV", false},
      {"values", "provider values held one object each (not the spreadsheet fast path)", false},
      {"pairwise", "providers for a method that compares every pair (ELECTRE I, III, Gaussian PROMETHEE)", false},
  };
  return specs;
}

void apply_limit(ParseLimits& limits, std::string_view assignment) {
  const auto equals = assignment.find('=');
  const std::string_view name = assignment.substr(0, equals);
  const LimitSpec* spec = nullptr;
  for (const auto& s : limit_specs())
    if (s.name == name) spec = &s;
  if (!spec) {
    std::vector<std::string> names;
    std::string listed;
    for (const auto& s : limit_specs()) {
      names.emplace_back(s.name);
      listed += (listed.empty() ? "" : ", ") + std::string(s.name);
    }
    throw_usage("--limit: unknown limit " + quote(name) + did_you_mean(name, names) + "; the limits are " + listed);
  }
  if (equals == std::string_view::npos) throw_usage("--limit: expected NAME=N, found " + quote(assignment));
  const std::size_t value = parse_amount(name, assignment.substr(equals + 1), spec->is_size);
  if (name == "depth") {
    limits.max_depth = static_cast<int>(value);
  } else {
    *field(limits, name) = value;
  }
}

std::string raise_hint(std::string_view name) { return " (raise it with --limit " + std::string(name) + "=N)"; }

std::string describe_bytes(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes % (std::size_t{1} << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace criterio
