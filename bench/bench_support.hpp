#pragma once
// What the benchmark programs share: generated spreadsheets and timing.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <string>

namespace criterio::bench {

// A spreadsheet-mode CSV: `id,name,c1..cN`, values from 1 to 1000 with two
// decimals, the same for every run.
inline std::string make_csv(std::size_t rows, std::size_t columns) {
  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> value(1.0, 1000.0);
  std::string csv = "id,name";
  for (std::size_t j = 0; j < columns; ++j) csv += ",c" + std::to_string(j + 1);
  csv += '\n';
  char cell[32];
  for (std::size_t i = 0; i < rows; ++i) {
    csv += "p" + std::to_string(i) + ",Provider " + std::to_string(i);
    for (std::size_t j = 0; j < columns; ++j) {
      std::snprintf(cell, sizeof cell, ",%.2f", value(random));
      csv += cell;
    }
    csv += '\n';
  }
  return csv;
}

// The best of `repeats` runs of `work`, in milliseconds on the wall clock.
inline double best_of_wall(int repeats, const std::function<void()>& work) {
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace criterio::bench
