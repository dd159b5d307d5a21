// The weight tree: each group's children weighted by the group's method,
// local weights multiplied down the paths into global ones.

#include "criterio/weights.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "criterio/ahp.hpp"
#include "criterio/number.hpp"
#include "criterio/panel.hpp"
#include "criterio/text.hpp"
#include "criterio/weighting.hpp"
#include "text/messages.hpp"

namespace criterio {

const std::vector<WeightingInfo>& weighting_methods() {
  static const std::vector<WeightingInfo> table = {
      {
          .name = "direct",
          .title = "Direct weights",
          .kind = WeightingKind::direct,
          .summary = "each child's own weight, normalised among its siblings (the default)",
      },
      {
          .name = "equal",
          .title = "Equal weights",
          .kind = WeightingKind::direct,
          .summary = "every child weighs the same",
      },
      {
          .name = "ahp",
          .title = "Analytic Hierarchy Process",
          .kind = WeightingKind::judgments,
          .summary = "pairwise judgments on Saaty's 1-9 scale; eigenvector or geometric-mean priorities, λmax, CI, "
              "CR and advice",
          .reference = "Saaty 1977, 1980; Harker 1987; Bozóki, Fülöp & Rónyai 2010; Forman & Peniwati 1998",
      },
      {
          .name = "roc",
          .title = "Rank order centroid",
          .kind = WeightingKind::rank,
          .summary = "weights from an importance order: the centroid of all weights that respect it",
          .reference = "Barron & Barrett 1996",
      },
      {
          .name = "rank-sum",
          .title = "Rank sum",
          .kind = WeightingKind::rank,
          .summary = "weights from an importance order, proportional to n + 1 − rank",
          .reference = "Stillwell, Seaver & Edwards 1981",
      },
      {
          .name = "reciprocal",
          .title = "Reciprocal rank",
          .kind = WeightingKind::rank,
          .summary = "weights from an importance order, proportional to 1 / rank",
          .reference = "Stillwell, Seaver & Edwards 1981",
      },
      {
          .name = "swing",
          .title = "Swing weighting",
          .kind = WeightingKind::points,
          .summary = "points for swinging each criterion from worst to best: the most important swing 100, the "
              "others against it",
          .reference = "von Winterfeldt & Edwards 1986",
      },
      {
          .name = "smart",
          .title = "SMART points",
          .kind = WeightingKind::points,
          .summary = "points by importance: the least important 10, the others as multiples of it",
          .reference = "Edwards 1977",
      },
      {
          .name = "entropy",
          .title = "Shannon entropy",
          .kind = WeightingKind::objective,
          .summary = "from the data: criteria on which the providers differ more weigh more",
          .reference = "Shannon 1948; Zeleny 1982; Hwang & Yoon 1981",
      },
      {
          .name = "critic",
          .title = "CRITIC",
          .kind = WeightingKind::objective,
          .summary = "from the data: contrast (standard deviation) times conflict with the other criteria",
          .reference = "Diakoulaki, Mavrotas & Papayannakis 1995",
      },
      {
          .name = "std-dev",
          .title = "Standard deviation",
          .kind = WeightingKind::objective,
          .summary = "from the data: proportional to each criterion's standard deviation (after min-max scaling)",
          .reference = "Diakoulaki, Mavrotas & Papayannakis 1995; Aydın 2020",
      },
      {
          .name = "variance",
          .title = "Variance",
          .kind = WeightingKind::objective,
          .summary = "from the data: proportional to each criterion's variance (after min-max scaling)",
      },
      {
          .name = "merec",
          .title = "MEREC",
          .kind = WeightingKind::objective,
          .summary = "from the data: how much removing each criterion changes the providers' overall performance",
          .reference = "Keshavarz-Ghorabaee, Amiri, Zavadskas, Turskis & Antucheviciene 2021",
      },
      {
          .name = "gini",
          .title = "Gini coefficient",
          .kind = WeightingKind::objective,
          .summary = "from the data: proportional to each criterion's Gini coefficient (inequality among the "
              "providers)",
          .reference = "Bączkiewicz, Kizielewicz, Shekhovtsov, Wątróbski & Sałabun 2021; Öztaş, Adalı, Tuş & Öztaş "
              "2023",
      },
      {
          .name = "angle",
          .title = "Angle",
          .kind = WeightingKind::objective,
          .summary = "from the data: the angle between each criterion's column and a column of equal values",
          .reference = "Shuai, Zongzhun, Yongji & Lei 2012",
      },
  };
  return table;
}

const WeightingInfo* find_weighting(std::string_view name) {
  for (const auto& info : weighting_methods())
    if (info.name == name) return &info;
  return nullptr;
}

std::vector<std::string> weighting_names() {
  std::vector<std::string> names;
  for (const auto& info : weighting_methods()) names.push_back(info.name);
  return names;
}

namespace {

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
// A panel member whose priority for a criterion lies at least this far from
// the others' median, farther than anyone else, is named as the outlier.
constexpr double k_outlier_distance = 0.1;

RankWeighting rank_method(const std::string& name) {
  if (name == "roc") return RankWeighting::roc;
  if (name == "rank-sum") return RankWeighting::rank_sum;
  return RankWeighting::reciprocal;
}

ObjectiveWeighting objective_method(const std::string& name) {
  static const std::map<std::string, ObjectiveWeighting> methods = {
      {"entropy", ObjectiveWeighting::entropy}, {"critic", ObjectiveWeighting::critic},
      {"std-dev", ObjectiveWeighting::std_dev}, {"variance", ObjectiveWeighting::variance},
      {"merec", ObjectiveWeighting::merec},     {"gini", ObjectiveWeighting::gini},
      {"angle", ObjectiveWeighting::angle},
  };
  return methods.at(name);
}

// A judgment as people write it: 3, or 1/3 for its reciprocal.
std::string judgment_text(double value, int decimals = 2) {
  return value >= 1 ? format_number(value, decimals) : "1/" + format_number(1 / value, decimals);
}

Eigen::MatrixXd to_matrix(const PairwiseJudgments& judged, std::size_t n) {
  Eigen::MatrixXd m(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = judged.matrix[i * n + j];
  return m;
}

std::vector<double> to_vector(const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); }

// For each child, how far apart the evaluators' priorities are, and who
// stands apart from the rest: the rule of rating panels (panel.hpp), with a
// priority 0.1 away from the others' median as the threshold.
std::vector<PriorityDisagreement> disagreement(const std::vector<CriterionNode>& children,
                                               const std::vector<EvaluatorPriorities>& evaluators) {
  std::vector<PriorityDisagreement> out;
  for (std::size_t k = 0; k < children.size(); ++k) {
    PriorityDisagreement d;
    d.criterion = children[k].id;
    std::vector<double> values;
    for (const auto& e : evaluators) values.push_back(e.priorities[k]);
    d.spread = population_spread(values);
    d.low = *std::min_element(values.begin(), values.end());
    d.high = *std::max_element(values.begin(), values.end());
    if (const auto far = find_outlier(values, 3 * k_outlier_distance)) d.outlier = evaluators[*far].evaluator;
    out.push_back(std::move(d));
  }
  return out;
}

class Deriver {
 public:
  Deriver(const Profile* profile, const WeightData* data) : m_data(data) {
    if (profile)
      for (const auto& [id, weight] : profile->weights) m_overrides[id] = weight;
  }

  // Fills `node` (already named) with the children of a group and their
  // weights; `node.global` must be set.
  void group(WeightNode& node, const std::vector<CriterionNode>& children, const Weighting& weighting) {
    node.method = weighting.method;
    node.where = weighting.where;
    const std::size_t first_leaf = m_leaves;
    std::vector<double> local = local_weights(node, children, weighting, first_leaf);
    for (std::size_t k = 0; k < children.size(); ++k) {
      const CriterionNode& c = children[k];
      WeightNode child;
      child.id = c.id;
      child.name = c.name;
      child.where = c.where;
      child.local = local[k];
      child.global = node.global * local[k];
      child.basis = basis(c, weighting, k);
      if (c.is_leaf()) ++m_leaves;
      else group(child, c.children, c.weighting);
      node.children.push_back(std::move(child));
    }
  }

  bool uses_data() const { return m_uses_data; }

 private:
  std::vector<double> local_weights(WeightNode& node, const std::vector<CriterionNode>& children,
                                    const Weighting& weighting, std::size_t first_leaf) {
    const WeightingInfo& info = *find_weighting(weighting.method);
    const std::string group = node.id.empty() ? std::string("the top-level criteria") : "group '" + node.id + "'";
    switch (info.kind) {
      case WeightingKind::direct: return direct(children, weighting, group);
      case WeightingKind::judgments: return ahp(node, children, weighting);
      case WeightingKind::rank: return to_vector(rank_weights(weighting.ranks, rank_method(weighting.method)));
      case WeightingKind::points: return normalised(weighting.points);
      case WeightingKind::objective: return objective(node, children, weighting, first_leaf, group);
    }
    return {};
  }

  std::vector<double> direct(const std::vector<CriterionNode>& children, const Weighting& weighting,
                             const std::string& group) const {
    std::vector<double> weights;
    for (const auto& c : children) weights.push_back(weighting.method == "equal" ? 1.0 : weight_of(c));
    double sum = 0;
    for (double w : weights) sum += w;
    if (!(sum > 0) || !std::isfinite(sum))
      throw Error(ExitCode::invalid_input, children.empty() ? SourceLocation{} : children.front().where,
                  "the weights of " + group + " sum to zero" + (m_overrides.empty() ? "" : " with this profile"));
    return normalised(weights);
  }

  std::vector<double> ahp(WeightNode& node, const std::vector<CriterionNode>& children, const Weighting& weighting) const {
    const std::size_t n = children.size();
    const auto method =
        weighting.priorities == "geometric-mean" ? AhpPriorityMethod::geometric_mean : AhpPriorityMethod::eigenvector;
    std::vector<Eigen::MatrixXd> matrices;
    for (const auto& judged : weighting.judgments) matrices.push_back(to_matrix(judged, n));
    const bool panel = matrices.size() > 1;
    const Eigen::MatrixXd combined = panel ? aggregate_judgments(matrices) : matrices.front();
    const AhpAnalysis analysis = analyse_ahp(combined, method);

    AhpFigures figures;
    figures.priorities = weighting.priorities;
    figures.lambda_max = analysis.lambda_max;
    figures.ci = analysis.ci;
    figures.random_index = analysis.random_index;
    figures.cr = analysis.cr;
    figures.acceptable = analysis.acceptable;
    figures.missing = analysis.missing;
    figures.judgments = n * (n - 1) / 2 - analysis.missing;
    for (const AhpAdvice& a : analysis.advice) figures.advice.push_back(advice(children, a, analysis.cr));

    std::vector<double> priorities = to_vector(analysis.priorities);
    if (panel) {
      figures.aggregate = weighting.aggregate;
      std::vector<Eigen::VectorXd> each;
      for (std::size_t e = 0; e < matrices.size(); ++e) {
        const AhpAnalysis own = analyse_ahp(matrices[e], method);
        each.push_back(own.priorities);
        figures.evaluators.push_back({weighting.judgments[e].evaluator, to_vector(own.priorities), own.cr});
      }
      if (weighting.aggregate == "priorities") priorities = to_vector(aggregate_priorities(each));
      node.disagreement = disagreement(children, figures.evaluators);
    }
    if (!analysis.acceptable)
      node.notes.push_back(Phrase{Message::w_inconsistent, {Phrase::Number{analysis.cr, 3}}});
    node.ahp = std::move(figures);
    return priorities;
  }

  static JudgmentAdvice advice(const std::vector<CriterionNode>& children, const AhpAdvice& a, double cr) {
    JudgmentAdvice out;
    out.more = children[a.row].id;
    out.less = children[a.column].id;
    out.given = a.given;
    out.implied = a.implied;
    out.suggested = a.suggested;
    out.cr_after = a.cr_after;
    out.sentence = Phrase{Message::w_advice,
                          {out.more, out.less, judgment_text(a.given), judgment_text(a.implied, 1),
                           judgment_text(a.suggested), Phrase::Number{cr, 2}, Phrase::Number{a.cr_after, 2}}};
    return out;
  }

  std::vector<double> objective(WeightNode& node, const std::vector<CriterionNode>& children,
                                const Weighting& weighting, std::size_t first_leaf, const std::string& group) {
    m_uses_data = true;
    node.notes.push_back(Phrase{Message::w_from_data, {weighting.method}});
    if (!m_data) return std::vector<double>(children.size(), k_nan);
    const auto first = static_cast<Eigen::Index>(first_leaf);
    const auto count = static_cast<Eigen::Index>(children.size());
    std::vector<std::string> ids;
    for (const auto& c : children) ids.push_back(c.id);
    try {
      return to_vector(objective_weights(m_data->values.middleCols(first, count),
                                         m_data->directions.subspan(first_leaf, children.size()), ids,
                                         objective_method(weighting.method)));
    } catch (const Error& e) {
      throw Error(ExitCode::invalid_input, weighting.where,
                  "weighting of " + group + " (" + weighting.method + "): " + e.diagnostics().front().message);
    }
  }

  double weight_of(const CriterionNode& c) const {
    const auto it = m_overrides.find(c.id);
    return it == m_overrides.end() ? c.weight : it->second;
  }

  Phrase basis(const CriterionNode& c, const Weighting& weighting, std::size_t k) const {
    const WeightingInfo& info = *find_weighting(weighting.method);
    switch (info.kind) {
      case WeightingKind::direct:
        if (weighting.method == "equal") return Phrase{Message::w_basis_equal, {}};
        return Phrase{m_overrides.contains(c.id) ? Message::w_basis_weight_profile : Message::w_basis_weight,
                      {Phrase::Number{weight_of(c), 6}}};
      case WeightingKind::judgments: return Phrase{Message::w_basis_ahp, {}};
      case WeightingKind::rank: return Phrase{Message::w_basis_rank, {std::int64_t{weighting.ranks[k]}, weighting.method}};
      case WeightingKind::points:
        return Phrase{Message::w_basis_points, {Phrase::Number{weighting.points[k], 6}, weighting.method}};
      case WeightingKind::objective: return Phrase{Message::w_basis_data, {weighting.method}};
    }
    throw Error(ExitCode::internal, weighting.where, "unknown weighting kind of " + weighting.method);
  }

  static std::vector<double> normalised(std::vector<double> weights) {
    double sum = 0;
    for (double w : weights) sum += w;
    for (double& w : weights) w /= sum;
    return weights;
  }

  const WeightData* m_data;
  std::map<std::string, double> m_overrides;
  std::size_t m_leaves = 0;
  bool m_uses_data = false;
};

void collect_leaves(const WeightNode& node, std::vector<double>& out) {
  for (const auto& child : node.children) {
    if (child.is_leaf()) out.push_back(child.global);
    else collect_leaves(child, out);
  }
}

}  // namespace

WeightTree derive_weights(const CriteriaModel& model, const Profile* profile, const WeightData* data) {
  WeightTree tree;
  tree.root.name = model.title;
  tree.root.global = 1;
  tree.root.local = 1;
  if (profile) tree.profile = profile->name;
  Deriver deriver(profile, data);
  deriver.group(tree.root, model.criteria, model.weighting);
  tree.uses_data = deriver.uses_data();
  tree.waits_for_data = tree.uses_data && !data;
  return tree;
}

std::vector<double> leaf_weights(const WeightTree& tree) {
  std::vector<double> out;
  collect_leaves(tree.root, out);
  return out;
}

WeightReport weigh_model(const CriteriaModel& model, const Profile* profile) {
  WeightReport report;
  report.source = model.source;
  report.criteria = flatten(model, profile);
  report.tree = derive_weights(model, profile, nullptr);
  if (report.tree.waits_for_data) report.warnings.push_back(Phrase{Message::w_waits_for_data, {}});
  return report;
}

}  // namespace criterio
