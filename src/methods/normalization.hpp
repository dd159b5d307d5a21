#pragma once
// Column normalisations: raw criterion values to utilities where 1 is best.
// Each is a free function so that every method can share them.

#include <Eigen/Core>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/method.hpp"
#include "criterio/model.hpp"

namespace criterio {

enum class Normalization { max, minmax, sum, vector, none, logarithmic, max_linear, nonlinear, enhanced_accuracy };

// In the order of Normalization: max, minmax, sum, vector, none, logarithmic,
// max-linear, nonlinear, enhanced-accuracy.
const std::vector<std::string>& normalization_names();
Normalization parse_normalization(std::string_view name);  // a name from normalization_names()

// Normalises one column in place. `criterion` and `where` name the column in
// errors (Error invalid_input when the values do not suit the normalisation,
// e.g. zeros under `max` for a cost criterion, negative values under `max`).
// m is the number of values in the column.
//   max:         benefit x / max            cost min / x
//                (benefit x >= 0, max > 0; cost x > 0; Hwang & Yoon 1981's "linear")
//   minmax:      benefit (x-min)/(max-min), cost (max-x)/(max-min); all 1 when max = min
//   sum:         benefit x / sum(x)         cost (1/x) / sum(1/x)   (values > 0)
//   vector:      benefit x / |x|            cost 1 - x / |x|        (|x| the Euclidean norm)
//   none:        benefit x                  cost -x
//   logarithmic: benefit ln x / ln(prod x)  cost (1 - ln x / ln(prod x)) / (m - 1)
//                (values >= 1: below 1 the logarithms change sign and reverse
//                the order; each column sums to 1; all 1/m when every value
//                is 1, the limit as the values approach 1; 1 when m = 1.
//                Zavadskas & Turskis 2008, as pymcdm's logarithmic_normalization)
//   max-linear:  benefit x / max            cost 1 - x / max
//                (x >= 0, max > 0; Jüttler 1966's linear variant: cost keeps
//                the differences linear, and the best cost value scores below 1)
//   nonlinear:   benefit (x / max)^2        cost (min / x)^3
//                (benefit x >= 0, max > 0; cost x > 0; Peldschus et al. 1983)
//   enhanced-accuracy:
//                benefit 1 - (max - x) / sum(max - x)
//                cost    1 - (x - min) / sum(x - min)
//                (any sign; all 1 when max = min; Zeng, Li & Yang 2013)
void normalize(Eigen::Ref<Eigen::VectorXd> column, Direction direction, Normalization method,
               std::string_view criterion, const SourceLocation& where = {});

// Every column of `input` normalised by `method` in its direction (a utility
// column as a benefit): the matrix several methods start from, such as
// min-max for MABAC, MAIRCA, CoCoSo and OCRA. Errors as for normalize().
Eigen::MatrixXd normalized_columns(const MethodInput& input, Normalization method);

}  // namespace criterio
