// `criterio sensitivity`, and the robustness options `rank` shares with it:
// SMAA's samples, seed, threads and what is known about the weights.

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <mutex>

#include "cli/common.hpp"
#include "criterio/gates.hpp"
#include "criterio/number.hpp"
#include "criterio/problem.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::size_t column_of(const std::vector<Criterion>& criteria, std::string_view id, std::string_view option) {
  for (std::size_t j = 0; j < criteria.size(); ++j)
    if (criteria[j].id == id) return j;
  std::vector<std::string> ids;
  for (const auto& c : criteria) ids.push_back(c.id);
  throw_usage(std::string(option) + ": " + quote(id) + " is not a criterion" + did_you_mean(id, ids));
}

double weight_number(std::string_view text, std::string_view option) {
  const auto x = parse_number(text);
  if (!x) throw_usage(std::string(option) + ": " + quote(text) + " is not a number (" + number_problem(text) + ")");
  if (*x < 0 || *x > 1) throw_usage(std::string(option) + ": " + quote(text) + " is not a weight from 0 to 1");
  return *x;
}

// "support>price,uptime>backups": groups by '>', ties by ','.
std::vector<std::vector<std::size_t>> parse_order(const std::string& text, const std::vector<Criterion>& criteria) {
  std::vector<std::vector<std::size_t>> groups;
  std::vector<bool> seen(criteria.size());
  for (const auto& group : split(text, '>')) {
    groups.emplace_back();
    for (const auto& item : split(group, ',')) {
      const std::string id(trim(item));
      if (id.empty()) throw_usage("--weight-order: " + quote(text) + " has an empty place; write ID>ID,ID>ID");
      const std::size_t j = column_of(criteria, id, "--weight-order");
      if (seen[j]) throw_usage("--weight-order: " + quote(id) + " appears twice");
      seen[j] = true;
      groups.back().push_back(j);
    }
  }
  return groups;
}

// The bounds --weight-spread and --weight-range give, by column.
std::vector<std::optional<std::pair<double, double>>> parse_bounds(const RobustnessOptions& options,
                                                                   const std::vector<Criterion>& criteria) {
  std::vector<std::optional<std::pair<double, double>>> bounds(criteria.size());
  if (options.weight_spread) {
    const double x = *options.weight_spread;
    for (std::size_t j = 0; j < criteria.size(); ++j)
      bounds[j] = std::pair{std::max(0.0, criteria[j].weight * (1 - x)), std::min(1.0, criteria[j].weight * (1 + x))};
  }
  for (const auto& range : options.weight_ranges) {
    const auto equals = range.find('=');
    const auto colon = range.find(':', equals == std::string::npos ? 0 : equals);
    if (equals == std::string::npos || colon == std::string::npos)
      throw_usage("--weight-range: " + quote(range) + " is not ID=LOW:HIGH (e.g. price=0.1:0.3)");
    const std::size_t j = column_of(criteria, trim(range.substr(0, equals)), "--weight-range");
    const double low = weight_number(trim(range.substr(equals + 1, colon - equals - 1)), "--weight-range");
    const double high = weight_number(trim(range.substr(colon + 1)), "--weight-range");
    if (low > high) throw_usage("--weight-range: " + quote(range) + " has its low end above its high end");
    bounds[j] = std::pair{low, high};
  }
  if (std::none_of(bounds.begin(), bounds.end(), [](const auto& b) { return b.has_value(); })) bounds.clear();
  return bounds;
}

// A progress bar on standard error, only when it is a terminal.
std::function<void(double)> progress_bar(const GlobalOptions& global) {
  if (global.quiet || ::isatty(STDERR_FILENO) == 0) return {};
  return [](double done) {
    const int percent = static_cast<int>(done * 100);
    std::cerr << "\rSMAA " << std::string(static_cast<std::size_t>(percent / 5), '#')
              << std::string(static_cast<std::size_t>(20 - percent / 5), '.') << ' ' << percent << '%'
              << (done >= 1 ? "\r                                \r" : "") << std::flush;
  };
}

}  // namespace

void add_robustness_options(CLI::App& command, RobustnessOptions& options) {
  command.add_option("--samples", options.samples, "SMAA: weight samples (default 10000)")
      ->check(CLI::Range(std::size_t{1}, k_max_smaa_samples));
  command.add_option("--seed", options.seed, "SMAA: random seed; the same seed gives the same output (default 1)");
  command.add_option("--threads", options.threads, "Threads for every analysis (default: all cores; the output does not depend on it)")
      ->check(CLI::Range(0u, 1024u));
  command.add_option("--weight-order", options.weight_order,
                     "SMAA: what is known of the weights' order, e.g. support>price,uptime (',' = no order between)");
  command.add_option("--weight-range", options.weight_ranges, "SMAA: a criterion's weight range, ID=LOW:HIGH (repeatable)");
  command.add_option("--weight-spread", options.weight_spread,
                     "SMAA: every weight within ±X of its value, relatively (0.2: from 0.8w to 1.2w)")
      ->check(CLI::Range(0.0, 1.0));
  command.add_option("--values", options.values,
                     "SMAA: sample values given as spreads and missing values (sampled), or use the ranking's (fixed)")
      ->check(CLI::IsMember({"sampled", "fixed"}));
  command.add_option("--min-acceptability", options.min_acceptability,
                     "CI gate: exit 1 unless the winner ranks first in at least this share of SMAA samples (0-1)")
      ->check(CLI::Range(0.0, 1.0));
}

SmaaOptions smaa_options(const RobustnessOptions& options, const std::vector<Criterion>& criteria,
                         const GlobalOptions& global) {
  SmaaOptions out;
  out.samples = options.samples;
  out.seed = options.seed;
  out.threads = options.threads;
  out.sample_values = options.values == "sampled";
  out.weights.bounds = parse_bounds(options, criteria);
  if (!options.weight_order.empty()) out.weights.order = parse_order(options.weight_order, criteria);
  out.progress = progress_bar(global);
  return out;
}

int report_acceptability_gate(const SensitivityReport& report, const RobustnessOptions& options) {
  if (!options.min_acceptability) return 0;
  const auto failed = failed_acceptability(report, *options.min_acceptability);
  if (!failed) return 0;
  std::cerr << "criterio: gate failed: " << printable(*failed) << '\n';
  return static_cast<int>(ExitCode::gate_failed);
}

namespace {

struct SensitivityCommand {
  InputOptions input;
  OutputOptions output;
  RobustnessOptions robustness;
  std::string provider;
  std::string rival;
  std::vector<std::string> analyses;
};

int run_sensitivity(const SensitivityCommand& options, const GlobalOptions& global) {
  check_output_is_not_an_input(options.input, options.output);
  require_single_method(options.input, "sensitivity");
  const auto wants = [&](std::string_view analysis) {
    return options.analyses.empty() ||
           std::find(options.analyses.begin(), options.analyses.end(), analysis) != options.analyses.end();
  };
  if (options.robustness.min_acceptability && !wants("smaa"))
    throw_usage("--min-acceptability needs the smaa analysis");
  const Problem problem = load_problem_or_throw(options.input, global);
  const EvaluationOptions evaluation = evaluation_options(options.input, global);
  SensitivityOptions analysis;
  analysis.stability = wants("stability");
  analysis.what_it_takes = wants("what-it-takes");
  analysis.reversal = wants("reversal");
  analysis.smaa = wants("smaa");
  if (!options.provider.empty()) analysis.provider = options.provider;
  analysis.rival = options.rival;
  analysis.missing_uncertain = options.robustness.values == "sampled";
  analysis.threads = options.robustness.threads;
  if (analysis.smaa) analysis.smaa_options = smaa_options(options.robustness, weigh(problem).criteria, global);
  const SensitivityReport report = analyze_sensitivity(problem, evaluation, analysis);
  emit(render_sensitivity(report, output_format(options.output), render_options(options.output, global)),
       options.output, global);
  return report_acceptability_gate(report, options.robustness);
}

}  // namespace

void setup_sensitivity(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<SensitivityCommand>();
  CLI::App* command = app.add_subcommand(
      "sensitivity", "How sure is the ranking: weight stability intervals, what it takes to overtake, rank reversal, SMAA-2");
  command->add_option("providers", options->input.files, "Providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  add_input_options(*command, options->input);
  add_output_options(*command, options->output, true, {.html = true});
  add_robustness_options(*command, options->robustness);
  command->add_option("--for", options->provider, "What it takes: for this provider (default: the runner-up)");
  command->add_option("--rival", options->rival, "What it takes: to pass this provider (default: to take first place)");
  command->add_option("--analyses", options->analyses,
                      "Which analyses: stability, what-it-takes, reversal, smaa (default: all)")
      ->delimiter(',')
      ->check(CLI::IsMember({"stability", "what-it-takes", "reversal", "smaa"}));
  command->footer(
      "Examples:\n"
      "  criterio sensitivity examples/hosting/providers.yaml\n"
      "  criterio sensitivity providers.yaml --for bravo --rival nimbus --analyses what-it-takes\n"
      "  criterio sensitivity providers.yaml --samples 100000 --weight-order support>price -f json\n"
      "  criterio sensitivity providers.yaml --weight-spread 0.2 --min-acceptability 0.7   # exit 1 below 70%");
  command->callback([options, &global, &exit_code] { exit_code = run_sensitivity(*options, global); });
}

}  // namespace criterio::cli
