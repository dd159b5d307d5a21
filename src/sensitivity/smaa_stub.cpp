// Placeholder until the SMAA-2 engine lands: refuses clearly instead of
// returning empty figures.
#include "criterio/diagnostics.hpp"
#include "criterio/smaa.hpp"

namespace criterio {

bool WeightConstraints::empty() const { return bounds.empty() && order.empty(); }

SmaaResult smaa(const DecisionFrame&, const SmaaOptions&) {
  throw_usage("SMAA is not available in this build yet; use --analyses stability,what-it-takes,reversal");
}

}  // namespace criterio
