#pragma once
// Multi-criteria decision methods behind one interface, and the one registry
// that names them (it drives --method, `criterio catalog`, help and
// did-you-mean).

#include <Eigen/Core>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "criterio/phrase.hpp"
#include "criterio/model.hpp"

namespace criterio {

// The decision matrix a method scores. Rows are providers, columns criteria.
struct MethodInput {
  // Raw values for columns without a value function; utilities in [0, 1]
  // (benefit, 1 = best) for columns with one. No NaN: missing values are
  // imputed before a method runs.
  const Eigen::MatrixXd& values;
  const Eigen::VectorXd& weights;                 // one per column, sum 1
  std::span<const Direction> directions;          // of the raw columns
  std::span<const bool> is_utility;               // column already holds utilities
  std::span<const Criterion> criteria;            // per-criterion settings (preferences, scales)
  // The caller needs only scores, details, sets and notes (a brief ranking of
  // a large file): a method may then leave utilities and contributions empty
  // and spare the memory. Scores must not depend on it.
  bool scores_only = false;
  // The most rows a method that compares every pair of them may take; 0:
  // its own default (Method::pairwise_cost). Ignored by the other methods.
  std::size_t max_pairwise_rows = 0;
};

// A pairwise statement of an outranking method about two rows.
enum class Relation { preferred, indifferent, incomparable, outranks };

struct PairRelation {
  std::size_t a = 0, b = 0;  // rows; "a preferred to b", "a outranks b"
  Relation relation = Relation::preferred;
};

// A named group of rows the method singles out (VIKOR's compromise set,
// ELECTRE I's kernel), with a phrase saying why.
struct RowSet {
  std::string name;  // an id, the same in every language ("compromise")
  std::vector<std::size_t> rows;
  Phrase note;
  Phrase label;  // the name as people read it
};

struct MethodOutput {
  Eigen::VectorXd scores;          // the method's headline index, one per row
  Eigen::MatrixXd utilities;       // the normalised values the method used (rows × columns), 1 = best
  // Each criterion's part in each row's score (rows × columns), in score
  // units and pointing the way the score points. When `additive`, a row sums
  // to its score; otherwise `contribution_meaning` says what the parts are
  // (e.g. TOPSIS's shares of the distances). Empty: weight × utility is shown
  // instead, and said to be no decomposition.
  Eigen::MatrixXd contributions;
  bool additive = false;
  std::optional<Phrase> contribution_meaning;  // e.g. "weighted regret; sums to S"
  std::vector<std::pair<std::string, Eigen::VectorXd>> details;  // named per-row figures
  std::vector<RowSet> sets;
  std::vector<PairRelation> relations;  // listed only up to k_max_relation_rows rows
  std::vector<Phrase> notes;            // what a reader must know about this result
};

// Above this many rows a method lists no pairwise relations (they grow as m²).
inline constexpr std::size_t k_max_relation_rows = 200;

// A method parameter as declared by a method, e.g. normalization=max. The
// registry writes each with designated initialisers; members with a default
// ({} included) may be left out.
struct ParamSpec {
  std::string key;
  std::string description;  // in English, as every text of the registry (translations: src/text/names.hpp)
  std::string default_value{};
  std::vector<std::string> choices{};  // empty: a number in [min, max]
  double min = 0, max = 0;
  // One value for every criterion, or a comma-separated list with one per
  // criterion; a criterion's own setting in the criteria file (preference,
  // bounds) applies where the command line gives none.
  bool per_criterion = false;
};

// Parameter values after checking against the method's specs, defaults filled in.
class MethodParams {
 public:
  struct Value {
    std::string key;
    std::string text;        // as given, or the default
    bool given = false;      // from --param or the model's params, not the default
    bool per_criterion = false;
  };

  MethodParams() = default;
  explicit MethodParams(std::vector<Value> values) : m_values(std::move(values)) {}

  const std::string& text(std::string_view key) const;
  double number(std::string_view key) const;
  // A per-criterion parameter for `criterion` (column `column`): the given
  // value (the column's item when a list was given), else the criterion's own
  // setting in the criteria file, else the default; nullopt when none of
  // these has one (a default may be empty).
  std::optional<std::string> text_for(std::string_view key, const Criterion& criterion, std::size_t column) const;
  std::optional<double> number_for(std::string_view key, const Criterion& criterion, std::size_t column) const;
  // Throws Error(usage) when a per-criterion list does not have one item per column.
  void check_columns(std::size_t columns) const;
  // key and text (as given or defaulted), in the method's declared order; a
  // per-criterion parameter not given is empty (it varies by criterion).
  std::vector<std::pair<std::string, std::string>> all() const;

 private:
  const Value& find(std::string_view key) const;
  std::vector<Value> m_values;
};

class Method {
 public:
  explicit Method(MethodParams params) : m_params(std::move(params)) {}
  virtual ~Method() = default;
  Method(const Method&) = delete;
  Method& operator=(const Method&) = delete;

  // Checks the input's shape and values, then scores it.
  MethodOutput evaluate(const MethodInput& input) const;
  // Whether a higher score is better (false for VIKOR Q, SPOTIS, ...).
  virtual bool higher_is_better() const { return true; }
  const MethodParams& params() const { return m_params; }

 protected:
  // What it costs a method that compares every pair of rows: the most rows
  // it takes by default (before time or memory run to minutes or gigabytes)
  // and why, for the message; default_rows = 0 for a method that scales.
  struct PairwiseCost {
    std::size_t default_rows = 0;
    std::string_view why;
  };

 private:
  virtual PairwiseCost pairwise_cost(const MethodInput&) const { return {}; }
  // Throws Error(invalid_input) when the input has more rows than its pairwise limit.
  void check_pairwise_rows(const MethodInput& input) const;
  virtual MethodOutput do_evaluate(const MethodInput& input) const = 0;
  MethodParams m_params;
};

// One row of the method registry, written with designated initialisers.
struct MethodInfo {
  std::string name;                    // the --method name, e.g. "wsm"
  std::vector<std::string> aliases{};  // also accepted, e.g. "saw"
  std::string title;                   // "Weighted sum (additive value model)"
  std::string summary;                 // one line for `criterio catalog`
  std::string reference;               // the literature it follows
  std::vector<ParamSpec> params{};
  // Whether every score is utilities · weights, with utilities that do not
  // depend on the weights (the additive model), whatever the parameters.
  // Sensitivity analysis then solves in closed form, SMAA scores blocks of
  // weights by one product, and a workbook recomputes scores from weights.
  bool linear_in_weights = false;
  std::unique_ptr<Method> (*create)(MethodParams params) = nullptr;
};

// Every method, in catalog order.
std::span<const MethodInfo> methods();
// By name or alias; nullptr when unknown.
const MethodInfo* find_method(std::string_view name);

// What is wrong with `key`=`value` for this method, or nullopt when it is fine.
std::optional<std::string> param_problem(const MethodInfo& method, const std::string& key, const std::string& value);

// Creates a method by name with `params` (unknown keys and bad values are
// usage errors, with did-you-mean).
std::unique_ptr<Method> make_method(std::string_view name, const std::map<std::string, std::string>& params);

}  // namespace criterio
