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
};

struct MethodOutput {
  Eigen::VectorXd scores;          // the method's headline index, one per row
  Eigen::MatrixXd utilities;       // the normalised values the method used (rows × columns)
  Eigen::MatrixXd contributions;   // additive decomposition of scores; empty when the method has none
  std::vector<std::pair<std::string, Eigen::VectorXd>> details;  // named per-row figures
};

// A method parameter as declared by a method, e.g. normalization=max.
struct ParamSpec {
  std::string key;
  std::string description;
  std::string default_value;
  std::vector<std::string> choices;  // empty: a number in [min, max]
  double min = 0, max = 0;
};

// Parameter values after checking against the method's specs, defaults filled in.
class MethodParams {
 public:
  MethodParams() = default;
  explicit MethodParams(std::vector<std::pair<std::string, std::string>> values)
      : m_values(std::move(values)) {}
  const std::string& text(std::string_view key) const;
  double number(std::string_view key) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return m_values; }

 private:
  std::vector<std::pair<std::string, std::string>> m_values;
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

 private:
  virtual MethodOutput do_evaluate(const MethodInput& input) const = 0;
  MethodParams m_params;
};

struct MethodInfo {
  std::string name;                   // the --method name, e.g. "wsm"
  std::vector<std::string> aliases;   // also accepted, e.g. "saw"
  std::string title;                  // "Weighted sum (additive value model)"
  std::string summary;                // one line for `criterio catalog`
  std::string reference;              // the literature it follows
  std::vector<ParamSpec> params;
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
