#include <iostream>

#include "cli/common.hpp"
#include "criterio/gates.hpp"
#include "criterio/number.hpp"
#include "criterio/output.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

struct RankOptions {
  InputOptions input;
  OutputOptions output;
  std::string expect_top;
  std::string min_score;
  std::string score_of;
  bool robustness = false;
  RobustnessOptions robust;
};

Gates gates_of(const RankOptions& options) {
  Gates gates;
  if (!options.expect_top.empty()) gates.expect_top = options.expect_top;
  if (!options.score_of.empty()) gates.score_of = options.score_of;
  if (!options.min_score.empty()) {
    gates.min_score = parse_number(options.min_score);
    if (!gates.min_score)
      throw_usage("--min-score: " + quote(options.min_score) + " is not a number (" + number_problem(options.min_score) + ")");
  }
  return gates;
}

// Prints each failed gate on standard error (even with -q: it is why the run
// fails) and gives the exit status.
int report_gates(const std::vector<std::string>& failed) {
  for (const auto& reason : failed) std::cerr << "criterio: gate failed: " << printable(reason) << '\n';
  return failed.empty() ? 0 : static_cast<int>(ExitCode::gate_failed);
}

// The ranking and how sure it is: stability intervals, rank reversal and
// SMAA with --robustness; SMAA alone for --min-acceptability.
int run_robust_rank(const RankOptions& options, const Gates& gates, const GlobalOptions& global) {
  const Format format = output_format(options.output);
  if (options.robustness && format == Format::csv)
    throw_usage("--robustness does not fit a ranking CSV; use `criterio sensitivity -f csv`");
  if (options.robustness && format == Format::xlsx)
    throw_usage("--robustness does not fit the workbook; use `criterio sensitivity -f csv` or -f json");
  if (wants_comparison(options.input)) throw_usage("--robustness and --min-acceptability check one method; give one --method");
  const Problem problem = load_problem_or_throw(options.input, global);
  const EvaluationOptions evaluation = evaluation_options(options.input, global);
  const Result result = evaluate(problem, evaluation);
  const auto failed = failed_gates(result, gates);
  SensitivityOptions analysis;
  analysis.stability = analysis.reversal = options.robustness;
  analysis.what_it_takes = false;
  analysis.missing_uncertain = options.robust.values == "sampled";
  analysis.threads = options.robust.threads;
  analysis.smaa_options = smaa_options(options.robust, result.criteria, global);
  const SensitivityReport robustness = analyze_sensitivity(problem, evaluation, analysis);
  const RenderOptions render = render_options(options.output, global);
  emit(options.robustness ? render_ranking(result, robustness, format, render) : render_ranking(result, format, render),
       options.output, global);
  if (format == Format::csv && !global.quiet)
    for (const auto& warning : result.warnings)
      std::cerr << "criterio: warning: " << printable(to_text(warning, global.language)) << '\n';
  const int acceptability = report_acceptability_gate(robustness, options.robust);
  const int others = report_gates(failed);
  return acceptability != 0 ? acceptability : others;
}

int run_rank(const RankOptions& options, const GlobalOptions& global) {
  check_output_is_not_an_input(options.input, options.output);
  const Gates gates = gates_of(options);
  if (wants_comparison(options.input)) {
    if (output_format(options.output) == Format::xlsx)
      throw_usage("-f xlsx holds one method's ranking; give one --method (or use -f csv for several)");
    if (!gates.empty()) throw_usage("--expect-top and --min-score check one method's ranking; give one --method");
    const MethodComparison comparison = load_and_compare(options.input, global);
    emit(render_method_comparison(comparison, output_format(options.output), render_options(options.output, global)),
         options.output, global);
    return 0;
  }
  if (options.robustness || options.robust.min_acceptability) return run_robust_rank(options, gates, global);
  // The fast path keeps no Result to check gates against.
  if (output_format(options.output) == Format::csv && gates.empty()) {
    if (auto ranking = load_and_evaluate_matrix(options.input, !options.output.brief, global)) {
      // Streamed: a million rows with their breakdown are half a gigabyte of text.
      OutputFile out = open_output(options.output.output, global);
      render_ranking_csv(*ranking, render_options(options.output, global),
                         [&out](std::string_view piece) { out.write(piece); });
      out.commit();
      return 0;
    }
  }
  const Result result = load_and_evaluate(options.input, global);
  const auto failed = failed_gates(result, gates);  // before any output: an unknown id is a usage error
  emit(render_ranking(result, output_format(options.output), render_options(options.output, global)),
       options.output, global);
  // A CSV has no place for warnings (the other formats carry them): say them on standard error.
  if (output_format(options.output) == Format::csv && !global.quiet)
    for (const auto& warning : result.warnings)
      std::cerr << "criterio: warning: " << printable(to_text(warning, global.language)) << '\n';
  return report_gates(failed);
}

}  // namespace

void setup_rank(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<RankOptions>();
  CLI::App* command = app.add_subcommand("rank", "Rank providers and explain the ranking");
  command->add_option("providers", options->input.files, "Providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  add_input_options(*command, options->input);
  add_output_options(*command, options->output, true, {.html = true, .xlsx = true});
  command->add_option("--expect-top", options->expect_top,
                      "CI gate: exit 1 unless provider ID ranks first (sharing first place counts)");
  command->add_option("--min-score", options->min_score,
                      "CI gate: exit 1 unless the first provider's score (or --for's) is at least X (at most X for "
                      "methods where lower is better)");
  command->add_option("--for", options->score_of, "The provider whose score --min-score checks (default: the first)");
  command->add_flag("--robustness", options->robustness,
                    "Add how sure the ranking is: weight stability intervals, rank reversal and SMAA-2 acceptabilities "
                    "(see `criterio sensitivity`)");
  add_robustness_options(*command, options->robust);
  command->footer(
      "Examples:\n"
      "  criterio rank examples/hosting/providers.yaml\n"
      "  criterio rank providers.yaml --profile small-business -f json -o result.json\n"
      "  criterio rank vendors.csv --weights 0.4,0.3,0.3 --directions +,-,+\n"
      "  criterio rank providers.yaml --methods all\n"
      "  criterio rank providers.yaml --method wsm,saw --param saw.normalization=minmax\n"
      "  criterio rank providers.yaml --expect-top nimbus --min-score 0.75   # exit 1 if either fails\n"
      "  criterio rank providers.yaml --robustness --samples 100000 -f json\n"
      "  criterio rank providers.yaml --min-acceptability 0.6   # exit 1 if the winner is first in under 60% of samples");
  command->callback([options, &global, &exit_code] { exit_code = run_rank(*options, global); });
}

}  // namespace criterio::cli
