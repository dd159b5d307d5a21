#pragma once
// Column normalisations: raw criterion values to utilities where 1 is best.
// Each is a free function so that every method can share them.

#include <Eigen/Core>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/model.hpp"

namespace criterio {

enum class Normalization { max, minmax, sum, vector, none };

const std::vector<std::string>& normalization_names();
Normalization parse_normalization(std::string_view name);  // a name from normalization_names()

// Normalises one column in place. `criterion` and `where` name the column in
// errors (Error invalid_input when the values do not suit the normalisation,
// e.g. zeros under `max` for a cost criterion, negative values under `max`).
//   max:    benefit x / max          cost min / x           (benefit x >= 0, max > 0; cost x > 0)
//   minmax: benefit (x-min)/(max-min), cost (max-x)/(max-min); all 1 when max = min
//   sum:    benefit x / sum(x)       cost (1/x) / sum(1/x)   (values > 0)
//   vector: benefit x / |x|          cost 1 - x / |x|        (|x| the Euclidean norm)
//   none:   benefit x                cost -x
void normalize(Eigen::Ref<Eigen::VectorXd> column, Direction direction, Normalization method,
               std::string_view criterion, const SourceLocation& where = {});

}  // namespace criterio
