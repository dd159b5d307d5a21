#include "fuzz/targets.hpp"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "criterio/evaluate.hpp"
#include "criterio/input.hpp"
#include "criterio/method.hpp"
#include "criterio/model.hpp"
#include "criterio/problem.hpp"
#include "criterio/report.hpp"

namespace criterio::fuzz {

namespace {

// The text as the CLI would hand it on: UTF-8 checked, a BOM stripped.
// Bad text is an expected outcome (Error), like any other bad input.
std::string checked_text(std::string_view bytes, const std::string& file) {
  std::string text(bytes);
  check_text(text, file);
  return text;
}

// Weighs a model the CLI accepted, as load_criteria_model and --profile do.
void weigh_model(const CriteriaModel& model) {
  flatten(model, nullptr);
  for (const auto& profile : model.profiles) flatten(model, &profile);
}

void load_and_weigh_criteria(const std::string& text, const std::string& file) {
  Diagnostics diagnostics;
  const CriteriaModel model = load_criteria(parse_yaml(text, file), diagnostics);
  if (!diagnostics.has_errors()) weigh_model(model);
}

template <typename F>
void expecting_errors(F&& run) {
  try {
    run();
  } catch (const Error&) {
    // Bad input, reported with a location and an exit code: what we want.
  }
}

// load_problem reads files, so rank_pipeline writes its inputs into a
// directory of its own, made once per process and removed at exit.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "criterio-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) std::abort();
    m_dir = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  std::string write(const std::string& name, std::string_view bytes) const {
    const auto path = m_dir / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) std::abort();
    return path.string();
  }

 private:
  std::filesystem::path m_dir;
};

const Scratch& scratch() {
  static const Scratch dir;
  return dir;
}

constexpr std::string_view k_separator = "\n%%\n";

}  // namespace

void criteria_yaml(std::string_view bytes) {
  expecting_errors([&] { load_and_weigh_criteria(checked_text(bytes, "fuzz.yaml"), "fuzz.yaml"); });
}

void providers_yaml(std::string_view bytes) {
  expecting_errors([&] {
    Diagnostics diagnostics;
    load_providers(parse_yaml(checked_text(bytes, "fuzz.yaml"), "fuzz.yaml"), diagnostics);
  });
}

void providers_json(std::string_view bytes) {
  expecting_errors([&] {
    Diagnostics diagnostics;
    load_providers(parse_json(checked_text(bytes, "fuzz.json"), "fuzz.json"), diagnostics);
  });
}

void providers_csv(std::string_view bytes) {
  expecting_errors([&] {
    Diagnostics diagnostics;
    load_providers_csv(checked_text(bytes, "fuzz.csv"), "fuzz.csv", diagnostics);
  });
}

void ahp_matrix(std::string_view bytes) {
  if (bytes.empty()) return;
  const auto control = static_cast<unsigned char>(bytes.front());
  const std::size_t children = 2 + control % 8;
  std::string text = "title: fuzz\nweighting:\n  method: ahp\n  priorities: ";
  text += (control & 0x80) ? "geometric-mean\n" : "eigenvector\n";
  text += bytes.substr(1);
  text += "\ncriteria:\n";
  for (std::size_t i = 0; i < children; ++i) {
    const char id = static_cast<char>('a' + i);
    text += std::string("  - {id: ") + id + ", name: " + id + "}\n";
  }
  expecting_errors([&] { load_and_weigh_criteria(checked_text(text, "fuzz.yaml"), "fuzz.yaml"); });
}

void rank_pipeline(std::string_view bytes) {
  if (bytes.size() < 2) return;
  const auto all_methods = methods();
  const std::size_t method = static_cast<unsigned char>(bytes[0]) % (all_methods.size() + 1);
  static constexpr std::array<const char*, 3> k_names = {"providers.yaml", "providers.json", "providers.csv"};
  const char* providers_name = k_names[static_cast<unsigned char>(bytes[1]) % k_names.size()];
  bytes.remove_prefix(2);

  ProblemSpec spec;
  spec.as_of = Date::from_ymd(2026, 1, 1);  // not today: the same input must give the same run
  const auto separator = bytes.find(k_separator);
  if (separator != std::string_view::npos) {
    spec.criteria = scratch().write("criteria.yaml", bytes.substr(0, separator));
    bytes.remove_prefix(separator + k_separator.size());
  }
  spec.provider_files = {scratch().write(providers_name, bytes)};

  EvaluationOptions options;
  if (method > 0) options.method = all_methods[method - 1].name;
  expecting_errors([&] {
    Diagnostics diagnostics;
    const auto problem = load_problem(spec, diagnostics);
    if (!problem) return;
    render_ranking(evaluate(*problem, options), Format::json, RenderOptions{});
  });
}

std::span<const Target> targets() {
  static constexpr std::array<Target, 6> k_targets = {{
      {"criteria_yaml", criteria_yaml},
      {"providers_yaml", providers_yaml},
      {"providers_json", providers_json},
      {"providers_csv", providers_csv},
      {"ahp_matrix", ahp_matrix},
      {"rank_pipeline", rank_pipeline},
  }};
  return k_targets;
}

}  // namespace criterio::fuzz
