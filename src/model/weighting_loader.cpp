// Reads `weighting:`: a method name, or a mapping with the method's inputs
// (AHP judgments, an importance order, swing or SMART points).

#include "model/weighting_loader.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "criterio/ahp.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/weighting.hpp"
#include "criterio/weights.hpp"

namespace criterio {

namespace {

constexpr double k_missing = std::numeric_limits<double>::quiet_NaN();
// 1/3 written as 0.33 is still the reciprocal of 3; 0.5 against 3 is not.
constexpr double k_reciprocal_tolerance = 0.02;

const std::vector<std::string> k_priority_methods = {"eigenvector", "geometric-mean"};
const std::vector<std::string> k_aggregations = {"judgments", "priorities"};

std::vector<std::string> keys_for(WeightingKind kind) {
  switch (kind) {
    case WeightingKind::judgments: return {"method", "priorities", "matrix", "judgments", "evaluators", "aggregate"};
    case WeightingKind::rank: return {"method", "order"};
    case WeightingKind::points: return {"method", "points"};
    case WeightingKind::direct:
    case WeightingKind::objective: break;
  }
  return {"method"};
}

std::vector<std::string> ids_of(const std::vector<CriterionNode>& children) {
  std::vector<std::string> ids;
  for (const auto& c : children) ids.push_back(c.id);
  return ids;
}

class WeightingReader {
 public:
  WeightingReader(const Reader& reader, const std::vector<CriterionNode>& children, std::string_view group)
      : m_reader(reader), m_children(children), m_ids(ids_of(children)), m_group(group) {}

  Weighting read(const Node& node) {
    Weighting weighting;
    weighting.where = m_reader.at(node);
    const Node* method = node.is_mapping() ? m_reader.require(node, "method", "weighting") : &node;
    if (!method) return weighting;
    const auto name = m_reader.text(*method, "weighting method");
    if (!name) return weighting;
    const WeightingInfo* info = find_weighting(*name);
    if (!info) {
      m_reader.error(*method, "unknown weighting method " + quote(*name) + did_you_mean(*name, weighting_names()) +
                                  "; see `criterio catalog`");
      return weighting;
    }
    weighting.method = info->name;
    const bool needs_inputs = info->kind == WeightingKind::judgments || info->kind == WeightingKind::rank ||
                              info->kind == WeightingKind::points;
    if (!node.is_mapping()) {
      if (needs_inputs) m_reader.error(node, "weighting: " + info->name + " needs " + inputs_of(*info) +
                                                 "; write weighting: {method: " + info->name + ", ...}");
      return weighting;
    }
    if (!m_reader.expect_mapping(node, "weighting (" + info->name + ")", keys_for(info->kind))) return weighting;
    switch (info->kind) {
      case WeightingKind::judgments: read_ahp(node, weighting); break;
      case WeightingKind::rank: read_order(node, weighting); break;
      case WeightingKind::points: read_points(node, weighting); break;
      case WeightingKind::direct:
      case WeightingKind::objective: break;
    }
    return weighting;
  }

 private:
  static std::string inputs_of(const WeightingInfo& info) {
    switch (info.kind) {
      case WeightingKind::judgments: return "pairwise judgments (matrix, judgments or evaluators)";
      case WeightingKind::rank: return "an importance order (order: [most, next, ...])";
      case WeightingKind::points: return "points for every child (points: {id: points, ...})";
      default: return "nothing more";
    }
  }

  std::size_t size() const { return m_children.size(); }

  std::optional<std::size_t> child_index(const Node& key) const {
    const auto it = std::find(m_ids.begin(), m_ids.end(), key.text);
    if (it != m_ids.end()) return static_cast<std::size_t>(it - m_ids.begin());
    m_reader.error(key, quote(key.text) + " is not a child of " + std::string(m_group) + did_you_mean(key.text, m_ids));
    return std::nullopt;
  }

  // ---- AHP --------------------------------------------------------------

  void read_ahp(const Node& node, Weighting& weighting) {
    if (size() > k_ahp_max_size) {
      m_reader.error(node, "AHP compares at most " + std::to_string(k_ahp_max_size) + " criteria at once (Saaty's "
                           "consistency index stops there); " + std::string(m_group) + " has " +
                           std::to_string(size()) + ": group them");
      return;
    }
    if (const Node* n = node.find("priorities")) weighting.priorities = choice(*n, "priorities", k_priority_methods);
    const Node* matrix = node.find("matrix");
    const Node* judgments = node.find("judgments");
    const Node* evaluators = node.find("evaluators");
    const int given = (matrix != nullptr) + (judgments != nullptr) + (evaluators != nullptr);
    if (given != 1) {
      m_reader.error(node, given == 0 ? "weighting (ahp): give the judgments as matrix, judgments or evaluators"
                                      : "weighting (ahp): give only one of matrix, judgments and evaluators");
      return;
    }
    if (const Node* n = node.find("aggregate")) {
      weighting.aggregate = choice(*n, "aggregate", k_aggregations);
      if (!evaluators) m_reader.error(*n, "aggregate: applies to several evaluators (evaluators: {name: ...})");
    }
    if (evaluators) {
      read_evaluators(*evaluators, weighting);
      return;
    }
    if (auto judged = read_judged(matrix ? *matrix : *judgments, matrix != nullptr, "")) weighting.judgments.push_back(std::move(*judged));
  }

  void read_evaluators(const Node& node, Weighting& weighting) {
    if (!node.is_mapping() || node.entries.empty()) {
      m_reader.error(node, "evaluators: expected a mapping of evaluator name: {matrix: ...} or {judgments: ...}, found " +
                               node.describe());
      return;
    }
    for (const auto& [name, body] : node.entries) {
      if (name.text.empty() || has_control_characters(name.text)) {
        m_reader.error(name, "an evaluator's name must be printable text");
        continue;
      }
      const std::string what = "evaluator " + quote(name.text);
      if (!m_reader.expect_mapping(body, what, {"matrix", "judgments"})) continue;
      const Node* matrix = body.find("matrix");
      const Node* judgments = body.find("judgments");
      if ((matrix != nullptr) == (judgments != nullptr)) {
        m_reader.error(body, what + ": give either matrix or judgments");
        continue;
      }
      if (auto judged = read_judged(matrix ? *matrix : *judgments, matrix != nullptr, name.text))
        weighting.judgments.push_back(std::move(*judged));
    }
  }

  std::optional<PairwiseJudgments> read_judged(const Node& node, bool is_matrix, const std::string& evaluator) {
    PairwiseJudgments judged;
    judged.evaluator = evaluator;
    judged.where = m_reader.at(node);
    judged.matrix.assign(size() * size(), k_missing);
    for (std::size_t i = 0; i < size(); ++i) judged.matrix[i * size() + i] = 1;
    const std::size_t errors_before = m_reader.diagnostics().error_count();
    if (is_matrix) read_matrix(node, judged);
    else read_pairs(node, judged);
    if (m_reader.diagnostics().error_count() > errors_before) return std::nullopt;
    check_linked(node, judged);
    return judged;
  }

  // One judgment: a number or a fraction ("1/3") on Saaty's scale; null or
  // "?" for a judgment not made.
  std::optional<double> judgment(const Node& node) const {
    if (node.is_null() || (node.is_scalar() && node.text == "?")) return k_missing;
    if (!node.is_scalar()) {
      m_reader.error(node, "a judgment: expected a number such as 3 or 1/3, found " + node.describe());
      return std::nullopt;
    }
    std::optional<double> value;
    if (const auto slash = node.text.find('/'); slash != std::string::npos) {
      const auto top = parse_number(std::string_view(node.text).substr(0, slash));
      const auto bottom = parse_number(std::string_view(node.text).substr(slash + 1));
      if (top && bottom && *bottom != 0) value = *top / *bottom;
    } else {
      value = parse_number(node.text);
    }
    if (!value) {
      m_reader.error(node, "a judgment: expected a number such as 3 or 1/3, found " + quote(node.text));
      return std::nullopt;
    }
    if (!(*value >= 1 / k_ahp_scale_max * (1 - 1e-9)) || *value > k_ahp_scale_max * (1 + 1e-9)) {
      m_reader.error(node, "a judgment: Saaty's scale runs from 1/9 to 9, found " + quote(node.text));
      return std::nullopt;
    }
    return value;
  }

  // Places a(i, j) = value and its reciprocal, checking it against what is
  // already there (the other half of a matrix, or the same pair given twice).
  void place(const Node& at, PairwiseJudgments& judged, std::size_t i, std::size_t j, double value) const {
    if (std::isnan(value)) return;
    if (i == j) {
      if (std::abs(value - 1) > 1e-9)
        m_reader.error(at, "a criterion is as important as itself: the diagonal holds 1, found " + quote(at.text));
      return;
    }
    double& slot = judged.matrix[i * size() + j];
    if (!std::isnan(slot)) {
      if (std::abs(slot / value - 1) > k_reciprocal_tolerance)
        m_reader.error(at, "this judgment of " + m_ids[i] + " against " + m_ids[j] + " is " + quote(at.text) +
                               ", but the other half implies " + format_number(slot, 4) +
                               "; give each pair once (the reciprocal is implied) or make them reciprocal");
      return;
    }
    slot = value;
    judged.matrix[j * size() + i] = 1 / value;
  }

  void read_matrix(const Node& node, PairwiseJudgments& judged) {
    const std::string shape = std::to_string(size()) + " × " + std::to_string(size());
    if (!node.is_sequence() || node.items.size() != size()) {
      m_reader.error(node, "matrix: expected " + shape + " (one row per child of " + std::string(m_group) +
                               ", in their order), found " +
                               (node.is_sequence() ? std::to_string(node.items.size()) + " rows" : node.describe()));
      return;
    }
    // Upper triangle first, so that a disagreeing lower entry is the one named.
    std::vector<std::pair<std::size_t, std::size_t>> cells;
    for (std::size_t i = 0; i < size(); ++i) {
      const Node& row = node.items[i];
      if (!row.is_sequence() || row.items.size() != size()) {
        m_reader.error(row, "matrix row " + std::to_string(i + 1) + " (" + m_ids[i] + "): expected " +
                                std::to_string(size()) + " judgments, found " +
                                (row.is_sequence() ? std::to_string(row.items.size()) : row.describe()));
        continue;
      }
      for (std::size_t j = 0; j < size(); ++j) cells.emplace_back(i, j);
    }
    std::stable_sort(cells.begin(), cells.end(), [](auto a, auto b) { return (a.first < a.second) > (b.first < b.second); });
    for (const auto& [i, j] : cells) {
      const Node& cell = node.items[i].items[j];
      if (auto value = judgment(cell)) place(cell, judged, i, j, *value);
    }
  }

  void read_pairs(const Node& node, PairwiseJudgments& judged) {
    if (!node.is_mapping()) {
      m_reader.error(node, "judgments: expected a mapping such as {price: {support: 3}} (price is 3 times as "
                           "important as support), found " + node.describe());
      return;
    }
    for (const auto& [row_key, row] : node.entries) {
      const auto i = child_index(row_key);
      if (!row.is_mapping()) {
        m_reader.error(row, "judgments of " + quote(row_key.text) + ": expected a mapping of child id: judgment, found " +
                                row.describe());
        continue;
      }
      for (const auto& [column_key, cell] : row.entries) {
        const auto j = child_index(column_key);
        const auto value = judgment(cell);
        if (i && j && value) place(cell, judged, *i, *j, *value);
      }
    }
  }

  // AHP needs every child linked to every other through the judgments.
  void check_linked(const Node& node, const PairwiseJudgments& judged) const {
    std::vector<bool> reached(size(), false);
    std::vector<std::size_t> stack = {0};
    reached[0] = size() > 0;
    while (!stack.empty()) {
      const std::size_t i = stack.back();
      stack.pop_back();
      for (std::size_t j = 0; j < size(); ++j)
        if (!reached[j] && !std::isnan(judged.matrix[i * size() + j])) {
          reached[j] = true;
          stack.push_back(j);
        }
    }
    std::string apart;
    for (std::size_t j = 0; j < size(); ++j)
      if (!reached[j]) apart += (apart.empty() ? "" : ", ") + m_ids[j];
    if (!apart.empty())
      m_reader.error(node, std::string(judged.evaluator.empty() ? "" : "evaluator " + quote(judged.evaluator) + ": ") +
                               "the judgments do not link " + apart + " to " + m_ids[0] +
                               "; AHP needs every child compared, directly or through others (at least " +
                               std::to_string(size() - 1) + " judgments)");
  }

  // ---- rank order and points --------------------------------------------

  void read_order(const Node& node, Weighting& weighting) {
    const Node* order = m_reader.require(node, "order", "weighting (" + weighting.method + ")");
    if (!order || !m_reader.expect_sequence(*order, "order")) return;
    std::vector<int> ranks(size(), 0);
    int place = 1;
    for (const Node& item : order->items) {
      const std::vector<Node> tied = item.is_sequence() ? item.items : std::vector<Node>{item};
      if (tied.empty()) m_reader.error(item, "order: an empty tie");
      for (const Node& id : tied) {
        if (!id.is_scalar()) {
          m_reader.error(id, "order: expected a child id, or a list of tied ids, found " + id.describe());
          continue;
        }
        const auto j = child_index(id);
        if (!j) continue;
        if (ranks[*j] != 0) m_reader.error(id, "order: " + quote(id.text) + " is listed twice");
        ranks[*j] = place;
      }
      place += static_cast<int>(tied.size());
    }
    if (report_unlisted(*order, "order", [&](std::size_t j) { return ranks[j] != 0; })) return;
    weighting.ranks = std::move(ranks);
  }

  void read_points(const Node& node, Weighting& weighting) {
    const Node* points = m_reader.require(node, "points", "weighting (" + weighting.method + ")");
    if (!points) return;
    if (!points->is_mapping()) {
      m_reader.error(*points, "points: expected a mapping of child id: points, found " + points->describe());
      return;
    }
    std::vector<double> given(size(), k_missing);
    for (const auto& [key, value] : points->entries) {
      const auto j = child_index(key);
      const auto p = m_reader.number(value, "points");
      if (!j || !p) continue;
      if (*p < 0) m_reader.error(value, "points: must not be negative, found " + format_number(*p, 6));
      given[*j] = *p;
    }
    if (report_unlisted(*points, "points", [&](std::size_t j) { return !std::isnan(given[j]); })) return;
    check_points(*points, weighting.method, given);
    weighting.points = std::move(given);
  }

  void check_points(const Node& node, const std::string& method, const std::vector<double>& points) const {
    switch (points_problem(method, points)) {
      case PointsProblem::none: return;
      case PointsProblem::swing_top_not_100:
        m_reader.error(node, "points (swing): the most important swing gets 100 and the others 0 to 100; the largest here is " +
                                 format_number(*std::max_element(points.begin(), points.end()), 6));
        return;
      case PointsProblem::smart_not_positive:
        m_reader.error(node, "points (smart): every criterion gets positive points (the least important 10, by convention)");
        return;
    }
  }

  template <typename Listed>
  bool report_unlisted(const Node& node, std::string_view key, Listed listed) const {
    std::string missing;
    for (std::size_t j = 0; j < size(); ++j)
      if (!listed(j)) missing += (missing.empty() ? "" : ", ") + m_ids[j];
    if (!missing.empty())
      m_reader.error(node, std::string(key) + ": every child of " + std::string(m_group) + " needs a place; missing " + missing);
    return !missing.empty();
  }

  std::string choice(const Node& node, std::string_view key, const std::vector<std::string>& options) const {
    const auto text = m_reader.text(node, key);
    if (!text) return options.front();
    if (std::find(options.begin(), options.end(), *text) != options.end()) return *text;
    std::string list;
    for (const auto& o : options) list += (list.empty() ? "" : " or ") + o;
    m_reader.error(node, std::string(key) + ": expected " + list + ", found " + quote(*text) + did_you_mean(*text, options));
    return options.front();
  }

  const Reader& m_reader;
  const std::vector<CriterionNode>& m_children;
  std::vector<std::string> m_ids;
  std::string_view m_group;
};

}  // namespace

Weighting load_weighting(const Reader& reader, const Node& node, const std::vector<CriterionNode>& children,
                         std::string_view group) {
  return WeightingReader(reader, children, group).read(node);
}

void check_weighted_children(const Reader& reader, const Weighting& weighting,
                             const std::vector<CriterionNode>& children, std::string_view group) {
  if (weighting.is_direct()) return;
  const WeightingInfo* info = find_weighting(weighting.method);
  for (const auto& child : children) {
    if (child.weight_given)
      reader.diagnostics().warning(child.weight_where, "weight: ignored, because " + std::string(group) +
                                                           " derives its weights by " + weighting.method);
    if (info && info->kind == WeightingKind::objective && !child.is_leaf())
      reader.diagnostics().error(weighting.where, "weighting: " + weighting.method +
                                                      " weighs leaf criteria from the providers' data, but " +
                                                      quote(child.id) + " in " + std::string(group) +
                                                      " is a group; weigh its leaves there instead");
  }
}

}  // namespace criterio
