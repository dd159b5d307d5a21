#include "cli/common.hpp"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <tuple>
#include <iostream>

#include "criterio/input.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/weighting.hpp"
#include "criterio/weights.hpp"

namespace criterio::cli {

namespace {

std::vector<double> parse_weights(const std::string& text) {
  std::vector<double> weights;
  for (const auto& part : split(text, ',')) {
    const auto w = parse_number(part);
    if (!w) throw_usage("--weights: " + quote(part) + " is not a number (" + number_problem(part) + ")");
    if (*w < 0) throw_usage("--weights: weights must not be negative, found " + part);
    weights.push_back(*w);
  }
  double sum = 0;
  for (double w : weights) sum += w;
  if (sum <= 0) throw_usage("--weights: the weights sum to zero");
  return weights;
}

// --weights METHOD or METHOD:VALUES: ranks (roc, rank-sum, reciprocal; any
// numbers, lower = more important, equal = tied), points (swing, smart), or a
// method that needs nothing more (equal, entropy, critic, ...).
Weighting parse_weighting(const std::string& text) {
  const auto colon = text.find(':');
  const std::string name = text.substr(0, colon);
  const WeightingInfo* info = find_weighting(name);
  if (!info || info->name == "direct")
    throw_usage("--weights: expected numbers or a weighting method, found " + quote(name) +
                did_you_mean(name, weighting_names()) + "; see `criterio catalog`");
  Weighting weighting;
  weighting.method = info->name;
  const bool takes_values = info->kind == WeightingKind::rank || info->kind == WeightingKind::points;
  if (info->kind == WeightingKind::judgments)
    throw_usage("--weights: ahp needs pairwise judgments; give them in a criteria file (weighting: {method: ahp, ...})");
  if (takes_values != (colon != std::string::npos))
    throw_usage("--weights " + name + (takes_values ? ": give one value per criteria column, e.g. " + name + (info->kind == WeightingKind::rank ? ":1,3,2" : ":100,40,70")
                                                    : " takes no values"));
  if (!takes_values) return weighting;
  std::vector<double> values;
  for (const auto& part : split(text.substr(colon + 1), ',')) {
    const auto v = parse_number(part);
    if (!v || *v < 0) throw_usage("--weights " + name + ": " + quote(part) + " is not a non-negative number");
    values.push_back(*v);
  }
  if (info->kind == WeightingKind::points) {
    weighting.points = values;
    switch (points_problem(name, values)) {
      case PointsProblem::none: break;
      case PointsProblem::swing_top_not_100:
        throw_usage("--weights swing: the most important swing gets 100; the largest here is " +
                    format_number(*std::max_element(values.begin(), values.end()), 6));
      case PointsProblem::smart_not_positive: throw_usage("--weights smart: every criterion gets positive points");
    }
    return weighting;
  }
  // Ranks: only the order counts; equal values tie (competition ranks).
  for (double v : values)
    weighting.ranks.push_back(1 + static_cast<int>(std::count_if(values.begin(), values.end(), [&](double u) { return u < v; })));
  return weighting;
}

std::vector<Direction> parse_directions(const std::string& text) {
  std::vector<Direction> directions;
  for (const auto& part : split(text, ',')) {
    const auto direction = parse_direction(part);
    if (!direction) throw_usage("--directions: expected + or - (also max/min, benefit/cost), found " + quote(part));
    directions.push_back(*direction);
  }
  return directions;
}

int terminal_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS"))
    if (auto n = parse_number(columns); n && *n >= 20 && *n <= 1000) return static_cast<int>(*n);
  return 100;
}

bool use_colour(const std::string& mode, bool to_stdout) {
  if (mode == "always") return true;
  if (mode == "never" || !to_stdout) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

}  // namespace

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("-m,--method", options.method,
                     "Scoring method (default: the model's, else wsm); see `criterio catalog`. A comma list compares "
                     "several (rank only)");
  command.add_option("--methods", options.methods,
                     "Compare several methods (rank only): a comma list, or all for every method");
  command.add_option("--param", options.params,
                     "Method parameter KEY=VALUE, e.g. normalization=minmax (repeatable); when comparing methods, "
                     "METHOD.KEY=VALUE sets it for one of them");
  add_problem_options(command, options);
}

void add_problem_options(CLI::App& command, InputOptions& options) {
  command.add_option("-c,--criteria", options.criteria,
                     "Criteria file, or a built-in catalog name (overrides the files' own 'criteria:')");
  command.add_option("--profile", options.profile, "Use a named weight profile of the criteria model");
  command.add_option("--weights", options.weights,
                     "Spreadsheet mode: comma-separated weights, one per criteria column; or a weighting method: "
                     "equal, entropy, critic, std-dev, variance, merec, roc:RANKS, rank-sum:RANKS, reciprocal:RANKS, "
                     "swing:POINTS, smart:POINTS");
  command.add_option("--directions", options.directions,
                     "Spreadsheet mode: comma-separated + or - (benefit or cost), one per criteria column");
  command.add_option("--as-of", options.as_of, "Reference date YYYY-MM-DD for review recency and evidence age (default: the files' as_of, else today)");
  command.add_option("--max-evidence-age", options.max_evidence_age, "Flag evidence older than this many days (default: the model's, else 365)")
      ->check(CLI::Range(0, 100000));
  command.add_option("--ratings", options.ratings,
                     "How an evaluator panel's ratings of a value are combined: mean or median (default: the "
                     "model's panel.ratings, else mean)")
      ->check(CLI::IsMember({"mean", "median"}));
}

void add_output_options(CLI::App& command, OutputOptions& options, bool with_top, ReportFormats reports) {
  std::vector<std::string> formats = {"table", "json", "csv", "markdown"};
  if (reports.html) formats.emplace_back("html (one self-contained page)");
  if (reports.xlsx) formats.emplace_back("xlsx (a workbook: -o FILE.xlsx)");
  std::string help = "Output format: ";
  for (std::size_t k = 0; k < formats.size(); ++k)
    help += (k == 0 ? "" : k + 1 == formats.size() ? " or " : ", ") + formats[k];
  std::vector<std::string> names = {"table", "json", "csv", "markdown", "md"};
  if (reports.html) names.emplace_back("html");
  if (reports.xlsx) names.emplace_back("xlsx");
  // Checked before the list of formats, so that the error names the commands that give a page or a workbook.
  const CLI::Validator elsewhere(
      [reports](const std::string& format) -> std::string {
        if (format == "html" && !reports.html)
          return "-f html is for rank, sensitivity, explain and weights; use -f markdown or -f json";
        if (format == "xlsx" && !reports.xlsx)
          return "-f xlsx is for `criterio rank` and `criterio weights`; use -f csv or -f json";
        return "";
      },
      "", "report formats");
  command.add_option("-f,--format", options.format, help)->check(elsewhere)->check(CLI::IsMember(names));
  command.add_option("-o,--output", options.output, "Write to FILE (atomically) instead of standard output");
  if (!with_top) return;
  command.add_option("--top", options.top, "Show only the first N providers")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000'000}));
  command.add_flag("--brief", options.brief,
                   "With -f csv: only the rank, id, name, score and status columns (small files for large inputs)");
}

Language language(const GlobalOptions& global) {
  const char* environment = std::getenv("CRITERIO_LANG");
  const bool from_option = !global.lang.empty();
  const std::string name = from_option ? global.lang : environment ? environment : "";
  if (name.empty()) return Language::en;
  if (const auto parsed = parse_language(name)) return *parsed;
  throw_usage(std::string(from_option ? "--lang" : "CRITERIO_LANG") + ": unknown language " + quote(name) +
              did_you_mean(name, language_names()) + "; expected en or es");
}

ParseLimits parse_limits(const GlobalOptions& global) {
  ParseLimits limits;
  for (const auto& assignment : global.limits) apply_limit(limits, assignment);
  return limits;
}

ProblemSpec problem_spec(const InputOptions& input, const GlobalOptions& global) {
  ProblemSpec spec;
  spec.language = global.language;
  spec.limits = parse_limits(global);
  spec.provider_files = input.files;
  if (!input.criteria.empty()) spec.criteria = input.criteria;
  if (!input.profile.empty()) spec.profile = input.profile;
  if (!input.as_of.empty()) {
    spec.as_of = Date::parse(input.as_of);
    if (!spec.as_of) throw_usage("--as-of: expected a date as YYYY-MM-DD, found " + quote(input.as_of));
  }
  if (input.max_evidence_age >= 0) spec.evidence_max_age_days = input.max_evidence_age;
  if (!input.weights.empty()) {
    if (std::isalpha(static_cast<unsigned char>(input.weights.front()))) spec.weighting = parse_weighting(input.weights);
    else spec.weights = parse_weights(input.weights);
  }
  if (!input.directions.empty()) spec.directions = parse_directions(input.directions);
  if (!input.ratings.empty()) spec.ratings = parse_rating_aggregate(input.ratings);
  return spec;
}

namespace {

std::vector<std::pair<std::string, std::string>> parse_params(const InputOptions& input) {
  std::vector<std::pair<std::string, std::string>> params;
  for (const auto& param : input.params) {
    const auto equals = param.find('=');
    if (equals == std::string::npos || equals == 0)
      throw_usage("--param: expected KEY=VALUE, found " + quote(param));
    params.emplace_back(param.substr(0, equals), param.substr(equals + 1));
  }
  return params;
}

}  // namespace

EvaluationOptions evaluation_options(const InputOptions& input, const GlobalOptions& global) {
  EvaluationOptions evaluation;
  evaluation.method = input.method;
  evaluation.max_pairwise_rows = parse_limits(global).max_pairwise_rows;
  for (auto& [key, value] : parse_params(input)) evaluation.params[key] = value;
  return evaluation;
}

namespace {

double milliseconds_since(std::chrono::steady_clock::time_point from) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - from).count();
}

}  // namespace

Problem load_problem_or_throw(const InputOptions& input, const GlobalOptions& global) {
  Diagnostics diagnostics;
  auto problem = load_problem(problem_spec(input, global), diagnostics);
  print_diagnostics(diagnostics, global);
  if (!problem) throw Error(ExitCode::invalid_input, {});
  return std::move(*problem);
}

namespace {

void report_loading(const Problem& problem, const InputOptions& input, double ms) {
  std::cerr << "criterio: criteria from " << problem.model.source << (problem.profile.empty() ? "" : ", profile " + problem.profile)
            << "; " << problem.providers.size() << " providers x " << problem.criteria.size() << " criteria from "
            << input.files.size() << (input.files.size() == 1 ? " file" : " files") << ", loaded in "
            << format_number(ms, 2) << " ms; ";
}

}  // namespace

std::optional<MatrixRanking> load_and_evaluate_matrix(const InputOptions& input, bool breakdown,
                                                     const GlobalOptions& global) {
  const EvaluationOptions evaluation = evaluation_options(input, global);
  const auto started = std::chrono::steady_clock::now();
  auto matrix = load_spreadsheet_matrix(problem_spec(input, global));
  if (!matrix) return std::nullopt;
  const std::size_t rows = matrix->matrix.rows(), columns = matrix->criteria.size();
  const double loading = milliseconds_since(started);
  const auto loaded = std::chrono::steady_clock::now();
  MatrixRanking ranking = evaluate_matrix(std::move(*matrix), evaluation, breakdown);
  if (global.verbose)
    std::cerr << "criterio: spreadsheet mode, fast path; " << rows << " providers x " << columns
              << " criteria loaded in " << format_number(loading, 2) << " ms; " << ranking.method
              << " scored and ranked them in " << format_number(milliseconds_since(loaded), 2) << " ms\n";
  return ranking;
}

Result load_and_evaluate(const InputOptions& input, const GlobalOptions& global) {
  const EvaluationOptions evaluation = evaluation_options(input, global);
  const auto started = std::chrono::steady_clock::now();
  const Problem problem = load_problem_or_throw(input, global);
  const double loading = milliseconds_since(started);
  const auto loaded = std::chrono::steady_clock::now();
  Result result = evaluate(problem, evaluation);
  if (global.verbose) {
    report_loading(problem, input, loading);
    std::cerr << result.method << " scored them in " << format_number(milliseconds_since(loaded), 2) << " ms\n";
  }
  return result;
}

bool wants_comparison(const InputOptions& input) {
  return !input.methods.empty() || input.method.find(',') != std::string::npos;
}

void require_single_method(const InputOptions& input, std::string_view command) {
  if (wants_comparison(input))
    throw_usage(std::string(command) + " takes one method; --methods and a --method list are for `criterio rank`");
}

MethodComparison load_and_compare(const InputOptions& input, const GlobalOptions& global) {
  if (!input.methods.empty() && !input.method.empty()) throw_usage("give --method or --methods, not both");
  auto runs = plan_method_runs(input.methods.empty() ? input.method : input.methods, parse_params(input));
  const std::size_t max_pairwise_rows = parse_limits(global).max_pairwise_rows;
  for (MethodRun& run : runs) run.options.max_pairwise_rows = max_pairwise_rows;
  const auto started = std::chrono::steady_clock::now();
  const Problem problem = load_problem_or_throw(input, global);
  const double loading = milliseconds_since(started);
  const auto loaded = std::chrono::steady_clock::now();
  MethodComparison comparison = compare_methods(problem, runs);
  std::vector<Diagnostic> warnings;
  for (const auto& f : comparison.failures)
    warnings.push_back({Severity::warning, {}, to_text(failure_warning(f), global.language)});
  print_diagnostics(warnings, global);
  if (global.verbose) {
    report_loading(problem, input, loading);
    std::cerr << comparison.results.size() << " methods scored them in " << format_number(milliseconds_since(loaded), 2)
              << " ms\n";
  }
  return comparison;
}

Format output_format(const OutputOptions& output) { return *parse_format(output.format); }

RenderOptions render_options(const OutputOptions& output, const GlobalOptions& global) {
  RenderOptions options;
  options.color = use_colour(global.color, output.output == "-");
  options.width = terminal_width();
  if (output.top > 0) options.top = output.top;
  if (output.brief && output_format(output) != Format::csv) throw_usage("--brief is for -f csv");
  // A workbook is binary: not for a terminal (a pipe or a file is fine).
  if (output_format(output) == Format::xlsx && output.output == "-" && ::isatty(STDOUT_FILENO))
    throw_usage("-f xlsx writes a binary workbook; write it to a file with -o FILE.xlsx");
  options.brief = output.brief;
  options.language = global.language;
  return options;
}

namespace {

[[noreturn]] void refuse_replacing(const std::string& output, std::string_view input) {
  const std::string name = input == k_stdin_name ? "standard input" : std::string(input);
  throw_usage("-o " + output + " is the input file " + name + ", which the result would replace; choose another "
              "output file");
}

}  // namespace

void check_output_is_not_an_input(const InputOptions& input, const OutputOptions& output) {
  struct stat target {};
  if (output.output == "-" || ::stat(output.output.c_str(), &target) != 0) return;
  std::vector<std::string> inputs = input.files;
  if (!input.criteria.empty()) inputs.push_back(input.criteria);
  for (const auto& file : inputs) {
    struct stat info {};
    const bool found = file == "-" ? ::fstat(STDIN_FILENO, &info) == 0 : ::stat(file.c_str(), &info) == 0;
    if (found && S_ISREG(info.st_mode) && info.st_dev == target.st_dev && info.st_ino == target.st_ino)
      refuse_replacing(output.output, file == "-" ? k_stdin_name : file);
  }
}

OutputFile open_output(const std::string& path, const GlobalOptions& global) {
  if (path == "-") return OutputFile(path);
  if (const auto input = input_read_at(path)) refuse_replacing(path, *input);
  std::vector<Diagnostic> notes;
  for (const auto& removed : remove_stale_temporaries(path))
    notes.push_back({Severity::warning, {printable(removed), 0, 0},
                     "removed this temporary file, left by an earlier run that did not finish"});
  print_diagnostics(notes, global);
  return OutputFile(path);
}

void emit(const std::string& text, const OutputOptions& output, const GlobalOptions& global) {
  OutputFile file = open_output(output.output, global);
  file.write(text);
  file.commit();
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const GlobalOptions& global) {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::warning && global.quiet) continue;
    std::cerr << "criterio: " << d.format() << '\n';
  }
}

void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global) {
  // In file order (files as first met), then by line and column.
  std::vector<Diagnostic> sorted = diagnostics.items();
  std::vector<std::string> files;
  const auto file_index = [&](const std::string& file) {
    const auto it = std::find(files.begin(), files.end(), file);
    return static_cast<std::size_t>(it - files.begin());
  };
  for (const auto& d : sorted)
    if (std::find(files.begin(), files.end(), d.where.file) == files.end()) files.push_back(d.where.file);
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return std::tuple(file_index(a.where.file), a.where.line, a.where.column) <
           std::tuple(file_index(b.where.file), b.where.line, b.where.column);
  });
  print_diagnostics(sorted, global);
  if (diagnostics.not_kept() > 0)
    std::cerr << "criterio: … and " << diagnostics.not_kept() << " more problems not shown\n";
}

}  // namespace criterio::cli
