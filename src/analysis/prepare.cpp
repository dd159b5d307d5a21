#include "analysis/prepare.hpp"

#include <algorithm>
#include <cmath>

#include "criterio/number.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// A bound a value fails: `plain` names the value as shown; a spread is held
// to a requirement by its central value, so `central` names that value and
// the spread it stands for.
Phrase bound_failed(Message plain, Message central, const Criterion& c, const Measurement& m, double bound) {
  if (m.uncertainty) return Phrase{central, {c.id, Phrase::Number{m.raw, 6}, m.display, Phrase::Number{bound, 6}}};
  return Phrase{plain, {c.id, m.display, Phrase::Number{bound, 6}}};
}

// The label a value stands for: as given, or a likert point's label.
std::string label_of(const Criterion& c, const Measurement& m) {
  if (const auto* label = std::get_if<std::string>(&m.value)) return *label;
  const auto point = static_cast<std::size_t>(m.raw);
  if (c.scale.type == ScaleType::likert && point >= 1 && point <= c.scale.labels.size()) return c.scale.labels[point - 1];
  return {};
}

// Why a provider is excluded, if it is: unmet requirements and missing values
// under `missing: exclude`. Fills `excluded.reasons` and `excluded.failed`.
void find_exclusion(const std::vector<Criterion>& criteria, const std::vector<Measurement>& row,
                    ExcludedProvider& excluded) {
  auto& reasons = excluded.reasons;
  for (std::size_t j = 0; j < criteria.size(); ++j) {
    const Criterion& c = criteria[j];
    const Measurement& m = row[j];
    const Requirement& r = c.require;
    const std::size_t before = reasons.size();
    if (m.missing) {
      if (!r.empty()) reasons.push_back(Phrase{Message::reason_required_missing, {c.id}});
      else if (c.missing == MissingPolicy::exclude) reasons.push_back(Phrase{Message::reason_missing_excludes, {c.id}});
      if (reasons.size() > before) excluded.failed.push_back(c.id);
      continue;
    }
    if (r.min && m.raw < *r.min)
      reasons.push_back(bound_failed(Message::reason_below_minimum, Message::reason_below_minimum_central, c, m, *r.min));
    if (r.max && m.raw > *r.max)
      reasons.push_back(bound_failed(Message::reason_above_maximum, Message::reason_above_maximum_central, c, m, *r.max));
    if (r.equals && (m.raw != 0) != *r.equals)
      reasons.push_back(
          Phrase{Message::reason_not_equal, {c.id, m.display, std::vector{Phrase{*r.equals ? Message::yes : Message::no, {}}}}});
    if (!r.one_of.empty()) {
      const std::string label = label_of(c, m);
      if (std::find(r.one_of.begin(), r.one_of.end(), label) == r.one_of.end())
        reasons.push_back(Phrase{Message::reason_not_one_of, {c.id, m.display, r.one_of}});
    }
    if (reasons.size() > before) excluded.failed.push_back(c.id);
  }
}

// Fills missing cells so that every method sees a complete matrix. Scaled
// columns hold utilities (worst = 0); raw columns hold values (worst = the
// worst observed). Missing values stay flagged in every output.
Imputation build_matrix(const Problem& problem, const std::vector<std::size_t>& rows) {
  const std::size_t n = problem.criteria.size();
  Imputation out;
  out.values.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(n));
  out.how.assign(rows.size(), std::vector<std::string>(n));
  for (std::size_t j = 0; j < n; ++j) {
    const Criterion& c = problem.criteria[j];
    const bool scaled = c.scale.type != ScaleType::none;
    double sum = 0, worst = scaled ? 0 : NAN;
    std::size_t present = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Measurement& m = problem.measurements[rows[r]][j];
      if (m.missing) continue;
      const double v = scaled ? m.utility : m.raw;
      out.values(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = v;
      sum += v;
      ++present;
      if (!scaled && (std::isnan(worst) || (c.direction == Direction::benefit ? v < worst : v > worst))) worst = v;
    }
    if (present == rows.size()) continue;
    if (present == 0 && !scaled)
      throw Error(ExitCode::invalid_input, c.where,
                  "no provider has a value for '" + c.id + "', so missing values cannot be imputed");
    const double mean = present ? sum / static_cast<double>(present) : 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (!problem.measurements[rows[r]][j].missing) continue;
      const bool use_mean = c.missing == MissingPolicy::mean && present > 0;
      out.values(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = use_mean ? mean : worst;
      out.how[r][j] = use_mean ? "mean" : "worst";
    }
  }
  return out;
}

}  // namespace

Prepared prepare(const Problem& problem) {
  Prepared out;
  out.excluded.resize(problem.providers.size());
  for (std::size_t i = 0; i < problem.providers.size(); ++i) {
    find_exclusion(problem.criteria, problem.measurements[i], out.excluded[i]);
    if (out.excluded[i].reasons.empty()) out.included.push_back(i);
  }
  const std::size_t n = problem.criteria.size();
  if (!out.included.empty()) out.matrix = build_matrix(problem, out.included);
  out.directions.resize(n);
  out.is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) {
    const Criterion& c = problem.criteria[j];
    out.is_utility[j] = c.scale.type != ScaleType::none;
    out.directions[j] = out.is_utility[j] ? Direction::benefit : c.direction;
  }
  // Data-derived weights describe the providers that are ranked.
  const WeightData data{out.matrix.values, out.directions};
  const Profile* profile = problem.profile.empty() ? nullptr : problem.model.find_profile(problem.profile);
  out.weights = derive_weights(problem.model, profile, out.included.empty() ? nullptr : &data);
  out.criteria = problem.criteria;
  const std::vector<double> leaf = leaf_weights(out.weights);
  for (std::size_t j = 0; j < n; ++j) out.criteria[j].weight = leaf[j];
  return out;
}

std::unique_ptr<Method> problem_method(const Problem& problem, const EvaluationOptions& options) {
  const std::string name = options.method.empty() ? problem.model.method : options.method;
  std::map<std::string, std::string> params;
  const MethodInfo* info = find_method(name);
  if (info && find_method(problem.model.method) == info) params = problem.model.params;
  for (const auto& [k, v] : options.params) params[k] = v;
  return make_method(name, params);
}

}  // namespace criterio
