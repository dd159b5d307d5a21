#pragma once
#include <map>
#include <string>
#include <string_view>

#include "criterio/problem.hpp"
#include "criterio/result.hpp"

namespace criterio {

struct EvaluationOptions {
  std::string method;                         // empty: the model's method
  std::map<std::string, std::string> params;  // over the model's own params
  std::size_t max_pairwise_rows = 0;          // as MethodInput's; 0: the method's default
};

// Scores `problem`: interprets every value against its scale, applies
// requirements and missing-value policies, runs the method, ranks (ties share
// a rank) and explains. Throws Error(invalid_input) listing every bad value,
// Error(usage) for an unknown method or parameter.
Result evaluate(const Problem& problem, const EvaluationOptions& options);

// The weights of `problem`'s criteria, with data-derived weights computed
// over the providers that would be ranked (requirements applied, missing
// values imputed as evaluate() does).
WeightReport weigh(const Problem& problem);

// Scores a spreadsheet-mode matrix as evaluate() scores the same CSV loaded
// by load_problem: the same method, order, ranks, contributions and
// strengths, without one object per cell. Without `breakdown` only the
// order, ranks and scores are kept (a brief ranking), and methods that can
// spare the per-criterion matrices do.
MatrixRanking evaluate_matrix(SpreadsheetMatrix input, const EvaluationOptions& options, bool breakdown);

// Criterion-by-criterion comparison of two ranked providers. Throws
// Error(usage) for an unknown or excluded id (with the reason or a suggestion).
Comparison compare(const Result& result, std::string_view a, std::string_view b);

// The ranked provider `id`, or Error(usage) as for compare().
const RankedProvider& find_ranked(const Result& result, std::string_view id);

}  // namespace criterio
