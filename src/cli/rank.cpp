#include <iostream>

#include "cli/common.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

struct RankOptions {
  InputOptions input;
  OutputOptions output;
};

int run_rank(const RankOptions& options, const GlobalOptions& global) {
  check_output_is_not_an_input(options.input, options.output);
  if (wants_comparison(options.input)) {
    const MethodComparison comparison = load_and_compare(options.input, global);
    emit(render_method_comparison(comparison, output_format(options.output), render_options(options.output, global)),
         options.output);
    return 0;
  }
  if (output_format(options.output) == Format::csv) {
    if (auto ranking = load_and_evaluate_matrix(options.input, !options.output.brief, global)) {
      emit(render_ranking_csv(*ranking, render_options(options.output, global)), options.output);
      return 0;
    }
  }
  const Result result = load_and_evaluate(options.input, global);
  emit(render_ranking(result, output_format(options.output), render_options(options.output, global)), options.output);
  // A CSV has no place for warnings (the other formats carry them): say them on standard error.
  if (output_format(options.output) == Format::csv && !global.quiet)
    for (const auto& warning : result.warnings) std::cerr << "criterio: warning: " << printable(warning) << '\n';
  return 0;
}

}  // namespace

void setup_rank(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<RankOptions>();
  CLI::App* command = app.add_subcommand("rank", "Rank providers and explain the ranking");
  command->add_option("providers", options->input.files, "Providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  add_input_options(*command, options->input);
  add_output_options(*command, options->output, true);
  command->footer(
      "Examples:\n"
      "  criterio rank examples/hosting/providers.yaml\n"
      "  criterio rank providers.yaml --profile small-business -f json -o result.json\n"
      "  criterio rank vendors.csv --weights 0.4,0.3,0.3 --directions +,-,+\n"
      "  criterio rank providers.yaml --methods all\n"
      "  criterio rank providers.yaml --method wsm,saw --param saw.normalization=minmax");
  command->callback([options, &global, &exit_code] { exit_code = run_rank(*options, global); });
}

}  // namespace criterio::cli
