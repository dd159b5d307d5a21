#include "criterio/frame.hpp"

namespace criterio {

double method_value(const Criterion& criterion, double raw) {
  if (criterion.scale.type == ScaleType::none) return raw;
  const double utility = criterion.scale.utility(raw);
  return criterion.direction == Direction::cost ? 1 - utility : utility;
}

}  // namespace criterio
