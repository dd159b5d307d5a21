#pragma once
// Methods that score providers against reference points built from the data:
// CoCoSo, MARCOS, OCRA, RAM and PROBID (docs/methods/reference.md).

#include <memory>
#include <string>
#include <string_view>

#include "criterio/diagnostics.hpp"
#include "criterio/method.hpp"

namespace criterio {

std::unique_ptr<Method> make_cocoso(MethodParams params);
std::unique_ptr<Method> make_marcos(MethodParams params);
std::unique_ptr<Method> make_ocra(MethodParams params);
std::unique_ptr<Method> make_ram(MethodParams params);
std::unique_ptr<Method> make_probid(MethodParams params);

// Rejects column `column` of `input` for `method`: "criterion 'ID': METHOD
// PROBLEM", at the criterion's place in the criteria file.
[[noreturn]] inline void reject_column(const MethodInput& input, Eigen::Index column, std::string_view method,
                                       std::string_view problem) {
  const Criterion& c = input.criteria[static_cast<std::size_t>(column)];
  throw Error(ExitCode::invalid_input, c.where,
              "criterion '" + c.id + "': " + std::string(method) + " " + std::string(problem));
}

// Whether column `column` is to be maximised: utility columns always are.
inline bool is_benefit(const MethodInput& input, Eigen::Index column) {
  const auto k = static_cast<std::size_t>(column);
  return input.is_utility[k] || input.directions[k] == Direction::benefit;
}

}  // namespace criterio
