#pragma once
// The JSON Schemas (draft-07) of criterio's files and results, embedded in
// the binary: "criteria" (criteria models), "providers" (providers files)
// and "result" (what `-f json` prints). The same text is in schemas/ in the
// source tree and is installed with the tool.

#include <optional>
#include <span>
#include <string_view>

namespace criterio {

// The schemas' names, in a fixed order: criteria, providers, result.
std::span<const std::string_view> schema_names();

// One line saying what the schema describes, for listings; empty for an
// unknown name.
std::string_view schema_summary(std::string_view name);

// The schema's JSON text, or nullopt for an unknown name.
std::optional<std::string_view> json_schema(std::string_view name);

}  // namespace criterio
