#pragma once
// Evaluator panels inside load_problem(): merging panel files into the
// providers they rate, measuring a rated value, naming outliers.

#include <optional>
#include <vector>

#include "criterio/model.hpp"

namespace criterio {

// Adds the ratings of every panel file (`evaluator: NAME`) in `files` to the
// providers they rate. Reports an evaluator named twice, a provider defined
// in no providers file, a provider twice in one panel file, and ratings of
// unknown criteria.
void merge_panel_files(const std::vector<ProviderFile>& files, const std::vector<Criterion>& criteria,
                       std::vector<Provider>& providers, Diagnostics& diagnostics);

// The measurement of `provider`'s value on `criterion` when a panel rated it
// (a list of ratings, or ratings from panel files), each rating checked as a
// single value would be; nullopt when no panel rated it. `plain` is the value
// as written in the provider's own file (nullptr when absent). After an error
// the measurement is missing.
std::optional<Measurement> measure_panel(const Criterion& criterion, const Provider& provider, const Node* plain,
                                         RatingAggregate aggregate, Date as_of, Diagnostics& diagnostics);

// Names each rated value's outlier against its criterion's range: likert
// points - 1, |best - worst| for linear, the span of the points for
// piecewise and step, the observed range of all its ratings for raw criteria.
void assign_outliers(const std::vector<Criterion>& criteria, std::vector<std::vector<Measurement>>& measurements);

}  // namespace criterio
