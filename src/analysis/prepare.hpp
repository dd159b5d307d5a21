#pragma once
// What every use of a problem's data starts from: who is ranked and who is
// excluded (and why), the matrix with missing values imputed, the weights
// derived over it, and the method to run. Shared by evaluate() and the
// sensitivity analyses so that both see the same problem.

#include <Eigen/Core>
#include <memory>
#include <string>
#include <vector>

#include "criterio/evaluate.hpp"
#include "criterio/method.hpp"
#include "criterio/problem.hpp"
#include "criterio/result.hpp"
#include "criterio/weights.hpp"

namespace criterio {

struct Imputation {
  Eigen::MatrixXd values;
  std::vector<std::vector<std::string>> how;  // [row][column]: "" or "worst"/"mean"
};

struct Prepared {
  std::vector<std::size_t> included;
  std::vector<ExcludedProvider> excluded;  // by provider; reasons empty when included
  Imputation matrix;                       // rows: `included`
  std::vector<Direction> directions;
  std::unique_ptr<bool[]> is_utility;
  WeightTree weights;
  std::vector<Criterion> criteria;  // with the derived weights
};

Prepared prepare(const Problem& problem);

// The method `options` asks for (else the model's), with the model's own
// parameters when it is the model's method, overridden by `options.params`.
// Throws Error(usage) for an unknown method or parameter.
std::unique_ptr<Method> problem_method(const Problem& problem, const EvaluationOptions& options);

}  // namespace criterio
