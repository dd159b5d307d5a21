#pragma once
#include <memory>

#include "criterio/method.hpp"

namespace criterio {
std::unique_ptr<Method> make_weighted_sum(MethodParams params);
}  // namespace criterio
