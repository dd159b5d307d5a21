// Spreadsheet mode at scale: each stage of `criterio rank FILE.csv -f csv`
// on the fast path, against a baseline measured in the same run: a bare
// std::from_chars pass over every cell of the same text, the least any CSV
// reader must do. Ratios, not absolute times, are what to compare between
// machines and versions.
//
//   build/bench/spreadsheet_bench [ROWS] [COLUMNS] [REPEATS]
//                                  (default 1000000 × 20, each stage once)
//
// With REPEATS, each stage reports its best of that many runs (the
// evaluation reloads the matrix before each run, untimed): on a shared
// machine the best is the least disturbed.

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>

#include "criterio/decision_matrix.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/input.hpp"
#include "criterio/output.hpp"
#include "criterio/problem.hpp"
#include "criterio/report.hpp"
#include "bench_support.hpp"

namespace {

using criterio::bench::make_csv;

int repeats = 1;

double milliseconds(const std::function<void()>& work) { return criterio::bench::best_of_wall(repeats, work); }

// The baseline: every cell through std::from_chars, nothing kept but a sum.
double bare_parse(const std::string& text) {
  double sum = 0;
  const char* p = text.data() + text.find('\n') + 1;
  const char* end = text.data() + text.size();
  while (p < end) {
    const char* line_end = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (!line_end) line_end = end;
    for (int skip = 0; skip < 2 && p < line_end; ++skip) p = static_cast<const char*>(std::memchr(p, ',', static_cast<std::size_t>(line_end - p))) + 1;
    while (p < line_end) {
      double x = 0;
      p = std::from_chars(p, line_end, x).ptr + 1;
      sum += x;
    }
    p = line_end + 1;
  }
  return sum;
}

void row(const char* stage, double ms, double baseline) {
  std::printf("%-52s %9.1f ms  %6.2fx\n", stage, ms, ms / baseline);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace criterio;
  const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const std::size_t columns = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;
  repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1;
  char directory[] = "/tmp/criterio-bench-XXXXXX";
  if (!mkdtemp(directory)) return 1;
  const std::string input = std::string(directory) + "/providers.csv";
  const std::string output = std::string(directory) + "/ranked.csv";
  std::string text = make_csv(rows, columns);
  write_output(input, text);
  std::printf("%zu providers x %zu criteria, %.0f MB of CSV, best of %d\n\n", rows, columns,
              static_cast<double>(text.size()) / 1e6, repeats);

  volatile double sink = 0;
  const double baseline = milliseconds([&] { sink = sink + bare_parse(text); });
  row("baseline: from_chars over every cell", baseline, baseline);
  row("read the file", milliseconds([&] { text = read_input(input); }), baseline);
  row("check UTF-8", milliseconds([&] { check_text(text, input); }), baseline);
  row("read_decision_matrix, 1 thread", milliseconds([&] { (void)read_decision_matrix(text, input, 1); }), baseline);
  row("read_decision_matrix, all cores", milliseconds([&] { (void)read_decision_matrix(text, input); }), baseline);

  ProblemSpec spec;
  spec.provider_files = {input};
  for (std::size_t j = 0; j < columns; ++j) spec.directions.push_back(j % 2 ? Direction::cost : Direction::benefit);
  for (const char* method : {"wsm", "topsis", "vikor"}) {
    EvaluationOptions options;
    options.method = method;
    for (const bool brief : {true, false}) {
      MatrixRanking ranking;
      const std::string what = std::string(method) + (brief ? ", brief" : ", full");
      double best = 1e300;
      for (int r = 0; r < repeats; ++r) {
        auto matrix = load_spreadsheet_matrix(spec);
        if (!matrix) return 1;
        best = std::min(best, criterio::bench::best_of_wall(
                                  1, [&] { ranking = evaluate_matrix(std::move(*matrix), options, !brief); }));
      }
      row(("evaluate and rank: " + what).c_str(), best, baseline);
      RenderOptions render;
      render.brief = brief;
      std::size_t bytes = 0;
      row(("render CSV: " + what).c_str(), milliseconds([&] {
            render_ranking_csv(ranking, render, [&bytes](std::string_view piece) { bytes += piece.size(); });
          }),
          baseline);
      // What `rank -f csv -o` does: the pieces streamed into the output file.
      row(("render and write the CSV atomically: " + what).c_str(), milliseconds([&] {
            OutputFile file(output);
            render_ranking_csv(ranking, render, [&file](std::string_view piece) { file.write(piece); });
            file.commit();
          }),
          baseline);
    }
  }
  std::remove(input.c_str());
  std::remove(output.c_str());
  rmdir(directory);
  return 0;
}
