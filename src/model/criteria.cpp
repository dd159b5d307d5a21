#include <cmath>
#include <map>

#include "criterio/model.hpp"
#include "criterio/text.hpp"

namespace criterio {

const Profile* CriteriaModel::find_profile(std::string_view name) const {
  for (const auto& p : profiles)
    if (p.name == name) return &p;
  return nullptr;
}

const Node* Provider::value(std::string_view criterion) const {
  for (const auto& v : values)
    if (v.criterion == criterion) return &v.value;
  return nullptr;
}

namespace {

void flatten_into(const std::vector<CriterionNode>& nodes, double parent_weight, std::vector<std::string>& path,
                  std::vector<std::string>& path_names, const std::map<std::string, double>& overrides,
                  std::vector<Criterion>& out) {
  const auto weight_of = [&](const CriterionNode& n) {
    const auto it = overrides.find(n.id);
    return it == overrides.end() ? n.weight : it->second;
  };
  double sum = 0;
  for (const auto& n : nodes) sum += weight_of(n);
  if (!(sum > 0) || !std::isfinite(sum)) {
    const std::string where = path.empty() ? std::string("the top-level criteria") : "the children of '" + path.back() + "'";
    throw Error(ExitCode::invalid_input, nodes.empty() ? SourceLocation{} : nodes.front().where,
                "the weights of " + where + " sum to zero" + (overrides.empty() ? "" : " with this profile"));
  }
  for (const auto& n : nodes) {
    const double weight = parent_weight * weight_of(n) / sum;
    path.push_back(n.id);
    path_names.push_back(n.name);
    if (n.is_leaf()) {
      Criterion c;
      c.id = n.id;
      c.name = n.name;
      c.description = n.description;
      c.unit = n.unit;
      c.path = path;
      c.path_names = path_names;
      c.weight = weight;
      c.direction = n.direction;
      c.scale = n.scale;
      c.require = n.require;
      c.missing = n.missing;
      c.preference = n.preference;
      c.bounds = n.bounds;
      c.where = n.where;
      out.push_back(std::move(c));
    } else {
      flatten_into(n.children, weight, path, path_names, overrides, out);
    }
    path.pop_back();
    path_names.pop_back();
  }
}

}  // namespace

std::vector<Criterion> flatten(const CriteriaModel& model, const Profile* profile) {
  std::map<std::string, double> overrides;
  if (profile)
    for (const auto& [id, weight] : profile->weights) overrides[id] = weight;
  std::vector<Criterion> out;
  std::vector<std::string> path, path_names;
  flatten_into(model.criteria, 1.0, path, path_names, overrides, out);
  return out;
}

}  // namespace criterio
