#pragma once
// The bodies of the fuzz harnesses, one function per harness. Each feeds its
// bytes to the library's real entry points the way the CLI does, treats
// criterio::Error (bad input, reported properly) as the expected outcome and
// lets anything else escape: an escaping exception, a crash, a sanitizer
// report, a hang or a runaway allocation is a finding.
//
// The libFuzzer harnesses (fuzz/<name>.cpp) and the FuzzRegressions test
// (fuzz/replay.cpp) both call these, so every reproducer is replayed on the
// ordinary and the sanitizer builds too.

#include <span>
#include <string_view>

namespace criterio::fuzz {

// A criteria model in YAML: parse, load, and weigh (flatten) with and without
// each of its profiles.
void criteria_yaml(std::string_view bytes);
// A providers file in YAML, JSON or CSV: parse and load.
void providers_yaml(std::string_view bytes);
void providers_json(std::string_view bytes);
void providers_csv(std::string_view bytes);
// AHP judgments: byte 0 picks the number of criteria (2-9) and the priority
// method; the rest is the body of a `weighting:` block (matrix, judgments or
// evaluators) for criteria a, b, c, ... The model is loaded and weighed.
void ahp_matrix(std::string_view bytes);
// `criterio rank -f json` from bytes: byte 0 picks the method (0: the
// model's own), byte 1 the providers' format (YAML, JSON, CSV); the rest is
// CRITERIA "\n%%\n" PROVIDERS, or just PROVIDERS (their own criteria:
// reference, or spreadsheet mode for a CSV).
void rank_pipeline(std::string_view bytes);

struct Target {
  std::string_view name;
  void (*run)(std::string_view bytes);
};

// Every harness, by the name of its directory under fuzz/corpus-seed/.
std::span<const Target> targets();

}  // namespace criterio::fuzz
