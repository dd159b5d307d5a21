// `criterio schema [NAME]`: prints an embedded JSON Schema, or lists them.

#include <memory>

#include "cli/common.hpp"
#include "criterio/schema.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

struct SchemaOptions {
  std::string name;
  OutputOptions output;
};

std::string listing() {
  std::string out;
  for (const auto name : schema_names())
    out += std::string(name) + std::string(12 - name.size(), ' ') + std::string(schema_summary(name)) + "\n";
  return out;
}

int run_schema(const SchemaOptions& options, const GlobalOptions& global) {
  if (options.name.empty()) {
    emit(listing(), options.output, global);
    return 0;
  }
  const auto text = json_schema(options.name);
  if (!text) {
    const std::vector<std::string> names(schema_names().begin(), schema_names().end());
    throw_usage("unknown schema " + quote(options.name) + did_you_mean(options.name, names) +
                "; `criterio schema` lists them");
  }
  emit(std::string(*text), options.output, global);
  return 0;
}

}  // namespace

void setup_schema(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* command = app.add_subcommand("schema", "Print the JSON Schema (draft-07) of criteria files, providers files or results");
  command->add_option("name", options->name, "criteria, providers or result; without it, list them");
  command->add_option("-o,--output", options->output.output, "Write to FILE (atomically) instead of standard output");
  command->footer(
      "Examples:\n  criterio schema\n  criterio schema criteria -o criteria.schema.json\n"
      "Editors that read a first line `# yaml-language-server: $schema=URL` check and complete YAML files.");
  command->callback([options, &global, &exit_code] { exit_code = run_schema(*options, global); });
}

}  // namespace criterio::cli
