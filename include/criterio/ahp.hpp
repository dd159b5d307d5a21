#pragma once
// The Analytic Hierarchy Process (Saaty): priorities from a pairwise
// comparison matrix, the consistency figures λmax, CI and CR, the completion
// of incomplete matrices, advice on which judgments to revisit, and the
// aggregation of several evaluators' judgments.

#include <Eigen/Core>
#include <cstddef>
#include <span>
#include <vector>

namespace criterio {

// Saaty's random index table ends at 15 criteria; a larger matrix has no
// published CR and is beyond what people can judge consistently anyway.
inline constexpr std::size_t k_ahp_max_size = 15;
// Saaty's fundamental scale runs from 1 (equal) to 9 (extreme), with the
// reciprocals 1/2 .. 1/9.
inline constexpr double k_ahp_scale_max = 9;
// Saaty's threshold: a CR above it calls for the judgments to be revisited.
inline constexpr double k_ahp_acceptable_cr = 0.1;
// The largest judgment accepted (and the smallest is its reciprocal): far
// beyond any judgment a person makes, and small enough that λmax, the
// completions and the advice stay finite for every matrix of up to
// k_ahp_max_size criteria.
inline constexpr double k_ahp_max_judgment = 1e6;

enum class AhpPriorityMethod { eigenvector, geometric_mean };

// Saaty's random consistency index RI(n), n in 1..k_ahp_max_size (0 for n <= 2):
// Saaty's (1980) table, sources in docs/weights/ahp.md.
// Any other n throws std::invalid_argument.
double ahp_random_index(std::size_t n);

// Whether the given judgments link every criterion to every other (the graph
// whose edges are the judgments is connected): the condition for an
// incomplete matrix to determine priorities at all. An off-diagonal entry
// that is not NaN is a judgment; a matrix with fewer than two rows is
// connected. A matrix that is not square throws std::invalid_argument.
bool ahp_connected(const Eigen::MatrixXd& matrix);

// A judgment worth revisiting.
struct AhpAdvice {
  std::size_t row = 0, column = 0;  // the entry, as a(row, column) >= 1 (the way round the user judged "more important")
  double given = 0;      // a(row, column) as given
  double implied = 0;    // the value the other judgments imply: the one that minimises λmax with the rest unchanged (ahp_implied_judgment)
  double suggested = 0;  // `implied` on Saaty's scale (an integer 1..9 or its reciprocal)
  double cr_after = 0;   // the consistency ratio with `suggested` in place of `given`
};

struct AhpAnalysis {
  Eigen::VectorXd priorities;  // one per criterion, sum 1
  Eigen::MatrixXd completed;   // the matrix with missing judgments filled in (reciprocal, diagonal 1)
  std::size_t missing = 0;     // judgments missing above the diagonal
  double lambda_max = 0;       // principal eigenvalue of `completed`
  double ci = 0;               // consistency index (λmax − n) / (n − 1)
  double random_index = 0;     // RI(n)
  double cr = 0;               // consistency ratio CI / RI; 0 when n <= 2
  bool acceptable = true;      // cr <= k_ahp_acceptable_cr
  // When not acceptable: the judgments most responsible first (largest CR
  // reduction from fixing that one judgment alone), at most three. Only
  // judgments whose `suggested` value lowers the CR are listed; a judgment
  // whose removal would disconnect the others implies nothing and is skipped.
  // Order: cr_after ascending, then row, then column.
  std::vector<AhpAdvice> advice;
};

// Analyses an n×n pairwise matrix (1 <= n <= k_ahp_max_size): a(i,j) says how
// much more important criterion i is than j, a(j,i) = 1/a(i,j), a(i,i) = 1,
// entries positive. NaN marks a missing judgment (in both halves); the given
// judgments must be connected (ahp_connected). Missing judgments are completed
// the published way for each method: Harker (1987) for the eigenvector, the
// incomplete logarithmic least squares of Bozóki, Fülöp & Rónyai (2010) for
// the geometric mean; `completed` then holds w_i / w_j in the missing places.
// Harker's λmax is the principal eigenvalue of his completion, which is not
// always the smallest λmax over all completions (docs/weights/ahp.md).
// Preconditions (entries within [1/k_ahp_max_judgment, k_ahp_max_judgment],
// reciprocal to 1e-9 relative, diagonal 1 to 1e-9) are the loader's to
// check; a violation throws std::invalid_argument.
AhpAnalysis analyse_ahp(const Eigen::MatrixXd& matrix, AhpPriorityMethod method);

// The value x of judgment a(row, column) (and 1/x of a(column, row)) that
// minimises the λmax analyse_ahp reports for `method`, all other judgments
// as given and missing ones completed as analyse_ahp completes them. The
// judgment's own value, if any, is ignored. For a complete matrix this is the
// λmax-optimal completion of one missing entry of Bozóki, Fülöp & Rónyai
// (2010). Preconditions as analyse_ahp's, row != column, and the judgments
// other than this one must be connected; otherwise std::invalid_argument.
double ahp_implied_judgment(const Eigen::MatrixXd& matrix, std::size_t row, std::size_t column,
                            AhpPriorityMethod method);

// Evaluator panels (Forman & Peniwati 1998). Aggregation of individual
// judgments (AIJ): the element-wise geometric mean of the evaluators'
// matrices, over the evaluators who gave each judgment (NaN where none did);
// the result is reciprocal again. Each matrix must meet analyse_ahp's
// preconditions except connectedness (an evaluator may judge only some
// pairs); all must have the same size, and there must be at least one.
// Otherwise std::invalid_argument.
Eigen::MatrixXd aggregate_judgments(std::span<const Eigen::MatrixXd> matrices);
// Aggregation of individual priorities (AIP): the normalised geometric mean
// of the evaluators' priority vectors. At least one vector, all of the same
// non-zero size, entries positive and finite; otherwise
// std::invalid_argument.
Eigen::VectorXd aggregate_priorities(std::span<const Eigen::VectorXd> priorities);

}  // namespace criterio
