// FuzzRegressions: replays every seed (fuzz/corpus-seed/<harness>/) and every
// minimised finding (tests/fuzz/regressions/<harness>/) through the harness
// bodies, on whatever build this is (g++, ASan/UBSan). An input fails when an
// exception other than criterio::Error escapes or when it takes longer than
// the time limit; a crash or sanitizer report fails the test by itself.
//
// Usage: criterio_fuzz_replay SOURCE_DIR [SECONDS_PER_INPUT]

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/targets.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_under(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string contents(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs one input; returns whether it passed.
bool replay(const criterio::fuzz::Target& target, const fs::path& file, double limit_seconds) {
  const std::string bytes = contents(file);
  const auto started = std::chrono::steady_clock::now();
  try {
    target.run(bytes);
  } catch (const std::exception& e) {
    std::cerr << "FAIL " << file.string() << ": escaped exception: " << e.what() << '\n';
    return false;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (seconds > limit_seconds) {
    std::cerr << "FAIL " << file.string() << ": took " << seconds << " s (limit " << limit_seconds << " s)\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: criterio_fuzz_replay SOURCE_DIR [SECONDS_PER_INPUT]\n";
    return 2;
  }
  const fs::path source = argv[1];
  const double limit_seconds = argc == 3 ? std::atof(argv[2]) : 2.0;
  int failures = 0;
  for (const auto& target : criterio::fuzz::targets()) {
    const auto seeds = inputs_under(source / "fuzz/corpus-seed" / target.name);
    const auto regressions = inputs_under(source / "tests/fuzz/regressions" / target.name);
    // A harness without seeds would pass without testing anything.
    if (seeds.empty()) {
      std::cerr << "FAIL " << target.name << ": no seed inputs\n";
      ++failures;
    }
    for (const auto* files : {&seeds, &regressions})
      for (const auto& file : *files) failures += replay(target, file, limit_seconds) ? 0 : 1;
    std::cout << target.name << ": " << seeds.size() << " seeds, " << regressions.size() << " regressions\n";
  }
  if (failures > 0) std::cerr << failures << " failing inputs\n";
  return failures == 0 ? 0 : 1;
}
