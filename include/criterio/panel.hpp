#pragma once
// Evaluator panels: several people rate the same soft-skill criteria; their
// ratings are aggregated into one value and their disagreement is reported.
// The rules (aggregate, spread, range, outlier) are in docs/weights/panels.md.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

// How a panel's ratings of one value become the value.
enum class RatingAggregate { mean, median };

std::string_view to_string(RatingAggregate aggregate);
std::optional<RatingAggregate> parse_rating_aggregate(std::string_view text);

// One evaluator's rating of one value: a likert point or a number, or
// nothing when the evaluator did not rate it.
struct EvaluatorRating {
  std::string evaluator;
  std::optional<double> rating;
};

// The panel behind one provider's value on one criterion.
struct PanelRatings {
  RatingAggregate aggregate = RatingAggregate::mean;
  std::vector<EvaluatorRating> ratings;  // panel order: a list's evaluators, then panel files as given
  std::optional<double> value;           // the aggregate of the ratings given; none when nobody rated
  double spread = 0;                     // population standard deviation of the ratings given
  double range = 0;                      // highest minus lowest rating given
  std::optional<std::string> outlier;    // see find_outlier()

  // The ratings given, in panel order.
  std::vector<double> given() const;
};

// The mean or median of `ratings`; nullopt when it is empty.
std::optional<double> aggregate_ratings(const std::vector<double>& ratings, RatingAggregate how);
double median_of(std::vector<double> values);  // values non-empty
double population_spread(const std::vector<double>& values);

// The rating farthest from the median of the others, when there are at least
// three ratings, that farthest distance is not shared, and it is at least a
// third of `scale_range`: its index in `ratings`. Otherwise nullopt.
std::optional<std::size_t> find_outlier(const std::vector<double>& ratings, double scale_range);

// Fills value, spread and range from `panel.ratings` (the outlier needs the
// scale's range; see assign_outlier()).
void summarize_ratings(PanelRatings& panel);
// Names the outlier of `panel`, if any, against `scale_range`.
void assign_outlier(PanelRatings& panel, double scale_range);

// One criterion's disagreement over the whole result.
struct PanelCriterionSummary {
  std::string criterion;
  std::size_t providers = 0;        // providers with at least one rating on it
  double mean_spread = 0;           // over those providers
  double max_spread = 0;
  std::string max_spread_provider;  // the provider id with max_spread (first in file order on ties)
  std::vector<std::string> most_often_outlier;  // evaluators named outlier most often (all, if tied); empty if none
  std::size_t outlier_times = 0;    // how often each of them was
};

struct PanelSummary {
  RatingAggregate aggregate = RatingAggregate::mean;
  std::vector<std::string> evaluators;            // everyone who rated something, in first-seen order
  std::vector<PanelCriterionSummary> criteria;    // rated criteria, in criteria order
};

}  // namespace criterio
