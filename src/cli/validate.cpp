#include <iostream>

#include "cli/common.hpp"
#include "criterio/input.hpp"
#include "criterio/problem.hpp"
#include "text/messages.hpp"

namespace criterio::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string criteria;
};

// Checks every file and reports every problem; the exit code is the worst
// found: 4 when a file could not be read, 3 for invalid content.
int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  const ParseLimits limits = parse_limits(global);  // a bad --limit is a usage error, not a file's
  int worst = 0;
  std::size_t errors = 0, warnings = 0;
  for (const auto& file : options.files) {
    Diagnostics diagnostics;
    try {
      validate_file(file, options.criteria.empty() ? std::nullopt : std::optional<std::string>(options.criteria),
                    limits, diagnostics);
    } catch (const Error& e) {
      for (const auto& d : e.diagnostics()) diagnostics.add(d);
      if (e.code() != ExitCode::invalid_input) worst = std::max(worst, static_cast<int>(e.code()));
    }
    print_diagnostics(diagnostics, global);
    errors += diagnostics.error_count();
    warnings += diagnostics.items().size() - diagnostics.error_count();
    if (diagnostics.has_errors()) worst = std::max(worst, static_cast<int>(ExitCode::invalid_input));
    else if (!global.quiet)
      std::cout << say(Message::validate_ok, global.language, {file == "-" ? std::string(k_stdin_name) : file}) << "\n";
  }
  if (errors > 0 && !global.quiet)
    std::cerr << "criterio: " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
  return worst;
}

}  // namespace

void setup_validate(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate", "Check criteria and providers files; report every problem at once");
  command->add_option("files", options->files, "Criteria or providers files (YAML, JSON or CSV; - for standard input)")
      ->required();
  command->add_option("-c,--criteria", options->criteria,
                      "Check providers files against this criteria file or catalog");
  command->footer(
      "Problems are printed as file:line:column: error: message.\n"
      "Exit status: 0 all valid, 3 invalid content, 4 a file could not be read.\n\n"
      "Example:\n  criterio validate criteria/hosting.yaml examples/hosting/providers.yaml");
  command->callback([options, &global, &exit_code] { exit_code = run_validate(*options, global); });
}

}  // namespace criterio::cli
