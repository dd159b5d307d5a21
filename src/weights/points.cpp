// The rules of swing and SMART points (include/criterio/weighting.hpp).

#include <algorithm>

#include "criterio/weighting.hpp"

namespace criterio {

PointsProblem points_problem(std::string_view method, std::span<const double> points) {
  if (points.empty()) return PointsProblem::none;
  if (method == "swing" && *std::max_element(points.begin(), points.end()) != 100)
    return PointsProblem::swing_top_not_100;
  if (method == "smart" && !(*std::min_element(points.begin(), points.end()) > 0))
    return PointsProblem::smart_not_positive;
  return PointsProblem::none;
}

}  // namespace criterio
