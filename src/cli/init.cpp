#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/common.hpp"
#include "criterio/catalog.hpp"
#include "criterio/text.hpp"

namespace criterio::cli {

namespace {

struct InitOptions {
  std::string template_name = "hosting";
  std::string directory = ".";
  bool force = false;
};

bool exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

// Creates `path` and any missing parents, like mkdir -p.
void make_directories(const std::string& path) {
  for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    const std::string prefix = path.substr(0, slash);
    if (!prefix.empty() && ::mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST)
      throw Error(ExitCode::io_error, SourceLocation{prefix, 0, 0},
                  std::string("cannot create the directory: ") + std::strerror(errno));
    if (slash == std::string::npos) return;
  }
}

int run_init(const InitOptions& options, const GlobalOptions& global) {
  const auto criteria = catalog_text(options.template_name);
  const auto providers = template_providers(options.template_name);
  if (!criteria || !providers)
    throw_usage("unknown template " + quote(options.template_name) + did_you_mean(options.template_name, catalog_names()) +
                "; `criterio catalog` lists them");
  make_directories(options.directory);
  const std::string criteria_path = options.directory + "/criteria.yaml";
  const std::string providers_path = options.directory + "/providers.yaml";
  for (const auto& path : {criteria_path, providers_path})
    if (exists(path) && !options.force)
      throw Error(ExitCode::io_error, SourceLocation{path, 0, 0}, "already exists; use --force to overwrite it");
  emit(std::string(*criteria), {.output = criteria_path}, global);
  emit(std::string(*providers), {.output = providers_path}, global);
  if (!global.quiet)
    std::cout << "Wrote " << criteria_path << " and " << providers_path << ".\nNext: edit them, then run\n"
              << "  criterio validate " << criteria_path << " " << providers_path << "\n"
              << "  criterio rank " << providers_path << "\n";
  return 0;
}

}  // namespace

void setup_init(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = app.add_subcommand("init", "Scaffold a criteria file and a providers file from a template");
  command->add_option("--template", options->template_name, "The catalog to start from (default hosting)");
  command->add_option("directory", options->directory, "Where to write criteria.yaml and providers.yaml (default .)");
  command->add_flag("--force", options->force, "Overwrite existing files");
  command->footer("Example:\n  criterio init --template it-support vendors/");
  command->callback([options, &global, &exit_code] { exit_code = run_init(*options, global); });
}

}  // namespace criterio::cli
