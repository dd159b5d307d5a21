// Times each stage of a spreadsheet-mode ranking against a baseline measured
// in the same run: the time to parse the same CSV text. Ratios, not absolute
// times, are what to compare between machines and versions.
//
//   build/bench/pipeline_bench [ROWS] [COLUMNS]     (default 100000 × 20)

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>

#include "criterio/csv.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/output.hpp"
#include "criterio/problem.hpp"
#include "criterio/report.hpp"
#include "bench_support.hpp"

namespace {

using criterio::bench::make_csv;

// The best of `repeats` runs, in milliseconds.
double best_of(int repeats, const std::function<void()>& work) { return criterio::bench::best_of_wall(repeats, work); }

}  // namespace

int main(int argc, char** argv) {
  using namespace criterio;
  const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t columns = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;
  const int repeats = rows >= 100000 ? 3 : 10;

  const std::string csv = make_csv(rows, columns);
  char directory[] = "/tmp/criterio-bench-XXXXXX";
  if (!::mkdtemp(directory)) return 4;
  const std::string path = std::string(directory) + "/providers.csv";
  write_output(path, csv);

  ProblemSpec spec;
  spec.provider_files = {path};
  spec.as_of = Date::from_days(20000);
  std::optional<Problem> problem;
  Result result;

  const double baseline = best_of(repeats, [&] { (void)parse_csv(csv, "bench.csv"); });
  const double load = best_of(repeats, [&] {
    Diagnostics diagnostics;
    problem = load_problem(spec, diagnostics);
  });
  const double score = best_of(repeats, [&] { result = evaluate(*problem, {}); });
  const double json = best_of(repeats, [&] { (void)render_ranking(result, Format::json, {}); });
  const double csv_out = best_of(repeats, [&] { (void)render_ranking(result, Format::csv, {}); });

  std::printf("spreadsheet mode, %zu providers x %zu criteria, %.1f MiB of CSV, best of %d\n", rows, columns,
              static_cast<double>(csv.size()) / (1 << 20), repeats);
  std::printf("%-34s %10s %8s\n", "stage", "ms", "ratio");
  const auto line = [&](const char* stage, double ms) { std::printf("%-34s %10.2f %8.2f\n", stage, ms, ms / baseline); };
  line("parse CSV text (baseline)", baseline);
  line("load: read, parse, measure", load);
  line("evaluate: wsm, rank, explain", score);
  line("render JSON", json);
  line("render CSV", csv_out);
  line("total (load + evaluate + CSV)", load + score + csv_out);

  ::unlink(path.c_str());
  ::rmdir(directory);
  return 0;
}
