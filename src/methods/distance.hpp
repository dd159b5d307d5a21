#pragma once
// Distance-based methods: each scores a provider by how far it lies from a
// reference point (the average, the negative ideal, the border approximation
// area, the theoretical ratings, the ideal solution point).

#include <memory>

#include "criterio/method.hpp"

namespace criterio {
std::unique_ptr<Method> make_edas(MethodParams params);
std::unique_ptr<Method> make_codas(MethodParams params);
std::unique_ptr<Method> make_mabac(MethodParams params);
std::unique_ptr<Method> make_mairca(MethodParams params);
std::unique_ptr<Method> make_spotis(MethodParams params);
}  // namespace criterio
