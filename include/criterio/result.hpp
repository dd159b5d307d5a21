#pragma once
// The outcome of an evaluation, as plain data: ranked providers with their
// per-criterion breakdown, excluded providers with reasons, warnings.
// Formatters render it; nothing here prints or scores.

#include <Eigen/Core>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "criterio/date.hpp"
#include "criterio/decision_matrix.hpp"
#include "criterio/language.hpp"
#include "criterio/phrase.hpp"
#include "criterio/model.hpp"
#include "criterio/weights.hpp"

namespace criterio {

struct Contribution {
  std::string criterion;        // criterion id
  RawValue value;               // as given; for reviews, the adjusted rating
  std::string display;          // "99.95 %", "phone", "4.58 (400 reviews, mean 4.60)"
  double utility = 0;           // normalised value used by the method, 1 = best
  double weight = 0;            // global weight
  double contribution = 0;      // share of the score (additive methods); else weight × utility
  bool missing = false;         // no value given; `utility` is imputed
  std::string imputed;          // how a missing value was filled: "worst", "mean"
  std::optional<ReviewStats> reviews;
  std::optional<PanelRatings> panel;  // the evaluators' ratings, when a panel rated it
  std::optional<Uncertainty> uncertainty;  // when given as a spread; `value` is its central value
  std::optional<Evidence> evidence;
  bool stale_evidence = false;
  int criterion_rank = 0;       // 1 = best utility on this criterion among ranked providers
};

struct RankedProvider {
  int rank = 0;                 // ties share a rank: 1, 2, 2, 4
  std::string id;
  std::string name;
  double score = 0;
  std::vector<Contribution> contributions;  // in criteria order
  std::vector<std::string> missing;         // criterion ids without a value
  std::vector<std::string> strengths;       // criterion ids, strongest first
  std::vector<std::string> weaknesses;      // criterion ids, weakest first
  std::vector<std::string> stale_evidence;  // criterion ids whose evidence is too old
  std::vector<std::pair<std::string, double>> details;  // method-specific figures
};

struct ExcludedProvider {
  std::string id;
  std::string name;
  std::vector<Phrase> reasons;
  std::vector<std::string> failed;     // criterion ids behind the reasons, in criteria order
  // Every criterion's value as given, for `explain`: value, display, weight,
  // missing, evidence and stale_evidence are set; an excluded provider has
  // no utility, contribution or rank.
  std::vector<Contribution> values;
};

// A group of providers a method singles out (VIKOR's compromise set).
struct ProviderSet {
  std::string name;  // an id, the same in every language
  std::vector<std::string> ids;  // in ranking order
  Phrase note;
  Phrase label;  // the name as people read it
};

// A pairwise statement of an outranking method: "a preferred b" and so on.
struct ProviderRelation {
  std::string a, b;
  std::string relation;  // preferred, indifferent, incomparable, outranks
};

struct Result {
  std::string title;
  std::string criteria_source;
  std::string method;          // registry name
  std::string method_title;
  std::vector<std::pair<std::string, std::string>> params;
  std::string profile;         // empty when none
  Date as_of;
  int evidence_max_age_days = 365;
  std::vector<Criterion> criteria;   // with the weights used
  WeightTree weights;                // how every weight was derived
  std::vector<RankedProvider> ranking;   // best first; ties by id
  std::vector<ExcludedProvider> excluded;
  bool higher_is_better = true;
  bool additive = false;       // contributions sum to the score
  std::optional<Phrase> contribution_meaning;  // what a contribution is under this method; none when nothing was ranked
  std::vector<ProviderSet> sets;
  std::vector<ProviderRelation> relations;  // empty above k_max_relation_rows providers
  std::vector<Phrase> notes;    // what the method says a reader must know
  std::vector<Phrase> warnings;
  std::optional<PanelSummary> panel;  // evaluator panels' disagreement, when any value was rated
  Language language = Language::en;   // of the names and value displays above (the problem's)

  const RankedProvider* find(std::string_view id) const;
  const ExcludedProvider* find_excluded(std::string_view id) const;
  const Criterion* find_criterion(std::string_view id) const;
};

// Why one provider stands above or below another, criterion by criterion.
struct ComparisonLine {
  std::string criterion;
  double a_contribution = 0;
  double b_contribution = 0;
  double difference = 0;        // a - b, in score units
};

struct Comparison {
  std::string a, b;             // provider ids
  double gap = 0;               // score(a) - score(b), signed as the method's direction
  std::vector<ComparisonLine> lines;  // largest |difference| first
  std::string summary;          // one plain sentence
};

// The criteria where a provider gains (strengths, strongest first) or loses
// (weaknesses, weakest first) most weighted utility against the typical
// provider: column indices, at most three of each.
struct NotableCriteria {
  static constexpr std::size_t k_listed = 3;
  std::array<std::size_t, k_listed> strengths{}, weaknesses{};
  std::size_t strength_count = 0, weakness_count = 0;
};

// A spreadsheet-mode ranking kept as matrices, for files too large for one
// object per cell: what `rank -f csv` shows, row by row. Rows are the
// DecisionMatrix's; `order` lists them best first.
struct MatrixRanking {
  std::string method;
  std::vector<std::pair<std::string, std::string>> params;
  bool higher_is_better = true;
  std::vector<Criterion> criteria;
  DecisionMatrix data;                       // ids and names (its values are released)
  std::vector<std::size_t> order;            // rows, best first; ties by id
  std::vector<int> ranks;                    // by position in `order`
  Eigen::VectorXd scores;                    // by row
  Eigen::MatrixXd contributions;             // by row, one column per criterion; empty when brief
  std::vector<NotableCriteria> notable;      // by row; empty when brief
};

}  // namespace criterio
