// Ranks a providers file through the installed library and prints the
// winner's id: what a program embedding criterio does.
#include <criterio/diagnostics.hpp>
#include <criterio/evaluate.hpp>
#include <criterio/problem.hpp>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer PROVIDERS\n";
    return 2;
  }
  criterio::ProblemSpec spec;
  spec.provider_files.push_back(argv[1]);
  criterio::Diagnostics diagnostics;
  const auto problem = criterio::load_problem(spec, diagnostics);
  if (!problem) return 3;
  const criterio::Result result = criterio::evaluate(*problem, {});
  std::cout << result.ranking.front().id << '\n';
  return 0;
}
