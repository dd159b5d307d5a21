#include "cli/common.hpp"

namespace criterio::cli {

namespace {

struct ExplainOptions {
  std::string id;
  InputOptions input;
  OutputOptions output;
};

int run_explain(const ExplainOptions& options, const GlobalOptions& global) {
  require_single_method(options.input, "explain");
  check_output_is_not_an_input(options.input, options.output);
  const Result result = load_and_evaluate(options.input, global);
  const Format format = output_format(options.output);
  const RenderOptions render = render_options(options.output, global);
  if (const ExcludedProvider* excluded = result.find_excluded(options.id)) {
    emit(render_exclusion(result, *excluded, format, render), options.output, global);
    return 0;
  }
  emit(render_explanation(result, find_ranked(result, options.id), format, render), options.output, global);
  return 0;
}

}  // namespace

void setup_explain(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand(
      "explain", "One provider's full breakdown, criterion by criterion (for an excluded one: why, and its values)");
  command->add_option("id", options->id, "The provider to explain")->required();
  command->add_option("providers", options->input.files, "Providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  add_input_options(*command, options->input);
  add_output_options(*command, options->output, false, {.html = true});
  command->footer("Example:\n  criterio explain nimbus examples/hosting/providers.yaml");
  command->callback([options, &global, &exit_code] { exit_code = run_explain(*options, global); });
}

}  // namespace criterio::cli
