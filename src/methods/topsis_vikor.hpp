#pragma once
// Distance-to-ideal methods: TOPSIS (closeness to the ideal) and VIKOR
// (compromise ranking).
#include <memory>

#include "criterio/method.hpp"

namespace criterio {
std::unique_ptr<Method> make_topsis(MethodParams params);
std::unique_ptr<Method> make_vikor(MethodParams params);
}  // namespace criterio
