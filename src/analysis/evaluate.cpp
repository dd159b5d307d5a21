// The evaluation pipeline: requirements, imputation, method, ranking,
// explanation. Pure computation: nothing here reads files or prints.

#include "criterio/evaluate.hpp"

#include "analysis/panel.hpp"
#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"

namespace criterio {

namespace {

// A spread is held to a requirement by its central value, so that is the value named.
std::string describe_value(const Criterion& c, const Measurement& m) {
  if (m.uncertainty) return c.id + " " + format_number(m.raw, 6) + " (the central value of " + m.display + ")";
  return c.id + " " + m.display;
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
      if (!r.empty()) reasons.push_back("no value for " + c.id + ", which is required");
      else if (c.missing == MissingPolicy::exclude) reasons.push_back("no value for " + c.id + " (missing: exclude)");
      if (reasons.size() > before) excluded.failed.push_back(c.id);
      continue;
    }
    if (r.min && m.raw < *r.min) reasons.push_back(describe_value(c, m) + " < required " + format_number(*r.min, 6));
    if (r.max && m.raw > *r.max) reasons.push_back(describe_value(c, m) + " > allowed " + format_number(*r.max, 6));
    if (r.equals && (m.raw != 0) != *r.equals)
      reasons.push_back(c.id + " is " + m.display + ", required " + (*r.equals ? "yes" : "no"));
    if (!r.one_of.empty()) {
      const std::string label = label_of(c, m);
      if (std::find(r.one_of.begin(), r.one_of.end(), label) == r.one_of.end()) {
        std::string list;
        for (const auto& l : r.one_of) list += (list.empty() ? "" : ", ") + l;
        reasons.push_back(c.id + " is " + m.display + ", required one of " + list);
      }
    }
    if (reasons.size() > before) excluded.failed.push_back(c.id);
  }
}

// The evidence for a criterion, and whether it is older than the model allows.
void attach_evidence(const Provider& p, const Criterion& c, const Problem& problem, Contribution& contribution) {
  const auto e = p.evidence.find(c.id);
  if (e == p.evidence.end()) return;
  contribution.evidence = e->second;
  contribution.stale_evidence =
      e->second.date && problem.as_of.days() - e->second.date->days() > problem.evidence_max_age_days;
}

// An excluded provider's values as given, for explain.
std::vector<Contribution> given_values(const Problem& problem, const std::vector<Criterion>& criteria, std::size_t i) {
  std::vector<Contribution> values;
  for (std::size_t j = 0; j < criteria.size(); ++j) {
    const Criterion& c = criteria[j];
    const Measurement& m = problem.measurements[i][j];
    Contribution v;
    v.criterion = c.id;
    v.value = m.value;
    v.display = m.missing ? "missing" : m.display;
    v.utility = m.utility;
    v.weight = c.weight;
    v.missing = m.missing;
    v.reviews = m.reviews;
    v.panel = m.panel;
    v.uncertainty = m.uncertainty;
    attach_evidence(problem.providers[i], c, problem, v);
    values.push_back(std::move(v));
  }
  return values;
}

struct Imputation {
  Eigen::MatrixXd values;
  std::vector<std::vector<std::string>> how;  // [row][column]: "" or "worst"/"mean"
};

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

// For each column, each row's rank by utility (1 = best), ties shared.
std::vector<std::vector<int>> criterion_ranks(const Eigen::MatrixXd& utilities) {
  const auto rows = static_cast<std::size_t>(utilities.rows());
  std::vector<std::vector<int>> ranks(rows, std::vector<int>(static_cast<std::size_t>(utilities.cols())));
  std::vector<std::size_t> order(rows);
  for (Eigen::Index j = 0; j < utilities.cols(); ++j) {
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return utilities(static_cast<Eigen::Index>(a), j) > utilities(static_cast<Eigen::Index>(b), j);
    });
    std::vector<double> sorted;
    for (auto r : order) sorted.push_back(utilities(static_cast<Eigen::Index>(r), j));
    const auto shared = competition_ranks(sorted);
    for (std::size_t k = 0; k < rows; ++k) ranks[order[k]][static_cast<std::size_t>(j)] = shared[k];
  }
  return ranks;
}

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::preferred: return "preferred";
    case Relation::indifferent: return "indifferent";
    case Relation::incomparable: return "incomparable";
    case Relation::outranks: return "outranks";
  }
  return "";
}

// The method's sets and relations in provider ids; set members in ranking
// order, relations as the method listed them.
void describe_sets_and_relations(const MethodOutput& output, const std::vector<std::size_t>& included,
                                 const Problem& problem, const std::vector<std::size_t>& order, Result& result) {
  const auto id = [&](std::size_t row) { return problem.providers[included[row]].id; };
  std::vector<std::size_t> position(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) position[order[k]] = k;
  for (const RowSet& set : output.sets) {
    std::vector<std::size_t> rows = set.rows;
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return position[a] < position[b]; });
    ProviderSet named{set.name, {}, set.note};
    for (auto r : rows) named.ids.push_back(id(r));
    result.sets.push_back(std::move(named));
  }
  for (const PairRelation& r : output.relations) result.relations.push_back({id(r.a), id(r.b), relation_name(r.relation)});
  result.notes.insert(result.notes.end(), output.notes.begin(), output.notes.end());  // after the weights' notes
}

// A warning for each ranked provider's stale evidence and missing values, so
// that no output can leave them unsaid.
void warn_about_gaps(Result& result) {
  for (const auto& ranked : result.ranking) {
    for (const auto& c : ranked.contributions)
      if (c.stale_evidence)
        result.warnings.push_back(ranked.id + ": evidence for " + c.criterion + " dates from " +
                                  c.evidence->date->iso() + ", more than " +
                                  std::to_string(result.evidence_max_age_days) + " days before " + result.as_of.iso());
    if (!ranked.missing.empty()) {
      std::string list;
      for (const auto& id : ranked.missing) list += (list.empty() ? "" : ", ") + id;
      result.warnings.push_back(ranked.id + ": no value for " + list + " (imputed; see each criterion's missing policy)");
    }
  }
}

// What every use of a problem's data starts from: who is ranked and who is
// excluded (and why), the imputed matrix, and the weights derived over it.
struct Prepared {
  std::vector<std::size_t> included;
  std::vector<ExcludedProvider> excluded;  // by provider; reasons empty when included
  Imputation matrix;
  std::vector<Direction> directions;
  std::unique_ptr<bool[]> is_utility;
  WeightTree weights;
  std::vector<Criterion> criteria;  // with the derived weights
};

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

// What a reader of any ranking must know about its weights: judgments that
// do not hold together, and weights that describe the data, not priorities.
void note_weighting(const WeightNode& node, Result& result) {
  const std::string group = node.id.empty() ? std::string("the top-level criteria") : "group '" + node.id + "'";
  if (node.ahp && !node.ahp->acceptable)
    result.warnings.push_back("the AHP judgments of " + group + " are inconsistent (CR " +
                              format_number(node.ahp->cr, 3) + " > 0.1); `criterio weights` says which to revisit");
  const WeightingInfo* info = node.is_leaf() ? nullptr : find_weighting(node.method);
  if (info && info->kind == WeightingKind::objective)
    result.notes.push_back("the weights of " + group + " come from " + node.method +
                           ": they describe how the providers' data varies, not your priorities");
  for (const auto& child : node.children) note_weighting(child, result);
}

void note_weighting(Result& result) { note_weighting(result.weights.root, result); }

}  // namespace

Result evaluate(const Problem& problem, const EvaluationOptions& options) {
  const std::string method_name = options.method.empty() ? problem.model.method : options.method;
  const MethodInfo* info = find_method(method_name);
  std::map<std::string, std::string> params;
  if (info && find_method(problem.model.method) == info) params = problem.model.params;
  for (const auto& [k, v] : options.params) params[k] = v;
  const auto method = make_method(method_name, params);
  info = find_method(method_name);

  Result result;
  result.title = problem.model.title;
  result.criteria_source = problem.model.source;
  result.method = info->name;
  result.method_title = info->title;
  result.params = method->params().all();
  result.profile = problem.profile;
  result.as_of = problem.as_of;
  result.evidence_max_age_days = problem.evidence_max_age_days;
  result.higher_is_better = method->higher_is_better();
  result.panel = summarize_panel(problem);

  Prepared prepared = prepare(problem);
  const std::vector<std::size_t>& included = prepared.included;
  const Imputation& matrix = prepared.matrix;
  const std::vector<Direction>& directions = prepared.directions;
  const std::size_t n = problem.criteria.size();
  result.criteria = std::move(prepared.criteria);
  result.weights = std::move(prepared.weights);
  const std::vector<Criterion>& criteria = result.criteria;
  note_weighting(result);

  for (std::size_t i = 0; i < problem.providers.size(); ++i) {
    ExcludedProvider& excluded = prepared.excluded[i];
    if (excluded.reasons.empty()) continue;
    excluded.id = problem.providers[i].id;
    excluded.name = problem.providers[i].name;
    excluded.values = given_values(problem, criteria, i);
    result.excluded.push_back(std::move(excluded));
  }
  std::sort(result.excluded.begin(), result.excluded.end(), [](auto& a, auto& b) { return a.id < b.id; });
  if (included.empty()) {
    result.warnings.push_back("every provider is excluded; see the reasons");
    return result;
  }

  Eigen::VectorXd weights(static_cast<Eigen::Index>(n));
  for (std::size_t j = 0; j < n; ++j) weights(static_cast<Eigen::Index>(j)) = criteria[j].weight;
  const MethodInput input{matrix.values, weights, directions, std::span<const bool>(prepared.is_utility.get(), n),
                          criteria};
  const MethodOutput output = method->evaluate(input);
  const bool has_contributions = output.contributions.size() > 0;
  result.additive = has_contributions && output.additive;
  result.contribution_meaning = has_contributions
                                    ? output.contribution_meaning
                                    : "weight × utility (this method's score has no per-criterion decomposition)";

  // Order: best first by the method's direction, ties by id.
  const auto score = [&](std::size_t r) { return output.scores(static_cast<Eigen::Index>(r)); };
  const std::vector<std::size_t> order = rank_order(output.scores, result.higher_is_better, [&](std::size_t r) {
    return std::string_view(problem.providers[included[r]].id);
  });
  std::vector<double> ordered_scores;
  for (auto r : order) ordered_scores.push_back(score(r));
  const auto ranks = competition_ranks(ordered_scores);
  const auto per_criterion = criterion_ranks(output.utilities);
  const Eigen::RowVectorXd typical = typical_utilities(output.utilities);

  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t r = order[k];
    const auto row = static_cast<Eigen::Index>(r);
    const Provider& p = problem.providers[included[r]];
    RankedProvider ranked;
    ranked.rank = ranks[k];
    ranked.id = p.id;
    ranked.name = p.name;
    ranked.score = score(r);
    for (std::size_t j = 0; j < n; ++j) {
      const auto col = static_cast<Eigen::Index>(j);
      const Criterion& c = criteria[j];
      const Measurement& m = problem.measurements[included[r]][j];
      Contribution contribution;
      contribution.criterion = c.id;
      contribution.value = m.value;
      contribution.display = m.missing ? "missing" : m.display;
      contribution.utility = output.utilities(row, col);
      contribution.weight = c.weight;
      contribution.contribution = has_contributions ? output.contributions(row, col) : c.weight * contribution.utility;
      contribution.missing = m.missing;
      contribution.imputed = matrix.how[r][j];
      contribution.reviews = m.reviews;
      contribution.panel = m.panel;
      contribution.uncertainty = m.uncertainty;
      contribution.criterion_rank = per_criterion[r][j];
      attach_evidence(p, c, problem, contribution);
      if (contribution.stale_evidence) ranked.stale_evidence.push_back(c.id);
      if (m.missing) ranked.missing.push_back(c.id);
      ranked.contributions.push_back(std::move(contribution));
    }
    const auto notable = strengths_and_weaknesses(output.utilities, typical, weights, row);
    for (std::size_t k = 0; k < notable.strength_count; ++k)
      ranked.strengths.push_back(problem.criteria[notable.strengths[k]].id);
    for (std::size_t k = 0; k < notable.weakness_count; ++k)
      ranked.weaknesses.push_back(problem.criteria[notable.weaknesses[k]].id);
    for (const auto& [name, values] : output.details) ranked.details.emplace_back(name, values(row));
    result.ranking.push_back(std::move(ranked));
  }

  describe_sets_and_relations(output, included, problem, order, result);
  warn_about_gaps(result);
  return result;
}

}  // namespace criterio

namespace criterio {

WeightReport weigh(const Problem& problem) {
  Prepared prepared = prepare(problem);
  WeightReport report;
  report.source = problem.model.source;
  report.tree = std::move(prepared.weights);
  report.criteria = std::move(prepared.criteria);
  report.providers = prepared.included.size();
  if (report.tree.uses_data && prepared.included.empty())
    report.warnings.push_back("every provider is excluded, so the weights that come from the data cannot be computed");
  return report;
}

}  // namespace criterio
