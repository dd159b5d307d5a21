#pragma once
// The criteria model (a weighted tree of criteria with value functions) and
// the providers scored against it.

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "criterio/date.hpp"
#include "criterio/diagnostics.hpp"
#include "criterio/document.hpp"
#include "criterio/language.hpp"
#include "criterio/panel.hpp"

namespace criterio {

enum class Direction { benefit, cost };
enum class MissingPolicy { worst, mean, exclude, error };
enum class ScaleType { none, linear, piecewise, step, likert, boolean, levels, reviews };

std::string_view to_string(Direction direction);
// The direction words of criteria files and --directions: benefit, max or +,
// and cost, min or -; nullopt for anything else.
std::optional<Direction> parse_direction(std::string_view text);
std::string_view to_string(MissingPolicy policy);
std::string_view to_string(ScaleType type);

// A value function: turns a provider's raw value into a utility in [0, 1].
// ScaleType::none means "raw numbers, normalised by the method".
struct Scale {
  ScaleType type = ScaleType::none;
  double worst = 0, best = 1;                        // linear
  std::optional<double> min, max;                    // numeric domain; outside is an error
  std::vector<std::pair<double, double>> points;     // piecewise, step: (x, utility), x increasing
  int likert_points = 5;                             // likert: values 1..likert_points
  std::vector<std::string> labels;                   // likert: one label per point, worst first
  std::vector<std::pair<std::string, double>> levels;  // levels: label -> utility
  double review_min = 1, review_max = 5;             // reviews: rating range
  double prior_mean = 3, prior_strength = 10;        // reviews: Bayesian prior
  double half_life_days = 365;                       // reviews: recency decay; 0 = none

  bool is_numeric() const;  // takes numbers (none, linear, piecewise, step, reviews summary)
  // The utility of a numeric raw value (linear, piecewise, step, likert point,
  // boolean 0/1, review rating), before any cost reversal.
  double utility(double raw) const;
};

// A hard requirement: a provider that fails it is excluded.
struct Requirement {
  std::optional<double> min, max;
  std::optional<bool> equals;
  std::vector<std::string> one_of;

  bool empty() const { return !min && !max && !equals && one_of.empty(); }
};

// How outranking methods compare two values of a criterion: the PROMETHEE
// preference function and the thresholds (indifference q, preference p,
// Gaussian s, veto v), in the units the method sees: utilities (0-1) for a
// criterion with a scale, raw units otherwise.
struct Preference {
  std::string function;  // usual, u-shape, v-shape, level, linear, gaussian; empty: the method's default
  std::optional<double> q, p, s, v;
};

// The range a criterion's values can take, for methods that compare against
// fixed bounds (SPOTIS).
struct Bounds {
  double lower = 0, upper = 0;
};

// One evaluator's pairwise judgments of a group's children (AHP): an n×n
// matrix in row-major order over the children, NaN where no judgment was
// given. a(i, j) says how much more important child i is than child j.
struct PairwiseJudgments {
  std::string evaluator;  // empty when one person judged
  std::vector<double> matrix;
  SourceLocation where;
};

// How a group weighs its children (`weighting:` on the group, or on the
// model for the top-level criteria). By default, directly: each child's
// `weight:`. The method names are those of weighting_methods() (weights.hpp).
struct Weighting {
  std::string method = "direct";
  SourceLocation where;
  // ahp
  std::string priorities = "eigenvector";    // or geometric-mean
  std::vector<PairwiseJudgments> judgments;  // one per evaluator
  std::string aggregate = "judgments";       // several evaluators: judgments (AIJ) or priorities (AIP)
  // roc, rank-sum, reciprocal: each child's importance rank, 1 = most important
  std::vector<int> ranks;
  // swing, smart: each child's points
  std::vector<double> points;

  bool is_direct() const { return method == "direct"; }
};

struct CriterionNode {
  std::string id;
  std::string name;
  std::string description;
  std::string name_es;         // Spanish, for --lang es; empty: the English one is used
  std::string description_es;
  double weight = 1;  // relative among siblings
  bool weight_given = false;
  std::vector<CriterionNode> children;
  Weighting weighting;  // of the children
  SourceLocation where;
  SourceLocation weight_where;

  // Leaves only.
  Direction direction = Direction::benefit;
  std::string unit;
  std::string unit_es;  // Spanish, for --lang es; empty: `unit` is used
  Scale scale;
  Requirement require;
  MissingPolicy missing = MissingPolicy::worst;
  std::optional<Preference> preference;
  std::optional<Bounds> bounds;

  bool is_leaf() const { return children.empty(); }
};

struct Profile {
  std::string name;
  std::string description;
  std::vector<std::pair<std::string, double>> weights;  // node id -> relative weight
  std::vector<SourceLocation> weight_where;
};

struct CriteriaModel {
  std::string source;  // the file or "catalog:NAME" it came from
  std::string title;
  std::string description;
  std::string title_es;        // Spanish, for --lang es; empty: the English one is used
  std::string description_es;
  std::string method = "wsm";
  std::map<std::string, std::string> params;
  int evidence_max_age_days = 365;
  std::vector<CriterionNode> criteria;
  Weighting weighting;  // of the top-level criteria
  std::vector<Profile> profiles;
  std::optional<RatingAggregate> ratings;  // panel: {ratings: mean|median}; default mean

  const Profile* find_profile(std::string_view name) const;
};

// A leaf criterion with its global weight (the product of the normalised
// relative weights along its path). Global weights sum to 1, except that a
// weight derived from the providers' data (entropy, CRITIC, ...) is NaN until
// the data is known (see weights.hpp).
struct Criterion {
  std::string id;
  std::string name;
  std::string description;
  std::string unit;
  std::vector<std::string> path;        // ids from the top group down to this leaf
  std::vector<std::string> path_names;  // the names along the same path
  double weight = 0;
  Direction direction = Direction::benefit;
  Scale scale;
  Requirement require;
  MissingPolicy missing = MissingPolicy::worst;
  std::optional<Preference> preference;
  std::optional<Bounds> bounds;
  SourceLocation where;
};

// The leaves of `model` with global weights as derive_weights() gives them
// without data, applying `profile` (nullptr for none). Throws
// Error(invalid_input) when a group's weights sum to zero.
std::vector<Criterion> flatten(const CriteriaModel& model, const Profile* profile);

struct Evidence {
  std::string source;
  std::string note;
  std::optional<Date> date;
  SourceLocation where;
};

// One value as written in a providers file.
struct ProviderValue {
  std::string criterion;
  SourceLocation where;  // of the criterion's key (CSV: its column header)
  Node value;
};

// A value rated in an evaluator's own panel file (`evaluator: NAME`).
struct PanelRating {
  std::string evaluator;
  ProviderValue value;
  std::string file;
};

struct Provider {
  std::string id;
  std::string name;
  std::string description;
  std::string url;
  // criterion id -> the value as written; interpreted against the criterion's
  // scale when the problem is built, so YAML, JSON and CSV share one set of rules.
  std::vector<ProviderValue> values;
  std::map<std::string, Evidence> evidence;
  SourceLocation where;
  std::string file;
  // Its file's `evaluators:` (who gave a list of ratings, in order); empty:
  // "evaluator 1", "evaluator 2", ...
  std::vector<std::string> evaluators;
  std::vector<PanelRating> panel_ratings;  // from panel files, in the order given

  const Node* value(std::string_view criterion) const;
};

// One providers file, as loaded.
struct ProviderFile {
  std::string file;
  std::optional<std::string> criteria;  // as written in the file
  SourceLocation criteria_where;
  std::optional<Date> as_of;
  std::optional<std::string> evaluator;  // a panel file: the one evaluator whose ratings it holds
  SourceLocation evaluator_where;
  std::vector<std::string> evaluators;   // who gave the lists of ratings in this file, in order
  SourceLocation evaluators_where;
  std::vector<Provider> providers;
  bool is_csv = false;
  std::vector<std::string> csv_columns;         // CSV criteria columns, in file order
  std::vector<SourceLocation> csv_column_where;  // their header cells
};

// A raw value as the provider gave it: nothing (missing), a number, a
// boolean or a label.
using RawValue = std::variant<std::monostate, double, bool, std::string>;

struct ReviewStats {
  std::size_t count = 0;        // reviews given (a summary counts as its count)
  double raw_mean = 0;          // plain mean rating
  double adjusted = 0;          // Bayesian, recency-weighted rating
  double effective_weight = 0;  // sum of recency weights of the reviews
};

// A value known only within a spread, as a providers file may give it
// (`{low, high}`, `{low, mode, high}`, `{mean, sd}`), in the criterion's raw
// units. Rankings use its central value (the midpoint, the mode, the mean);
// SMAA samples it.
struct Uncertainty {
  enum class Kind { uniform, triangular, normal };
  Kind kind = Kind::uniform;
  // uniform: low, high, and mode the midpoint; triangular: all three; normal:
  // mode is the mean, and low and high equal it (SMAA bounds normal draws by
  // the scale's min and max).
  double low = 0, mode = 0, high = 0;
  double sd = 0;  // normal only; above 0
};

std::string_view to_string(Uncertainty::Kind kind);

// One provider's value on one criterion, interpreted against its scale.
struct Measurement {
  bool missing = true;
  RawValue value;  // as given (for reviews: the adjusted rating)
  double raw = std::numeric_limits<double>::quiet_NaN();      // the number the value stands for
  double utility = std::numeric_limits<double>::quiet_NaN();  // scaled criteria: value function, direction applied
  std::string display;                                        // "99.95 %", "phone", "yes"
  std::optional<ReviewStats> reviews;
  std::optional<PanelRatings> panel;  // when an evaluator panel rated it; value is their aggregate
  std::optional<Uncertainty> uncertainty;  // when given as a spread; raw and utility are its central value
  SourceLocation where;
};

// Interprets `value` (nullptr or null: missing) against `criterion`'s scale;
// reports wrong types and out-of-scale values to `diagnostics`. The value's
// display text ("yes", "3.66 (10 reviews, mean 4.1)") is in `language`.
Measurement measure(const Criterion& criterion, const Node* value, const std::string& file, Date as_of,
                    Diagnostics& diagnostics, Language language = Language::en);

// Loaders: text plus the file name used in messages. Each appends every
// problem it finds to `diagnostics` and returns what it could load.
CriteriaModel load_criteria(const Document& document, Diagnostics& diagnostics);
ProviderFile load_providers(const Document& document, Diagnostics& diagnostics);
// Too many criteria columns, providers or values for `limits` is an Error.
ProviderFile load_providers_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                const ParseLimits& limits = {});

}  // namespace criterio
