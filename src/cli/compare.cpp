#include "cli/common.hpp"

namespace criterio::cli {

namespace {

struct CompareOptions {
  std::string a, b;
  InputOptions input;
  OutputOptions output;
};

int run_compare(const CompareOptions& options, const GlobalOptions& global) {
  require_single_method(options.input, "compare");
  check_output_is_not_an_input(options.input, options.output);
  const Result result = load_and_evaluate(options.input, global);
  const Comparison comparison = compare(result, options.a, options.b);
  emit(render_comparison(result, comparison, output_format(options.output), render_options(options.output, global)),
       options.output, global);
  return 0;
}

}  // namespace

void setup_compare(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command = app.add_subcommand("compare", "Why one provider stands above or below another");
  command->add_option("a", options->a, "First provider id")->required();
  command->add_option("b", options->b, "Second provider id")->required();
  command->add_option("providers", options->input.files, "Providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  add_input_options(*command, options->input);
  add_output_options(*command, options->output, false);
  command->footer("Example:\n  criterio compare nimbus harbor examples/hosting/providers.yaml");
  command->callback([options, &global, &exit_code] { exit_code = run_compare(*options, global); });
}

}  // namespace criterio::cli
