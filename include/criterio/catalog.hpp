#pragma once
// The built-in criteria catalogs and `init` templates, embedded in the binary.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

struct CatalogInfo {
  std::string name;   // "hosting"
  std::string title;  // from the catalog's title
  std::size_t criteria = 0;  // leaf count
  std::string title_es;      // from title_es; empty when it has none
};

std::vector<std::string> catalog_names();
std::optional<std::string_view> catalog_text(std::string_view name);
// Catalog names with titles and leaf counts (parses each catalog).
std::vector<CatalogInfo> catalog_infos();

// Starter providers file for `criterio init --template NAME`.
std::optional<std::string_view> template_providers(std::string_view name);

}  // namespace criterio
