#pragma once
// What the subcommands share: option groups, turning options into library
// requests, and writing results and diagnostics.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "criterio/consensus.hpp"
#include "criterio/diagnostics.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/output.hpp"
#include "criterio/report.hpp"
#include "criterio/sensitivity.hpp"

namespace criterio::cli {

struct GlobalOptions {
  std::string color = "auto";
  bool quiet = false;
  bool verbose = false;
  std::string lang;                  // --lang as given; empty: CRITERIO_LANG, else en
  Language language = Language::en;  // what language() made of it
  std::vector<std::string> limits;  // --limit NAME=N, in the order given
};

// The language of --lang, else of the CRITERIO_LANG environment variable,
// else English (LANG and LC_MESSAGES are not consulted: scripts depend on
// stable output). Error(usage) with a suggestion for an unknown language.
Language language(const GlobalOptions& global);

// The input limits, defaults raised (or lowered) by --limit; Error(usage)
// for a bad assignment.
ParseLimits parse_limits(const GlobalOptions& global);

struct InputOptions {
  std::vector<std::string> files;
  std::string criteria;
  std::string method;
  std::string methods;  // --methods: a comma list or "all"
  std::vector<std::string> params;
  std::string profile;
  std::string weights;
  std::string directions;
  std::string as_of;
  int max_evidence_age = -1;
  std::string ratings;  // --ratings mean|median: how evaluator panels' ratings are aggregated
};

struct OutputOptions {
  std::string format = "table";
  std::string output = "-";
  std::size_t top = 0;
  bool brief = false;  // rank -f csv: rank, id, name, score and status only
};

// SMAA and the acceptability gate, as `sensitivity` and `rank --robustness` take them.
struct RobustnessOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  unsigned threads = 0;
  std::string weight_order;                // "support>price,uptime"
  std::vector<std::string> weight_ranges;  // "price=0.1:0.3"
  std::optional<double> weight_spread;
  std::string values = "sampled";          // or fixed
  std::optional<double> min_acceptability;
};

// Adds --samples, --seed, --threads, --weight-order, --weight-range, --weight-spread, --values, --min-acceptability.
void add_robustness_options(CLI::App& command, RobustnessOptions& options);
// SMAA's options for a problem whose criteria (with their weights) are `criteria`;
// unknown criteria and bad ranges are usage errors. A progress bar goes to
// standard error when it is a terminal (and not -q).
SmaaOptions smaa_options(const RobustnessOptions& options, const std::vector<Criterion>& criteria,
                         const GlobalOptions& global);
// Prints the failed --min-acceptability gate, if it failed, and gives the exit status.
int report_acceptability_gate(const SensitivityReport& report, const RobustnessOptions& options);

// Adds -m, --methods, --param and add_problem_options()'s.
void add_input_options(CLI::App& command, InputOptions& options);
// Adds -c, --profile, --weights, --directions, --as-of, --max-evidence-age, --ratings.
void add_problem_options(CLI::App& command, InputOptions& options);
// The formats beyond table, json, csv and markdown that a command gives.
struct ReportFormats {
  bool html = false;  // one self-contained page
  bool xlsx = false;  // a workbook
};
// Adds -f, -o and, when `with_top` (rank), --top and --brief. A report
// format the command does not give is a usage error naming those that do.
void add_output_options(CLI::App& command, OutputOptions& options, bool with_top, ReportFormats reports = {});

// Loads the providers and criteria (errors are thrown, warnings printed).
Problem load_problem_or_throw(const InputOptions& input, const GlobalOptions& global);
// Loads the providers and criteria and evaluates them. Warnings go to
// standard error (unless -q); errors are thrown.
Result load_and_evaluate(const InputOptions& input, const GlobalOptions& global);
// Spreadsheet mode's fast path for one plain CSV; nullopt when it does not
// apply, and load_and_evaluate() then handles (and explains) the input.
// Without `breakdown`, only ranks and scores (rank --brief).
std::optional<MatrixRanking> load_and_evaluate_matrix(const InputOptions& input, bool breakdown,
                                                     const GlobalOptions& global);

// Whether several methods are asked for (--methods, or a comma in --method).
bool wants_comparison(const InputOptions& input);
// A usage error when several methods are asked for: `command` takes one.
void require_single_method(const InputOptions& input, std::string_view command);
// Loads the problem and compares the methods asked for. Methods that could
// not rank the providers are warned about on standard error (unless -q).
MethodComparison load_and_compare(const InputOptions& input, const GlobalOptions& global);

ProblemSpec problem_spec(const InputOptions& input, const GlobalOptions& global);
// -m and --param.
EvaluationOptions evaluation_options(const InputOptions& input, const GlobalOptions& global);
Format output_format(const OutputOptions& output);
RenderOptions render_options(const OutputOptions& output, const GlobalOptions& global);
// Refuses (usage error) an -o that names one of the input files on the
// command line, standard input among them: it would be replaced by the
// result. Called before any work, so that a long run fails at once;
// open_output() checks again against every file the run has read.
void check_output_is_not_an_input(const InputOptions& input, const OutputOptions& output);
// Opens `path` (-o) for the result. Refuses (usage error) a file this run
// has read, such as the criteria file a providers file names, and removes
// the temporaries killed runs left beside it, saying so (unless -q).
OutputFile open_output(const std::string& path, const GlobalOptions& global);
// Writes `text` to -o (atomically) or standard output, through open_output().
void emit(const std::string& text, const OutputOptions& output, const GlobalOptions& global);

// Prints diagnostics to standard error; warnings only when not quiet.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const GlobalOptions& global);
// The same for a collection, saying how many problems were not kept.
void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global);

// Subcommands: each registers itself on `app` and runs when chosen, storing
// its exit code in `exit_code`.
void setup_rank(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_explain(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_compare(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_validate(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_catalog(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_schema(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_init(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_weights(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_diff(CLI::App& app, const GlobalOptions& global, int& exit_code);
void setup_sensitivity(CLI::App& app, const GlobalOptions& global, int& exit_code);
// Registers `completion`, which walks `app` (every command registered before or after it).
void setup_completion(CLI::App& app, const GlobalOptions& global, int& exit_code);

}  // namespace criterio::cli
