// The criterio command line: parses arguments and hands over to the library.
// This is the one place where errors become exit codes.

#include <CLI/CLI.hpp>
#include <iostream>
#include <new>

#include "cli/common.hpp"
#include "criterio/text.hpp"
#include "criterio/version.hpp"

namespace {

constexpr const char* k_subcommands[] = {"rank", "explain", "compare", "validate", "catalog", "init"};

// CLI11 2.1 has no did-you-mean: find a mistyped subcommand before it does.
std::optional<std::string> unknown_subcommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--color") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) continue;
    for (const char* known : k_subcommands)
      if (arg == known) return std::nullopt;
    return std::string(arg);
  }
  return std::nullopt;
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
    app.add_flag("-v,--verbose", global.verbose, "Print more about what is done");
    app.footer(
        "Exit status: 0 success, 1 a CI gate failed, 2 usage error, 3 invalid input,\n"
        "4 I/O error, 5 internal error.\n"
        "Run `criterio COMMAND --help` for a command's options; `man criterio` for the full manual.");

    int exit_code = 0;
    cli::setup_rank(app, global, exit_code);
    cli::setup_explain(app, global, exit_code);
    cli::setup_compare(app, global, exit_code);
    cli::setup_validate(app, global, exit_code);
    cli::setup_catalog(app, global, exit_code);
    cli::setup_init(app, global, exit_code);

    if (auto unknown = unknown_subcommand(argc, argv)) {
      std::vector<std::string> names(std::begin(k_subcommands), std::end(k_subcommands));
      return fail(ExitCode::usage, "unknown command " + quote(*unknown) + did_you_mean(*unknown, names) +
                                       "; run `criterio --help` for the list");
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
      std::cerr << "criterio: error: " << e.what() << "\nRun `criterio --help` for usage.\n";
      return static_cast<int>(ExitCode::usage);
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
