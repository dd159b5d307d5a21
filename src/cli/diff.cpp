#include "cli/common.hpp"
#include "criterio/input.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

struct DiffOptions {
  std::string before, after;
  OutputOptions output;
  bool fail_on_change = false;
  double tolerance = 0;
};

ResultSnapshot read_snapshot(const std::string& path, const ParseLimits& limits) {
  std::string text = read_input(path, limits);
  const std::string name = path == "-" ? std::string(k_stdin_name) : path;
  check_text(text, name);
  return read_result(parse_json(text, name, limits));
}

int run_diff(const DiffOptions& options, const GlobalOptions& global) {
  if (options.before == "-" && options.after == "-") throw_usage("standard input ('-') can be read only once");
  if (options.output.output != "-" && (options.output.output == options.before || options.output.output == options.after))
    throw_usage("-o names an input file, which would be replaced; choose another output file");
  const ResultDiff diff =
      diff_results(read_snapshot(options.before, parse_limits(global)),
                   read_snapshot(options.after, parse_limits(global)), options.tolerance, global.language);
  emit(render_diff(diff, output_format(options.output), render_options(options.output, global)), options.output, global);
  return options.fail_on_change && diff.changed ? static_cast<int>(ExitCode::gate_failed) : 0;
}

}  // namespace

void setup_diff(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "What changed between two rankings (rank -f json): moves, score changes and the criteria behind them");
  command->add_option("old", options->before, "The earlier result (rank -f json; - for standard input)")->required();
  command->add_option("new", options->after, "The later result")->required();
  add_output_options(*command, options->output, false);
  command->add_flag("--fail-on-change", options->fail_on_change,
                    "Exit 1 when anything changed (a provider moved, was added, removed, excluded or rescored)");
  command->add_option("--tolerance", options->tolerance, "Score changes smaller than this count as none (default 0)")
      ->check(CLI::Range(0.0, 1e300));
  command->footer(
      "Examples:\n"
      "  criterio rank providers.yaml -f json -o before.json   # ... later:\n"
      "  criterio rank providers.yaml -f json -o after.json\n"
      "  criterio diff before.json after.json -f markdown --fail-on-change");
  command->callback([options, &global, &exit_code] { exit_code = run_diff(*options, global); });
}

}  // namespace criterio::cli
