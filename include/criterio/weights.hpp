#pragma once
// The weight tree: every weight of a criteria model, local (among siblings)
// and global (along the path), with how each group's weights were derived —
// given directly, from AHP judgments, from an importance order, from swing or
// SMART points, or from the providers' data — and the consistency figures
// and advice that go with them. What `criterio weights` prints.

#include <Eigen/Core>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/phrase.hpp"
#include "criterio/model.hpp"

namespace criterio {

enum class WeightingKind { direct, judgments, rank, points, objective };

// One row of the weighting-method registry (drives the loader's checks,
// `criterio catalog` and did-you-mean), written with designated initialisers.
struct WeightingInfo {
  std::string name;
  std::string title;
  WeightingKind kind = WeightingKind::direct;
  std::string summary;
  std::string reference{};  // empty: none to cite
};

const std::vector<WeightingInfo>& weighting_methods();
const WeightingInfo* find_weighting(std::string_view name);
std::vector<std::string> weighting_names();

// A judgment AHP advises to revisit, in the criteria's ids.
struct JudgmentAdvice {
  std::string more, less;  // the judgment as given: `more` is `given` times as important as `less`
  double given = 0;
  double implied = 0;      // what the other judgments imply
  double suggested = 0;    // `implied` on Saaty's scale
  double cr_after = 0;     // the CR with `suggested` in place
  Phrase sentence;         // "you said price vs support = 7; ..."
};

// One evaluator's view of an AHP group (panels).
struct EvaluatorPriorities {
  std::string evaluator;
  std::vector<double> priorities;  // per child
  double cr = 0;
};

// The AHP figures of a group.
struct AhpFigures {
  std::string priorities;  // eigenvector | geometric-mean
  double lambda_max = 0, ci = 0, random_index = 0, cr = 0;
  bool acceptable = true;
  std::size_t judgments = 0;  // given above the diagonal (after merging evaluators)
  std::size_t missing = 0;    // completed
  std::vector<JudgmentAdvice> advice;
  std::string aggregate;                     // several evaluators: judgments | priorities
  std::vector<EvaluatorPriorities> evaluators;
};

// How much a panel of evaluators disagrees about one child's priority.
struct PriorityDisagreement {
  std::string criterion;
  double spread = 0;        // population standard deviation of the evaluators' priorities
  double low = 0, high = 0;
  std::string outlier;      // the evaluator farthest from the others' median, when clearly apart; else empty
};

struct WeightNode {
  std::string id;    // empty for the root
  std::string name;
  double local = 0;   // among siblings, siblings sum to 1; NaN while data-derived weights wait for data
  double global = 0;  // product of the local weights along the path
  std::optional<Phrase> basis;  // how the local weight came about: "weight 30", "rank 2", ...; none for the root
  std::vector<WeightNode> children;

  // Groups: how the children's weights were derived.
  std::string method;  // weighting registry name
  std::optional<AhpFigures> ahp;
  std::vector<PriorityDisagreement> disagreement;  // panel AHP
  std::vector<Phrase> notes;
  SourceLocation where;

  bool is_leaf() const { return children.empty(); }
};

struct WeightTree {
  WeightNode root;     // id empty; name: the model's title
  bool uses_data = false;   // some group derives weights from the providers' data
  bool waits_for_data = false;  // ... and no data was given, so those weights are NaN
  std::string profile;
};

// The providers' values for data-derived weights: rows are providers (those
// ranked: after requirements, with missing values imputed), columns the
// model's leaves in flatten() order; utilities for scaled criteria (benefit),
// raw values otherwise.
struct WeightData {
  const Eigen::MatrixXd& values;
  std::span<const Direction> directions;
};

// Derives every weight of `model` under `profile` (nullptr for none). With
// `data` nullptr, data-derived groups are left NaN and the tree says it waits
// for data. Throws Error(invalid_input) naming the group when weights cannot
// be derived (weights summing to zero, data that a method cannot use).
WeightTree derive_weights(const CriteriaModel& model, const Profile* profile, const WeightData* data = nullptr);

// The global weights of the leaves in flatten() order.
std::vector<double> leaf_weights(const WeightTree& tree);

// What `criterio weights` shows: the tree, the leaves with their global
// weights, and whose data fed the data-derived weights.
struct WeightReport {
  std::string source;               // the criteria file or catalog
  WeightTree tree;
  std::vector<Criterion> criteria;  // the leaves, in flatten() order, with their global weights
  std::size_t providers = 0;        // providers whose data was used (0: none given)
  std::vector<Phrase> warnings;
};

// The weights of a criteria model alone (no providers: data-derived weights
// wait for data, and a warning says so).
WeightReport weigh_model(const CriteriaModel& model, const Profile* profile);

}  // namespace criterio
