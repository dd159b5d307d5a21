#pragma once
// Several methods on one problem: how far their rankings agree (rank
// correlation coefficients), a consensus ranking (Borda count, Copeland's
// pairwise majority) and where they disagree on the winner. Pure
// computation: nothing here prints; the same input gives the same output.

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "criterio/diagnostics.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/language.hpp"
#include "criterio/problem.hpp"
#include "criterio/result.hpp"

namespace criterio {

// ---- Rank correlation coefficients ---------------------------------------
// Each takes two rank vectors of the same length n (1 = best; item i is
// ranked x[i] by one ranking and y[i] by the other). Tied items may share a
// fractional rank (see mid_ranks). For n < 2 every coefficient is 1: one
// item cannot be ranked two ways. Throws std::invalid_argument when the
// lengths differ.

// Spearman's rs as the Pearson correlation of the ranks, which equals
// 1 - 6 Σ d² / (n (n² - 1)) for rankings without ties and stays exact with
// mid-ranks. In [-1, 1]. When a vector is constant (every item tied) rs is
// undefined; it is then 1 if both are constant, else 0.
double spearman(std::span<const double> x, std::span<const double> y);

// Weighted Spearman rw (Pinto da Costa & Soares 2005): disagreements near
// the top count more.
//   rw = 1 - 6 Σ (x_i - y_i)² ((n - x_i + 1) + (n - y_i + 1)) / (n⁴ + n³ - n² - n)
double weighted_spearman(std::span<const double> x, std::span<const double> y);

// WS rank similarity (Sałabun & Urbaniak 2020), of a tested ranking y
// against a reference ranking x; not symmetric. In [0, 1] for rankings
// without ties; 1 = identical.
//   WS = 1 - Σ 2^(-x_i) |x_i - y_i| / max(|x_i - 1|, |x_i - n|)
double ws_similarity(std::span<const double> reference, std::span<const double> tested);

// Competition ranks ("1, 2, 2, 4") as fractional mid-ranks ("1, 2.5, 2.5, 4"):
// tied items share the mean of the positions they occupy.
std::vector<double> mid_ranks(std::span<const int> competition_ranks);

// ---- Consensus of several rankings ---------------------------------------
// `rankings[k][i]` is item i's rank under ranking k (1 = best; ties share a
// rank, any tie convention). Every ranking must cover the same items
// (std::invalid_argument otherwise).

// Borda count: under each ranking an item scores one point for every item
// ranked below it and half a point for every other item tied with it (for
// mid-ranks this is n - rank); the points are summed over the rankings.
std::vector<double> borda_points(const std::vector<std::vector<double>>& rankings);

// Copeland's method: items a and b meet once; a wins when more rankings put
// a strictly above b than b above a, and they draw when as many do (a
// ranking that ties them counts for neither). Points = wins - losses.
std::vector<double> copeland_points(const std::vector<std::vector<double>>& rankings);

// Competition ranks of `points`, more points first; equal points share a rank.
std::vector<int> ranks_by_points(std::span<const double> points);

// ---- Comparing methods on a problem --------------------------------------

// One method to run, and what to call it in the comparison.
struct MethodRun {
  std::string label;           // unique in a comparison; empty: the method's registry name
  EvaluationOptions options;   // options.method must name a method
};

// A method that could not score the problem (e.g. it needs positive values).
struct MethodFailure {
  std::string label;
  std::string method;          // registry name
  ExitCode code = ExitCode::invalid_input;
  std::string reason;          // the error's messages, joined by "; "
};

// "method 'x' could not rank the providers and is left out: <reason>"
Phrase failure_warning(const MethodFailure& failure);

// One provider's place in a consensus ranking.
struct ConsensusEntry {
  int rank = 0;                // competition rank; ties share it
  std::string id;
  std::string name;
  double points = 0;
};

// A square matrix over the compared methods: values[a][b] for methods a, b
// (for WS, a is the reference ranking and b the tested one).
struct CorrelationMatrix {
  std::vector<std::string> labels;
  std::vector<std::vector<double>> values;
};

// Providers one or more methods put first, and the methods that do.
struct WinnerGroup {
  std::vector<std::string> ids;     // the providers a method ranks 1 (several when tied), by id
  std::vector<std::string> labels;  // the methods that rank exactly these first, in run order
};

struct MethodComparison {
  std::vector<std::string> labels;  // of the methods that succeeded, in run order
  std::vector<Result> results;      // one per label
  std::vector<MethodFailure> failures;
  // Spearman rs, weighted Spearman rw and WS over the ranked providers'
  // mid-ranks, method by method.
  CorrelationMatrix spearman, weighted_spearman, ws;
  std::vector<ConsensusEntry> borda, copeland;  // best first; equal points by id
  bool winner_agreed = true;        // every method ranks the same provider(s) first
  std::vector<WinnerGroup> winners; // most methods first, then in order of first appearance
  std::vector<Phrase> warnings;  // the methods' warnings, each once, then one per failure

  const Result* find(std::string_view label) const;
};

// Evaluates `problem` with every run and compares the rankings. A run that
// throws Error becomes a MethodFailure and the others go on; when every run
// fails, throws Error with the first failure's code and every failure's
// reason. Providers excluded by requirements are excluded for every method
// alike. Throws Error(usage) for no runs or a repeated label; empty labels
// become the method's name, with "#2", "#3" for a method run more than once.
MethodComparison compare_methods(const Problem& problem, std::span<const MethodRun> runs);

// The runs a command line asks for: `methods` is a comma-separated list of
// method names or aliases (each a label as written), or "all" for every
// registered method. `params` are KEY=VALUE pairs split at '='; a KEY of the
// form METHOD.KEY applies to that listed method only (METHOD as listed, or a
// name or alias of a listed method), a plain KEY to every listed method
// that declares it. Throws Error(usage), with did-you-mean, for an unknown
// method, a method listed twice, a scoped method not listed, a key no
// listed method declares, or a bad value.
std::vector<MethodRun> plan_method_runs(std::string_view methods,
                                        const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace criterio
