#pragma once
// Reads a group's `weighting:` key: how its children's weights are derived.

#include <string_view>
#include <vector>

#include "criterio/model.hpp"
#include "model/fields.hpp"

namespace criterio {

// Reads `node` (a method name, or a mapping with the method's inputs) for a
// group with `children`; `group` names it in messages ("the top-level
// criteria", "group 'policies'"). Every problem goes to the reader's
// diagnostics; what could not be read is left at its default.
Weighting load_weighting(const Reader& reader, const Node& node, const std::vector<CriterionNode>& children,
                         std::string_view group);

// Checks that a group whose weighting is not direct gives no child a
// `weight:` (warned: it is ignored) and, for data-derived methods, that the
// children are leaves.
void check_weighted_children(const Reader& reader, const Weighting& weighting,
                             const std::vector<CriterionNode>& children, std::string_view group);

}  // namespace criterio
