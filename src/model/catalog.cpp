#include "criterio/catalog.hpp"

#include "criterio/document.hpp"
#include "criterio/model.hpp"
#include "model/embedded.hpp"

namespace criterio {

namespace {
std::optional<std::string_view> find_in(const std::vector<embedded::File>& files, std::string_view name) {
  for (const auto& f : files)
    if (f.name == name) return f.text;
  return std::nullopt;
}

std::size_t count_leaves(const std::vector<CriterionNode>& nodes) {
  std::size_t n = 0;
  for (const auto& node : nodes) n += node.is_leaf() ? 1 : count_leaves(node.children);
  return n;
}
}  // namespace

std::vector<std::string> catalog_names() {
  std::vector<std::string> names;
  for (const auto& f : embedded::catalogs()) names.emplace_back(f.name);
  return names;
}

std::optional<std::string_view> catalog_text(std::string_view name) { return find_in(embedded::catalogs(), name); }

std::optional<std::string_view> template_providers(std::string_view name) {
  return find_in(embedded::templates(), name);
}

std::vector<CatalogInfo> catalog_infos() {
  std::vector<CatalogInfo> infos;
  for (const auto& f : embedded::catalogs()) {
    Diagnostics ignored;  // built-in catalogs are checked by the test suite
    const Document document = parse_yaml(f.text, "catalog:" + std::string(f.name));
    const CriteriaModel model = load_criteria(document, ignored);
    infos.push_back({std::string(f.name), model.title, count_leaves(model.criteria), model.title_es});
  }
  return infos;
}

}  // namespace criterio
