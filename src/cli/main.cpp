// The criterio command line: parses arguments and hands over to the library.
// This is the one place where errors become exit codes.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <new>

#include "cli/common.hpp"
#include "criterio/document.hpp"
#include "criterio/text.hpp"
#include "criterio/version.hpp"

namespace {

using criterio::closest_match;
using criterio::did_you_mean;
using criterio::quote;

// The long and short names of an App's options, for did-you-mean.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

// "file-size, document-size, ...", as --limit knows them.
std::string limit_names() {
  std::string names;
  for (const auto& spec : criterio::limit_specs()) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  return names;
}

// CLI11 2.1 has no did-you-mean: look at what comes before the subcommand
// and name a mistyped command or global option ourselves.
std::optional<std::string> mistyped_before_command(const CLI::App& app, int argc, char** argv) {
  const std::vector<std::string> options = option_names(app);
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") return std::nullopt;
    if (arg.starts_with("-")) {
      const std::string name = arg.substr(0, arg.find('='));
      if (std::find(options.begin(), options.end(), name) == options.end())
        return "unknown option " + quote(name) + did_you_mean(name, options);
      const CLI::Option* option = app.get_option_no_throw(name);
      if (option != nullptr && option->get_items_expected_min() > 0 && name == arg) ++i;  // its value follows
      continue;
    }
    if (std::find(commands.begin(), commands.end(), arg) != commands.end()) return std::nullopt;
    return "unknown command " + quote(arg) + did_you_mean(arg, commands);
  }
  return std::nullopt;
}

// CLI11 says "The following argument was not expected: --proflie"; name the
// option and suggest the closest one of the command that was chosen.
std::string explain_extras(const CLI::App& app, const CLI::ExtrasError& error, int argc, char** argv) {
  std::vector<std::string> names = option_names(app);
  for (int i = 1; i < argc; ++i)
    for (const CLI::App* sub : app.get_subcommands({}))
      if (sub->get_name() == argv[i]) {
        const auto more = option_names(*sub);
        names.insert(names.end(), more.begin(), more.end());
      }
  const std::string message = error.what();
  const auto colon = message.find(": ");
  std::string extras = colon == std::string::npos ? std::string() : message.substr(colon + 2);
  const std::string first = extras.substr(0, extras.find(' '));
  if (first.starts_with("-")) {
    const std::string name = first.substr(0, first.find('='));
    return "unknown option " + quote(name) + did_you_mean(name, names);
  }
  return message;
}

int fail(criterio::ExitCode code, const std::string& message) {
  std::cerr << "criterio: error: " << message << '\n';
  return static_cast<int>(code);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace criterio;
  try {
    CLI::App app{"criterio: choose and keep watching service providers with multi-criteria decision analysis"};
    app.name("criterio");
    app.set_version_flag("--version", std::string("criterio ") + std::string(version()));
    app.require_subcommand(1);
    app.fallthrough();
    cli::GlobalOptions global;
    app.add_option("--color", global.color, "Colour in tables: auto, always or never (auto honours NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("-q,--quiet", global.quiet, "Print no warnings or progress, only results and errors");
    app.add_flag("-v,--verbose", global.verbose, "Print what was read and how long loading and scoring took");
    app.add_option("--lang", global.lang,
                   "Language of labels and sentences: en (default) or es; also CRITERIO_LANG. JSON and CSV keys and "
                   "column headers, and error messages, stay English")
        ->type_name("en|es");
    // Before any subcommand runs: they all render in this language.
    app.parse_complete_callback([&global] { global.language = cli::language(global); });
    app.add_option("--limit", global.limits,
                   "Raise (or lower) an input limit: NAME=N, e.g. file-size=1G, providers=20000000; names: " +
                       limit_names())
        ->type_name("NAME=N")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.footer(
        "Exit status: 0 success, 1 a CI gate failed, 2 usage error, 3 invalid input,\n"
        "4 I/O error, 5 internal error.\n"
        "Run `criterio COMMAND --help` for a command's options; `man criterio` for the full manual.");

    int exit_code = 0;
    cli::setup_rank(app, global, exit_code);
    cli::setup_explain(app, global, exit_code);
    cli::setup_compare(app, global, exit_code);
    cli::setup_validate(app, global, exit_code);
    cli::setup_weights(app, global, exit_code);
    cli::setup_diff(app, global, exit_code);
    cli::setup_sensitivity(app, global, exit_code);
    cli::setup_catalog(app, global, exit_code);
    cli::setup_schema(app, global, exit_code);
    cli::setup_init(app, global, exit_code);
    cli::setup_completion(app, global, exit_code);

    if (auto mistake = mistyped_before_command(app, argc, argv))
      return fail(ExitCode::usage, *mistake + "; run `criterio --help` for usage");
    try {
      app.parse(argc, argv);
    } catch (const CLI::ExtrasError& e) {
      return fail(ExitCode::usage, explain_extras(app, e, argc, argv) + "; run `criterio COMMAND --help` for its options");
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
      return fail(ExitCode::usage, std::string(e.what()) + "; run `criterio --help` for usage");
    }
    return exit_code;
  } catch (const Error& e) {
    for (const auto& d : e.diagnostics()) std::cerr << "criterio: " << d.format() << '\n';
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    return fail(ExitCode::internal, "out of memory");
  } catch (const std::exception& e) {
    return fail(ExitCode::internal, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(ExitCode::internal, "internal error");
  }
}
