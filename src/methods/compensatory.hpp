#pragma once
// The compensatory methods beside the weighted sum: WPM, WASPAS, MOORA,
// MULTIMOORA, ARAS and COPRAS (docs/methods/compensatory.md), and the few
// column operations they share.

#include <Eigen/Core>
#include <memory>
#include <string_view>

#include "criterio/method.hpp"
#include "methods/normalization.hpp"

namespace criterio {

std::unique_ptr<Method> make_wpm(MethodParams params);
std::unique_ptr<Method> make_waspas(MethodParams params);
std::unique_ptr<Method> make_moora(MethodParams params);
std::unique_ptr<Method> make_multimoora(MethodParams params);
std::unique_ptr<Method> make_aras(MethodParams params);
std::unique_ptr<Method> make_copras(MethodParams params);

namespace compensatory {

// The output for a matrix without rows (nothing to rank; Eigen's minima and
// maxima are undefined on empty columns).
MethodOutput no_rows(const MethodInput& input);

// The input with raw columns normalised by `normalization` (utility columns
// as they are), as the weighted sum does it.
Eigen::MatrixXd normalized(const MethodInput& input, Normalization normalization);

// Per-criterion w_j · ln(r_ij) of the weighted product Π r^w (columns of
// weight 0 give 0). Throws Error(invalid_input) naming the criterion when an
// r with a positive weight is not above zero; `method` and, for raw columns,
// `remedy` go into the message.
Eigen::MatrixXd weighted_logs(const Eigen::MatrixXd& normalized, const MethodInput& input, std::string_view method,
                              std::string_view remedy);

// Brauers & Zavadskas's ratios x / sqrt(Σ x²), column by column; a column of
// zeros stays zero (it tells the alternatives nothing apart).
Eigen::MatrixXd vector_ratios(const Eigen::MatrixXd& values);

// +1 for benefit columns (and utility columns), -1 for cost columns.
Eigen::VectorXd signs(const MethodInput& input);

// The oriented linear ratios (x / max for benefit, min / x for cost) shown as
// utilities by methods whose own normalisation is not oriented; a benefit
// column of zeros gives 0. Expects benefit values >= 0 and cost values > 0.
Eigen::MatrixXd linear_ratios(const MethodInput& input);

// Throws Error(invalid_input) unless every value of raw column `column` is at
// least `minimum` (or above it, when `strict`); `method` and `why` go into the message.
void require_values(const MethodInput& input, Eigen::Index column, double minimum, bool strict, std::string_view method,
                    std::string_view why);

// MOORA's two systems on the vector ratios: the ratio system (weighted
// benefit ratios minus weighted cost ratios; per-criterion parts) and the
// reference point (per-criterion weighted distances to the best ratio; the
// score is the largest).
Eigen::MatrixXd ratio_system_parts(const Eigen::MatrixXd& ratios, const MethodInput& input);
Eigen::MatrixXd reference_point_parts(const Eigen::MatrixXd& ratios, const MethodInput& input);

// The oriented vector ratios shown as utilities: benefit r, cost 1 - r.
Eigen::MatrixXd oriented_ratios(const Eigen::MatrixXd& ratios, const MethodInput& input);

}  // namespace compensatory
}  // namespace criterio
