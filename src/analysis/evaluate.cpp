// The evaluation pipeline: requirements, imputation, method, ranking,
// explanation. Pure computation: nothing here reads files or prints.

#include "criterio/evaluate.hpp"

#include "analysis/panel.hpp"
#include "analysis/prepare.hpp"
#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

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
    ProviderSet named{set.name, {}, set.note, set.label};
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
        result.warnings.push_back(Phrase{Message::warning_stale_evidence,
                                         {ranked.id, c.criterion, c.evidence->date->iso(),
                                          std::int64_t{result.evidence_max_age_days}, result.as_of.iso()}});
    if (!ranked.missing.empty()) result.warnings.push_back(Phrase{Message::warning_imputed, {ranked.id, ranked.missing}});
  }
}

// What a reader of any ranking must know about its weights: judgments that
// do not hold together, and weights that describe the data, not priorities.
void note_weighting(const WeightNode& node, Result& result) {
  const std::vector group{node.id.empty() ? Phrase{Message::top_level_criteria, {}} : Phrase{Message::named_group, {node.id}}};
  if (node.ahp && !node.ahp->acceptable)
    result.warnings.push_back(Phrase{Message::warning_ahp_inconsistent, {group, Phrase::Number{node.ahp->cr, 3}}});
  const WeightingInfo* info = node.is_leaf() ? nullptr : find_weighting(node.method);
  if (info && info->kind == WeightingKind::objective)
    result.notes.push_back(Phrase{Message::note_weights_from_data, {group, node.method}});
  for (const auto& child : node.children) note_weighting(child, result);
}

void note_weighting(Result& result) { note_weighting(result.weights.root, result); }

}  // namespace

Result evaluate(const Problem& problem, const EvaluationOptions& options) {
  const auto method = problem_method(problem, options);
  const MethodInfo* info = find_method(options.method.empty() ? problem.model.method : options.method);

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
  result.language = problem.language;

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
    result.warnings.push_back(Phrase{Message::warning_every_provider_excluded, {}});
    return result;
  }

  Eigen::VectorXd weights(static_cast<Eigen::Index>(n));
  for (std::size_t j = 0; j < n; ++j) weights(static_cast<Eigen::Index>(j)) = criteria[j].weight;
  const MethodInput input{matrix.values, weights, directions, std::span<const bool>(prepared.is_utility.get(), n),
                          criteria, false, options.max_pairwise_rows};
  const MethodOutput output = method->evaluate(input);
  const bool has_contributions = output.contributions.size() > 0;
  result.additive = has_contributions && output.additive;
  result.contribution_meaning =
      has_contributions ? output.contribution_meaning : Phrase{Message::m_no_decomposition, {}};

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
    report.warnings.push_back(Phrase{Message::w_all_excluded, {}});
  return report;
}

}  // namespace criterio
