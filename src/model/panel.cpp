// Evaluator panels: aggregating one value's ratings and measuring how much
// the evaluators disagree. The rules are in docs/weights/panels.md.

#include "criterio/panel.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace criterio {

namespace {

// Distances equal up to rounding count as equal: a rating exactly a third of
// the scale away is an outlier whatever the last bit of the division says.
bool at_least(double a, double b) { return a >= b - 1e-9 * std::max(1.0, std::abs(b)); }

}  // namespace

std::string_view to_string(RatingAggregate aggregate) {
  return aggregate == RatingAggregate::median ? "median" : "mean";
}

std::optional<RatingAggregate> parse_rating_aggregate(std::string_view text) {
  if (text == "mean") return RatingAggregate::mean;
  if (text == "median") return RatingAggregate::median;
  return std::nullopt;
}

std::vector<double> PanelRatings::given() const {
  std::vector<double> out;
  for (const auto& r : ratings)
    if (r.rating) out.push_back(*r.rating);
  return out;
}

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::optional<double> aggregate_ratings(const std::vector<double>& ratings, RatingAggregate how) {
  if (ratings.empty()) return std::nullopt;
  if (how == RatingAggregate::median) return median_of(ratings);
  return std::accumulate(ratings.begin(), ratings.end(), 0.0) / static_cast<double>(ratings.size());
}

double population_spread(const std::vector<double>& values) {
  if (values.empty()) return 0;
  const double n = static_cast<double>(values.size());
  const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
  double squares = 0;
  for (double v : values) squares += (v - mean) * (v - mean);
  return std::sqrt(squares / n);
}

std::optional<std::size_t> find_outlier(const std::vector<double>& ratings, double scale_range) {
  if (ratings.size() < 3) return std::nullopt;
  std::vector<double> distance(ratings.size());
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    std::vector<double> others = ratings;
    others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
    distance[i] = std::abs(ratings[i] - median_of(std::move(others)));
  }
  const auto farthest = static_cast<std::size_t>(std::max_element(distance.begin(), distance.end()) - distance.begin());
  const double largest = distance[farthest];
  // Two evaluators equally far from the rest: the panel is split, and no one
  // person stands out.
  const auto shared = std::count_if(distance.begin(), distance.end(), [&](double d) { return at_least(d, largest); });
  if (largest <= 0 || shared > 1 || !at_least(largest, scale_range / 3)) return std::nullopt;
  return farthest;
}

void summarize_ratings(PanelRatings& panel) {
  const std::vector<double> given = panel.given();
  panel.value = aggregate_ratings(given, panel.aggregate);
  panel.spread = population_spread(given);
  panel.range = given.empty() ? 0 : *std::max_element(given.begin(), given.end()) - *std::min_element(given.begin(), given.end());
}

void assign_outlier(PanelRatings& panel, double scale_range) {
  panel.outlier.reset();
  const std::vector<double> given = panel.given();
  const auto index = find_outlier(given, scale_range);
  if (!index) return;
  std::size_t k = 0;
  for (const auto& r : panel.ratings)
    if (r.rating && k++ == *index) panel.outlier = r.evaluator;
}

}  // namespace criterio
