// Reads a criteria model from a Document, reporting every problem.

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "criterio/method.hpp"
#include "criterio/model.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "model/fields.hpp"
#include "model/weighting_loader.hpp"

namespace criterio {

namespace {

const std::vector<std::string> k_model_keys = {"title", "title_es", "description", "description_es", "method", "params", "settings", "criteria", "weighting",
                                               "profiles", "panel"};
const std::vector<std::string> k_group_keys = {"id", "name", "name_es", "description", "description_es", "weight", "weighting", "children"};
const std::vector<std::string> k_leaf_keys = {"id",      "name",    "name_es", "description", "description_es", "weight",     "direction",
                                              "unit",    "unit_es", "scale",   "require",     "missing",    "preference",
                                              "bounds"};
const std::vector<std::string> k_scale_types = {"linear", "piecewise", "step", "likert", "boolean", "levels", "reviews"};
const std::vector<std::string> k_preference_functions = {"usual", "u-shape", "v-shape", "level", "linear", "gaussian"};

class CriteriaLoader {
 public:
  CriteriaLoader(const Document& document, Diagnostics& diagnostics)
      : m_reader(document, diagnostics), m_document(document) {}

  CriteriaModel load() {
    CriteriaModel model;
    model.source = m_document.file;
    const Node& root = m_document.root;
    if (root.is_null()) {
      m_reader.error(root, "the criteria file is empty; expected a mapping with 'title' and 'criteria'");
      return model;
    }
    if (!m_reader.expect_mapping(root, "the criteria model", k_model_keys)) return model;
    if (const Node* n = m_reader.require(root, "title", "the criteria model"))
      if (auto v = m_reader.text(*n, "title")) model.title = *v;
    if (const Node* n = root.find("description"))
      if (auto v = m_reader.text(*n, "description")) model.description = *v;
    if (const Node* n = root.find("title_es"))
      if (auto v = m_reader.text(*n, "title_es")) model.title_es = *v;
    if (const Node* n = root.find("description_es"))
      if (auto v = m_reader.text(*n, "description_es")) model.description_es = *v;
    if (const Node* n = root.find("method")) load_method(*n, model);
    if (const Node* n = root.find("params")) load_params(*n, model);  // after the method: they belong to it
    if (const Node* n = root.find("settings")) load_settings(*n, model);
    if (const Node* n = m_reader.require(root, "criteria", "the criteria model")) {
      model.criteria = load_children(*n, "criteria");
      model.weighting = load_group_weighting(root, *n, model.criteria, "the top-level criteria");
    }
    if (const Node* n = root.find("profiles")) load_profiles(*n, model);
    if (const Node* n = root.find("panel")) load_panel(*n, model);
    return model;
  }

 private:
  void load_method(const Node& node, CriteriaModel& model) {
    auto name = m_reader.text(node, "method");
    if (!name) return;
    if (!find_method(*name)) {
      std::vector<std::string> names;
      for (const auto& m : methods()) names.push_back(m.name);
      m_reader.error(node, "unknown method " + quote(*name) + did_you_mean(*name, names));
      return;
    }
    model.method = *name;
  }

  void load_params(const Node& node, CriteriaModel& model) {
    if (!node.is_mapping()) {
      m_reader.error(node, "params: expected a mapping of method parameters, found " + node.describe());
      return;
    }
    const MethodInfo* method = find_method(model.method);
    for (const auto& [key, value] : node.entries) {
      auto text = m_reader.text(value, "params." + key.text);
      if (!text) continue;
      if (auto problem = method ? param_problem(*method, key.text, *text) : std::nullopt) {
        m_reader.error(key, "params: " + *problem);
        continue;
      }
      model.params[key.text] = *text;
    }
  }

  void load_settings(const Node& node, CriteriaModel& model) {
    if (!m_reader.expect_mapping(node, "settings", {"evidence_max_age_days"})) return;
    if (const Node* n = node.find("evidence_max_age_days")) {
      auto days = m_reader.number(*n, "evidence_max_age_days");
      if (days && (*days < 0 || *days != std::floor(*days) || *days > 100000))
        m_reader.error(*n, "evidence_max_age_days: expected a whole number of days from 0 to 100000");
      else if (days)
        model.evidence_max_age_days = static_cast<int>(*days);
    }
  }

  // Evaluator panels (docs/weights/panels.md): how their ratings are aggregated.
  void load_panel(const Node& node, CriteriaModel& model) {
    if (!m_reader.expect_mapping(node, "panel", {"ratings"})) return;
    if (const Node* n = node.find("ratings"))
      if (auto text = m_reader.text(*n, "panel.ratings")) {
        model.ratings = parse_rating_aggregate(*text);
        if (!model.ratings)
          m_reader.error(*n, "panel.ratings: expected mean or median, found " + quote(*text) +
                                 did_you_mean(*text, {"mean", "median"}));
      }
  }

  std::vector<CriterionNode> load_children(const Node& list, std::string_view what) {
    std::vector<CriterionNode> nodes;
    if (!m_reader.expect_sequence(list, what)) return nodes;
    if (list.items.empty()) m_reader.error(list, std::string(what) + ": expected at least one criterion");
    for (const Node& item : list.items) nodes.push_back(load_node(item));
    return nodes;
  }

  // How a group (`owner`, whose children are listed at `list`) weighs its
  // children: `weighting:` when given, else their own weights.
  Weighting load_group_weighting(const Node& owner, const Node& list, const std::vector<CriterionNode>& children,
                                 const std::string& group) {
    Weighting weighting;
    if (const Node* n = owner.find("weighting"); n && !children.empty()) weighting = load_weighting(m_reader, *n, children, group);
    if (weighting.is_direct()) check_sibling_weights(list, children, group);
    check_weighted_children(m_reader, weighting, children, group);
    for (const auto& child : children) m_parent_weighting[child.id] = weighting.method;
    return weighting;
  }

  CriterionNode load_node(const Node& node) {
    CriterionNode criterion;
    criterion.where = m_reader.at(node);
    const bool group = node.is_mapping() && node.find("children");
    // A group accepts the leaf keys here only to explain them precisely below.
    std::vector<std::string> allowed = k_leaf_keys;
    if (group) allowed.insert(allowed.end(), {"weighting", "children"});
    if (!m_reader.expect_mapping(node, group ? "a criteria group" : "a criterion", allowed)) return criterion;
    if (group) {
      // Leaf-only keys in a group are likely misplaced; say so precisely.
      for (const auto& [key, value] : node.entries)
        if (std::find(k_leaf_keys.begin(), k_leaf_keys.end(), key.text) != k_leaf_keys.end() &&
            std::find(k_group_keys.begin(), k_group_keys.end(), key.text) == k_group_keys.end())
          m_reader.error(key, "'" + key.text + "' belongs on a leaf criterion, not on a group with children");
    }
    if (const Node* n = m_reader.require(node, "id", "a criterion")) {
      if (auto id = m_reader.id(*n, "id")) {
        criterion.id = *id;
        if (!m_ids.insert(*id).second) m_reader.error(*n, "duplicate criterion id " + quote(*id));
        m_all_ids.push_back(*id);
      }
    }
    const std::string what = criterion.id.empty() ? std::string("a criterion") : "criterion '" + criterion.id + "'";
    if (const Node* n = m_reader.require(node, "name", what))
      if (auto v = m_reader.text(*n, "name")) criterion.name = *v;
    if (const Node* n = node.find("description"))
      if (auto v = m_reader.text(*n, "description")) criterion.description = *v;
    if (const Node* n = node.find("name_es"))
      if (auto v = m_reader.text(*n, "name_es")) criterion.name_es = *v;
    if (const Node* n = node.find("description_es"))
      if (auto v = m_reader.text(*n, "description_es")) criterion.description_es = *v;
    if (const Node* n = node.find("weight")) {
      criterion.weight_given = true;
      criterion.weight_where = m_reader.at(*n);
      if (auto w = m_reader.number(*n, "weight")) {
        if (*w < 0) m_reader.error(*n, "weight: must not be negative, found " + format_number(*w, 6));
        else criterion.weight = *w;
      }
    } else {
      criterion.weight_where = criterion.where;
    }
    if (group) {
      const Node& list = *node.find("children");
      criterion.children = load_children(list, "children of '" + criterion.id + "'");
      criterion.weighting = load_group_weighting(node, list, criterion.children, "group '" + criterion.id + "'");
      return criterion;
    }
    load_leaf(node, criterion, what);
    return criterion;
  }

  void load_leaf(const Node& node, CriterionNode& criterion, const std::string& what) {
    std::optional<Direction> direction;
    const Node* direction_node = node.find("direction");
    if (direction_node) {
      if (auto text = m_reader.text(*direction_node, "direction")) {
        direction = parse_direction(*text);
        if (!direction)
          m_reader.error(*direction_node, "direction: expected benefit or cost (also max/min, +/-), found " +
                                              quote(*text) +
                                              did_you_mean(*text, {"benefit", "cost", "max", "min"}));
      }
    }
    if (const Node* n = node.find("unit"))
      if (auto v = m_reader.text(*n, "unit")) criterion.unit = *v;
    if (const Node* n = node.find("unit_es"))
      if (auto v = m_reader.text(*n, "unit_es")) criterion.unit_es = *v;
    if (const Node* n = node.find("scale")) criterion.scale = load_scale(*n, what);
    criterion.direction = resolve_direction(criterion.scale, direction, direction_node);
    if (const Node* n = node.find("require")) criterion.require = load_requirement(*n, criterion.scale);
    if (const Node* n = node.find("missing")) {
      if (auto text = m_reader.text(*n, "missing")) {
        static const std::vector<std::string> policies = {"worst", "mean", "exclude", "error"};
        const auto it = std::find(policies.begin(), policies.end(), *text);
        if (it == policies.end())
          m_reader.error(*n, "missing: expected worst, mean, exclude or error, found " + quote(*text) +
                                 did_you_mean(*text, policies));
        else
          criterion.missing = static_cast<MissingPolicy>(it - policies.begin());
      }
    }
    const bool scaled = criterion.scale.type != ScaleType::none;
    if (const Node* n = node.find("preference")) criterion.preference = load_preference(*n, scaled);
    if (const Node* n = node.find("bounds")) {
      if (scaled) m_reader.error(*n, "bounds: this criterion has a scale, so its utilities already run from 0 to 1");
      else criterion.bounds = load_bounds(*n);
    }
  }

  // Scales with their own utility shape define the direction; the others take it.
  Direction resolve_direction(const Scale& scale, std::optional<Direction> given, const Node* given_node) {
    std::optional<Direction> implied;
    switch (scale.type) {
      case ScaleType::linear:
        implied = scale.worst > scale.best ? Direction::cost : Direction::benefit;
        break;
      case ScaleType::piecewise:
      case ScaleType::step:
        if (scale.points.size() >= 2)
          implied = scale.points.back().second >= scale.points.front().second ? Direction::benefit : Direction::cost;
        break;
      case ScaleType::levels:
        implied = Direction::benefit;
        break;
      default:
        return given.value_or(Direction::benefit);
    }
    if (given && implied && *given != *implied) {
      if (scale.type == ScaleType::levels)
        m_reader.error(*given_node, "direction: a levels scale gives utilities directly (1 = best); drop 'direction: cost' and give the best level utility 1");
      else
        m_reader.error(*given_node, "direction: the scale runs the other way (it makes this a " +
                                        std::string(to_string(*implied)) + " criterion)");
    }
    return implied.value_or(Direction::benefit);
  }

  Scale load_scale(const Node& node, const std::string& what) {
    Scale scale;
    if (!node.is_mapping()) {
      m_reader.error(node, "scale: expected a mapping such as {type: linear, worst: 0, best: 10}, found " +
                               node.describe());
      return scale;
    }
    const Node* type_node = m_reader.require(node, "type", "scale of " + what);
    if (!type_node) return scale;
    auto type = m_reader.text(*type_node, "scale type");
    if (!type) return scale;
    const auto it = std::find(k_scale_types.begin(), k_scale_types.end(), *type);
    if (it == k_scale_types.end()) {
      m_reader.error(*type_node, "unknown scale type " + quote(*type) + "; expected one of linear, piecewise, step, likert, boolean, levels, reviews" +
                                     did_you_mean(*type, k_scale_types));
      return scale;
    }
    scale.type = static_cast<ScaleType>(it - k_scale_types.begin() + 1);
    switch (scale.type) {
      case ScaleType::linear: load_linear(node, scale); break;
      case ScaleType::piecewise:
      case ScaleType::step: load_points(node, scale); break;
      case ScaleType::likert: load_likert(node, scale); break;
      case ScaleType::boolean: m_reader.expect_mapping(node, "a boolean scale", {"type"}); break;
      case ScaleType::levels: load_levels(node, scale); break;
      case ScaleType::reviews: load_reviews(node, scale); break;
      case ScaleType::none: break;
    }
    return scale;
  }

  void load_domain(const Node& node, Scale& scale) {
    if (const Node* n = node.find("min")) scale.min = m_reader.number(*n, "min");
    if (const Node* n = node.find("max")) scale.max = m_reader.number(*n, "max");
    if (scale.min && scale.max && *scale.min >= *scale.max)
      m_reader.error(*node.find("max"), "max must be greater than min");
  }

  void load_linear(const Node& node, Scale& scale) {
    if (!m_reader.expect_mapping(node, "a linear scale", {"type", "worst", "best", "min", "max"})) return;
    const Node* worst = m_reader.require(node, "worst", "a linear scale");
    const Node* best = m_reader.require(node, "best", "a linear scale");
    load_domain(node, scale);
    if (!worst || !best) return;
    const auto w = m_reader.number(*worst, "worst");
    const auto b = m_reader.number(*best, "best");
    if (!w || !b) return;
    if (*w == *b) m_reader.error(*best, "best must differ from worst");
    scale.worst = *w;
    scale.best = *b;
    check_inside_domain(node, scale, {scale.worst, scale.best});
  }

  void check_inside_domain(const Node& node, const Scale& scale, std::initializer_list<double> xs) {
    for (double x : xs)
      if ((scale.min && x < *scale.min) || (scale.max && x > *scale.max)) {
        m_reader.error(node, "the scale's points lie outside its own min/max");
        return;
      }
  }

  void load_points(const Node& node, Scale& scale) {
    const std::string kind = scale.type == ScaleType::step ? "a step scale" : "a piecewise scale";
    if (!m_reader.expect_mapping(node, kind, {"type", "points", "min", "max"})) return;
    load_domain(node, scale);
    const Node* points = m_reader.require(node, "points", kind);
    if (!points || !m_reader.expect_sequence(*points, "points")) return;
    for (const Node& point : points->items) {
      if (!point.is_sequence() || point.items.size() != 2) {
        m_reader.error(point, "points: each point is a pair [value, utility], found " + point.describe());
        continue;
      }
      auto x = m_reader.number(point.items[0], "point value");
      auto u = m_reader.number(point.items[1], "point utility");
      if (!x || !u) continue;
      if (*u < 0 || *u > 1) m_reader.error(point.items[1], "point utility must be between 0 and 1");
      if (!scale.points.empty() && *x <= scale.points.back().first)
        m_reader.error(point.items[0], "point values must increase strictly");
      scale.points.emplace_back(*x, *u);
    }
    if (scale.points.size() < 2) m_reader.error(*points, "points: give at least two points");
  }

  void load_likert(const Node& node, Scale& scale) {
    if (!m_reader.expect_mapping(node, "a likert scale", {"type", "points", "labels"})) return;
    if (const Node* n = node.find("points")) {
      auto p = m_reader.number(*n, "points");
      if (p && (*p < 2 || *p > 11 || *p != std::floor(*p)))
        m_reader.error(*n, "points: a likert scale has a whole number of points from 2 to 11");
      else if (p)
        scale.likert_points = static_cast<int>(*p);
    }
    if (const Node* n = node.find("labels")) {
      if (!m_reader.expect_sequence(*n, "labels")) return;
      std::set<std::string> seen;
      for (const Node& item : n->items) {
        auto label = m_reader.text(item, "label");
        if (!label) continue;
        if (!seen.insert(*label).second) m_reader.error(item, "duplicate label " + quote(*label));
        scale.labels.push_back(*label);
      }
      if (static_cast<int>(n->items.size()) != scale.likert_points)
        m_reader.error(*n, "labels: give one label per point (" + std::to_string(scale.likert_points) +
                               "), worst first; found " + std::to_string(n->items.size()));
    }
  }

  void load_levels(const Node& node, Scale& scale) {
    if (!m_reader.expect_mapping(node, "a levels scale", {"type", "levels"})) return;
    const Node* levels = m_reader.require(node, "levels", "a levels scale");
    if (!levels) return;
    if (!levels->is_mapping() || levels->entries.empty()) {
      m_reader.error(*levels, "levels: expected a mapping of label: utility, found " + levels->describe());
      return;
    }
    for (const auto& [label, value] : levels->entries) {
      if (has_control_characters(label.text)) {
        m_reader.error(label, "a level's label may not contain control characters");
        continue;
      }
      auto u = m_reader.number(value, "utility of level '" + label.text + "'");
      if (!u) continue;
      if (*u < 0 || *u > 1) m_reader.error(value, "a level's utility must be between 0 and 1");
      scale.levels.emplace_back(label.text, *u);
    }
  }

  void load_reviews(const Node& node, Scale& scale) {
    if (!m_reader.expect_mapping(node, "a reviews scale", {"type", "min", "max", "prior", "half_life_days"})) return;
    if (const Node* n = node.find("min"))
      if (auto v = m_reader.number(*n, "min")) scale.review_min = *v;
    if (const Node* n = node.find("max"))
      if (auto v = m_reader.number(*n, "max")) scale.review_max = *v;
    if (scale.review_min >= scale.review_max) {
      m_reader.error(node, "a reviews scale needs min < max");
      return;
    }
    scale.prior_mean = (scale.review_min + scale.review_max) / 2;
    if (const Node* prior = node.find("prior")) {
      if (m_reader.expect_mapping(*prior, "prior", {"mean", "strength"})) {
        if (const Node* n = prior->find("mean"))
          if (auto v = m_reader.number(*n, "prior mean")) {
            if (*v < scale.review_min || *v > scale.review_max)
              m_reader.error(*n, "prior mean must lie between the scale's min and max");
            else
              scale.prior_mean = *v;
          }
        if (const Node* n = prior->find("strength"))
          if (auto v = m_reader.number(*n, "prior strength")) {
            if (*v < 0) m_reader.error(*n, "prior strength must not be negative");
            else scale.prior_strength = *v;
          }
      }
    }
    if (const Node* n = node.find("half_life_days"))
      if (auto v = m_reader.number(*n, "half_life_days")) {
        if (*v < 0) m_reader.error(*n, "half_life_days must not be negative (0 disables recency decay)");
        else scale.half_life_days = *v;
      }
  }

  Requirement load_requirement(const Node& node, const Scale& scale) {
    Requirement requirement;
    if (!m_reader.expect_mapping(node, "require", {"min", "max", "equals", "one_of"})) return requirement;
    if (node.entries.empty()) m_reader.error(node, "require: give min, max, equals or one_of");
    if (const Node* n = node.find("min")) requirement.min = m_reader.number(*n, "require.min");
    if (const Node* n = node.find("max")) requirement.max = m_reader.number(*n, "require.max");
    if (const Node* n = node.find("equals")) {
      requirement.equals = m_reader.boolean(*n, "require.equals");
      if (scale.type != ScaleType::boolean) m_reader.error(*n, "require.equals applies to boolean criteria");
    }
    if (const Node* n = node.find("one_of")) {
      if (m_reader.expect_sequence(*n, "require.one_of"))
        for (const Node& item : n->items) {
          auto label = m_reader.text(item, "label");
          if (!label) continue;
          std::vector<std::string> labels = scale.labels;
          for (const auto& [l, u] : scale.levels) labels.push_back(l);
          if (std::find(labels.begin(), labels.end(), *label) == labels.end())
            m_reader.error(item, "require.one_of: " + quote(*label) + " is not a label of this scale" +
                                     did_you_mean(*label, labels));
          requirement.one_of.push_back(*label);
        }
    }
    if ((requirement.min || requirement.max) &&
        (scale.type == ScaleType::boolean || scale.type == ScaleType::levels))
      m_reader.error(node, "require: min and max apply to numeric criteria; use equals (boolean) or one_of (levels)");
    return requirement;
  }

  // Thresholds are in the units the methods see: utilities for a scaled
  // criterion, so there they cannot exceed 1.
  Preference load_preference(const Node& node, bool scaled) {
    Preference preference;
    if (!m_reader.expect_mapping(node, "preference", {"function", "q", "p", "s", "v"})) return preference;
    if (const Node* n = node.find("function")) {
      if (auto f = m_reader.text(*n, "preference function")) {
        if (std::find(k_preference_functions.begin(), k_preference_functions.end(), *f) ==
            k_preference_functions.end())
          m_reader.error(*n, "unknown preference function " + quote(*f) + did_you_mean(*f, k_preference_functions));
        preference.function = *f;
      }
    }
    const auto threshold = [&](const char* key, std::optional<double>& slot) {
      const Node* n = node.find(key);
      if (!n) return;
      slot = m_reader.number(*n, key);
      if (!slot) return;
      if (*slot < 0) m_reader.error(*n, std::string(key) + " must not be negative");
      else if (scaled && *slot > 1)
        m_reader.error(*n, std::string(key) + " = " + format_number(*slot, 6) +
                               ": this criterion has a scale, so thresholds are in utilities, from 0 to 1");
    };
    threshold("q", preference.q);
    threshold("p", preference.p);
    threshold("s", preference.s);
    threshold("v", preference.v);
    if (preference.q && preference.p && *preference.q > *preference.p)
      m_reader.error(node, "preference: q (indifference) must not exceed p (preference)");
    if (preference.p && preference.v && *preference.p > *preference.v)
      m_reader.error(node, "preference: p (preference) must not exceed v (veto)");
    return preference;
  }

  // bounds: [lower, upper], the range SPOTIS measures distances over.
  std::optional<Bounds> load_bounds(const Node& node) {
    if (!m_reader.expect_sequence(node, "bounds")) return std::nullopt;
    if (node.items.size() != 2) {
      m_reader.error(node, "bounds: expected [lower, upper], found " + std::to_string(node.items.size()) +
                               (node.items.size() == 1 ? " item" : " items"));
      return std::nullopt;
    }
    const auto lower = m_reader.number(node.items[0], "bounds lower");
    const auto upper = m_reader.number(node.items[1], "bounds upper");
    if (!lower || !upper) return std::nullopt;
    if (*lower >= *upper) {
      m_reader.error(node, "bounds: lower must be below upper");
      return std::nullopt;
    }
    return Bounds{*lower, *upper};
  }

  void check_sibling_weights(const Node& list, const std::vector<CriterionNode>& nodes, std::string_view group) {
    if (nodes.empty()) return;
    double sum = 0;
    for (const auto& n : nodes) sum += n.weight;
    if (sum <= 0)
      m_reader.error(list, "the weights of " + std::string(group) + " sum to zero; give at least one a positive weight");
  }

  void load_profiles(const Node& node, CriteriaModel& model) {
    if (!node.is_mapping()) {
      m_reader.error(node, "profiles: expected a mapping of profile names, found " + node.describe());
      return;
    }
    for (const auto& [name, body] : node.entries) {
      Profile profile;
      profile.name = name.text;
      if (!m_reader.expect_mapping(body, "profile '" + name.text + "'", {"description", "weights"})) continue;
      if (const Node* n = body.find("description"))
        if (auto v = m_reader.text(*n, "description")) profile.description = *v;
      const Node* weights = m_reader.require(body, "weights", "profile '" + name.text + "'");
      if (weights && !weights->is_mapping())
        m_reader.error(*weights, "weights: expected a mapping of criterion id: weight, found " + weights->describe());
      else if (weights)
        for (const auto& [id, value] : weights->entries) {
          if (!m_ids.contains(id.text)) {
            m_reader.error(id, "profile '" + name.text + "': unknown criterion " + quote(id.text) +
                                   did_you_mean(id.text, m_all_ids));
            continue;
          }
          if (const auto it = m_parent_weighting.find(id.text); it != m_parent_weighting.end() && it->second != "direct") {
            m_reader.error(id, "profile '" + name.text + "': the weight of " + quote(id.text) + " comes from " + it->second +
                                   " in its group, so a profile cannot set it; give the group direct weights");
            continue;
          }
          auto w = m_reader.number(value, "weight");
          if (w && *w < 0) m_reader.error(value, "weight: must not be negative");
          else if (w) {
            profile.weights.emplace_back(id.text, *w);
            profile.weight_where.push_back(m_reader.at(value));
          }
        }
      model.profiles.push_back(std::move(profile));
    }
  }

  Reader m_reader;
  const Document& m_document;
  std::set<std::string> m_ids;
  std::vector<std::string> m_all_ids;
  std::map<std::string, std::string> m_parent_weighting;  // criterion id -> how its group weighs it
};

}  // namespace

CriteriaModel load_criteria(const Document& document, Diagnostics& diagnostics) {
  return CriteriaLoader(document, diagnostics).load();
}

}  // namespace criterio
