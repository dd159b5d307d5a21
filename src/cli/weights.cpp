#include "cli/common.hpp"
#include "criterio/input.hpp"
#include "criterio/problem.hpp"

namespace criterio::cli {

namespace {

struct WeightsOptions {
  InputOptions input;
  OutputOptions output;
};

// A criteria model alone (one criteria file or catalog, no providers), or a
// whole problem, whose providers feed the weights derived from data.
WeightReport weigh_input(const InputOptions& input, const GlobalOptions& global) {
  const auto& files = input.files;
  const bool model_only = (files.empty() && !input.criteria.empty()) ||
                          (files.size() == 1 && input.criteria.empty() && is_criteria_model(files.front(), parse_limits(global)));
  if (!model_only) {
    if (files.empty()) throw_usage("give a criteria file or catalog, and providers files for weights from data");
    return weigh(load_problem_or_throw(input, global));
  }
  if (!input.weights.empty() || !input.directions.empty())
    throw_usage("--weights and --directions are for spreadsheet mode (a CSV without criteria)");
  Diagnostics diagnostics;
  const auto model = load_criteria_model(files.empty() ? input.criteria : files.front(), parse_limits(global), diagnostics);
  print_diagnostics(diagnostics, global);
  if (!model) throw Error(ExitCode::invalid_input, {});
  return weigh_model(*model, input.profile.empty() ? nullptr : &require_profile(*model, input.profile));
}

int run_weights(const WeightsOptions& options, const GlobalOptions& global) {
  check_output_is_not_an_input(options.input, options.output);
  const WeightReport report = weigh_input(options.input, global);
  emit(render_weights(report, output_format(options.output), render_options(options.output, global)),
       options.output, global);
  return 0;
}

}  // namespace

void setup_weights(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<WeightsOptions>();
  CLI::App* command = app.add_subcommand(
      "weights", "The weight tree: local and global weights, how each was derived, AHP consistency and what to fix");
  command->add_option("files", options->input.files,
                      "A criteria file or catalog name; or providers files (with their criteria, or -c), whose data "
                      "feeds entropy, CRITIC and the other weights from data");
  add_problem_options(*command, options->input);
  add_output_options(*command, options->output, false, {.html = true, .xlsx = true});
  command->footer(
      "A group's weights come from its `weighting:` (direct, equal, ahp, roc, rank-sum, reciprocal, swing, smart,\n"
      "entropy, critic, std-dev, variance, merec, gini, angle); see `criterio catalog`.\n\n"
      "Examples:\n"
      "  criterio weights criteria/hosting.yaml\n"
      "  criterio weights examples/hosting/providers.yaml -f json\n"
      "  criterio weights vendors.csv --weights entropy --directions +,-,+");
  command->callback([options, &global, &exit_code] { exit_code = run_weights(*options, global); });
}

}  // namespace criterio::cli
