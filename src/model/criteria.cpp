#include "criterio/language.hpp"
#include "criterio/model.hpp"
#include "criterio/text.hpp"
#include "criterio/weights.hpp"

namespace criterio {

const Profile* CriteriaModel::find_profile(std::string_view name) const {
  for (const auto& p : profiles)
    if (p.name == name) return &p;
  return nullptr;
}

namespace {

void localize(std::vector<CriterionNode>& nodes) {
  for (auto& n : nodes) {
    if (!n.name_es.empty()) n.name = n.name_es;
    if (!n.description_es.empty()) n.description = n.description_es;
    if (!n.unit_es.empty()) n.unit = n.unit_es;
    localize(n.children);
  }
}

}  // namespace

void localize(CriteriaModel& model, Language language) {
  if (language != Language::es) return;
  if (!model.title_es.empty()) model.title = model.title_es;
  if (!model.description_es.empty()) model.description = model.description_es;
  localize(model.criteria);
}

const Node* Provider::value(std::string_view criterion) const {
  for (const auto& v : values)
    if (v.criterion == criterion) return &v.value;
  return nullptr;
}

namespace {

void flatten_into(const std::vector<CriterionNode>& nodes, std::vector<std::string>& path,
                  std::vector<std::string>& path_names, std::vector<Criterion>& out) {
  for (const auto& n : nodes) {
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
      c.direction = n.direction;
      c.scale = n.scale;
      c.require = n.require;
      c.missing = n.missing;
      c.preference = n.preference;
      c.bounds = n.bounds;
      c.where = n.where;
      out.push_back(std::move(c));
    } else {
      flatten_into(n.children, path, path_names, out);
    }
    path.pop_back();
    path_names.pop_back();
  }
}

}  // namespace

std::vector<Criterion> flatten(const CriteriaModel& model, const Profile* profile) {
  std::vector<Criterion> out;
  std::vector<std::string> path, path_names;
  flatten_into(model.criteria, path, path_names, out);
  const std::vector<double> weights = leaf_weights(derive_weights(model, profile));
  for (std::size_t j = 0; j < out.size(); ++j) out[j].weight = weights[j];
  return out;
}

}  // namespace criterio
